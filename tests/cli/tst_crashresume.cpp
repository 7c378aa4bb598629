#include "jobs/JobJournal.h"
#include "jobs/TerminationJob.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <set>

using namespace callstop;

// callstop-cli killed with SIGKILL in the middle of a job, then resumed from its journal, against callstop-sandbox
// as a separate process that records every request. At several kill points, both halves of what the journal
// promises: every request that reached the server is in it as possibly sent (confirmed or unknown, never "not
// sent"), at most K batches (the lease) read as unknown, and resume sends nothing that it had confirmed.
class TestCrashResume : public QObject
{
    Q_OBJECT

private slots:
    void killThenResume_data();
    void killThenResume();

private:
    QJsonArray calls(const QString& baseUrl);
    QJsonObject stats(const QString& baseUrl);
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
};

QJsonArray TestCrashResume::calls(const QString& baseUrl)
{
    QUrl url(baseUrl);
    url.setPath(QStringLiteral("/_sandbox/calls"));
    QNetworkReply* reply = m_nam.get(QNetworkRequest(url));
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!spy.wait(20000))
        qFatal("sandbox did not answer");
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("calls")).toArray();
}

QJsonObject TestCrashResume::stats(const QString& baseUrl)
{
    QUrl url(baseUrl);
    url.setPath(QStringLiteral("/_sandbox/stats"));
    QNetworkReply* reply = m_nam.get(QNetworkRequest(url));
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!spy.wait(20000))
        qFatal("sandbox did not answer");
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

void TestCrashResume::killThenResume_data()
{
    // Killed once this many batches were reported (0: as soon as a request is at the sandbox, before any answer
    // left it); the last row kills near the end of the 200 batches.
    QTest::addColumn<int>("killAfter");
    QTest::newRow("before any answer") << 0;
    QTest::newRow("after 1 batch") << 1;
    QTest::newRow("after 30 batches") << 30;
    QTest::newRow("after 190 batches") << 190;
}

