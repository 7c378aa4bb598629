// The sandbox's world and its look-ups (call history, campaigns, agents), over real loopback HTTP.

#include "tst_sandboxsupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <set>

using namespace callstop;
using namespace callstop::test;
using sandbox::SandboxCall;
using sandbox::SandboxOptions;
using sandbox::SandboxServer;

namespace {

constexpr qint64 Now = 1764547200; // 2025-12-01T00:00:00Z

SandboxOptions worldOptions(int calls = 2000)
{
    SandboxOptions options;
    options.calls = calls;
    options.seed = 5;
    options.nowEpochSeconds = Now;
    return options;
}

// The instant in ISO 8601 with the given UTC offset, the way an operator's client writes it.
QString isoAt(qint64 epochSeconds, int offsetSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds, QTimeZone(offsetSeconds)).toString(Qt::ISODate);
}

qint64 usOf(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch() * 1000;
}

} // namespace

class TestSandboxLookups : public QObject
{
    Q_OBJECT

private slots:
    void worldIsDeterministic();
    void worldShape();
    void historyNeedsBothDates_data();
    void historyNeedsBothDates();
    void historyFilters_data();
    void historyFilters();
    void historyOffsetsAreInstants();
    void historyPagesToTheEnd();
    void historyTotalMany();
    void historyBounds_data();
    void historyBounds();
    void historyCallShape();
    void campaignsList();
    void campaignsBounds_data();
    void campaignsBounds();
    void agentsList();
    void agentsBounds_data();
    void agentsBounds();
    void lookupFaultsOnlyWhenAsked();
    void bigWorldServesItsLastPage();

private:
    QJsonObject get(SandboxServer& s, const QString& pathAndQuery, int expectedStatus = 200);
    QNetworkAccessManager m_nam;
};

QJsonObject TestSandboxLookups::get(SandboxServer& s, const QString& pathAndQuery, int expectedStatus)
{
    const SandboxReply r = sandboxSend(m_nam, s, "GET", pathAndQuery, QByteArray::fromStdString(s.apiKey()));
    if (r.status != expectedStatus)
        qWarning("%s: %d %s", qPrintable(pathAndQuery), r.status, r.body.constData());
    return r.status == expectedStatus ? r.json : QJsonObject {{QStringLiteral("unexpected"), r.status}};
}

void TestSandboxLookups::worldIsDeterministic()
{
    SandboxServer a(worldOptions()), b(worldOptions());
    const auto ca = a.calls(), cb = b.calls();
    QCOMPARE(ca.size(), cb.size());
    for (std::size_t i = 0; i < ca.size(); ++i) {
        QCOMPARE(ca[i].id, cb[i].id);
        QCOMPARE(ca[i].toNumber, cb[i].toNumber);
        QCOMPARE(ca[i].campaignId, cb[i].campaignId);
        QCOMPARE(ca[i].createdAt, cb[i].createdAt);
    }
    QCOMPARE(a.campaigns().front().id, b.campaigns().front().id);
    QCOMPARE(a.agents().back().id, b.agents().back().id);
    SandboxOptions other = worldOptions();
    other.seed = 6;
    QVERIFY(SandboxServer(other).campaigns().front().id != a.campaigns().front().id);
}

