#include "jobs/JobJournal.h"
#include "profiles/ProfileStore.h"
#include "support/CliProcess.h"
#include "support/HostileServer.h"
#include "util/AppSettings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace callstop;
using callstop::test::HostileServer;
using Mode = callstop::test::HostileServer::Mode;

namespace {

const QString Key = QStringLiteral("7d3c9a52-6f1e-4b8a-9c0d-2e4f6a8b0c1d");

#if defined(__SANITIZE_ADDRESS__)
constexpr bool Sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool Sanitized = true;
#else
constexpr bool Sanitized = false;
#endif
#else
constexpr bool Sanitized = false;
#endif

// What the CLI may use at most against any server: far below what buffering a 4 GB answer takes.
constexpr long MaxChildRssKb = 200 * 1024;
// The address space the CLI runs in: an unbounded read fails at once (std::bad_alloc) instead of swapping.
constexpr rlim_t AddressSpaceCap = rlim_t(2) * 1024 * 1024 * 1024;

QByteArray ids(int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += QStringLiteral("3f2a1b4c-0000-4000-8000-%1\n").arg(i, 12, 10, QLatin1Char('0')).toLatin1();
    return out;
}

long childMaxRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

// The report's state column, one entry per ID.
QStringList reportStates(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("no report")};
    QStringList states;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty())
            states.append(QString::fromUtf8(lines.at(i).split(',').value(1)));
    }
    return states;
}

} // namespace

// callstop-cli against tests/support/HostileServer (in this process, on its own thread, on loopback): the exit
// code, the report's state of each call, the time taken and the memory used.
class TestCliHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unboundedAnswerStaysSmall_data();
    void unboundedAnswerStaysSmall();
    void foreignAnswerIsNotATermination_data();
    void foreignAnswerIsNotATermination();
    void timeoutIsADeadline_data();
    void timeoutIsADeadline();
    void redirectKeepsTheKeyHome_data();
    void redirectKeepsTheKeyHome();
    void badGatewayIsRetried();
    void cutAnswerIsUnknown();
    void resumeSendsTheKeyOnlyToItsOwnUrl();
    void helpNamesTheDeadline();

private:
    using Result = test::CliResult;
    Result cli(const QStringList& args, const QByteArray& input = {}, bool keyInEnvironment = true);
    QStringList terminateArgs(const HostileServer& server, const QString& name);

    QTemporaryDir m_dir;
    QString m_certificate; // self-signed for 127.0.0.1, trusted by the CLI through --ca-file
    QString m_key;
};

void TestCliHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_certificate = m_dir.filePath(QStringLiteral("server.pem"));
    m_key = m_dir.filePath(QStringLiteral("server.key"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), m_key, QStringLiteral("-out"), m_certificate,
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=callstop-hostile-server"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY2(openssl.waitForFinished(60000), "openssl did not finish");
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
}

TestCliHostile::Result TestCliHostile::cli(const QStringList& args, const QByteArray& input, bool keyInEnvironment)
{
    test::CliRun run;
    run.home = m_dir.path();
    if (keyInEnvironment)
        run.key = Key;
    if (!Sanitized) {
        run.childModifier = [] {
            const rlimit limit {AddressSpaceCap, AddressSpaceCap};
            ::setrlimit(RLIMIT_AS, &limit);
        };
    }
    const Result r = test::runCli(args, input, run);
    if (r.out.contains(Key.toLatin1()) || r.err.contains(Key.toLatin1()))
        qFatal("the key was printed");
    return r;
}

QStringList TestCliHostile::terminateArgs(const HostileServer& server, const QString& name)
{
    return {QStringLiteral("terminate"), QStringLiteral("-"), QStringLiteral("--base-url"), server.baseUrl(),
        QStringLiteral("--yes"), QStringLiteral("--report"), m_dir.filePath(name + QStringLiteral(".csv")),
        QStringLiteral("--journal"), m_dir.filePath(name + QStringLiteral(".jsonl"))};
}

void TestCliHostile::unboundedAnswerStaysSmall_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<qint64>("bytesPerSecond"); // 0: as fast as loopback goes
    const std::pair<Mode, const char*> modes[]
        = {{Mode::HugeContentLength, "Content-Length: 4000000000"}, {Mode::EndlessBody, "endless body"},
            {Mode::EndlessChunked, "endless chunked"}, {Mode::EndlessHeaders, "endless headers"}};
    for (const auto& [mode, name] : modes)
        QTest::addRow("http, loopback speed, %s", name) << int(mode) << false << qint64(0);
    for (const auto& [mode, name] : modes) {
        QTest::addRow("http, 1 Gbit/s, %s", name) << int(mode) << false << callstop::test::GigabitBytesPerSecond;
        QTest::addRow("https, 1 Gbit/s, %s", name) << int(mode) << true << callstop::test::GigabitBytesPerSecond;
    }
}

