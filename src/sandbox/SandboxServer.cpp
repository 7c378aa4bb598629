#include "SandboxServer.h"

#include "SandboxChoices.h"
#include "SandboxContext.h"

#include <httplib.h>

#include <algorithm>

#include <sys/socket.h>

namespace callstop::sandbox {

std::string SandboxServer::makeUuid(std::uint64_t& state)
{
    return SandboxWorld::makeUuid(state);
}

SandboxServer::SandboxServer(SandboxOptions options)
    : m_context(std::make_unique<SandboxContext>(std::move(options)))
{ }

SandboxServer::~SandboxServer()
{
    stop();
}

std::string SandboxServer::apiKey() const
{
    return m_context->apiKey();
}

void SandboxServer::rotateApiKey(const std::string& key)
{
    m_context->setApiKey(key);
}

std::string SandboxServer::baseUrl() const
{
    const SandboxOptions& o = m_context->options;
    const bool v6 = o.host.find(':') != std::string::npos;
    const char* scheme = o.tlsCertPath.empty() ? "http://" : "https://";
    return scheme + (v6 ? "[" + o.host + "]" : o.host) + ":" + std::to_string(m_port) + choices::ApiPrefix;
}

std::vector<SandboxCall> SandboxServer::calls() const
{
    return m_context->world.calls();
}

std::vector<SandboxCampaign> SandboxServer::campaigns() const
{
    return m_context->world.campaigns();
}

std::vector<SandboxAgent> SandboxServer::agents() const
{
    return m_context->world.agents();
}

std::optional<SandboxCall> SandboxServer::call(const std::string& id) const
{
    return m_context->world.call(id);
}

std::optional<SandboxCampaign> SandboxServer::campaign(const std::string& id) const
{
    return m_context->world.campaign(id);
}

SandboxStats SandboxServer::stats() const
{
    std::lock_guard lock(m_context->mutex);
    return m_context->stats;
}

std::int64_t SandboxServer::nowUs() const
{
    return m_context->world.nowUs();
}

bool SandboxServer::writeCsvExport(const std::string& path, std::string* error) const
{
    return m_context->world.writeCsv(path, error);
}

std::string SandboxServer::addCall(const std::string& status)
{
    SandboxCall spec;
    spec.status = status;
    return m_context->world.addCall(spec);
}

std::string SandboxServer::addCall(const SandboxCall& spec)
{
    return m_context->world.addCall(spec);
}

void SandboxServer::setupRoutes()
{
    httplib::Server& server = *m_server;
    const int threads = std::max(2, m_context->options.threads);
    server.new_task_queue = [threads] { return new httplib::ThreadPool(std::size_t(threads)); };
    server.set_payload_max_length(8 * 1024 * 1024);
    // stop() waits for idle keep-alive connections to time out; keep that wait short.
    server.set_keep_alive_timeout(1);
    // httplib writes an answer's headers and body separately: with Nagle's algorithm on, the body waits for the
    // client's delayed ACK, and every request after the first on a connection takes 40 ms more.
    server.set_tcp_nodelay(true);
    // httplib closes a connection after 5 requests by default; production servers allow far more.
    server.set_keep_alive_max_count(1000);

    // Debian's httplib gzips or brotli-compresses any JSON answer the client accepts compressed, and does it slowly:
    // a history page of 1000 calls took 1.7 s instead of 40 ms. The provider's API answers uncompressed JSON, so the
    // sandbox ignores Accept-Encoding. The handler only gets a const request; the server owns it and reads the
    // header after this handler, so removing it here is safe.
    server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response&) {
        const_cast<httplib::Request&>(req).headers.erase("Accept-Encoding");
        return httplib::Server::HandlerResponse::Unhandled;
    });

    installTerminateRoutes(server, *m_context);
    installLookupRoutes(server, *m_context);
    installWorkspaceRoutes(server, *m_context);

    server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (res.body.empty())
            res.set_content(http::detail(res.status == 404 ? "Not Found" : "Error"), choices::JsonType);
    });

    SandboxContext& ctx = *m_context;
    server.set_logger([&ctx](const httplib::Request& req, const httplib::Response& res) {
        {
            std::lock_guard lock(ctx.mutex);
            ++ctx.stats.requests;
        }
        std::string& suffix = http::logSuffix();
        if (ctx.options.log)
            ctx.options.log(req.method + " " + req.path + " " + std::to_string(res.status) + suffix);
        suffix.clear();
    });
}

bool SandboxServer::start(std::string* error)
{
    if (m_server)
        return true;
    const SandboxOptions& o = m_context->options;
    if (!o.recordPath.empty() && !m_context->recorder.open(o.recordPath, error))
        return false;
    m_context->stopping = false;
    if (!o.tlsCertPath.empty() || !o.tlsKeyPath.empty()) {
        auto tls = std::make_unique<httplib::SSLServer>(o.tlsCertPath.c_str(), o.tlsKeyPath.c_str());
        if (!tls->is_valid()) {
            if (error)
                *error = "cannot use the certificate " + o.tlsCertPath + " with the key " + o.tlsKeyPath;
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
    if (o.port == 0) {
        m_port = m_server->bind_to_any_port(o.host);
    } else {
        m_port = m_server->bind_to_port(o.host, o.port) ? o.port : -1;
    }
    if (m_port <= 0) {
        if (error)
            *error = "cannot listen on " + o.host + ":" + std::to_string(o.port);
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
    m_context->stopping = true;
    m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
    m_server.reset();
}

} // namespace callstop::sandbox
