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
        return int(r.ids.size());
    case StateColumn:
        if (row.sending)
            return r.attempts > 1 ? tr("Sending (attempt %1)").arg(r.attempts) : tr("Sending");
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

void BatchListModel::reset(const QList<int>& batchSizes)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(batchSizes.size());
    for (int i = 0; i < batchSizes.size(); ++i) {
        Row row;
        row.result.index = i;
        row.result.ids.resize(batchSizes.at(i));
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
    if (result.index < 0 || result.index >= m_rows.size())
        return;
    m_rows[result.index].sending = false;
    m_rows[result.index].result = result;
    emit dataChanged(index(result.index, 0), index(result.index, ColumnCount - 1));
}

} // namespace callstop
