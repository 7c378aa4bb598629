#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace callstop {

struct CredentialResult
{
    enum class Status {
        Ok,
        NotFound, // no key stored yet for this profile
        Unavailable, // no secret service answered
        Failed, // the secret service answered with an error
    };
    Status status = Status::Failed;
    QString secret; // only with Ok on read
    QString error; // human text for Unavailable and Failed

    bool ok() const { return status == Status::Ok; }
};

// Where API keys live: one entry per profile. Every operation is asynchronous (the keychain may ask the user to
// unlock it); callbacks run on the caller's thread.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const CredentialResult&)>;

    using QObject::QObject;

    virtual void readKey(const QString& profileId, Callback done) = 0;
    virtual void writeKey(const QString& profileId, const QString& key, Callback done) = 0;
    virtual void deleteKey(const QString& profileId, Callback done) = 0;
    // True when keys survive the end of the session.
    virtual bool isPersistent() const = 0;
};

// Keeps keys for this session only: used when no secret service answers, and in tests.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;

    void readKey(const QString& profileId, Callback done) override;
    void writeKey(const QString& profileId, const QString& key, Callback done) override;
    void deleteKey(const QString& profileId, Callback done) override;
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QString> m_keys;
};

} // namespace callstop