void TestSandboxLookups::worldShape()
{
    SandboxServer server(worldOptions());
    const auto calls = server.calls();
    const auto campaigns = server.campaigns();
    QCOMPARE(int(campaigns.size()), 40); // one per 50 calls
    QCOMPARE(int(server.agents().size()), 6);
    std::map<std::string, std::string> agentOfCampaign;
    for (const auto& c : campaigns)
        agentOfCampaign[c.id] = c.agentId;
    std::set<std::string> countries;
    std::map<std::string, std::set<std::string>> campaignsOfNumber;
    int lastSixHours = 0, lastDay = 0;
    const qint64 nowUs = Now * 1000000;
    for (const auto& c : calls) {
        QVERIFY2(c.toNumber.size() >= 8 && c.toNumber[0] == '+', c.toNumber.c_str());
        QVERIFY(std::all_of(c.toNumber.begin() + 1, c.toNumber.end(), [](char d) { return d >= '0' && d <= '9'; }));
        countries.insert(c.toNumber.substr(0, 3));
        campaignsOfNumber[c.toNumber].insert(c.campaignId);
        QVERIFY(!c.campaignId.empty());
        QCOMPARE(c.bulkListId, c.campaignId);
        QCOMPARE(c.agentId, agentOfCampaign[c.campaignId]);
        QVERIFY(c.createdAtUs <= nowUs && c.createdAtUs > nowUs - 7ll * 86400 * 1000000);
        // Qt reads the microseconds rounded to milliseconds.
        QVERIFY(std::abs(usOf(QString::fromStdString(c.createdAt)) - c.createdAtUs) <= 1000);
        QCOMPARE(c.callAttemptTime.empty(), c.status == "registered");
        lastSixHours += c.createdAtUs > nowUs - 6ll * 3600 * 1000000;
        lastDay += c.createdAtUs > nowUs - 24ll * 3600 * 1000000;
    }
    QVERIFY2(countries.size() >= 5, "numbers of several countries");
    QVERIFY(std::count_if(campaignsOfNumber.begin(), campaignsOfNumber.end(), [](const auto& e) {
        return e.second.size() >= 2;
    }) > 50);
    QVERIFY2(lastSixHours > int(calls.size()) * 3 / 10, "a good share of calls today in any time zone");
    QVERIFY(lastDay > int(calls.size()) / 2);
    // A campaign not started holds only registered calls, a finished one only finished calls.
    for (const auto& c : campaigns) {
        if (c.status == "completed")
            QCOMPARE(c.count("registered") + c.count("retry") + c.count("ongoing"), 0);
        if (c.status == "pending" || c.status == "registered")
            QCOMPARE(c.count("registered"), c.total);
    }
}

void TestSandboxLookups::historyNeedsBothDates_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("fields"); // the loc of each entry, in order
    QTest::newRow("no start") << "end_date=2025-12-01T00:00:00Z" << QStringList {"start_date"};
    QTest::newRow("no end") << "start_date=2025-11-30T00:00:00Z" << QStringList {"end_date"};
    QTest::newRow("neither") << "limit=10" << QStringList {"start_date", "end_date"};
    QTest::newRow("not a date") << "start_date=yesterday&end_date=2025-12-01T00:00:00Z" << QStringList {"start_date"};
    QTest::newRow("date only") << "start_date=2025-11-30&end_date=2025-12-01T00:00:00Z" << QStringList {"start_date"};
    // An offset's '+' sent without percent-encoding arrives as a space.
    QTest::newRow("unencoded plus") << "start_date=2025-11-30T00:00:00+05:30&end_date=2025-12-01T00:00:00Z"
                                    << QStringList {"start_date"};
    QTest::newRow("bad month") << "start_date=2025-13-01T00:00:00Z&end_date=2025-12-01T00:00:00Z"
                               << QStringList {"start_date"};
}

void TestSandboxLookups::historyNeedsBothDates()
{
    QFETCH(QString, query);
    QFETCH(QStringList, fields);
    SandboxServer server(worldOptions(100));
    QVERIFY(server.start());
    const SandboxReply r = sandboxSend(
        m_nam, server, "GET", QStringLiteral("/calling/history?") + query, QByteArray::fromStdString(server.apiKey()));
    QCOMPARE(r.status, 422);
    const QJsonArray detail = r.json.value(QLatin1String("detail")).toArray();
    QCOMPARE(detail.size(), fields.size());
    for (int i = 0; i < fields.size(); ++i) {
        QCOMPARE(detail.at(i)[QLatin1String("loc")].toArray(), (QJsonArray {QStringLiteral("query"), fields.at(i)}));
        QVERIFY(!detail.at(i)[QLatin1String("msg")].toString().isEmpty());
        QVERIFY(!detail.at(i)[QLatin1String("type")].toString().isEmpty());
    }
}

