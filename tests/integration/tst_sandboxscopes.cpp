// The five terminate endpoints of the sandbox, over real loopback HTTP: what each stops, what each refuses.

#include "tst_sandboxsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>
#include <set>

using namespace callstop;
using namespace callstop::test;
using sandbox::SandboxCall;
using sandbox::SandboxOptions;
using sandbox::SandboxServer;

namespace {

bool terminable(const SandboxCall& c)
{
    return c.status == "registered" || c.status == "retry";
}

struct ScopeCase
{
    QString path;
    QJsonObject body;
    std::function<bool(const SandboxCall&)> inScope;
};

// A number with terminable calls in at least two campaigns: where the number scope and the campaign-numbers scope
// differ.
std::string sharedNumber(const std::vector<SandboxCall>& calls)
{
    std::map<std::string, std::set<std::string>> campaignsOf;
    for (const auto& c : calls) {
        if (terminable(c))
            campaignsOf[c.toNumber].insert(c.campaignId);
    }
    for (const auto& [number, campaigns] : campaignsOf) {
        if (campaigns.size() >= 2)
            return number;
    }
    return {};
}

ScopeCase pick(const SandboxServer& server, const QString& scope)
{
    const auto calls = server.calls();
    ScopeCase out;
    out.path = QStringLiteral("/campaign/terminate/") + scope;
    if (scope == QLatin1String("calls")) {
        std::vector<std::string> ids;
        for (const char* status : {"registered", "retry", "ongoing", "completed"}) {
            for (const auto& c : calls) {
                if (c.status == status) {
                    ids.push_back(c.id);
                    break;
                }
            }
        }
        out.body = {{QStringLiteral("call_ids"), stringArray(ids)}};
        const std::set<std::string> set(ids.begin(), ids.end());
        out.inScope = [set](const SandboxCall& c) { return set.count(c.id) > 0; };
    } else if (scope == QLatin1String("numbers")) {
        std::vector<std::string> numbers {sharedNumber(calls)};
        for (const auto& c : calls) {
            if (terminable(c) && c.toNumber != numbers.front()) {
                numbers.push_back(c.toNumber);
                break;
            }
        }
        numbers.push_back("+15550000000"); // nobody's: ignored
        out.body = {{QStringLiteral("mobile_numbers"), stringArray(numbers)}};
        const std::set<std::string> set(numbers.begin(), numbers.end());
        out.inScope = [set](const SandboxCall& c) { return set.count(c.toNumber) > 0; };
    } else if (scope == QLatin1String("campaign")) {
        const std::string id = server.campaigns().front().id; // running: has terminable calls
        out.body = {{QStringLiteral("campaign_id"), QString::fromStdString(id)}};
        out.inScope = [id](const SandboxCall& c) { return c.campaignId == id; };
    } else if (scope == QLatin1String("campaign-numbers")) {
        const std::string number = sharedNumber(calls);
        std::string campaign;
        for (const auto& c : calls) {
            if (terminable(c) && c.toNumber == number) {
                campaign = c.campaignId;
                break;
            }
        }
        std::vector<std::string> numbers {number};
        for (const auto& c : calls) {
            if (terminable(c) && c.campaignId == campaign && c.toNumber != number) {
                numbers.push_back(c.toNumber);
                break;
            }
        }
        out.body = {{QStringLiteral("campaign_id"), QString::fromStdString(campaign)},
            {QStringLiteral("mobile_numbers"), stringArray(numbers)}};
        const std::set<std::string> set(numbers.begin(), numbers.end());
        out.inScope
            = [set, campaign](const SandboxCall& c) { return c.campaignId == campaign && set.count(c.toNumber); };
    } else {
        const std::string agent = server.agents().front().id;
        out.body = {{QStringLiteral("agent_id"), QString::fromStdString(agent)}};
        out.inScope = [agent](const SandboxCall& c) { return c.agentId == agent; };
    }
    return out;
}

SandboxOptions worldOptions()
{
    SandboxOptions options;
    options.calls = 2000;
    options.seed = 11;
    options.nowEpochSeconds = 1764547200;
    return options;
}

} // namespace

