#include "SandboxServer.h"
#include "support/CliProcess.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace callstop;

namespace {

constexpr std::int64_t Now = 1796292000; // 2026-12-03T09:20:00Z

bool waiting(const sandbox::SandboxCall& c)
{
    return c.status == "registered" || c.status == "retry";
}

} // namespace

// callstop-cli terminate --numbers, --campaign and --agent against the sandbox (in this process): what stops, what
// is said before and after (the measured effect), and every refusal before anything is sent.
class TestCliScopes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void campaign();
    void agent();
    void numbersInEveryCampaign();
    void numbersInOneCampaign();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void dryRunSendsNothing();

private:
    using Result = test::CliResult;
    Result cli(QStringList args, const QByteArray& input = {});
    // The effect the CLI printed: "Effect: N calls stopped, M already connected".
    static std::pair<int, int> effect(const QByteArray& out);
    sandbox::SandboxCall aWaitingCall() const;

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

void TestCliScopes::init()
{
    QVERIFY(m_dir.isValid());
    sandbox::SandboxOptions options;
    options.calls = 1500;
    options.nowEpochSeconds = Now;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    std::string error;
    QVERIFY2(m_server->start(&error), error.c_str());
}

TestCliScopes::Result TestCliScopes::cli(QStringList args, const QByteArray& input)
{
    args << QStringLiteral("--base-url") << QString::fromStdString(m_server->baseUrl());
    test::CliRun run;
    run.home = m_dir.path();
    run.key = QString::fromStdString(m_server->apiKey());
    return test::runCli(args, input, run);
}

std::pair<int, int> TestCliScopes::effect(const QByteArray& out)
{
    static const QRegularExpression re(QStringLiteral("Effect: (\\d+) calls? stopped, (\\d+) already connected"));
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(out));
    if (!m.hasMatch())
        return {-1, -1};
    return {m.captured(1).toInt(), m.captured(2).toInt()};
}

sandbox::SandboxCall TestCliScopes::aWaitingCall() const
{
    for (const sandbox::SandboxCall& c : m_server->calls()) {
        if (c.status == "registered")
            return c;
    }
    qFatal("no registered call");
}

void TestCliScopes::campaign()
{
    const sandbox::SandboxCall seed = aWaitingCall();
    int expected = 0;
    int ongoing = 0;
    for (const sandbox::SandboxCall& c : m_server->calls()) {
        if (c.campaignId == seed.campaignId) {
            expected += waiting(c);
            ongoing += c.status == "ongoing";
        }
    }
    const Result r = cli({QStringLiteral("terminate"), QStringLiteral("--campaign"),
        QString::fromStdString(seed.campaignId), QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, r.err.constData());
    const auto name = QByteArray::fromStdString(m_server->campaign(seed.campaignId)->name);
    QVERIFY2(r.err.contains("This stops every call of the campaign " + name), r.err.constData());
    QVERIFY2(r.err.contains(QByteArray::number(expected) + " of its"), r.err.constData());
    QCOMPARE(effect(r.out), std::make_pair(expected, ongoing));
    QCOMPARE(m_server->stats().terminateRequests, 1);
    for (const sandbox::SandboxCall& c : m_server->calls()) {
        if (c.campaignId == seed.campaignId)
            QVERIFY(!waiting(c));
    }
}

void TestCliScopes::agent()
{
    const sandbox::SandboxCall seed = aWaitingCall();
    int expected = 0;
    int others = 0;
    for (const sandbox::SandboxCall& c : m_server->calls()) {
        if (c.agentId == seed.agentId)
            expected += waiting(c);
        else
            others += waiting(c);
    }
    const Result r = cli({QStringLiteral("terminate"), QStringLiteral("--agent"), QString::fromStdString(seed.agentId),
        QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.contains("This stops every call of the agent"), r.err.constData());
    QCOMPARE(effect(r.out).first, expected);
    int othersAfter = 0;
    for (const sandbox::SandboxCall& c : m_server->calls()) {
        if (c.agentId == seed.agentId)
            QVERIFY(!waiting(c));
        else
            othersAfter += waiting(c);
    }
    QCOMPARE(othersAfter, others); // nobody else's calls
}

void TestCliScopes::numbersInEveryCampaign()
{
    // A number called in several campaigns, written the way a customer says it.
    QHash<std::string, int> perNumber;
    for (const sandbox::SandboxCall& c : m_server->calls())
        perNumber[c.toNumber] += waiting(c);
    std::string number;
    for (auto it = perNumber.cbegin(); it != perNumber.cend(); ++it) {
        if (it.value() >= 2 && it.key().rfind("+91", 0) == 0) {
            number = it.key();
            break;
        }
    }
    QVERIFY(!number.empty());
    const QByteArray national
        = "0" + QByteArray::fromStdString(number.substr(3, 5)) + " " + QByteArray::fromStdString(number.substr(8));
    const QByteArray text = "Customer asked not to be called: " + national + "\nand an invalid one: +91 88828 7689\n";
    const Result r = cli({QStringLiteral("terminate"), QStringLiteral("--numbers"), QStringLiteral("-"),
                             QStringLiteral("--region"), QStringLiteral("IN"), QStringLiteral("--yes")},
        text);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.contains("in ALL campaigns"), r.err.constData());
    QVERIFY2(r.err.contains("line 2"), r.err.constData()); // the invalid one, named by its line
    QCOMPARE(effect(r.out).first, perNumber.value(number));
    for (const sandbox::SandboxCall& c : m_server->calls()) {
        if (c.toNumber == number)
            QVERIFY(!waiting(c));
    }
}

void TestCliScopes::numbersInOneCampaign()
{
    const sandbox::SandboxCall seed = aWaitingCall();
    int elsewhere = 0;
    for (const sandbox::SandboxCall& c : m_server->calls())
        elsewhere += c.toNumber == seed.toNumber && c.campaignId != seed.campaignId && waiting(c);
    const Result r
        = cli({QStringLiteral("terminate"), QStringLiteral("--numbers"), QStringLiteral("-"),
                  QStringLiteral("--campaign"), QString::fromStdString(seed.campaignId), QStringLiteral("--yes")},
            QByteArray::fromStdString(seed.toNumber) + "\n");
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.contains("in the campaign"), r.err.constData());
    QVERIFY(effect(r.out).first >= 1);
    QVERIFY(!waiting(*m_server->call(seed.id)));
    int elsewhereAfter = 0;
    for (const sandbox::SandboxCall& c : m_server->calls())
        elsewhereAfter += c.toNumber == seed.toNumber && c.campaignId != seed.campaignId && waiting(c);
    QCOMPARE(elsewhereAfter, elsewhere);
}

