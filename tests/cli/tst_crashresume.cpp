#include "jobs/JobJournal.h"

#include <QDirIterator>
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
// as a separate process that records every request.
class TestCrashResume : public QObject
{
    Q_OBJECT

private slots:
    void killThenResume();

private:
    QJsonArray calls(const QString& baseUrl);
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

void TestCrashResume::killThenResume()
{
    const QString key = QStringLiteral("c0ffee00-1234-4abc-8def-0123456789ab");
    const QString recordPath = m_dir.filePath(QStringLiteral("record.jsonl"));
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
    const QString input = m_dir.filePath(QStringLiteral("ids.txt"));
    {
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ids.join(QLatin1Char('\n')).toUtf8());
    }
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CALLSTOP_API_KEY"), key);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("callstop.*=true"));
    const QString journal = m_dir.filePath(QStringLiteral("job.jsonl"));

    QProcess first;
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(CALLSTOP_CLI_PATH),
        {QStringLiteral("terminate"), input, QStringLiteral("--base-url"), baseUrl, QStringLiteral("--yes"),
            QStringLiteral("--concurrency"), QStringLiteral("2"), QStringLiteral("--journal"), journal});
    QVERIFY(first.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += first.readAllStandardOutput()).count("batch ") >= 30, 60000);
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
    QVERIFY(confirmed >= 30);
    QVERIFY(state.count(S::NotSent) > 100);
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
    const qint64 before_resume = record.readAll().count('\n');
    record.close();

    // 'jobs' lists it as unfinished.
    QProcess jobs;
    jobs.setProcessEnvironment(env);
    jobs.start(QStringLiteral(CALLSTOP_CLI_PATH), {QStringLiteral("jobs"), m_dir.path()});
    QVERIFY(jobs.waitForFinished(20000));
    QVERIFY(jobs.readAllStandardOutput().contains("UNFINISHED"));

    const QString report = m_dir.filePath(QStringLiteral("report.csv"));
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
