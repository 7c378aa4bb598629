#include "SandboxFixture.h"
#include "api/ApiClient.h"
#include "jobs/TerminationJob.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "TestSupport.h"
#include <QNetworkProxy>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTimer>

using namespace callstop;
using callstop::test::SandboxFixture;

namespace {

ApiResponse waitFor(ApiCall* call)
{
    QSignalSpy spy(call, &ApiCall::finished);
    if (!spy.wait(20000))
        qFatal("no answer");
    return spy.at(0).at(0).value<ApiResponse>();
}

// A plain HTTP proxy on loopback that forwards each request to where its absolute URI points and remembers the
// request lines it saw.
class RecordingProxy : public QTcpServer
{
public:
    RecordingProxy()
    {
        if (!listen(QHostAddress::LocalHost))
            qFatal("the proxy cannot listen");
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = nextPendingConnection())
                serve(client);
        });
    }
    QStringList requestLines;

private:
    void serve(QTcpSocket* client)
    {
        auto* buffer = new QByteArray;
        connect(client, &QObject::destroyed, [buffer] { delete buffer; });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            buffer->append(client->readAll());
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = buffer->left(headEnd);
            qsizetype length = 0;
            for (const QByteArray& line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headEnd + 4 + length)
                return;
            const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
            requestLines.append(QString::fromLatin1(head.left(head.indexOf('\r'))));
            const QUrl target(QString::fromLatin1(requestLine.value(1)));
            QByteArray forwarded = requestLine.value(0) + ' ' + target.path(QUrl::FullyEncoded).toLatin1();
            if (target.hasQuery())
                forwarded += '?' + target.query(QUrl::FullyEncoded).toLatin1();
            forwarded += " HTTP/1.1\r\n";
            for (const QByteArray& line : head.split('\n').mid(1)) {
                const QByteArray l = line.trimmed();
                if (!l.toLower().startsWith("proxy-connection:") && !l.toLower().startsWith("connection:"))
                    forwarded += l + "\r\n";
            }
            forwarded += "Connection: close\r\n\r\n" + buffer->mid(headEnd + 4, length);
            buffer->clear();
            auto* upstream = new QTcpSocket(client);
            connect(
                upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            upstream->connectToHost(target.host(), quint16(target.port()));
            upstream->write(forwarded);
        });
    }
};

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void terminateAccepted();
    void nothingTerminable();
    void wrongKey();
    void moreThanHundredRefusedByServer();
    void workspaceHidesKey();
    void workspaceWrongKey();
    void connectionRefused();
    void timeout();
    void abortIsNotTimeout();
    void baseUrlRules_data();
    void baseUrlRules();
    void body();
    void throughProxy();
    void proxyRefused();
    void proxySettingReachesNetwork();
    void networkOptionsRefused_data();
    void networkOptionsRefused();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
};

void TestApiClient::initTestCase()
{
    qRegisterMetaType<ApiResponse>();
    m_sandbox = std::make_unique<SandboxFixture>(400);
}

void TestApiClient::terminateAccepted()
{
    ApiClient client;
    client.setBaseUrl(m_sandbox->baseUrl());
    client.setApiKey(m_sandbox->key());
    const QList<CallId> ids = m_sandbox->idsWithStatus("registered", 10);
    QCOMPARE(ids.size(), 10);
    const ApiResponse r = waitFor(client.terminateCalls(ids));
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.message, QStringLiteral("Calls terminated successfully!"));
    QCOMPARE(TerminationJob::classify(r), BatchOutcome::Accepted);
    for (const CallId& id : ids)
        QCOMPARE(m_sandbox->statusOf(id), std::string("cancelled"));
}

void TestApiClient::nothingTerminable()
{
    ApiClient client;
    client.setBaseUrl(m_sandbox->baseUrl());
    client.setApiKey(m_sandbox->key());
    QList<CallId> ids = m_sandbox->idsWithStatus("completed", 5);
    ids.append(*CallId::parse(QStringLiteral("00000000-0000-4000-8000-000000000000"))); // unknown
    const ApiResponse r = waitFor(client.terminateCalls(ids));
    QCOMPARE(r.httpStatus, 400);
    QVERIFY2(r.message.contains(QLatin1String("no terminable calls")), qPrintable(r.message));
    QCOMPARE(TerminationJob::classify(r), BatchOutcome::NothingTerminable);
}

void TestApiClient::wrongKey()
{
    ApiClient client;
    client.setBaseUrl(m_sandbox->baseUrl());
    client.setApiKey(QStringLiteral("00000000-1111-2222-3333-444444444444"));
    const auto before = m_sandbox->server->stats().terminateRequests;
    const ApiResponse r = waitFor(client.terminateCalls(m_sandbox->idsWithStatus("registered", 3)));
    QCOMPARE(r.httpStatus, 401);
    QVERIFY(r.message.contains(QLatin1String("Invalid credentials")));
    QCOMPARE(TerminationJob::classify(r), BatchOutcome::Unauthorized);
    QCOMPARE(m_sandbox->server->stats().terminateRequests, before + 1);
}

