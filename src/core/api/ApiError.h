#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

namespace callstop {

// Turns whatever the provider, a proxy or the network answered into one sentence an operator can act on.
class ApiError final
{
    Q_DECLARE_TR_FUNCTIONS(callstop::ApiError)

public:
    // Every error body shape the provider is known to send (see the API notes), plain text and HTML from proxies.
    // Returns an empty string when the body says nothing useful.
    static QString messageFromBody(const QByteArray& body);
    // A sentence for an HTTP status; the body's message is used when there is one. Never uses the reason
    // phrase (it is empty over HTTP/2).
    static QString httpErrorText(int httpStatus, const QByteArray& body);
    static QString statusName(int httpStatus);
    static QString networkErrorText(QNetworkReply::NetworkError error, const QString& detail, bool timedOut);
    // What is wrong with a server's certificate: expired, for another host, from an untrusted issuer.
    static QString sslErrorText(const QList<QSslError>& errors, const QString& host);

    // The answers of the API that the client takes as what they say (see the API notes):
    // - TerminateSuccess: a 2xx of a terminate endpoint, a JSON object with a string "message" (and neither
    //   "success": false nor an "error");
    // - Workspace: a JSON object with a "workspace_info" object (or the workspace's "id" or "name" at the top);
    // - CallDetails: a JSON object whose "data" is an object with a string "call_status";
    // - NotFound: a 404 of call-details, a JSON object with a "detail" (FastAPI's shape).
    enum class Answer { TerminateSuccess, Workspace, CallDetails, NotFound, Lookup };
    static bool hasDocumentedShape(Answer answer, const QByteArray& body);
    // A sentence for a whole answer that is not the API's: what it looks like (an HTML page names its likely
    // cause), its content type and, unless withExcerpt is false, a short, printable, redacted excerpt.
    static QString unexpectedAnswerText(
        int httpStatus, const QByteArray& contentType, const QByteArray& body, bool withExcerpt = true);
    // At most maxChars printable characters of a body (HTML reduced to its title and text), secrets redacted.
    static QString excerpt(const QByteArray& body, int maxChars = 200);
    // An answer abandoned because it was announced (announcedBytes, -1 when not) or grew longer than limit bytes.
    static QString answerTooLargeText(qint64 announcedBytes, qint64 limit);
    // A request abandoned when its deadline passed.
    static QString deadlineText(int deadlineMs);
    // A 3xx answer: redirects are never followed, so that the key goes to the configured host only.
    static QString redirectText(int httpStatus, const QString& targetHost);
    // "1 MiB", "4000000000 bytes": a size for a message.
    static QString sizeText(qint64 bytes);
};

} // namespace callstop
