#pragma once

#include "SandboxTypes.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>

namespace httplib {
struct Response;
}

namespace callstop::sandbox {

// The faults a request may meet, drawn from a generator seeded with the seed, and the token bucket of the rate
// limit. One instance is shared by every endpoint it covers, so that the rates hold over the whole traffic.
class SandboxFaults final
{
public:
    enum class Kind { None, RateLimited, Fail, DropBefore, DropAfter, Hang };
    struct Verdict
    {
        Kind kind = Kind::None;
        int retryAfterSeconds = 0;
        int failPick = 0; // which of the failure answers
    };

    explicit SandboxFaults(const SandboxOptions& options);

    Verdict draw();

    // Writes the answer of a fault that answers at once (RateLimited, Fail).
    static void answer(const Verdict& verdict, httplib::Response& res);
    // Closes the connection in the middle of an answer.
    static void dropConnection(httplib::Response& res);
    // Never answers until the server stops.
    static void hang(const std::atomic<bool>& stopping, httplib::Response& res);
    static const char* actionName(Kind kind);

private:
    bool takeToken(double* retryAfterSeconds);

    std::mutex m_mutex;
    double m_failRate = 0;
    double m_dropRate = 0;
    double m_hangRate = 0;
    double m_rateLimit = 0;
    std::uint64_t m_random = 0;
    double m_tokens = 0;
    std::chrono::steady_clock::time_point m_lastRefill;
};

} // namespace callstop::sandbox
