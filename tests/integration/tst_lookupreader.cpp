#include "SandboxServer.h"
#include "api/ApiClient.h"
#include "lookup/LookupReader.h"
#include "support/HostileServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace callstop;

namespace {

constexpr std::int64_t Now = 1796292000; // 2026-12-03T09:20:00Z: the same world every run

// Everything a reading delivered, and how it ended.
struct Reading
{
    QList<HistoryCall> calls;
    QList<CampaignInfo> campaigns;
    QList<AgentInfo> agents;
    LookupResult result;
    QList<qint64> totals;
};

Reading run(LookupReader& reader, const std::function<void()>& start, const std::function<void(Reading&)>& onPage = {})
{
    Reading r;
    QObject::connect(&reader, &LookupReader::historyPage, &reader, [&](const QList<HistoryCall>& c) {
        r.calls += c;
        if (onPage)
            onPage(r);
    });
    QObject::connect(
        &reader, &LookupReader::campaignsPage, &reader, [&](const QList<CampaignInfo>& c) { r.campaigns += c; });
    QObject::connect(&reader, &LookupReader::agentsPage, &reader, [&](const QList<AgentInfo>& a) { r.agents += a; });
    QObject::connect(&reader, &LookupReader::progress, &reader, [&](int, qint64 total) { r.totals.append(total); });
    QSignalSpy finished(&reader, &LookupReader::finished);
    start();
    if (!finished.wait(120000))
        qFatal("the reading did not end");
    r.result = finished.first().first().value<LookupResult>();
    reader.disconnect(&reader);
    return r;
}

// Pages of pageSize, asked for without a pause: the tests read fast.
LookupReader::Options unpaced(int pageSize)
{
    LookupReader::Options options;
    options.pageSize = pageSize;
    options.minIntervalMs = 0;
    return options;
}

HistoryFilter wholeWeek()
{
    HistoryFilter f;
    f.from = QDateTime::fromSecsSinceEpoch(Now - 8 * 86400).toOffsetFromUtc(5 * 3600 + 1800); // +05:30
    f.to = QDateTime::fromSecsSinceEpoch(Now + 3600).toOffsetFromUtc(5 * 3600 + 1800);
    return f;
}

QSet<QString> ids(const QList<HistoryCall>& calls)
{
    QSet<QString> out;
    for (const HistoryCall& c : calls)
        out.insert(c.id.toString());
    return out;
}

} // namespace

// LookupReader against the real sandbox on loopback (and the hostile fixture for pages of another shape): paging to
// the last page, "many", statuses one after the other, the number filter, retries, 401, limits and cancel.
class TestLookupReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void historyPagesToTheLastPage_data();
    void historyPagesToTheLastPage();
    void totalManyStillReadsEverything();
    void statusesAreWalkedOneAfterTheOther();
    void numberFilterKeepsOnlyThatNumber();
    void faultsAreRetried();
    void refusedKeyMidReadingStops();
    void limitStopsTheReading();
    void cancelStopsAtOnce();
    void pagesKeepTheirInterval();
    void campaignsAndAgentsPage();
    void foreignPagesAreRefused_data();
    void foreignPagesAreRefused();
    void queryCarriesBothDatesEncoded();

private:
    std::unique_ptr<sandbox::SandboxServer> sandbox(const std::function<void(sandbox::SandboxOptions&)>& adjust = {});
    std::unique_ptr<ApiClient> client(const sandbox::SandboxServer& server);
    // Every call of the whole week, read once with the largest page.
    QList<HistoryCall> m_all;
};

std::unique_ptr<sandbox::SandboxServer> TestLookupReader::sandbox(
    const std::function<void(sandbox::SandboxOptions&)>& adjust)
{
    sandbox::SandboxOptions options;
    options.calls = 3000;
    options.nowEpochSeconds = Now;
    options.historyTotalManyAbove = -1;
    if (adjust)
        adjust(options);
    auto server = std::make_unique<sandbox::SandboxServer>(options);
    std::string error;
    if (!server->start(&error))
        qFatal("sandbox did not start: %s", error.c_str());
    return server;
}

