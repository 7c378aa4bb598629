#include "jobs/AuditLog.h"
#include "jobs/JobJournal.h"
#include "jobs/ResultsReport.h"
#include "jobs/TerminationJob.h"
#include "util/Redactor.h"

#include <QTemporaryDir>
#include <QTest>

using namespace callstop;

namespace {
QList<CallId> ids(int n, int offset)
{
    QList<CallId> out;
    for (int i = 0; i < n; ++i)
        out.append(
            *CallId::parse(QStringLiteral("00000000-0000-4000-8000-%1").arg(offset + i, 12, 10, QLatin1Char('0'))));
    return out;
}

BatchResult batch(int index, int attempts, BatchOutcome outcome)
{
    BatchResult b;
    b.index = index;
    b.attempts = attempts;
    b.outcome = outcome;
    b.payload = BatchPayload::forCallIds(ids(2, index * 2));
    return b;
}
} // namespace

class TestJobJournal : public QObject
{
    Q_OBJECT

private slots:
    void statesFromRecords();
    void cutLastLine();
    void resumeAppends();
    void neverHoldsKey();
    void auditAndReport();
    void unsyncedFileIsHandedOverOnce();
    void answersGoWithTheNextSentRecord();

private:
    JournalHeader header(int batches);
    QTemporaryDir m_dir;
};

JournalHeader TestJobJournal::header(int batches)
{
    JournalHeader h;
    h.jobId = QStringLiteral("job-1");
    h.profile = QStringLiteral("Production");
    h.baseUrl = QStringLiteral("https://api.example/ca/api/v0");
    h.user = QStringLiteral("operator");
    h.host = QStringLiteral("desk-7");
    h.created = QDateTime::currentDateTimeUtc();
    h.batchSize = 2;
    for (int i = 0; i < batches; ++i)
        h.batches.append(BatchPayload::forCallIds(ids(2, i * 2)));
    return h;
}

