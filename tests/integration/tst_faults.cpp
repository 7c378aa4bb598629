#include "SandboxServer.h"
#include "api/ApiClient.h"
#include "jobs/JobRecorder.h"
#include "jobs/TerminationJob.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace callstop;

namespace {

// Remembers the order of attempts and answers, to prove that nothing is sent after a refused key.
struct OrderRecorder : JobRecorder
{
    QStringList events;
    void attemptStarted(const BatchResult& b, int attempt) override
    {
        events.append(QStringLiteral("sent %1/%2").arg(b.index).arg(attempt));
    }
    void attemptFinished(const BatchResult& b, const ApiResponse& r, bool) override
    {
        events.append(QStringLiteral("answer %1 %2").arg(b.index).arg(r.httpStatus));
    }
    void batchClosed(const BatchResult&) override { }
    void jobFinished(const JobSummary&) override { }
};

} // namespace

// The job against a sandbox that fails, drops, hangs and rate-limits, over real loopback connections.
class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void survivesFaults();
    void rateLimitSlowsTheJob();
    void rotatedKeyStopsEverything();

private:
    QTemporaryDir m_dir;
};

void TestFaults::initTestCase()
{
    qRegisterMetaType<ApiResponse>();
    qRegisterMetaType<BatchResult>();
    qRegisterMetaType<JobSummary>();
}

void TestFaults::survivesFaults()
{
    sandbox::SandboxOptions options;
    options.calls = 12000;
    options.seed = 99;
    options.failRate = 0.2;
    options.dropRate = 0.05;
    options.hangRate = 0.02;
    options.rateLimit = 400;
    options.threads = 48;
    options.recordPath = m_dir.filePath(QStringLiteral("record.jsonl")).toStdString();
    sandbox::SandboxServer server(options);
    QVERIFY(server.start());

    QList<CallId> ids;
    std::map<std::string, std::string> before;
    for (const auto& c : server.calls()) {
        if (ids.size() < 10000) {
            ids.append(*CallId::parse(QString::fromStdString(c.id)));
            before[c.id] = c.status;
        }
    }
    ApiClient client;
    client.setBaseUrl(QUrl(QString::fromStdString(server.baseUrl())));
    client.setApiKey(QString::fromStdString(server.apiKey()));
    client.setTimeoutMs(1500);
    JobOptions jobOptions;
    jobOptions.concurrency = 8;
    jobOptions.retry.maxAttempts = 12;
    jobOptions.retry.baseDelayMs = 20;
    jobOptions.retry.maxDelayMs = 400;
    TerminationJob job(&client, ids, jobOptions);
    job.setRandomSeed(5);
    QSignalSpy finished(&job, &TerminationJob::finished);
    job.start();
    QVERIFY(finished.wait(240000));
    const JobSummary s = job.summary();
    QCOMPARE(s.ending, JobSummary::Ending::Completed);
    // A lost answer, then "nothing terminable": probably applied by the lost attempt.
    QCOMPARE(s.accepted + s.nothingTerminable + s.probablyApplied, 100);
    QVERIFY(s.retries > 10); // the faults did happen
    QVERIFY(s.requests <= 100 * jobOptions.retry.maxAttempts);

    // Every terminable call is cancelled in the sandbox.
    std::map<std::string, std::string> after;
    for (const auto& c : server.calls())
        after[c.id] = c.status;
    for (const auto& [id, status] : before) {
        if (status == "registered" || status == "retry")
            QCOMPARE(after[id], std::string("cancelled"));
    }
    // Each batch's final state agrees with the sandbox's record of what it did with that batch's requests.
    server.stop();
    QFile record(QString::fromStdString(options.recordPath));
    QVERIFY(record.open(QIODevice::ReadOnly));
    std::map<std::string, std::set<std::string>> actionsByFirstId;
    int recorded = 0;
    for (const QByteArray& line : record.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        ++recorded;
        const QJsonObject r = QJsonDocument::fromJson(line).object();
        const QJsonArray rids = r.value(QLatin1String("ids")).toArray();
        if (!rids.isEmpty())
            actionsByFirstId[rids.first().toString().toStdString()].insert(
                r.value(QLatin1String("action")).toString().toStdString());
    }
    // A request on a connection the server had just closed never reaches it: the server may see fewer.
    QVERIFY(recorded <= s.requests);
    QVERIFY(recorded <= 100 * jobOptions.retry.maxAttempts);
    for (int slot = 0; slot < job.batchCount(); ++slot) {
        const BatchResult& b = job.batch(slot);
        const auto& actions = actionsByFirstId[b.payload.ids.first().toString().toStdString()];
        if (b.outcome == BatchOutcome::Accepted) {
            QVERIFY(actions.count("applied"));
        } else if (b.outcome == BatchOutcome::ProbablyApplied) {
            QVERIFY(actions.count("drop_after") || actions.count("drop_before") || actions.count("hang"));
        } else {
            // Nothing terminable only when no attempt before lost its answer (else: probably applied).
            QCOMPARE(b.outcome, BatchOutcome::NothingTerminable);
            QVERIFY(actions.count("nothing_terminable"));
            QVERIFY(!actions.count("drop_after"));
        }
    }
}

