#include "SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using callstop::sandbox::SandboxOptions;
using callstop::sandbox::SandboxServer;

class TestSandbox : public QObject
{
    Q_OBJECT

private slots:
    void realisticMix();
    void sameSeedSameCalls();
    void httpSurface();
    void csvExport();
    void logNeverHoldsKey();

private:
    QByteArray request(SandboxServer& s, const QByteArray& verb, const QString& path, const QByteArray& key,
        const QByteArray& body, int* status);
    QNetworkAccessManager m_nam;
};

QByteArray TestSandbox::request(SandboxServer& s, const QByteArray& verb, const QString& path, const QByteArray& key,
    const QByteArray& body, int* status)
{
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(s.port()).arg(path)));
    if (!key.isNull())
        req.setRawHeader("X-API-KEY", key);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_nam.sendCustomRequest(req, verb, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!spy.wait(10000))
        qFatal("no answer");
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray out = reply->readAll();
    reply->deleteLater();
    return out;
}

void TestSandbox::realisticMix()
{
    SandboxOptions options;
    options.calls = 1000;
    SandboxServer server(options);
    std::map<std::string, int> counts;
    for (const auto& c : server.calls()) {
        ++counts[c.status];
        QCOMPARE(int(c.id.size()), 36);
        QVERIFY(c.id == QString::fromStdString(c.id).toLower().toStdString());
    }
    for (const char* status : {"registered", "retry", "ongoing", "completed", "failed", "cancelled"})
        QVERIFY2(counts[status] > 30, status);
    QCOMPARE(int(server.calls().size()), 1000);
}

void TestSandbox::sameSeedSameCalls()
{
    SandboxOptions options;
    options.calls = 20;
    options.seed = 42;
    SandboxServer a(options), b(options);
    QCOMPARE(a.calls().front().id, b.calls().front().id);
    QCOMPARE(a.apiKey(), b.apiKey());
    options.seed = 43;
    SandboxServer c(options);
    QVERIFY(a.calls().front().id != c.calls().front().id);
}

void TestSandbox::httpSurface()
{
    SandboxOptions options;
    options.calls = 50;
    SandboxServer server(options);
    QVERIFY(server.start());
    QVERIFY(server.baseUrl().rfind("http://127.0.0.1:", 0) == 0);
    const QByteArray key = QByteArray::fromStdString(server.apiKey());
    int status = 0;
    // Only terminate requests count as in flight: not the workspace, not call details.
    request(server, "GET", QStringLiteral("/ca/api/v0/workspace"), key, {}, &status);
    request(server, "GET", QStringLiteral("/ca/api/v0/calling/call-details?id=x"), key, {}, &status);
    QCOMPARE(server.stats().peakTerminatesInFlight, 0);
    QByteArray body
        = request(server, "PATCH", QStringLiteral("/ca/api/v0/campaign/terminate/calls"), {}, "{}", &status);
    QCOMPARE(status, 401);
    QCOMPARE(QJsonDocument::fromJson(body)[QLatin1String("error")][QLatin1String("message")].toString(),
        QStringLiteral("Invalid credentials"));
    body = request(server, "PATCH", QStringLiteral("/ca/api/v0/campaign/terminate/calls"), key, "not json", &status);
    QCOMPARE(status, 400);
    body = request(server, "PATCH", QStringLiteral("/ca/api/v0/campaign/terminate/calls"), key, "{\"x\":1}", &status);
    QCOMPARE(status, 400);
    QVERIFY(body.contains("call_ids"));
    std::string registered;
    for (const auto& c : server.calls()) {
        if (c.status == "registered") {
            registered = c.id;
            break;
        }
    }
    QVERIFY(!registered.empty());
    const QByteArray upper = QByteArray::fromStdString(registered).toUpper();
    body = request(server, "PATCH", QStringLiteral("/ca/api/v0/campaign/terminate/calls"), key,
        "{\"call_ids\":[\"" + upper + "\",\"nonsense\"]}", &status);
    QCOMPARE(status, 200);
    body = request(server, "GET",
        QStringLiteral("/ca/api/v0/calling/call-details?id=") + QString::fromStdString(registered), key, {}, &status);
    QCOMPARE(status, 200);
    QCOMPARE(QJsonDocument::fromJson(body)[QLatin1String("data")][QLatin1String("call_status")].toString(),
        QStringLiteral("cancelled"));
    QCOMPARE(QJsonDocument::fromJson(body)[QLatin1String("data")][QLatin1String("call_sub_status")].toString(),
        QStringLiteral("USER_TERMINATED"));
    // The same call again: nothing terminable.
    body = request(server, "PATCH", QStringLiteral("/ca/api/v0/campaign/terminate/calls"), key,
        "{\"call_ids\":[\"" + QByteArray::fromStdString(registered) + "\"]}", &status);
    QCOMPARE(status, 400);
    QCOMPARE(QJsonDocument::fromJson(body)[QLatin1String("detail")].toString(),
        QStringLiteral("Invalid call IDs or no terminable calls found."));
    body = request(server, "GET",
        QStringLiteral("/ca/api/v0/calling/call-details?id=00000000-0000-0000-0000-000000000000"), key, {}, &status);
    QCOMPARE(status, 404);
    body = request(server, "GET", QStringLiteral("/ca/api/v0/workspace"), key, {}, &status);
    QCOMPARE(status, 200);
    QCOMPARE(QJsonDocument::fromJson(body)[QLatin1String("workspace_info")][QLatin1String("api_key")].toString(),
        QString::fromLatin1(key));
    body = request(server, "GET", QStringLiteral("/_sandbox/calls"), {}, {}, &status);
    QCOMPARE(status, 200);
    QCOMPARE(QJsonDocument::fromJson(body)[QLatin1String("calls")].toArray().size(), 50);
    body = request(server, "GET", QStringLiteral("/_sandbox/stats"), {}, {}, &status);
    QCOMPARE(QJsonDocument::fromJson(body)[QLatin1String("terminate_requests")].toInt(), 5);
    QCOMPARE(QJsonDocument::fromJson(body)[QLatin1String("terminated_calls")].toInt(), 1);
    // One request at a time.
    QCOMPARE(QJsonDocument::fromJson(body)[QLatin1String("peak_terminates_in_flight")].toInt(), 1);
    QCOMPARE(server.stats().terminatesInFlight, 0);
    request(server, "GET", QStringLiteral("/nowhere"), key, {}, &status);
    QCOMPARE(status, 404);
}

