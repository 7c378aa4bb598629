#include "SandboxServer.h"
#include "api/ApiClient.h"
#include "jobs/AuditLog.h"
#include "jobs/JobSession.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <functional>
#include <set>

#include <unistd.h>

using namespace callstop;

// The journal or the audit log cannot be written in the middle of a job (a full disk, a write error): the job sends
// nothing more, finishes what is in flight, and says what became of every batch. Against the real sandbox, with
// three faults: the journal's own fault hook (CALLSTOP_FAULT_JOURNAL_WRITES, deterministic to the record), the audit
// log on /dev/full (the kernel's ENOSPC), and, when the test runs as root, the journal on a tiny full tmpfs.
class TestRecordingFailure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void journalFailsAtTheFirstAnswer();
    void journalFailsBeforeTheRequestsLeave();
    void journalFailsBetweenLeasedRequests();
    void journalFailsWhileARetryWaits();
    void auditLogOnAFullDevice();
    void journalOnAFullFilesystem();

private:
    struct Run
    {
        std::unique_ptr<sandbox::SandboxServer> server;
        std::unique_ptr<JobSession> session;
        QString recordPath;
        QString journalPath;
        QString auditPath;
        int requestsWhenFailed = -1; // the job's request count when it said the recording failed
        int failures = 0;
        int inFlightWhenFailed = -1; // as the signal says
        JobSummary summary;
    };
    struct RunOptions
    {
        double failRate = 0; // the sandbox's
        QString journalDir; // the test's folder when empty
        QString auditPath;
        int batches = 10;
        std::function<void()> afterStart; // called once the journal's header is written, before anything is sent
    };
    // Starts a sandbox, a session on it and a job of batches of 10 registered calls, 4 in flight; runs it to its
    // end. The fault variables set by the caller are read when the session creates its journal and audit log.
    void run(Run* r, const QString& name, const RunOptions& o);
    // The batch numbers of the terminate requests the sandbox received, once each attempt.
    static std::multiset<int> receivedBatches(const Run& r);
    // Batches whose "sent" record is in the journal on disk.
    static std::set<int> sentOnDisk(const QString& journalPath);
    // Batches that a lease in the journal on disk names.
    static std::set<int> leasedOnDisk(const QString& journalPath);

    QTemporaryDir m_dir;
    QList<CallId> m_ids;
};

void TestRecordingFailure::initTestCase()
{
    qRegisterMetaType<BatchResult>();
    qRegisterMetaType<JobSummary>();
    QVERIFY(m_dir.isValid());
}

void TestRecordingFailure::cleanup()
{
    qunsetenv("CALLSTOP_FAULT_JOURNAL_WRITES");
    qunsetenv("CALLSTOP_FAULT_AUDIT_WRITES");
}

void TestRecordingFailure::run(Run* r, const QString& name, const RunOptions& o)
{
    const int batches = o.batches;
    sandbox::SandboxOptions options;
    options.calls = 2000;
    options.seed = 11;
    options.failRate = o.failRate;
    r->recordPath = m_dir.filePath(name + QStringLiteral("-record.jsonl"));
    options.recordPath = r->recordPath.toStdString();
    r->server = std::make_unique<sandbox::SandboxServer>(options);
    std::string error;
    QVERIFY2(r->server->start(&error), error.c_str());
    m_ids.clear();
    for (const auto& c : r->server->calls()) {
        if (c.status == "registered" && m_ids.size() < batches * 10)
            m_ids.append(*CallId::parse(QString::fromStdString(c.id)));
    }
    QCOMPARE(m_ids.size(), batches * 10);

    auto client = std::make_unique<ApiClient>();
    client->setBaseUrl(QUrl(QString::fromStdString(r->server->baseUrl())));
    client->setApiKey(QString::fromStdString(r->server->apiKey()));
    SessionContext context;
    context.profileName = QStringLiteral("Test");
    context.baseUrl = client->baseUrl();
    r->journalPath
        = (o.journalDir.isEmpty() ? m_dir.path() : o.journalDir) + QLatin1Char('/') + name + QStringLiteral(".jsonl");
    context.journalPath = r->journalPath;
    r->auditPath = o.auditPath.isEmpty() ? m_dir.filePath(name + QStringLiteral("-audit.jsonl")) : o.auditPath;
    context.auditPath = r->auditPath;
    r->session = std::make_unique<JobSession>(std::move(client), context);

    JobOptions job;
    job.batchSize = 10;
    job.concurrency = 4;
    // A retry waits long: it is still waiting when the other answers arrive.
    job.retry.baseDelayMs = 60000;
    job.retry.maxDelayMs = 60000;
    QSignalSpy finished(r->session.get(), &JobSession::finished);
    connect(r->session.get(), &JobSession::recordingFailed, this, [r](const QString&, int inFlight) {
        ++r->failures;
        r->inFlightWhenFailed = inFlight;
        r->requestsWhenFailed = r->session->job()->summary().requests;
    });
    QString startError;
    QVERIFY2(r->session->start(BatchPayload::forCallIds(m_ids), job, &startError), qPrintable(startError));
    r->session->job()->setRandomSeed(3);
    cleanup(); // the faults are read once, by the journal and the audit log of this session
    if (o.afterStart)
        o.afterStart();
    QVERIFY(finished.wait(60000));
    r->summary = finished.first().first().value<JobSummary>();
}

