#pragma once

#include "CredentialStore.h"

namespace callstop {

// Keys in the operating system's keychain (Secret Service, macOS Keychain, Windows Credential Manager) through
// QtKeychain, one entry per profile under the service name.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("CallStop"), QObject* parent = nullptr);

    void readKey(const QString& profileId, Callback done) override;
    void writeKey(const QString& profileId, const QString& key, Callback done) override;
    void deleteKey(const QString& profileId, Callback done) override;
    bool isPersistent() const override { return true; }

    // Asks the keychain for an entry that does not exist: NotFound means a working secret service.
    void probe(Callback done);

private:
    QString m_service;
};

} // namespace callstop
