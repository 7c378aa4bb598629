#include "KeychainCredentialStore.h"

#include "util/Logging.h"
#include "util/Redactor.h"

#include <qt6keychain/keychain.h>

namespace callstop {

namespace {

CredentialResult resultOf(QKeychain::Job* job)
{
    CredentialResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = CredentialResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = CredentialResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // QtKeychain 0.13 reports a missing Secret Service as OtherError, at once.
        result.status = CredentialResult::Status::Unavailable;
        result.error = KeychainCredentialStore::tr("No keychain is available: %1").arg(job->errorString());
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
        result.status = CredentialResult::Status::Failed;
        result.error = KeychainCredentialStore::tr("The keychain refused: %1").arg(job->errorString());
        break;
    }
    result.error = Redactor::redact(result.error);
    return result;
}

} // namespace

// Jobs have no parent: QtKeychain's libsecret backend calls back into a job when its D-Bus answer arrives, so a job
// deleted before that (with a parent that went away) crashes. Each job deletes itself once finished; the connection
// to this store is what drops the callback when the store is gone first.
KeychainCredentialStore::KeychainCredentialStore(QString service, QObject* parent)
    : CredentialStore(parent)
    , m_service(std::move(service))
{ }

void KeychainCredentialStore::readKey(const QString& profileId, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(profileId);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done), profileId](QKeychain::Job* j) {
        CredentialResult result = resultOf(j);
        if (result.ok()) {
            result.secret = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
            Redactor::addSecret(result.secret);
        }
        qCDebug(lcSecrets) << "read key of profile" << profileId << "status" << int(result.status);
        done(result);
    });
    job->start();
}

void KeychainCredentialStore::writeKey(const QString& profileId, const QString& key, Callback done)
{
    Redactor::addSecret(key);
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(profileId);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done), profileId](QKeychain::Job* j) {
        const CredentialResult result = resultOf(j);
        qCDebug(lcSecrets) << "wrote key of profile" << profileId << "status" << int(result.status);
        done(result);
    });
    job->start();
}

void KeychainCredentialStore::deleteKey(const QString& profileId, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(profileId);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done), profileId](QKeychain::Job* j) {
        CredentialResult result = resultOf(j);
        // Forgetting a key that is not there is not an error.
        if (result.status == CredentialResult::Status::NotFound)
            result.status = CredentialResult::Status::Ok;
        qCDebug(lcSecrets) << "deleted key of profile" << profileId << "status" << int(result.status);
        done(result);
    });
    job->start();
}

void KeychainCredentialStore::probe(Callback done)
{
    readKey(QStringLiteral("__callstop_probe__"), std::move(done));
}

} // namespace callstop
