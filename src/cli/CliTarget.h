#pragma once

#include "CliCommon.h"
#include "api/NetworkOptions.h"

#include <QString>
#include <QUrl>

#include <memory>

class QCommandLineParser;

namespace callstop {
class ApiClient;
}

namespace callstop::cli {

// Where to send and with which key: what every command that talks to the API needs.
struct Target
{
    QUrl baseUrl;
    QString profileName;
    QString profileId; // empty for --base-url
    NetworkOptions network; // the profile's; --ca-file and --proxy override
};

// --NAME as a whole number from min to max; false (after printing why) otherwise. Unset leaves out unchanged.
bool parseBounded(const QCommandLineParser& parser, const QString& name, int min, int max, int* out);
// The key of a profile from the keychain; empty with error set when there is none.
QString readKeyFromKeychain(const QString& profileId, QString* error);
// CALLSTOP_API_KEY, else the target's profile's key; false with the exit code set (after printing why).
bool keyFor(const Target& target, QString* key, int* code);
// Exactly one of --base-url URL or --profile NAME (not the sandbox), and a URL that may be used.
bool resolveTarget(const QCommandLineParser& parser, Target* target, int* code);
// The client for a target, with --ca-file and --proxy applied; null (after printing why) when either cannot be used.
std::unique_ptr<ApiClient> setUpClient(
    const QCommandLineParser& parser, const Target& target, const QString& key, int timeoutMs, int* code);

} // namespace callstop::cli
