#include "CallListModel.h"

#include <algorithm>

namespace callstop {

CallListModel::CallListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int CallListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CallListModel::textAt(int row) const
{
    const Row& r = m_rows[std::size_t(row)];
    if (r.state == RowState::Invalid)
        return r.note == NoNote ? QString() : m_notes.at(r.note);
    return r.id.toString();
}

bool CallListModel::rowContains(int row, const QString& text, const QByteArray& lowerLatin1) const
{
    const Row& r = m_rows[std::size_t(row)];
    if (r.state != RowState::Invalid && !lowerLatin1.isEmpty()) {
        char buffer[CallId::TextLength];
        r.id.writeCanonical(buffer);
        if (QByteArrayView(buffer, CallId::TextLength).contains(lowerLatin1))
            return true;
    }
    if (r.note == NoNote)
        return false;
    if (r.state == RowState::Invalid && m_notes.at(r.note).contains(text, Qt::CaseInsensitive))
        return true;
    return detailAt(row).contains(text, Qt::CaseInsensitive);
}

QString CallListModel::detailAt(int row) const
{
    const Row& r = m_rows[std::size_t(row)];
    if (r.note == NoNote)
        return {};
    return m_notes.at(r.state == RowState::Invalid ? r.note + 1 : r.note);
}

QVariant CallListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case IdColumn:
            return textAt(index.row());
        case StateColumn:
            return RowStates::displayName(r.state);
        case BatchColumn:
            return r.batch >= 0 ? QVariant(r.batch + 1) : QVariant();
        case DetailColumn:
            return detailAt(index.row());
        case NumberColumn:
        case FoundStatusColumn:
        case CampaignColumn:
        case AgentColumn: {
            if (m_found.isEmpty() || r.state == RowState::Invalid)
                return {};
            const auto it = m_found.constFind(r.id);
            if (it == m_found.cend())
                return {};
            const int c = index.column();
            return c == NumberColumn     ? it->number
                : c == FoundStatusColumn ? it->status
                : c == CampaignColumn    ? it->campaign
                                         : it->agent;
        }
        }
        break;
    case Qt::AccessibleTextRole:
        // A screen reader on the ID hears the state with it; the colour of the row is never the only cue.
        if (index.column() == IdColumn)
            return tr("%1, %2").arg(textAt(index.row()), RowStates::displayName(r.state));
        return data(index, Qt::DisplayRole).toString();
    case Qt::AccessibleDescriptionRole: {
        const QString detail = detailAt(index.row());
        return detail.isEmpty() ? tr("State: %1").arg(RowStates::displayName(r.state))
                                : tr("State: %1. %2").arg(RowStates::displayName(r.state), detail);
    }
    case StateRole:
        return int(r.state);
    case CallIdRole:
        return r.state == RowState::Invalid ? QString() : r.id.toString();
    default:
        break;
    }
    return {};
}

QVariant CallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case IdColumn:
        return tr("Call ID");
    case StateColumn:
        return tr("State");
    case BatchColumn:
        return tr("Batch");
    case DetailColumn:
        return tr("Detail");
    case NumberColumn:
        return tr("Number");
    case FoundStatusColumn:
        return tr("Found as");
    case CampaignColumn:
        return tr("Campaign");
    case AgentColumn:
        return tr("Agent");
    }
    return {};
}

quint32 CallListModel::addNote(const QString& text)
{
    if (text.isEmpty())
        return NoNote;
    return m_notes.add(text);
}

quint32 CallListModel::sharedNote(const QString& text)
{
    if (text.isEmpty())
        return NoNote;
    return m_notes.shared(text);
}

void CallListModel::appendRow(const Row& row)
{
    m_rows.push_back(row);
    ++m_counts[std::size_t(row.state)];
}

void CallListModel::forgetRow(const Row& row)
{
    --m_counts[std::size_t(row.state)];
}

bool CallListModel::contains(const CallId& id) const
{
    return m_index.find(id, idAtRow()) != CallIdIndex::NotFound;
}

void CallListModel::rebuildIndex()
{
    // Row numbers shift on removal; rebuilding is linear and removal is rare.
    m_index.clear();
    m_index.reserve(m_rows.size(), idAtRow());
    m_invalidTexts.clear();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].state == RowState::Invalid)
            m_invalidTexts.insert(textAt(int(i)));
        else if (m_rows[i].state != RowState::Duplicate)
            m_index.insert(m_rows[i].id, std::uint32_t(i), idAtRow());
    }
}

