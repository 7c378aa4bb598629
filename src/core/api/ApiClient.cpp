#include "ApiClient.h"

#include "ApiError.h"
#include "util/Logging.h"
#include "util/Redactor.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace callstop {

namespace {

QJsonObject sanitisedWorkspace(const QByteArray& body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    QJsonObject info = root.value(QLatin1String("workspace_info")).toObject();
    if (info.isEmpty())
        info = root;
    QJsonObject out;
    for (const char* key : {"id", "name", "credits", "email", "plan"}) {
        const QJsonValue v = info.value(QLatin1String(key));
        if (!v.isUndefined())
            out.insert(QLatin1String(key), v);
    }
    return out;
}

} // namespace

ApiCall::ApiCall(QNetworkReply* reply, Kind kind, int deadlineMs, QObject* parent)
    : QObject(parent)
    , m_reply(reply)
    , m_kind(kind)
    , m_maxBytes(maxAnswerBytes(kind))
    , m_deadlineMs(deadlineMs)
{
    m_timer.start();
    // Without a bound Qt keeps whatever arrives until it is read; it is read as it comes and counted instead.
    reply->setReadBufferSize(ReadBufferBytes);
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiCall::checkAnnouncedLength);
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::readAvailable);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > m_maxBytes)
            abandon(Abandoned::TooLarge);
    });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
    // Recorded to name the problem; never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) { m_sslErrors += errors; });
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early: the deadline is a promise
    connect(&m_deadline, &QTimer::timeout, this, [this] { abandon(Abandoned::Deadline); });
    if (deadlineMs > 0)
        m_deadline.start(deadlineMs);
}

void ApiCall::abort()
{
    if (m_finished || !m_reply)
        return;
    m_aborted = true;
    m_reply->abort();
}

void ApiCall::abandon(Abandoned why)
{
    if (m_finished || !m_reply || m_abandoned != Abandoned::No)
        return;
    m_abandoned = why;
    qCWarning(lcApi) << "abandoning the answer of" << m_reply->request().url().path() << "after" << m_timer.elapsed()
                     << "ms:" << (why == Abandoned::TooLarge ? "too large" : "deadline passed");
    m_reply->abort();
}

void ApiCall::checkAnnouncedLength()
{
    if (m_finished || !m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid())
        return;
    m_announcedBytes = length.toLongLong();
    if (m_announcedBytes > m_maxBytes)
        abandon(Abandoned::TooLarge);
}

void ApiCall::readAvailable()
{
    if (m_finished || !m_reply || m_abandoned != Abandoned::No)
        return;
    while (m_reply->bytesAvailable() > 0) {
        // One byte more than allowed is enough to know that the answer is too long.
        const QByteArray chunk = m_reply->read(qMin(ReadBufferBytes, m_maxBytes + 1 - m_body.size()));
        if (chunk.isEmpty())
            break;
        m_body += chunk;
        if (m_body.size() > m_maxBytes) {
            abandon(Abandoned::TooLarge);
            return;
        }
    }
}