void TestCliHostile::unboundedAnswerStaysSmall()
{
    QFETCH(int, mode);
    QFETCH(bool, tls);
    QFETCH(qint64, bytesPerSecond);
    if (Mode(mode) == Mode::EndlessChunked && bytesPerSecond == 0) {
        // Qt 6.4 decodes a chunked body in its network thread for as long as the socket has bytes, before our reply
        // sees any of them. A process on this machine writing chunks faster than they are decoded (only loopback
        // can) makes it buffer without bound: up to 5.7 GB was measured, and the deadline was not kept. A server
        // across a network cannot outrun the decoder (the 1 Gbit/s rows).
        QSKIP("a chunked answer written at loopback speed is not bounded by Qt 6.4 (see README)");
    }
    HostileServer::Options options;
    options.mode = Mode(mode);
    options.bytesPerSecond = bytesPerSecond;
    if (tls) {
        options.certificateFile = m_certificate;
        options.keyFile = m_key;
    }
    HostileServer server(options);
    QVERIFY(server.start());
    const QString name = QString::fromLatin1(HostileServer::modeName(Mode(mode))) + (tls ? "_tls" : "")
        + (bytesPerSecond > 0 ? "_paced" : "");
    QStringList args = terminateArgs(server, name);
    // Qt reads the headers itself, without a limit of its own: what bounds endless headers is the deadline, so the
    // memory they take is the rate times the deadline, for the two batches in flight (230 MiB at 1 Gbit/s over TLS
    // for 5 s was measured; 199 to 206 MiB for 2 s on another machine, so 1.5 s).
    const int timeoutMs = Mode(mode) == Mode::EndlessHeaders ? 1500 : 5000;
    args << QStringLiteral("--max-attempts") << QStringLiteral("2") << QStringLiteral("--timeout-ms")
         << QString::number(timeoutMs);
    if (tls)
        args << QStringLiteral("--ca-file") << m_certificate;
    const Result r = cli(args, ids(150));
    const long rss = childMaxRssKb();
    qInfo() << name << "exit" << r.code << "in" << r.elapsedMs << "ms; the server wrote" << server.bytesSent()
            << "bytes; largest child so far" << rss / 1024 << "MiB";
    QVERIFY2(r.code == 1, r.err.constData());
    QCOMPARE(reportStates(m_dir.filePath(name + QStringLiteral(".csv"))), QStringList(150, QStringLiteral("unknown")));
    QVERIFY2(!r.out.contains("Accepted"), r.out.constData());
    if (Mode(mode) != Mode::EndlessHeaders) {
        // The answer was abandoned at the limit, not by the deadline or the server.
        QVERIFY2(r.out.contains("1 MiB") || r.err.contains("1 MiB"), r.out.constData());
    }
    if (!Sanitized)
        QVERIFY2(rss < MaxChildRssKb, qPrintable(QString::number(rss)));
}

void TestCliHostile::foreignAnswerIsNotATermination_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("HTML login page") << int(Mode::HtmlLogin) << QByteArray("Login - Corporate Portal");
    QTest::newRow("not JSON") << int(Mode::NotJson) << QByteArray("text that is not JSON");
    QTest::newRow("success false") << int(Mode::SuccessFalse) << QByteArray("Upstream quota exceeded");
}

void TestCliHostile::foreignAnswerIsNotATermination()
{
    QFETCH(int, mode);
    QFETCH(QByteArray, says);
    HostileServer::Options options;
    options.mode = Mode(mode);
    HostileServer server(options);
    QVERIFY(server.start());
    const QString name = QString::fromLatin1(HostileServer::modeName(Mode(mode)));
    const Result r = cli(terminateArgs(server, name), ids(150));
    QVERIFY2(r.code == 1, r.err.constData());
    QCOMPARE(r.out.count("Unexpected answer: may have been applied, HTTP 200"), 2);
    QVERIFY2(r.out.contains(says), r.out.constData());
    QVERIFY2(r.out.contains("0 accepted (0 IDs)") && r.out.contains("2 unknown"), r.out.constData());
    if (Mode(mode) == Mode::HtmlLogin)
        QVERIFY(r.out.contains("probably a proxy or captive portal login, or a wrong base URL"));
    QCOMPARE(reportStates(m_dir.filePath(name + QStringLiteral(".csv"))), QStringList(150, QStringLiteral("unknown")));

    // The journal keeps the outcome, and resume sends those batches again.
    const QString journal = m_dir.filePath(name + QStringLiteral(".jsonl"));
    QFile file(journal);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"outcome\":\"unexpected_answer\""));
    QString error;
    const JournalState state = JobJournal::load(journal, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(state.count(JournalState::BatchState::Unknown), 2);
    QCOMPARE(state.batchesToResume(), QList<int>({0, 1}));

    server.setMode(Mode::Ok);
    const int before = int(server.requests().size());
    const Result resumed = cli(
        {QStringLiteral("resume"), journal, QStringLiteral("--yes"), QStringLiteral("--base-url"), server.baseUrl()});
    QVERIFY2(resumed.code == 0, resumed.err.constData());
    QCOMPARE(int(server.requests().size()) - before, 2);
    QVERIFY2(resumed.out.contains("2 accepted (150 IDs)"), resumed.out.constData());
}

