// PATCH /campaign/terminate/{calls,numbers,campaign,campaign-numbers,agent}: one handler for the five scopes, so
// that in-flight counting, faults, validation order and the record are the same for all.

#include "SandboxChoices.h"
#include "SandboxContext.h"

#include <httplib.h>

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>
#include <vector>

namespace callstop::sandbox {

namespace {

enum class Scope { Calls, Numbers, Campaign, CampaignNumbers, Agent };

struct ScopeInfo
{
    Scope scope;
    const char* endpoint;
    const char* name;
    const char* nothingTerminable; // the 400 detail, after the OpenAPI's description of each endpoint
};

const ScopeInfo Scopes[] = {
    {Scope::Calls, "/campaign/terminate/calls", "calls", "Invalid call IDs or no terminable calls found."},
    {Scope::Numbers, "/campaign/terminate/numbers", "numbers", "Invalid mobile numbers or no terminable calls found."},
    {Scope::Campaign, "/campaign/terminate/campaign", "campaign", "Invalid campaign ID or no terminable calls found."},
    {Scope::CampaignNumbers, "/campaign/terminate/campaign-numbers", "campaign-numbers",
        "Invalid parameters or no terminable calls found."},
    {Scope::Agent, "/campaign/terminate/agent", "agent", "Invalid agent ID or no terminable calls found."},
};

struct Payload
{
    std::vector<std::string> ids;
    std::vector<std::string> numbers;
    std::string campaignId;
    std::string agentId;
};

QJsonArray bodyLoc(const char* field)
{
    return QJsonArray {QStringLiteral("body"), QString::fromLatin1(field)};
}

void requireString(const QJsonObject& body, const char* field, std::string* out, QJsonArray* errors)
{
    const QJsonValue v = body.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        errors->append(http::validationEntry(bodyLoc(field), "field required", "value_error.missing"));
    else if (!v.isString())
        errors->append(http::validationEntry(bodyLoc(field), "str type expected", "type_error.str"));
    else
        *out = v.toString().trimmed().toStdString();
}

void requireNumbers(const QJsonObject& body, std::vector<std::string>* out, QJsonArray* errors)
{
    const char* field = "mobile_numbers";
    const QJsonValue v = body.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull()) {
        errors->append(http::validationEntry(bodyLoc(field), "field required", "value_error.missing"));
        return;
    }
    if (!v.isArray()) {
        errors->append(http::validationEntry(bodyLoc(field), "value is not a valid list", "type_error.list"));
        return;
    }
    const QJsonArray list = v.toArray();
    if (list.size() > choices::MaxNumbersPerRequest) {
        errors->append(http::validationEntry(bodyLoc(field), "ensure this value has at most 100 items",
            "value_error.list.max_items", {{QStringLiteral("limit_value"), choices::MaxNumbersPerRequest}}));
        return;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isString()) {
            QJsonArray loc = bodyLoc(field);
            loc.append(int(i));
            errors->append(http::validationEntry(loc, "str type expected", "type_error.str"));
            continue;
        }
        // Not E.164: ignored like an unknown call ID; the provider matches numbers as stored, with country code.
        const std::string number = list.at(i).toString().trimmed().toStdString();
        if (SandboxWorld::isE164(number))
            out->push_back(number);
    }
}

// The call IDs endpoint keeps the first sandbox's 400 answers; the scope endpoints answer 422 as FastAPI does.
bool validate(Scope scope, const QJsonDocument& doc, bool parsed, Payload* p, httplib::Response& res)
{
    if (scope == Scope::Calls) {
        if (!parsed || !doc.isObject()) {
            res.status = 400;
            res.set_content(http::detail("Request body is not valid JSON."), choices::JsonType);
            return false;
        }
        const QJsonValue idsValue = doc.object().value(QLatin1String("call_ids"));
        if (!idsValue.isArray()) {
            res.status = 400;
            res.set_content(http::detail("call_ids is required and must be an array of call IDs."), choices::JsonType);
            return false;
        }
        const QJsonArray ids = idsValue.toArray();
        http::logSuffix() = " ids=" + std::to_string(ids.size());
        if (ids.size() > choices::MaxIdsPerRequest) {
            res.status = 400;
            res.set_content(http::detail("At most 100 call IDs may be sent in one request."), choices::JsonType);
            return false;
        }
        for (const auto& v : ids)
            p->ids.push_back(v.toString().toStdString());
        return true;
    }
    QJsonArray errors;
    if (!parsed) {
        errors.append(http::validationEntry({QStringLiteral("body")}, "JSON decode error", "value_error.jsondecode"));
    } else if (!doc.isObject()) {
        errors.append(http::validationEntry({QStringLiteral("body")}, "value is not a valid dict", "type_error.dict"));
    } else {
        const QJsonObject body = doc.object();
        if (scope == Scope::Campaign || scope == Scope::CampaignNumbers)
            requireString(body, "campaign_id", &p->campaignId, &errors);
        if (scope == Scope::Numbers || scope == Scope::CampaignNumbers) {
            requireNumbers(body, &p->numbers, &errors);
            const QJsonValue v = body.value(QLatin1String("mobile_numbers"));
            if (v.isArray())
                http::logSuffix() = " numbers=" + std::to_string(v.toArray().size());
        }
        if (scope == Scope::Agent)
            requireString(body, "agent_id", &p->agentId, &errors);
    }
    if (errors.isEmpty())
        return true;
    http::answerValidation(res, errors);
    return false;
}