void ApiCall::onFinished()
{
    if (m_finished)
        return;
    // What is left in the reply's buffer (the last readyRead may still be queued).
    if (m_abandoned == Abandoned::No && m_reply && m_reply->isOpen()) {
        m_body += m_reply->read(m_maxBytes + 1 - m_body.size());
        if (m_body.size() > m_maxBytes)
            m_abandoned = Abandoned::TooLarge;
    }
    m_finished = true;
    m_deadline.stop();
    QNetworkReply* reply = m_reply;
    ApiResponse response;
    response.elapsedMs = m_timer.elapsed();
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.networkError = reply->error();
    response.aborted = m_aborted;
    response.tooLarge = m_abandoned == Abandoned::TooLarge;
    response.retryAfter = reply->rawHeader("Retry-After").left(128);
    response.contentType = reply->rawHeader("Content-Type").left(256);
    // A transfer timeout surfaces as OperationCanceledError; only we know whether we aborted.
    response.timedOut = m_abandoned == Abandoned::Deadline
        || (!m_aborted && m_abandoned == Abandoned::No
            && response.networkError == QNetworkReply::OperationCanceledError);
    const QByteArray body = m_abandoned == Abandoned::No ? std::exchange(m_body, {}) : QByteArray();
    m_body.clear();

    if (response.gotCompleteAnswer()) {
        const bool success = response.httpStatus >= 200 && response.httpStatus < 300;
        // Only the API's own answer counts: a 2xx from a portal or a gateway says nothing about the request.
        if (success) {
            const ApiError::Answer shape = m_kind == Kind::Terminate ? ApiError::Answer::TerminateSuccess
                : m_kind == Kind::Workspace                          ? ApiError::Answer::Workspace
                : m_kind == Kind::Lookup                             ? ApiError::Answer::Lookup
                                                                     : ApiError::Answer::CallDetails;
            response.unexpectedAnswer = !ApiError::hasDocumentedShape(shape, body);
        } else if (m_kind == Kind::CallDetails && response.httpStatus == 404) {
            response.unexpectedAnswer = !ApiError::hasDocumentedShape(ApiError::Answer::NotFound, body);
        }
        if (response.unexpectedAnswer) {
            // The workspace's answer can hold the key: no excerpt of it, redacted or not.
            response.message = ApiError::unexpectedAnswerText(
                response.httpStatus, response.contentType, body, m_kind != Kind::Workspace);
        } else if (success) {
            response.message = m_kind == Kind::Terminate ? ApiError::messageFromBody(body) : QString();
        } else if (response.httpStatus >= 300 && response.httpStatus < 400) {
            const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
            response.message = ApiError::redirectText(response.httpStatus, target.host());
        } else {
            response.message = ApiError::httpErrorText(response.httpStatus, body);
        }
        if (response.isHttpSuccess() && m_kind == Kind::Workspace)
            response.data = sanitisedWorkspace(body);
        else if (response.isHttpSuccess() && m_kind == Kind::CallDetails)
            response.data = QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toObject();
    } else if (response.tooLarge) {
        response.message = ApiError::answerTooLargeText(m_announcedBytes, m_maxBytes);
    } else if (response.timedOut) {
        // The deadline, or the transfer timeout (no byte for that long; it sees no header bytes) before it.
        response.message = ApiError::deadlineText(m_deadlineMs);
    } else {
        response.message = ApiError::networkErrorText(response.networkError, reply->errorString(), response.timedOut);
        if (!m_sslErrors.isEmpty())
            response.message = ApiError::sslErrorText(m_sslErrors, reply->request().url().host());
        // Qt reports a refused proxy as a refused server: say which one it was.
        const QNetworkProxy proxy = reply->manager() ? reply->manager()->proxy() : QNetworkProxy();
        if (proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy)
            response.message
                = tr("%1 (through the proxy %2:%3)").arg(response.message, proxy.hostName()).arg(proxy.port());
    }
    if (m_kind == Kind::Terminate)
        response.body = body.left(64 * 1024);
    else if (m_kind == Kind::Lookup && response.isHttpSuccess())
        response.body = body; // the page, for the look-up's parser (src/core/lookup), which checks its shape
    qCDebug(lcApi) << "answer" << reply->request().url().path() << "status" << response.httpStatus << "error"
                   << response.networkError << "in" << response.elapsedMs << "ms:" << response.message;
    reply->deleteLater();
    emit finished(response);
    deleteLater();
}

ApiClient::ApiClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
{
    m_lanes.append({network ? network : new QNetworkAccessManager(this), 0});
}

ApiClient::~ApiClient()
{
    Redactor::removeSecret(m_apiKey);
}

bool ApiClient::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ApiClient::checkBaseUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("'%1' is not a valid URL.").arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("Plain http is refused for %1: the key would travel unencrypted. Use https.").arg(url.host());
    }
    return tr("The URL scheme '%1' is not supported; use https.").arg(url.scheme());
}

void ApiClient::setBaseUrl(const QUrl& url)
{
    m_baseUrl = url;
}

void ApiClient::setApiKey(const QString& key)
{
    Redactor::removeSecret(m_apiKey);
    m_apiKey = key.trimmed();
    Redactor::addSecret(m_apiKey);
}

QNetworkRequest ApiClient::makeRequest(const QString& path) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    QNetworkRequest request(url);
    request.setRawHeader("X-API-KEY", m_apiKey.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("CallStop/" CALLSTOP_VERSION));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCas);
        request.setSslConfiguration(tls);
    }
    return request;
}

QByteArray ApiClient::terminateBody(const QList<CallId>& ids)
{
    QByteArray body;
    body.reserve(16 + ids.size() * (CallId::TextLength + 3));
    body.append("{\"call_ids\":[");
    char buffer[CallId::TextLength];
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            body.append(',');
        body.append('"');
        ids.at(i).writeCanonical(buffer);
        body.append(buffer, CallId::TextLength);
        body.append('"');
    }
    body.append("]}");
    return body;
}

int ApiClient::takeLane()
{
    int lane = 0;
    while (lane < m_lanes.size() && m_lanes.at(lane).inFlight >= ConnectionsPerManager)
        ++lane;
    if (lane == m_lanes.size()) {
        auto* manager = new QNetworkAccessManager(this);
        manager->setProxy(m_lanes.first().manager->proxy());
        m_lanes.append({manager, 0});
        qCDebug(lcApi) << "more than" << lane * ConnectionsPerManager << "requests in flight: network access manager"
                       << lane + 1;
    }
    ++m_lanes[lane].inFlight;
    return lane;
}

ApiCall* ApiClient::track(QNetworkReply* reply, ApiCall::Kind kind, int lane)
{
    auto* call = new ApiCall(reply, kind, m_timeoutMs, this);
    // Connected first, so the lane is free again before the caller hears of the answer (and sends the next one).
    connect(call, &ApiCall::finished, this, [this, lane] { --m_lanes[lane].inFlight; });
    return call;
}

