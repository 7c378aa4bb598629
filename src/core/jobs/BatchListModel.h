#pragma once

#include "BatchResult.h"

#include <QAbstractTableModel>
#include <QList>

namespace callstop {

// The batch panel: one row per batch of the running or last job.
class BatchListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, IdsColumn, StateColumn, HttpColumn, MessageColumn, TimeColumn, ColumnCount };

    explicit BatchListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // One row per batch of a job, in slot order.
    void reset(const QList<BatchResult>& batches);
    void setWaiting(int row, int nextAttempt, qint64 delayMs, const QString& reason);
    void setSending(int index, int attempt);
    void setResult(const BatchResult& result);
    const BatchResult& batch(int index) const { return m_rows.at(index).result; }
    bool isSending(int index) const { return m_rows.at(index).sending; }

private:
    struct Row
    {
        BatchResult result;
        bool sending = false;
        bool waiting = false;
    };
    QList<Row> m_rows;
};

} // namespace callstop