void TestCrashResume::killThenResume()
{
    QFETCH(int, killAfter);
    const QString key = QStringLiteral("c0ffee00-1234-4abc-8def-0123456789ab");
    const QString tag = QString::number(killAfter);
    const QString recordPath = m_dir.filePath(tag + QStringLiteral("-record.jsonl"));
    QProcess sandbox;
    sandbox.start(QStringLiteral(CALLSTOP_SANDBOX_PATH),
        {QStringLiteral("--calls"), QStringLiteral("22000"), QStringLiteral("--latency-ms"), QStringLiteral("60"),
            QStringLiteral("--api-key"), key, QStringLiteral("--record"), recordPath, QStringLiteral("--quiet")});
    QVERIFY(sandbox.waitForReadyRead(20000));
    const QString baseUrl = QString::fromUtf8(sandbox.readLine()).trimmed().mid(int(qstrlen("listening on ")));

    const QJsonArray before = calls(baseUrl);
    QStringList ids;
    std::set<QString> terminable;
    for (const QJsonValue& c : before) {
        if (ids.size() == 20000)
            break;
        const QString id = c[QLatin1String("id")].toString();
        ids.append(id);
        const QString status = c[QLatin1String("status")].toString();
        if (status == QLatin1String("registered") || status == QLatin1String("retry"))
            terminable.insert(id);
    }
    const QString input = m_dir.filePath(tag + QStringLiteral("-ids.txt"));
    {
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ids.join(QLatin1Char('\n')).toUtf8());
    }
    const QString home = m_dir.filePath(tag + QStringLiteral("-home"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CALLSTOP_API_KEY"), key);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("callstop.*=true"));
    const QString journal = m_dir.filePath(tag + QStringLiteral("-job.jsonl"));

    QProcess first;
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(CALLSTOP_CLI_PATH),
        {QStringLiteral("terminate"), input, QStringLiteral("--base-url"), baseUrl, QStringLiteral("--yes"),
            QStringLiteral("--concurrency"), QStringLiteral("2"), QStringLiteral("--journal"), journal});
    QVERIFY(first.waitForStarted());
    QByteArray out;
    if (killAfter == 0) {
        // Polled without a pause (a loopback GET takes about a millisecond): a request counts as a terminate
        // request only once its 60 ms are over, and the kill comes before that.
        QElapsedTimer waited;
        waited.start();
        QJsonObject seen;
        do
            seen = stats(baseUrl);
        while (seen.value(QLatin1String("peak_terminates_in_flight")).toInt() == 0 && waited.elapsed() < 60000);
        ::kill(pid_t(first.processId()), SIGKILL);
        QCOMPARE(seen.value(QLatin1String("terminate_requests")).toInt(), 0);
    } else {
        QTRY_VERIFY_WITH_TIMEOUT((out += first.readAllStandardOutput()).count("batch ") >= killAfter, 60000);
    }
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished(10000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    out += first.readAllStandardOutput();
    const QByteArray firstErr = first.readAllStandardError();
    QVERIFY2(firstErr.contains(journal.toUtf8()), firstErr.constData()); // the journal's path is printed at start

    QString error;
    const JournalState state = JobJournal::load(journal, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!state.finished);
    using S = JournalState::BatchState;
    const int confirmed = state.count(S::Confirmed);
    QVERIFY(confirmed >= killAfter);
    if (killAfter == 0)
        QCOMPARE(confirmed, 0);
    QVERIFY(state.count(S::NotSent) > 0);
    // What the lease may leave unknown: at most K batches (2 in flight at the kill among them).
    QVERIFY2(state.count(S::Unknown) <= TerminationJob::leaseSizeFor(2),
        qPrintable(QString::number(state.count(S::Unknown))));
    QVERIFY(state.count(S::Unknown) >= 1);
    std::set<int> confirmedBatches;
    QHash<QString, int> batchOfId;
    for (int b = 0; b < state.batches.size(); ++b) {
        if (state.batches.at(b) == S::Confirmed)
            confirmedBatches.insert(b);
        for (const CallId& id : state.header.batches.at(b).ids)
            batchOfId.insert(id.toString(), b);
    }

    // The sandbox finishes what was in flight at the kill; then everything it records comes from the resume.
    QTest::qWait(500);
    QFile record(recordPath);
    QVERIFY(record.open(QIODevice::ReadOnly));
    const QList<QByteArray> firstRun = record.readAll().split('\n');
    const qint64 before_resume
        = std::count_if(firstRun.cbegin(), firstRun.cend(), [](const QByteArray& l) { return !l.isEmpty(); });
    record.close();
    // Every request that reached the server is in the journal as possibly sent: confirmed, or unknown.
    QVERIFY(before_resume >= 1);
    for (const QByteArray& line : firstRun) {
        if (line.isEmpty())
            continue;
        const QJsonArray rids = QJsonDocument::fromJson(line).object().value(QLatin1String("ids")).toArray();
        QVERIFY(!rids.isEmpty());
        const int b = batchOfId.value(rids.first().toString(), -1);
        QVERIFY(b >= 0);
        QVERIFY2(state.batches.at(b) == S::Confirmed || state.batches.at(b) == S::Unknown,
            qPrintable(QStringLiteral("batch %1 reached the server, and the journal says %2")
                           .arg(b)
                           .arg(JournalState::stateKey(state.batches.at(b)))));
        if (state.batches.at(b) == S::Unknown)
            QVERIFY(state.possiblyApplied.at(b));
    }

    // 'jobs' lists it as unfinished.
    QProcess jobs;
    jobs.setProcessEnvironment(env);
    jobs.start(QStringLiteral(CALLSTOP_CLI_PATH), {QStringLiteral("jobs"), m_dir.path()});
    QVERIFY(jobs.waitForFinished(20000));
    QVERIFY(jobs.readAllStandardOutput().contains("UNFINISHED"));

    const QString report = m_dir.filePath(tag + QStringLiteral("-report.csv"));
    QProcess resume;
    resume.setProcessEnvironment(env);
    resume.start(QStringLiteral(CALLSTOP_CLI_PATH),
        {QStringLiteral("resume"), journal, QStringLiteral("--yes"), QStringLiteral("--base-url"), baseUrl,
            QStringLiteral("--concurrency"), QStringLiteral("8"), QStringLiteral("--report"), report});
    QVERIFY(resume.waitForFinished(240000));
    const QByteArray resumeOut = resume.readAllStandardOutput();
    const QByteArray resumeErr = resume.readAllStandardError();
    QVERIFY2(resume.exitCode() == 0, resumeErr.constData());

    // No batch that the journal had confirmed was sent again.
    QVERIFY(record.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = record.readAll().split('\n');
    int resent = 0;
    for (qsizetype i = before_resume; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        const QJsonArray rids = QJsonDocument::fromJson(lines.at(i)).object().value(QLatin1String("ids")).toArray();
        QVERIFY(!rids.isEmpty());
        const int b = batchOfId.value(rids.first().toString(), -1);
        QVERIFY(b >= 0);
        QVERIFY2(
            !confirmedBatches.count(b), qPrintable(QStringLiteral("batch %1 was confirmed, yet sent again").arg(b)));
        ++resent;
    }
    QCOMPARE(resent, int(state.batches.size()) - confirmed);

    // Every terminable call is cancelled now.
    int cancelled = 0;
    for (const QJsonValue& c : calls(baseUrl)) {
        if (terminable.count(c[QLatin1String("id")].toString())) {
            QCOMPARE(c[QLatin1String("status")].toString(), QStringLiteral("cancelled"));
            ++cancelled;
        }
    }
    QCOMPARE(cancelled, int(terminable.size()));
    const JournalState after = JobJournal::load(journal, &error);
    QVERIFY(after.finished);
    // A batch in flight at the kill that the sandbox applied then is answered "nothing terminable" on resume: it is
    // probably applied (by the attempt the kill cut off), never "not terminable".
    QCOMPARE(after.count(S::Confirmed) + after.count(S::ProbablyApplied), after.batches.size());
    for (int b = 0; b < after.batches.size(); ++b) {
        if (after.batches.at(b) == S::ProbablyApplied)
            QVERIFY2(state.possiblyApplied.at(b), qPrintable(QStringLiteral("batch %1").arg(b)));
    }

    // The key is in none of what CallStop wrote or printed.
    QStringList files {journal, report};
    QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    QVERIFY2(files.size() >= 3, "the audit log was not written");
    for (const QString& path : std::as_const(files)) {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        QVERIFY2(!f.readAll().contains(key.toLatin1()), qPrintable(path));
    }
    QVERIFY2(resumeErr.contains("PATCH"), "debug logging was not on, so the search below would prove little");
    for (const QByteArray& text : {out, firstErr, resumeOut, resumeErr})
        QVERIFY(!text.contains(key.toLatin1()));

    sandbox.terminate();
    sandbox.waitForFinished(10000);
}

QTEST_GUILESS_MAIN(TestCrashResume)
#include "tst_crashresume.moc"