void TestSandboxLookups::historyFilters_data()
{
    QTest::addColumn<int>("offsetSeconds"); // the operator's UTC offset
    QTest::addColumn<qint64>("fromAgo"); // seconds before now
    QTest::addColumn<qint64>("toAgo");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("byAgent");
    QTest::addColumn<bool>("byCampaign");
    QTest::newRow("week, UTC") << 0 << qint64(8 * 86400) << qint64(0) << QString() << false << false;
    QTest::newRow("today, +05:30") << 19800 << qint64(19800) << qint64(-3600) << QString() << false << false;
    QTest::newRow("six hours, -08:00") << -28800 << qint64(6 * 3600) << qint64(0) << QString() << false << false;
    QTest::newRow("registered") << 3600 << qint64(8 * 86400) << qint64(0) << "registered" << false << false;
    QTest::newRow("retry, today") << 0 << qint64(86400) << qint64(0) << "retry" << false << false;
    QTest::newRow("agent") << -18000 << qint64(3 * 86400) << qint64(3600) << QString() << true << false;
    QTest::newRow("bulk list") << 0 << qint64(8 * 86400) << qint64(0) << QString() << false << true;
    QTest::newRow("bulk list, completed") << 0 << qint64(8 * 86400) << qint64(0) << "completed" << false << true;
    QTest::newRow("agent and status") << 0 << qint64(2 * 86400) << qint64(0) << "ongoing" << true << false;
    QTest::newRow("no status like that") << 0 << qint64(8 * 86400) << qint64(0) << "nonsense" << false << false;
}

void TestSandboxLookups::historyFilters()
{
    QFETCH(int, offsetSeconds);
    QFETCH(qint64, fromAgo);
    QFETCH(qint64, toAgo);
    QFETCH(QString, status);
    QFETCH(bool, byAgent);
    QFETCH(bool, byCampaign);
    SandboxServer server(worldOptions());
    QVERIFY(server.start());
    const std::string agent = server.agents().at(1).id;
    const std::string campaign = server.campaigns().front().id;
    const qint64 fromUs = (Now - fromAgo) * 1000000, toUs = (Now - toAgo) * 1000000;
    std::vector<SandboxCall> expected;
    for (const auto& c : server.calls()) {
        if (c.createdAtUs >= fromUs && c.createdAtUs <= toUs && (status.isEmpty() || c.status == status.toStdString())
            && (!byAgent || c.agentId == agent) && (!byCampaign || c.bulkListId == campaign))
            expected.push_back(c);
    }
    std::stable_sort(expected.begin(), expected.end(),
        [](const SandboxCall& a, const SandboxCall& b) { return a.createdAtUs > b.createdAtUs; });
    QString query = queryItem("start_date", isoAt(Now - fromAgo, offsetSeconds)) + QLatin1Char('&')
        + queryItem("end_date", isoAt(Now - toAgo, offsetSeconds));
    if (!status.isEmpty())
        query += QLatin1Char('&') + queryItem("status", status);
    if (byAgent)
        query += QLatin1Char('&') + queryItem("agent_id", QString::fromStdString(agent).toUpper());
    if (byCampaign)
        query += QLatin1Char('&') + queryItem("bulk_list_id", QString::fromStdString(campaign));
    std::vector<std::string> got;
    for (int offset = 0;; offset += 1000) {
        const QJsonObject page
            = get(server, QStringLiteral("/calling/history?limit=1000&offset=%1&").arg(offset) + query);
        QVERIFY(!page.contains(QLatin1String("unexpected")));
        QCOMPARE(page[QLatin1String("total")].toInt(), int(expected.size()));
        const QJsonArray calls = page[QLatin1String("calls")].toArray();
        QCOMPARE(page[QLatin1String("count")].toInt(), int(calls.size()));
        for (const QJsonValue& c : calls) {
            got.push_back(c[QLatin1String("id")].toString().toStdString());
            if (!status.isEmpty())
                QCOMPARE(c[QLatin1String("status")].toString(), status);
        }
        if (calls.size() < 1000)
            break;
    }
    QCOMPARE(got.size(), expected.size());
    for (std::size_t i = 0; i < got.size(); ++i)
        QCOMPARE(got[i], expected[i].id); // newest first
    if (status != QLatin1String("nonsense") && !(byAgent && !status.isEmpty()))
        QVERIFY2(!expected.empty(), "the window should hold calls");
}