void TestJobJournal::statesFromRecords()
{
    const QString path = m_dir.filePath(QStringLiteral("a.jsonl"));
    QString error;
    {
        JobJournal j;
        QVERIFY2(j.create(path, header(6), &error), qPrintable(error));
        ApiResponse ok;
        ok.httpStatus = 200;
        j.attemptStarted(batch(0, 1, BatchOutcome::Pending), 1);
        j.attemptFinished(batch(0, 1, BatchOutcome::Accepted), ok, true); // confirmed
        j.attemptStarted(batch(1, 1, BatchOutcome::Pending), 1); // in flight at the crash
        j.attemptStarted(batch(2, 1, BatchOutcome::Pending), 1);
        ApiResponse bad;
        bad.httpStatus = 503;
        j.attemptFinished(batch(2, 1, BatchOutcome::Failed), bad, false); // waiting for a retry
        j.attemptStarted(batch(3, 1, BatchOutcome::Pending), 1);
        ApiResponse none;
        none.httpStatus = 400;
        j.attemptFinished(batch(3, 1, BatchOutcome::NothingTerminable), none, true);
        j.attemptStarted(batch(4, 1, BatchOutcome::Pending), 1);
        j.attemptFinished(batch(4, 3, BatchOutcome::Failed), bad, true);
        // batch 5 never sent
    }
    const JournalState s = JobJournal::load(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    using S = JournalState::BatchState;
    QCOMPARE(s.batches, (QList<S> {S::Confirmed, S::Unknown, S::Unknown, S::Confirmed, S::Failed, S::NotSent}));
    QVERIFY(!s.finished);
    QVERIFY(s.needsResume());
    QCOMPARE(s.batchesToResume(), (QList<int> {1, 2, 5}));
    QCOMPARE(s.header.profile, QStringLiteral("Production"));
    QCOMPARE(s.header.batches.at(5).ids, ids(2, 10));
    QCOMPARE(s.header.batchSize, 2);
}

void TestJobJournal::cutLastLine()
{
    const QString path = m_dir.filePath(QStringLiteral("b.jsonl"));
    QString error;
    {
        JobJournal j;
        QVERIFY(j.create(path, header(2), &error));
        j.attemptStarted(batch(0, 1, BatchOutcome::Pending), 1);
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write("{\"type\":\"answer\",\"batch\":0,\"att");
    f.close();
    const JournalState s = JobJournal::load(path, &error);
    QVERIFY(error.isEmpty());
    QVERIFY(s.damagedTail);
    QCOMPARE(s.batches.at(0), JournalState::BatchState::Unknown);
    QVERIFY(JobJournal::load(m_dir.filePath(QStringLiteral("missing.jsonl")), &error).batches.isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestJobJournal::resumeAppends()
{
    const QString path = m_dir.filePath(QStringLiteral("c.jsonl"));
    QString error;
    {
        JobJournal j;
        QVERIFY(j.create(path, header(2), &error));
        j.attemptStarted(batch(0, 1, BatchOutcome::Pending), 1);
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write("{\"cut"); // crash mid-line
    f.close();
    {
        JobJournal j;
        QVERIFY2(j.reopen(path, &error), qPrintable(error));
        ApiResponse ok;
        ok.httpStatus = 200;
        j.attemptStarted(batch(0, 1, BatchOutcome::Pending), 1);
        j.attemptFinished(batch(0, 1, BatchOutcome::Accepted), ok, true);
        j.attemptStarted(batch(1, 1, BatchOutcome::Pending), 1);
        j.attemptFinished(batch(1, 1, BatchOutcome::Accepted), ok, true);
        JobSummary summary;
        summary.ending = JobSummary::Ending::Completed;
        j.jobFinished(summary);
    }
    const JournalState s = JobJournal::load(path, &error);
    QCOMPARE(s.count(JournalState::BatchState::Confirmed), 2);
    QVERIFY(s.finished);
    QCOMPARE(s.ending, QStringLiteral("completed"));
    QVERIFY(!s.needsResume());
    QCOMPARE(JobJournal::list(m_dir.path()).size(), 3);
}

void TestJobJournal::neverHoldsKey()
{
    const QString key = QStringLiteral("3f2b9c1e-5d4a-4e8f-9a7b-6c5d4e3f2a1b");
    Redactor::addSecret(key);
    const QString path = m_dir.filePath(QStringLiteral("d.jsonl"));
    QString error;
    {
        JobJournal j;
        QVERIFY(j.create(path, header(1), &error));
        ApiResponse echoed;
        echoed.httpStatus = 401;
        echoed.message = QStringLiteral("Key %1 is not valid").arg(key); // a server that echoes the key
        j.attemptFinished(batch(0, 1, BatchOutcome::Unauthorized), echoed, true);
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY(!content.contains(key.toLatin1()));
    QVERIFY(content.contains("[redacted]"));
    Redactor::removeSecret(key);
}

void TestJobJournal::auditAndReport()
{
    const QString path = m_dir.filePath(QStringLiteral("audit.jsonl"));
    {
        AuditLog audit(path, QStringLiteral("Production"), QStringLiteral("api.example"), QStringLiteral("job-9"));
        ApiResponse ok;
        ok.httpStatus = 200;
        ok.message = QStringLiteral("Calls terminated successfully!");
        ok.elapsedMs = 42;
        BatchResult b = batch(3, 2, BatchOutcome::Accepted);
        audit.attemptFinished(b, ok, true);
        audit.attemptFinished(batch(4, 1, BatchOutcome::Failed), ok, false);
    }
    QString error;
    const QList<AuditRecord> records = AuditLog::read(path, &error);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).profile, QStringLiteral("Production"));
    QCOMPARE(records.at(0).baseUrlHost, QStringLiteral("api.example"));
    QCOMPARE(records.at(0).batch, 3);
    QCOMPARE(records.at(0).attempt, 2);
    QCOMPARE(records.at(0).ids.size(), 2);
    QCOMPARE(records.at(0).httpStatus, 200);
    QCOMPARE(records.at(0).outcome, QStringLiteral("accepted"));
    QCOMPARE(records.at(0).durationMs, 42);
    QVERIFY(records.at(0).time.isValid());
    QVERIFY(!records.at(0).user.isEmpty());
    QCOMPARE(records.at(1).outcome, QStringLiteral("retry"));
    const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
    QVERIFY(AuditLog::exportCsv(records, csv, &error));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count('\n'), 5); // header + 2 IDs x 2 records

    ReportRow row;
    row.id = ids(1, 0).first().toString();
    row.state = QStringLiteral("terminated");
    row.batch = 0;
    row.httpStatus = 200;
    row.message = QStringLiteral("with, comma and \"quotes\"");
    const QString report = m_dir.filePath(QStringLiteral("report.csv"));
    QVERIFY(ResultsReport::write(report, {row}, &error));
    QFile r(report);
    QVERIFY(r.open(QIODevice::ReadOnly));
    QCOMPARE(r.readAll(),
        QByteArray("call_id,state,batch,http_status,message,time\r\n") + row.id.toLatin1()
            + ",terminated,1,200,\"with, comma and \"\"quotes\"\"\",\r\n");
}

void TestJobJournal::unsyncedFileIsHandedOverOnce()
{
    // The job syncs what the recorders wrote (group commit): each gives its file once per batch of records.
    const QString path = m_dir.filePath(QStringLiteral("sync.jsonl"));
    QString error;
    JobJournal journal;
    QVERIFY2(journal.create(path, header(2), &error), qPrintable(error));
    QCOMPARE(journal.takeUnsyncedFile(), -1); // the header was synced by create()
    journal.attemptStarted(batch(0, 1, BatchOutcome::Pending), 1);
    journal.attemptStarted(batch(1, 1, BatchOutcome::Pending), 1);
    QVERIFY(journal.takeUnsyncedFile() >= 0);
    QCOMPARE(journal.takeUnsyncedFile(), -1);
    // Written before the sync: a crash of the process loses nothing.
    QCOMPARE(JobJournal::load(path, &error).count(JournalState::BatchState::Unknown), 2);
    journal.syncFailed(EIO);
    QVERIFY(journal.writeError().contains(path));
    QVERIFY(journal.writeError().contains(qt_error_string(EIO)));

    AuditLog audit(m_dir.filePath(QStringLiteral("sync-audit.jsonl")), QStringLiteral("Production"),
        QStringLiteral("api.example"), QStringLiteral("job-2"));
    QCOMPARE(audit.takeUnsyncedFile(), -1);
    ApiResponse ok;
    ok.httpStatus = 200;
    audit.attemptFinished(batch(0, 1, BatchOutcome::Accepted), ok, true);
    QVERIFY(audit.takeUnsyncedFile() >= 0);
    QCOMPARE(audit.takeUnsyncedFile(), -1);
    audit.syncFailed(ENOSPC);
    QVERIFY(audit.writeError().contains(qt_error_string(ENOSPC)));
}

void TestJobJournal::answersGoWithTheNextSentRecord()
{
    // An answer waits in memory (nobody is told of it before the next sync); a "sent" record goes to the file at
    // once, before its request leaves, and takes the answers waiting with it; the sync hands over the rest.
    const auto lines = [](const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll().count('\n') : -1;
    };
    const QString path = m_dir.filePath(QStringLiteral("pending.jsonl"));
    QString error;
    JobJournal journal;
    QVERIFY2(journal.create(path, header(3), &error), qPrintable(error));
    ApiResponse ok;
    ok.httpStatus = 200;
    journal.attemptStarted(batch(0, 1, BatchOutcome::Pending), 1);
    QCOMPARE(lines(path), 2); // header, sent
    journal.attemptFinished(batch(0, 1, BatchOutcome::Accepted), ok, true);
    QCOMPARE(lines(path), 2);
    journal.attemptStarted(batch(1, 1, BatchOutcome::Pending), 1);
    QCOMPARE(lines(path), 4); // the answer, then the next sent
    journal.attemptFinished(batch(1, 1, BatchOutcome::Accepted), ok, true);
    QVERIFY(journal.takeUnsyncedFile() >= 0);
    QCOMPARE(lines(path), 5);
    QCOMPARE(JobJournal::load(path, &error).count(JournalState::BatchState::Confirmed), 2);

    const QString auditPath = m_dir.filePath(QStringLiteral("pending-audit.jsonl"));
    {
        AuditLog audit(auditPath, QStringLiteral("Production"), QStringLiteral("api.example"), QStringLiteral("job-3"));
        audit.attemptStarted(batch(0, 1, BatchOutcome::Pending), 1);
        QCOMPARE(lines(auditPath), 1);
        audit.attemptFinished(batch(0, 1, BatchOutcome::Accepted), ok, true);
        QCOMPARE(lines(auditPath), 1);
        audit.attemptStarted(batch(1, 1, BatchOutcome::Pending), 1);
        QCOMPARE(lines(auditPath), 3);
        audit.attemptFinished(batch(1, 1, BatchOutcome::Accepted), ok, true);
        QCOMPARE(lines(auditPath), 3);
    }
    // Nothing written is lost when the log goes away before a sync.
    QCOMPARE(lines(auditPath), 4);
    QCOMPARE(AuditLog::read(auditPath, &error).size(), 2);
}

QTEST_GUILESS_MAIN(TestJobJournal)
#include "tst_jobjournal.moc"