void TestApiClient::moreThanHundredRefusedByServer()
{
    // ApiClient never builds such a request; send one by hand to prove the server side of the limit.
    QList<CallId> ids = m_sandbox->idsWithStatus("registered");
    while (ids.size() < 101)
        ids.append(ids.constFirst());
    QNetworkAccessManager nam;
    QUrl url = m_sandbox->baseUrl();
    url.setPath(url.path() + QStringLiteral("/campaign/terminate/calls"));
    QNetworkRequest request(url);
    request.setRawHeader("X-API-KEY", m_sandbox->key().toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = nam.sendCustomRequest(request, "PATCH", ApiClient::terminateBody(ids.mid(0, 101)));
    QSignalSpy spy(reply, &QNetworkReply::finished);
    QVERIFY(spy.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QVERIFY(reply->readAll().contains("At most 100"));
    reply->deleteLater();
}

void TestApiClient::workspaceHidesKey()
{
    ApiClient client;
    client.setBaseUrl(m_sandbox->baseUrl());
    client.setApiKey(m_sandbox->key());
    const ApiResponse r = waitFor(client.fetchWorkspace());
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.data.value(QLatin1String("name")).toString(), QStringLiteral("Sandbox workspace"));
    QCOMPARE(r.data.value(QLatin1String("credits")).toInt(), 1000);
    QVERIFY(!r.data.contains(QLatin1String("api_key")));
    QVERIFY(r.body.isEmpty());
}

void TestApiClient::workspaceWrongKey()
{
    ApiClient client;
    client.setBaseUrl(m_sandbox->baseUrl());
    client.setApiKey(QStringLiteral("nope-nope"));
    const ApiResponse r = waitFor(client.fetchWorkspace());
    QCOMPARE(r.httpStatus, 401);
    QVERIFY(r.data.isEmpty());
    QVERIFY(r.message.contains(QLatin1String("refused")));
}

void TestApiClient::connectionRefused()
{
    // A port that was free a moment ago: nothing listens there now.
    const quint16 port = callstop::test::closedLoopbackPort();
    ApiClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/ca/api/v0").arg(port)));
    client.setApiKey(QStringLiteral("k-k-k-k"));
    const ApiResponse r = waitFor(client.terminateCalls(m_sandbox->idsWithStatus("registered", 1)));
    QCOMPARE(r.httpStatus, 0);
    QCOMPARE(r.networkError, QNetworkReply::ConnectionRefusedError);
    QVERIFY(r.message.contains(QLatin1String("refused the connection")));
    QCOMPARE(TerminationJob::classify(r), BatchOutcome::Failed);
}

void TestApiClient::timeout()
{
    SandboxFixture slow(10, 1500);
    ApiClient client;
    client.setBaseUrl(slow.baseUrl());
    client.setApiKey(slow.key());
    client.setTimeoutMs(200);
    const ApiResponse r = waitFor(client.terminateCalls(slow.idsWithStatus("registered", 1)));
    QVERIFY(r.timedOut);
    QVERIFY(!r.aborted);
    QVERIFY(r.message.contains(QLatin1String("timed out")));
    QCOMPARE(TerminationJob::classify(r), BatchOutcome::Failed);
}

void TestApiClient::abortIsNotTimeout()
{
    SandboxFixture slow(10, 1500);
    ApiClient client;
    client.setBaseUrl(slow.baseUrl());
    client.setApiKey(slow.key());
    ApiCall* call = client.terminateCalls(slow.idsWithStatus("registered", 1));
    QSignalSpy spy(call, &ApiCall::finished);
    QTimer::singleShot(100, call, &ApiCall::abort);
    QVERIFY(spy.wait(10000));
    const ApiResponse r = spy.at(0).at(0).value<ApiResponse>();
    QVERIFY(r.aborted);
    QVERIFY(!r.timedOut);
    QCOMPARE(TerminationJob::classify(r), BatchOutcome::Unknown);
}

void TestApiClient::baseUrlRules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << QStringLiteral("https://prod-api.revenueable.ai/ca/api/v0") << true;
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8000/ca/api/v0") << true;
    QTest::newRow("http loopback 127/8") << QStringLiteral("http://127.1.2.3:8000/") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8000/") << true;
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8000/") << true;
    QTest::newRow("http remote") << QStringLiteral("http://prod-api.revenueable.ai/ca/api/v0") << false;
    QTest::newRow("http private") << QStringLiteral("http://10.0.0.5/") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/") << false;
    QTest::newRow("garbage") << QStringLiteral("not a url") << false;
}

void TestApiClient::baseUrlRules()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(ApiClient::checkBaseUrl(QUrl(url)).isEmpty(), allowed);
}