void TestSandboxLookups::historyOffsetsAreInstants()
{
    SandboxServer server(worldOptions());
    QVERIFY(server.start());
    // One call's own instant, written in three offsets, is both ends of the window: that call, every time.
    const SandboxCall call = server.calls().at(17);
    const QDateTime at = QDateTime::fromString(QString::fromStdString(call.createdAt), Qt::ISODateWithMs);
    for (int offset : {0, 19800, -28800, 20700}) {
        const QString iso = at.toTimeZone(QTimeZone(offset)).toString(Qt::ISODateWithMs);
        // Millisecond text: widen the end to the next millisecond, which no other call shares.
        const QString end = at.addMSecs(1).toTimeZone(QTimeZone(offset)).toString(Qt::ISODateWithMs);
        const QJsonObject page = get(server,
            QStringLiteral("/calling/history?") + queryItem("start_date", iso) + QLatin1Char('&')
                + queryItem("end_date", end));
        const QJsonArray calls = page[QLatin1String("calls")].toArray();
        QVERIFY2(calls.size() >= 1, qPrintable(iso));
        QCOMPARE(calls.last()[QLatin1String("id")].toString(), QString::fromStdString(call.id));
    }
    // An end before the start: nothing, not an error.
    const QJsonObject empty = get(server,
        QStringLiteral("/calling/history?") + queryItem("start_date", isoAt(Now, 0)) + QLatin1Char('&')
            + queryItem("end_date", isoAt(Now - 60, 0)));
    QCOMPARE(empty[QLatin1String("count")].toInt(), 0);
    QCOMPARE(empty[QLatin1String("total")].toInt(), 0);
}

void TestSandboxLookups::historyPagesToTheEnd()
{
    SandboxServer server(worldOptions(300));
    QVERIFY(server.start());
    const QString window = queryItem("start_date", isoAt(Now - 8 * 86400, 3600)) + QLatin1Char('&')
        + queryItem("end_date", isoAt(Now, 3600));
    const QJsonObject first = get(server, QStringLiteral("/calling/history?") + window);
    QCOMPARE(first[QLatin1String("limit")].toInt(), 10); // the default
    QCOMPARE(first[QLatin1String("offset")].toInt(), 0);
    QCOMPARE(first[QLatin1String("count")].toInt(), 10);
    QCOMPARE(first[QLatin1String("total")].toInt(), 300);
    std::set<QString> seen;
    int pages = 0;
    for (int offset = 0; offset < 300; offset += 7) {
        const QJsonObject page
            = get(server, QStringLiteral("/calling/history?limit=7&offset=%1&").arg(offset) + window);
        QCOMPARE(page[QLatin1String("limit")].toInt(), 7);
        QCOMPARE(page[QLatin1String("offset")].toInt(), offset);
        QCOMPARE(page[QLatin1String("count")].toInt(), std::min(7, 300 - offset));
        for (const QJsonValue& c : page[QLatin1String("calls")].toArray())
            QVERIFY(seen.insert(c[QLatin1String("id")].toString()).second);
        ++pages;
    }
    QCOMPARE(pages, 43);
    QCOMPARE(int(seen.size()), 300); // the last page is short (6), and nothing is lost or repeated
    const QJsonObject beyond = get(server, QStringLiteral("/calling/history?limit=7&offset=300&") + window);
    QCOMPARE(beyond[QLatin1String("count")].toInt(), 0);
    QCOMPARE(beyond[QLatin1String("total")].toInt(), 300);
}

void TestSandboxLookups::historyTotalMany()
{
    SandboxOptions options = worldOptions(300);
    options.historyTotalManyAbove = 100;
    SandboxServer server(options);
    QVERIFY(server.start());
    const QString window
        = queryItem("start_date", isoAt(Now - 8 * 86400, 0)) + QLatin1Char('&') + queryItem("end_date", isoAt(Now, 0));
    QJsonObject page = get(server, QStringLiteral("/calling/history?") + window);
    QCOMPARE(page[QLatin1String("total")].toString(), QStringLiteral("many"));
    QCOMPARE(page[QLatin1String("count")].toInt(), 10);
    // Few enough matches: a number again.
    int registered = 0;
    for (const auto& c : server.calls())
        registered += c.status == "retry";
    QVERIFY(registered <= 100);
    page = get(server, QStringLiteral("/calling/history?status=retry&") + window);
    QVERIFY(page[QLatin1String("total")].isDouble());
    QCOMPARE(page[QLatin1String("total")].toInt(), registered);
    // The default threshold is 10000; negative is never.
    SandboxOptions never = worldOptions(300);
    never.historyTotalManyAbove = -1;
    SandboxServer other(never);
    QVERIFY(other.start());
    QCOMPARE(get(other, QStringLiteral("/calling/history?") + window)[QLatin1String("total")].toInt(), 300);
}

