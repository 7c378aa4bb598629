#pragma once

// Real HTTP against a SandboxServer on loopback, for the sandbox's own tests.

#include "SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrl>

namespace callstop::test {

struct SandboxReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QByteArray retryAfter;
};

inline SandboxReply sandboxSend(QNetworkAccessManager& nam, const sandbox::SandboxServer& server,
    const QByteArray& verb, const QString& pathAndQuery, const QByteArray& key, const QByteArray& body = {},
    int timeoutMs = 10000)
{
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/ca/api/v0%2").arg(server.port()).arg(pathAndQuery)));
    if (!key.isNull())
        req.setRawHeader("X-API-KEY", key);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = nam.sendCustomRequest(req, verb, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !spy.wait(timeoutMs + 5000))
        qFatal("no answer");
    SandboxReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    out.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return out;
}

// A query parameter with its value percent-encoded, '+' of an offset included.
inline QString queryItem(const char* name, const QString& value)
{
    return QString::fromLatin1(name) + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
}

inline QByteArray jsonBody(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QJsonArray stringArray(const std::vector<std::string>& items)
{
    QJsonArray a;
    for (const auto& s : items)
        a.append(QString::fromStdString(s));
    return a;
}

} // namespace callstop::test
