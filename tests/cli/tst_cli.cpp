#include "support/CliProcess.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "TestSupport.h"

#include <cerrno>
#include <csignal>

// callstop-cli as a user runs it, against callstop-sandbox as a separate process on loopback.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void versionAndHelp();
    void extract();
    void extractRefusesBinary();
    void terminateAccepted();
    void terminateNothingTerminableIsSuccess();
    void terminateFailedIsOne();
    void usageErrorsAreTwo_data();
    void usageErrorsAreTwo();
    void refusedKeyIsThreeAndSendsOne();
    void interruptIsFour();
    void needsTerminalOrYes();
    void dryRunSendsNothing();
    void extractCsvSamples_data();
    void extractCsvSamples();
    void csvOptions();
    void terminateFromCsv();
    void jobSizeLimit();
    void proxyIsUsed();
    void journalWriteFailureIsFive();
    void auditLogOnAFullDeviceIsFive();

private:
    using Result = callstop::test::CliResult;
    Result cli(const QStringList& args, const QByteArray& input = {}, const QString& key = QString(),
        const QHash<QString, QString>& extraEnv = {});
    int terminateRequests();
    QJsonObject sandboxGet(const QString& path);
    QStringList idsWithStatus(const QString& status);
    QString writeFile(const QString& name, const QByteArray& content);

    QProcess m_sandbox;
    QString m_baseUrl;
    QString m_key;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
};

void TestCli::initTestCase()
{
    m_sandbox.setProgram(QStringLiteral(CALLSTOP_SANDBOX_PATH));
    m_sandbox.setArguments({QStringLiteral("--calls"), QStringLiteral("1500"), QStringLiteral("--seed"),
        QStringLiteral("5"), QStringLiteral("--latency-ms"), QStringLiteral("20"), QStringLiteral("--quiet")});
    m_sandbox.start();
    QVERIFY(m_sandbox.waitForStarted());
    QVERIFY(m_sandbox.waitForReadyRead(10000));
    QTRY_VERIFY(m_sandbox.canReadLine());
    const QString first = QString::fromUtf8(m_sandbox.readLine()).trimmed();
    QVERIFY2(first.startsWith(QLatin1String("listening on http://127.0.0.1:")), qPrintable(first));
    QVERIFY(first.endsWith(QLatin1String("/ca/api/v0")));
    m_baseUrl = first.mid(int(qstrlen("listening on ")));
    QTRY_VERIFY(m_sandbox.canReadLine());
    const QString second = QString::fromUtf8(m_sandbox.readLine()).trimmed();
    QVERIFY(second.startsWith(QLatin1String("api key: ")));
    m_key = second.mid(9);
}

void TestCli::cleanupTestCase()
{
    m_sandbox.terminate();
    QVERIFY(m_sandbox.waitForFinished(10000));
    QCOMPARE(m_sandbox.exitCode(), 0);
}

TestCli::Result TestCli::cli(
    const QStringList& args, const QByteArray& input, const QString& key, const QHash<QString, QString>& extraEnv)
{
    callstop::test::CliRun run;
    run.home = m_dir.path();
    run.key = key;
    run.dataHome = false; // journals in the default data folder below HOME, as an operator's are
    run.env = extraEnv;
    run.timeoutMs = 120000;
    return callstop::test::runCli(args, input, run);
}

int TestCli::terminateRequests()
{
    return sandboxGet(QStringLiteral("/_sandbox/stats")).value(QLatin1String("terminate_requests")).toInt();
}

QJsonObject TestCli::sandboxGet(const QString& path)
{
    QUrl url(m_baseUrl);
    url.setPath(path);
    QNetworkReply* reply = m_nam.get(QNetworkRequest(url));
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!spy.wait(10000))
        qFatal("sandbox did not answer");
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QStringList TestCli::idsWithStatus(const QString& status)
{
    QStringList out;
    const QJsonArray calls = sandboxGet(QStringLiteral("/_sandbox/calls")).value(QLatin1String("calls")).toArray();
    for (const QJsonValue& c : calls) {
        if (c[QLatin1String("status")].toString() == status)
            out.append(c[QLatin1String("id")].toString());
    }
    return out;
}

QString TestCli::writeFile(const QString& name, const QByteArray& content)
{
    return callstop::test::writeSampleFile(m_dir, name, content);
}

