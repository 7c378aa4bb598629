#pragma once

// What every route of the sandbox shares: the world, the faults, the record, the key and the counters. Internal to
// the sandbox library; SandboxServer is the public face.

#include "SandboxFaults.h"
#include "SandboxRecorder.h"
#include "SandboxTypes.h"
#include "SandboxWorld.h"

#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <mutex>
#include <string>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace callstop::sandbox {

struct SandboxContext
{
    explicit SandboxContext(SandboxOptions o);

    SandboxOptions options; // the key in it is read and changed under mutex
    SandboxWorld world;
    SandboxFaults faults;
    SandboxRecorder recorder;
    std::atomic<bool> stopping {false};
    mutable std::mutex mutex;
    SandboxStats stats;

    std::string apiKey() const;
    void setApiKey(const std::string& key);
    // The 401 body differs between endpoint families in the provider's documents.
    enum class Unauthorised { ErrorObject, DetailText };
    bool authorised(
        const httplib::Request& req, httplib::Response& res, Unauthorised style = Unauthorised::ErrorObject) const;
    void delay() const;
    void countFault();
};

namespace http {

std::string toJson(const QJsonObject& object);
std::string detail(const char* text);
// One entry of FastAPI's validation answer: {"loc": [...], "msg": "...", "type": "..."} (+ "ctx").
QJsonObject validationEntry(const QJsonArray& loc, const char* msg, const char* type, const QJsonObject& ctx = {});
// 422 {"detail": [entries]}
void answerValidation(httplib::Response& res, const QJsonArray& entries);
// An integer query parameter within bounds; a problem is appended to errors and the default returned.
int intParam(const httplib::Request& req, const char* name, int fallback, int min, int max, QJsonArray* errors);
// The log line's tail for the request this thread is answering (" ids=3"); cleared by the logger.
std::string& logSuffix();

} // namespace http

void installTerminateRoutes(httplib::Server& server, SandboxContext& context);
void installLookupRoutes(httplib::Server& server, SandboxContext& context);
void installWorkspaceRoutes(httplib::Server& server, SandboxContext& context);

} // namespace callstop::sandbox
