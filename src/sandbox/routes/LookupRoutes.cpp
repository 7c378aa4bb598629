// GET /calling/history, /campaign/all, /agent/all: the paged look-ups a client uses to find what to terminate and
// to measure what a termination did.

#include "SandboxChoices.h"
#include "SandboxContext.h"

#include <httplib.h>

#include <QString>

#include <climits>
#include <cmath>

namespace callstop::sandbox {

namespace {

QJsonValue stringOrNull(const std::string& s)
{
    return s.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromStdString(s));
}

// Faults reach the look-ups only when asked for: the first sandbox's clients read them without retrying.
bool lookupFault(SandboxContext& ctx, httplib::Response& res)
{
    if (!ctx.options.lookupFaults)
        return false;
    const SandboxFaults::Verdict fault = ctx.faults.draw();
    using Kind = SandboxFaults::Kind;
    if (fault.kind == Kind::None)
        return false;
    ctx.countFault();
    if (fault.kind == Kind::Hang)
        SandboxFaults::hang(ctx.stopping, res);
    else if (fault.kind == Kind::DropBefore || fault.kind == Kind::DropAfter)
        SandboxFaults::dropConnection(res);
    else
        SandboxFaults::answer(fault, res);
    return true;
}

bool begin(SandboxContext& ctx, const httplib::Request& req, httplib::Response& res,
    SandboxContext::Unauthorised style = SandboxContext::Unauthorised::ErrorObject)
{
    ctx.delay();
    {
        std::lock_guard lock(ctx.mutex);
        ++ctx.stats.lookupRequests;
    }
    return ctx.authorised(req, res, style) && !lookupFault(ctx, res);
}

void dateParam(const httplib::Request& req, const char* name, std::int64_t* out, QJsonArray* errors)
{
    const QJsonArray loc {QStringLiteral("query"), QString::fromLatin1(name)};
    if (!req.has_param(name)) {
        errors->append(http::validationEntry(loc, "field required", "value_error.missing"));
        return;
    }
    if (!SandboxWorld::parseTime(req.get_param_value(name), out))
        errors->append(http::validationEntry(loc, "invalid datetime format", "value_error.datetime"));
}

QJsonObject historyCall(const SandboxWorld::HistoryRow& row)
{
    const SandboxCall& c = row.call;
    const bool talked = c.status == "completed";
    const double duration = c.durationSeconds;
    QJsonObject agent {
        {QStringLiteral("id"), stringOrNull(c.agentId)}, {QStringLiteral("agent_name"), stringOrNull(row.agentName)}};
    QJsonValue campaign = QJsonValue::Null;
    if (!c.campaignId.empty())
        campaign = QJsonObject {{QStringLiteral("id"), QString::fromStdString(c.campaignId)},
            {QStringLiteral("name"), QString::fromStdString(row.campaignName)}};
    return QJsonObject {
        {QStringLiteral("id"), QString::fromStdString(c.id)},
        {QStringLiteral("to_number"), QString::fromStdString(c.toNumber)},
        {QStringLiteral("name"), QString::fromStdString(c.name)},
        {QStringLiteral("status"), QString::fromStdString(c.status)},
        {QStringLiteral("transcript"),
            talked ? QStringLiteral("[{\"bot\": \"Hello, this is a sandbox call.\"}, {\"user\": \"Hi.\"}]")
                   : QString()},
        {QStringLiteral("audio_recording"),
            talked ? QJsonValue(
                QStringLiteral("https://sandbox.invalid/recordings/%1.mp3").arg(QString::fromStdString(c.id)))
                   : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("created_at"), QString::fromStdString(c.createdAt)},
        {QStringLiteral("agent"), agent},
        {QStringLiteral("call_duration"), duration},
        {QStringLiteral("call_attempt_time"), stringOrNull(c.callAttemptTime)},
        {QStringLiteral("call_cost"), std::round(duration / 60.0 * 10.0) / 100.0},
        {QStringLiteral("call_type"), QStringLiteral("outbound")},
        {QStringLiteral("inbound_from"), QJsonValue::Null},
        {QStringLiteral("from_numbers"), QJsonArray {QStringLiteral("+912269976804")}},
        {QStringLiteral("voicemail_detected"), false},
        {QStringLiteral("bulk_list_id"), stringOrNull(c.bulkListId)},
        {QStringLiteral("campaign"), campaign},
    };
}

void history(SandboxContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    if (!begin(ctx, req, res))
        return;
    QJsonArray errors;
    SandboxWorld::HistoryQuery q;
    dateParam(req, "start_date", &q.fromUs, &errors);
    dateParam(req, "end_date", &q.toUs, &errors);
    q.limit = http::intParam(req, "limit", choices::HistoryLimitDefault, 1, choices::HistoryLimitMax, &errors);
    q.offset = http::intParam(req, "offset", 0, 0, INT_MAX, &errors);
    if (!errors.isEmpty()) {
        http::answerValidation(res, errors);
        return;
    }
    q.agentId = req.get_param_value("agent_id");
    q.status = req.get_param_value("status");
    q.bulkListId = req.get_param_value("bulk_list_id");
    const SandboxWorld::HistoryPage page = ctx.world.history(q);
    QJsonArray calls;
    for (const auto& row : page.rows)
        calls.append(historyCall(row));
    const int many = ctx.options.historyTotalManyAbove;
    const QJsonValue total
        = many >= 0 && page.matched > many ? QJsonValue(QStringLiteral("many")) : QJsonValue(page.matched);
    res.set_content(http::toJson({{QStringLiteral("calls"), calls}, {QStringLiteral("limit"), q.limit},
                        {QStringLiteral("offset"), q.offset}, {QStringLiteral("count"), int(calls.size())},
                        {QStringLiteral("total"), total}}),
        choices::JsonType);
}

bool boolParam(const httplib::Request& req, const char* name, bool fallback, QJsonArray* errors)
{
    if (!req.has_param(name))
        return fallback;
    const QString v = QString::fromStdString(req.get_param_value(name)).trimmed().toLower();
    for (const char* yes : {"true", "1", "yes", "on", "t", "y"}) {
        if (v == QLatin1String(yes))
            return true;
    }
    for (const char* no : {"false", "0", "no", "off", "f", "n"}) {
        if (v == QLatin1String(no))
            return false;
    }
    errors->append(http::validationEntry({QStringLiteral("query"), QString::fromLatin1(name)},
        "value could not be parsed to a boolean", "type_error.bool"));
    return fallback;
}

void campaigns(SandboxContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    if (!begin(ctx, req, res, SandboxContext::Unauthorised::DetailText))
        return;
    QJsonArray errors;
    const bool withCounts = boolParam(req, "call_count", true, &errors);
    const int limit
        = http::intParam(req, "limit", choices::CampaignsLimitDefault, 1, choices::CampaignsLimitMax, &errors);
    const int offset = http::intParam(req, "offset", 0, 0, INT_MAX, &errors);
    if (!errors.isEmpty()) {
        http::answerValidation(res, errors);
        return;
    }
    const std::vector<SandboxCampaign> all = ctx.world.campaigns();
    QJsonArray list;
    // Newest first, as the provider's dashboard lists them.
    for (long long i = (long long)all.size() - 1 - offset; i >= 0 && list.size() < limit; --i) {
        const SandboxCampaign& c = all[std::size_t(i)];
        QJsonObject o {
            {QStringLiteral("id"), QString::fromStdString(c.id)},
            {QStringLiteral("name"), QString::fromStdString(c.name)},
            {QStringLiteral("campaign_status"), QString::fromStdString(c.status)},
            {QStringLiteral("created_at"), QString::fromStdString(c.createdAt)},
            {QStringLiteral("updated_at"), QString::fromStdString(c.updatedAt)},
            {QStringLiteral("campaign_start_time"), QString::fromStdString(c.startTime)},
            {QStringLiteral("campaign_end_time"), QString::fromStdString(c.endTime)},
            {QStringLiteral("agent_id"), QString::fromStdString(c.agentId)},
        };
        if (withCounts) {
            o.insert(QStringLiteral("total_count"), c.total);
            for (int s = 0; s < choices::StatusCount; ++s)
                o.insert(QString::fromLatin1(choices::Statuses[s]) + QStringLiteral("_count"), c.counts[s]);
        }
        list.append(o);
    }
    const QJsonObject pagination {{QStringLiteral("total"), int(all.size())}, {QStringLiteral("limit"), limit},
        {QStringLiteral("offset"), offset}};
    res.set_content(http::toJson({{QStringLiteral("campaigns"), list}, {QStringLiteral("pagination"), pagination}}),
        choices::JsonType);
}

void agents(SandboxContext& ctx, const httplib::Request& req, httplib::Response& res)
{
    if (!begin(ctx, req, res))
        return;
    QJsonArray errors;
    const int limit = http::intParam(req, "limit", choices::AgentsLimitDefault, 1, choices::AgentsLimitMax, &errors);
    const int offset = http::intParam(req, "offset", 0, 0, INT_MAX, &errors);
    if (!errors.isEmpty()) {
        http::answerValidation(res, errors);
        return;
    }
    const std::vector<SandboxAgent> all = ctx.world.agents();
    QJsonArray list;
    for (long long i = (long long)all.size() - 1 - offset; i >= 0 && list.size() < limit; --i) {
        const SandboxAgent& a = all[std::size_t(i)];
        list.append(QJsonObject {
            {QStringLiteral("id"), QString::fromStdString(a.id)},
            {QStringLiteral("agent_display_name"), QString::fromStdString(a.name)},
            {QStringLiteral("agent_name"), QString::fromStdString(a.name)},
            {QStringLiteral("agent_type"), QStringLiteral("outbound")},
            {QStringLiteral("created_at"), QString::fromStdString(a.createdAt)},
            {QStringLiteral("updated_at"), QString::fromStdString(a.updatedAt)},
            {QStringLiteral("template_name"), QString::fromStdString(a.templateName)},
            {QStringLiteral("template_label"), QString::fromStdString(a.templateLabel)},
            {QStringLiteral("template_icon"), QStringLiteral("\U0001F4BC")},
            {QStringLiteral("template_source"), QStringLiteral("custom")},
            {QStringLiteral("call_count"), a.callCount},
            {QStringLiteral("custom_variables"),
                QJsonObject {{QStringLiteral("callee_name"), QStringLiteral("string")},
                    {QStringLiteral("mobile_number"), QStringLiteral("string")}}},
            {QStringLiteral("tools"), QJsonArray {}},
            {QStringLiteral("is_archived"), false},
            {QStringLiteral("secondary_language"), QJsonValue::Null},
            {QStringLiteral("secondary_voice_id"), QJsonValue::Null},
            {QStringLiteral("template_type"), QStringLiteral("outbound")},
        });
    }
    res.set_content(http::toJson({{QStringLiteral("status"), QStringLiteral("success")},
                        {QStringLiteral("data"), QJsonObject {{QStringLiteral("agents"), list}}}}),
        choices::JsonType);
}

} // namespace

void installLookupRoutes(httplib::Server& server, SandboxContext& context)
{
    const std::string prefix = choices::ApiPrefix;
    server.Get(prefix + "/calling/history",
        [&context](const httplib::Request& req, httplib::Response& res) { history(context, req, res); });
    server.Get(prefix + "/campaign/all",
        [&context](const httplib::Request& req, httplib::Response& res) { campaigns(context, req, res); });
    server.Get(prefix + "/agent/all",
        [&context](const httplib::Request& req, httplib::Response& res) { agents(context, req, res); });
}

} // namespace callstop::sandbox
