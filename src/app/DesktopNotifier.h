#pragma once

#include <QObject>
#include <QString>

namespace callstop {

// Desktop notifications through the freedesktop.org notification service on the session bus (what GNOME, KDE and
// most other desktops provide). Without a session bus or service, notify() returns false and the caller falls back
// to QApplication::alert().
class DesktopNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject* parent = nullptr);

    static QString serviceName() { return QStringLiteral("org.freedesktop.Notifications"); }
    static QString objectPath() { return QStringLiteral("/org/freedesktop/Notifications"); }

    // Sends the notification without waiting for an answer; false when no notification service can be reached.
    bool notify(const QString& summary, const QString& body);
};

} // namespace callstop