class TestSandboxScopes : public QObject
{
    Q_OBJECT

private slots:
    void stopsOnlyTerminableCallsInScope_data();
    void stopsOnlyTerminableCallsInScope();
    void nothingTerminable_data();
    void nothingTerminable();
    void badKey_data();
    void badKey();
    void invalidBody_data();
    void invalidBody();
    void numberScopeCrossesCampaigns();
    void campaignCountsFollowTermination();
    void recordsEveryScope();
    void faultsApply_data();
    void faultsApply();
    void inFlightCountsEveryScope();

private:
    QNetworkAccessManager m_nam;
};

void TestSandboxScopes::stopsOnlyTerminableCallsInScope_data()
{
    QTest::addColumn<QString>("scope");
    for (const char* scope : {"calls", "numbers", "campaign", "campaign-numbers", "agent"})
        QTest::newRow(scope) << QString::fromLatin1(scope);
}

void TestSandboxScopes::stopsOnlyTerminableCallsInScope()
{
    QFETCH(QString, scope);
    SandboxServer server(worldOptions());
    QVERIFY(server.start());
    const ScopeCase c = pick(server, scope);
    const auto before = server.calls();
    int expected = 0;
    for (const auto& call : before)
        expected += c.inScope(call) && terminable(call);
    QVERIFY2(expected > 0, "the world has nothing to stop in this scope");

    const QByteArray key = QByteArray::fromStdString(server.apiKey());
    SandboxReply r = sandboxSend(m_nam, server, "PATCH", c.path, key, jsonBody(c.body));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("message")).toString(), QStringLiteral("Calls terminated successfully!"));
    const auto after = server.calls();
    QCOMPARE(after.size(), before.size());
    int stopped = 0;
    for (std::size_t i = 0; i < before.size(); ++i) {
        const SandboxCall& b = before[i];
        const SandboxCall& a = after[i];
        if (c.inScope(b) && terminable(b)) {
            QCOMPARE(a.status, std::string("cancelled"));
            QCOMPARE(a.subStatus, std::string("USER_TERMINATED"));
            ++stopped;
        } else {
            QCOMPARE(a.status, b.status);
            if (c.inScope(b) && b.status == "ongoing")
                QCOMPARE(a.subStatus, std::string("RETRY_BLOCKED")); // not hung up, only not retried
            else
                QCOMPARE(a.subStatus, b.subStatus);
        }
    }
    QCOMPARE(stopped, expected);
    QCOMPARE(server.stats().terminatedCalls, expected);
    QCOMPARE(server.stats().terminateRequests, 1);

    // The same request again: nothing left to stop.
    r = sandboxSend(m_nam, server, "PATCH", c.path, key, jsonBody(c.body));
    QCOMPARE(r.status, 400);
    QVERIFY(r.json.value(QLatin1String("detail")).toString().contains(QLatin1String("no terminable calls found")));
    QCOMPARE(server.stats().terminatedCalls, expected);
}

void TestSandboxScopes::nothingTerminable_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("body"); // %C: a completed campaign, %A: an agent, %N: a number of another campaign
    QTest::addColumn<QString>("detail");
    QTest::newRow("unknown number") << "/campaign/terminate/numbers"
                                    << R"({"mobile_numbers":["+15550000000"]})"
                                    << "Invalid mobile numbers or no terminable calls found.";
    QTest::newRow("not E.164") << "/campaign/terminate/numbers"
                               << R"({"mobile_numbers":["not a number","0044"]})"
                               << "Invalid mobile numbers or no terminable calls found.";
    QTest::newRow("empty list") << "/campaign/terminate/numbers"
                                << R"({"mobile_numbers":[]})"
                                << "Invalid mobile numbers or no terminable calls found.";
    QTest::newRow("unknown campaign") << "/campaign/terminate/campaign"
                                      << R"({"campaign_id":"00000000-0000-4000-8000-000000000000"})"
                                      << "Invalid campaign ID or no terminable calls found.";
    QTest::newRow("finished campaign") << "/campaign/terminate/campaign"
                                       << R"({"campaign_id":"%C"})"
                                       << "Invalid campaign ID or no terminable calls found.";
    QTest::newRow("number of another campaign") << "/campaign/terminate/campaign-numbers"
                                                << R"({"campaign_id":"%C","mobile_numbers":["%N"]})"
                                                << "Invalid parameters or no terminable calls found.";
    QTest::newRow("unknown agent") << "/campaign/terminate/agent"
                                   << R"({"agent_id":"00000000-0000-4000-8000-000000000000"})"
                                   << "Invalid agent ID or no terminable calls found.";
}

