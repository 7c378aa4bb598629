#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

class QHeaderView;
class QTableView;

namespace callstop {

// Keeps some columns of a view as wide as their content, as QHeaderView::ResizeToContents does, but at most once per
// interval: ResizeToContents measures the text of every sampled row again after each change of the model, which a
// job's thousands of batch updates turn into most of the UI thread's time. A change is fitted at once when none came
// in the last intervalMs, else when that interval ends: at most one fit per interval, and the last change always
// fitted.
class ColumnFitter final : public QObject
{
    Q_OBJECT

public:
    enum class Watch { RowsOnly, RowsAndData };

    ColumnFitter(QTableView* view, QList<int> columns, Watch watch, int intervalMs = 250);

    // Fits the columns to what they show now.
    void fitNow();

private:
    void changed();
    void fit();

    bool m_pending = false;

    QTableView* m_view;
    QHeaderView* m_header;
    QList<int> m_columns;
    QTimer m_timer; // the interval after a fit
};

} // namespace callstop