ApiCall* ApiClient::terminateCalls(const QList<CallId>& ids)
{
    Q_ASSERT(ids.size() <= MaxIdsPerRequest);
    const QNetworkRequest request = makeRequest(QStringLiteral("/campaign/terminate/calls"));
    qCDebug(lcApi) << "PATCH" << request.url().toString() << ids.size() << "IDs";
    const int lane = takeLane();
    QNetworkReply* reply = m_lanes.at(lane).manager->sendCustomRequest(request, "PATCH", terminateBody(ids));
    return track(reply, ApiCall::Kind::Terminate, lane);
}

QString ApiClient::terminatePath(ScopeKind kind)
{
    switch (kind) {
    case ScopeKind::CallIds:
        return QStringLiteral("/campaign/terminate/calls");
    case ScopeKind::Numbers:
        return QStringLiteral("/campaign/terminate/numbers");
    case ScopeKind::Campaign:
        return QStringLiteral("/campaign/terminate/campaign");
    case ScopeKind::CampaignNumbers:
        return QStringLiteral("/campaign/terminate/campaign-numbers");
    case ScopeKind::Agent:
        return QStringLiteral("/campaign/terminate/agent");
    }
    return {};
}

QByteArray ApiClient::terminateBody(const BatchPayload& payload)
{
    if (payload.kind == ScopeKind::CallIds)
        return terminateBody(payload.ids);
    QJsonObject body;
    if (payload.kind == ScopeKind::Campaign || payload.kind == ScopeKind::CampaignNumbers)
        body.insert(QStringLiteral("campaign_id"), payload.campaignId);
    if (payload.kind == ScopeKind::Agent)
        body.insert(QStringLiteral("agent_id"), payload.agentId);
    if (payload.kind == ScopeKind::Numbers || payload.kind == ScopeKind::CampaignNumbers)
        body.insert(QStringLiteral("mobile_numbers"), QJsonArray::fromStringList(payload.numbers));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ApiCall* ApiClient::terminate(const BatchPayload& payload)
{
    if (payload.kind == ScopeKind::CallIds)
        return terminateCalls(payload.ids);
    Q_ASSERT(payload.numbers.size() <= MaxIdsPerRequest);
    const QNetworkRequest request = makeRequest(terminatePath(payload.kind));
    qCDebug(lcApi) << "PATCH" << request.url().toString() << ScopeKinds::key(payload.kind) << payload.itemCount()
                   << "items";
    const int lane = takeLane();
    QNetworkReply* reply = m_lanes.at(lane).manager->sendCustomRequest(request, "PATCH", terminateBody(payload));
    return track(reply, ApiCall::Kind::Terminate, lane);
}

ApiCall* ApiClient::fetchWorkspace()
{
    QNetworkRequest request = makeRequest(QStringLiteral("/workspace"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
    qCDebug(lcApi) << "GET" << request.url().toString();
    const int lane = takeLane();
    return track(m_lanes.at(lane).manager->get(request), ApiCall::Kind::Workspace, lane);
}

bool ApiClient::setNetworkOptions(const NetworkOptions& options, QString* error)
{
    QNetworkProxy proxy;
    if (!NetworkSetup::parseProxy(options.proxy, &proxy, error))
        return false;
    QList<QSslCertificate> cas;
    if (!options.caFile.isEmpty()) {
        cas = NetworkSetup::loadCaFile(options.caFile, error);
        if (cas.isEmpty())
            return false;
    }
    m_extraCas = cas;
    for (const Lane& lane : std::as_const(m_lanes))
        lane.manager->setProxy(proxy);
    qCDebug(lcApi) << "network:" << NetworkSetup::describe(options);
    return true;
}

ApiCall* ApiClient::fetchLookup(const QString& path, const QList<std::pair<QString, QString>>& query)
{
    QNetworkRequest request = makeRequest(path);
    QUrl url = request.url();
    QByteArray text;
    for (const auto& [name, value] : query) {
        if (!text.isEmpty())
            text += '&';
        text += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    url.setQuery(QString::fromLatin1(text), QUrl::StrictMode);
    request.setUrl(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
    qCDebug(lcApi) << "GET" << url.toString(QUrl::FullyEncoded);
    const int lane = takeLane();
    return track(m_lanes.at(lane).manager->get(request), ApiCall::Kind::Lookup, lane);
}

ApiCall* ApiClient::fetchCallDetails(const CallId& id)
{
    QNetworkRequest request = makeRequest(QStringLiteral("/calling/call-details"));
    QUrl url = request.url();
    url.setQuery(QStringLiteral("id=") + id.toString());
    request.setUrl(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
    const int lane = takeLane();
    return track(m_lanes.at(lane).manager->get(request), ApiCall::Kind::CallDetails, lane);
}

} // namespace callstop