void TestSandboxScopes::nothingTerminable()
{
    QFETCH(QString, path);
    QFETCH(QString, body);
    QFETCH(QString, detail);
    SandboxServer server(worldOptions());
    QVERIFY(server.start());
    std::string completed;
    for (const auto& c : server.campaigns()) {
        if (c.status == "completed") {
            completed = c.id;
            break;
        }
    }
    QVERIFY(!completed.empty());
    std::string elsewhere;
    for (const auto& c : server.calls()) {
        if (terminable(c) && c.campaignId != completed) {
            elsewhere = c.toNumber;
            break;
        }
    }
    body.replace(QLatin1String("%C"), QString::fromStdString(completed));
    body.replace(QLatin1String("%N"), QString::fromStdString(elsewhere));
    const auto before = server.calls();
    const SandboxReply r
        = sandboxSend(m_nam, server, "PATCH", path, QByteArray::fromStdString(server.apiKey()), body.toUtf8());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QLatin1String("detail")).toString(), detail);
    QCOMPARE(server.stats().terminatedCalls, 0);
    const auto after = server.calls();
    for (std::size_t i = 0; i < before.size(); ++i)
        QCOMPARE(after[i].status, before[i].status);
}

void TestSandboxScopes::badKey_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QByteArray>("key");
    for (const char* scope : {"numbers", "campaign", "campaign-numbers", "agent"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1, wrong key").arg(QLatin1String(scope))))
            << QString::fromLatin1(scope) << QByteArray("00000000-0000-4000-8000-000000000000");
        QTest::newRow(qPrintable(QStringLiteral("%1, no key").arg(QLatin1String(scope))))
            << QString::fromLatin1(scope) << QByteArray();
    }
}

void TestSandboxScopes::badKey()
{
    QFETCH(QString, scope);
    QFETCH(QByteArray, key);
    SandboxServer server(worldOptions());
    QVERIFY(server.start());
    const ScopeCase c = pick(server, scope);
    const SandboxReply r = sandboxSend(m_nam, server, "PATCH", c.path, key, jsonBody(c.body));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
        QStringLiteral("Invalid credentials"));
    QCOMPARE(server.stats().terminatedCalls, 0);
}

void TestSandboxScopes::invalidBody_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("loc"); // the entry's loc joined with '.'
    QTest::addColumn<QString>("type");
    const QString numbers = QStringLiteral("/campaign/terminate/numbers");
    const QString campaign = QStringLiteral("/campaign/terminate/campaign");
    const QString both = QStringLiteral("/campaign/terminate/campaign-numbers");
    const QString agent = QStringLiteral("/campaign/terminate/agent");
    QByteArray many = "{\"mobile_numbers\":[";
    for (int i = 0; i < 101; ++i)
        many += (i ? "," : "") + QByteArray("\"+4477009") + QByteArray::number(10000 + i) + "\"";
    many += "]}";
    QTest::newRow("numbers: not JSON") << numbers << QByteArray("{oops") << "body"
                                       << "value_error.jsondecode";
    QTest::newRow("numbers: not an object") << numbers << QByteArray("[1]") << "body"
                                            << "type_error.dict";
    QTest::newRow("numbers: missing") << numbers << QByteArray("{}") << "body.mobile_numbers"
                                      << "value_error.missing";
    QTest::newRow("numbers: not a list") << numbers << QByteArray(R"({"mobile_numbers":"+14155550100"})")
                                         << "body.mobile_numbers"
                                         << "type_error.list";
    QTest::newRow("numbers: not strings")
        << numbers << QByteArray(R"({"mobile_numbers":["+14155550100",7]})") << "body.mobile_numbers.1"
        << "type_error.str";
    QTest::newRow("numbers: 101") << numbers << many << "body.mobile_numbers"
                                  << "value_error.list.max_items";
    QTest::newRow("campaign: missing") << campaign << QByteArray(R"({"campaignId":"x"})") << "body.campaign_id"
                                       << "value_error.missing";
    QTest::newRow("campaign: not a string") << campaign << QByteArray(R"({"campaign_id":12})") << "body.campaign_id"
                                            << "type_error.str";
    QTest::newRow("campaign: not JSON") << campaign << QByteArray("campaign_id=1") << "body"
                                        << "value_error.jsondecode";
    QTest::newRow("campaign-numbers: no campaign")
        << both << QByteArray(R"({"mobile_numbers":["+14155550100"]})") << "body.campaign_id"
        << "value_error.missing";
    QTest::newRow("campaign-numbers: no numbers")
        << both << QByteArray(R"({"campaign_id":"x"})") << "body.mobile_numbers"
        << "value_error.missing";
    QByteArray manyInCampaign = many;
    manyInCampaign.replace("{", "{\"campaign_id\":\"x\",");
    QTest::newRow("campaign-numbers: 101") << both << manyInCampaign << "body.mobile_numbers"
                                           << "value_error.list.max_items";
    QTest::newRow("agent: missing") << agent << QByteArray("{}") << "body.agent_id"
                                    << "value_error.missing";
    QTest::newRow("agent: null") << agent << QByteArray(R"({"agent_id":null})") << "body.agent_id"
                                 << "value_error.missing";
}

