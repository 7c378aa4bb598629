#include "LookupParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>

namespace callstop {

namespace {

QString text(const QJsonValue& value)
{
    return value.isString() ? value.toString().left(LookupParser::MaxTextLength) : QString();
}

// A whole, non-negative number that fits an int; -1 when the value is anything else.
qint64 count(const QJsonValue& value)
{
    if (!value.isDouble())
        return -1;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 2147483647.0 || std::floor(d) != d)
        return -1;
    return qint64(d);
}

bool root(const QByteArray& body, QJsonObject* out, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = LookupParser::tr("The page is not JSON (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!doc.isObject()) {
        *error = LookupParser::tr("The page is not a JSON object.");
        return false;
    }
    *out = doc.object();
    return true;
}

bool records(const QJsonObject& object, const char* field, QJsonArray* out, QString* error)
{
    const QJsonValue value = object.value(QLatin1String(field));
    if (!value.isArray()) {
        *error = LookupParser::tr("The page has no '%1' list.").arg(QLatin1String(field));
        return false;
    }
    *out = value.toArray();
    if (out->size() > LookupParser::MaxRecordsPerPage) {
        *error = LookupParser::tr("The page holds %1 records in '%2'; a page holds at most %3.")
                     .arg(out->size())
                     .arg(QLatin1String(field))
                     .arg(LookupParser::MaxRecordsPerPage);
        return false;
    }
    return true;
}

QString recordError(const char* list, qsizetype index, const QString& what)
{
    return LookupParser::tr("Record %1 of '%2': %3").arg(index + 1).arg(QLatin1String(list), what);
}

} // namespace

HistoryFilter HistoryFilter::today(const QDateTime& now)
{
    HistoryFilter f;
    const QDateTime local = now.toLocalTime();
    f.from = QDateTime(local.date(), QTime(0, 0), local.timeZone());
    f.to = QDateTime(local.date(), QTime(23, 59, 59), local.timeZone());
    f.statuses = terminableStatuses();
    return f;
}

QString HistoryFilter::isoDate(const QDateTime& time)
{
    // Always a numeric offset (+05:30, +00:00), never Z: the form the provider's examples use.
    const int offset = time.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

bool LookupParser::parseHistory(const QByteArray& body, HistoryPage* page, QString* error)
{
    QJsonObject object;
    QJsonArray calls;
    if (!root(body, &object, error) || !records(object, "calls", &calls, error))
        return false;
    HistoryPage out;
    out.limit = int(count(object.value(QLatin1String("limit"))));
    out.offset = int(count(object.value(QLatin1String("offset"))));
    const QJsonValue total = object.value(QLatin1String("total"));
    if (total.isString() && total.toString() == QLatin1String("many")) {
        out.totalIsMany = true;
    } else {
        out.total = count(total);
        if (out.total < 0) {
            *error = tr("The page's 'total' is neither a count nor \"many\".");
            return false;
        }
    }
    out.calls.reserve(calls.size());
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const QJsonObject c = calls.at(i).toObject();
        if (!calls.at(i).isObject()) {
            *error = recordError("calls", i, tr("not an object"));
            return false;
        }
        const auto id = CallId::parse(c.value(QLatin1String("id")).toString());
        if (!id) {
            *error = recordError("calls", i, tr("'id' is not a call ID"));
            return false;
        }
        HistoryCall call;
        call.id = *id;
        call.status = text(c.value(QLatin1String("status")));
        if (call.status.isEmpty()) {
            *error = recordError("calls", i, tr("no 'status'"));
            return false;
        }
        call.toNumber = text(c.value(QLatin1String("to_number")));
        const QJsonObject campaign = c.value(QLatin1String("campaign")).toObject();
        call.campaignId = text(campaign.value(QLatin1String("id")));
        call.campaignName = text(campaign.value(QLatin1String("name")));
        const QJsonObject agent = c.value(QLatin1String("agent")).toObject();
        call.agentId = text(agent.value(QLatin1String("id")));
        call.agentName = text(agent.value(QLatin1String("agent_name")));
        call.bulkListId = text(c.value(QLatin1String("bulk_list_id")));
        call.createdAt = text(c.value(QLatin1String("created_at")));
        out.calls.append(std::move(call));
    }
    *page = std::move(out);
    return true;
}