void TestSandboxLookups::historyBounds_data()
{
    QTest::addColumn<QString>("extra");
    QTest::addColumn<int>("status");
    QTest::newRow("limit 1") << "limit=1" << 200;
    QTest::newRow("limit 1000") << "limit=1000" << 200;
    QTest::newRow("limit 0") << "limit=0" << 422;
    QTest::newRow("limit 1001") << "limit=1001" << 422;
    QTest::newRow("limit -5") << "limit=-5" << 422;
    QTest::newRow("limit text") << "limit=ten" << 422;
    QTest::newRow("offset -1") << "offset=-1" << 422;
    QTest::newRow("offset big") << "offset=999999" << 200;
}

void TestSandboxLookups::historyBounds()
{
    QFETCH(QString, extra);
    QFETCH(int, status);
    SandboxServer server(worldOptions(100));
    QVERIFY(server.start());
    const SandboxReply r = sandboxSend(m_nam, server, "GET",
        QStringLiteral("/calling/history?") + queryItem("start_date", isoAt(Now - 86400 * 8, 0)) + QLatin1Char('&')
            + queryItem("end_date", isoAt(Now, 0)) + QLatin1Char('&') + extra,
        QByteArray::fromStdString(server.apiKey()));
    QCOMPARE(r.status, status);
    if (status == 422)
        QCOMPARE(r.json[QLatin1String("detail")].toArray().first()[QLatin1String("loc")].toArray().at(0).toString(),
            QStringLiteral("query"));
}

void TestSandboxLookups::historyCallShape()
{
    SandboxServer server(worldOptions(200));
    QVERIFY(server.start());
    const QString query = QStringLiteral("/calling/history?limit=200&")
        + queryItem("start_date", isoAt(Now - 8 * 86400, 0)) + QLatin1Char('&') + queryItem("end_date", isoAt(Now, 0));
    const QJsonArray calls = get(server, query)[QLatin1String("calls")].toArray();
    QCOMPARE(calls.size(), 200);
    std::map<std::string, SandboxCall> byId;
    for (const auto& c : server.calls())
        byId[c.id] = c;
    for (const QJsonValue& v : calls) {
        const QJsonObject c = v.toObject();
        for (const char* field : {"id", "to_number", "name", "status", "created_at", "call_attempt_time",
                 "call_duration", "call_type", "agent", "bulk_list_id", "campaign", "call_cost", "transcript"})
            QVERIFY2(c.contains(QLatin1String(field)), field);
        const SandboxCall& s = byId.at(c[QLatin1String("id")].toString().toStdString());
        QCOMPARE(c[QLatin1String("to_number")].toString().toStdString(), s.toNumber);
        QCOMPARE(c[QLatin1String("agent")][QLatin1String("id")].toString().toStdString(), s.agentId);
        QVERIFY(!c[QLatin1String("agent")][QLatin1String("agent_name")].toString().isEmpty());
        QCOMPARE(c[QLatin1String("bulk_list_id")].toString().toStdString(), s.campaignId);
        QCOMPARE(c[QLatin1String("campaign")][QLatin1String("id")].toString().toStdString(), s.campaignId);
        QCOMPARE(c[QLatin1String("call_type")].toString(), QStringLiteral("outbound"));
        QVERIFY(c[QLatin1String("call_duration")].isDouble());
        QCOMPARE(c[QLatin1String("call_attempt_time")].isNull(), s.status == "registered");
        QVERIFY(QDateTime::fromString(c[QLatin1String("created_at")].toString(), Qt::ISODateWithMs).isValid());
    }
    // A wrong key: the provider's error object.
    const SandboxReply r = sandboxSend(m_nam, server, "GET", query, "wrong");
    QCOMPARE(r.status, 401);
    QCOMPARE(
        r.json[QLatin1String("error")][QLatin1String("message")].toString(), QStringLiteral("Invalid credentials"));
}