void TestApiClient::body()
{
    const QList<CallId> ids {*CallId::parse(QStringLiteral("86815974-8A87-4E32-9953-ACA4F97868AB")),
        *CallId::parse(QStringLiteral("9ab99d2d-595c-4ca1-bab7-07d13f253156"))};
    QCOMPARE(ApiClient::terminateBody(ids),
        QByteArray(R"({"call_ids":["86815974-8a87-4e32-9953-aca4f97868ab","9ab99d2d-595c-4ca1-bab7-07d13f253156"]})"));
    QCOMPARE(ApiClient::terminateBody(QList<CallId>()), QByteArray(R"({"call_ids":[]})"));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"

void TestApiClient::throughProxy()
{
    RecordingProxy proxy;
    ApiClient client; // its own network access manager
    client.setBaseUrl(m_sandbox->baseUrl());
    client.setApiKey(m_sandbox->key());
    QString error;
    QVERIFY2(client.setNetworkOptions({{}, QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort())}, &error),
        qPrintable(error));
    const QList<CallId> ids = m_sandbox->idsWithStatus("registered", 3);
    const ApiResponse r = waitFor(client.terminateCalls(ids));
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(proxy.requestLines.size(), 1);
    QVERIFY2(proxy.requestLines.at(0).startsWith(QStringLiteral("PATCH http://127.0.0.1:")),
        qPrintable(proxy.requestLines.at(0)));
    QVERIFY(proxy.requestLines.at(0).contains(QStringLiteral("/campaign/terminate/calls")));
    for (const CallId& id : ids)
        QCOMPARE(m_sandbox->statusOf(id), std::string("cancelled"));
}

void TestApiClient::proxyRefused()
{
    const quint16 port = callstop::test::closedLoopbackPort();
    ApiClient client;
    client.setBaseUrl(m_sandbox->baseUrl());
    client.setApiKey(m_sandbox->key());
    QString error;
    QVERIFY(client.setNetworkOptions({{}, QStringLiteral("http://127.0.0.1:%1").arg(port)}, &error));
    const auto before = m_sandbox->server->stats().terminateRequests;
    const ApiResponse r = waitFor(client.terminateCalls(m_sandbox->idsWithStatus("registered", 1)));
    QCOMPARE(r.httpStatus, 0);
    QVERIFY(r.networkError == QNetworkReply::ConnectionRefusedError
        || r.networkError == QNetworkReply::ProxyConnectionRefusedError);
    QVERIFY2(r.message.contains(QStringLiteral("through the proxy 127.0.0.1:%1").arg(port)), qPrintable(r.message));
    QCOMPARE(m_sandbox->server->stats().terminateRequests, before);
}

void TestApiClient::proxySettingReachesNetwork()
{
    // Qt never sends loopback requests through the application's proxy, so this checks the setting itself, then that
    // requests still work with it.
    ApiClient client;
    client.setBaseUrl(m_sandbox->baseUrl());
    client.setApiKey(m_sandbox->key());
    QString error;
    QVERIFY(client.setNetworkOptions({{}, QStringLiteral("direct")}, &error));
    QCOMPARE(client.network()->proxy().type(), QNetworkProxy::NoProxy);
    QCOMPARE(waitFor(client.fetchWorkspace()).httpStatus, 200);
    QVERIFY(client.setNetworkOptions({{}, QStringLiteral("socks5://127.0.0.1:1080")}, &error));
    QCOMPARE(client.network()->proxy().type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(client.network()->proxy().port(), quint16(1080));
    QVERIFY(client.setNetworkOptions({}, &error));
    QCOMPARE(client.network()->proxy().type(), QNetworkProxy::DefaultProxy); // the system's settings
}

void TestApiClient::networkOptionsRefused_data()
{
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<QString>("named");
    QTest::newRow("ftp proxy") << QString() << QStringLiteral("ftp://proxy:21") << QStringLiteral("ftp://proxy:21");
    QTest::newRow("no port") << QString() << QStringLiteral("http://proxy.corp") << QStringLiteral("names no port");
    QTest::newRow("no scheme") << QString() << QStringLiteral("proxy.corp:3128") << QStringLiteral("proxy.corp:3128");
    QTest::newRow("password") << QString() << QStringLiteral("http://me:secret@proxy.corp:3128")
                              << QStringLiteral("holds a password");
    QTest::newRow("missing CA file") << QStringLiteral("/nonexistent/ca.pem") << QString()
                                     << QStringLiteral("/nonexistent/ca.pem");
    QTest::newRow("CA file without certificate") << QStringLiteral(CALLSTOP_TEST_DATA "/csv/tab_no_header.csv")
                                                 << QString() << QStringLiteral("holds no PEM certificate");
}

void TestApiClient::networkOptionsRefused()
{
    QFETCH(QString, caFile);
    QFETCH(QString, proxy);
    QFETCH(QString, named);
    ApiClient client;
    QString error;
    QVERIFY(!client.setNetworkOptions({caFile, proxy}, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("secret")), qPrintable(error));
    QCOMPARE(NetworkSetup::check({caFile, proxy}), error);
}