void TestCli::versionAndHelp()
{
    const Result v = cli({QStringLiteral("--version")});
    QCOMPARE(v.code, 0);
    QVERIFY(v.out.startsWith("callstop-cli "));
    const Result h = cli({QStringLiteral("terminate"), QStringLiteral("--help")});
    QCOMPARE(h.code, 0);
    QVERIFY(h.out.contains("CALLSTOP_API_KEY"));
    QVERIFY(h.out.contains("not hung up"));
    QProcess sandbox;
    sandbox.start(QStringLiteral(CALLSTOP_SANDBOX_PATH), {QStringLiteral("--version")});
    QVERIFY(sandbox.waitForFinished());
    QVERIFY(sandbox.readAllStandardOutput().startsWith("callstop-sandbox "));
}

void TestCli::extract()
{
    const QByteArray text = "Call ID\tStatus\r\n"
                            "{86815974-8A87-4E32-9953-ACA4F97868AB}\tregistered\r\n"
                            "https://x.example/c?id=9ab99d2d-595c-4ca1-bab7-07d13f253156\r\n"
                            "86815974-8a87-4e32-9953-aca4f97868ab\r\n"
                            "7251cb4b-3373-43a4-844c-b27a1d45e0c\r\n";
    const Result r = cli({QStringLiteral("extract"), writeFile(QStringLiteral("paste.txt"), text)});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("86815974-8a87-4e32-9953-aca4f97868ab\n9ab99d2d-595c-4ca1-bab7-07d13f253156\n"));
    QVERIFY2(r.err.contains("line 5"), r.err.constData());
    QVERIFY2(r.err.contains("2 call IDs found"), r.err.constData());
    QVERIFY(r.err.contains("1 duplicate"));
    // Standard input, too.
    const Result s = cli({QStringLiteral("extract"), QStringLiteral("-")}, text);
    QCOMPARE(s.out, r.out);
    // More IDs than one output block (1,820 lines), the last block part full: every one, in order.
    QByteArray many;
    QByteArray expected;
    for (int i = 0; i < 1820 * 2 + 7; ++i) {
        const QByteArray id = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')).toLatin1();
        many += "row " + QByteArray::number(i) + ": " + id.toUpper() + "\n";
        expected += id + '\n';
    }
    const Result m = cli({QStringLiteral("extract"), writeFile(QStringLiteral("many.txt"), many)});
    QCOMPARE(m.code, 0);
    QCOMPARE(m.out, expected);
    // Nothing found is an input error.
    QCOMPARE(cli({QStringLiteral("extract")}, "no ids here").code, 2);
    QCOMPARE(cli({QStringLiteral("extract"), m_dir.filePath(QStringLiteral("missing.txt"))}).code, 2);
}

void TestCli::extractRefusesBinary()
{
    const Result r
        = cli({QStringLiteral("extract"), writeFile(QStringLiteral("x.zip"), QByteArray("PK\x03\x04rest", 8))});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("ZIP"));
    QVERIFY(r.out.isEmpty());
}

void TestCli::terminateAccepted()
{
    const QStringList ids = idsWithStatus(QStringLiteral("registered")).mid(0, 150);
    QCOMPARE(ids.size(), 150);
    const Result r = cli({QStringLiteral("terminate"), QStringLiteral("-"), QStringLiteral("--base-url"), m_baseUrl,
                             QStringLiteral("--yes"), QStringLiteral("--batch-size"), QStringLiteral("50")},
        ids.join(QLatin1Char('\n')).toUtf8(), m_key);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count("Accepted, HTTP 200"), 3);
    QVERIFY2(r.out.contains("3 accepted (150 IDs)"), r.out.constData());
    const QStringList cancelled = idsWithStatus(QStringLiteral("cancelled"));
    for (const QString& id : ids)
        QVERIFY(cancelled.contains(id));
    QVERIFY(!r.out.contains(m_key.toUtf8()));
    QVERIFY(!r.err.contains(m_key.toUtf8()));
}

void TestCli::terminateNothingTerminableIsSuccess()
{
    const QStringList ids = idsWithStatus(QStringLiteral("completed")).mid(0, 20);
    const Result r
        = cli({QStringLiteral("terminate"), QStringLiteral("--base-url"), m_baseUrl, QStringLiteral("--yes")},
            ids.join(QLatin1Char(',')).toUtf8(), m_key);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("Nothing terminable, HTTP 400"));
}

void TestCli::terminateFailedIsOne()
{
    const quint16 port = callstop::test::closedLoopbackPort();
    const Result r = cli({QStringLiteral("terminate"), QStringLiteral("--base-url"),
                             QStringLiteral("http://127.0.0.1:%1/ca/api/v0").arg(port), QStringLiteral("--yes")},
        "86815974-8a87-4e32-9953-aca4f97868ab", QStringLiteral("some-key"));
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains("refused the connection"));
}

