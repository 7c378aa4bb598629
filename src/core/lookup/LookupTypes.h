#pragma once

#include "ids/CallId.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace callstop {

// One call of GET /calling/history, reduced to what finding and terminating need (no transcript, no recording).
struct HistoryCall
{
    CallId id;
    QString toNumber; // as the API wrote it (normally E.164)
    QString status; // registered, ongoing, retry, completed, ...
    QString campaignId;
    QString campaignName;
    QString agentId;
    QString agentName;
    QString bulkListId;
    QString createdAt;
};

// One campaign of GET /campaign/all (with call_count=true, its calls per status).
struct CampaignInfo
{
    QString id;
    QString name;
    QString status; // campaign_status
    QString createdAt;
    QString agentId;
    int totalCalls = -1; // -1: not asked for, or not given
    QHash<QString, int> callsByStatus; // "registered" -> 12, ...
    bool hasCounts() const { return totalCalls >= 0; }
    // Calls a termination can still stop: those not connected yet (registered, retry).
    int notConnected() const
    {
        return callsByStatus.value(QStringLiteral("registered")) + callsByStatus.value(QStringLiteral("retry"));
    }
};

// One agent (assistant) of GET /agent/all.
struct AgentInfo
{
    QString id;
    QString name; // agent_display_name, else agent_name
    int callCount = -1;
};

// What to ask /calling/history for. Both dates are always sent; statuses are asked one after the other (the API
// takes one status a request), none meaning every status.
struct HistoryFilter
{
    QDateTime from;
    QDateTime to;
    QStringList statuses;
    QString campaignId; // sent as bulk_list_id: a campaign's id is the bulk_list_id of its calls
    QString agentId;
    // The statuses a termination can stop: the default of "find".
    static QStringList terminableStatuses() { return {QStringLiteral("registered"), QStringLiteral("retry")}; }
    // Today in the operator's time zone: from midnight to the last second of the day.
    static HistoryFilter today(const QDateTime& now = QDateTime::currentDateTime());
    // ISO 8601 with the offset (2026-12-03T00:00:00+01:00), as the API wants it.
    static QString isoDate(const QDateTime& time);
};

} // namespace callstop

Q_DECLARE_METATYPE(callstop::HistoryCall)
Q_DECLARE_METATYPE(callstop::CampaignInfo)
Q_DECLARE_METATYPE(callstop::AgentInfo)
