#pragma once

#include "SandboxTypes.h"

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace callstop::sandbox {

std::uint64_t splitmix64(std::uint64_t& state);

// The sandbox's world: calls, the campaigns they belong to and the agents that run those campaigns, generated from
// the seed, and every way the API reads or stops them. Thread-safe; knows nothing of HTTP.
class SandboxWorld final
{
public:
    explicit SandboxWorld(const SandboxOptions& options);

    std::vector<SandboxCall> calls() const;
    std::vector<SandboxCampaign> campaigns() const; // oldest first, counts as of now
    std::vector<SandboxAgent> agents() const; // oldest first
    std::optional<SandboxCall> call(const std::string& id) const;
    std::optional<SandboxCampaign> campaign(const std::string& id) const;
    std::optional<SandboxAgent> agent(const std::string& id) const;

    // Adds a call. From spec: status (required), toNumber, name, campaignId (empty: the first campaign; unknown: the
    // call is added to no campaign), createdAtUs (0: now). The agent is the campaign's. Returns the new id.
    std::string addCall(const SandboxCall& spec);

    // Each stops the calls in its scope that have not connected yet (registered, retry) and returns how many.
    int terminateIds(const std::vector<std::string>& ids);
    int terminateNumbers(const std::vector<std::string>& numbers);
    int terminateCampaign(const std::string& campaignId);
    int terminateCampaignNumbers(const std::string& campaignId, const std::vector<std::string>& numbers);
    int terminateAgent(const std::string& agentId);

    struct HistoryQuery
    {
        std::int64_t fromUs = 0; // inclusive
        std::int64_t toUs = 0; // inclusive
        int limit = 10;
        int offset = 0;
        std::string agentId; // empty: any
        std::string status;
        std::string bulkListId;
    };
    struct HistoryRow
    {
        SandboxCall call;
        std::string agentName;
        std::string campaignName;
    };
    struct HistoryPage
    {
        std::vector<HistoryRow> rows; // newest first
        int matched = 0; // all calls that match, on every page
    };
    HistoryPage history(const HistoryQuery& query) const;

    bool writeCsv(const std::string& path, std::string* error) const;

    // The world's clock: the anchor (options.nowEpochSeconds) plus the time since the world was made.
    std::int64_t nowUs() const;

    static std::string makeUuid(std::uint64_t& state);
    static std::string formatTime(std::int64_t epochUs); // 2025-11-24T11:37:43.678043+00:00
    // ISO 8601 date and time, optional fraction, offset Z or +HH:MM or +HHMM; no offset means UTC.
    static bool parseTime(const std::string& text, std::int64_t* epochUs);
    static bool isE164(const std::string& number);
    static int statusIndex(const std::string& status); // in choices::Statuses, or -1

private:
    void generate(const SandboxOptions& options);
    void indexCall(std::size_t i);
    int stop(std::size_t i); // caller holds m_mutex
    int stopAll(const std::vector<std::size_t>& indices);

    mutable std::mutex m_mutex;
    std::int64_t m_anchorUs = 0;
    std::chrono::steady_clock::time_point m_made;
    std::uint64_t m_random = 0; // call ids and statuses: the same stream as the first sandbox
    std::uint64_t m_worldRandom = 0; // everything else

    std::vector<SandboxCall> m_calls;
    std::vector<int> m_callCampaign; // index in m_campaigns, -1 for none
    std::vector<int> m_callAgent; // index in m_agents, -1 for none
    std::unordered_map<std::string, std::size_t> m_index;
    std::unordered_map<std::string, std::vector<std::size_t>> m_byNumber;
    std::vector<std::size_t> m_byTime; // ascending createdAtUs

    std::vector<SandboxCampaign> m_campaigns;
    std::vector<std::vector<std::size_t>> m_campaignCalls;
    std::unordered_map<std::string, int> m_campaignIndex;

    std::vector<SandboxAgent> m_agents;
    std::vector<std::vector<std::size_t>> m_agentCalls;
    std::unordered_map<std::string, int> m_agentIndex;
};

} // namespace callstop::sandbox
