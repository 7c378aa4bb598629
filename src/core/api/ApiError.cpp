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
