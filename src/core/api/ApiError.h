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
};

} // namespace callstop
