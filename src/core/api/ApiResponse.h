#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

namespace callstop {

// What one request produced, as a value. The body of GET /workspace (which holds the key) is never kept here.
struct ApiResponse
{
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool timedOut = false; // no complete answer within the deadline (or the transfer stalled)
    bool aborted = false; // aborted by us, not by a timeout
    // The answer grew past ApiCall::MaxAnswerBytes (announced or counted) and was abandoned: no complete answer.
    bool tooLarge = false;
    // A whole 2xx (or 404 of call-details) answer arrived, but its body is not the API's documented answer of the
    // endpoint (a proxy's login page, text, {"success": false}): it proves nothing, above all not that a batch was
    // applied.
    bool unexpectedAnswer = false;
    QByteArray contentType; // of the answer, as sent
    QString message; // one human sentence: the server's message or the error
    QByteArray body; // the raw body of a terminate answer; empty for workspace
    QJsonObject data; // parsed, sanitised payload (workspace_info without the key)
    QByteArray retryAfter; // raw Retry-After header, if any
    qint64 elapsedMs = 0;

    // A whole HTTP answer arrived. A connection dropped after the status line is no answer, even with a status.
    bool gotCompleteAnswer() const
    {
        return httpStatus > 0 && !tooLarge && (networkError == QNetworkReply::NoError || int(networkError) >= 200);
    }
    // No whole answer, but the request may have been sent and applied (timeout, connection closed or reset).
    bool mayHaveReachedServer() const
    {
        if (gotCompleteAnswer())
            return false;
        switch (networkError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::TemporaryNetworkFailureError:
            return false;
        default:
            return true;
        }
    }
    // A 2xx answer that is the API's answer. A 2xx of another shape is not a success (see unexpectedAnswer).
    bool isHttpSuccess() const
    {
        return gotCompleteAnswer() && httpStatus >= 200 && httpStatus < 300 && !unexpectedAnswer;
    }
    // The API's own 404 (call-details: no such call), not a 404 page of a proxy or a wrong base URL.
    bool isApiNotFound() const { return gotCompleteAnswer() && httpStatus == 404 && !unexpectedAnswer; }
    bool gotHttpAnswer() const { return gotCompleteAnswer(); }
};

} // namespace callstop

Q_DECLARE_METATYPE(callstop::ApiResponse)
