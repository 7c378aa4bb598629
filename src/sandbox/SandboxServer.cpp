#include "SandboxServer.h"

#include <httplib.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>

#include <sys/socket.h>

namespace callstop::sandbox {

namespace {

const char* const ApiPrefix = "/ca/api/v0";
const char* const JsonType = "application/json";

thread_local int t_idCount = -1;

std::uint64_t splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

std::string toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

std::string detail(const char* text)
{
    return toJson(QJsonObject {{QStringLiteral("detail"), QString::fromUtf8(text)}});
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string isoTime(std::uint64_t offsetSeconds)
{
    // A fixed day keeps exports reproducible for a seed.
    const std::time_t t = std::time_t(1764547200 + offsetSeconds);
    char buffer[32];
    std::tm tm {};
    gmtime_r(&t, &tm);
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

std::string csvField(const std::string& s)
{
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

// cpp-httplib has no way to close a connection from a handler. A body announced longer than what is written makes
// it give up after the status line and headers and close the socket: the client sees a connection closed in the
// middle of the answer, as when a proxy drops it.
void dropConnection(httplib::Response& res)
{
    res.status = 200;
    res.set_content_provider(
        1024, "application/json", [](std::size_t, std::size_t, httplib::DataSink&) { return false; });
}

} // namespace

std::string SandboxServer::makeUuid(std::uint64_t& state)
{
    std::uint64_t hi = splitmix64(state);
    std::uint64_t lo = splitmix64(state);
    hi = (hi & 0xffffffffffff0fffull) | 0x0000000000004000ull; // version 4
    lo = (lo & 0x3fffffffffffffffull) | 0x8000000000000000ull; // variant 10
    char buffer[37];
    std::snprintf(buffer, sizeof buffer, "%08x-%04x-%04x-%04x-%012llx", unsigned(hi >> 32),
        unsigned((hi >> 16) & 0xffff), unsigned(hi & 0xffff), unsigned(lo >> 48),
        static_cast<unsigned long long>(lo & 0xffffffffffffull));
    return buffer;
}

SandboxServer::SandboxServer(SandboxOptions options)
    : m_options(std::move(options))
    , m_random(m_options.seed)
    , m_faultRandom(m_options.seed ^ 0xfa17fa17fa17ull)
    , m_tokens(m_options.rateLimit)
    , m_lastRefill(std::chrono::steady_clock::now())
{
    if (m_options.apiKey.empty()) {
        std::uint64_t keyState = m_options.seed ^ 0x5bd1e995ull;
        m_options.apiKey = makeUuid(keyState);
    }
    generateCalls();
}

SandboxServer::~SandboxServer()
{
    stop();
    if (m_record)
        std::fclose(m_record);
}

std::string SandboxServer::faultFor(bool* applyFirst)
{
    // Caller holds m_mutex.
    auto draw = [this] { return double(splitmix64(m_faultRandom) >> 11) / double(1ull << 53); };
    *applyFirst = false;
    const double r = draw();
    double edge = m_options.failRate;
    if (r < edge)
        return "fail";
    edge += m_options.dropRate;
    if (r < edge) {
        *applyFirst = draw() < 0.5;
        return *applyFirst ? "drop_after" : "drop_before";
    }
    edge += m_options.hangRate;
    if (r < edge)
        return "hang";
    return {};
}

bool SandboxServer::takeToken(double* retryAfterSeconds)
{
    // Caller holds m_mutex. A bucket of rateLimit tokens, refilled at rateLimit a second.
    if (m_options.rateLimit <= 0)
        return true;
    const auto now = std::chrono::steady_clock::now();
    const double elapsed = std::chrono::duration<double>(now - m_lastRefill).count();
    m_lastRefill = now;
    m_tokens = std::min(m_options.rateLimit, m_tokens + elapsed * m_options.rateLimit);
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return true;
    }
    *retryAfterSeconds = std::max(1.0, std::ceil((1.0 - m_tokens) / m_options.rateLimit));
    return false;
}

void SandboxServer::record(const std::string& line)
{
    if (!m_record)
        return;
    std::lock_guard lock(m_recordMutex);
    std::fputs(line.c_str(), m_record);
    std::fputc('\n', m_record);
    std::fflush(m_record);
}

void SandboxServer::generateCalls()
{
    static const char* const firstNames[] = {"Asha", "Ben", "Chen", "Dara", "Elif", "Femi", "Greta", "Hugo", "Ines",
        "Jonas", "Kiran", "Lena", "Mateo", "Noor", "Omar", "Priya"};
    std::vector<std::string> agents;
    agents.reserve(4);
    for (int i = 0; i < 4; ++i)
        agents.push_back(makeUuid(m_random));
    m_calls.reserve(std::size_t(std::max(0, m_options.calls)));
    for (int i = 0; i < m_options.calls; ++i) {
        const std::uint64_t r = splitmix64(m_random);
        const unsigned bucket = unsigned(r % 100);
        // A realistic mix: most calls still waiting or finished, some in progress.
        const char* status = bucket < 35 ? "registered"
            : bucket < 45                ? "retry"
            : bucket < 55                ? "ongoing"
            : bucket < 80                ? "completed"
            : bucket < 90                ? "failed"
                                         : "cancelled";
        SandboxCall call;
        call.id = makeUuid(m_random);
        call.status = status;
        call.subStatus = call.status == "cancelled" ? "CAMPAIGN_STOPPED" : "";
        char number[20];
        std::snprintf(number, sizeof number, "+9198%08llu", static_cast<unsigned long long>((r >> 8) % 100000000ull));
        call.toNumber = number;
        call.name = std::string(firstNames[(r >> 40) % 16]) + " " + std::to_string(i + 1);
        call.agentId = agents[(r >> 50) % agents.size()];
        call.createdAt = isoTime(std::uint64_t(i) * 7);
        call.durationSeconds = call.status == "completed" ? int((r >> 20) % 600) : 0;
        m_index.emplace(call.id, m_calls.size());
        m_calls.push_back(std::move(call));
    }
}

std::string SandboxServer::addCall(const std::string& status)
{
    std::lock_guard lock(m_mutex);
    SandboxCall call;
    call.id = makeUuid(m_random);
    call.status = status;
    call.toNumber = "+919800000000";
    call.name = "Test";
    call.createdAt = isoTime(0);
    m_index.emplace(call.id, m_calls.size());
    m_calls.push_back(call);
    return call.id;
}

std::string SandboxServer::apiKey() const
{
    std::lock_guard lock(m_mutex);
    return m_options.apiKey;
}

void SandboxServer::rotateApiKey(const std::string& key)
{
    std::lock_guard lock(m_mutex);
    m_options.apiKey = key;
}

std::string SandboxServer::baseUrl() const
{
    const bool v6 = m_options.host.find(':') != std::string::npos;
    const char* scheme = m_options.tlsCertPath.empty() ? "http://" : "https://";
    return scheme + (v6 ? "[" + m_options.host + "]" : m_options.host) + ":" + std::to_string(m_port) + ApiPrefix;
}

std::vector<SandboxCall> SandboxServer::calls() const
{
    std::lock_guard lock(m_mutex);
    return m_calls;
}

SandboxStats SandboxServer::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

bool SandboxServer::writeCsvExport(const std::string& path, std::string* error) const
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) {
        if (error)
            *error = "cannot write " + path;
        return false;
    }
    out << "id,to_number,name,status,agent_id,initiation_time,call_duration\r\n";
    std::lock_guard lock(m_mutex);
    for (const SandboxCall& c : m_calls) {
        out << c.id << ',' << csvField(c.toNumber) << ',' << csvField(c.name) << ',' << c.status << ',' << c.agentId
            << ',' << c.createdAt << ',' << c.durationSeconds << "\r\n";
    }
    out.flush();
    if (!out) {
        if (error)
            *error = "write failed: " + path;
        return false;
    }
    return true;
}

void SandboxServer::setupRoutes()
{
    httplib::Server& server = *m_server;
    const int threads = std::max(2, m_options.threads);
    server.new_task_queue = [threads] { return new httplib::ThreadPool(std::size_t(threads)); };
    server.set_payload_max_length(8 * 1024 * 1024);
    // stop() waits for idle keep-alive connections to time out; keep that wait short.
    server.set_keep_alive_timeout(1);
    // httplib writes an answer's headers and body separately: with Nagle's algorithm on, the body waits for the
    // client's delayed ACK, and every request after the first on a connection takes 40 ms more.
    server.set_tcp_nodelay(true);
    // httplib closes a connection after 5 requests by default; production servers allow far more.
    server.set_keep_alive_max_count(1000);

    auto authorised = [this](const httplib::Request& req, httplib::Response& res) {
        if (req.get_header_value("X-API-KEY") == apiKey())
            return true;
        res.status = 401;
        res.set_content(R"({"error":{"code":"401 Unauthorized","message":"Invalid credentials"}})", JsonType);
        return false;
    };
    auto delay = [this] {
        if (m_options.latencyMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(m_options.latencyMs));
    };

    server.Patch(std::string(ApiPrefix) + "/campaign/terminate/calls",
        [this, authorised, delay](const httplib::Request& req, httplib::Response& res) {
            {
                std::lock_guard lock(m_mutex);
                m_stats.peakTerminatesInFlight = std::max(m_stats.peakTerminatesInFlight, ++m_stats.terminatesInFlight);
            }
            struct Leaving
            {
                SandboxServer* server;
                ~Leaving()
                {
                    std::lock_guard lock(server->m_mutex);
                    --server->m_stats.terminatesInFlight;
                }
            } leaving {this};
            delay();
            {
                std::lock_guard lock(m_mutex);
                ++m_stats.terminateRequests;
            }
            QJsonObject rec {{QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                {QStringLiteral("method"), QStringLiteral("PATCH")},
                {QStringLiteral("path"), QString::fromStdString(req.path)}};
            auto finishRecord = [&](const char* action, int status, int terminated) {
                rec.insert(QStringLiteral("action"), QString::fromLatin1(action));
                rec.insert(QStringLiteral("status"), status);
                rec.insert(QStringLiteral("terminated"), terminated);
                record(toJson(rec));
            };
            if (!authorised(req, res)) {
                finishRecord("unauthorized", 401, 0);
                return;
            }
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &parseError);
            const QJsonValue idsValue = doc.object().value(QLatin1String("call_ids"));
            if (idsValue.isArray())
                rec.insert(QStringLiteral("ids"), idsValue);
            double retryAfter = 0;
            std::string fault;
            bool applyFirst = false;
            bool limited = false;
            {
                std::lock_guard lock(m_mutex);
                limited = !takeToken(&retryAfter);
                if (!limited)
                    fault = faultFor(&applyFirst);
                if (limited || !fault.empty())
                    ++m_stats.faults;
            }
            if (limited) {
                res.status = 429;
                res.set_header("Retry-After", std::to_string(int(retryAfter)));
                res.set_content(R"({"detail":"Too many requests, slow down."})", JsonType);
                finishRecord("rate_limited", 429, 0);
                return;
            }
            if (fault == "fail") {
                static const char* const bodies[] = {
                    R"({"detail":"Internal error, please retry."})",
                    R"({"error":{"code":"503 Service Unavailable","message":"Upstream overloaded"}})",
                    "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
                    "<hr><center>nginx</center></body></html>",
                };
                static const int statuses[] = {500, 503, 502};
                const int pick = int(splitmix64(m_faultRandom) % 3);
                res.status = statuses[pick];
                res.set_content(bodies[pick], pick == 2 ? "text/html" : JsonType);
                finishRecord("fail", res.status, 0);
                return;
            }
            if (fault == "hang") {
                finishRecord("hang", 0, 0);
                while (!m_stopping.load())
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                res.status = 503;
                return;
            }
            if (fault == "drop_before") {
                finishRecord("drop_before", 0, 0);
                dropConnection(res);
                return;
            }
            if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                res.status = 400;
                res.set_content(detail("Request body is not valid JSON."), JsonType);
                finishRecord("bad_request", 400, 0);
                return;
            }
            if (!idsValue.isArray()) {
                res.status = 400;
                res.set_content(detail("call_ids is required and must be an array of call IDs."), JsonType);
                finishRecord("bad_request", 400, 0);
                return;
            }
            const QJsonArray ids = idsValue.toArray();
            t_idCount = int(ids.size());
            if (ids.size() > 100) {
                res.status = 400;
                res.set_content(detail("At most 100 call IDs may be sent in one request."), JsonType);
                finishRecord("bad_request", 400, 0);
                return;
            }
            int terminated = 0;
            {
                std::lock_guard lock(m_mutex);
                for (const auto& v : ids) {
                    const auto it = m_index.find(lower(v.toString().toStdString()));
                    if (it == m_index.end())
                        continue; // unknown IDs are ignored, as by the provider
                    SandboxCall& call = m_calls[it->second];
                    if (call.status == "registered" || call.status == "retry") {
                        call.status = "cancelled";
                        call.subStatus = "USER_TERMINATED";
                        ++terminated;
                    } else if (call.status == "ongoing") {
                        // Not hung up; only kept from being retried.
                        call.subStatus = "RETRY_BLOCKED";
                    }
                }
                m_stats.terminatedCalls += terminated;
            }
            if (fault == "drop_after") {
                finishRecord("drop_after", 0, terminated);
                dropConnection(res);
                return;
            }
            if (terminated == 0) {
                res.status = 400;
                res.set_content(detail("Invalid call IDs or no terminable calls found."), JsonType);
                finishRecord("nothing_terminable", 400, 0);
                return;
            }
            res.set_content(R"({"message":"Calls terminated successfully!"})", JsonType);
            finishRecord("applied", 200, terminated);
        });

