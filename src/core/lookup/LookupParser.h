#pragma once

#include "LookupTypes.h"

#include <QByteArray>
#include <QCoreApplication>

namespace callstop {

// The pages of the look-ups, checked against their documented shapes. A page is input like any other: a record
// without a usable id, a count that is not a number or more records than a page can hold make the whole page
// refused with a message naming the field (and the record's position), never a partial or guessed result.
class LookupParser final
{
    Q_DECLARE_TR_FUNCTIONS(LookupParser)

public:
    // The most records any page may carry (the largest limit the API takes is 1000).
    static constexpr int MaxRecordsPerPage = 1000;
    // Texts kept from a record are cut to this many characters.
    static constexpr int MaxTextLength = 256;

    struct HistoryPage
    {
        QList<HistoryCall> calls;
        int limit = 0;
        int offset = 0;
        qint64 total = -1; // -1 when the API said "many" or gave none
        bool totalIsMany = false;
    };
    struct CampaignsPage
    {
        QList<CampaignInfo> campaigns;
        qint64 total = -1;
    };
    struct AgentsPage
    {
        QList<AgentInfo> agents;
    };

    // {calls: [...], limit, offset, count, total}; total a number or "many".
    static bool parseHistory(const QByteArray& body, HistoryPage* page, QString* error);
    // {campaigns: [...], pagination: {total, limit, offset}}.
    static bool parseCampaigns(const QByteArray& body, CampaignsPage* page, QString* error);
    // {status, data: {agents: [...]}}.
    static bool parseAgents(const QByteArray& body, AgentsPage* page, QString* error);
};

} // namespace callstop
