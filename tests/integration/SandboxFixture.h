#pragma once

#include "SandboxServer.h"
#include "ids/CallId.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <map>
#include <memory>
#include <string>

namespace callstop::test {

// A real sandbox server on a free loopback port, and the IDs of its calls grouped by status.
struct SandboxFixture
{
    std::unique_ptr<sandbox::SandboxServer> server;

    explicit SandboxFixture(int calls = 500, int latencyMs = 0, std::uint64_t seed = 7, double failRate = 0)
    {
        sandbox::SandboxOptions options;
        options.calls = calls;
        options.failRate = failRate;
        options.latencyMs = latencyMs;
        options.seed = seed;
        server = std::make_unique<sandbox::SandboxServer>(options);
        std::string error;
        if (!server->start(&error))
            qFatal("sandbox did not start: %s", error.c_str());
    }

    QUrl baseUrl() const { return QUrl(QString::fromStdString(server->baseUrl())); }
    QString key() const { return QString::fromStdString(server->apiKey()); }

    QList<CallId> idsWithStatus(const std::string& status, int limit = -1) const
    {
        QList<CallId> out;
        for (const auto& c : server->calls()) {
            if (c.status == status && (limit < 0 || out.size() < limit))
                out.append(*CallId::parse(QString::fromStdString(c.id)));
        }
        return out;
    }

    std::string statusOf(const CallId& id) const
    {
        const std::string text = id.toString().toStdString();
        for (const auto& c : server->calls()) {
            if (c.id == text)
                return c.status;
        }
        return {};
    }
};

} // namespace callstop::test