void TestSandboxLookups::campaignsList()
{
    SandboxOptions options = worldOptions(1000);
    options.campaigns = 25;
    SandboxServer server(options);
    QVERIFY(server.start());
    std::map<std::string, std::map<std::string, int>> counts;
    for (const auto& c : server.calls()) {
        ++counts[c.campaignId][c.status];
        ++counts[c.campaignId]["total"];
    }
    std::vector<std::string> ids;
    for (int offset : {0, 10, 20}) {
        const QJsonObject page = get(server, QStringLiteral("/campaign/all?offset=%1").arg(offset));
        const QJsonObject pagination = page[QLatin1String("pagination")].toObject();
        QCOMPARE(pagination[QLatin1String("total")].toInt(), 25);
        QCOMPARE(pagination[QLatin1String("limit")].toInt(), 10);
        QCOMPARE(pagination[QLatin1String("offset")].toInt(), offset);
        const QJsonArray list = page[QLatin1String("campaigns")].toArray();
        QCOMPARE(list.size(), offset == 20 ? 5 : 10);
        for (const QJsonValue& v : list) {
            const QJsonObject c = v.toObject();
            for (const char* field : {"id", "name", "campaign_status", "created_at", "updated_at",
                     "campaign_start_time", "campaign_end_time", "total_count", "registered_count", "completed_count",
                     "retry_count", "cancelled_count"})
                QVERIFY2(c.contains(QLatin1String(field)), field);
            const std::string id = c[QLatin1String("id")].toString().toStdString();
            ids.push_back(id);
            QCOMPARE(c[QLatin1String("total_count")].toInt(), counts[id]["total"]);
            for (const char* status : {"registered", "retry", "ongoing", "completed", "failed", "cancelled"})
                QCOMPARE(c[QLatin1String(status) + QLatin1String("_count")].toInt(), counts[id][status]);
        }
    }
    QCOMPARE(int(std::set<std::string>(ids.begin(), ids.end()).size()), 25);
    QCOMPARE(ids.front(), server.campaigns().back().id); // newest first
    const QJsonArray bare
        = get(server, QStringLiteral("/campaign/all?call_count=false&limit=1000"))[QLatin1String("campaigns")]
              .toArray();
    QCOMPARE(bare.size(), 25);
    QVERIFY(!bare.first().toObject().contains(QLatin1String("total_count")));
    const SandboxReply r = sandboxSend(m_nam, server, "GET", QStringLiteral("/campaign/all"), "wrong");
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json[QLatin1String("detail")].toString(), QStringLiteral("Invalid credentials"));
}

void TestSandboxLookups::campaignsBounds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count");
    QTest::newRow("limit 1") << "limit=1" << 200 << 1;
    QTest::newRow("limit 1000") << "limit=1000" << 200 << 1000;
    QTest::newRow("last page") << "limit=1000&offset=1000" << 200 << 200;
    QTest::newRow("past the end") << "offset=1200" << 200 << 0;
    QTest::newRow("limit 0") << "limit=0" << 422 << 0;
    QTest::newRow("limit 1001") << "limit=1001" << 422 << 0;
    QTest::newRow("offset -1") << "offset=-1" << 422 << 0;
    QTest::newRow("call_count maybe") << "call_count=maybe" << 422 << 0;
}

void TestSandboxLookups::campaignsBounds()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, count);
    SandboxOptions options = worldOptions(3000);
    options.campaigns = 1200;
    SandboxServer server(options);
    QVERIFY(server.start());
    const SandboxReply r = sandboxSend(
        m_nam, server, "GET", QStringLiteral("/campaign/all?") + query, QByteArray::fromStdString(server.apiKey()));
    QCOMPARE(r.status, status);
    if (status == 200)
        QCOMPARE(r.json[QLatin1String("campaigns")].toArray().size(), count);
    else
        QVERIFY(r.json[QLatin1String("detail")].isArray());
}

void TestSandboxLookups::agentsList()
{
    SandboxServer server(worldOptions());
    QVERIFY(server.start());
    const QJsonObject answer = get(server, QStringLiteral("/agent/all"));
    QCOMPARE(answer[QLatin1String("status")].toString(), QStringLiteral("success"));
    const QJsonArray agents = answer[QLatin1String("data")][QLatin1String("agents")].toArray();
    QCOMPARE(agents.size(), 6);
    std::map<std::string, int> calls;
    for (const auto& c : server.calls())
        ++calls[c.agentId];
    for (const QJsonValue& v : agents) {
        const QJsonObject a = v.toObject();
        for (const char* field : {"id", "agent_display_name", "agent_type", "created_at", "updated_at", "template_name",
                 "call_count", "is_archived", "tools", "custom_variables"})
            QVERIFY2(a.contains(QLatin1String(field)), field);
        QCOMPARE(a[QLatin1String("call_count")].toInt(), calls[a[QLatin1String("id")].toString().toStdString()]);
        QVERIFY(a[QLatin1String("call_count")].toInt() > 0);
    }
    QCOMPARE(sandboxSend(m_nam, server, "GET", QStringLiteral("/agent/all"), "wrong").status, 401);
}

