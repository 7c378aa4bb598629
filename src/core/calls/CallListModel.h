#pragma once

#include "RowState.h"
#include "ids/CallId.h"
#include "ids/CallIdIndex.h"
#include "ids/IdExtractor.h"
#include "lookup/LookupTypes.h"
#include "util/TextPool.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <vector>

namespace callstop {

// What an append did, for the summary the operator reads ("123 added, 4 duplicates, 2 not valid").
struct AppendSummary
{
    int added = 0;
    int duplicates = 0;
    int invalid = 0;
    // Invalid text already in the list (or twice in this input): counted, not added again, as a repeated valid ID
    // is not Ready twice.
    int invalidRepeats = 0;
};

// The table of call IDs. A valid ID is held as its 16 bytes; only rows that carry text of their own (an invalid
// token, a message) point into a shared string pool, so a million rows stay within a few tens of megabytes.
class CallListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The last four are filled for calls found in the call history (appendFound), empty for pasted ones.
    enum Column {
        IdColumn,
        StateColumn,
        BatchColumn,
        DetailColumn,
        NumberColumn,
        FoundStatusColumn,
        CampaignColumn,
        AgentColumn,
        ColumnCount
    };
    enum Role {
        StateRole = Qt::UserRole + 1, // RowState as int
        CallIdRole, // canonical ID text, empty for invalid rows
    };
    Q_ENUM(Column)

    explicit CallListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    // Valid IDs become Ready rows unless the table has them already (then Duplicate rows); the extractor's
    // duplicates become Duplicate rows and its near misses Invalid rows, so that nothing pasted disappears unseen.
    AppendSummary appendExtraction(const ExtractionResult& result);
    AppendSummary appendIds(const QList<CallId>& ids);
    // Calls found in the call history: their IDs as appendIds does, with number, status, campaign and agent kept
    // for the last columns.
    AppendSummary appendFound(const QList<HistoryCall>& calls);
    bool hasFoundCalls() const { return !m_found.isEmpty(); }
    void appendInvalid(const QString& text, const QString& reason);

    // Removes the given rows (any order, duplicates allowed).
    void removeRowList(QList<int> rows);
    void clear();

    bool contains(const CallId& id) const;
    CallId idAt(int row) const { return m_rows[std::size_t(row)].id; }
    RowState stateAt(int row) const { return m_rows[std::size_t(row)].state; }
    int batchAt(int row) const { return m_rows[std::size_t(row)].batch; }
    QString detailAt(int row) const;
    QString textAt(int row) const;
    // Whether the row's ID text or detail contains text (case-insensitive); lowerLatin1 is text in lower case,
    // used to match IDs without building a string per row.
    bool rowContains(int row, const QString& text, const QByteArray& lowerLatin1) const;

    int count(RowState state) const { return m_counts[std::size_t(state)]; }
    const RowStateCounts& counts() const { return m_counts; }
    QList<int> rowsInState(RowState state) const;
    // IDs of rows in the given state, in table order.
    QList<CallId> idsInState(RowState state) const;

    // Moves rows to a state; batch is 0-based (-1 for none); the detail is shared by all these rows.
    void setRowsState(const QList<int>& rows, RowState state, int batch, const QString& detail = {});

    // Makes room for rows about to come in chunks, so that no chunk pays for regrowing the table or its index.
    void reserve(std::size_t additionalRows);
    // Gives back what reserve() took beyond the rows present.
    void squeeze();

    // Approximate bytes held per row, for benchmarks.
    std::size_t memoryPerRow() const;

signals:
    void countsChanged();
    // The first found calls arrived, or the list was cleared of them: the view shows or hides their columns.
    void foundColumnsInUseChanged(bool inUse);

private:
    static constexpr quint32 NoNote = 0xffffffffu;
    struct Row
    {
        CallId id;
        qint32 batch = -1;
        quint32 note = NoNote; // detail; for Invalid rows note is the raw text and note + 1 the reason
        RowState state = RowState::Ready;
    };

    quint32 addNote(const QString& text);
    // The note of text, added once and shared by every row that says it.
    quint32 sharedNote(const QString& text);
    void appendRow(const Row& row);
    void forgetRow(const Row& row);

    std::vector<Row> m_rows;
    // Details set by setRowsState are shared: a job's per-call checks give a million rows a handful of texts.
    TextPool m_notes;
    struct RowKey
    {
        const std::vector<Row>* rows;
        const CallId& operator()(std::uint32_t row) const { return (*rows)[row].id; }
    };
    RowKey idAtRow() const { return RowKey {&m_rows}; }
    void rebuildIndex();

    struct Found
    {
        QString number;
        QString status;
        QString campaign;
        QString agent;
    };
    // Only found calls have an entry: a million pasted IDs cost nothing here.
    QHash<CallId, Found> m_found;
    CallIdIndex m_index; // rows that are not Duplicate or Invalid, by ID
    QSet<QString> m_invalidTexts; // the text of every Invalid row
    RowStateCounts m_counts {};
};

} // namespace callstop
