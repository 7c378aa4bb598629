#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace callstop::sandbox {

struct SandboxOptions
{
    std::string host = "127.0.0.1";
    int port = 0; // 0 picks a free port
    std::string apiKey; // empty: one is generated from the seed
    int calls = 500;
    std::uint64_t seed = 1;
    int latencyMs = 0;
    int threads = 16;
    int campaigns = 0; // 0: one per 50 calls, at least 3, at most 2000
    int agents = 0; // 0: 6
    // The world's "now" in seconds since the epoch; 0: the time the server is made. Call times are set back from
    // it, so the same seed and the same now give the same world.
    std::int64_t nowEpochSeconds = 0;
    // /calling/history answers total "many" when more calls than this match; negative: never.
    int historyTotalManyAbove = 10000;
    // Faults, all off by default, drawn from a generator seeded with seed.
    double failRate = 0; // answer 500/502/503 with varied bodies, without applying
    double rateLimit = 0; // requests per second (token bucket); beyond it 429 with Retry-After
    double dropRate = 0; // close the connection without a whole answer; half after applying, half before
    double hangRate = 0; // never answer (until the server stops)
    bool lookupFaults = false; // the faults and the rate limit apply to history, campaigns and agents too
    std::string recordPath; // JSON Lines: every terminate request, its payload, what was done and answered
    std::string tlsCertPath; // PEM; with tlsKeyPath, serve HTTPS
    std::string tlsKeyPath;
    // One line per request (method, path, status, number of IDs); never the key. Empty: no log.
    std::function<void(const std::string&)> log;
};

struct SandboxCall
{
    std::string id;
    std::string status; // registered, retry, ongoing, completed, failed, cancelled
    std::string subStatus;
    std::string toNumber; // E.164
    std::string name;
    std::string agentId;
    std::string createdAt; // 2025-11-24T11:37:43.678043+00:00
    int durationSeconds = 0;
    std::string campaignId;
    std::string bulkListId; // the campaign's id
    std::int64_t createdAtUs = 0; // microseconds since the epoch, the same instant as createdAt
    std::string callAttemptTime; // empty: never attempted (null in JSON)
};

struct SandboxCampaign
{
    std::string id;
    std::string name;
    std::string status; // pending, registered, running, completed, paused
    std::string agentId;
    std::string createdAt;
    std::string updatedAt;
    std::string startTime;
    std::string endTime;
    // Calls per status now, in the order of choices::Statuses, and all of them.
    int counts[8] = {};
    int total = 0;
    int count(const std::string& status) const;
};

struct SandboxAgent
{
    std::string id;
    std::string name;
    std::string templateName;
    std::string templateLabel;
    std::string createdAt;
    std::string updatedAt;
    int callCount = 0;
};

struct SandboxStats
{
    int requests = 0;
    int terminateRequests = 0; // all five terminate endpoints
    int terminatedCalls = 0;
    int faults = 0;
    int terminatesInFlight = 0; // terminate requests being handled now
    int peakTerminatesInFlight = 0; // the most handled at once: the client's real concurrency
    int lookupRequests = 0; // history, campaigns, agents
};

} // namespace callstop::sandbox