std::multiset<int> TestRecordingFailure::receivedBatches(const Run& r)
{
    // The sandbox records the IDs of each request; a batch is known by its first ID.
    QHash<QString, int> batchOf;
    for (int slot = 0; slot < r.session->job()->batchCount(); ++slot)
        batchOf.insert(r.session->job()->batch(slot).payload.itemText(0), r.session->job()->batch(slot).index);
    std::multiset<int> out;
    QFile file(r.recordPath);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    while (!file.atEnd()) {
        const QJsonArray ids = QJsonDocument::fromJson(file.readLine()).object().value(QLatin1String("ids")).toArray();
        if (!ids.isEmpty())
            out.insert(batchOf.value(ids.first().toString(), -1));
    }
    return out;
}

std::set<int> TestRecordingFailure::sentOnDisk(const QString& journalPath)
{
    std::set<int> out;
    QFile file(journalPath);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    while (!file.atEnd()) {
        const QJsonObject r = QJsonDocument::fromJson(file.readLine()).object();
        if (r.value(QLatin1String("type")).toString() == QLatin1String("sent"))
            out.insert(r.value(QLatin1String("batch")).toInt());
    }
    return out;
}

void TestRecordingFailure::journalFailsAtTheFirstAnswer()
{
    // The header, the lease (of all ten batches: K is 16 at 4 in flight) and the four "sent" records reach the file;
    // the first answer's record does not. Four requests were in flight then: they finish and are shown; the six
    // other batches are not sent.
    qputenv("CALLSTOP_FAULT_JOURNAL_WRITES", "6");
    Run r;
    run(&r, QStringLiteral("first-answer"), RunOptions());
    const TerminationJob& job = *r.session->job();

    QCOMPARE(r.summary.ending, JobSummary::Ending::RecordingFailed);
    QCOMPARE(JobSummary::endingKey(r.summary.ending), QStringLiteral("recording_failed"));
    QVERIFY2(r.summary.stopMessage.contains(r.journalPath), qPrintable(r.summary.stopMessage));
    QVERIFY2(r.summary.stopMessage.contains(qt_error_string(ENOSPC)), qPrintable(r.summary.stopMessage));
    QCOMPARE(r.session->journalError(), r.summary.stopMessage);
    QVERIFY(r.session->auditError().isEmpty());
    QVERIFY(r.session->recordingFailureText().contains(r.journalPath));

    // Nothing was sent after the failure was known; what was in flight then was answered.
    QCOMPARE(r.failures, 1);
    QCOMPARE(r.summary.requests, r.requestsWhenFailed);
    QCOMPARE(r.summary.requests, 4);
    QCOMPARE(r.inFlightWhenFailed, 3);
    QCOMPARE(receivedBatches(r), (std::multiset<int> {0, 1, 2, 3}));
    for (int slot = 0; slot < job.batchCount(); ++slot) {
        const BatchResult& b = job.batch(slot);
        QCOMPARE(b.outcome, slot < 4 ? BatchOutcome::Accepted : BatchOutcome::NotSent);
        QCOMPARE(b.attempts, slot < 4 ? 1 : 0);
    }
    QVERIFY(job.batch(9).message.contains(QLatin1String("could not be written")));
    QCOMPARE(r.summary.accepted, 4);
    QCOMPARE(r.summary.notSent, 6);
    // The report keeps what the journal could not.
    const QList<ReportRow> rows = r.session->reportRows();
    QCOMPARE(rows.size(), 100);
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).state, RowStates::key(i < 40 ? RowState::Terminated : RowState::Cancelled));

    // The journal ends with whole records: the four unanswered batches, and the six leased ones whose "not sent" it
    // could not write, read as unknown (the lease said they may leave; resume sends them again, safely), and the job
    // as one to resume.
    QString error;
    const JournalState state = JobJournal::load(r.journalPath, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(state.records, 6);
    QVERIFY(!state.damagedTail);
    QVERIFY(!state.finished);
    QCOMPARE(sentOnDisk(r.journalPath), (std::set<int> {0, 1, 2, 3}));
    QCOMPARE(leasedOnDisk(r.journalPath), (std::set<int> {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    QCOMPARE(state.count(JournalState::BatchState::Unknown), 10);
    QCOMPARE(state.count(JournalState::BatchState::NotSent), 0);
    QVERIFY(state.needsResume());
    // The audit log was writable: it has the four answers.
    const QList<AuditRecord> audit = AuditLog::read(r.auditPath, &error);
    QCOMPARE(audit.size(), 4);
}

void TestRecordingFailure::journalFailsBeforeTheRequestsLeave()
{
    // The lease, the first record after the header, fails: no request may leave, and none does. The journal says
    // that nothing was sent.
    qputenv("CALLSTOP_FAULT_JOURNAL_WRITES", "1");
    Run r;
    run(&r, QStringLiteral("before-send"), RunOptions());
    const TerminationJob& job = *r.session->job();
    QCOMPARE(r.summary.ending, JobSummary::Ending::RecordingFailed);
    QCOMPARE(r.summary.requests, 0);
    QCOMPARE(r.requestsWhenFailed, 0);
    QCOMPARE(r.inFlightWhenFailed, 0);
    QVERIFY(receivedBatches(r).empty());
    for (int slot = 0; slot < job.batchCount(); ++slot) {
        QCOMPARE(job.batch(slot).outcome, BatchOutcome::NotSent);
        QCOMPARE(job.batch(slot).attempts, 0);
    }
    QCOMPARE(r.summary.notSent, 10);
    QVERIFY(sentOnDisk(r.journalPath).empty());
    QVERIFY(leasedOnDisk(r.journalPath).empty());
    QString error;
    const JournalState state = JobJournal::load(r.journalPath, &error);
    QCOMPARE(state.records, 1);
    QCOMPARE(state.count(JournalState::BatchState::NotSent), 10);
    QCOMPARE(state.possiblyApplied.count(true), 0);
}

void TestRecordingFailure::journalFailsBetweenLeasedRequests()
{
    // The lease is on disk; the first request's "sent" record is written and it leaves; the second's fails in the
    // same turn: that request and every other one stays unsent. The one in flight finishes and is shown.
    qputenv("CALLSTOP_FAULT_JOURNAL_WRITES", "3");
    Run r;
    run(&r, QStringLiteral("between-leased"), RunOptions());
    const TerminationJob& job = *r.session->job();
    QCOMPARE(r.summary.ending, JobSummary::Ending::RecordingFailed);
    QCOMPARE(r.failures, 1);
    QCOMPARE(r.requestsWhenFailed, 1);
    QCOMPARE(r.inFlightWhenFailed, 1);
    QCOMPARE(r.summary.requests, 1);
    QCOMPARE(receivedBatches(r), (std::multiset<int> {0}));
    for (int slot = 0; slot < job.batchCount(); ++slot) {
        QCOMPARE(job.batch(slot).outcome, slot == 0 ? BatchOutcome::Accepted : BatchOutcome::NotSent);
        QCOMPARE(job.batch(slot).attempts, slot == 0 ? 1 : 0);
    }
    QCOMPARE(r.summary.accepted, 1);
    QCOMPARE(r.summary.notSent, 9);
    // On disk: the lease of all ten and the one "sent". Every batch reads as unknown: the lease said each may leave,
    // and the journal could write neither the answer nor the "not sent" of any. Resume sends them all, safely.
    QCOMPARE(sentOnDisk(r.journalPath), (std::set<int> {0}));
    QCOMPARE(leasedOnDisk(r.journalPath), (std::set<int> {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    QString error;
    const JournalState state = JobJournal::load(r.journalPath, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(state.records, 3);
    QCOMPARE(state.count(JournalState::BatchState::Unknown), 10);
    QVERIFY(state.needsResume());
    QCOMPARE(state.batchesToResume().size(), 10);
}

void TestRecordingFailure::journalFailsWhileARetryWaits()
{
    // Every answer is a 500. The first one is recorded (its retry waits) and frees a slot; the "sent" record of the
    // next batch (leased: it would leave at once) fails: neither that batch, nor the waiting retry, nor any other is
    // sent; the three requests still in flight end as failed (no retry either). Written: the header, the lease, four
    // "sent" and the first answer.
    qputenv("CALLSTOP_FAULT_JOURNAL_WRITES", "7");
    Run r;
    RunOptions o;
    o.failRate = 1.0;
    run(&r, QStringLiteral("retry"), o);
    const TerminationJob& job = *r.session->job();
    QCOMPARE(r.summary.ending, JobSummary::Ending::RecordingFailed);
    QCOMPARE(r.summary.requests, r.requestsWhenFailed);
    QCOMPARE(r.summary.requests, 4);
    QCOMPARE(int(receivedBatches(r).size()), 4);
    int stoppedBeforeRetry = 0;
    for (int slot = 0; slot < job.batchCount(); ++slot) {
        const BatchResult& b = job.batch(slot);
        QCOMPARE(b.outcome, slot < 4 ? BatchOutcome::Failed : BatchOutcome::NotSent);
        if (b.message.startsWith(QLatin1String("Stopped before the next attempt")))
            ++stoppedBeforeRetry;
    }
    // The batch whose retry was waiting.
    QCOMPARE(stoppedBeforeRetry, 1);
    QCOMPARE(r.summary.failed, 4);
    QCOMPARE(r.summary.notSent, 6);
}

void TestRecordingFailure::auditLogOnAFullDevice()
{
    // /dev/full is a real full disk: every write fails with ENOSPC. The first request cannot be audited (its "sent"
    // record), so it does not leave and the job stops there; the journal is fine and records everything, its end
    // included.
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full on this system");
    Run r;
    RunOptions o;
    o.auditPath = QStringLiteral("/dev/full");
    run(&r, QStringLiteral("dev-full"), o);
    const TerminationJob& job = *r.session->job();
    QCOMPARE(r.summary.ending, JobSummary::Ending::RecordingFailed);
    QVERIFY2(r.session->auditError().contains(QLatin1String("/dev/full")), qPrintable(r.session->auditError()));
    QVERIFY2(r.session->auditError().contains(qt_error_string(ENOSPC)), qPrintable(r.session->auditError()));
    QVERIFY(r.session->journalError().isEmpty());
    QCOMPARE(r.summary.requests, r.requestsWhenFailed);
    QCOMPARE(r.summary.requests, 0);
    QCOMPARE(receivedBatches(r), (std::multiset<int> {}));
    for (int slot = 0; slot < job.batchCount(); ++slot)
        QCOMPARE(job.batch(slot).outcome, BatchOutcome::NotSent);
    QString error;
    const JournalState state = JobJournal::load(r.journalPath, &error);
    QVERIFY(state.finished);
    QCOMPARE(state.ending, QStringLiteral("recording_failed"));
    QCOMPARE(state.count(JournalState::BatchState::NotSent), 10);
    // Its batches not sent are still to be sent.
    QVERIFY(state.needsResume());
}

void TestRecordingFailure::journalOnAFullFilesystem()
{
    // A real filesystem that fills up: a 64 KiB tmpfs, filled to the last byte once the journal's header is written.
    // Where the journal fails depends on its size, so this test asserts only what holds wherever it fails.
    if (::geteuid() != 0)
        QSKIP("needs root to mount a tmpfs (CI runs as root); the fault hook and /dev/full cover the rest");
    const QString mountPoint = m_dir.filePath(QStringLiteral("tmpfs"));
    QVERIFY(QDir().mkpath(mountPoint));
    QProcess mount;
    mount.start(QStringLiteral("mount"),
        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64k"),
            QStringLiteral("tmpfs"), mountPoint});
    if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (a container without the capability?): ")
            + QString::fromLocal8Bit(mount.readAllStandardError()).trimmed()));
    struct Unmount
    {
        QString path;
        ~Unmount() { QProcess::execute(QStringLiteral("umount"), {path}); }
    } unmount {mountPoint};

    // Filled to the last byte once the header is written, before the first request; then one page (4 KiB) is freed.
    // The journal can write that page and what is left of its last one (less than 8 KiB in all), then gets ENOSPC.
    // 40 batches: their records (some 10 KiB) do not fit, and a page holds more than the first four "sent" records,
    // so it fails mid-job.
    RunOptions o;
    o.journalDir = mountPoint;
    o.batches = 40;
    o.afterStart = [&] {
        QFile filler(mountPoint + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) { }
        while (filler.write("x", 1) == 1) { }
        QVERIFY(filler.resize(filler.size() - 4096));
    };
    Run r;
    run(&r, QStringLiteral("tmpfs"), o);
    const TerminationJob& job = *r.session->job();
    QCOMPARE(r.summary.ending, JobSummary::Ending::RecordingFailed);
    QVERIFY2(r.session->journalError().contains(r.journalPath), qPrintable(r.session->journalError()));
    QVERIFY2(r.session->journalError().contains(qt_error_string(ENOSPC)), qPrintable(r.session->journalError()));
    QVERIFY(!r.session->journalError().contains(QLatin1String("injected")));
    QCOMPARE(r.failures, 1);
    QCOMPARE(r.summary.requests, r.requestsWhenFailed);
    // Every request that left was leased on disk first, and had its "sent" record written (a killed process keeps
    // it); every batch was answered or not sent.
    const std::multiset<int> received = receivedBatches(r);
    const std::set<int> onDisk = sentOnDisk(r.journalPath);
    const std::set<int> leased = leasedOnDisk(r.journalPath);
    QCOMPARE(int(received.size()), r.summary.requests);
    for (int b : received) {
        QVERIFY(onDisk.count(b) == 1);
        QVERIFY(leased.count(b) == 1);
    }
    QVERIFY(int(received.size()) < job.batchCount());
    QVERIFY(!received.empty());
    for (int slot = 0; slot < job.batchCount(); ++slot) {
        const BatchResult& b = job.batch(slot);
        QCOMPARE(b.outcome, received.count(b.index) ? BatchOutcome::Accepted : BatchOutcome::NotSent);
    }
    // Whole records up to the failure, perhaps the start of one more: a journal to resume.
    QString error;
    const JournalState state = JobJournal::load(r.journalPath, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!state.finished);
    // Leased batches may have left: unknown unless their answer is on disk; the others were not sent.
    QCOMPARE(state.count(JournalState::BatchState::NotSent), job.batchCount() - int(leased.size()));
    QCOMPARE(state.count(JournalState::BatchState::Unknown) + state.count(JournalState::BatchState::Confirmed),
        int(leased.size()));
    QVERIFY(int(leased.size()) - state.count(JournalState::BatchState::Confirmed) <= TerminationJob::leaseSizeFor(4));
    qInfo("tmpfs: %d of %d batches sent before the disk was full", int(received.size()), job.batchCount());
}

std::set<int> TestRecordingFailure::leasedOnDisk(const QString& journalPath)
{
    std::set<int> out;
    QFile file(journalPath);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    while (!file.atEnd()) {
        const QJsonObject r = QJsonDocument::fromJson(file.readLine()).object();
        if (r.value(QLatin1String("type")).toString() == QLatin1String("lease")) {
            for (const QJsonValue& b : r.value(QLatin1String("batches")).toArray())
                out.insert(b.toInt());
        }
    }
    return out;
}

QTEST_GUILESS_MAIN(TestRecordingFailure)
#include "tst_recordingfailure.moc"