    server.Get(std::string(ApiPrefix) + "/workspace",
        [this, authorised, delay](const httplib::Request& req, httplib::Response& res) {
            delay();
            if (!authorised(req, res))
                return;
            QJsonObject info {
                {QStringLiteral("id"), QStringLiteral("5a0d7c1e-0000-4000-8000-000000000001")},
                {QStringLiteral("name"), QStringLiteral("Sandbox workspace")},
                {QStringLiteral("created_at"), QStringLiteral("2025-01-01T00:00:00+00:00")},
                {QStringLiteral("credits"), 1000},
                {QStringLiteral("locked_credits"), 0},
                {QStringLiteral("api_key"), QString::fromStdString(apiKey())},
            };
            res.set_content(toJson(QJsonObject {{QStringLiteral("workspace_info"), info}}), JsonType);
        });

    server.Get(std::string(ApiPrefix) + "/calling/call-details",
        [this, authorised, delay](const httplib::Request& req, httplib::Response& res) {
            delay();
            if (!authorised(req, res))
                return;
            std::lock_guard lock(m_mutex);
            const auto it = m_index.find(lower(req.get_param_value("id")));
            if (it == m_index.end()) {
                res.status = 404;
                res.set_content(detail("Call not found"), JsonType);
                return;
            }
            const SandboxCall& c = m_calls[it->second];
            QJsonObject data {
                {QStringLiteral("id"), QString::fromStdString(c.id)},
                {QStringLiteral("call_status"), QString::fromStdString(c.status)},
                {QStringLiteral("call_sub_status"), QString::fromStdString(c.subStatus)},
                {QStringLiteral("to_number"), QString::fromStdString(c.toNumber)},
                {QStringLiteral("name"), QString::fromStdString(c.name)},
            };
            res.set_content(
                toJson({{QStringLiteral("status"), QStringLiteral("success")}, {QStringLiteral("data"), data}}),
                JsonType);
        });

