// GET /workspace (the "test connection" endpoint), /calling/call-details, and the sandbox's own /_sandbox/* views
// that tests and operators read without a key.

#include "SandboxChoices.h"
#include "SandboxContext.h"

#include <httplib.h>

namespace callstop::sandbox {

void installWorkspaceRoutes(httplib::Server& server, SandboxContext& ctx)
{
    const std::string prefix = choices::ApiPrefix;
    server.Get(prefix + "/workspace", [&ctx](const httplib::Request& req, httplib::Response& res) {
        ctx.delay();
        if (!ctx.authorised(req, res))
            return;
        QJsonObject info {
            {QStringLiteral("id"), QStringLiteral("5a0d7c1e-0000-4000-8000-000000000001")},
            {QStringLiteral("name"), QStringLiteral("Sandbox workspace")},
            {QStringLiteral("created_at"), QStringLiteral("2025-01-01T00:00:00+00:00")},
            {QStringLiteral("credits"), 1000},
            {QStringLiteral("locked_credits"), 0},
            {QStringLiteral("api_key"), QString::fromStdString(ctx.apiKey())},
        };
        res.set_content(http::toJson(QJsonObject {{QStringLiteral("workspace_info"), info}}), choices::JsonType);
    });

    server.Get(prefix + "/calling/call-details", [&ctx](const httplib::Request& req, httplib::Response& res) {
        ctx.delay();
        if (!ctx.authorised(req, res))
            return;
        const std::optional<SandboxCall> c = ctx.world.call(req.get_param_value("id"));
        if (!c) {
            res.status = 404;
            res.set_content(http::detail("Call not found"), choices::JsonType);
            return;
        }
        QJsonObject data {
            {QStringLiteral("id"), QString::fromStdString(c->id)},
            {QStringLiteral("call_direction"), QStringLiteral("outbound")},
            {QStringLiteral("call_status"), QString::fromStdString(c->status)},
            {QStringLiteral("call_sub_status"), QString::fromStdString(c->subStatus)},
            {QStringLiteral("from_number"), QStringLiteral("+912269976804")},
            {QStringLiteral("to_number"), QString::fromStdString(c->toNumber)},
            {QStringLiteral("name"), QString::fromStdString(c->name)},
            {QStringLiteral("callee_name"), QString::fromStdString(c->name)},
            {QStringLiteral("agent_id"), QString::fromStdString(c->agentId)},
            {QStringLiteral("initiation_time"), QString::fromStdString(c->createdAt)},
            {QStringLiteral("bulk_list_id"), QString::fromStdString(c->bulkListId)},
        };
        res.set_content(
            http::toJson({{QStringLiteral("status"), QStringLiteral("success")}, {QStringLiteral("data"), data}}),
            choices::JsonType);
    });

    server.Get("/_sandbox/calls", [&ctx](const httplib::Request&, httplib::Response& res) {
        QJsonArray list;
        for (const SandboxCall& c : ctx.world.calls()) {
            list.append(QJsonObject {
                {QStringLiteral("id"), QString::fromStdString(c.id)},
                {QStringLiteral("status"), QString::fromStdString(c.status)},
                {QStringLiteral("sub_status"), QString::fromStdString(c.subStatus)},
                {QStringLiteral("to_number"), QString::fromStdString(c.toNumber)},
                {QStringLiteral("campaign_id"), QString::fromStdString(c.campaignId)},
                {QStringLiteral("agent_id"), QString::fromStdString(c.agentId)},
                {QStringLiteral("bulk_list_id"), QString::fromStdString(c.bulkListId)},
                {QStringLiteral("created_at"), QString::fromStdString(c.createdAt)},
            });
        }
        res.set_content(http::toJson({{QStringLiteral("calls"), list}}), choices::JsonType);
    });

    server.Get("/_sandbox/stats", [&ctx](const httplib::Request&, httplib::Response& res) {
        SandboxStats s;
        {
            std::lock_guard lock(ctx.mutex);
            s = ctx.stats;
        }
        res.set_content(
            http::toJson(
                {{QStringLiteral("requests"), s.requests}, {QStringLiteral("terminate_requests"), s.terminateRequests},
                    {QStringLiteral("terminated_calls"), s.terminatedCalls},
                    {QStringLiteral("peak_terminates_in_flight"), s.peakTerminatesInFlight},
                    {QStringLiteral("lookup_requests"), s.lookupRequests}, {QStringLiteral("faults"), s.faults}}),
            choices::JsonType);
    });
}

} // namespace callstop::sandbox