void TestCliHostile::timeoutIsADeadline_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("body a byte a second") << int(Mode::TrickleBody);
    QTest::newRow("headers a byte a second") << int(Mode::TrickleHeaders);
}

void TestCliHostile::timeoutIsADeadline()
{
    QFETCH(int, mode);
    HostileServer::Options options;
    options.mode = Mode(mode);
    options.trickleIntervalMs = 1000;
    HostileServer server(options);
    QVERIFY(server.start());
    const QString name = QString::fromLatin1(HostileServer::modeName(Mode(mode)));
    QStringList args = terminateArgs(server, name);
    args << QStringLiteral("--timeout-ms") << QStringLiteral("3000") << QStringLiteral("--max-attempts")
         << QStringLiteral("1");
    const Result r = cli(args, ids(1));
    qInfo() << name << "exit" << r.code << "after" << r.elapsedMs << "ms";
    QVERIFY2(r.code == 1, r.err.constData());
    // The deadline and the CLI's own start and end, nothing more. The lower bound has slack: the child's clock starts
    // before this one and a busy machine shifts both; what matters is that the request ends near its deadline.
    QVERIFY2(r.elapsedMs >= 2500 && r.elapsedMs < 5000, qPrintable(QString::number(r.elapsedMs)));
    QVERIFY2(r.out.contains("no complete answer within 3000 ms"), r.out.constData());
    QCOMPARE(reportStates(m_dir.filePath(name + QStringLiteral(".csv"))), QStringList({QStringLiteral("unknown")}));
}

void TestCliHostile::redirectKeepsTheKeyHome_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("fromHttps"); // https to plain http, the redirect that would also drop the encryption
    for (const bool fromHttps : {false, true}) {
        for (int status : {301, 302, 303, 307, 308})
            QTest::addRow("%s %d", fromHttps ? "https to http" : "http", status) << status << fromHttps;
    }
}

void TestCliHostile::redirectKeepsTheKeyHome()
{
    QFETCH(int, status);
    QFETCH(bool, fromHttps);
    HostileServer elsewhere({});
    QVERIFY(elsewhere.start());
    QVERIFY(elsewhere.origin().startsWith("http://"));
    HostileServer::Options options;
    options.mode = Mode::Redirect;
    options.redirectStatus = status;
    options.redirectTarget = elsewhere.origin();
    if (fromHttps) {
        options.certificateFile = m_certificate;
        options.keyFile = m_key;
    }
    HostileServer server(options);
    QVERIFY(server.start());
    const QString name = QStringLiteral("redirect%1%2").arg(status).arg(fromHttps ? "tls" : "");
    QStringList args = terminateArgs(server, name);
    if (fromHttps)
        args << QStringLiteral("--ca-file") << m_certificate;
    const Result r = cli(args, ids(10));
    QVERIFY2(r.code == 1, r.err.constData());
    QVERIFY2(r.out.contains("redirects are not followed"), r.out.constData());
    QCOMPARE(reportStates(m_dir.filePath(name + QStringLiteral(".csv"))), QStringList(10, QStringLiteral("failed")));
    QCOMPARE(server.requests().size(), 1);
    QVERIFY2(elsewhere.requests().isEmpty(), "the redirect was followed: the key went to another host");
}

void TestCliHostile::badGatewayIsRetried()
{
    HostileServer::Options options;
    options.mode = Mode::BadGatewayHtml;
    options.failures = 2;
    HostileServer server(options);
    QVERIFY(server.start());
    const Result r = cli(terminateArgs(server, QStringLiteral("badgateway")), ids(10));
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.contains("502 Bad Gateway"), r.err.constData());
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(
        reportStates(m_dir.filePath(QStringLiteral("badgateway.csv"))), QStringList(10, QStringLiteral("terminated")));
}