void TestCli::usageErrorsAreTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("message");
    const QString url = QStringLiteral("http://127.0.0.1:1/ca/api/v0");
    const QByteArray id = "86815974-8a87-4e32-9953-aca4f97868ab";
    QTest::newRow("no command") << QStringList {} << QByteArray() << QByteArray("Usage");
    QTest::newRow("unknown command") << QStringList {QStringLiteral("stop")} << QByteArray()
                                     << QByteArray("unknown command");
    QTest::newRow("no url") << QStringList {QStringLiteral("terminate"), QStringLiteral("--yes")} << id
                            << QByteArray("--base-url");
    QTest::newRow("bad batch size") << QStringList {QStringLiteral("terminate"), QStringLiteral("--base-url"), url,
        QStringLiteral("--batch-size"), QStringLiteral("101")}
                                    << id << QByteArray("--batch-size");
    QTest::newRow("bad concurrency") << QStringList {QStringLiteral("terminate"), QStringLiteral("--base-url"), url,
        QStringLiteral("--concurrency"), QStringLiteral("zero")}
                                     << id << QByteArray("--concurrency");
    QTest::newRow("no valid id") << QStringList {QStringLiteral("terminate"), QStringLiteral("--base-url"), url,
        QStringLiteral("--yes")} << QByteArray("nothing here")
                                 << QByteArray("no valid call ID");
    QTest::newRow("plain http remote") << QStringList {QStringLiteral("terminate"), QStringLiteral("--base-url"),
        QStringLiteral("http://api.example.com/ca/api/v0"), QStringLiteral("--yes")}
                                       << id << QByteArray("api.example.com");
    QTest::newRow("key as argument") << QStringList {QStringLiteral("terminate"), QStringLiteral("--api-key=abc")} << id
                                     << QByteArray("CALLSTOP_API_KEY");
    QTest::newRow("unknown profile") << QStringList {QStringLiteral("terminate"), QStringLiteral("--profile"),
        QStringLiteral("Nowhere"), QStringLiteral("--yes")}
                                     << id << QByteArray("no profile named");
    QTest::newRow("bad proxy") << QStringList {QStringLiteral("terminate"), QStringLiteral("--base-url"), url,
        QStringLiteral("--yes"), QStringLiteral("--proxy"), QStringLiteral("ftp://proxy.corp:21")}
                               << id << QByteArray("ftp://proxy.corp:21");
    QTest::newRow("bad ca file") << QStringList {QStringLiteral("terminate"), QStringLiteral("--base-url"), url,
        QStringLiteral("--yes"), QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem")}
                                 << id << QByteArray("/nonexistent/ca.pem");
    QTest::newRow("bad max-ids") << QStringList {QStringLiteral("terminate"), QStringLiteral("--base-url"), url,
        QStringLiteral("--yes"), QStringLiteral("--max-ids"), QStringLiteral("0")}
                                 << id << QByteArray("--max-ids");
}

void TestCli::usageErrorsAreTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, message);
    const Result r = cli(args, input, QStringLiteral("some-key"));
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

void TestCli::refusedKeyIsThreeAndSendsOne()
{
    const int before = sandboxGet(QStringLiteral("/_sandbox/stats")).value(QLatin1String("terminate_requests")).toInt();
    const QStringList ids = idsWithStatus(QStringLiteral("registered")).mid(0, 300);
    const Result r = cli({QStringLiteral("terminate"), QStringLiteral("--base-url"), m_baseUrl, QStringLiteral("--yes"),
                             QStringLiteral("--concurrency"), QStringLiteral("1")},
        ids.join(QLatin1Char('\n')).toUtf8(), QStringLiteral("00000000-dead-beef-0000-000000000000"));
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains("refused"));
    const int after = sandboxGet(QStringLiteral("/_sandbox/stats")).value(QLatin1String("terminate_requests")).toInt();
    QCOMPARE(after - before, 1);
    QVERIFY(!r.err.contains("00000000-dead-beef"));
}