    server.Get("/_sandbox/calls", [this](const httplib::Request&, httplib::Response& res) {
        QJsonArray list;
        {
            std::lock_guard lock(m_mutex);
            for (const SandboxCall& c : m_calls) {
                list.append(QJsonObject {
                    {QStringLiteral("id"), QString::fromStdString(c.id)},
                    {QStringLiteral("status"), QString::fromStdString(c.status)},
                    {QStringLiteral("sub_status"), QString::fromStdString(c.subStatus)},
                    {QStringLiteral("to_number"), QString::fromStdString(c.toNumber)},
                });
            }
        }
        res.set_content(toJson({{QStringLiteral("calls"), list}}), JsonType);
    });

    server.Get("/_sandbox/stats", [this](const httplib::Request&, httplib::Response& res) {
        const SandboxStats s = stats();
        res.set_content(toJson({{QStringLiteral("requests"), s.requests},
                            {QStringLiteral("terminate_requests"), s.terminateRequests},
                            {QStringLiteral("terminated_calls"), s.terminatedCalls},
                            {QStringLiteral("peak_terminates_in_flight"), s.peakTerminatesInFlight}}),
            JsonType);
    });

    server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (res.body.empty())
            res.set_content(detail(res.status == 404 ? "Not Found" : "Error"), JsonType);
    });

    server.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
        {
            std::lock_guard lock(m_mutex);
            ++m_stats.requests;
        }
        if (m_options.log) {
            std::string line = req.method + " " + req.path + " " + std::to_string(res.status);
            if (t_idCount >= 0)
                line += " ids=" + std::to_string(t_idCount);
            m_options.log(line);
        }
        t_idCount = -1;
    });
}

