#include "BatchListModel.h"

namespace callstop {

BatchListModel::BatchListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int BatchListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Row& row = m_rows.at(index.row());
    const BatchResult& r = row.result;
    switch (index.column()) {
    case NumberColumn:
        return r.index + 1;
    case IdsColumn:
        return int(r.itemCount());
    case StateColumn:
        if (row.sending)
            return r.attempts > 1 ? tr("Sending (attempt %1)").arg(r.attempts) : tr("Sending");
        if (row.waiting)
            return tr("Waiting to retry");
        return BatchOutcomes::displayName(r.outcome);
    case HttpColumn:
        return r.httpStatus > 0 ? QVariant(r.httpStatus) : QVariant();
    case MessageColumn:
        return r.message;
    case TimeColumn:
        return r.finishedAt.isValid() ? QVariant(tr("%1 ms").arg(r.elapsedMs)) : QVariant();
    }
    return {};
}

QVariant BatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case IdsColumn:
        return tr("IDs");
    case StateColumn:
        return tr("State");
    case HttpColumn:
        return tr("HTTP");
    case MessageColumn:
        return tr("Message");
    case TimeColumn:
        return tr("Time");
    }
    return {};
}

void BatchListModel::reset(const QList<BatchResult>& batches)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(batches.size());
    for (const BatchResult& b : batches) {
        Row row;
        row.result = b;
        m_rows.append(row);
    }
    endResetModel();
}

void BatchListModel::setSending(int index, int attempt)
{
    if (index < 0 || index >= m_rows.size())
        return;
    m_rows[index].sending = true;
    m_rows[index].result.attempts = attempt;
    emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

void BatchListModel::setResult(const BatchResult& result)
{
    const int row = result.slot >= 0 ? result.slot : result.index;
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].sending = false;
    m_rows[row].waiting = false;
    m_rows[row].result = result;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BatchListModel::setWaiting(int row, int nextAttempt, qint64 delayMs, const QString& reason)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].sending = false;
    m_rows[row].waiting = true;
    m_rows[row].result.message
        = tr("Attempt %1 in %2 s: %3").arg(nextAttempt).arg(double(delayMs) / 1000.0, 0, 'f', 1).arg(reason);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace callstop