void TestFaults::rateLimitSlowsTheJob()
{
    sandbox::SandboxOptions options;
    options.calls = 3000;
    options.rateLimit = 20;
    sandbox::SandboxServer server(options);
    QVERIFY(server.start());
    QList<CallId> ids;
    for (const auto& c : server.calls())
        ids.append(*CallId::parse(QString::fromStdString(c.id)));
    ApiClient client;
    client.setBaseUrl(QUrl(QString::fromStdString(server.baseUrl())));
    client.setApiKey(QString::fromStdString(server.apiKey()));
    JobOptions jobOptions;
    jobOptions.concurrency = 8;
    jobOptions.retry.maxAttempts = 10;
    jobOptions.retry.baseDelayMs = 50;
    TerminationJob job(&client, ids, jobOptions);
    int lowest = jobOptions.concurrency;
    connect(&job, &TerminationJob::batchRetrying, &job, [&] { lowest = qMin(lowest, job.currentLimit()); });
    QSignalSpy finished(&job, &TerminationJob::finished);
    job.start();
    QVERIFY(finished.wait(120000));
    QCOMPARE(job.summary().accepted + job.summary().nothingTerminable, 30);
    QVERIFY2(lowest < jobOptions.concurrency, "the job never slowed down on 429");
}

void TestFaults::rotatedKeyStopsEverything()
{
    sandbox::SandboxOptions options;
    options.calls = 3000;
    options.latencyMs = 30;
    sandbox::SandboxServer server(options);
    QVERIFY(server.start());
    QList<CallId> ids;
    for (const auto& c : server.calls())
        ids.append(*CallId::parse(QString::fromStdString(c.id)));
    ApiClient client;
    client.setBaseUrl(QUrl(QString::fromStdString(server.baseUrl())));
    client.setApiKey(QString::fromStdString(server.apiKey()));
    JobOptions jobOptions;
    jobOptions.batchSize = 50;
    jobOptions.concurrency = 4;
    TerminationJob job(&client, ids, jobOptions);
    OrderRecorder order;
    job.addRecorder(&order);
    int done = 0;
    connect(&job, &TerminationJob::batchFinished, &job, [&] {
        if (++done == 5)
            server.rotateApiKey("rotated-0000-0000-0000-000000000000");
    });
    QSignalSpy finished(&job, &TerminationJob::finished);
    job.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(job.summary().ending, JobSummary::Ending::Unauthorized);
    const qsizetype first401 = order.events.indexOf(QRegularExpression(QStringLiteral("^answer \\d+ 401$")));
    QVERIFY(first401 > 0);
    for (qsizetype i = first401; i < order.events.size(); ++i)
        QVERIFY2(
            !order.events.at(i).startsWith(QLatin1String("sent")), qPrintable(order.events.join(QLatin1Char('\n'))));
    QVERIFY(job.summary().notSent > 0);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