void TestSandbox::csvExport()
{
    QTemporaryDir dir;
    SandboxOptions options;
    options.calls = 25;
    SandboxServer server(options);
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    std::string error;
    QVERIFY(server.writeCsvExport(path.toStdString(), &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // The first sandbox's columns first, in their order; the campaign columns after them.
    QCOMPARE(lines.first().trimmed(),
        QByteArray("id,to_number,name,status,agent_id,initiation_time,call_duration,campaign_id,campaign_name,"
                   "bulk_list_id"));
    QCOMPARE(lines.size(), 27); // header, 25 rows, empty after the last newline
    const auto first = server.calls().front();
    QVERIFY(lines.at(1).startsWith(QByteArray::fromStdString(first.id + "," + first.toNumber + ",")));
    const auto campaign = server.campaign(first.campaignId);
    QVERIFY(campaign);
    QVERIFY(lines.at(1).trimmed().endsWith(
        QByteArray::fromStdString("," + first.campaignId + "," + campaign->name + "," + first.bulkListId)));
    QVERIFY(!first.campaignId.empty());
}

void TestSandbox::logNeverHoldsKey()
{
    std::vector<std::string> lines;
    std::mutex mutex;
    SandboxOptions options;
    options.calls = 5;
    options.log = [&](const std::string& l) {
        std::lock_guard lock(mutex);
        lines.push_back(l);
    };
    SandboxServer server(options);
    QVERIFY(server.start());
    int status = 0;
    request(
        server, "GET", QStringLiteral("/ca/api/v0/workspace"), QByteArray::fromStdString(server.apiKey()), {}, &status);
    request(server, "PATCH", QStringLiteral("/ca/api/v0/campaign/terminate/calls"),
        QByteArray::fromStdString(server.apiKey()), "{\"call_ids\":[]}", &status);
    server.stop();
    QCOMPARE(int(lines.size()), 2);
    QCOMPARE(lines.at(1), std::string("PATCH /ca/api/v0/campaign/terminate/calls 400 ids=0"));
    for (const auto& l : lines)
        QVERIFY(l.find(server.apiKey()) == std::string::npos);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
