#include "profiles/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace callstop;

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void builtIns();
    void addUpdateRemove();
    void refusesBadProfiles();
    void persists();
    void networkOptions();

private:
    QTemporaryDir m_dir;
};

void TestProfileStore::builtIns()
{
    QSettings settings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    const auto profiles = store.profiles();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0).id, ProfileStore::productionId());
    QCOMPARE(profiles.at(0).baseUrl, QUrl(QStringLiteral("https://prod-api.revenueable.ai/ca/api/v0")));
    QVERIFY(profiles.at(1).isSandbox());
    QVERIFY(store.currentId().isEmpty());
    store.setSandboxUrl(QUrl(QStringLiteral("http://127.0.0.1:5000/ca/api/v0")));
    QCOMPARE(store.find(ProfileStore::sandboxId())->baseUrl.port(), 5000);
    QVERIFY(store.findByName(QStringLiteral("production")));
}

void TestProfileStore::addUpdateRemove()
{
    QSettings settings(m_dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    QSignalSpy spy(&store, &ProfileStore::profilesChanged);
    QString error;
    const QString id = store.addProfile(
        QStringLiteral("Staging"), QUrl(QStringLiteral("https://staging.example/ca/api/v0")), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QCOMPARE(spy.count(), 1);
    auto p = store.find(id);
    QVERIFY(p);
    QCOMPARE(p->name, QStringLiteral("Staging"));
    p->name = QStringLiteral("Staging EU");
    QVERIFY(store.updateProfile(*p, &error));
    QCOMPARE(store.find(id)->name, QStringLiteral("Staging EU"));
    store.setCurrentId(id);
    QCOMPARE(store.currentId(), id);
    QVERIFY(store.removeProfile(id));
    QVERIFY(!store.find(id));
    QCOMPARE(store.currentId(), ProfileStore::sandboxId());
}

void TestProfileStore::refusesBadProfiles()
{
    QSettings settings(m_dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    QString error;
    QVERIFY(store.addProfile(QString(), QUrl(QStringLiteral("https://x.example")), &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("name")));
    QVERIFY(
        store.addProfile(QStringLiteral("production"), QUrl(QStringLiteral("https://x.example")), &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("exists")));
    QVERIFY(
        store.addProfile(QStringLiteral("Plain"), QUrl(QStringLiteral("http://api.example.com/v0")), &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("api.example.com")));
    QVERIFY(!store.addProfile(QStringLiteral("Local"), QUrl(QStringLiteral("http://127.0.0.1:8080/ca/api/v0")), &error)
                 .isEmpty());
    Profile builtIn = *store.find(ProfileStore::productionId());
    QVERIFY(!store.updateProfile(builtIn, &error));
}

void TestProfileStore::persists()
{
    const QString path = m_dir.filePath(QStringLiteral("d.ini"));
    QString id;
    {
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(&settings);
        id = store.addProfile(QStringLiteral("EU"), QUrl(QStringLiteral("https://eu.example/ca/api/v0")), nullptr);
        store.setCurrentId(id);
    }
    QSettings settings(path, QSettings::IniFormat);
    ProfileStore store(&settings);
    QCOMPARE(store.currentId(), id);
    QCOMPARE(store.find(id)->baseUrl.host(), QStringLiteral("eu.example"));
}

void TestProfileStore::networkOptions()
{
    const QString path = m_dir.filePath(QStringLiteral("e.ini"));
    const QString ca = m_dir.filePath(QStringLiteral("ca.pem"));
    if (QSslConfiguration::systemCaCertificates().isEmpty())
        QSKIP("no system CA certificate to write a sample CA file from");
    {
        // Any certificate will do for the store: it only checks that the file holds one.
        QFile file(ca);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QSslConfiguration::systemCaCertificates().value(0).toPem());
    }
    {
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(&settings);
        QSignalSpy spy(&store, &ProfileStore::profilesChanged);
        QString error;
        QVERIFY2(store.setNetworkOptions(
                     ProfileStore::productionId(), {ca, QStringLiteral("http://proxy.corp:3128")}, &error),
            qPrintable(error));
        QCOMPARE(spy.count(), 1);
        QVERIFY(
            !store.setNetworkOptions(ProfileStore::productionId(), {QStringLiteral("/nonexistent.pem"), {}}, &error));
        QVERIFY2(error.contains(QLatin1String("Production")) && error.contains(QLatin1String("/nonexistent.pem")),
            qPrintable(error));
        QVERIFY(!store.setNetworkOptions(QStringLiteral("nope"), {}, &error));
    }
    QSettings settings(path, QSettings::IniFormat);
    ProfileStore store(&settings);
    const Profile production = *store.find(ProfileStore::productionId());
    QCOMPARE(production.network.caFile, ca);
    QCOMPARE(production.network.proxy, QStringLiteral("http://proxy.corp:3128"));
    QVERIFY(store.find(ProfileStore::sandboxId())->network.proxy.isEmpty());
    QString error;
    QVERIFY(store.setNetworkOptions(ProfileStore::productionId(), {}, &error));
    QCOMPARE(store.find(ProfileStore::productionId())->network, NetworkOptions());
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
