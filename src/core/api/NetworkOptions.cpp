#include "NetworkOptions.h"

#include "util/Redactor.h"

#include <QFile>
#include <QUrl>

namespace callstop {

bool NetworkSetup::parseProxy(const QString& text, QNetworkProxy* proxy, QString* error)
{
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        *proxy = QNetworkProxy(QNetworkProxy::DefaultProxy); // the application's, i.e. the system's settings
        return true;
    }
    if (value.compare(directKeyword(), Qt::CaseInsensitive) == 0) {
        *proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        return true;
    }
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::DefaultProxy;
    if (scheme == QLatin1String("http"))
        type = QNetworkProxy::HttpProxy;
    else if (scheme == QLatin1String("socks5"))
        type = QNetworkProxy::Socks5Proxy;
    if (!url.isValid() || url.host().isEmpty() || type == QNetworkProxy::DefaultProxy) {
        *error = tr("the proxy '%1' is not of the form http://host:port, socks5://host:port or 'direct'")
                     .arg(Redactor::redact(value));
        return false;
    }
    if (!url.password().isEmpty()) {
        // It would sit in a plain settings file or on a command line that other users can read.
        *error = tr("the proxy address %1 holds a password; CallStop does not keep proxy passwords: use the system's "
                    "proxy settings for a proxy that needs one")
                     .arg(url.toString(QUrl::RemovePassword));
        return false;
    }
    if (url.port() <= 0) {
        *error = tr("the proxy '%1' names no port").arg(Redactor::redact(value));
        return false;
    }
    *proxy = QNetworkProxy(type, url.host(), quint16(url.port()), url.userName());
    return true;
}

QList<QSslCertificate> NetworkSetup::loadCaFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the CA file %1: %2").arg(path, file.errorString());
        return {};
    }
    if (file.size() > 16 * 1024 * 1024) {
        *error = tr("the CA file %1 is larger than 16 MiB; it is not a certificate bundle").arg(path);
        return {};
    }
    QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        *error = tr("%1 holds no PEM certificate").arg(path);
    return certificates;
}

QString NetworkSetup::check(const NetworkOptions& options)
{
    QString error;
    QNetworkProxy proxy;
    if (!parseProxy(options.proxy, &proxy, &error))
        return error;
    if (!options.caFile.isEmpty() && loadCaFile(options.caFile, &error).isEmpty())
        return error;
    return {};
}

QString NetworkSetup::describe(const NetworkOptions& options)
{
    QString proxy;
    if (options.proxy.trimmed().isEmpty()) {
        proxy = tr("system proxy settings");
    } else if (options.proxy.trimmed().compare(directKeyword(), Qt::CaseInsensitive) == 0) {
        proxy = tr("no proxy");
    } else {
        QUrl url(options.proxy.trimmed());
        url.setPassword({});
        proxy = tr("proxy %1").arg(url.toString());
    }
    if (options.caFile.isEmpty())
        return proxy;
    return tr("%1, extra CA file %2").arg(proxy, options.caFile);
}

} // namespace callstop
