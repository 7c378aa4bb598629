#pragma once

#include "ids/CallId.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace callstop {

// The ways the API stops calls. Each is one terminate endpoint; the job engine carries all of them alike.
enum class ScopeKind {
    CallIds, // PATCH /campaign/terminate/calls {"call_ids": [...]}, at most 100
    Numbers, // PATCH /campaign/terminate/numbers {"mobile_numbers": [...]}: every campaign, at most 100
    Campaign, // PATCH /campaign/terminate/campaign {"campaign_id"}: one request for the whole campaign
    CampaignNumbers, // PATCH /campaign/terminate/campaign-numbers {"campaign_id", "mobile_numbers"}, at most 100
    Agent, // PATCH /campaign/terminate/agent {"agent_id"}: one request for every call of the agent
};

class ScopeKinds final
{
    Q_DECLARE_TR_FUNCTIONS(callstop::ScopeKinds)

public:
    // Stable key for files (journal, audit log, reports): call_ids, numbers, campaign, campaign_numbers, agent.
    static QString key(ScopeKind kind);
    static bool fromKey(const QString& key, ScopeKind* kind);
    static QString displayName(ScopeKind kind);
    // Whether the scope's batches carry items (IDs or numbers) or stand for one whole campaign or agent.
    static bool hasItems(ScopeKind kind) { return kind != ScopeKind::Campaign && kind != ScopeKind::Agent; }
};

struct BatchPayload;

// What a whole scope termination will do, in one sentence for its confirmation (console and CLI alike): numbers say
// plainly that they stop in ALL campaigns, or name the one; a campaign or an agent is named with its id. name is
// the campaign's or the agent's name (for numbers in one campaign, the campaign's).
QString describeTermination(const BatchPayload& whole, const QString& name);

// What one request of a job carries, as a value: batching, retries, journal and audit work alike for every kind.
// Call IDs keep their compact form (a million of them stay small); numbers are E.164 text.
struct BatchPayload
{
    ScopeKind kind = ScopeKind::CallIds;
    QString campaignId; // Campaign, CampaignNumbers
    QString agentId; // Agent
    QList<CallId> ids; // CallIds
    QStringList numbers; // Numbers, CampaignNumbers

    static BatchPayload forCallIds(QList<CallId> ids);

    // Calls, numbers, or 1 for a whole campaign or agent: what counts towards a request's limit of 100.
    qsizetype itemCount() const;
    // The item at i as text (a canonical call ID or a number); the campaign or agent id when the scope has no items.
    QString itemText(qsizetype i) const;
    QStringList itemTexts() const;
    // The items (call IDs or numbers) as a JSON array of strings, appended to out: [] for a campaign or an agent.
    // What QJsonArray::fromStringList gives, written straight to text (the journal and the audit log, per batch).
    void appendItemsJson(QByteArray& out) const;
    // The scope without its items: the campaign or agent it is restricted to, if any.
    QString scopeText() const;

    // A job's items cut into payloads of at most batchSize items (one payload for a campaign or an agent).
    static QList<BatchPayload> split(const BatchPayload& whole, int batchSize);
};

inline bool operator==(const BatchPayload& a, const BatchPayload& b)
{
    return a.kind == b.kind && a.campaignId == b.campaignId && a.agentId == b.agentId && a.ids == b.ids
        && a.numbers == b.numbers;
}

} // namespace callstop