AppendSummary CallListModel::appendExtraction(const ExtractionResult& result)
{
    AppendSummary summary;
    // The same invalid text pasted again is one row, not two: only the first of each is added.
    QList<const NearMiss*> misses;
    misses.reserve(result.nearMisses.size());
    for (const NearMiss& miss : result.nearMisses) {
        if (m_invalidTexts.contains(miss.text)) {
            ++summary.invalidRepeats;
            continue;
        }
        m_invalidTexts.insert(miss.text);
        misses.append(&miss);
    }
    const qsizetype incoming = result.ids.size() + result.duplicates.size() + misses.size();
    if (incoming == 0) {
        if (summary.invalidRepeats > 0)
            emit countsChanged();
        return summary;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(incoming) - 1);
    // Geometric growth: an exact reserve per chunk would copy the whole table on every chunk of a large import.
    const std::size_t needed = m_rows.size() + std::size_t(incoming);
    if (needed > m_rows.capacity())
        m_rows.reserve(std::max(needed, m_rows.capacity() * 2));
    m_index.reserve(needed, idAtRow());
    for (const CallId& id : result.ids) {
        Row row;
        row.id = id;
        // The row goes in first so that the index can read its ID.
        appendRow(row);
        if (m_index.insert(id, std::uint32_t(m_rows.size() - 1), idAtRow()) != CallIdIndex::NotFound) {
            Row& added = m_rows.back();
            --m_counts[std::size_t(RowState::Ready)];
            added.state = RowState::Duplicate;
            added.note = addNote(tr("Already in the list"));
            ++m_counts[std::size_t(RowState::Duplicate)];
            ++summary.duplicates;
        } else {
            ++summary.added;
        }
    }
    for (const DuplicateId& dup : result.duplicates) {
        Row row;
        row.id = dup.id;
        row.state = RowState::Duplicate;
        row.note = addNote(tr("Line %1 repeats line %2").arg(dup.line).arg(dup.firstLine));
        appendRow(row);
        ++summary.duplicates;
    }
    for (const NearMiss* miss : std::as_const(misses)) {
        Row row;
        row.state = RowState::Invalid;
        row.note = addNote(miss->text);
        addNote(tr("Line %1: %2").arg(miss->line).arg(miss->reason));
        appendRow(row);
        ++summary.invalid;
    }
    endInsertRows();
    emit countsChanged();
    return summary;
}

AppendSummary CallListModel::appendIds(const QList<CallId>& ids)
{
    ExtractionResult result;
    result.ids = ids;
    return appendExtraction(result);
}

void CallListModel::appendInvalid(const QString& text, const QString& reason)
{
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first);
    Row row;
    row.state = RowState::Invalid;
    row.note = addNote(text.isEmpty() ? QStringLiteral(" ") : text);
    m_invalidTexts.insert(m_notes.at(row.note));
    addNote(reason.isEmpty() ? QStringLiteral(" ") : reason);
    appendRow(row);
    endInsertRows();
    emit countsChanged();
}

bool CallListModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    const auto begin = m_rows.begin() + row;
    for (auto it = begin; it != begin + count; ++it)
        forgetRow(*it);
    m_rows.erase(begin, begin + count);
    rebuildIndex();
    endRemoveRows();
    emit countsChanged();
    return true;
}

void CallListModel::removeRowList(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty())
        return;
    // Contiguous runs from the bottom up, so earlier indexes stay valid; the index is rebuilt once at the end.
    qsizetype end = rows.size();
    while (end > 0) {
        qsizetype start = end - 1;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
            --start;
        const int first = rows.at(start);
        const int count = int(end - start);
        beginRemoveRows({}, first, first + count - 1);
        const auto begin = m_rows.begin() + first;
        for (auto it = begin; it != begin + count; ++it)
            forgetRow(*it);
        m_rows.erase(begin, begin + count);
        endRemoveRows();
        end = start;
    }
    rebuildIndex();
    emit countsChanged();
}

void CallListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_notes.clear();
    m_index.clear();
    m_invalidTexts.clear();
    m_counts.fill(0);
    const bool hadFound = !m_found.isEmpty();
    m_found.clear();
    endResetModel();
    emit countsChanged();
    if (hadFound)
        emit foundColumnsInUseChanged(false);
}

AppendSummary CallListModel::appendFound(const QList<HistoryCall>& calls)
{
    const bool first = m_found.isEmpty();
    QList<CallId> ids;
    ids.reserve(calls.size());
    for (const HistoryCall& c : calls) {
        ids.append(c.id);
        m_found.insert(c.id,
            Found {c.toNumber, c.status, c.campaignName.isEmpty() ? c.campaignId : c.campaignName,
                c.agentName.isEmpty() ? c.agentId : c.agentName});
    }
    const AppendSummary summary = appendIds(ids);
    if (first && !m_found.isEmpty())
        emit foundColumnsInUseChanged(true);
    return summary;
}

QList<int> CallListModel::rowsInState(RowState state) const
{
    QList<int> out;
    out.reserve(count(state));
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].state == state)
            out.append(int(i));
    }
    return out;
}

QList<CallId> CallListModel::idsInState(RowState state) const
{
    QList<CallId> out;
    out.reserve(count(state));
    for (const Row& r : m_rows) {
        if (r.state == state)
            out.append(r.id);
    }
    return out;
}

void CallListModel::setRowsState(const QList<int>& rows, RowState state, int batch, const QString& detail)
{
    if (rows.isEmpty())
        return;
    const quint32 note = sharedNote(detail);
    int minRow = rows.constFirst();
    int maxRow = minRow;
    for (int row : rows) {
        Row& r = m_rows[std::size_t(row)];
        Q_ASSERT(r.state != RowState::Invalid && r.state != RowState::Duplicate);
        --m_counts[std::size_t(r.state)];
        r.state = state;
        r.batch = batch;
        r.note = note;
        ++m_counts[std::size_t(r.state)];
        minRow = std::min(minRow, row);
        maxRow = std::max(maxRow, row);
    }
    emit dataChanged(index(minRow, StateColumn), index(maxRow, DetailColumn));
    emit countsChanged();
}

void CallListModel::reserve(std::size_t additionalRows)
{
    m_rows.reserve(m_rows.size() + additionalRows);
    m_index.reserve(m_rows.size() + additionalRows, idAtRow());
}

void CallListModel::squeeze()
{
    m_rows.shrink_to_fit();
}

std::size_t CallListModel::memoryPerRow() const
{
    if (m_rows.empty())
        return sizeof(Row);
    return (m_rows.capacity() * sizeof(Row) + m_index.memoryBytes() + m_notes.memoryBytes()) / m_rows.size();
}

} // namespace callstop
