#include "CredentialStore.h"

#include "util/Redactor.h"

#include <QTimer>

namespace callstop {

// Callbacks are queued so that the memory store behaves like the asynchronous keychain.
static void later(QObject* context, CredentialStore::Callback done, CredentialResult result)
{
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)] { done(result); });
}

void MemoryCredentialStore::readKey(const QString& profileId, Callback done)
{
    CredentialResult result;
    const auto it = m_keys.constFind(profileId);
    if (it == m_keys.constEnd()) {
        result.status = CredentialResult::Status::NotFound;
    } else {
        result.status = CredentialResult::Status::Ok;
        result.secret = it.value();
    }
    later(this, std::move(done), result);
}

void MemoryCredentialStore::writeKey(const QString& profileId, const QString& key, Callback done)
{
    m_keys.insert(profileId, key);
    Redactor::addSecret(key);
    later(this, std::move(done), {CredentialResult::Status::Ok, {}, {}});
}

void MemoryCredentialStore::deleteKey(const QString& profileId, Callback done)
{
    m_keys.remove(profileId);
    later(this, std::move(done), {CredentialResult::Status::Ok, {}, {}});
}

} // namespace callstop
