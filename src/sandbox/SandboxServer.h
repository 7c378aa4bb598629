#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace httplib {
class Server;
}

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
    // Faults, all off by default, drawn from a generator seeded with seed.
    double failRate = 0; // answer 500/502/503 with varied bodies, without applying
    double rateLimit = 0; // requests per second (token bucket); beyond it 429 with Retry-After
    double dropRate = 0; // close the connection without a whole answer; half after applying, half before
    double hangRate = 0; // never answer (until the server stops)
    std::string recordPath; // JSON Lines: every request, its IDs, what was done and answered
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
    std::string toNumber;
    std::string name;
    std::string agentId;
    std::string createdAt;
    int durationSeconds = 0;
};

struct SandboxStats
{
    int requests = 0;
    int terminateRequests = 0;
    int terminatedCalls = 0;
    int faults = 0;
    int terminatesInFlight = 0; // terminate requests being handled now
    int peakTerminatesInFlight = 0; // the most handled at once: the client's real concurrency
};

// A local simulator of the provider's API, faithful to the API notes: the same paths under /ca/api/v0, the same
// status codes and error body shapes, the same rule that only registered and retry calls are stopped. It knows
// nothing of CallStop's own code, so that the client is tested against an independent implementation.
class SandboxServer final
{
public:
    explicit SandboxServer(SandboxOptions options);
    ~SandboxServer();
    SandboxServer(const SandboxServer&) = delete;
    SandboxServer& operator=(const SandboxServer&) = delete;

    // Binds and serves on a thread of its own. Returns false with error set when the address cannot be bound.
    bool start(std::string* error = nullptr);
    void stop();

    int port() const { return m_port; }
    std::string baseUrl() const; // http(s)://HOST:PORT/ca/api/v0
    std::string apiKey() const;
    // Replaces the key at once, as regenerating it in the provider's dashboard does.
    void rotateApiKey(const std::string& key);

    std::vector<SandboxCall> calls() const;
    SandboxStats stats() const;
    // A dashboard-like CSV export of every call.
    bool writeCsvExport(const std::string& path, std::string* error) const;
    // Makes a call (for tests that need a call in a given state); returns its id.
    std::string addCall(const std::string& status);

    static std::string makeUuid(std::uint64_t& state);

private:
    void setupRoutes();
    void generateCalls();

    SandboxOptions m_options;
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    int m_port = 0;
    std::uint64_t m_random = 0;

    mutable std::mutex m_mutex;
    std::string faultFor(bool* applyFirst);
    void record(const std::string& line);
    bool takeToken(double* retryAfterSeconds);

    std::atomic<bool> m_stopping {false};
    std::uint64_t m_faultRandom = 0;
    double m_tokens = 0;
    std::chrono::steady_clock::time_point m_lastRefill;
    std::FILE* m_record = nullptr;
    std::mutex m_recordMutex;
    std::vector<SandboxCall> m_calls;
    std::unordered_map<std::string, std::size_t> m_index;
    SandboxStats m_stats;
};

} // namespace callstop::sandbox
