#include "SandboxServer.h"
#include "support/CliProcess.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace callstop;

namespace {

constexpr std::int64_t Now = 1796292000; // 2026-12-03T09:20:00Z

} // namespace

// callstop-cli find, campaigns and agents against the sandbox (in this process, on loopback); then the found calls
// terminated through 'terminate -' and found no more.
class TestCliLookups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findPrintsEveryCallOnce();
    void findByNumber();
    void findThenTerminate();
    void campaignsAndAgents();
    void refusals_data();
    void refusals();
    void refusedKeyExitsThree();
    void limitExitsOne();

private:
    using Result = test::CliResult;
    Result cli(const QStringList& args, const QByteArray& input = {}, const QString& key = {});
    QStringList week() const;

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QString m_base;
};

void TestCliLookups::initTestCase()
{
    QVERIFY(m_dir.isValid());
    sandbox::SandboxOptions options;
    options.calls = 2000;
    options.nowEpochSeconds = Now;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    std::string error;
    QVERIFY2(m_server->start(&error), error.c_str());
    m_base = QString::fromStdString(m_server->baseUrl());
}

TestCliLookups::Result TestCliLookups::cli(const QStringList& args, const QByteArray& input, const QString& key)
{
    test::CliRun run;
    run.home = m_dir.path();
    run.key = key.isEmpty() ? QString::fromStdString(m_server->apiKey()) : key;
    run.env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Kolkata"));
    return test::runCli(args, input, run);
}

QStringList TestCliLookups::week() const
{
    return {QStringLiteral("--base-url"), m_base, QStringLiteral("--from"), QStringLiteral("2026-11-25"),
        QStringLiteral("--to"), QStringLiteral("2026-12-04"), QStringLiteral("--interval-ms"), QStringLiteral("0")};
}

void TestCliLookups::findPrintsEveryCallOnce()
{
    const Result r = cli(QStringList {QStringLiteral("find"), QStringLiteral("--status"), QStringLiteral("all"),
                             QStringLiteral("--page-size"), QStringLiteral("150")}
        + week());
    QVERIFY2(r.code == 0, r.err.constData());
    QList<QByteArray> lines = r.out.split('\n');
    lines.removeAll(QByteArray());
    QCOMPARE(lines.first().trimmed(),
        QByteArray("call_id,to_number,status,campaign_id,campaign_name,agent_id,agent_name,created_at"));
    QSet<QByteArray> ids;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray id = lines.at(i).split(',').first();
        QVERIFY2(m_server->call(id.toStdString()).has_value(), id.constData());
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 2000);
    QCOMPARE(lines.size(), 2001);
    QVERIFY2(r.err.contains("2000 calls in 14 pages"), r.err.constData());
    // The dates were sent with the offset of the operator's time zone.
    QVERIFY2(r.err.contains("2026-11-25T00:00:00+05:30"), r.err.constData());
}

void TestCliLookups::findByNumber()
{
    Result all = cli(QStringList {QStringLiteral("find"), QStringLiteral("--status"), QStringLiteral("all")} + week());
    QVERIFY(all.code == 0);
    QHash<QByteArray, int> perNumber;
    const QList<QByteArray> lines = all.out.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty())
            ++perNumber[lines.at(i).split(',').value(1)];
    }
    QByteArray number;
    for (auto it = perNumber.cbegin(); it != perNumber.cend() && number.isEmpty(); ++it) {
        if (it.value() >= 2 && it.key().startsWith("+91"))
            number = it.key();
    }
    QVERIFY(!number.isEmpty());
    // Written the way a customer says it: national form, spaces; the region makes it whole.
    const QByteArray national = "0" + number.mid(3, 5) + " " + number.mid(8);
    const Result r = cli(
        QStringList {QStringLiteral("find"), QStringLiteral("--status"), QStringLiteral("all"), QStringLiteral("--ids"),
            QStringLiteral("--number"), QString::fromLatin1(national), QStringLiteral("--region"), QStringLiteral("in")}
        + week());
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(int(r.out.count('\n')), perNumber.value(number));
}

