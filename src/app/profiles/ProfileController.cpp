#include "ProfileController.h"

#include "ProfileDialog.h"
#include "SandboxServer.h"
#include "profiles/ProfileStore.h"
#include "secrets/CredentialStore.h"
#include "util/Logging.h"

#include <QComboBox>
#include <QLabel>
#include <QWidget>

namespace callstop {

ProfileController::ProfileController(const AppServices& services, QComboBox* combo, QLabel* banner, QLabel* notice,
    QWidget* window, std::function<bool()> isJobRunning)
    : QObject(window)
    , m_services(services)
    , m_combo(combo)
    , m_banner(banner)
    , m_notice(notice)
    , m_window(window)
    , m_isJobRunning(std::move(isJobRunning))
    // Until a stored key is found, the console works on the sandbox.
    , m_currentId(ProfileStore::sandboxId())
{
    connect(m_combo, &QComboBox::activated, this,
        [this](int index) { setCurrentProfile(m_combo->itemData(index).toString()); });
    connect(m_services.profiles, &ProfileStore::profilesChanged, this, &ProfileController::fillProfiles);
}

void ProfileController::start()
{
    if (m_services.sandbox)
        m_keys.insert(ProfileStore::sandboxId(), QString::fromStdString(m_services.sandbox->apiKey()));
    fillProfiles();
    loadKeys();
    updateProfileBanner();
}

void ProfileController::loadKeys()
{
    // The last profile used becomes current again once its key is found; until then, and without a key, the sandbox.
    const QString remembered = m_services.profiles->currentId();
    for (const Profile& p : m_services.profiles->profiles()) {
        if (p.isSandbox())
            continue;
        const QString id = p.id;
        ++m_keysPending;
        m_services.credentials->readKey(id, [self = QPointer(this), id, remembered](const CredentialResult& r) {
            // The keychain may answer after the window is gone.
            if (!self)
                return;
            self->onKeyRead(id, remembered, r);
        });
    }
}

void ProfileController::onKeyRead(const QString& id, const QString& remembered, const CredentialResult& r)
{
    const bool last = m_keysPending > 0 && --m_keysPending == 0;
    if (r.ok()) {
        m_keys.insert(id, r.secret);
        if (id == remembered && m_currentId == ProfileStore::sandboxId() && !m_isJobRunning())
            setCurrentProfile(id);
    } else if (r.status != CredentialResult::Status::NotFound) {
        qCWarning(lcSecrets) << "reading the key of profile" << id << "failed:" << r.error;
    }
    updateProfileBanner();
    emit changed();
    if (last)
        emit keysLoaded();
}

Profile ProfileController::currentProfile() const
{
    return m_services.profiles->find(m_currentId).value_or(Profile());
}

void ProfileController::fillProfiles()
{
    m_combo->clear();
    for (const Profile& p : m_services.profiles->profiles()) {
        m_combo->addItem(p.name, p.id);
        if (p.id == m_currentId)
            m_combo->setCurrentIndex(m_combo->count() - 1);
    }
    if (!m_services.profiles->find(m_currentId))
        setCurrentProfile(ProfileStore::sandboxId());
}

void ProfileController::setCurrentProfile(const QString& id)
{
    if (m_isJobRunning())
        return;
    if (!m_services.profiles->find(id))
        return;
    m_currentId = id;
    if (!currentProfile().isSandbox() || m_keys.contains(id))
        m_services.profiles->setCurrentId(id);
    const int index = m_combo->findData(id);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
    updateProfileBanner();
    emit changed();
}

void ProfileController::updateProfileBanner()
{
    const Profile p = currentProfile();
    QString text;
    if (p.isSandbox())
        text = tr("Sandbox: a simulator on this computer. No real call is affected.");
    else if (p.kind == Profile::Kind::Production)
        text = tr("PRODUCTION: real calls of your workspace will be stopped.");
    else
        text = tr("%1: %2").arg(p.name, p.baseUrl.host());
    m_banner->setText(text);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; }").arg(p.colour));
    m_window->setWindowTitle(tr("CallStop – %1").arg(p.name));

    QStringList notes;
    if (p.isSandbox()) {
        notes.append(tr("To connect to production: Settings › Profiles and Keys, choose Production, paste your API key "
                        "and save."));
    } else if (!m_keys.contains(p.id)) {
        notes.append(tr("No key for %1 yet: Settings › Profiles and Keys.").arg(p.name));
    }
    if (!m_services.keychainAvailable)
        notes.append(tr("No keychain is available: keys are kept for this session only."));
    m_notice->setText(notes.join(QLatin1Char(' ')));
    m_notice->setVisible(!notes.isEmpty());
}

void ProfileController::openProfiles()
{
    if (m_profileDialog)
        return;
    m_profileDialog = new ProfileDialog(m_services, &m_keys, m_currentId, m_window);
    m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_profileDialog, &ProfileDialog::keyChanged, this, &ProfileController::onKeyChanged);
    m_profileDialog->open();
}

void ProfileController::openProfilesForNewKey()
{
    m_resumeAfterNewKey = m_currentId;
    openProfiles();
}

void ProfileController::onKeyChanged(const QString& id)
{
    if (m_keys.contains(id) && id != m_currentId && currentProfile().isSandbox())
        setCurrentProfile(id);
    updateProfileBanner();
    emit changed();
    if (id == m_resumeAfterNewKey && m_keys.contains(id)) {
        m_resumeAfterNewKey.clear();
        emit newKeyEntered();
    }
}

} // namespace callstop
