#include "ColumnFitter.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

namespace callstop {

ColumnFitter::ColumnFitter(QTableView* view, QList<int> columns, Watch watch, int intervalMs)
    : QObject(view)
    , m_view(view)
    , m_header(view->horizontalHeader())
    , m_columns(std::move(columns))
{
    Q_ASSERT(view->model());
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_pending)
            fitNow();
    });
    for (int c : std::as_const(m_columns))
        m_header->setSectionResizeMode(c, QHeaderView::Interactive);
    QAbstractItemModel* model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fitNow);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::changed);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::changed);
    if (watch == Watch::RowsAndData)
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::changed);
    fit(); // without the interval after it: the first rows are fitted as they come
}

void ColumnFitter::fitNow()
{
    fit();
    m_timer.start();
}

void ColumnFitter::fit()
{
    m_pending = false;
    for (int c : std::as_const(m_columns)) {
        if (m_header->isSectionHidden(c))
            continue;
        // What ResizeToContents would give: the widest sampled cell, or the header's own label.
        const int wanted
            = qMax(static_cast<const QAbstractItemView*>(m_view)->sizeHintForColumn(c), m_header->sectionSizeHint(c));
        if (wanted != m_header->sectionSize(c))
            m_header->resizeSection(c, wanted);
    }
}

void ColumnFitter::changed()
{
    if (m_timer.isActive())
        m_pending = true;
    else
        fitNow();
}

} // namespace callstop
