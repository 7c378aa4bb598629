#include "ProfileStore.h"

#include "api/ApiClient.h"
#include "util/Logging.h"

#include <QSettings>
#include <QUuid>

namespace callstop {

ProfileStore::ProfileStore(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{ }

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> out;
    out.append(
        {productionId(), tr("Production"), productionUrl(), QStringLiteral("#c62828"), Profile::Kind::Production});
    out.append({sandboxId(), tr("Sandbox"), m_sandboxUrl, QStringLiteral("#2e7d32"), Profile::Kind::Sandbox});
    out.append(customProfiles());
    for (Profile& p : out)
        p.network = networkOptions(p.id);
    return out;
}

NetworkOptions ProfileStore::networkOptions(const QString& id) const
{
    NetworkOptions options;
    options.caFile = m_settings->value(QStringLiteral("network/%1/caFile").arg(id)).toString();
    options.proxy = m_settings->value(QStringLiteral("network/%1/proxy").arg(id)).toString();
    return options;
}

bool ProfileStore::setNetworkOptions(const QString& id, const NetworkOptions& options, QString* error)
{
    const auto profile = find(id);
    if (!profile) {
        if (error)
            *error = tr("There is no profile %1.").arg(id);
        return false;
    }
    const QString problem = NetworkSetup::check(options);
    if (!problem.isEmpty()) {
        if (error)
            *error = tr("Profile %1: %2").arg(profile->name, problem);
        return false;
    }
    if (profile->network == options)
        return true;
    const QString group = QStringLiteral("network/%1").arg(id);
    m_settings->remove(group);
    if (!options.caFile.isEmpty())
        m_settings->setValue(group + QStringLiteral("/caFile"), options.caFile);
    if (!options.proxy.trimmed().isEmpty())
        m_settings->setValue(group + QStringLiteral("/proxy"), options.proxy.trimmed());
    m_settings->sync();
    qCInfo(lcProfiles) << "profile" << profile->name << "network:" << NetworkSetup::describe(options);
    emit profilesChanged();
    return true;
}

QList<Profile> ProfileStore::customProfiles() const
{
    QList<Profile> out;
    const int n = m_settings->beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.id = m_settings->value(QStringLiteral("id")).toString();
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString());
        p.colour = m_settings->value(QStringLiteral("colour"), QStringLiteral("#1565c0")).toString();
        p.kind = Profile::Kind::Custom;
        if (!p.id.isEmpty() && !p.name.isEmpty())
            out.append(p);
    }
    m_settings->endArray();
    return out;
}

void ProfileStore::saveCustom(const QList<Profile>& profiles)
{
    m_settings->beginWriteArray(QStringLiteral("profiles"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        const Profile& p = profiles.at(i);
        m_settings->setValue(QStringLiteral("id"), p.id);
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("baseUrl"), p.baseUrl.toString());
        m_settings->setValue(QStringLiteral("colour"), p.colour);
    }
    m_settings->endArray();
    m_settings->sync();
    emit profilesChanged();
}

std::optional<Profile> ProfileStore::find(const QString& id) const
{
    for (const Profile& p : profiles()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::findByName(const QString& name) const
{
    for (const Profile& p : profiles()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0 || p.id == name)
            return p;
    }
    return std::nullopt;
}

QString ProfileStore::validate(const QString& name, const QUrl& url, const QString& exceptId) const
{
    if (name.trimmed().isEmpty())
        return tr("A profile needs a name.");
    for (const Profile& p : profiles()) {
        if (p.id != exceptId && p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return tr("A profile named '%1' exists already.").arg(p.name);
    }
    return ApiClient::checkBaseUrl(url);
}

QString ProfileStore::addProfile(const QString& name, const QUrl& baseUrl, QString* error)
{
    const QString problem = validate(name, baseUrl, {});
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    Profile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = name.trimmed();
    p.baseUrl = baseUrl;
    p.colour = QStringLiteral("#1565c0");
    QList<Profile> custom = customProfiles();
    custom.append(p);
    saveCustom(custom);
    qCInfo(lcProfiles) << "added profile" << p.name << p.baseUrl.toString();
    return p.id;
}

bool ProfileStore::updateProfile(const Profile& profile, QString* error)
{
    QList<Profile> custom = customProfiles();
    for (Profile& p : custom) {
        if (p.id != profile.id)
            continue;
        const QString problem = validate(profile.name, profile.baseUrl, profile.id);
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return false;
        }
        p.name = profile.name.trimmed();
        p.baseUrl = profile.baseUrl;
        p.colour = profile.colour;
        saveCustom(custom);
        return true;
    }
    if (error)
        *error = tr("Built-in profiles cannot be changed.");
    return false;
}

bool ProfileStore::removeProfile(const QString& id)
{
    QList<Profile> custom = customProfiles();
    const auto removed = custom.removeIf([&](const Profile& p) { return p.id == id; });
    if (removed == 0)
        return false;
    saveCustom(custom);
    m_settings->remove(QStringLiteral("network/%1").arg(id));
    if (m_settings->value(QStringLiteral("currentProfile")).toString() == id)
        setCurrentId(sandboxId());
    return true;
}

QString ProfileStore::currentId() const
{
    const QString id = m_settings->value(QStringLiteral("currentProfile")).toString();
    return find(id) ? id : QString();
}

void ProfileStore::setCurrentId(const QString& id)
{
    if (id == m_settings->value(QStringLiteral("currentProfile")).toString())
        return;
    m_settings->setValue(QStringLiteral("currentProfile"), id);
    emit currentChanged(id);
}

void ProfileStore::setSandboxUrl(const QUrl& url)
{
    m_sandboxUrl = url;
    emit profilesChanged();
}

} // namespace callstop
