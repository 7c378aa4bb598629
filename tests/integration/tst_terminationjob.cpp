#include "SandboxFixture.h"
#include "api/ApiClient.h"
#include "jobs/AuditLog.h"
#include "jobs/JobJournal.h"
#include "jobs/JobRecorder.h"
#include "jobs/JobSession.h"
#include "jobs/TerminationJob.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "TestSupport.h"
#include <QTimer>

#include <map>
#include <set>

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
// and no signal is emitted, before a record that covers it was handed over for a sync (a lease for a first attempt,
// the attempt's own "sent" record for a retry); and at every sync, at most K leased batches lack their final record
// (what a crash may leave unknown because of the lease).
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
    // What the records handed over say, per batch index.
    std::set<int> leased;
    std::set<std::pair<int, int>> sentRecorded; // (batch, attempt) of retries: "sent" handed over
    std::set<int> settled; // a final answer or a closed record handed over
    std::set<int> leasedWritten; // leased in a record written, handed over or not
    qsizetype maxUnsettled = 0; // most leased batches without their final record, at any sync
    int attemptsCovered = 0; // first attempts leased plus retries announced, handed over
    std::vector<std::pair<QString, int>> parsed; // per record: its kind and batch, and for "sent" and "answer" more

    void add(const QString& record)
    {
        records.append(record);
        if (file.isOpen()) {
            file.write(record.toUtf8() + '\n');
            file.flush();
        }
        // Every request the server saw was covered by a record handed over before it left.
        if (serverRequests && serverRequests() > attemptsCovered)
            ++reachedServerTooEarly;
    }
    void batchesLeased(const QList<int>& indexes) override
    {
        QStringList texts;
        for (int i : indexes) {
            texts.append(QString::number(i));
            leasedWritten.insert(i);
        }
        add(QStringLiteral("lease %1").arg(texts.join(QLatin1Char(','))));
    }
    void attemptStarted(const BatchResult& b, int attempt) override
    {
        add(QStringLiteral("sent %1/%2").arg(b.index).arg(attempt));
    }
    void attemptFinished(const BatchResult& b, const ApiResponse&, bool final) override
    {
        add(QStringLiteral("answer %1/%2%3")
                .arg(b.index)
                .arg(b.attempts)
                .arg(final ? QStringLiteral(" final") : QString()));
    }
    void batchClosed(const BatchResult& b) override { add(QStringLiteral("closed %1").arg(b.index)); }
    void jobFinished(const JobSummary&) override { add(QStringLiteral("end")); }
    int takeUnsyncedFile() override
    {
        if (handedOver == records.size())
            return -1;
        for (qsizetype i = handedOver; i < records.size(); ++i) {
            const QString& r = records.at(i);
            const QStringList words = r.split(QLatin1Char(' '));
            if (words.at(0) == QLatin1String("lease")) {
                for (const QString& index : words.at(1).split(QLatin1Char(','))) {
                    if (leased.insert(index.toInt()).second)
                        ++attemptsCovered;
                }
            } else if (words.at(0) == QLatin1String("sent")) {
                const QStringList ba = words.at(1).split(QLatin1Char('/'));
                if (ba.at(1).toInt() > 1 && sentRecorded.insert({ba.at(0).toInt(), ba.at(1).toInt()}).second)
                    ++attemptsCovered;
            } else if (words.at(0) == QLatin1String("answer") && words.size() == 3) {
                settled.insert(words.at(1).split(QLatin1Char('/')).at(0).toInt());
            } else if (words.at(0) == QLatin1String("closed")) {
                settled.insert(words.at(1).toInt());
            }
        }
        handedOver = records.size();
        qsizetype unsettled = 0;
        for (int b : leased)
            unsettled += settled.count(b) ? 0 : 1;
        maxUnsettled = std::max(maxUnsettled, unsettled);
        ++syncs;
        return fd;
    }
    void syncFailed(int error) override { failures.append(error); }
    bool isHandedOver(const QString& record) const
    {
        const qsizetype at = records.lastIndexOf(record);
        return at >= 0 && at < handedOver;
    }
    bool covers(int index, int attempt) const
    {
        return attempt == 1 ? leased.count(index) > 0 : sentRecorded.count({index, attempt}) > 0;
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
    void cancelLetsInFlightFinish_data();
    void cancelLetsInFlightFinish();
    void abortMarksInFlightUnknown();
    void failedBatch();
    void recordsAreSyncedBeforeTheyAreActedOn_data();
    void recordsAreSyncedBeforeTheyAreActedOn();
    void cancelStopsARequestThatHasNotLeft();
    void concurrencyIsRealOnTheWire_data();
    void concurrencyIsRealOnTheWire();
    void failedSyncIsReported();
    void receiverMayDeleteTheJobOnFinished();
    void lostAnswerThenNothingTerminableIsProbablyApplied_data();
    void lostAnswerThenNothingTerminableIsProbablyApplied();
    void resumeAfterAttemptsInFlight();
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

void TestTerminationJob::cancelLetsInFlightFinish_data()
{
    QTest::addColumn<bool>("checkCalls");
    QTest::newRow("without the check") << false;
    // The batches accepted after the cancel are not checked: the job asks nothing more, and still ends.
    QTest::newRow("with the check") << true;
}

void TestTerminationJob::cancelLetsInFlightFinish()
{
    QFETCH(bool, checkCalls);
    SandboxFixture sandbox(500, 300);
    const QList<CallId> ids = sandbox.idsWithStatus("registered").mid(0, 100);
    ApiClient client;
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(sandbox.key());
    JobOptions options;
    options.batchSize = 10;
    options.concurrency = 2;
    options.checkCalls = checkCalls;
    TerminationJob job(&client, ids, options);
    const Run run = runJob(job, [](TerminationJob& j, Run& r) {
        if (r.started == 2)
            j.cancel();
    });
    QCOMPARE(run.summary.ending, JobSummary::Ending::Cancelled);
    QCOMPARE(run.summary.accepted, 2);
    QCOMPARE(run.summary.notSent, 8);
    QCOMPARE(sandbox.server->stats().terminateRequests, 2);
    QCOMPARE(run.summary.callsChecked, 0);
    QVERIFY(run.checked.isEmpty());
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

void TestTerminationJob::recordsAreSyncedBeforeTheyAreActedOn_data()
{
    QTest::addColumn<int>("lease");
    QTest::addColumn<double>("failRate");
    QTest::newRow("default lease") << 0 << 0.0;
    QTest::newRow("lease of 1") << 1 << 0.0;
    QTest::newRow("lease of 5, with retries") << 5 << 0.3;
}

void TestTerminationJob::recordsAreSyncedBeforeTheyAreActedOn()
{
    QFETCH(int, lease);
    QFETCH(double, failRate);
    SandboxFixture sandbox(3000, 0, 7, failRate);
    const QList<CallId> ids = sandbox.idsWithStatus("registered").mid(0, 600);
    ApiClient client;
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(sandbox.key());
    JobOptions options;
    options.batchSize = 10;
    options.concurrency = 4;
    options.leaseBatches = lease;
    options.retry.baseDelayMs = 5;
    options.retry.maxAttempts = 20;
    TerminationJob job(&client, ids, options);
    const int k = lease > 0 ? lease : TerminationJob::leaseSizeFor(options.concurrency);
    QCOMPARE(job.leaseSize(), k);
    QTemporaryDir dir;
    SyncRecorder recorder;
    recorder.file.setFileName(dir.filePath(QStringLiteral("records")));
    QVERIFY(recorder.file.open(QIODevice::WriteOnly));
    recorder.fd = recorder.file.handle();
    recorder.serverRequests = [&] { return sandbox.server->stats().terminateRequests; };
    job.addRecorder(&recorder);
    int unsyncedSignals = 0;
    int maxInFlight = 0;
    connect(&job, &TerminationJob::batchStarted, this, [&](int slot, int attempt) {
        // The request has left: a synced record covered it.
        if (!recorder.covers(job.batch(slot).index, attempt))
            ++unsyncedSignals;
        maxInFlight = std::max(maxInFlight, job.inFlight());
    });
    connect(&job, &TerminationJob::batchFinished, this, [&](const BatchResult& b) {
        if (!recorder.isHandedOver(QStringLiteral("answer %1/%2 final").arg(b.index).arg(b.attempts)))
            ++unsyncedSignals;
    });
    const Run run = runJob(job);
    QCOMPARE(run.summary.accepted, job.batchCount());
    QCOMPARE(run.batches.size(), job.batchCount());
    QCOMPARE(unsyncedSignals, 0);
    QCOMPARE(recorder.reachedServerTooEarly, 0);
    QVERIFY(recorder.isHandedOver(QStringLiteral("end")));
    QVERIFY(recorder.failures.isEmpty());
    if (failRate > 0)
        QVERIFY2(run.summary.retries > 0, "no retry: the retry path was not tested");
    else
        QCOMPARE(run.summary.retries, 0);
    // Every batch leased exactly once, in leases of at most K; never more than K leased batches unsettled on disk.
    QCOMPARE(int(recorder.leased.size()), job.batchCount());
    QCOMPARE(int(recorder.leasedWritten.size()), job.batchCount());
    QVERIFY(job.leases() >= (job.batchCount() + k - 1) / k);
    QVERIFY2(recorder.maxUnsettled <= k, qPrintable(QString::number(recorder.maxUnsettled)));
    QVERIFY(maxInFlight <= std::min(k, options.concurrency));
    if (k >= options.concurrency)
        QCOMPARE(maxInFlight, options.concurrency);
    // One record per attempt's start and end, one per lease, one at the end; one sync covers several records.
    QCOMPARE(recorder.records.size(), 2 * run.summary.requests + job.leases() + 1);
    QVERIFY2(recorder.syncs <= run.summary.requests + job.leases() + 1, qPrintable(QString::number(recorder.syncs)));
}

void TestTerminationJob::cancelStopsARequestThatHasNotLeft()
{
    // The operator cancels as the first request leaves: the other batches, leased (their first attempts may leave
    // at once) but not sent, are not sent; they are closed as not sent, which the journal says too.
    SandboxFixture sandbox(300);
    const QList<CallId> ids = sandbox.idsWithStatus("registered").mid(0, 50);
    ApiClient client;
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(sandbox.key());
    JobOptions options;
    options.batchSize = 10;
    options.concurrency = 1;
    TerminationJob job(&client, ids, options);
    QTemporaryDir dir;
    const QString journalPath = dir.filePath(QStringLiteral("job.jsonl"));
    JobJournal journal;
    QString error;
    QVERIFY2(journal.create(
                 journalPath, JournalHeader::forJob(job, QStringLiteral("test"), sandbox.baseUrl().toString()), &error),
        qPrintable(error));
    job.addRecorder(&journal);
    connect(&job, &TerminationJob::batchStarted, &job, [&job](int slot, int) {
        if (slot == 0)
            job.cancel();
    });
    const Run run = runJob(job);
    QVERIFY(job.leases() >= 1);
    QCOMPARE(sandbox.server->stats().terminateRequests, 1);
    QCOMPARE(run.summary.requests, 1);
    QCOMPARE(run.summary.accepted, 1);
    QCOMPARE(run.summary.notSent, 4);
    QCOMPARE(run.batches.size(), 5);
    QCOMPARE(job.batch(1).outcome, BatchOutcome::NotSent);
    QCOMPARE(job.batch(1).attempts, 0);
    for (const CallId& id : ids.mid(10))
        QCOMPARE(sandbox.statusOf(id), std::string("registered"));
    const JournalState state = JobJournal::load(journalPath, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(state.finished);
    QCOMPARE(state.count(JournalState::BatchState::Confirmed), 1);
    QCOMPARE(state.count(JournalState::BatchState::NotSent), 4);
    QCOMPARE(state.possiblyApplied.count(true), 0);
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

void TestTerminationJob::lostAnswerThenNothingTerminableIsProbablyApplied_data()
{
    QTest::addColumn<double>("dropRate");
    QTest::addColumn<double>("failRate");
    QTest::addColumn<bool>("checkCalls");
    QTest::newRow("drops") << 0.5 << 0.0 << false;
    QTest::newRow("drops and failures") << 0.5 << 0.3 << false;
    QTest::newRow("drops, failures, checked") << 0.5 << 0.3 << true;
}

// Half the terminate requests lose their answer (half of those after the server applied them): a later attempt of the
// same batch is answered 400 "nothing terminable", or fails to the end. Not one call that the sandbox shows stopped
// by the job may end as "not terminable" or "failed"; the batch is probably applied, and the check confirms it.
void TestTerminationJob::lostAnswerThenNothingTerminableIsProbablyApplied()
{
    QFETCH(double, dropRate);
    QFETCH(double, failRate);
    QFETCH(bool, checkCalls);
    QTemporaryDir dir;
    sandbox::SandboxOptions o;
    o.calls = 700;
    o.seed = 17;
    o.dropRate = dropRate;
    o.failRate = failRate;
    o.recordPath = dir.filePath(QStringLiteral("record.jsonl")).toStdString();
    sandbox::SandboxServer server(o);
    QVERIFY(server.start());
    QList<CallId> ids;
    std::set<std::string> terminableBefore;
    for (const auto& c : server.calls()) {
        if (ids.size() == 600)
            break;
        ids.append(*CallId::parse(QString::fromStdString(c.id)));
        if (c.status == "registered" || c.status == "retry")
            terminableBefore.insert(c.id);
    }
    ApiClient client;
    client.setBaseUrl(QUrl(QString::fromStdString(server.baseUrl())));
    client.setApiKey(QString::fromStdString(server.apiKey()));
    JobOptions options;
    options.batchSize = 10;
    options.concurrency = 1; // one request at a time: the sandbox draws its faults in the same order every run
    options.checkCalls = checkCalls;
    options.retry.baseDelayMs = 1;
    options.retry.maxDelayMs = 5;
    TerminationJob job(&client, ids, options);
    job.setRandomSeed(3);
    AuditLog audit(dir.filePath(QStringLiteral("audit.jsonl")), QStringLiteral("Test"), QStringLiteral("127.0.0.1"),
        QStringLiteral("job-1"));
    job.addRecorder(&audit);
    const Run run = runJob(job);
    QCOMPARE(run.summary.ending, JobSummary::Ending::Completed);
    QCOMPARE(run.batches.size(), 60);

    QList<RowState> states(ids.size(), RowState::Queued);
    QList<BatchOutcome> outcomeAt(ids.size(), BatchOutcome::Pending);
    for (const BatchResult& b : run.batches) {
        for (int i = 0; i < b.itemCount(); ++i) {
            states[b.firstPosition + i] = TerminationJob::rowStateFor(b.outcome);
            outcomeAt[b.firstPosition + i] = b.outcome;
        }
    }
    for (auto it = run.checked.cbegin(); it != run.checked.cend(); ++it)
        states[it.key()] = it.value();
    QStringList wrong;
    int ours = 0;
    for (int p = 0; p < ids.size(); ++p) {
        const std::string id = ids.at(p).toString().toStdString();
        const auto call = server.call(id);
        QVERIFY(call);
        const bool stoppedByUs = terminableBefore.count(id) && call->subStatus == "USER_TERMINATED";
        ours += stoppedByUs ? 1 : 0;
        if (stoppedByUs && (states.at(p) == RowState::NotTerminable || states.at(p) == RowState::Failed))
            wrong.append(QString::fromStdString(id) + QLatin1Char(' ') + RowStates::key(states.at(p)));
        if (checkCalls && outcomeAt.at(p) == BatchOutcome::ProbablyApplied) {
            // Every call of a batch probably applied was checked, and the check says what the call became.
            QVERIFY(run.checked.contains(p));
            QCOMPARE(states.at(p) == RowState::Terminated, stoppedByUs);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    QVERIFY(ours > 100);
    // The case did happen: lost answers, then "nothing terminable".
    QVERIFY2(run.summary.probablyApplied >= 3, qPrintable(QString::number(run.summary.probablyApplied)));

    // What the sandbox did with each batch's requests agrees with the batch's state.
    server.stop();
    QFile record(QString::fromStdString(o.recordPath));
    QVERIFY(record.open(QIODevice::ReadOnly));
    std::map<QString, QStringList> actions; // first ID -> actions in order
    for (const QByteArray& line : record.readAll().split('\n')) {
        const QJsonObject r = QJsonDocument::fromJson(line).object();
        const QJsonArray rids = r.value(QLatin1String("ids")).toArray();
        if (!rids.isEmpty())
            actions[rids.first().toString()].append(r.value(QLatin1String("action")).toString());
    }
    for (const BatchResult& b : run.batches) {
        const QStringList& a = actions[b.payload.ids.first().toString()];
        const bool dropped = a.contains(QLatin1String("drop_after")) || a.contains(QLatin1String("drop_before"));
        if (b.outcome == BatchOutcome::ProbablyApplied)
            QVERIFY2(dropped, qPrintable(a.join(QLatin1Char(' '))));
        if (b.outcome == BatchOutcome::NothingTerminable || b.outcome == BatchOutcome::Failed)
            QVERIFY2(!dropped, qPrintable(a.join(QLatin1Char(' ')) + QLatin1Char(' ') + BatchOutcomes::key(b.outcome)));
    }

    // The audit log has every attempt once, with what really came back: a drop is no HTTP 200.
    QString error;
    const QList<AuditRecord> records = AuditLog::read(dir.filePath(QStringLiteral("audit.jsonl")), &error);
    QCOMPARE(records.size(), run.summary.requests);
    int drops = 0;
    for (const AuditRecord& r : records) {
        QVERIFY(r.outcome != QLatin1String(AuditRecord::NoAnswerOutcome));
        if (!r.networkError.isEmpty()) {
            ++drops;
            QCOMPARE(r.httpStatus, 0);
        } else {
            QVERIFY(r.httpStatus > 0);
        }
    }
    QVERIFY(drops > 20);
}

// A journal whose process died with two requests in flight: the first had been applied by the server (its calls are
// cancelled now), the second never arrived. A third batch, never sent, holds calls stopped meanwhile by someone else.
// Resumed, all three are answered from what the server says now, and the history decides: the first is probably
// applied, the second accepted, the third nothing terminable.
void TestTerminationJob::resumeAfterAttemptsInFlight()
{
    SandboxFixture sandbox(500);
    const QList<CallId> ids = sandbox.idsWithStatus("registered", 30);
    QCOMPARE(ids.size(), 30);
    QTemporaryDir dir;
    ApiClient client;
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(sandbox.key());
    for (const auto& stopped : {ids.mid(0, 10), ids.mid(20, 10)}) {
        TerminationJob before(&client, stopped, JobOptions());
        QCOMPARE(runJob(before).summary.accepted, 1);
    }
    JobOptions options;
    options.batchSize = 10;
    TerminationJob planned(&client, ids, options);
    const QString path = dir.filePath(QStringLiteral("job.jsonl"));
    QString error;
    {
        JobJournal journal;
        QVERIFY2(journal.create(path,
                     JournalHeader::forJob(planned, QStringLiteral("Test"), sandbox.baseUrl().toString()), &error),
            qPrintable(error));
        journal.attemptStarted(planned.batch(0), 1);
        journal.attemptStarted(planned.batch(1), 1);
    }
    const ResumePlan plan = JobSession::planResume(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(plan.state.possiblyApplied, (QList<bool> {true, true, false}));
    QCOMPARE(plan.batches.size(), 3);

    auto resumedClient = std::make_unique<ApiClient>();
    resumedClient->setBaseUrl(sandbox.baseUrl());
    resumedClient->setApiKey(sandbox.key());
    SessionContext context;
    context.profileName = QStringLiteral("Test");
    context.baseUrl = sandbox.baseUrl();
    context.auditPath = dir.filePath(QStringLiteral("audit.jsonl"));
    JobSession session(std::move(resumedClient), context);
    QSignalSpy finished(&session, &JobSession::finished);
    QVERIFY2(session.resume(plan, JobOptions(), &error), qPrintable(error));
    QVERIFY(finished.wait(60000));
    const TerminationJob& job = *session.job();
    QCOMPARE(job.batch(0).outcome, BatchOutcome::ProbablyApplied);
    QCOMPARE(job.batch(1).outcome, BatchOutcome::Accepted);
    QCOMPARE(job.batch(2).outcome, BatchOutcome::NothingTerminable);
    QCOMPARE(job.summary().probablyApplied, 1);
    const QList<ReportRow> rows = session.reportRows();
    QCOMPARE(rows.size(), 30);
    for (int i = 0; i < rows.size(); ++i) {
        const RowState expected
            = i < 10 ? RowState::ProbablyApplied : (i < 20 ? RowState::Terminated : RowState::NotTerminable);
        QCOMPARE(rows.at(i).state, RowStates::key(expected));
    }
    // Probably applied is final: "retry failed" does not offer it, and the journal does not send it again.
    QVERIFY(session.positionsToRetry().isEmpty());
    const JournalState after = JobJournal::load(path, &error);
    QVERIFY(after.finished);
    QCOMPARE(after.batches.at(0), JournalState::BatchState::ProbablyApplied);
    QCOMPARE(after.count(JournalState::BatchState::Confirmed), 2);
    QVERIFY(after.batchesToResume().isEmpty());
}

QTEST_GUILESS_MAIN(TestTerminationJob)
#include "tst_terminationjob.moc"
