#include "lookup/LookupParser.h"

#include <QTest>

using namespace callstop;

namespace {

QByteArray historyCall(const QByteArray& id, const QByteArray& status = "registered")
{
    return "{\"id\":\"" + id + "\",\"to_number\":\"+918882876897\",\"status\":\"" + status
        + "\",\"agent\":{\"id\":\"a1\",\"agent_name\":\"Asha\"},\"campaign\":{\"id\":\"c1\",\"name\":\"Diwali\"},"
          "\"bulk_list_id\":\"c1\",\"created_at\":\"2026-12-03T09:00:00\",\"transcript\":\"...\"}";
}

const QByteArray IdA = "3f2a1b4c-0000-4000-8000-000000000001";
const QByteArray IdB = "3f2a1b4c-0000-4000-8000-000000000002";

} // namespace

// The look-up pages against their documented shapes: what is taken, and every way a page is refused.
class TestLookupParser : public QObject
{
    Q_OBJECT

private slots:
    void history_data();
    void history();
    void historyFields();
    void tooManyRecords();
    void campaigns_data();
    void campaigns();
    void agents_data();
    void agents();
};

void TestLookupParser::history_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("calls"); // -1: refused
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("errorNames");
    const QByteArray two = "[" + historyCall(IdA) + "," + historyCall(IdB, "retry") + "]";
    QTest::newRow("two calls") << "{\"calls\":" + two + ",\"limit\":10,\"offset\":0,\"count\":2,\"total\":2}" << 2
                               << qint64(2) << QString();
    QTest::newRow("total many") << "{\"calls\":" + two + ",\"limit\":2,\"offset\":0,\"count\":2,\"total\":\"many\"}"
                                << 2 << qint64(-1) << QString();
    QTest::newRow("empty last page") << QByteArray("{\"calls\":[],\"limit\":10,\"offset\":20,\"count\":0,\"total\":20}")
                                     << 0 << qint64(20) << QString();
    QTest::newRow("not JSON") << QByteArray("<html>Login</html>") << -1 << qint64(-1) << QStringLiteral("not JSON");
    QTest::newRow("array") << QByteArray("[]") << -1 << qint64(-1) << QStringLiteral("not a JSON object");
    QTest::newRow("no calls") << QByteArray("{\"total\":0}") << -1 << qint64(-1) << QStringLiteral("'calls'");
    QTest::newRow("calls not a list") << QByteArray("{\"calls\":{},\"total\":0}") << -1 << qint64(-1)
                                      << QStringLiteral("'calls'");
    QTest::newRow("total other text") << "{\"calls\":" + two + ",\"total\":\"lots\"}" << -1 << qint64(-1)
                                      << QStringLiteral("'total'");
    QTest::newRow("total negative") << "{\"calls\":" + two + ",\"total\":-5}" << -1 << qint64(-1)
                                    << QStringLiteral("'total'");
    QTest::newRow("total fraction") << "{\"calls\":" + two + ",\"total\":2.5}" << -1 << qint64(-1)
                                    << QStringLiteral("'total'");
    QTest::newRow("no total") << "{\"calls\":" + two + "}" << -1 << qint64(-1) << QStringLiteral("'total'");
    QTest::newRow("bad id, second record")
        << "{\"calls\":[" + historyCall(IdA) + "," + historyCall("not-a-uuid") + "],\"total\":2}" << -1 << qint64(-1)
        << QStringLiteral("Record 2 of 'calls': 'id'");
    QTest::newRow("record not an object") << QByteArray("{\"calls\":[42],\"total\":1}") << -1 << qint64(-1)
                                          << QStringLiteral("Record 1 of 'calls': not an object");
    QTest::newRow("no status") << "{\"calls\":[{\"id\":\"" + IdA + "\"}],\"total\":1}" << -1 << qint64(-1)
                               << QStringLiteral("'status'");
}

void TestLookupParser::history()
{
    QFETCH(QByteArray, body);
    QFETCH(int, calls);
    QFETCH(qint64, total);
    QFETCH(QString, errorNames);
    LookupParser::HistoryPage page;
    QString error;
    const bool ok = LookupParser::parseHistory(body, &page, &error);
    QCOMPARE(ok, calls >= 0);
    if (!ok) {
        QVERIFY2(error.contains(errorNames), qPrintable(error));
        QVERIFY(page.calls.isEmpty());
        return;
    }
    QVERIFY(error.isEmpty());
    QCOMPARE(int(page.calls.size()), calls);
    QCOMPARE(page.total, total);
    QCOMPARE(page.totalIsMany, body.contains("\"many\""));
}