std::unique_ptr<ApiClient> TestLookupReader::client(const sandbox::SandboxServer& server)
{
    auto c = std::make_unique<ApiClient>();
    c->setBaseUrl(QUrl(QString::fromStdString(server.baseUrl())));
    c->setApiKey(QString::fromStdString(server.apiKey()));
    c->setTimeoutMs(10000);
    return c;
}

void TestLookupReader::initTestCase()
{
    auto server = sandbox();
    auto c = client(*server);
    LookupReader reader(c.get());
    LookupReader::Options options = unpaced(1000);
    const Reading r = run(reader, [&] { reader.readHistory(wholeWeek(), options); });
    QVERIFY2(r.result.ok(), qPrintable(r.result.message));
    m_all = r.calls;
    QCOMPARE(int(m_all.size()), 3000); // every call of the world is within the week
    QCOMPARE(r.result.pages, 3);
}

void TestLookupReader::historyPagesToTheLastPage_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("37 (the last page short)") << 37;
    QTest::newRow("100") << 100;
    QTest::newRow("1000 (3000 calls: the last page full)") << 1000;
    QTest::newRow("5000, clamped to 1000") << 5000;
}

void TestLookupReader::historyPagesToTheLastPage()
{
    QFETCH(int, pageSize);
    auto server = sandbox();
    auto c = client(*server);
    LookupReader reader(c.get());
    LookupReader::Options options = unpaced(pageSize);
    const Reading r = run(reader, [&] { reader.readHistory(wholeWeek(), options); });
    QVERIFY2(r.result.ok(), qPrintable(r.result.message));
    QCOMPARE(r.result.records, 3000);
    QCOMPARE(ids(r.calls), ids(m_all));
    const int size = qMin(pageSize, 1000);
    QCOMPARE(r.result.pages, (3000 + size - 1) / size);
    QCOMPARE(r.result.requests, r.result.pages);
    QVERIFY(!r.totals.isEmpty());
    QCOMPARE(r.totals.last(), qint64(3000));
}

void TestLookupReader::totalManyStillReadsEverything()
{
    auto server = sandbox([](sandbox::SandboxOptions& o) { o.historyTotalManyAbove = 100; });
    auto c = client(*server);
    LookupReader reader(c.get());
    LookupReader::Options options = unpaced(250);
    const Reading r = run(reader, [&] { reader.readHistory(wholeWeek(), options); });
    QVERIFY2(r.result.ok(), qPrintable(r.result.message));
    QCOMPARE(ids(r.calls), ids(m_all));
    QVERIFY(r.totals.contains(qint64(-1))); // "many" is no count
    // 12 full pages, and a 13th, empty, since "many" does not say the 12th was the last.
    QCOMPARE(r.result.pages, 13);
}

void TestLookupReader::statusesAreWalkedOneAfterTheOther()
{
    auto server = sandbox();
    auto c = client(*server);
    LookupReader reader(c.get());
    HistoryFilter filter = wholeWeek();
    filter.statuses = HistoryFilter::terminableStatuses();
    LookupReader::Options options = unpaced(100);
    const Reading r = run(reader, [&] { reader.readHistory(filter, options); });
    QVERIFY2(r.result.ok(), qPrintable(r.result.message));
    QSet<QString> expected;
    for (const HistoryCall& call : std::as_const(m_all)) {
        if (call.status == QLatin1String("registered") || call.status == QLatin1String("retry"))
            expected.insert(call.id.toString());
    }
    QVERIFY(expected.size() > 100);
    QVERIFY(expected.size() < 3000);
    QCOMPARE(ids(r.calls), expected);
    QCOMPARE(r.result.records, int(expected.size()));
}

void TestLookupReader::numberFilterKeepsOnlyThatNumber()
{
    QHash<QString, int> perNumber;
    for (const HistoryCall& call : std::as_const(m_all))
        ++perNumber[call.toNumber];
    QString repeated;
    for (auto it = perNumber.cbegin(); it != perNumber.cend(); ++it) {
        if (it.value() >= 2) {
            repeated = it.key();
            break;
        }
    }
    QVERIFY2(!repeated.isEmpty(), "the sandbox has numbers called more than once");
    auto server = sandbox();
    auto c = client(*server);
    LookupReader reader(c.get());
    LookupReader::Options options = unpaced(500);
    options.numbers = {repeated};
    const Reading r = run(reader, [&] { reader.readHistory(wholeWeek(), options); });
    QVERIFY2(r.result.ok(), qPrintable(r.result.message));
    QCOMPARE(r.result.records, perNumber.value(repeated));
    for (const HistoryCall& call : r.calls)
        QCOMPARE(call.toNumber, repeated);
    QCOMPARE(LookupReader::plainE164(QStringLiteral("+91 88828-76897")), QStringLiteral("+918882876897"));
    QCOMPARE(LookupReader::plainE164(QStringLiteral("088828 76897")), QString());
}

