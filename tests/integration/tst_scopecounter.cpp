#include "SandboxServer.h"
#include "api/ApiClient.h"
#include "lookup/ScopeCounter.h"
#include "util/Translations.h"

#include <QSignalSpy>
#include <QTest>

using namespace callstop;

namespace {

constexpr std::int64_t Now = 1796292000; // 2026-12-03T09:20:00Z

} // namespace

// Measuring what a scope termination did, against the sandbox: counts before, the termination, counts after, and the
// sandbox's own state of every call as the reference.
class TestScopeCounter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void effect_data();
    void effect();
    void unknownCampaignIsNamed();
    void effectText();

private:
    ScopeCounts countNow(const BatchPayload& scope);
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestScopeCounter::init()
{
    sandbox::SandboxOptions options;
    options.calls = 1500;
    options.nowEpochSeconds = Now;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    std::string error;
    QVERIFY2(m_server->start(&error), error.c_str());
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(QUrl(QString::fromStdString(m_server->baseUrl())));
    m_client->setApiKey(QString::fromStdString(m_server->apiKey()));
}

ScopeCounts TestScopeCounter::countNow(const BatchPayload& scope)
{
    ScopeCounter counter(m_client.get());
    QSignalSpy counted(&counter, &ScopeCounter::counted);
    counter.count(scope, QDateTime::fromSecsSinceEpoch(Now));
    if (!counted.wait(60000))
        qFatal("no count");
    return counted.first().first().value<ScopeCounts>();
}

void TestScopeCounter::effect_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("campaign") << int(ScopeKind::Campaign);
    QTest::newRow("agent") << int(ScopeKind::Agent);
    QTest::newRow("numbers") << int(ScopeKind::Numbers);
    QTest::newRow("campaign numbers") << int(ScopeKind::CampaignNumbers);
}

void TestScopeCounter::effect()
{
    QFETCH(int, kind);
    // A call that can still be stopped gives the campaign, the agent and its number.
    std::optional<sandbox::SandboxCall> seed;
    for (const sandbox::SandboxCall& c : m_server->calls()) {
        if (c.status == "registered") {
            seed = c;
            break;
        }
    }
    QVERIFY(seed.has_value());
    BatchPayload scope;
    scope.kind = ScopeKind(kind);
    scope.campaignId = QString::fromStdString(seed->campaignId);
    scope.agentId = QString::fromStdString(seed->agentId);
    scope.numbers = {QString::fromStdString(seed->toNumber)};
    const auto inScope = [&](const sandbox::SandboxCall& c) {
        switch (scope.kind) {
        case ScopeKind::Campaign:
            return c.campaignId == seed->campaignId;
        case ScopeKind::Agent:
            return c.agentId == seed->agentId;
        case ScopeKind::Numbers:
            return c.toNumber == seed->toNumber;
        case ScopeKind::CampaignNumbers:
            return c.toNumber == seed->toNumber && c.campaignId == seed->campaignId;
        case ScopeKind::CallIds:
            break;
        }
        return false;
    };
    int waiting = 0;
    int ongoing = 0;
    for (const sandbox::SandboxCall& c : m_server->calls()) {
        if (inScope(c)) {
            waiting += c.status == "registered" || c.status == "retry";
            ongoing += c.status == "ongoing";
        }
    }
    QVERIFY(waiting >= 1);

    const ScopeCounts before = countNow(scope);
    QVERIFY2(before.ok, qPrintable(before.error));
    QCOMPARE(before.notConnected(), waiting);
    QCOMPARE(before.connected(), ongoing);

    ApiCall* call = m_client->terminate(scope);
    QSignalSpy answered(call, &ApiCall::finished);
    QVERIFY(answered.wait(10000));
    QCOMPARE(answered.first().first().value<ApiResponse>().httpStatus, 200);

    const ScopeCounts after = countNow(scope);
    QVERIFY2(after.ok, qPrintable(after.error));
    const ScopeEffect e = ScopeEffect::between(before, after);
    QCOMPARE(e.stopped, waiting);
    QCOMPARE(e.stillNotConnected, 0);
    QCOMPARE(e.alreadyConnected, ongoing);
    QVERIFY(e.text().contains(QString::number(waiting)));
}

void TestScopeCounter::unknownCampaignIsNamed()
{
    BatchPayload scope;
    scope.kind = ScopeKind::Campaign;
    scope.campaignId = QStringLiteral("no-such-campaign");
    const ScopeCounts counts = countNow(scope);
    QVERIFY(!counts.ok);
    QVERIFY2(counts.error.contains(QLatin1String("no-such-campaign")), qPrintable(counts.error));
}

void TestScopeCounter::effectText()
{
    installTranslations(QCoreApplication::instance(), QStringLiteral("en")); // the plural forms
    ScopeCounts before;
    before.byStatus = {{QStringLiteral("registered"), 10}, {QStringLiteral("retry"), 2}};
    ScopeCounts after;
    after.byStatus = {{QStringLiteral("registered"), 1}, {QStringLiteral("ongoing"), 3}};
    const ScopeEffect e = ScopeEffect::between(before, after);
    QCOMPARE(e.stopped, 11);
    QCOMPARE(e.alreadyConnected, 3);
    QCOMPARE(e.stillNotConnected, 1);
    QCOMPARE(e.text(),
        QStringLiteral("11 calls stopped, 3 already connected (not hung up); 1 still waiting to be "
                       "called (added since, or not stopped)"));
}

QTEST_GUILESS_MAIN(TestScopeCounter)
#include "tst_scopecounter.moc"