void TestCliScopes::refusedBeforeSending_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("says");
    const QString t = QStringLiteral("terminate");
    const QString yes = QStringLiteral("--yes");
    QTest::newRow("unknown campaign") << QStringList {t, QStringLiteral("--campaign"), QStringLiteral("nope"), yes}
                                      << QByteArray() << QByteArray("no campaign with the id nope");
    QTest::newRow("unknown agent") << QStringList {t, QStringLiteral("--agent"), QStringLiteral("nope"), yes}
                                   << QByteArray() << QByteArray("no agent with the id nope");
    QTest::newRow("no valid number") << QStringList {t, QStringLiteral("--numbers"), QStringLiteral("-"), yes}
                                     << QByteArray("+91 12\n(415) 555\n") << QByteArray("no valid phone number");
    QTest::newRow("agent with numbers") << QStringList {t, QStringLiteral("--agent"), QStringLiteral("a"),
        QStringLiteral("--numbers"), QStringLiteral("-"), yes}
                                        << QByteArray() << QByteArray("--agent stands alone");
    QTest::newRow("IDs and a scope") << QStringList {t, QStringLiteral("ids.txt"), QStringLiteral("--agent"),
        QStringLiteral("a"), yes} << QByteArray()
                                     << QByteArray("separate jobs");
    QTest::newRow("no terminal to confirm") << QStringList {t, QStringLiteral("--numbers"), QStringLiteral("-")}
                                            << QByteArray("+14155550100\n") << QByteArray("nobody can confirm");
}

void TestCliScopes::refusedBeforeSending()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, says);
    const Result r = cli(args, input);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(says), r.err.constData());
    QCOMPARE(m_server->stats().terminateRequests, 0);
}

void TestCliScopes::dryRunSendsNothing()
{
    QByteArray numbers;
    for (int i = 0; i < 150; ++i)
        numbers += "+1415555" + QByteArray::number(1000 + i) + "\n";
    const Result r = cli(
        {QStringLiteral("terminate"), QStringLiteral("--numbers"), QStringLiteral("-"), QStringLiteral("--dry-run")},
        numbers);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("batch 1/2: 100 numbers, first +14155551000"), r.out.constData());
    QVERIFY2(r.out.contains("batch 2/2: 50 numbers, first +14155551100"), r.out.constData());
    QCOMPARE(m_server->stats().terminateRequests, 0);
}

QTEST_GUILESS_MAIN(TestCliScopes)
#include "tst_cliscopes.moc"
