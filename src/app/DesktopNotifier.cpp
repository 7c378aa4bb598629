#include "DesktopNotifier.h"

#include "util/Logging.h"
#include "util/Redactor.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QVariantMap>

namespace callstop {

DesktopNotifier::DesktopNotifier(QObject* parent)
    : QObject(parent)
{ }

bool DesktopNotifier::notify(const QString& summary, const QString& body)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(serviceName()))
        return false;
    QDBusMessage call
        = QDBusMessage::createMethodCall(serviceName(), objectPath(), serviceName(), QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("org.callstop.CallStop"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1)));
    call << QStringLiteral("CallStop") << uint(0) << QStringLiteral("org.callstop.CallStop")
         << Redactor::redact(summary) << Redactor::redact(body) << QStringList() << hints << int(-1);
    const bool sent = bus.send(call);
    qCDebug(lcJobs) << "desktop notification" << (sent ? "sent" : "not sent") << summary;
    return sent;
}

} // namespace callstop
