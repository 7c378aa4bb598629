#pragma once

#include "LookupReader.h"
#include "jobs/BatchPayload.h"

#include <QObject>

namespace callstop {

// The calls of a scope, counted by status at one moment.
struct ScopeCounts
{
    bool ok = false;
    QString error; // why they could not be counted
    QHash<QString, int> byStatus;
    int total = 0;
    // Calls a termination can still stop (registered, retry).
    int notConnected() const
    {
        return byStatus.value(QStringLiteral("registered")) + byStatus.value(QStringLiteral("retry"));
    }
    // Calls in progress: a termination does not hang them up.
    int connected() const { return byStatus.value(QStringLiteral("ongoing")); }
};

// What a scope termination did, from counts before and after: the 200 answer of a scope endpoint carries no count.
struct ScopeEffect
{
    int stopped = 0; // not connected before, no longer after
    int stillNotConnected = 0; // not connected after (new calls since, or ones the API did not stop)
    int alreadyConnected = 0; // in progress after: not hung up
    static ScopeEffect between(const ScopeCounts& before, const ScopeCounts& after);
    // "12 calls stopped, 3 already connected (not hung up)" and, when any remain, how many are still waiting.
    QString text() const;
};

// Counts the calls of a scope: a campaign from /campaign/all (its calls per status), an agent's calls or the calls to
// some numbers from /calling/history over a window of time (the history has no other way to ask for them). Call IDs
// are checked one by one by the job itself and are not counted here. One count at a time.
class ScopeCounter final : public QObject
{
    Q_OBJECT

public:
    // How far back the history is read for numbers and agents: calls scheduled longer ago than this are not counted.
    static constexpr int HistoryWindowDays = 31;

    explicit ScopeCounter(ApiClient* client, QObject* parent = nullptr);

    void count(const BatchPayload& scope, const QDateTime& now = QDateTime::currentDateTime());
    void cancel() { m_reader.cancel(); }
    // Whether count() can count this scope at all.
    static bool canCount(ScopeKind kind) { return kind != ScopeKind::CallIds; }

signals:
    void counted(const callstop::ScopeCounts& counts);

private:
    LookupReader m_reader;
    ScopeCounts m_counts;
    QString m_campaignId; // for a campaign counted from /campaign/all
    bool m_fromCampaigns = false;
};

} // namespace callstop

Q_DECLARE_METATYPE(callstop::ScopeCounts)