void TestSandboxScopes::invalidBody()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, loc);
    QFETCH(QString, type);
    SandboxServer server(worldOptions());
    QVERIFY(server.start());
    const SandboxReply r = sandboxSend(m_nam, server, "PATCH", path, QByteArray::fromStdString(server.apiKey()), body);
    QCOMPARE(r.status, 422);
    const QJsonArray detail = r.json.value(QLatin1String("detail")).toArray();
    QVERIFY2(!detail.isEmpty(), r.body.constData());
    bool found = false;
    for (const QJsonValue& entry : detail) {
        QStringList parts;
        for (const QJsonValue& p : entry[QLatin1String("loc")].toArray())
            parts.append(p.isDouble() ? QString::number(p.toInt()) : p.toString());
        QVERIFY(!entry[QLatin1String("msg")].toString().isEmpty());
        found = found || (parts.join(QLatin1Char('.')) == loc && entry[QLatin1String("type")].toString() == type);
    }
    QVERIFY2(found, r.body.constData());
    QCOMPARE(server.stats().terminatedCalls, 0);
}

void TestSandboxScopes::numberScopeCrossesCampaigns()
{
    SandboxServer server(worldOptions());
    QVERIFY(server.start());
    const QByteArray key = QByteArray::fromStdString(server.apiKey());
    const std::string number = sharedNumber(server.calls());
    QVERIFY(!number.empty());
    std::map<std::string, int> terminableByCampaign;
    for (const auto& c : server.calls()) {
        if (c.toNumber == number && terminable(c))
            ++terminableByCampaign[c.campaignId];
    }
    QVERIFY(terminableByCampaign.size() >= 2);
    const auto [first, inFirst] = *terminableByCampaign.begin();

    // Within one campaign: that campaign's calls to the number only.
    SandboxReply r = sandboxSend(m_nam, server, "PATCH", QStringLiteral("/campaign/terminate/campaign-numbers"), key,
        jsonBody({{QStringLiteral("campaign_id"), QString::fromStdString(first)},
            {QStringLiteral("mobile_numbers"), QJsonArray {QString::fromStdString(number)}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(server.stats().terminatedCalls, inFirst);
    int left = 0;
    for (const auto& c : server.calls()) {
        if (c.toNumber == number && terminable(c)) {
            QVERIFY(c.campaignId != first);
            ++left;
        }
    }
    QVERIFY(left > 0);

    // Across campaigns: every other one.
    r = sandboxSend(m_nam, server, "PATCH", QStringLiteral("/campaign/terminate/numbers"), key,
        jsonBody({{QStringLiteral("mobile_numbers"), QJsonArray {QString::fromStdString(number)}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(server.stats().terminatedCalls, inFirst + left);
    for (const auto& c : server.calls())
        QVERIFY(c.toNumber != number || !terminable(c));
}

void TestSandboxScopes::campaignCountsFollowTermination()
{
    SandboxServer server(worldOptions());
    QVERIFY(server.start());
    const QByteArray key = QByteArray::fromStdString(server.apiKey());
    auto countsOf = [&](const QString& id) {
        const SandboxReply r
            = sandboxSend(m_nam, server, "GET", QStringLiteral("/campaign/all?call_count=true&limit=1000"), key);
        for (const QJsonValue& c : r.json.value(QLatin1String("campaigns")).toArray()) {
            if (c[QLatin1String("id")].toString() == id)
                return c.toObject();
        }
        return QJsonObject();
    };
    const QString id = QString::fromStdString(server.campaigns().front().id);
    const QJsonObject before = countsOf(id);
    QVERIFY(!before.isEmpty());
    const int waiting
        = before[QLatin1String("registered_count")].toInt() + before[QLatin1String("retry_count")].toInt();
    QVERIFY(waiting > 0);
    const SandboxReply r = sandboxSend(m_nam, server, "PATCH", QStringLiteral("/campaign/terminate/campaign"), key,
        jsonBody({{QStringLiteral("campaign_id"), id}}));
    QCOMPARE(r.status, 200);
    const QJsonObject after = countsOf(id);
    QCOMPARE(after[QLatin1String("registered_count")].toInt(), 0);
    QCOMPARE(after[QLatin1String("retry_count")].toInt(), 0);
    QCOMPARE(
        after[QLatin1String("cancelled_count")].toInt(), before[QLatin1String("cancelled_count")].toInt() + waiting);
    QCOMPARE(after[QLatin1String("total_count")].toInt(), before[QLatin1String("total_count")].toInt());
    QCOMPARE(after[QLatin1String("completed_count")].toInt(), before[QLatin1String("completed_count")].toInt());
    QCOMPARE(after[QLatin1String("ongoing_count")].toInt(), before[QLatin1String("ongoing_count")].toInt());
    QCOMPARE(server.stats().terminatedCalls, waiting); // "N calls stopped" measured from counts is right
    QVERIFY(after[QLatin1String("updated_at")].toString() != before[QLatin1String("updated_at")].toString());
}

void TestSandboxScopes::recordsEveryScope()
{
    QTemporaryDir dir;
    SandboxOptions options = worldOptions();
    options.recordPath = dir.filePath(QStringLiteral("record.jsonl")).toStdString();
    SandboxServer server(options);
    QVERIFY(server.start());
    const QByteArray key = QByteArray::fromStdString(server.apiKey());
    const QStringList scopes {QStringLiteral("numbers"), QStringLiteral("campaign"), QStringLiteral("campaign-numbers"),
        QStringLiteral("agent")};
    std::map<QString, int> stoppedBy;
    for (const QString& scope : scopes) {
        const ScopeCase c = pick(server, scope);
        const int before = server.stats().terminatedCalls;
        QCOMPARE(sandboxSend(m_nam, server, "PATCH", c.path, key, jsonBody(c.body)).status, 200);
        stoppedBy[scope] = server.stats().terminatedCalls - before;
    }
    sandboxSend(m_nam, server, "PATCH", QStringLiteral("/campaign/terminate/agent"), "wrong", "{}");
    sandboxSend(m_nam, server, "PATCH", QStringLiteral("/campaign/terminate/numbers"), key, "{}");
    server.stop();

    QFile file(QString::fromStdString(options.recordPath));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QJsonObject> lines;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    QCOMPARE(lines.size(), 6);
    for (int i = 0; i < 4; ++i) {
        const QJsonObject& l = lines.at(i);
        QCOMPARE(l[QLatin1String("scope")].toString(), scopes.at(i));
        QCOMPARE(l[QLatin1String("endpoint")].toString(), QStringLiteral("/campaign/terminate/") + scopes.at(i));
        QCOMPARE(l[QLatin1String("action")].toString(), QStringLiteral("applied"));
        QCOMPARE(l[QLatin1String("status")].toInt(), 200);
        QCOMPARE(l[QLatin1String("terminated")].toInt(), stoppedBy[scopes.at(i)]);
        QVERIFY(l[QLatin1String("terminated")].toInt() > 0);
        QVERIFY(l[QLatin1String("payload")].isObject());
        QCOMPARE(l[QLatin1String("answer")].toObject()[QLatin1String("message")].toString(),
            QStringLiteral("Calls terminated successfully!"));
        QVERIFY(!l[QLatin1String("time")].toString().isEmpty());
    }
    QVERIFY(lines.at(0)[QLatin1String("payload")][QLatin1String("mobile_numbers")].isArray());
    QVERIFY(lines.at(1)[QLatin1String("payload")][QLatin1String("campaign_id")].isString());
    QCOMPARE(lines.at(4)[QLatin1String("action")].toString(), QStringLiteral("unauthorized"));
    QCOMPARE(lines.at(4)[QLatin1String("status")].toInt(), 401);
    QCOMPARE(lines.at(5)[QLatin1String("action")].toString(), QStringLiteral("invalid"));
    QCOMPARE(lines.at(5)[QLatin1String("status")].toInt(), 422);
    QVERIFY(lines.at(5)[QLatin1String("answer")][QLatin1String("detail")].isArray());
    for (const QJsonObject& l : lines)
        QVERIFY(!QJsonDocument(l).toJson().contains(key));
}

void TestSandboxScopes::faultsApply_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("fault");
    for (const char* scope : {"numbers", "campaign", "campaign-numbers", "agent"}) {
        for (const char* fault : {"fail", "drop", "hang", "rate"})
            QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(QLatin1String(scope), QLatin1String(fault))))
                << QString::fromLatin1(scope) << QString::fromLatin1(fault);
    }
}

void TestSandboxScopes::faultsApply()
{
    QFETCH(QString, scope);
    QFETCH(QString, fault);
    SandboxOptions options = worldOptions();
    if (fault == QLatin1String("fail"))
        options.failRate = 1;
    else if (fault == QLatin1String("drop"))
        options.dropRate = 1;
    else if (fault == QLatin1String("hang"))
        options.hangRate = 1;
    else
        options.rateLimit = 1;
    SandboxServer server(options);
    QVERIFY(server.start());
    const ScopeCase c = pick(server, scope);
    const QByteArray key = QByteArray::fromStdString(server.apiKey());
    if (fault == QLatin1String("rate")) {
        // The bucket holds one request: the first passes, the next is refused with a Retry-After.
        QCOMPARE(sandboxSend(m_nam, server, "PATCH", c.path, key, jsonBody(c.body)).status, 200);
        const SandboxReply r = sandboxSend(m_nam, server, "PATCH", c.path, key, jsonBody(c.body));
        QCOMPARE(r.status, 429);
        QVERIFY(r.retryAfter.toInt() >= 1);
        QVERIFY(server.stats().faults >= 1);
        return;
    }
    const SandboxReply r = sandboxSend(m_nam, server, "PATCH", c.path, key, jsonBody(c.body), 1000);
    QVERIFY(server.stats().faults >= 1);
    if (fault == QLatin1String("fail")) {
        QVERIFY2(r.status == 500 || r.status == 502 || r.status == 503, qPrintable(QString::number(r.status)));
        QCOMPARE(server.stats().terminatedCalls, 0); // a failure applies nothing
    } else if (fault == QLatin1String("drop")) {
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY(r.json.isEmpty());
    } else {
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError); // the client's transfer timeout
        QCOMPARE(server.stats().terminatedCalls, 0);
    }
    server.stop(); // also releases the hung handler
}

void TestSandboxScopes::inFlightCountsEveryScope()
{
    SandboxOptions options = worldOptions();
    options.latencyMs = 300;
    SandboxServer server(options);
    QVERIFY(server.start());
    const QByteArray key = QByteArray::fromStdString(server.apiKey());
    QList<QNetworkReply*> replies;
    for (const char* scope : {"numbers", "campaign", "campaign-numbers", "agent"}) {
        const ScopeCase c = pick(server, QString::fromLatin1(scope));
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/ca/api/v0%2").arg(server.port()).arg(c.path)));
        req.setRawHeader("X-API-KEY", key);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        replies.append(m_nam.sendCustomRequest(req, "PATCH", jsonBody(c.body)));
    }
    for (QNetworkReply* reply : replies) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
        reply->deleteLater();
    }
    const auto s = server.stats();
    QCOMPARE(s.terminateRequests, 4);
    QVERIFY2(s.peakTerminatesInFlight >= 2, "the scope requests did not count as in flight");
    QCOMPARE(s.terminatesInFlight, 0);
    QCOMPARE(s.lookupRequests, 0);
}

QTEST_GUILESS_MAIN(TestSandboxScopes)
#include "tst_sandboxscopes.moc"
