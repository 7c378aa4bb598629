#include "jobs/AuditLog.h"
#include "jobs/JobJournal.h"
#include "support/JournalRecords.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace callstop;

// callstop-cli against callstop-sandbox (a separate process) that loses half the answers, half of those after it
// applied the batch: an attempt whose answer was lost, then "nothing terminable" or failures, is probably applied.
// Not one call that the sandbox shows stopped by the job may be reported "not terminable" or "failed", after a
// normal run and after a SIGKILL and a resume; the audit log records each attempt with what really came back.
class TestCliAttempts : public QObject
{
    Q_OBJECT

private slots:
    void normalRun_data();
    void normalRun();
    void killThenResume_data();
    void killThenResume();

private:
    struct Sandbox
    {
        QProcess process;
        QString baseUrl;
        QHash<QString, QString> statusBefore; // id -> status
        QStringList ids; // the first 600
    };
    void startSandbox(Sandbox& s, double dropRate, double failRate, int latencyMs);
    QJsonArray calls(const QString& baseUrl);
    QProcessEnvironment environment(const QString& home) const;
    QString writeIds(const Sandbox& s);
    // The states of a results report: id -> state key.
    static QHash<QString, QString> readReport(const QString& path);
    // Calls of the report that the sandbox shows stopped by the job (terminable before, USER_TERMINATED now) and that
    // the report calls not terminable or failed; probablyOurs counts those it calls probably applied.
    int wronglyReported(const Sandbox& s, const QHash<QString, QString>& report, int* probablyOurs, int* ours);

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    const QString m_key = QStringLiteral("c0ffee00-1234-4abc-8def-0123456789ab");
};

void TestCliAttempts::startSandbox(Sandbox& s, double dropRate, double failRate, int latencyMs)
{
    QStringList args {QStringLiteral("--calls"), QStringLiteral("700"), QStringLiteral("--seed"), QStringLiteral("23"),
        QStringLiteral("--api-key"), m_key, QStringLiteral("--drop-rate"), QString::number(dropRate),
        QStringLiteral("--latency-ms"), QString::number(latencyMs), QStringLiteral("--quiet")};
    if (failRate > 0)
        args += {QStringLiteral("--fail-rate"), QString::number(failRate)};
    s.process.start(QStringLiteral(CALLSTOP_SANDBOX_PATH), args);
    QVERIFY(s.process.waitForReadyRead(20000));
    s.baseUrl = QString::fromUtf8(s.process.readLine()).trimmed().mid(int(qstrlen("listening on ")));
    for (const QJsonValue& c : calls(s.baseUrl)) {
        const QString id = c[QLatin1String("id")].toString();
        s.statusBefore.insert(id, c[QLatin1String("status")].toString());
        if (s.ids.size() < 600)
            s.ids.append(id);
    }
    QCOMPARE(s.ids.size(), 600);
}

QJsonArray TestCliAttempts::calls(const QString& baseUrl)
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

QProcessEnvironment TestCliAttempts::environment(const QString& home) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CALLSTOP_API_KEY"), m_key);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    return env;
}

QString TestCliAttempts::writeIds(const Sandbox& s)
{
    const QString path = m_dir.filePath(QStringLiteral("ids-%1.txt").arg(s.process.processId()));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write the IDs");
    f.write(s.ids.join(QLatin1Char('\n')).toUtf8());
    return path;
}

QHash<QString, QString> TestCliAttempts::readReport(const QString& path)
{
    QHash<QString, QString> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    // The ID and the state come first and are never quoted; a message may hold anything after them.
    static const QRegularExpression row(QStringLiteral("^([0-9a-f-]{36}),([a-z_]+),"));
    for (const QByteArray& line : f.readAll().split('\n')) {
        const auto m = row.match(QString::fromUtf8(line));
        if (m.hasMatch())
            out.insert(m.captured(1), m.captured(2));
    }
    return out;
}

