#include "ApiError.h"

#include "util/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace callstop {

namespace {

constexpr int MaxMessageLength = 300;

QString simplifyText(QString text)
{
    text = text.simplified();
    if (text.size() > MaxMessageLength)
        text = text.left(MaxMessageLength - 1) + QChar(0x2026);
    return text;
}

QString fromValue(const QJsonValue& value);

QString fromObject(const QJsonObject& object)
{
    // {"error": {"code": "...", "message": "..."}} and {"detail": {"code": "...", "message": "..."}}
    const QString message = object.value(QLatin1String("message")).toString();
    const QString msg = object.value(QLatin1String("msg")).toString();
    QString code = object.value(QLatin1String("code")).toVariant().toString();
    QString text = !message.isEmpty() ? message : msg;
    if (text.isEmpty()) {
        for (const char* key : {"detail", "error", "errors", "title"}) {
            const QJsonValue v = object.value(QLatin1String(key));
            if (!v.isUndefined() && !v.isNull()) {
                text = fromValue(v);
                if (!text.isEmpty())
                    break;
            }
        }
    }
    const QJsonArray loc = object.value(QLatin1String("loc")).toArray();
    if (!text.isEmpty() && !loc.isEmpty()) {
        QStringList parts;
        for (const auto& p : loc)
            parts.append(p.toVariant().toString());
        text = QStringLiteral("%1: %2").arg(parts.join(QLatin1Char('.')), text);
    }
    if (text.isEmpty())
        return code;
    if (!code.isEmpty() && !text.contains(code))
        return QStringLiteral("%1 (%2)").arg(text, code);
    return text;
}

QString fromValue(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return fromObject(value.toObject());
    if (value.isArray()) {
        QStringList parts;
        const QJsonArray items = value.toArray();
        for (const auto& item : items) {
            const QString part = fromValue(item);
            if (!part.isEmpty())
                parts.append(part);
        }
        return parts.join(QStringLiteral("; "));
    }
    if (value.isDouble() || value.isBool())
        return value.toVariant().toString();
    return {};
}

QString fromHtml(QString text)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const auto m = title.match(text);
    if (m.hasMatch() && !m.captured(1).trimmed().isEmpty())
        return m.captured(1);
    static const QRegularExpression scripts(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(scripts);
    text.replace(tags, QStringLiteral(" "));
    return text;
}

bool looksLikeHtml(const QByteArray& contentType, const QByteArray& body)
{
    if (contentType.toLower().contains("html"))
        return true;
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<html")
        || start.contains("<head") || start.contains("<body");
}

// Control characters (a hostile body can carry terminal escapes) become spaces; the text is then one line.
QString printable(QString text)
{
    for (QChar& c : text) {
        if (!c.isPrint())
            c = QLatin1Char(' ');
    }
    return text.simplified();
}

} // namespace

QString ApiError::messageFromBody(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    QString text;
    if (error.error == QJsonParseError::NoError) {
        if (doc.isObject())
            text = fromObject(doc.object());
        else if (doc.isArray())
            text = fromValue(doc.array());
    } else {
        text = QString::fromUtf8(trimmed.left(64 * 1024));
        if (text.contains(QLatin1Char('<')))
            text = fromHtml(text);
    }
    return Redactor::redact(simplifyText(text));
}

bool ApiError::hasDocumentedShape(Answer answer, const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    switch (answer) {
    case Answer::TerminateSuccess: {
        // Some gateways wrap a refusal in a 200: {"success": false, "error": {...}} or {"message": ..., "error": ...}.
        const QJsonValue success = root.value(QLatin1String("success"));
        if (success.isBool() && !success.toBool())
            return false;
        const QJsonValue failure = root.value(QLatin1String("error"));
        if (!failure.isUndefined() && !failure.isNull())
            return false;
        return root.value(QLatin1String("message")).isString();
    }
    case Answer::Workspace: {
        if (root.value(QLatin1String("workspace_info")).isObject())
            return true;
        return root.value(QLatin1String("id")).isString() || root.value(QLatin1String("name")).isString();
    }
    case Answer::CallDetails:
        return root.value(QLatin1String("data")).toObject().value(QLatin1String("call_status")).isString();
    case Answer::Lookup:
        // Each look-up's parser (src/core/lookup) checks the rest; a JSON object is where any of them starts.
        return true;
    case Answer::NotFound: {
        const QJsonValue detail = root.value(QLatin1String("detail"));
        return detail.isString() || detail.isObject() || detail.isArray();
    }
    }
    return false;
}