bool SandboxServer::start(std::string* error)
{
    if (m_server)
        return true;
    if (!m_options.recordPath.empty() && !m_record) {
        m_record = std::fopen(m_options.recordPath.c_str(), "a");
        if (!m_record) {
            if (error)
                *error = "cannot write " + m_options.recordPath;
            return false;
        }
    }
    m_stopping = false;
    if (!m_options.tlsCertPath.empty() || !m_options.tlsKeyPath.empty()) {
        auto tls = std::make_unique<httplib::SSLServer>(m_options.tlsCertPath.c_str(), m_options.tlsKeyPath.c_str());
        if (!tls->is_valid()) {
            if (error)
                *error
                    = "cannot use the certificate " + m_options.tlsCertPath + " with the key " + m_options.tlsKeyPath;
            return false;
        }
        m_server = std::move(tls);
    } else {
        m_server = std::make_unique<httplib::Server>();
    }
    setupRoutes();
    // httplib listens with a backlog of 5 (compiled into Debian's library): a burst of more new connections (a job
    // of 8 or 16 in flight) has its SYNs dropped, and those clients retry a second later. The socket is remembered
    // here and listened on again with the system's maximum once bound.
    int listening = -1;
    m_server->set_socket_options([&listening](socket_t sock) {
        httplib::default_socket_options(sock);
        listening = sock;
    });
    if (m_options.port == 0) {
        m_port = m_server->bind_to_any_port(m_options.host);
    } else {
        m_port = m_server->bind_to_port(m_options.host, m_options.port) ? m_options.port : -1;
    }
    if (m_port <= 0) {
        if (error)
            *error = "cannot listen on " + m_options.host + ":" + std::to_string(m_options.port);
        m_server.reset();
        return false;
    }
    if (listening >= 0)
        ::listen(listening, SOMAXCONN);
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    return true;
}

void SandboxServer::stop()
{
    if (!m_server)
        return;
    m_stopping = true;
    m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
    m_server.reset();
}

} // namespace callstop::sandbox