void TestCli::interruptIsFour()
{
    // A slow sandbox of its own, so the interrupt lands mid-job.
    QProcess slow;
    slow.start(QStringLiteral(CALLSTOP_SANDBOX_PATH),
        {QStringLiteral("--calls"), QStringLiteral("3000"), QStringLiteral("--latency-ms"), QStringLiteral("400"),
            QStringLiteral("--api-key"), QStringLiteral("slow-key"), QStringLiteral("--quiet")});
    QVERIFY(slow.waitForReadyRead(10000));
    const QString url = QString::fromUtf8(slow.readLine()).trimmed().mid(int(qstrlen("listening on ")));
    QStringList ids;
    for (int i = 0; i < 2000; ++i)
        ids.append(QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CALLSTOP_API_KEY"), QStringLiteral("slow-key"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CALLSTOP_CLI_PATH),
        {QStringLiteral("terminate"), QStringLiteral("--base-url"), url, QStringLiteral("--yes"),
            QStringLiteral("--batch-size"), QStringLiteral("10"), QStringLiteral("--concurrency"),
            QStringLiteral("2")});
    QVERIFY(p.waitForStarted());
    p.write(ids.join(QLatin1Char('\n')).toUtf8());
    p.closeWriteChannel();
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("batch"), 20000);
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 4);
    out += p.readAllStandardOutput();
    QVERIFY2(out.contains("Not sent"), out.constData());
    slow.terminate();
    slow.waitForFinished();
}

void TestCli::needsTerminalOrYes()
{
    const Result r = cli({QStringLiteral("terminate"), QStringLiteral("--base-url"), m_baseUrl},
        "86815974-8a87-4e32-9953-aca4f97868ab", m_key);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("--yes"));
}

void TestCli::dryRunSendsNothing()
{
    const int before = sandboxGet(QStringLiteral("/_sandbox/stats")).value(QLatin1String("terminate_requests")).toInt();
    const QStringList ids = idsWithStatus(QStringLiteral("retry")).mid(0, 120);
    const Result r
        = cli({QStringLiteral("terminate"), QStringLiteral("--base-url"), m_baseUrl, QStringLiteral("--dry-run")},
            ids.join(QLatin1Char('\n')).toUtf8());
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("batch 2/2: 20 IDs"), r.out.constData());
    QVERIFY(r.out.contains("nothing was sent"));
    QCOMPARE(sandboxGet(QStringLiteral("/_sandbox/stats")).value(QLatin1String("terminate_requests")).toInt(), before);
}

void TestCli::extractCsvSamples_data()
{
    callstop::test::addCsvSampleRows();
}

void TestCli::extractCsvSamples()
{
    QFETCH(QString, csv);
    QFETCH(QString, expected);
    QFile e(expected);
    QVERIFY(e.open(QIODevice::ReadOnly));
    const QByteArray want = e.readAll();
    const Result r = cli({QStringLiteral("extract"), QStringLiteral("--csv"), csv});
    QVERIFY2(r.err.contains("encoding "), r.err.constData());
    if (want.startsWith("# ambiguous")) {
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--column"), r.err.constData());
        QVERIFY(r.err.contains("column 1"));
        QVERIFY(r.err.contains("column 2"));
        QVERIFY(r.out.isEmpty());
    } else if (want.startsWith("# error line ")) {
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("line " + want.mid(13).trimmed() + ":"), r.err.constData());
    } else {
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, want);
        QVERIFY2(r.err.contains("call IDs from column"), r.err.constData());
    }
}

