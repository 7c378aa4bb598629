#include "SandboxFixture.h"
#include "api/ApiClient.h"
#include "jobs/AuditLog.h"
#include "jobs/JobSession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace callstop;

// The one job engine of the console and the CLI: journal, audit log, start and resume, against the real sandbox.
class TestJobSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resumesAJournalOfTheFirstFormat();
    void sameBaseUrl_data();
    void sameBaseUrl();
    void resumeUrlMismatchNamesBoth();
    void startWritesJournalAuditAndReport();
    void campaignScopeRoundTripsThroughTheJournal();
    void refusesAJournalOfAnUnknownScope();

private:
    std::unique_ptr<sandbox::SandboxServer> startSandbox(const QString& recordPath);
    std::unique_ptr<JobSession> session(const sandbox::SandboxServer& server, const QString& journal = {});
    // The call IDs of every terminate request the sandbox recorded.
    static std::multiset<QString> recordedIds(const QString& recordPath);
    QTemporaryDir m_dir;
};

void TestJobSession::initTestCase()
{
    qRegisterMetaType<BatchResult>();
    qRegisterMetaType<JobSummary>();
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<sandbox::SandboxServer> TestJobSession::startSandbox(const QString& recordPath)
{
    sandbox::SandboxOptions options;
    options.calls = 500;
    options.recordPath = recordPath.toStdString();
    auto server = std::make_unique<sandbox::SandboxServer>(options);
    std::string error;
    if (!server->start(&error))
        qFatal("sandbox did not start: %s", error.c_str());
    return server;
}

std::unique_ptr<JobSession> TestJobSession::session(const sandbox::SandboxServer& server, const QString& journal)
{
    auto client = std::make_unique<ApiClient>();
    client->setBaseUrl(QUrl(QString::fromStdString(server.baseUrl())));
    client->setApiKey(QString::fromStdString(server.apiKey()));
    SessionContext context;
    context.profileName = QStringLiteral("Test");
    context.baseUrl = client->baseUrl();
    context.journalDirectory = m_dir.filePath(QStringLiteral("journals"));
    context.journalPath = journal;
    context.auditPath = m_dir.filePath(QStringLiteral("audit.jsonl"));
    return std::make_unique<JobSession>(std::move(client), context);
}

std::multiset<QString> TestJobSession::recordedIds(const QString& recordPath)
{
    std::multiset<QString> out;
    QFile file(recordPath);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    while (!file.atEnd()) {
        const QJsonObject r = QJsonDocument::fromJson(file.readLine()).object();
        for (const auto& v : r.value(QLatin1String("ids")).toArray())
            out.insert(v.toString());
    }
    return out;
}

void TestJobSession::sameBaseUrl_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    const QString prod = QStringLiteral("https://prod-api.revenueable.ai/ca/api/v0");
    QTest::newRow("identical") << prod << prod << true;
    QTest::newRow("trailing slash") << prod << prod + QStringLiteral("/") << true;
    QTest::newRow("host case") << prod << QStringLiteral("https://Prod-API.revenueable.ai/ca/api/v0") << true;
    QTest::newRow("default port") << prod << QStringLiteral("https://prod-api.revenueable.ai:443/ca/api/v0") << true;
    QTest::newRow("other port") << prod << QStringLiteral("https://prod-api.revenueable.ai:8443/ca/api/v0") << false;
    QTest::newRow("other host") << prod << QStringLiteral("https://prod-api.revenueable.ai.example/ca/api/v0") << false;
    QTest::newRow("http") << prod << QStringLiteral("http://prod-api.revenueable.ai/ca/api/v0") << false;
    QTest::newRow("other path") << prod << QStringLiteral("https://prod-api.revenueable.ai/ca/api/v1") << false;
    QTest::newRow("user info") << prod << QStringLiteral("https://x@prod-api.revenueable.ai/ca/api/v0") << false;
    QTest::newRow("empty") << prod << QString() << false;
    QTest::newRow("loopback port") << QStringLiteral("http://127.0.0.1:8080/ca/api/v0")
                                   << QStringLiteral("http://127.0.0.1:8081/ca/api/v0") << false;
}

