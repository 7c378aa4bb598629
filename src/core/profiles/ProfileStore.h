#pragma once

#include "Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <optional>

class QSettings;

namespace callstop {

// The built-in Production and Sandbox profiles plus those the operator adds, kept in QSettings.
class ProfileStore final : public QObject
{
    Q_OBJECT

public:
    static QString productionId() { return QStringLiteral("production"); }
    static QString sandboxId() { return QStringLiteral("sandbox"); }
    static QUrl productionUrl() { return QUrl(QStringLiteral("https://prod-api.revenueable.ai/ca/api/v0")); }

    explicit ProfileStore(QSettings* settings, QObject* parent = nullptr);

    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString& id) const;
    std::optional<Profile> findByName(const QString& name) const;

    // Returns the new profile's id, or an empty string with error set.
    QString addProfile(const QString& name, const QUrl& baseUrl, QString* error);
    bool updateProfile(const Profile& profile, QString* error);
    bool removeProfile(const QString& id);
    // The CA file and proxy of any profile, the built-in ones included; checked before they are kept.
    bool setNetworkOptions(const QString& id, const NetworkOptions& options, QString* error);

    QString currentId() const;
    void setCurrentId(const QString& id);

    // The sandbox's address is known only once it runs.
    void setSandboxUrl(const QUrl& url);

signals:
    void profilesChanged();
    void currentChanged(const QString& id);

private:
    QList<Profile> customProfiles() const;
    NetworkOptions networkOptions(const QString& id) const;
    void saveCustom(const QList<Profile>& profiles);
    QString validate(const QString& name, const QUrl& url, const QString& exceptId) const;

    QSettings* m_settings;
    QUrl m_sandboxUrl;
};

} // namespace callstop