void TestCli::csvOptions()
{
    const QString ambiguous = QStringLiteral(CALLSTOP_TEST_DATA "/csv/two_uuid_columns_no_header.csv");
    Result r = cli({QStringLiteral("extract"), QStringLiteral("--csv"), ambiguous, QStringLiteral("--column"),
        QStringLiteral("1")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count('\n'), 10);
    r = cli({QStringLiteral("extract"), QStringLiteral("--csv"), ambiguous, QStringLiteral("--separator"),
        QStringLiteral(";")});
    QCOMPARE(r.code, 2); // one column of "id,agent,status" text: no IDs
    QVERIFY(r.err.contains("separator ';'"));
    r = cli({QStringLiteral("extract"), QStringLiteral("--csv"), ambiguous, QStringLiteral("--encoding"),
        QStringLiteral("EBCDIC")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("unknown encoding"));
    r = cli({QStringLiteral("extract"), QStringLiteral("--column"), QStringLiteral("1")}, "x");
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("goes with --csv"));
    const QString semicolons = QStringLiteral(CALLSTOP_TEST_DATA "/csv/semicolon_call_id.csv");
    r = cli({QStringLiteral("extract"), QStringLiteral("--csv"), semicolons, QStringLiteral("--column"),
        QStringLiteral("Agent")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count('\n'), 1); // the same agent on every row
    QVERIFY(r.err.contains("9 duplicates"));
    r = cli({QStringLiteral("extract"), QStringLiteral("--csv"),
        writeFile(QStringLiteral("archive.csv"), QByteArray("PK\x03\x04\x14\0\0\0", 8))});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("ZIP"));
}

void TestCli::terminateFromCsv()
{
    QStringList ids = idsWithStatus(QStringLiteral("registered")).mid(150, 30);
    QByteArray csv = "agent_id,id,status\r\n";
    for (const QString& id : ids)
        csv += "5a0d7c1e-0000-4000-8000-000000000009," + id.toUpper().toUtf8() + ",registered\r\n";
    const QString path = writeFile(QStringLiteral("export.csv"), csv);
    const QString report = m_dir.filePath(QStringLiteral("checked-report.csv"));
    const Result r
        = cli({QStringLiteral("terminate"), QStringLiteral("--csv"), path, QStringLiteral("--base-url"), m_baseUrl,
                  QStringLiteral("--yes"), QStringLiteral("--check-calls"), QStringLiteral("--report"), report},
            {}, m_key);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("Checked 30 calls: 30 terminated"), r.out.constData());
    // The report gives each call what its own check found.
    QFile f(report);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QHash<QString, QByteArray> rows;
    for (const QByteArray& line : f.readAll().split('\n'))
        rows.insert(QString::fromUtf8(line.left(36)), line);
    for (const QString& id : ids) {
        const QByteArray row = rows.value(id);
        QVERIFY2(row.startsWith((id + QStringLiteral(",terminated,")).toUtf8())
                && row.contains(",Cancelled by termination,"),
            row.constData());
    }
    const QStringList cancelled = idsWithStatus(QStringLiteral("cancelled"));
    for (const QString& id : ids)
        QVERIFY(cancelled.contains(id));
}

void TestCli::jobSizeLimit()
{
    const auto requests = [this] {
        return sandboxGet(QStringLiteral("/_sandbox/stats")).value(QLatin1String("terminate_requests")).toInt();
    };
    const int before = requests();
    const QByteArray ids = idsWithStatus(QStringLiteral("retry")).mid(0, 120).join(QLatin1Char('\n')).toUtf8();
    const QStringList base
        = {QStringLiteral("terminate"), QStringLiteral("--base-url"), m_baseUrl, QStringLiteral("--yes")};

    Result r = cli(base + QStringList {QStringLiteral("--max-ids"), QStringLiteral("100")}, ids, m_key);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("120 IDs is more than the job-size limit of 100"), r.err.constData());
    QVERIFY(r.err.contains("--max-ids 120"));

    // The console's setting is the default limit.
    const QString ini = m_dir.filePath(QStringLiteral("config/CallStop/CallStop.ini"));
    QVERIFY(QDir().mkpath(QFileInfo(ini).path()));
    {
        QSettings settings(ini, QSettings::IniFormat);
        settings.setValue(QStringLiteral("limits/jobSize"), 50);
    }
    r = cli(base, ids, m_key);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("limit of 50"), r.err.constData());
    QCOMPARE(requests(), before);

    r = cli(base + QStringList {QStringLiteral("--max-ids"), QStringLiteral("120")}, ids, m_key);
    QCOMPARE(r.code, 0);
    QCOMPARE(requests(), before + 2);
    QFile::remove(ini);
}

void TestCli::proxyIsUsed()
{
    const int before = sandboxGet(QStringLiteral("/_sandbox/stats")).value(QLatin1String("terminate_requests")).toInt();
    const quint16 port = callstop::test::closedLoopbackPort();
    const Result r = cli({QStringLiteral("terminate"), QStringLiteral("--base-url"), m_baseUrl, QStringLiteral("--yes"),
                             QStringLiteral("--max-attempts"), QStringLiteral("1"), QStringLiteral("--proxy"),
                             QStringLiteral("http://127.0.0.1:%1").arg(port)},
        idsWithStatus(QStringLiteral("retry")).mid(0, 3).join(QLatin1Char('\n')).toUtf8(), m_key);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("through the proxy 127.0.0.1:%1").arg(port).toUtf8()), r.out.constData());
    QCOMPARE(sandboxGet(QStringLiteral("/_sandbox/stats")).value(QLatin1String("terminate_requests")).toInt(), before);
}