int apply(SandboxWorld& world, Scope scope, const Payload& p)
{
    switch (scope) {
    case Scope::Calls:
        return world.terminateIds(p.ids);
    case Scope::Numbers:
        return world.terminateNumbers(p.numbers);
    case Scope::Campaign:
        return world.terminateCampaign(p.campaignId);
    case Scope::CampaignNumbers:
        return world.terminateCampaignNumbers(p.campaignId, p.numbers);
    case Scope::Agent:
        return world.terminateAgent(p.agentId);
    }
    return 0;
}

void handle(SandboxContext& ctx, const ScopeInfo& info, const httplib::Request& req, httplib::Response& res)
{
    {
        std::lock_guard lock(ctx.mutex);
        ctx.stats.peakTerminatesInFlight = std::max(ctx.stats.peakTerminatesInFlight, ++ctx.stats.terminatesInFlight);
    }
    struct Leaving
    {
        SandboxContext& ctx;
        ~Leaving()
        {
            std::lock_guard lock(ctx.mutex);
            --ctx.stats.terminatesInFlight;
        }
    } leaving {ctx};
    ctx.delay();
    {
        std::lock_guard lock(ctx.mutex);
        ++ctx.stats.terminateRequests;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &parseError);
    const bool parsed = parseError.error == QJsonParseError::NoError;
    QJsonObject rec {{QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("method"), QStringLiteral("PATCH")}, {QStringLiteral("path"), QString::fromStdString(req.path)},
        {QStringLiteral("endpoint"), QString::fromLatin1(info.endpoint)},
        {QStringLiteral("scope"), QString::fromLatin1(info.name)}};
    if (parsed && doc.isObject()) {
        rec.insert(QStringLiteral("payload"), doc.object());
        // Kept at the top level for the readers of the first sandbox's record.
        const QJsonValue ids = doc.object().value(QLatin1String("call_ids"));
        if (info.scope == Scope::Calls && ids.isArray())
            rec.insert(QStringLiteral("ids"), ids);
    } else {
        rec.insert(QStringLiteral("payload_raw"), QString::fromStdString(req.body.substr(0, 1000)));
    }
    auto finish = [&](const char* action, int status, int terminated) {
        rec.insert(QStringLiteral("action"), QString::fromLatin1(action));
        rec.insert(QStringLiteral("status"), status);
        rec.insert(QStringLiteral("terminated"), terminated);
        if (status > 0 && !res.body.empty()) {
            const QJsonDocument answer = QJsonDocument::fromJson(QByteArray::fromStdString(res.body));
            rec.insert(QStringLiteral("answer"),
                answer.isObject() ? QJsonValue(answer.object()) : QJsonValue(QString::fromStdString(res.body)));
        }
        ctx.recorder.write(rec);
    };
    if (!ctx.authorised(req, res)) {
        finish("unauthorized", 401, 0);
        return;
    }
    const SandboxFaults::Verdict fault = ctx.faults.draw();
    using Kind = SandboxFaults::Kind;
    if (fault.kind != Kind::None)
        ctx.countFault();
    if (fault.kind == Kind::RateLimited || fault.kind == Kind::Fail) {
        SandboxFaults::answer(fault, res);
        finish(SandboxFaults::actionName(fault.kind), res.status, 0);
        return;
    }
    if (fault.kind == Kind::Hang) {
        finish("hang", 0, 0);
        SandboxFaults::hang(ctx.stopping, res);
        return;
    }
    if (fault.kind == Kind::DropBefore) {
        finish("drop_before", 0, 0);
        SandboxFaults::dropConnection(res);
        return;
    }
    Payload payload;
    if (!validate(info.scope, doc, parsed, &payload, res)) {
        finish(res.status == 422 ? "invalid" : "bad_request", res.status, 0);
        return;
    }
    const int terminated = apply(ctx.world, info.scope, payload);
    {
        std::lock_guard lock(ctx.mutex);
        ctx.stats.terminatedCalls += terminated;
    }
    if (fault.kind == Kind::DropAfter) {
        finish("drop_after", 0, terminated);
        SandboxFaults::dropConnection(res);
        return;
    }
    if (terminated == 0) {
        res.status = 400;
        res.set_content(http::detail(info.nothingTerminable), choices::JsonType);
        finish("nothing_terminable", 400, 0);
        return;
    }
    res.set_content(http::toJson({{QStringLiteral("message"), QString::fromLatin1(choices::TerminatedMessage)}}),
        choices::JsonType);
    finish("applied", 200, terminated);
}

} // namespace

void installTerminateRoutes(httplib::Server& server, SandboxContext& context)
{
    for (const ScopeInfo& info : Scopes) {
        server.Patch(std::string(choices::ApiPrefix) + info.endpoint,
            [&context, &info](
                const httplib::Request& req, httplib::Response& res) { handle(context, info, req, res); });
    }
}

} // namespace callstop::sandbox
