#pragma once

#include <QCoreApplication>
#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QString>

namespace callstop {

// How a profile reaches its server: extra CA certificates to trust (a TLS-inspecting corporate proxy's) and the
// proxy to use. Kept per profile; the CLI can override both.
struct NetworkOptions
{
    QString caFile; // a PEM bundle trusted in addition to the system's; empty: the system's only
    QString proxy; // empty: the system's proxy settings; "direct": none; else http://host:port or socks5://host:port

    bool operator==(const NetworkOptions& other) const { return caFile == other.caFile && proxy == other.proxy; }
    bool operator!=(const NetworkOptions& other) const { return !(*this == other); }
};

class NetworkSetup final
{
    Q_DECLARE_TR_FUNCTIONS(callstop::NetworkSetup)

public:
    static QString directKeyword() { return QStringLiteral("direct"); }

    // The proxy for a profile's text; false with error naming the value when it cannot be used.
    static bool parseProxy(const QString& text, QNetworkProxy* proxy, QString* error);
    // The certificates of a CA file; empty with error naming the file when it cannot be used.
    static QList<QSslCertificate> loadCaFile(const QString& path, QString* error);
    // Empty when both settings can be used, else why not.
    static QString check(const NetworkOptions& options);
    // One line for logs and the confirmation: "system proxy", "proxy http://host:3128, extra CA file /x.pem".
    static QString describe(const NetworkOptions& options);
};

} // namespace callstop