int TestCliAttempts::wronglyReported(
    const Sandbox& s, const QHash<QString, QString>& report, int* probablyOurs, int* ours)
{
    QHash<QString, QJsonObject> now;
    for (const QJsonValue& c : calls(s.baseUrl))
        now.insert(c[QLatin1String("id")].toString(), c.toObject());
    int wrong = 0;
    *probablyOurs = 0;
    *ours = 0;
    for (auto it = report.cbegin(); it != report.cend(); ++it) {
        const QString before = s.statusBefore.value(it.key());
        const bool terminable = before == QLatin1String("registered") || before == QLatin1String("retry");
        const bool stoppedByUs = terminable
            && now.value(it.key()).value(QLatin1String("sub_status")).toString() == QLatin1String("USER_TERMINATED");
        if (!stoppedByUs)
            continue;
        ++*ours;
        if (it.value() == QLatin1String("probably_applied"))
            ++*probablyOurs;
        if (it.value() == QLatin1String("not_terminable") || it.value() == QLatin1String("failed")) {
            ++wrong;
            qWarning("reported %s, yet stopped by the job: %s", qPrintable(it.value()), qPrintable(it.key()));
        }
    }
    return wrong;
}

void TestCliAttempts::normalRun_data()
{
    QTest::addColumn<double>("failRate");
    QTest::newRow("drops") << 0.0;
    QTest::newRow("drops and failures") << 0.3;
}

void TestCliAttempts::normalRun()
{
    QFETCH(double, failRate);
    Sandbox s;
    startSandbox(s, 0.5, failRate, 0);
    const QString home = m_dir.filePath(QStringLiteral("home-normal-%1").arg(QTest::currentDataTag()));
    const QString report = home + QStringLiteral("/report.csv");
    QProcess cli;
    cli.setProcessEnvironment(environment(home));
    cli.start(QStringLiteral(CALLSTOP_CLI_PATH),
        {QStringLiteral("terminate"), writeIds(s), QStringLiteral("--base-url"), s.baseUrl, QStringLiteral("--yes"),
            QStringLiteral("--batch-size"), QStringLiteral("10"), QStringLiteral("--report"), report});
    QVERIFY(cli.waitForFinished(300000));
    const QByteArray out = cli.readAllStandardOutput();
    const QByteArray err = cli.readAllStandardError();
    // 0, or 1 when some batch lost every answer (unknown) or failed to the end without a lost answer.
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit && (cli.exitCode() == 0 || cli.exitCode() == 1), err.constData());
    QVERIFY2(out.contains("probably applied"), out.constData());

    const QHash<QString, QString> states = readReport(report);
    QCOMPARE(states.size(), 600);
    int probablyOurs = 0;
    int ours = 0;
    const int wrong = wronglyReported(s, states, &probablyOurs, &ours);
    qInfo("%s: %d calls stopped by the job, %d reported not terminable or failed, %d probably applied (reported "
          "not terminable or failed before probably-applied existed)",
        QTest::currentDataTag(), ours, wrong, probablyOurs);
    QCOMPARE(wrong, 0);
    QVERIFY(ours > 100);
    QVERIFY(probablyOurs > 0); // the case happened

    // The audit log: every attempt with what really came back; a drop is HTTP 0 with its network error.
    QString auditPath;
    QDirIterator it(home, {QStringLiteral("audit.jsonl")}, QDir::Files, QDirIterator::Subdirectories);
    if (it.hasNext())
        auditPath = it.next();
    QVERIFY(!auditPath.isEmpty());
    QString error;
    const QList<AuditRecord> audit = AuditLog::read(auditPath, &error);
    int drops = 0;
    for (const AuditRecord& r : audit) {
        QVERIFY(r.outcome != QLatin1String(AuditRecord::NoAnswerOutcome)); // nothing was left in flight
        if (!r.networkError.isEmpty()) {
            ++drops;
            QCOMPARE(r.httpStatus, 0);
        }
    }
    QVERIFY(drops > 10);

    s.process.terminate();
    s.process.waitForFinished(10000);
}

void TestCliAttempts::killThenResume_data()
{
    normalRun_data();
}