void TestLookupReader::faultsAreRetried()
{
    auto server = sandbox([](sandbox::SandboxOptions& o) {
        o.lookupFaults = true;
        o.failRate = 0.3; // drawn from the same seed as the world, so the calls are those of m_all
    });
    auto c = client(*server);
    LookupReader reader(c.get());
    LookupReader::Options options = unpaced(100);
    options.retry = {8, 5, 20};
    const Reading r = run(reader, [&] { reader.readHistory(wholeWeek(), options); });
    QVERIFY2(r.result.ok(), qPrintable(r.result.message));
    QCOMPARE(ids(r.calls), ids(m_all));
    QCOMPARE(r.result.pages, 30);
    QVERIFY2(r.result.requests > r.result.pages, "a fail rate of 0.3 over 30 pages failed none");
}

void TestLookupReader::refusedKeyMidReadingStops()
{
    auto server = sandbox();
    auto c = client(*server);
    LookupReader reader(c.get());
    LookupReader::Options options = unpaced(100);
    const Reading r = run(
        reader, [&] { reader.readHistory(wholeWeek(), options); },
        [&](Reading& sofar) {
            if (sofar.calls.size() == 200)
                server->rotateApiKey("rotated-while-reading");
        });
    QCOMPARE(r.result.ending, LookupResult::Ending::Failed);
    QCOMPARE(r.result.httpStatus, 401);
    QCOMPARE(r.result.records, 200); // what came before stays delivered
    QCOMPARE(r.result.requests, 3); // 401 is not retried
    QVERIFY2(r.result.message.contains(QLatin1String("offset 200")), qPrintable(r.result.message));
}

void TestLookupReader::limitStopsTheReading()
{
    auto server = sandbox();
    auto c = client(*server);
    LookupReader reader(c.get());
    LookupReader::Options options = unpaced(300);
    options.maxRecords = 1000;
    const Reading r = run(reader, [&] { reader.readHistory(wholeWeek(), options); });
    QCOMPARE(r.result.ending, LookupResult::Ending::LimitReached);
    QCOMPARE(r.result.records, 1000);
    QCOMPARE(int(r.calls.size()), 1000);
    QCOMPARE(r.result.pages, 4);
    QVERIFY(r.result.message.contains(QLatin1String("1000")));
}

void TestLookupReader::cancelStopsAtOnce()
{
    auto server = sandbox();
    auto c = client(*server);
    LookupReader reader(c.get());
    LookupReader::Options options = unpaced(100);
    const Reading r = run(
        reader, [&] { reader.readHistory(wholeWeek(), options); },
        [&](Reading& sofar) {
            if (sofar.calls.size() == 300)
                reader.cancel();
        });
    QCOMPARE(r.result.ending, LookupResult::Ending::Cancelled);
    QCOMPARE(r.result.records, 300);
    QCOMPARE(r.result.requests, 3);
    QVERIFY(!reader.isRunning());
}

void TestLookupReader::pagesKeepTheirInterval()
{
    auto server = sandbox();
    auto c = client(*server);
    LookupReader reader(c.get());
    LookupReader::Options options;
    options.pageSize = 500;
    options.minIntervalMs = 150;
    QElapsedTimer timer;
    timer.start();
    const Reading r = run(reader, [&] { reader.readHistory(wholeWeek(), options); });
    QVERIFY2(r.result.ok(), qPrintable(r.result.message));
    QCOMPARE(r.result.requests, 6);
    // A lower bound only: a slow machine makes it longer, never shorter.
    QVERIFY2(timer.elapsed() >= 5 * 150, qPrintable(QString::number(timer.elapsed())));
}

