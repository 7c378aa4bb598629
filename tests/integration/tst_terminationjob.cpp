#include "SandboxFixture.h"
#include "api/ApiClient.h"
#include "jobs/JobRecorder.h"
#include "jobs/TerminationJob.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "TestSupport.h"
#include <QTimer>

#include <unistd.h>

using namespace callstop;
using callstop::test::SandboxFixture;

namespace {

struct Run
{
    QList<BatchResult> batches;
    QHash<int, RowState> checked;
    QHash<int, QString> details;
    JobSummary summary;
    int started = 0;
};

Run runJob(TerminationJob& job, const std::function<void(TerminationJob&, Run&)>& onStarted = {})
{
    Run run;
    QObject::connect(&job, &TerminationJob::batchStarted, &job, [&](int, int) {
        ++run.started;
        if (onStarted)
            onStarted(job, run);
    });
    QObject::connect(&job, &TerminationJob::batchFinished, &job, [&](const BatchResult& b) { run.batches.append(b); });
    QObject::connect(&job, &TerminationJob::callChecked, &job, [&](int position, RowState state, const QString& d) {
        run.checked.insert(position, state);
        run.details.insert(position, d);
    });
    QSignalSpy finished(&job, &TerminationJob::finished);
    job.start();
    if (!finished.wait(60000))
        qFatal("job did not finish");
    run.summary = job.summary();
    return run;
}

// Writes a record per event to a real file and checks the job's side of group commit: nothing reaches the server,
// and no signal is emitted, before the records that announce it were handed over for a sync.
struct SyncRecorder : JobRecorder
{
    QFile file;
    int fd = -1; // what takeUnsyncedFile() gives: the file, or a pipe whose sync fails
    QStringList records;
    qsizetype handedOver = 0; // records covered by a sync the job asked for
    int syncs = 0;
    int reachedServerTooEarly = 0;
    QList<int> failures;
    std::function<int()> serverRequests;
    qsizetype sentHandedOver = 0;

    void add(const QString& record)
    {
        records.append(record);
        if (file.isOpen()) {
            file.write(record.toUtf8() + '\n');
            file.flush();
        }
        // Every request the server saw was announced by a "sent" record handed over before.
        if (serverRequests && serverRequests() > sentHandedOver)
            ++reachedServerTooEarly;
    }
    void attemptStarted(const BatchResult& b, int attempt) override
    {
        add(QStringLiteral("sent %1/%2").arg(b.index).arg(attempt));
    }
    void attemptFinished(const BatchResult& b, const ApiResponse&, bool) override
    {
        add(QStringLiteral("answer %1/%2").arg(b.index).arg(b.attempts));
    }
    void batchClosed(const BatchResult& b) override { add(QStringLiteral("closed %1").arg(b.index)); }
    void jobFinished(const JobSummary&) override { add(QStringLiteral("end")); }
    int takeUnsyncedFile() override
    {
        if (handedOver == records.size())
            return -1;
        handedOver = records.size();
        sentHandedOver = records.filter(QRegularExpression(QStringLiteral("^sent "))).size();
        ++syncs;
        return fd;
    }
    void syncFailed(int error) override { failures.append(error); }
    bool isHandedOver(const QString& record) const
    {
        const qsizetype at = records.lastIndexOf(record);
        return at >= 0 && at < handedOver;
    }
};

} // namespace

class TestTerminationJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void batchesAndCheckedStates();
    void configuredBatchSize();
    void unauthorizedStopsAtFirstAnswer();
    void cancelLetsInFlightFinish();
    void abortMarksInFlightUnknown();
    void failedBatch();
    void recordsAreSyncedBeforeTheyAreActedOn();
    void cancelStopsARequestThatHasNotLeft();
    void concurrencyIsRealOnTheWire_data();
    void concurrencyIsRealOnTheWire();
    void failedSyncIsReported();
    void receiverMayDeleteTheJobOnFinished();
};

void TestTerminationJob::initTestCase()
{
    qRegisterMetaType<ApiResponse>();
    qRegisterMetaType<BatchResult>();
    qRegisterMetaType<JobSummary>();
}

