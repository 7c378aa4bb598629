#include "SandboxFaults.h"

#include "SandboxChoices.h"
#include "SandboxWorld.h"

#include <httplib.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <thread>

namespace callstop::sandbox {

SandboxFaults::SandboxFaults(const SandboxOptions& options)
    : m_failRate(options.failRate)
    , m_dropRate(options.dropRate)
    , m_hangRate(options.hangRate)
    , m_rateLimit(options.rateLimit)
    , m_random(options.seed ^ 0xfa17fa17fa17ull)
    , m_tokens(options.rateLimit)
    , m_lastRefill(std::chrono::steady_clock::now())
{ }

bool SandboxFaults::takeToken(double* retryAfterSeconds)
{
    // Caller holds m_mutex. A bucket of rateLimit tokens, refilled at rateLimit a second.
    if (m_rateLimit <= 0)
        return true;
    const auto now = std::chrono::steady_clock::now();
    const double elapsed = std::chrono::duration<double>(now - m_lastRefill).count();
    m_lastRefill = now;
    m_tokens = std::min(m_rateLimit, m_tokens + elapsed * m_rateLimit);
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return true;
    }
    *retryAfterSeconds = std::max(1.0, std::ceil((1.0 - m_tokens) / m_rateLimit));
    return false;
}

SandboxFaults::Verdict SandboxFaults::draw()
{
    std::lock_guard lock(m_mutex);
    Verdict v;
    double retryAfter = 0;
    if (!takeToken(&retryAfter)) {
        v.kind = Kind::RateLimited;
        v.retryAfterSeconds = int(retryAfter);
        return v;
    }
    auto uniform = [this] { return double(splitmix64(m_random) >> 11) / double(1ull << 53); };
    const double r = uniform();
    double edge = m_failRate;
    if (r < edge) {
        v.kind = Kind::Fail;
        v.failPick = int(splitmix64(m_random) % 3);
        return v;
    }
    edge += m_dropRate;
    if (r < edge) {
        v.kind = uniform() < 0.5 ? Kind::DropAfter : Kind::DropBefore;
        return v;
    }
    edge += m_hangRate;
    if (r < edge)
        v.kind = Kind::Hang;
    return v;
}

void SandboxFaults::answer(const Verdict& verdict, httplib::Response& res)
{
    if (verdict.kind == Kind::RateLimited) {
        res.status = 429;
        res.set_header("Retry-After", std::to_string(verdict.retryAfterSeconds));
        res.set_content(R"({"detail":"Too many requests, slow down."})", choices::JsonType);
        return;
    }
    static const char* const bodies[] = {
        R"({"detail":"Internal error, please retry."})",
        R"({"error":{"code":"503 Service Unavailable","message":"Upstream overloaded"}})",
        "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
        "<hr><center>nginx</center></body></html>",
    };
    static const int statuses[] = {500, 503, 502};
    const int pick = std::clamp(verdict.failPick, 0, 2);
    res.status = statuses[pick];
    res.set_content(bodies[pick], pick == 2 ? "text/html" : choices::JsonType);
}

// cpp-httplib has no way to close a connection from a handler. A body announced longer than what is written makes
// it give up after the status line and headers and close the socket: the client sees a connection closed in the
// middle of the answer, as when a proxy drops it.
void SandboxFaults::dropConnection(httplib::Response& res)
{
    res.status = 200;
    res.set_content_provider(
        1024, choices::JsonType, [](std::size_t, std::size_t, httplib::DataSink&) { return false; });
}

void SandboxFaults::hang(const std::atomic<bool>& stopping, httplib::Response& res)
{
    while (!stopping.load())
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    res.status = 503;
}

const char* SandboxFaults::actionName(Kind kind)
{
    switch (kind) {
    case Kind::RateLimited:
        return "rate_limited";
    case Kind::Fail:
        return "fail";
    case Kind::DropBefore:
        return "drop_before";
    case Kind::DropAfter:
        return "drop_after";
    case Kind::Hang:
        return "hang";
    case Kind::None:
        break;
    }
    return "";
}

} // namespace callstop::sandbox
