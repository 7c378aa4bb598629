#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace callstop {

struct ColumnChoice
{
    enum class Reason {
        HeaderName, // a header names the call-ID column
        ShareOfIds, // the only column that holds call IDs
        Ambiguous, // several columns hold call IDs and no header settles it: ask
        NoIds, // no column holds call IDs
    };
    int column = -1; // 0-based; -1 unless HeaderName or ShareOfIds
    Reason reason = Reason::NoIds;
    QList<int> candidates; // columns holding call IDs, best first
    QList<double> shares; // share of valid call IDs per column over the sample
    QStringList names; // header names, or "column N"

    bool isSettled() const { return column >= 0; }
    // One line for the operator: which column and why, or which candidates.
    QString explanation() const;
    QString candidateList() const;
};

// Finds the column of call IDs. Taking the agent or bulk-list column by mistake would terminate the wrong calls or
// none, so it never guesses between two columns of UUIDs: a header must name the column, or the operator must.
class IdColumnChooser final
{
    Q_DECLARE_TR_FUNCTIONS(callstop::IdColumnChooser)

public:
    // A share of valid IDs at or above this makes a column a candidate.
    static constexpr double CandidateShare = 0.1;

    // header: the names of the columns, empty when there is no header; rows: sample records without the header.
    static ColumnChoice choose(const QList<QByteArray>& header, const QList<QList<QByteArray>>& rows);
    // id, call_id, Call ID, CallId, call id (case, spaces, underscores and dashes ignored)
    static int headerRank(const QString& name);
    static QString columnName(const QList<QByteArray>& header, int column);

    friend struct ColumnChoice;
};

} // namespace callstop