void TestCliAttempts::killThenResume()
{
    QFETCH(double, failRate);
    Sandbox s;
    startSandbox(s, 0.5, failRate, 80);
    const QString home = m_dir.filePath(QStringLiteral("home-kill-%1").arg(QTest::currentDataTag()));
    const QString journal = home + QStringLiteral("/job.jsonl");
    QDir().mkpath(home);
    QProcess first;
    first.setProcessEnvironment(environment(home));
    first.start(QStringLiteral(CALLSTOP_CLI_PATH),
        {QStringLiteral("terminate"), writeIds(s), QStringLiteral("--base-url"), s.baseUrl, QStringLiteral("--yes"),
            QStringLiteral("--batch-size"), QStringLiteral("10"), QStringLiteral("--concurrency"), QStringLiteral("4"),
            QStringLiteral("--journal"), journal});
    QVERIFY(first.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += first.readAllStandardOutput()).count("batch ") >= 12, 120000);
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished(10000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    // The sandbox finishes (and applies) what was in flight at the kill.
    QTest::qWait(1000);

    // The batches in flight at the kill: a "sent" without its answer.
    QString error;
    const JournalState killed = JobJournal::load(journal, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!killed.finished);
    const QSet<int> inFlight = test::batchesInFlight(journal);
    QVERIFY2(!inFlight.isEmpty(), "nothing was in flight at the kill: the test proves little");
    for (int b : std::as_const(inFlight))
        QVERIFY(killed.possiblyApplied.at(b));

    // The audit log shows them as sent, without an answer.
    QString auditPath;
    QDirIterator it(home, {QStringLiteral("audit.jsonl")}, QDir::Files, QDirIterator::Subdirectories);
    if (it.hasNext())
        auditPath = it.next();
    QVERIFY(!auditPath.isEmpty());
    QSet<int> noAnswer;
    for (const AuditRecord& r : AuditLog::read(auditPath, &error)) {
        if (r.jobId == killed.header.jobId && r.outcome == QLatin1String(AuditRecord::NoAnswerOutcome))
            noAnswer.insert(r.batch);
        if (!r.networkError.isEmpty())
            QCOMPARE(r.httpStatus, 0);
    }
    QCOMPARE(noAnswer, inFlight);

    const QString report = home + QStringLiteral("/report.csv");
    QProcess resume;
    resume.setProcessEnvironment(environment(home));
    resume.start(QStringLiteral(CALLSTOP_CLI_PATH),
        {QStringLiteral("resume"), journal, QStringLiteral("--yes"), QStringLiteral("--base-url"), s.baseUrl,
            QStringLiteral("--report"), report});
    QVERIFY(resume.waitForFinished(300000));
    const QByteArray err = resume.readAllStandardError();
    QVERIFY2(resume.exitStatus() == QProcess::NormalExit && (resume.exitCode() == 0 || resume.exitCode() == 1),
        err.constData());

    const QHash<QString, QString> states = readReport(report);
    int expected = 0;
    for (int b : killed.batchesToResume())
        expected += int(killed.header.batches.at(b).ids.size());
    QCOMPARE(states.size(), expected);
    int probablyOurs = 0;
    int ours = 0;
    const int wrong = wronglyReported(s, states, &probablyOurs, &ours);
    qInfo("%s, resumed: %d calls stopped by the job, %d reported not terminable or failed, %d probably applied",
        QTest::currentDataTag(), ours, wrong, probablyOurs);
    QCOMPARE(wrong, 0);
    // A batch in flight at the kill may have been applied then: on resume, "nothing terminable" or failures make it
    // probably applied, never "not terminable" or "failed".
    for (int b : std::as_const(inFlight)) {
        for (const CallId& id : killed.header.batches.at(b).ids) {
            const QString state = states.value(id.toString());
            QVERIFY2(state != QLatin1String("not_terminable") && state != QLatin1String("failed"),
                qPrintable(id.toString() + QLatin1Char(' ') + state));
        }
    }
    const JournalState after = JobJournal::load(journal, &error);
    QVERIFY(after.finished);

    s.process.terminate();
    s.process.waitForFinished(10000);
}

QTEST_GUILESS_MAIN(TestCliAttempts)
#include "tst_cliattempts.moc"