QString ApiError::excerpt(const QByteArray& body, int maxChars)
{
    // A window of the body is enough for a few hundred characters, even of HTML; the redaction runs on the whole
    // window before it is cut, and the window's last characters are dropped when the body goes on, so that no
    // secret is shown cut in half (where the redactor could not recognise it).
    constexpr qsizetype Window = 16 * 1024;
    constexpr qsizetype SecretMargin = 128;
    QString text = QString::fromUtf8(body.left(Window));
    text = Redactor::redact(text);
    if (body.size() > Window)
        text.chop(qMin(text.size(), SecretMargin));
    if (looksLikeHtml({}, body) || text.contains(QLatin1String("</")))
        text = fromHtml(text);
    text = printable(text);
    if (text.size() > maxChars)
        text = text.left(qMax(0, maxChars - 1)) + QChar(0x2026);
    return text;
}

QString ApiError::sizeText(qint64 bytes)
{
    if (bytes > 0 && bytes % (1024 * 1024) == 0)
        return tr("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes > 0 && bytes % 1024 == 0)
        return tr("%1 KiB").arg(bytes / 1024);
    return tr("%1 bytes").arg(bytes);
}

QString ApiError::answerTooLargeText(qint64 announcedBytes, qint64 limit)
{
    if (announcedBytes > limit)
        return tr("The answer was announced as %1 bytes, more than the %2 an answer of the API can be; it was "
                  "abandoned unread, so no complete answer arrived.")
            .arg(announcedBytes)
            .arg(sizeText(limit));
    return tr("The answer grew longer than the %1 an answer of the API can be; it was abandoned, so no complete "
              "answer arrived.")
        .arg(sizeText(limit));
}

QString ApiError::deadlineText(int deadlineMs)
{
    return tr("The request timed out: no complete answer within %1 ms.").arg(deadlineMs);
}

QString ApiError::redirectText(int httpStatus, const QString& targetHost)
{
    const QString host = printable(Redactor::redact(targetHost.left(255)));
    if (host.isEmpty())
        return tr("The server answered HTTP %1, a redirect; redirects are not followed, so that the key goes to the "
                  "configured host only. Check the base URL.")
            .arg(httpStatus);
    return tr("The server answered HTTP %1, a redirect to %2; redirects are not followed, so that the key goes to "
              "the configured host only. Check the base URL.")
        .arg(httpStatus)
        .arg(host);
}

QString ApiError::unexpectedAnswerText(
    int httpStatus, const QByteArray& contentType, const QByteArray& body, bool withExcerpt)
{
    const QByteArray trimmed = body.trimmed();
    QString what;
    if (trimmed.isEmpty()) {
        what = tr("an empty body");
    } else if (looksLikeHtml(contentType, trimmed)) {
        what = tr("an HTML page: probably a proxy or captive portal login, or a wrong base URL");
    } else {
        QJsonParseError error;
        QJsonDocument::fromJson(trimmed, &error);
        what = error.error == QJsonParseError::NoError ? tr("JSON of another shape") : tr("text that is not JSON");
    }
    // The content type is the server's text: shown shortened and printable, never trusted.
    QString type = printable(Redactor::redact(QString::fromLatin1(contentType.left(100))));
    if (type.isEmpty())
        type = tr("none");
    QString text
        = tr("Unexpected answer (HTTP %1, content type %2), not the API's answer: %3.").arg(httpStatus).arg(type, what);
    const QString sample = withExcerpt ? excerpt(trimmed) : QString();
    if (!sample.isEmpty())
        text += QLatin1Char(' ') + tr("Excerpt: \"%1\".").arg(sample);
    return text;
}

QString ApiError::statusName(int status)
{
    switch (status) {
    case 400:
        return tr("Bad Request");
    case 401:
        return tr("Unauthorized");
    case 403:
        return tr("Forbidden");
    case 404:
        return tr("Not Found");
    case 408:
        return tr("Request Timeout");
    case 409:
        return tr("Conflict");
    case 413:
        return tr("Payload Too Large");
    case 422:
        return tr("Unprocessable Entity");
    case 429:
        return tr("Too Many Requests");
    case 500:
        return tr("Internal Server Error");
    case 502:
        return tr("Bad Gateway");
    case 503:
        return tr("Service Unavailable");
    case 504:
        return tr("Gateway Timeout");
    default:
        return {};
    }
}

QString ApiError::httpErrorText(int status, const QByteArray& body)
{
    const QString fromBody = messageFromBody(body);
    const QString name = statusName(status);
    const QString code = name.isEmpty() ? tr("HTTP %1").arg(status) : tr("HTTP %1 %2").arg(status).arg(name);
    QString hint;
    if (status == 401)
        hint = tr("The API key was refused; it may have been regenerated in the dashboard.");
    else if (status == 403)
        hint = tr("The API key is valid but not allowed to do this.");
    else if (status == 429)
        hint = tr("The server is limiting the request rate.");
    if (fromBody.isEmpty())
        return hint.isEmpty() ? tr("The server answered %1.").arg(code) : tr("%1 (%2)").arg(hint, code);
    // Bodies such as {"error": {"code": "401 Unauthorized"}} name the status already.
    if (fromBody.contains(QString::number(status)))
        return hint.isEmpty() ? fromBody : tr("%1 %2").arg(hint, fromBody);
    if (hint.isEmpty())
        return tr("%1 (%2)").arg(fromBody, code);
    return tr("%1 %2 (%3)").arg(hint, fromBody, code);
}

QString ApiError::networkErrorText(QNetworkReply::NetworkError error, const QString& detail, bool timedOut)
{
    if (timedOut)
        return tr("The request timed out: no complete answer arrived in time.");
    switch (error) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
        return tr("The server refused the connection; is the address right and the service running?");
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server closed the connection before answering.");
    case QNetworkReply::HostNotFoundError:
        return tr("The server's host name could not be found; check the base URL and the network.");
    case QNetworkReply::TimeoutError:
        return tr("The connection timed out.");
    case QNetworkReply::OperationCanceledError:
        return tr("The request was aborted before an answer arrived.");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The secure connection failed: %1").arg(Redactor::redact(detail));
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("The network is not available.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The proxy failed: %1").arg(Redactor::redact(detail));
    default:
        return tr("Network error: %1").arg(Redactor::redact(detail));
    }
}

QString ApiError::sslErrorText(const QList<QSslError>& errors, const QString& host)
{
    QStringList problems;
    for (const QSslError& e : errors) {
        QString text;
        switch (e.error()) {
        case QSslError::CertificateExpired:
            text = tr("its certificate has expired");
            break;
        case QSslError::CertificateNotYetValid:
            text = tr("its certificate is not valid yet (is this computer's clock right?)");
            break;
        case QSslError::HostNameMismatch:
            text = tr("its certificate is for another host name");
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            text = tr("its certificate is issued by an authority this computer does not trust (behind a corporate "
                      "proxy, add the proxy's CA to the profile)");
            break;
        case QSslError::CertificateRevoked:
            text = tr("its certificate has been revoked");
            break;
        default:
            text = e.errorString();
            break;
        }
        if (!problems.contains(text))
            problems.append(text);
    }
    return tr("The secure connection to %1 was refused: %2.").arg(host, problems.join(QStringLiteral("; ")));
}

} // namespace callstop