void TestCliHostile::cutAnswerIsUnknown()
{
    HostileServer::Options options;
    options.mode = Mode::CutMidBody;
    HostileServer server(options);
    QVERIFY(server.start());
    QStringList args = terminateArgs(server, QStringLiteral("cut"));
    args << QStringLiteral("--max-attempts") << QStringLiteral("1");
    const Result r = cli(args, ids(10));
    QVERIFY2(r.code == 1, r.err.constData());
    QCOMPARE(reportStates(m_dir.filePath(QStringLiteral("cut.csv"))), QStringList(10, QStringLiteral("unknown")));
}

// A journal is a file that travels (tickets, other machines): its base_url must never decide where the key goes.
void TestCliHostile::resumeSendsTheKeyOnlyToItsOwnUrl()
{
    HostileServer::Options options;
    options.mode = Mode::CutMidBody; // every batch unknown: the journal has something to resume
    HostileServer home(options);
    QVERIFY(home.start());
    HostileServer elsewhere(HostileServer::Options {});
    QVERIFY(elsewhere.start());
    QStringList args = terminateArgs(home, QStringLiteral("travelled"));
    args << QStringLiteral("--max-attempts") << QStringLiteral("1");
    QCOMPARE(cli(args, ids(150)).code, 1);
    home.setMode(Mode::Ok);
    const int homeRequests = int(home.requests().size());

    // The journal, edited to name another host.
    const QString original = m_dir.filePath(QStringLiteral("travelled.jsonl"));
    QFile in(original);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    in.close();
    const QByteArray homeUrl = home.baseUrl().toLatin1();
    const QByteArray otherUrl = elsewhere.baseUrl().toLatin1();
    QVERIFY(text.contains("\"base_url\":\"" + homeUrl + "\""));
    text.replace("\"base_url\":\"" + homeUrl + "\"", "\"base_url\":\"" + otherUrl + "\"");
    const QString edited = m_dir.filePath(QStringLiteral("edited.jsonl"));
    QFile out(edited);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();

    // A profile of this machine whose URL is the home server's.
    {
        QSettings settings(
            m_dir.filePath(
                QStringLiteral("config/%1/%2.ini").arg(AppSettings::organisation(), AppSettings::application())),
            QSettings::IniFormat);
        ProfileStore profiles(&settings);
        QString error;
        QVERIFY2(
            !profiles.addProfile(QStringLiteral("Home"), QUrl(home.baseUrl()), &error).isEmpty(), qPrintable(error));
    }

    const QString resume = QStringLiteral("resume");
    const QString yes = QStringLiteral("--yes");
    // The key of the environment belongs to no profile: the URL must be confirmed.
    Result r = cli({resume, edited, yes});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("--base-url") && r.err.contains(otherUrl), r.err.constData());
    // Confirmed for the home server: the journal names another URL, so it is refused with both named.
    r = cli({resume, edited, yes, QStringLiteral("--base-url"), home.baseUrl()});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(homeUrl) && r.err.contains(otherUrl), r.err.constData());
    // The same with a profile named explicitly.
    r = cli({resume, edited, yes, QStringLiteral("--profile"), QStringLiteral("Home")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(homeUrl) && r.err.contains(otherUrl) && r.err.contains("Home"), r.err.constData());
    // Without a key in the environment, --base-url means nothing, and the journal's profile is not on this machine.
    r = cli({resume, edited, yes, QStringLiteral("--base-url"), elsewhere.baseUrl()}, {}, false);
    QCOMPARE(r.code, 2);
    r = cli({resume, edited, yes}, {}, false);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("no profile named"), r.err.constData());
    QCOMPARE(elsewhere.requests().size(), 0);
    QCOMPARE(int(home.requests().size()), homeRequests);

    // The journal as written, with the profile whose URL it names: resumed.
    r = cli({resume, original, yes, QStringLiteral("--profile"), QStringLiteral("Home")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(int(home.requests().size()) - homeRequests, 2);
    QCOMPARE(elsewhere.requests().size(), 0);
    for (const HostileServer::Request& request : home.requests())
        QCOMPARE(request.headers.value("x-api-key"), Key.toLatin1());
}

void TestCliHostile::helpNamesTheDeadline()
{
    const Result r = cli({QStringLiteral("terminate"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.simplified().contains("from sending to the last byte of the answer"), r.out.constData());
}

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_clihostile.moc"
