#pragma once

#include "SandboxTypes.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace httplib {
class Server;
}

namespace callstop::sandbox {

struct SandboxContext;

// A local simulator of the provider's API, faithful to the API notes: the same paths under /ca/api/v0, the same
// status codes and error body shapes, the same rule that only registered and retry calls are stopped. It knows
// nothing of CallStop's own code, so that the client is tested against an independent implementation.
// The world lives in SandboxWorld, the routes in routes/, faults and the record in their own files; this class
// only owns them and the listening thread. docs/sandbox-model.md describes the model and its choices.
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
    std::vector<SandboxCampaign> campaigns() const; // oldest first, with counts as of now
    std::vector<SandboxAgent> agents() const; // oldest first
    std::optional<SandboxCall> call(const std::string& id) const;
    std::optional<SandboxCampaign> campaign(const std::string& id) const;
    SandboxStats stats() const;
    // The world's clock in microseconds since the epoch (the calls' times are set back from it).
    std::int64_t nowUs() const;
    // A dashboard-like CSV export of every call.
    bool writeCsvExport(const std::string& path, std::string* error) const;
    // Makes a call (for tests that need a call in a given state), in the first campaign; returns its id.
    std::string addCall(const std::string& status);
    // Makes a call from spec: status, and optionally toNumber, name, campaignId, createdAtUs. Returns its id.
    std::string addCall(const SandboxCall& spec);

    static std::string makeUuid(std::uint64_t& state);

private:
    void setupRoutes();

    std::unique_ptr<SandboxContext> m_context;
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    int m_port = 0;
};

} // namespace callstop::sandbox