void TestLookupReader::campaignsAndAgentsPage()
{
    auto server = sandbox();
    auto c = client(*server);
    LookupReader reader(c.get());
    LookupReader::Options options = unpaced(7);
    const Reading campaigns = run(reader, [&] { reader.readCampaigns(options); });
    QVERIFY2(campaigns.result.ok(), qPrintable(campaigns.result.message));
    QCOMPARE(int(campaigns.campaigns.size()), 60); // one per 50 calls
    QSet<QString> campaignIds;
    int notConnected = 0;
    for (const CampaignInfo& info : campaigns.campaigns) {
        campaignIds.insert(info.id);
        QVERIFY(info.hasCounts());
        QVERIFY(!info.name.isEmpty());
        notConnected += info.notConnected();
        QCOMPARE(server->campaign(info.id.toStdString()).has_value(), true);
    }
    QCOMPARE(campaignIds.size(), 60);
    int terminable = 0;
    for (const HistoryCall& call : std::as_const(m_all))
        terminable += call.status == QLatin1String("registered") || call.status == QLatin1String("retry");
    QCOMPARE(notConnected, terminable);
    QCOMPARE(campaigns.result.pages, 9);

    options.pageSize = 2;
    const Reading agents = run(reader, [&] { reader.readAgents(options); });
    QVERIFY2(agents.result.ok(), qPrintable(agents.result.message));
    QCOMPARE(int(agents.agents.size()), 6);
    QCOMPARE(agents.result.pages, 4); // the fourth page is empty: agents have no total
    options.pageSize = 500; // clamped to the API's 100
    const Reading clamped = run(reader, [&] { reader.readAgents(options); });
    QVERIFY2(clamped.result.ok(), qPrintable(clamped.result.message));
    QCOMPARE(int(clamped.agents.size()), 6);
}

void TestLookupReader::foreignPagesAreRefused_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("says");
    QTest::newRow("404 of another server") << int(test::HostileServer::Mode::Ok) << QStringLiteral("404");
    QTest::newRow("login page") << int(test::HostileServer::Mode::HtmlLogin) << QStringLiteral("not the API's");
    QTest::newRow("not JSON") << int(test::HostileServer::Mode::NotJson) << QStringLiteral("not the API's");
}

void TestLookupReader::foreignPagesAreRefused()
{
    QFETCH(int, mode);
    QFETCH(QString, says);
    test::HostileServer::Options options;
    options.mode = test::HostileServer::Mode(mode);
    test::HostileServer server(options);
    QVERIFY(server.start());
    ApiClient c;
    c.setBaseUrl(QUrl(server.baseUrl()));
    c.setApiKey(QStringLiteral("k"));
    LookupReader reader(&c);
    LookupReader::Options readOptions;
    readOptions.minIntervalMs = 0;
    const Reading r = run(reader, [&] { reader.readHistory(wholeWeek(), readOptions); });
    QCOMPARE(r.result.ending, LookupResult::Ending::Failed);
    QCOMPARE(r.result.records, 0);
    QCOMPARE(r.result.requests, 1);
    QVERIFY2(r.result.message.contains(says, Qt::CaseInsensitive), qPrintable(r.result.message));
}

void TestLookupReader::queryCarriesBothDatesEncoded()
{
    HistoryFilter filter = wholeWeek();
    filter.campaignId = QStringLiteral("c 1");
    const auto query = LookupReader::historyQuery(filter, QStringLiteral("retry"), 50, 100);
    QCOMPARE(query.at(0).first, QStringLiteral("start_date"));
    QVERIFY2(query.at(0).second.endsWith(QLatin1String("+05:30")), qPrintable(query.at(0).second));
    QCOMPARE(query.at(1).first, QStringLiteral("end_date"));
    QVERIFY(query.contains({QStringLiteral("status"), QStringLiteral("retry")}));
    QVERIFY(query.contains({QStringLiteral("bulk_list_id"), QStringLiteral("c 1")}));
    const HistoryFilter today = HistoryFilter::today(QDateTime::fromSecsSinceEpoch(Now));
    QCOMPARE(today.from.time(), QTime(0, 0));
    QCOMPARE(today.to.time(), QTime(23, 59, 59));
    QCOMPARE(today.from.date(), today.to.date());
    QCOMPARE(today.statuses, HistoryFilter::terminableStatuses());
}

QTEST_GUILESS_MAIN(TestLookupReader)
#include "tst_lookupreader.moc"