void TestLookupParser::historyFields()
{
    LookupParser::HistoryPage page;
    QString error;
    const QByteArray longName(5000, 'n');
    QByteArray body = "{\"calls\":[" + historyCall(IdA, "retry") + "],\"limit\":10,\"offset\":30,\"total\":31}";
    body.replace("Diwali", longName);
    QVERIFY2(LookupParser::parseHistory(body, &page, &error), qPrintable(error));
    const HistoryCall& c = page.calls.first();
    QCOMPARE(c.id.toString(), QString::fromLatin1(IdA));
    QCOMPARE(c.status, QStringLiteral("retry"));
    QCOMPARE(c.toNumber, QStringLiteral("+918882876897"));
    QCOMPARE(c.agentId, QStringLiteral("a1"));
    QCOMPARE(c.agentName, QStringLiteral("Asha"));
    QCOMPARE(c.campaignId, QStringLiteral("c1"));
    QCOMPARE(c.campaignName.size(), LookupParser::MaxTextLength);
    QCOMPARE(page.offset, 30);
    QCOMPARE(page.limit, 10);
}

void TestLookupParser::tooManyRecords()
{
    QByteArray calls;
    for (int i = 0; i <= LookupParser::MaxRecordsPerPage; ++i)
        calls += (i ? "," : "") + historyCall(IdA);
    LookupParser::HistoryPage page;
    QString error;
    QVERIFY(!LookupParser::parseHistory("{\"calls\":[" + calls + "],\"total\":\"many\"}", &page, &error));
    QVERIFY2(error.contains(QLatin1String("1001")), qPrintable(error));
}

void TestLookupParser::campaigns_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("campaigns");
    QTest::addColumn<int>("notConnected"); // of the first; -1: no counts
    QTest::addColumn<QString>("errorNames");
    QTest::newRow("with counts") << QByteArray(
        "{\"campaigns\":[{\"id\":\"c1\",\"name\":\"Diwali\",\"campaign_status\":\"running\","
        "\"total_count\":9,\"registered_count\":3,\"retry_count\":2,\"completed_count\":4}],"
        "\"pagination\":{\"total\":1,\"limit\":10,\"offset\":0}}")
                                 << 1 << 5 << QString();
    QTest::newRow("without counts") << QByteArray("{\"campaigns\":[{\"id\":\"c1\",\"name\":\"A\"},{\"id\":\"c2\"}],"
                                                  "\"pagination\":{\"total\":2}}")
                                    << 2 << -1 << QString();
    QTest::newRow("no id") << QByteArray("{\"campaigns\":[{\"name\":\"A\"}]}") << -1 << -1
                           << QStringLiteral("Record 1 of 'campaigns': no 'id'");
    QTest::newRow("count not a number") << QByteArray(
        "{\"campaigns\":[{\"id\":\"c1\",\"total_count\":3,\"retry_count\":\"2\"}]}")
                                        << -1 << -1 << QStringLiteral("'retry_count'");
    QTest::newRow("no list") << QByteArray("{\"data\":[]}") << -1 << -1 << QStringLiteral("'campaigns'");
}

void TestLookupParser::campaigns()
{
    QFETCH(QByteArray, body);
    QFETCH(int, campaigns);
    QFETCH(int, notConnected);
    QFETCH(QString, errorNames);
    LookupParser::CampaignsPage page;
    QString error;
    const bool ok = LookupParser::parseCampaigns(body, &page, &error);
    QCOMPARE(ok, campaigns >= 0);
    if (!ok) {
        QVERIFY2(error.contains(errorNames), qPrintable(error));
        return;
    }
    QCOMPARE(int(page.campaigns.size()), campaigns);
    QCOMPARE(page.campaigns.first().hasCounts(), notConnected >= 0);
    if (notConnected >= 0)
        QCOMPARE(page.campaigns.first().notConnected(), notConnected);
}

void TestLookupParser::agents_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("agents");
    QTest::addColumn<QString>("firstName");
    QTest::newRow("display name") << QByteArray(
        "{\"status\":\"success\",\"data\":{\"agents\":[{\"id\":\"a1\",\"agent_display_name\":\"Asha\","
        "\"agent_name\":\"asha-v2\",\"call_count\":12}]}}")
                                  << 1 << QStringLiteral("Asha");
    QTest::newRow("agent name only") << QByteArray("{\"data\":{\"agents\":[{\"id\":\"a1\",\"agent_name\":\"asha\"}]}}")
                                     << 1 << QStringLiteral("asha");
    QTest::newRow("status error") << QByteArray("{\"status\":\"error\",\"data\":{\"agents\":[]}}") << -1
                                  << QStringLiteral("success");
    QTest::newRow("no data") << QByteArray("{\"status\":\"success\"}") << -1 << QStringLiteral("'agents'");
    QTest::newRow("no id") << QByteArray("{\"data\":{\"agents\":[{\"agent_name\":\"x\"}]}}") << -1
                           << QStringLiteral("no 'id'");
}

void TestLookupParser::agents()
{
    QFETCH(QByteArray, body);
    QFETCH(int, agents);
    QFETCH(QString, firstName);
    LookupParser::AgentsPage page;
    QString error;
    const bool ok = LookupParser::parseAgents(body, &page, &error);
    QCOMPARE(ok, agents >= 0);
    if (!ok) {
        QVERIFY2(error.contains(firstName), qPrintable(error));
        return;
    }
    QCOMPARE(int(page.agents.size()), agents);
    QCOMPARE(page.agents.first().name, firstName);
}

QTEST_GUILESS_MAIN(TestLookupParser)
#include "tst_lookupparser.moc"
