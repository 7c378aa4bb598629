#include "secrets/KeychainCredentialStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace callstop;

namespace {

CredentialResult wait(const std::function<void(CredentialStore::Callback)>& start)
{
    CredentialResult result;
    bool done = false;
    start([&](const CredentialResult& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        qFatal("the credential store did not answer");
    return result;
}

} // namespace

// Runs twice: inside a private D-Bus session with an unlocked gnome-keyring (CALLSTOP_EXPECT_KEYRING=1), and with
// no session bus at all (CALLSTOP_EXPECT_KEYRING=0), where the fallback must take over.
class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeReadDelete();
    void unavailableWithoutSecretService();
    void memoryFallback();

private:
    bool m_expectKeyring = false;
};

void TestKeychainCredentialStore::initTestCase()
{
    m_expectKeyring = qEnvironmentVariableIntValue("CALLSTOP_EXPECT_KEYRING") == 1;
}

void TestKeychainCredentialStore::storeReadDelete()
{
    if (!m_expectKeyring)
        QSKIP("runs in the keyring session (tst_keychaincredentialstore_real)");
    KeychainCredentialStore store(QStringLiteral("CallStopTest"));
    const QString profile = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);

    CredentialResult r = wait([&](auto cb) { store.probe(cb); });
    QCOMPARE(r.status, CredentialResult::Status::NotFound);

    r = wait([&](auto cb) { store.readKey(profile, cb); });
    QCOMPARE(r.status, CredentialResult::Status::NotFound);

    r = wait([&](auto cb) { store.writeKey(profile, key, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error));

    r = wait([&](auto cb) { store.readKey(profile, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.secret, key);

    // A second profile does not see the first one's key.
    r = wait([&](auto cb) { store.readKey(profile + QStringLiteral("-other"), cb); });
    QCOMPARE(r.status, CredentialResult::Status::NotFound);

    r = wait([&](auto cb) { store.deleteKey(profile, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error));
    r = wait([&](auto cb) { store.readKey(profile, cb); });
    QCOMPARE(r.status, CredentialResult::Status::NotFound);
    // Deleting what is not there is fine.
    r = wait([&](auto cb) { store.deleteKey(profile, cb); });
    QVERIFY(r.ok());

    // The key is in no file under the throw-away HOME other than the keyring's own encrypted store.
    const QString home = qEnvironmentVariable("HOME");
    QVERIFY(!home.isEmpty());
    QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    r = wait([&](auto cb) { store.writeKey(profile, key, cb); });
    QVERIFY(r.ok());
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains(key.toLatin1()), qPrintable(f.fileName()));
    }
    wait([&](auto cb) { store.deleteKey(profile, cb); });
}

void TestKeychainCredentialStore::unavailableWithoutSecretService()
{
    if (m_expectKeyring)
        QSKIP("runs without a session bus (tst_keychaincredentialstore)");
    KeychainCredentialStore store(QStringLiteral("CallStopTest"));
    QElapsedTimer timer;
    timer.start();
    const CredentialResult r = wait([&](auto cb) { store.probe(cb); });
    QCOMPARE(r.status, CredentialResult::Status::Unavailable);
    QVERIFY(!r.error.isEmpty());
    const CredentialResult w
        = wait([&](auto cb) { store.writeKey(QStringLiteral("p"), QStringLiteral("secret-key"), cb); });
    QVERIFY(!w.ok());
}

void TestKeychainCredentialStore::memoryFallback()
{
    MemoryCredentialStore store;
    QVERIFY(!store.isPersistent());
    CredentialResult r = wait([&](auto cb) { store.readKey(QStringLiteral("p"), cb); });
    QCOMPARE(r.status, CredentialResult::Status::NotFound);
    r = wait([&](auto cb) { store.writeKey(QStringLiteral("p"), QStringLiteral("k1"), cb); });
    QVERIFY(r.ok());
    r = wait([&](auto cb) { store.readKey(QStringLiteral("p"), cb); });
    QCOMPARE(r.secret, QStringLiteral("k1"));
    r = wait([&](auto cb) { store.deleteKey(QStringLiteral("p"), cb); });
    r = wait([&](auto cb) { store.readKey(QStringLiteral("p"), cb); });
    QCOMPARE(r.status, CredentialResult::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
