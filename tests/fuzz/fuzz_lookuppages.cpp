// Fuzz target: the parsers of the look-up pages (/calling/history, /campaign/all, /agent/all), which read what a
// server sends. Any bytes: no crash, no page larger than a page may be, no text longer than a kept text.
#include "lookup/LookupParser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace callstop;

namespace {

void check(const QString& text)
{
    if (text.size() > LookupParser::MaxTextLength)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    LookupParser::HistoryPage history;
    if (LookupParser::parseHistory(body, &history, &error)) {
        if (history.calls.size() > LookupParser::MaxRecordsPerPage || (history.totalIsMany && history.total != -1))
            __builtin_trap();
        for (const HistoryCall& c : history.calls) {
            if (c.id.isNull() || c.status.isEmpty())
                __builtin_trap();
            check(c.toNumber);
            check(c.campaignName);
            check(c.agentName);
        }
    } else if (error.isEmpty()) {
        __builtin_trap();
    }
    LookupParser::CampaignsPage campaigns;
    if (LookupParser::parseCampaigns(body, &campaigns, &error)) {
        for (const CampaignInfo& c : campaigns.campaigns) {
            if (c.id.isEmpty() || c.notConnected() < 0)
                __builtin_trap();
            check(c.name);
        }
    }
    LookupParser::AgentsPage agents;
    if (LookupParser::parseAgents(body, &agents, &error)) {
        for (const AgentInfo& a : agents.agents) {
            if (a.id.isEmpty())
                __builtin_trap();
            check(a.name);
        }
    }
    return 0;
}
