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
    bool timedOut = false;
    bool aborted = false; // aborted by us, not by a timeout
    QString message; // one human sentence: the server's message or the error
    QByteArray body; // the raw body of a terminate answer; empty for workspace
    QJsonObject data; // parsed, sanitised payload (workspace_info without the key)
    QByteArray retryAfter; // raw Retry-After header, if any
    qint64 elapsedMs = 0;

    bool isHttpSuccess() const { return httpStatus >= 200 && httpStatus < 300; }
    bool gotHttpAnswer() const { return httpStatus > 0; }
};

} // namespace callstop

Q_DECLARE_METATYPE(callstop::ApiResponse)