void TestSandboxLookups::agentsBounds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count");
    QTest::newRow("default") << "" << 200 << 10;
    QTest::newRow("limit 100") << "limit=100" << 200 << 100;
    QTest::newRow("last page") << "limit=100&offset=100" << 200 << 30;
    QTest::newRow("limit 101") << "limit=101" << 422 << 0;
    QTest::newRow("limit 0") << "limit=0" << 422 << 0;
    QTest::newRow("offset -3") << "offset=-3" << 422 << 0;
}

void TestSandboxLookups::agentsBounds()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, count);
    SandboxOptions options = worldOptions();
    options.agents = 130;
    SandboxServer server(options);
    QVERIFY(server.start());
    const SandboxReply r = sandboxSend(
        m_nam, server, "GET", QStringLiteral("/agent/all?") + query, QByteArray::fromStdString(server.apiKey()));
    QCOMPARE(r.status, status);
    if (status == 200) {
        const QJsonArray agents = r.json[QLatin1String("data")][QLatin1String("agents")].toArray();
        QCOMPARE(agents.size(), count);
    }
}

void TestSandboxLookups::lookupFaultsOnlyWhenAsked()
{
    const QString window = QStringLiteral("/calling/history?") + queryItem("start_date", isoAt(Now - 86400, 0))
        + QLatin1Char('&') + queryItem("end_date", isoAt(Now, 0));
    SandboxOptions options = worldOptions(100);
    options.failRate = 1;
    {
        SandboxServer server(options);
        QVERIFY(server.start());
        const QByteArray key = QByteArray::fromStdString(server.apiKey());
        QCOMPARE(sandboxSend(m_nam, server, "GET", window, key).status, 200);
        QCOMPARE(sandboxSend(m_nam, server, "GET", QStringLiteral("/campaign/all"), key).status, 200);
        QCOMPARE(sandboxSend(m_nam, server, "GET", QStringLiteral("/agent/all"), key).status, 200);
        QCOMPARE(server.stats().lookupRequests, 3);
    }
    options.lookupFaults = true;
    SandboxServer server(options);
    QVERIFY(server.start());
    const QByteArray key = QByteArray::fromStdString(server.apiKey());
    for (const QString& path : {window, QStringLiteral("/campaign/all"), QStringLiteral("/agent/all")}) {
        const int status = sandboxSend(m_nam, server, "GET", path, key).status;
        QVERIFY2(status >= 500, qPrintable(path));
    }
    QCOMPARE(server.stats().faults, 3);
}

void TestSandboxLookups::bigWorldServesItsLastPage()
{
    SandboxOptions options;
    options.calls = 100000;
    options.seed = 3;
    QElapsedTimer made;
    made.start();
    SandboxServer server(options);
    const qint64 makeMs = made.elapsed();
    // Times are reported, not asserted: this machine is shared (speed belongs to bench/). The world must be whole.
    QCOMPARE(int(server.calls().size()), 100000);
    QVERIFY(server.start());
    const qint64 now = server.nowUs() / 1000000;
    const QString window = queryItem("start_date", isoAt(now - 8 * 86400, -14400)) + QLatin1Char('&')
        + queryItem("end_date", isoAt(now + 60, -14400));
    // The first request of a QNetworkAccessManager pays for its own set-up (proxy look-up, connection): not timed.
    QCOMPARE(get(server, QStringLiteral("/calling/history?limit=1&") + window)[QLatin1String("count")].toInt(), 1);
    QElapsedTimer served;
    served.start();
    const QJsonObject last = get(server, QStringLiteral("/calling/history?limit=1000&offset=99000&") + window);
    const qint64 pageMs = served.elapsed();
    QCOMPARE(last[QLatin1String("count")].toInt(), 1000);
    QCOMPARE(last[QLatin1String("total")].toString(), QStringLiteral("many")); // above the default 10000
    qInfo("made in %lld ms, last page of 1000 in %lld ms", makeMs, pageMs);
}

QTEST_GUILESS_MAIN(TestSandboxLookups)
#include "tst_sandboxlookups.moc"
