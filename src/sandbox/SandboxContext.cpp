#include "SandboxContext.h"

#include "SandboxChoices.h"

#include <httplib.h>

#include <QJsonDocument>

#include <thread>

namespace callstop::sandbox {

SandboxContext::SandboxContext(SandboxOptions o)
    : options(std::move(o))
    , world(options)
    , faults(options)
{
    if (options.apiKey.empty()) {
        std::uint64_t keyState = options.seed ^ 0x5bd1e995ull;
        options.apiKey = SandboxWorld::makeUuid(keyState);
    }
}

std::string SandboxContext::apiKey() const
{
    std::lock_guard lock(mutex);
    return options.apiKey;
}

void SandboxContext::setApiKey(const std::string& key)
{
    std::lock_guard lock(mutex);
    options.apiKey = key;
}

bool SandboxContext::authorised(const httplib::Request& req, httplib::Response& res, Unauthorised style) const
{
    if (req.get_header_value("X-API-KEY") == apiKey())
        return true;
    res.status = 401;
    res.set_content(style == Unauthorised::DetailText
            ? R"({"detail":"Invalid credentials"})"
            : R"({"error":{"code":"401 Unauthorized","message":"Invalid credentials"}})",
        choices::JsonType);
    return false;
}

void SandboxContext::delay() const
{
    if (options.latencyMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(options.latencyMs));
}

void SandboxContext::countFault()
{
    std::lock_guard lock(mutex);
    ++stats.faults;
}

namespace http {

std::string toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

std::string detail(const char* text)
{
    return toJson(QJsonObject {{QStringLiteral("detail"), QString::fromUtf8(text)}});
}

QJsonObject validationEntry(const QJsonArray& loc, const char* msg, const char* type, const QJsonObject& ctx)
{
    QJsonObject entry {{QStringLiteral("loc"), loc}, {QStringLiteral("msg"), QString::fromUtf8(msg)},
        {QStringLiteral("type"), QString::fromUtf8(type)}};
    if (!ctx.isEmpty())
        entry.insert(QStringLiteral("ctx"), ctx);
    return entry;
}

void answerValidation(httplib::Response& res, const QJsonArray& entries)
{
    res.status = 422;
    res.set_content(toJson({{QStringLiteral("detail"), entries}}), choices::JsonType);
}

int intParam(const httplib::Request& req, const char* name, int fallback, int min, int max, QJsonArray* errors)
{
    if (!req.has_param(name))
        return fallback;
    const QJsonArray loc {QStringLiteral("query"), QString::fromLatin1(name)};
    const std::string text = req.get_param_value(name);
    bool ok = false;
    const long long v = QString::fromStdString(text).trimmed().toLongLong(&ok);
    if (!ok) {
        errors->append(validationEntry(loc, "value is not a valid integer", "type_error.integer"));
        return fallback;
    }
    if (v < min) {
        errors->append(
            validationEntry(loc, ("ensure this value is greater than or equal to " + std::to_string(min)).c_str(),
                "value_error.number.not_ge", {{QStringLiteral("limit_value"), min}}));
        return fallback;
    }
    if (v > max) {
        errors->append(
            validationEntry(loc, ("ensure this value is less than or equal to " + std::to_string(max)).c_str(),
                "value_error.number.not_le", {{QStringLiteral("limit_value"), max}}));
        return fallback;
    }
    return int(v);
}

std::string& logSuffix()
{
    thread_local std::string suffix;
    return suffix;
}

} // namespace http

} // namespace callstop::sandbox