void TestCliLookups::findThenTerminate()
{
    // One campaign's calls that can still be stopped, found, then terminated from the list found.
    const std::optional<sandbox::SandboxCall> sample = [&]() -> std::optional<sandbox::SandboxCall> {
        const Result r = cli(QStringList {QStringLiteral("find"), QStringLiteral("--ids")} + week());
        return m_server->call(r.out.split('\n').first().toStdString());
    }();
    QVERIFY(sample.has_value());
    const QString campaign = QString::fromStdString(sample->campaignId);
    const QStringList find
        = QStringList {QStringLiteral("find"), QStringLiteral("--ids"), QStringLiteral("--campaign"), campaign}
        + week();
    const Result found = cli(find);
    QVERIFY2(found.code == 0, found.err.constData());
    const int count = int(found.out.count('\n'));
    QVERIFY(count >= 1);
    for (const QByteArray& id : found.out.split('\n')) {
        if (id.isEmpty())
            continue;
        const auto call = m_server->call(id.toStdString());
        QVERIFY(call && call->campaignId == sample->campaignId);
        QVERIFY(call->status == "registered" || call->status == "retry");
    }
    const Result terminated
        = cli({QStringLiteral("terminate"), QStringLiteral("-"), QStringLiteral("--base-url"), m_base,
                  QStringLiteral("--yes"), QStringLiteral("--journal"), m_dir.filePath(QStringLiteral("found.jsonl"))},
            found.out);
    QVERIFY2(terminated.code == 0, terminated.err.constData());
    QVERIFY2(terminated.out.contains(QByteArray::number(count) + " IDs"), terminated.out.constData());
    for (const QByteArray& id : found.out.split('\n')) {
        if (!id.isEmpty())
            QCOMPARE(QByteArray::fromStdString(m_server->call(id.toStdString())->status), QByteArray("cancelled"));
    }
    const Result again = cli(find);
    QVERIFY(again.code == 0);
    QCOMPARE(again.out, QByteArray());
}

void TestCliLookups::campaignsAndAgents()
{
    const Result campaigns = cli({QStringLiteral("campaigns"), QStringLiteral("--base-url"), m_base,
        QStringLiteral("--page-size"), QStringLiteral("7"), QStringLiteral("--interval-ms"), QStringLiteral("0")});
    QVERIFY2(campaigns.code == 0, campaigns.err.constData());
    QList<QByteArray> lines = campaigns.out.split('\n');
    lines.removeAll(QByteArray());
    QCOMPARE(lines.size(), 1 + 40);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines.at(i).trimmed().split(',');
        const auto c = m_server->campaign(f.value(0).toStdString());
        QVERIFY2(c.has_value(), lines.at(i).constData());
        QCOMPARE(f.value(1), QByteArray::fromStdString(c->name));
    }
    const Result agents = cli({QStringLiteral("agents"), QStringLiteral("--base-url"), m_base});
    QVERIFY2(agents.code == 0, agents.err.constData());
    QCOMPARE(agents.out.count('\n'), 1 + 6);
}

void TestCliLookups::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("bad date") << QStringList {QStringLiteral("--from"), QStringLiteral("2026-13-01")}
                              << QByteArray("'2026-13-01'");
    QTest::newRow("from after to") << QStringList {QStringLiteral("--from"), QStringLiteral("2026-12-05"),
        QStringLiteral("--to"), QStringLiteral("2026-12-01")}
                                   << QByteArray("is after");
    QTest::newRow("bad number") << QStringList {QStringLiteral("--number"), QStringLiteral("12")}
                                << QByteArray("--number");
    QTest::newRow("page size") << QStringList {QStringLiteral("--page-size"), QStringLiteral("0")}
                               << QByteArray("--page-size");
    QTest::newRow("no status") << QStringList {QStringLiteral("--status"), QStringLiteral(",")}
                               << QByteArray("--status");
}

void TestCliLookups::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, says);
    const Result r = cli(QStringList {QStringLiteral("find"), QStringLiteral("--base-url"), m_base} + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(says), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliLookups::refusedKeyExitsThree()
{
    const Result r = cli(QStringList {QStringLiteral("find")} + week(), {}, QStringLiteral("not-the-key"));
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("401"), r.err.constData());
}

void TestCliLookups::limitExitsOne()
{
    const Result r = cli(
        QStringList {QStringLiteral("find"), QStringLiteral("--ids"), QStringLiteral("--status"), QStringLiteral("all"),
            QStringLiteral("--max"), QStringLiteral("250"), QStringLiteral("--page-size"), QStringLiteral("100")}
        + week());
    QCOMPARE(r.code, 1);
    QCOMPARE(int(r.out.count('\n')), 250);
    QVERIFY2(r.err.contains("250 records"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliLookups)
#include "tst_clilookups.moc"