void TestJobSession::sameBaseUrl()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(JobSession::sameBaseUrl(QUrl(a), QUrl(b)), same);
    QCOMPARE(JobSession::sameBaseUrl(QUrl(b), QUrl(a)), same);
}

void TestJobSession::resumeUrlMismatchNamesBoth()
{
    JournalHeader header;
    header.baseUrl = QStringLiteral("https://attacker.example/ca/api/v0");
    const QUrl prod(QStringLiteral("https://prod-api.revenueable.ai/ca/api/v0"));
    const QString error = JobSession::checkResumeUrl(header, prod, QStringLiteral("the profile Production"));
    QVERIFY(error.contains(header.baseUrl));
    QVERIFY(error.contains(prod.toString()));
    QVERIFY(error.contains(QLatin1String("Production")));
    header.baseUrl = prod.toString() + QLatin1Char('/');
    QVERIFY(JobSession::checkResumeUrl(header, prod, QStringLiteral("the profile Production")).isEmpty());
}

void TestJobSession::resumesAJournalOfTheFirstFormat()
{
    // Written by callstop-cli before journals knew scopes (version 1), killed with SIGKILL in the middle of a job of
    // 13 batches of 10: batch 1 was in flight (it hung), 2 to 5 accepted, 6 in flight, 7 to 13 never sent.
    const QString recordPath = m_dir.filePath(QStringLiteral("v1-record.jsonl"));
    auto server = startSandbox(recordPath);
    QFile original(QStringLiteral(CALLSTOP_TEST_DATA "/journals/v1-interrupted.jsonl"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = original.readAll().split('\n');
    // The job ran on a sandbox that is gone: point its header at this one.
    QJsonObject header = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(header.value(QLatin1String("version")).toInt(), 1);
    QVERIFY(!header.contains(QLatin1String("scope")));
    header.insert(QStringLiteral("base_url"), QString::fromStdString(server->baseUrl()));
    lines[0] = QJsonDocument(header).toJson(QJsonDocument::Compact);
    const QString path = m_dir.filePath(QStringLiteral("v1.jsonl"));
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(lines.join('\n'));
    copy.close();

    QString error;
    const ResumePlan plan = JobSession::planResume(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(plan.state.header.kind(), ScopeKind::CallIds);
    QCOMPARE(plan.state.batches.size(), 13);
    QList<int> planned;
    for (const BatchResult& b : plan.batches)
        planned.append(b.index);
    QCOMPARE(planned, (QList<int> {0, 5, 6, 7, 8, 9, 10, 11, 12}));
    std::multiset<QString> expected;
    for (const BatchResult& b : plan.batches) {
        for (const CallId& id : b.payload.ids)
            expected.insert(id.toString());
    }
    QCOMPARE(int(expected.size()), plan.itemCount);
    QCOMPARE(plan.itemCount, 10 * 8 + 4);

    auto s = session(*server);
    QSignalSpy finished(s.get(), &JobSession::finished);
    QVERIFY(s->resume(plan, JobOptions(), &error));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().value<JobSummary>().ending, JobSummary::Ending::Completed);

    // Exactly the unknown and unsent batches went out, each once; nothing confirmed was sent again.
    QCOMPARE(recordedIds(recordPath), expected);
    const JournalState after = JobJournal::load(path, &error);
    QCOMPARE(after.count(JournalState::BatchState::Confirmed), 13);
    QVERIFY(after.finished);
    QVERIFY(!after.needsResume());
    // The report of a resumed job covers the items it sent, with their batch numbers in the whole job.
    const QList<ReportRow> rows = s->reportRows();
    QCOMPARE(rows.size(), plan.itemCount);
    QCOMPARE(rows.first().batch, 0);
    QCOMPARE(rows.at(10).batch, 5);
}

void TestJobSession::startWritesJournalAuditAndReport()
{
    const QString recordPath = m_dir.filePath(QStringLiteral("start-record.jsonl"));
    auto server = startSandbox(recordPath);
    QList<CallId> ids;
    for (const auto& c : server->calls()) {
        if ((c.status == "registered" || c.status == "completed") && ids.size() < 150)
            ids.append(*CallId::parse(QString::fromStdString(c.id)));
    }
    const QString journal = m_dir.filePath(QStringLiteral("start.jsonl"));
    auto s = session(*server, journal);
    QSignalSpy finished(s.get(), &JobSession::finished);
    QString error;
    QVERIFY(s->start(BatchPayload::forCallIds(ids), JobOptions(), &error));
    QCOMPARE(s->journalPath(), journal);
    QVERIFY(finished.wait(30000));

    QFile file(journal);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject header = QJsonDocument::fromJson(file.readLine()).object();
    QCOMPARE(header.value(QLatin1String("version")).toInt(), JournalHeader::CurrentVersion);
    QCOMPARE(header.value(QLatin1String("scope")).toString(), QStringLiteral("call_ids"));
    QCOMPARE(header.value(QLatin1String("batches")).toArray().size(), 2);

    const QList<AuditRecord> audit = AuditLog::read(m_dir.filePath(QStringLiteral("audit.jsonl")), &error);
    int forThisJob = 0;
    for (const AuditRecord& r : audit) {
        if (r.jobId == s->jobId()) {
            ++forThisJob;
            QCOMPARE(r.scope, QStringLiteral("call_ids"));
        }
    }
    QCOMPARE(forThisJob, 2);

    // Every item in order, with the state its batch gave it.
    const QList<ReportRow> rows = s->reportRows();
    QCOMPARE(rows.size(), ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(rows.at(i).id, ids.at(i).toString());
        QCOMPARE(rows.at(i).state, QStringLiteral("terminated"));
        QCOMPARE(rows.at(i).batch, i / 100);
    }
    QCOMPARE(s->acceptedItems(), int(ids.size()));
    QVERIFY(s->positionsToRetry().isEmpty());
    QCOMPARE(int(recordedIds(recordPath).size()), int(ids.size()));
}

void TestJobSession::campaignScopeRoundTripsThroughTheJournal()
{
    BatchPayload campaign;
    campaign.kind = ScopeKind::CampaignNumbers;
    campaign.campaignId = QStringLiteral("5f0e1a2b-0000-4000-8000-000000000001");
    for (int i = 0; i < 250; ++i)
        campaign.numbers.append(QStringLiteral("+1415555%1").arg(i, 4, 10, QLatin1Char('0')));
    const QList<BatchPayload> parts = BatchPayload::split(campaign, 100);
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(2).numbers.size(), 50);
    QCOMPARE(parts.at(2).campaignId, campaign.campaignId);

    JournalHeader header;
    header.jobId = QStringLiteral("job-1");
    header.batches = parts;
    JobJournal journal;
    const QString path = m_dir.filePath(QStringLiteral("campaign.jsonl"));
    QString error;
    QVERIFY(journal.create(path, header, &error));
    const JournalState state = JobJournal::load(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(state.header.kind(), ScopeKind::CampaignNumbers);
    QCOMPARE(state.header.batches, parts);

    // A whole agent is one request with no items.
    BatchPayload agent;
    agent.kind = ScopeKind::Agent;
    agent.agentId = QStringLiteral("agent-7");
    QCOMPARE(BatchPayload::split(agent, 100).size(), 1);
    QCOMPARE(agent.itemCount(), 1);
    QCOMPARE(ApiClient::terminateBody(agent), QByteArray("{\"agent_id\":\"agent-7\"}"));
    QCOMPARE(
        ApiClient::terminatePath(ScopeKind::CampaignNumbers), QStringLiteral("/campaign/terminate/campaign-numbers"));
    QVERIFY(ApiClient::terminateBody(parts.at(2))
                .startsWith(QByteArray("{\"campaign_id\":\"5f0e1a2b-0000-4000-8000-000000000001\",\"mobile_")));
}

void TestJobSession::refusesAJournalOfAnUnknownScope()
{
    const QString path = m_dir.filePath(QStringLiteral("future.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"type\":\"job\",\"version\":2,\"scope\":\"galaxy\",\"job\":\"x\",\"batches\":[[\"a\"]]}\n");
    file.close();
    QString error;
    const ResumePlan plan = JobSession::planResume(path, &error);
    QVERIFY(error.contains(QLatin1String("galaxy")));
    QVERIFY(plan.isEmpty());
}

QTEST_GUILESS_MAIN(TestJobSession)
#include "tst_jobsession.moc"
