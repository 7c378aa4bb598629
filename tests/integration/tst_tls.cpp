#include "SandboxServer.h"
#include "api/ApiClient.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace callstop;

// HTTPS to the sandbox with certificates made at run time by the openssl command: a throw-away CA, a good server
// certificate, one for another host name, and an expired one.
class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trustedCaWorks();
    void unknownIssuerRefused();
    void wrongHostRefused();
    void expiredRefused();
    void badCaFile();

private:
    void openssl(const QStringList& args);
    void serverCert(const QString& name, const QString& san, bool expired);
    ApiResponse terminateOnce(sandbox::SandboxServer& server, bool trustCa, int* requestsSeen);
    std::unique_ptr<sandbox::SandboxServer> start(const QString& name);

    QTemporaryDir m_dir;
    QList<QSslCertificate> m_ca;
};

void TestTls::openssl(const QStringList& args)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), args);
    QVERIFY2(p.waitForFinished(60000), "openssl did not finish");
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
}

void TestTls::serverCert(const QString& name, const QString& san, bool expired)
{
    openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
        QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".csr"),
        QStringLiteral("-subj"), QStringLiteral("/CN=callstop-test-server")});
    QFile ext(m_dir.filePath(name + QStringLiteral(".ext")));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=" + san.toLatin1() + "\n");
    ext.close();
    if (!expired) {
        openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
            QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
            QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-out"),
            name + QStringLiteral(".pem"), QStringLiteral("-extfile"), name + QStringLiteral(".ext")});
        return;
    }
    // 'openssl ca' can set dates in the past, which 'x509 -req' of OpenSSL 3.0 cannot.
    QFile conf(m_dir.filePath(QStringLiteral("ca.cnf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("[ca]\ndefault_ca=test\n[test]\ndir=.\ndatabase=index.txt\nnew_certs_dir=.\nserial=serial.txt\n"
               "default_md=sha256\npolicy=any\ncopy_extensions=copy\n[any]\ncommonName=supplied\n");
    conf.close();
    QFile(m_dir.filePath(QStringLiteral("index.txt"))).open(QIODevice::WriteOnly);
    QFile serial(m_dir.filePath(QStringLiteral("serial.txt")));
    QVERIFY(serial.open(QIODevice::WriteOnly));
    serial.write("1000\n");
    serial.close();
    openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
        QStringLiteral("-cert"), QStringLiteral("ca.pem"), QStringLiteral("-keyfile"), QStringLiteral("ca.key"),
        QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
        QStringLiteral("20200201000000Z"), QStringLiteral("-in"), name + QStringLiteral(".csr"), QStringLiteral("-out"),
        name + QStringLiteral(".pem"), QStringLiteral("-extfile"), name + QStringLiteral(".ext"),
        QStringLiteral("-notext")});
}

void TestTls::initTestCase()
{
    qRegisterMetaType<ApiResponse>();
    openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
        QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
        QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
        QStringLiteral("/CN=CallStop Test CA")});
    serverCert(QStringLiteral("good"), QStringLiteral("DNS:localhost,IP:127.0.0.1"), false);
    serverCert(QStringLiteral("wronghost"), QStringLiteral("DNS:api.example.org"), false);
    serverCert(QStringLiteral("expired"), QStringLiteral("DNS:localhost,IP:127.0.0.1"), true);
    QString error;
    m_ca = NetworkSetup::loadCaFile(m_dir.filePath(QStringLiteral("ca.pem")), &error);
    QVERIFY2(!m_ca.isEmpty(), qPrintable(error));
}

std::unique_ptr<sandbox::SandboxServer> TestTls::start(const QString& name)
{
    sandbox::SandboxOptions options;
    options.calls = 50;
    options.tlsCertPath = m_dir.filePath(name + QStringLiteral(".pem")).toStdString();
    options.tlsKeyPath = m_dir.filePath(name + QStringLiteral(".key")).toStdString();
    auto server = std::make_unique<sandbox::SandboxServer>(options);
    std::string error;
    if (!server->start(&error))
        qFatal("the TLS sandbox did not start: %s", error.c_str());
    return server;
}

ApiResponse TestTls::terminateOnce(sandbox::SandboxServer& server, bool trustCa, int* requestsSeen)
{
    ApiClient client;
    client.setBaseUrl(QUrl(QString::fromStdString(server.baseUrl())));
    client.setApiKey(QString::fromStdString(server.apiKey()));
    if (trustCa)
        client.setExtraCaCertificates(m_ca);
    QList<CallId> ids;
    for (const auto& c : server.calls()) {
        if (c.status == "registered" && ids.size() < 3)
            ids.append(*CallId::parse(QString::fromStdString(c.id)));
    }
    ApiCall* call = client.terminateCalls(ids);
    QSignalSpy spy(call, &ApiCall::finished);
    if (!spy.wait(20000))
        qFatal("no answer");
    *requestsSeen = server.stats().terminateRequests;
    return spy.at(0).at(0).value<ApiResponse>();
}

void TestTls::trustedCaWorks()
{
    auto server = start(QStringLiteral("good"));
    QVERIFY(server->baseUrl().rfind("https://127.0.0.1:", 0) == 0);
    int seen = 0;
    const ApiResponse r = terminateOnce(*server, true, &seen);
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(seen, 1);
}

void TestTls::unknownIssuerRefused()
{
    auto server = start(QStringLiteral("good"));
    int seen = 0;
    const ApiResponse r = terminateOnce(*server, false, &seen);
    QCOMPARE(r.httpStatus, 0);
    QVERIFY2(r.message.contains(QLatin1String("does not trust")), qPrintable(r.message));
    QCOMPARE(seen, 0);
}

void TestTls::wrongHostRefused()
{
    auto server = start(QStringLiteral("wronghost"));
    int seen = 0;
    const ApiResponse r = terminateOnce(*server, true, &seen);
    QCOMPARE(r.httpStatus, 0);
    QVERIFY2(r.message.contains(QLatin1String("another host name")), qPrintable(r.message));
    QCOMPARE(seen, 0);
}

void TestTls::expiredRefused()
{
    auto server = start(QStringLiteral("expired"));
    int seen = 0;
    const ApiResponse r = terminateOnce(*server, true, &seen);
    QCOMPARE(r.httpStatus, 0);
    QVERIFY2(r.message.contains(QLatin1String("expired")), qPrintable(r.message));
    QCOMPARE(seen, 0);
}

void TestTls::badCaFile()
{
    QString error;
    QVERIFY(NetworkSetup::loadCaFile(m_dir.filePath(QStringLiteral("ca.key")), &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("no PEM certificate")));
    QVERIFY(NetworkSetup::loadCaFile(m_dir.filePath(QStringLiteral("missing.pem")), &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("cannot read")));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