bool LookupParser::parseCampaigns(const QByteArray& body, CampaignsPage* page, QString* error)
{
    QJsonObject object;
    QJsonArray campaigns;
    if (!root(body, &object, error) || !records(object, "campaigns", &campaigns, error))
        return false;
    CampaignsPage out;
    out.total = count(object.value(QLatin1String("pagination")).toObject().value(QLatin1String("total")));
    static const char* const Statuses[]
        = {"registered", "ongoing", "retry", "error", "completed", "failed", "cancelled", "forwarded"};
    for (qsizetype i = 0; i < campaigns.size(); ++i) {
        if (!campaigns.at(i).isObject()) {
            *error = recordError("campaigns", i, tr("not an object"));
            return false;
        }
        const QJsonObject c = campaigns.at(i).toObject();
        CampaignInfo info;
        info.id = text(c.value(QLatin1String("id")));
        if (info.id.isEmpty()) {
            *error = recordError("campaigns", i, tr("no 'id'"));
            return false;
        }
        info.name = text(c.value(QLatin1String("name")));
        info.status = text(c.value(QLatin1String("campaign_status")));
        info.createdAt = text(c.value(QLatin1String("created_at")));
        info.agentId = text(c.value(QLatin1String("agent_id")));
        const QJsonValue totalCalls = c.value(QLatin1String("total_count"));
        if (!totalCalls.isUndefined() && !totalCalls.isNull()) {
            info.totalCalls = int(count(totalCalls));
            if (info.totalCalls < 0) {
                *error = recordError("campaigns", i, tr("'total_count' is not a count"));
                return false;
            }
            for (const char* status : Statuses) {
                const QString key = QLatin1String(status) + QLatin1String("_count");
                const QJsonValue v = c.value(key);
                if (v.isUndefined() || v.isNull())
                    continue;
                const qint64 n = count(v);
                if (n < 0) {
                    *error = recordError("campaigns", i, tr("'%1' is not a count").arg(key));
                    return false;
                }
                info.callsByStatus.insert(QLatin1String(status), int(n));
            }
        }
        out.campaigns.append(std::move(info));
    }
    *page = std::move(out);
    return true;
}

bool LookupParser::parseAgents(const QByteArray& body, AgentsPage* page, QString* error)
{
    QJsonObject object;
    if (!root(body, &object, error))
        return false;
    const QJsonValue status = object.value(QLatin1String("status"));
    if (status.isString() && status.toString() != QLatin1String("success")) {
        *error = tr("The answer's status is '%1', not success.").arg(text(status));
        return false;
    }
    QJsonArray agents;
    if (!records(object.value(QLatin1String("data")).toObject(), "agents", &agents, error))
        return false;
    AgentsPage out;
    for (qsizetype i = 0; i < agents.size(); ++i) {
        if (!agents.at(i).isObject()) {
            *error = recordError("agents", i, tr("not an object"));
            return false;
        }
        const QJsonObject a = agents.at(i).toObject();
        AgentInfo info;
        info.id = text(a.value(QLatin1String("id")));
        if (info.id.isEmpty()) {
            *error = recordError("agents", i, tr("no 'id'"));
            return false;
        }
        info.name = text(a.value(QLatin1String("agent_display_name")));
        if (info.name.isEmpty())
            info.name = text(a.value(QLatin1String("agent_name")));
        info.callCount = int(count(a.value(QLatin1String("call_count"))));
        out.agents.append(std::move(info));
    }
    *page = std::move(out);
    return true;
}

} // namespace callstop