void TestCli::journalWriteFailureIsFive()
{
    // The journal takes its header, the lease of the ten batches and the four "sent" records, then is full (the
    // journal's fault hook): the four requests in flight finish, the six other batches are not sent, the exit code
    // is 5.
    const QStringList ids = idsWithStatus(QStringLiteral("registered")).mid(0, 100);
    QCOMPARE(ids.size(), 100);
    const QString journal = m_dir.filePath(QStringLiteral("journal-full.jsonl"));
    const int before = terminateRequests();
    const Result r
        = cli({QStringLiteral("terminate"), QStringLiteral("-"), QStringLiteral("--base-url"), m_baseUrl,
                  QStringLiteral("--yes"), QStringLiteral("--batch-size"), QStringLiteral("10"),
                  QStringLiteral("--concurrency"), QStringLiteral("4"), QStringLiteral("--journal"), journal},
            ids.join(QLatin1Char('\n')).toUtf8(), m_key,
            {{QStringLiteral("CALLSTOP_FAULT_JOURNAL_WRITES"), QStringLiteral("6")}});
    QVERIFY2(r.code == 5, r.err.constData());
    QCOMPARE(terminateRequests() - before, 4);
    // Which file and the system's error, as soon as it is known and again at the end.
    const QByteArray failure
        = QStringLiteral("writing the journal %1 failed: %2").arg(journal, qt_error_string(ENOSPC)).toUtf8();
    QVERIFY2(r.err.contains("recording failed: " + failure), r.err.constData());
    QVERIFY2(r.err.contains("Recording failed: " + failure), r.err.constData());
    QVERIFY2(r.err.contains("callstop-cli: recording failed; nothing was sent after that"), r.err.constData());
    QVERIFY2(r.err.contains("finishing the 3 requests in flight"), r.err.constData());
    // Not repeated as a warning.
    QVERIFY2(!r.err.contains("warning: " + failure), r.err.constData());
    // The state of each batch.
    QVERIFY2(
        r.err.contains("State of each batch:\n  batches 1-4: Accepted\n  batches 5-10: Not sent\n"), r.err.constData());
    QCOMPARE(r.out.count("Accepted, HTTP 200"), 4);
    QCOMPARE(r.out.count("Not sent: the job's records could not be written"), 6);
    QVERIFY2(r.out.contains("4 accepted (40 IDs)"), r.out.constData());

    // Once the journal can be written again, resuming sends all ten: the four in flight, and the six leased whose
    // "not sent" the journal could not write, all unknown (sending them again is safe).
    const int beforeResume = terminateRequests();
    const Result resumed
        = cli({QStringLiteral("resume"), journal, QStringLiteral("--yes"), QStringLiteral("--base-url"), m_baseUrl}, {},
            m_key);
    QVERIFY2(resumed.code == 0, resumed.err.constData());
    QVERIFY2(resumed.err.contains("10 unknown, 0 not sent"), resumed.err.constData());
    QCOMPARE(terminateRequests() - beforeResume, 10);
}

void TestCli::auditLogOnAFullDeviceIsFive()
{
    // The audit log is /dev/full, a real full disk (every write fails with ENOSPC): the first request cannot be
    // audited (its "sent" record, written before it leaves), so nothing is sent at all.
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full on this system");
    const QString data = m_dir.filePath(QStringLiteral("full-data"));
    const QString audit = data + QStringLiteral("/CallStop/CallStop/audit.jsonl");
    QVERIFY(QDir().mkpath(QFileInfo(audit).absolutePath()));
    QVERIFY(QFile::link(QStringLiteral("/dev/full"), audit));
    const QStringList ids = idsWithStatus(QStringLiteral("registered")).mid(0, 100);
    QCOMPARE(ids.size(), 100);
    const int before = terminateRequests();
    const Result r = cli({QStringLiteral("terminate"), QStringLiteral("-"), QStringLiteral("--base-url"), m_baseUrl,
                             QStringLiteral("--yes"), QStringLiteral("--batch-size"), QStringLiteral("10"),
                             QStringLiteral("--concurrency"), QStringLiteral("4")},
        ids.join(QLatin1Char('\n')).toUtf8(), m_key, {{QStringLiteral("XDG_DATA_HOME"), data}});
    QVERIFY2(r.code == 5, r.err.constData());
    QCOMPARE(terminateRequests() - before, 0);
    const QByteArray failure
        = QStringLiteral("writing the audit log %1 failed: %2").arg(audit, qt_error_string(ENOSPC)).toUtf8();
    QVERIFY2(r.err.contains("Recording failed: " + failure), r.err.constData());
    QVERIFY2(r.err.contains("  batches 1-10: Not sent\n"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
