#pragma once

#include "AppServices.h"
#include "profiles/Profile.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QComboBox;
class QLabel;
class QWidget;

namespace callstop {

struct CredentialResult;
class ProfileDialog;

// The profile the console works on and the keys known this session: reads the stored keys at start, fills the
// profile box, shows the banner and the notes under it, and opens the Profiles and Keys dialog. While a job runs
// the current profile does not change.
class ProfileController final : public QObject
{
    Q_OBJECT

public:
    // window: the parent of the dialogs, whose title names the profile. isJobRunning: asked before the profile changes.
    ProfileController(const AppServices& services, QComboBox* combo, QLabel* banner, QLabel* notice, QWidget* window,
        std::function<bool()> isJobRunning);

    // Adds the sandbox's key, fills the box and starts reading the stored keys; keysLoaded() follows.
    void start();

    Profile currentProfile() const;
    QString currentId() const { return m_currentId; }
    bool hasKey(const QString& id) const { return m_keys.contains(id); }
    QString key(const QString& id) const { return m_keys.value(id); }
    bool areKeysLoaded() const { return m_keysPending == 0; }

    void setCurrentProfile(const QString& id);
    void openProfiles();
    // Opens the dialog for the current profile's key after the server refused it; newKeyEntered() follows once a
    // new key for it is saved.
    void openProfilesForNewKey();

signals:
    // The current profile or the known keys changed: actions depend on it.
    void changed();
    // Every stored key has been read (or found missing) since start().
    void keysLoaded();
    // A new key was saved for the profile whose key the server had refused.
    void newKeyEntered();

private:
    void loadKeys();
    void onKeyRead(const QString& id, const QString& remembered, const CredentialResult& result);
    void fillProfiles();
    void updateProfileBanner();
    void onKeyChanged(const QString& id);

    AppServices m_services;
    QComboBox* m_combo;
    QLabel* m_banner;
    QLabel* m_notice;
    QWidget* m_window;
    std::function<bool()> m_isJobRunning;
    QHash<QString, QString> m_keys; // profile id -> key, this session only
    QString m_currentId;
    QString m_resumeAfterNewKey; // profile whose refused job waits for a new key
    int m_keysPending = 0; // keychain reads not yet answered
    QPointer<ProfileDialog> m_profileDialog;
};

} // namespace callstop