void TestTerminationJob::batchesAndCheckedStates()
{
    SandboxFixture sandbox(2000);
    QList<CallId> ids;
    ids += sandbox.idsWithStatus("registered", 90);
    ids += sandbox.idsWithStatus("retry", 30);
    ids += sandbox.idsWithStatus("ongoing", 30);
    ids += sandbox.idsWithStatus("completed", 50);
    ids += sandbox.idsWithStatus("cancelled", 20);
    ids += sandbox.idsWithStatus("failed", 20);
    for (int i = 0; i < 10; ++i)
        ids.append(*CallId::parse(QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'))));
    QCOMPARE(ids.size(), 250);
    // Interleave so every batch mixes terminable and not terminable calls, except the last one (all unknown ones
    // and finished ones) which is nothing terminable.
    std::sort(ids.begin(), ids.begin() + 200);

    ApiClient client;
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(sandbox.key());
    JobOptions options;
    options.checkCalls = true;
    TerminationJob job(&client, ids, options);
    QCOMPARE(job.batchCount(), 3);
    const Run run = runJob(job);

    QCOMPARE(run.batches.size(), 3);
    QCOMPARE(run.summary.ending, JobSummary::Ending::Completed);
    QCOMPARE(sandbox.server->stats().terminateRequests, 3);
    for (const BatchResult& b : run.batches) {
        QVERIFY(b.outcome == BatchOutcome::Accepted || b.outcome == BatchOutcome::NothingTerminable);
        QCOMPARE(b.attempts, 1);
        QVERIFY(b.payload.ids.size() <= 100);
    }
    // Every position of an accepted batch was checked; its state agrees with the sandbox.
    QHash<int, RowState> finalStates;
    for (const BatchResult& b : run.batches) {
        for (int i = 0; i < b.payload.ids.size(); ++i)
            finalStates.insert(b.index * 100 + i, TerminationJob::rowStateFor(b.outcome));
    }
    for (auto it = run.checked.cbegin(); it != run.checked.cend(); ++it)
        finalStates.insert(it.key(), it.value());
    QCOMPARE(finalStates.size(), 250);
    int terminated = 0;
    for (int p = 0; p < ids.size(); ++p) {
        const std::string status = sandbox.statusOf(ids.at(p));
        const RowState state = finalStates.value(p);
        if (state == RowState::Terminated) {
            QCOMPARE(status, std::string("cancelled"));
            ++terminated;
        } else {
            QCOMPARE(state, RowState::NotTerminable);
            QVERIFY2(status != "registered" && status != "retry", status.c_str());
        }
    }
    QCOMPARE(terminated, 120);
    QCOMPARE(run.summary.callsTerminated, 120);
}

void TestTerminationJob::configuredBatchSize()
{
    SandboxFixture sandbox(1000);
    const QList<CallId> ids = sandbox.idsWithStatus("registered").mid(0, 95);
    QCOMPARE(ids.size(), 95);
    ApiClient client;
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(sandbox.key());
    JobOptions options;
    options.batchSize = 30;
    options.concurrency = 2;
    TerminationJob job(&client, ids, options);
    QCOMPARE(job.batchCount(), 4);
    const Run run = runJob(job);
    QCOMPARE(run.summary.accepted, 4);
    QCOMPARE(sandbox.server->stats().terminateRequests, 4);
    QCOMPARE(job.batch(3).payload.ids.size(), 5);
}

void TestTerminationJob::unauthorizedStopsAtFirstAnswer()
{
    SandboxFixture sandbox(300);
    const QList<CallId> registered = sandbox.idsWithStatus("registered");
    const QList<CallId> ids = registered + sandbox.idsWithStatus("completed");
    ApiClient client;
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(QStringLiteral("11111111-2222-3333-4444-555555555555"));
    JobOptions options;
    options.batchSize = 10;
    options.concurrency = 1;
    TerminationJob job(&client, ids, options);
    QVERIFY(job.batchCount() > 5);
    const Run run = runJob(job);
    QCOMPARE(sandbox.server->stats().terminateRequests, 1);
    QCOMPARE(run.started, 1);
    QCOMPARE(run.summary.ending, JobSummary::Ending::Unauthorized);
    QCOMPARE(run.summary.unauthorized, 1);
    QCOMPARE(run.summary.notSent, job.batchCount() - 1);
    QVERIFY(run.summary.stopMessage.contains(QLatin1String("Invalid credentials")));
    for (const CallId& id : registered)
        QCOMPARE(sandbox.statusOf(id), std::string("registered"));
}

void TestTerminationJob::cancelLetsInFlightFinish()
{
    SandboxFixture sandbox(500, 300);
    const QList<CallId> ids = sandbox.idsWithStatus("registered").mid(0, 100);
    ApiClient client;
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(sandbox.key());
    JobOptions options;
    options.batchSize = 10;
    options.concurrency = 2;
    TerminationJob job(&client, ids, options);
    const Run run = runJob(job, [](TerminationJob& j, Run& r) {
        if (r.started == 2)
            j.cancel();
    });
    QCOMPARE(run.summary.ending, JobSummary::Ending::Cancelled);
    QCOMPARE(run.summary.accepted, 2);
    QCOMPARE(run.summary.notSent, 8);
    QCOMPARE(sandbox.server->stats().terminateRequests, 2);
}

void TestTerminationJob::abortMarksInFlightUnknown()
{
    SandboxFixture sandbox(500, 800);
    const QList<CallId> ids = sandbox.idsWithStatus("registered").mid(0, 40);
    ApiClient client;
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(sandbox.key());
    JobOptions options;
    options.batchSize = 10;
    options.concurrency = 2;
    TerminationJob job(&client, ids, options);
    QTimer::singleShot(200, &job, &TerminationJob::abort);
    const Run run = runJob(job);
    QCOMPARE(run.summary.ending, JobSummary::Ending::Aborted);
    QCOMPARE(run.summary.unknown, 2);
    QCOMPARE(run.summary.notSent, 2);
    for (const BatchResult& b : run.batches) {
        if (b.outcome == BatchOutcome::Unknown)
            QVERIFY(b.message.contains(QLatin1String("safe")));
    }
}

void TestTerminationJob::failedBatch()
{
    const quint16 port = callstop::test::closedLoopbackPort();
    ApiClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/ca/api/v0").arg(port)));
    client.setApiKey(QStringLiteral("k-k-k-k"));
    JobOptions options;
    options.retry.maxAttempts = 3;
    options.retry.baseDelayMs = 10;
    TerminationJob job(&client, {*CallId::parse(QStringLiteral("86815974-8a87-4e32-9953-aca4f97868ab"))}, options);
    const Run run = runJob(job);
    // Refused connections are retried; the request never reached a server, so the batch failed (not unknown).
    QCOMPARE(run.summary.failed, 1);
    QCOMPARE(run.summary.requests, 3);
    QCOMPARE(run.batches.at(0).attempts, 3);
    QCOMPARE(run.summary.ending, JobSummary::Ending::Completed);
    QCOMPARE(TerminationJob::rowStateFor(run.batches.at(0).outcome), RowState::Failed);
}

void TestTerminationJob::recordsAreSyncedBeforeTheyAreActedOn()
{
    SandboxFixture sandbox(3000);
    const QList<CallId> ids = sandbox.idsWithStatus("registered").mid(0, 600);
    ApiClient client;
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(sandbox.key());
    JobOptions options;
    options.batchSize = 10;
    options.concurrency = 4;
    TerminationJob job(&client, ids, options);
    QTemporaryDir dir;
    SyncRecorder recorder;
    recorder.file.setFileName(dir.filePath(QStringLiteral("records")));
    QVERIFY(recorder.file.open(QIODevice::WriteOnly));
    recorder.fd = recorder.file.handle();
    recorder.serverRequests = [&] { return sandbox.server->stats().terminateRequests; };
    job.addRecorder(&recorder);
    int unsyncedSignals = 0;
    connect(&job, &TerminationJob::batchStarted, this, [&](int slot, int attempt) {
        if (!recorder.isHandedOver(QStringLiteral("sent %1/%2").arg(job.batch(slot).index).arg(attempt)))
            ++unsyncedSignals;
    });
    connect(&job, &TerminationJob::batchFinished, this, [&](const BatchResult& b) {
        if (!recorder.isHandedOver(QStringLiteral("answer %1/%2").arg(b.index).arg(b.attempts)))
            ++unsyncedSignals;
    });
    const Run run = runJob(job);
    QCOMPARE(run.summary.accepted, job.batchCount());
    QCOMPARE(run.batches.size(), job.batchCount());
    QCOMPARE(unsyncedSignals, 0);
    QCOMPARE(recorder.reachedServerTooEarly, 0);
    QVERIFY(recorder.isHandedOver(QStringLiteral("end")));
    QVERIFY(recorder.failures.isEmpty());
    // One sync covers several records: at least the answer of a batch and the start of the next one.
    QCOMPARE(recorder.records.size(), 2 * job.batchCount() + 1);
    QVERIFY2(recorder.syncs <= job.batchCount() + 1, qPrintable(QString::number(recorder.syncs)));
}

void TestTerminationJob::cancelStopsARequestThatHasNotLeft()
{
    // The answer to batch 1 and the start of batch 2 wait for the same sync. The operator cancels on seeing batch 1
    // finish: batch 2, whose request has not left yet, is not sent.
    SandboxFixture sandbox(300);
    const QList<CallId> ids = sandbox.idsWithStatus("registered").mid(0, 50);
    ApiClient client;
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(sandbox.key());
    JobOptions options;
    options.batchSize = 10;
    options.concurrency = 1;
    TerminationJob job(&client, ids, options);
    connect(&job, &TerminationJob::batchFinished, &job, [&job](const BatchResult& b) {
        if (b.index == 0)
            job.cancel();
    });
    const Run run = runJob(job);
    QCOMPARE(sandbox.server->stats().terminateRequests, 1);
    QCOMPARE(run.summary.requests, 1);
    QCOMPARE(run.summary.accepted, 1);
    QCOMPARE(run.summary.notSent, 4);
    QCOMPARE(run.batches.size(), 5);
    QCOMPARE(job.batch(1).outcome, BatchOutcome::NotSent);
    QCOMPARE(job.batch(1).attempts, 0);
    for (const CallId& id : ids.mid(10))
        QCOMPARE(sandbox.statusOf(id), std::string("registered"));
}

void TestTerminationJob::concurrencyIsRealOnTheWire_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<int>("managers");
    QTest::newRow("4") << 4 << 1;
    QTest::newRow("6") << 6 << 1;
    QTest::newRow("8") << 8 << 2;
    QTest::newRow("16") << 16 << 3;
}

void TestTerminationJob::concurrencyIsRealOnTheWire()
{
    // Qt's HTTP client opens at most 6 connections to a host per network access manager; a job of more in flight
    // must still have them all at the server at once.
    QFETCH(int, concurrency);
    QFETCH(int, managers);
    // Each answer takes 300 ms: every request of the first round is at the server at once.
    SandboxFixture sandbox(1000, 300);
    const QList<CallId> ids = sandbox.idsWithStatus("registered").mid(0, concurrency * 5);
    QCOMPARE(ids.size(), concurrency * 5);
    ApiClient client;
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(sandbox.key());
    JobOptions options;
    options.batchSize = 5;
    options.concurrency = concurrency;
    TerminationJob job(&client, ids, options);
    const Run run = runJob(job);
    QCOMPARE(run.summary.accepted, concurrency);
    QCOMPARE(sandbox.server->stats().peakTerminatesInFlight, concurrency);
    QCOMPARE(client.managerCount(), managers);
}

void TestTerminationJob::failedSyncIsReported()
{
    SandboxFixture sandbox(300);
    const QList<CallId> ids = sandbox.idsWithStatus("registered").mid(0, 30);
    ApiClient client;
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(sandbox.key());
    JobOptions options;
    options.batchSize = 10;
    TerminationJob job(&client, ids, options);
    // A pipe cannot be synced (EINVAL): the recorder is told, and the job still reports every batch.
    int pipe[2];
    QCOMPARE(::pipe(pipe), 0);
    SyncRecorder recorder;
    recorder.fd = pipe[1];
    job.addRecorder(&recorder);
    const Run run = runJob(job);
    ::close(pipe[0]);
    ::close(pipe[1]);
    QCOMPARE(run.summary.accepted, 3);
    QVERIFY(!recorder.failures.isEmpty());
    QCOMPARE(recorder.failures.first(), EINVAL);
}

void TestTerminationJob::receiverMayDeleteTheJobOnFinished()
{
    // The sanitizer build proves that nothing of the job is touched after a receiver deleted it.
    SandboxFixture sandbox(300);
    ApiClient client;
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(sandbox.key());
    JobOptions options;
    options.batchSize = 10;
    auto* job = new TerminationJob(&client, sandbox.idsWithStatus("registered").mid(0, 30), options);
    QPointer<TerminationJob> watched(job);
    int accepted = -1;
    connect(job, &TerminationJob::finished, this, [&](const JobSummary& summary) {
        accepted = summary.accepted;
        delete job;
    });
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(watched.isNull(), 30000);
    QCOMPARE(accepted, 3);
}

QTEST_GUILESS_MAIN(TestTerminationJob)
#include "tst_terminationjob.moc"
