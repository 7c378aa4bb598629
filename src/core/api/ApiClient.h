#pragma once

#include "ApiResponse.h"
#include "NetworkOptions.h"
#include "ids/CallId.h"
#include "jobs/BatchPayload.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <utility>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace callstop {

// One request in flight. Deletes itself after finished() has been emitted.
// The answer is read as it arrives and never kept beyond MaxAnswerBytes: an answer announced or grown longer is
// abandoned (tooLarge). deadlineMs bounds the whole request, from sending to the last byte of the answer; the
// transfer timeout only notices a transfer that stalls, and a server that drips one byte at a time restarts it.
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    // Lookup: a page of /calling/history, /campaign/all or /agent/all, parsed by src/core/lookup.
    enum class Kind { Terminate, Workspace, CallDetails, Lookup };
    // The API's answers are a few hundred bytes (a call's details a few KiB); a megabyte is not one of them.
    static constexpr qint64 MaxAnswerBytes = 1024 * 1024;
    // A page of look-ups carries up to a thousand records, each with texts of its own (a call's transcript); the
    // readers ask for pages that fit well within this.
    static constexpr qint64 MaxLookupAnswerBytes = 32 * 1024 * 1024;
    static constexpr qint64 maxAnswerBytes(Kind kind)
    {
        return kind == Kind::Lookup ? MaxLookupAnswerBytes : MaxAnswerBytes;
    }
    // Reads of the network stack are held to this much at a time, so that an answer never piles up unread.
    static constexpr qint64 ReadBufferBytes = 64 * 1024;

    ApiCall(QNetworkReply* reply, Kind kind, int deadlineMs, QObject* parent);
    // Aborts the request; finished() is emitted with aborted set. What the server did with it is unknown.
    void abort();
    bool isFinished() const { return m_finished; }

signals:
    void finished(const callstop::ApiResponse& response);

private:
    enum class Abandoned { No, TooLarge, Deadline };

    void readAvailable();
    void checkAnnouncedLength();
    // Gives up on the answer: the reply is aborted and finishes without a complete answer.
    void abandon(Abandoned why);
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    Kind m_kind;
    qint64 m_maxBytes;
    int m_deadlineMs;
    QList<QSslError> m_sslErrors;
    QElapsedTimer m_timer;
    QTimer m_deadline;
    QByteArray m_body;
    qint64 m_announcedBytes = -1;
    Abandoned m_abandoned = Abandoned::No;
    bool m_aborted = false;
    bool m_finished = false;
};

// The client of the provider's API for one profile: base URL and key. The key is put on a request in exactly one
// place (makeRequest), is registered with the Redactor, and never leaves this class otherwise.
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxIdsPerRequest = 100;
    static constexpr int DefaultTimeoutMs = 30000;
    // Qt opens at most 6 connections to one host per network access manager (a fixed channel count in its HTTP
    // client); further requests wait in its queue. Beyond that many in flight the client adds managers, so that a
    // job of 8 or 16 in flight really has them on the wire.
    static constexpr int ConnectionsPerManager = 6;

    // The network access manager is injected so tests and the sandbox profile can share or replace it; the client
    // creates its own when given none.
    explicit ApiClient(QNetworkAccessManager* network = nullptr, QObject* parent = nullptr);
    ~ApiClient() override;

    // Returns an empty string when the URL can be used, else why not (plain http is only for loopback hosts).
    static QString checkBaseUrl(const QUrl& url);
    static bool isLoopbackHost(const QString& host);

    void setBaseUrl(const QUrl& url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString& key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    // The deadline of every request, from sending to the last byte of the answer (also its transfer timeout).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Certificates trusted in addition to the system's (a corporate proxy's CA). Certificate errors are never
    // ignored.
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCas = certificates; }
    // A profile's CA file and proxy. The proxy is set on the network access manager, which serves one profile at a
    // time. False, with error naming the value, when either cannot be used; nothing is changed then.
    bool setNetworkOptions(const NetworkOptions& options, QString* error);
    int timeoutMs() const { return m_timeoutMs; }
    QNetworkAccessManager* network() const { return m_lanes.first().manager; }
    // Network access managers in use (one per ConnectionsPerManager requests in flight at the busiest moment).
    int managerCount() const { return int(m_lanes.size()); }

    // PATCH /campaign/terminate/calls with at most MaxIdsPerRequest IDs.
    ApiCall* terminateCalls(const QList<CallId>& ids);
    // The terminate request of any scope: the endpoint and body its kind calls for (at most MaxIdsPerRequest items).
    ApiCall* terminate(const BatchPayload& payload);
    static QString terminatePath(ScopeKind kind);
    // GET /workspace: tests the key; the answer's data holds name, credits and id, never the key.
    ApiCall* fetchWorkspace();
    // GET /calling/call-details?id=: the answer's data holds call_status and call_sub_status.
    ApiCall* fetchCallDetails(const CallId& id);
    // GET of a look-up (path such as /calling/history) with its query items, each value percent-encoded (the '+' of
    // a time-zone offset included). The whole body (at most MaxLookupAnswerBytes) is in the response's body.
    ApiCall* fetchLookup(const QString& path, const QList<std::pair<QString, QString>>& query);

    static QByteArray terminateBody(const QList<CallId>& ids);
    static QByteArray terminateBody(const BatchPayload& payload);

private:
    struct Lane
    {
        QNetworkAccessManager* manager = nullptr;
        int inFlight = 0;
    };

    QNetworkRequest makeRequest(const QString& path) const;
    // The first manager with a free connection, a new one when all are busy; counts the request in flight on it.
    int takeLane();
    ApiCall* track(QNetworkReply* reply, ApiCall::Kind kind, int lane);

    QList<Lane> m_lanes; // the first is the injected (or own) manager
    QUrl m_baseUrl;
    QString m_apiKey;
    int m_timeoutMs = DefaultTimeoutMs;
    QList<QSslCertificate> m_extraCas;
};

} // namespace callstop
