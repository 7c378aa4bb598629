#include "CliTarget.h"

#include "api/ApiClient.h"
#include "profiles/ProfileStore.h"
#include "secrets/KeychainCredentialStore.h"
#include "util/AppSettings.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace callstop::cli {

bool parseBounded(const QCommandLineParser& parser, const QString& name, int min, int max, int* out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        Cli::fail(ExitUsage,
            Cli::tr("--%1 takes a whole number from %2 to %3, not '%4'")
                .arg(name)
                .arg(min)
                .arg(max)
                .arg(parser.value(name)));
        return false;
    }
    *out = v;
    return true;
}

QString readKeyFromKeychain(const QString& profileId, QString* error)
{
    KeychainCredentialStore store(AppSettings::keychainService());
    QEventLoop loop;
    CredentialResult result;
    store.readKey(profileId, [&](const CredentialResult& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (result.ok())
        return result.secret;
    if (result.status == CredentialResult::Status::NotFound)
        *error = Cli::tr("no key is stored for this profile");
    else
        *error = result.error;
    return {};
}

bool keyFor(const Target& target, QString* key, int* code)
{
    *key = qEnvironmentVariable("CALLSTOP_API_KEY").trimmed();
    if (key->isEmpty() && !target.profileId.isEmpty()) {
        QString error;
        *key = readKeyFromKeychain(target.profileId, &error);
        if (key->isEmpty()) {
            *code = Cli::fail(ExitUsage,
                Cli::tr("profile %1: %2; set CALLSTOP_API_KEY or store the key in the console")
                    .arg(target.profileName, error));
            return false;
        }
    }
    if (key->isEmpty()) {
        *code = Cli::fail(ExitUsage, Cli::tr("no API key: set the environment variable CALLSTOP_API_KEY"));
        return false;
    }
    return true;
}

bool resolveTarget(const QCommandLineParser& parser, Target* target, int* code)
{
    if (parser.isSet(QStringLiteral("base-url")) == parser.isSet(QStringLiteral("profile"))) {
        *code = Cli::fail(ExitUsage, Cli::tr("name exactly one of --base-url URL or --profile NAME"));
        return false;
    }
    if (parser.isSet(QStringLiteral("base-url"))) {
        target->baseUrl = QUrl(parser.value(QStringLiteral("base-url")), QUrl::StrictMode);
        target->profileName = target->baseUrl.host();
    } else {
        auto settings = AppSettings::open();
        ProfileStore profiles(settings.get());
        const auto profile = profiles.findByName(parser.value(QStringLiteral("profile")));
        if (!profile) {
            *code = Cli::fail(ExitUsage, Cli::tr("no profile named '%1'").arg(parser.value(QStringLiteral("profile"))));
            return false;
        }
        if (profile->isSandbox()) {
            *code = Cli::fail(ExitUsage,
                Cli::tr("the Sandbox profile lives inside the console; start callstop-sandbox "
                        "and pass its address with --base-url"));
            return false;
        }
        target->baseUrl = profile->baseUrl;
        target->profileName = profile->name;
        target->profileId = profile->id;
        target->network = profile->network;
    }
    const QString urlProblem = ApiClient::checkBaseUrl(target->baseUrl);
    if (!urlProblem.isEmpty()) {
        *code = Cli::fail(ExitUsage, Cli::tr("profile %1: %2").arg(target->profileName, urlProblem));
        return false;
    }
    return true;
}

std::unique_ptr<ApiClient> setUpClient(
    const QCommandLineParser& parser, const Target& target, const QString& key, int timeoutMs, int* code)
{
    auto client = std::make_unique<ApiClient>();
    client->setBaseUrl(target.baseUrl);
    client->setApiKey(key);
    client->setTimeoutMs(timeoutMs);
    NetworkOptions network = target.network;
    if (parser.isSet(QStringLiteral("ca-file")))
        network.caFile = parser.value(QStringLiteral("ca-file"));
    if (parser.isSet(QStringLiteral("proxy")))
        network.proxy = parser.value(QStringLiteral("proxy"));
    QString error;
    if (!client->setNetworkOptions(network, &error)) {
        *code = Cli::fail(ExitUsage, Cli::tr("profile %1: %2").arg(target.profileName, error));
        return nullptr;
    }
    return client;
}

} // namespace callstop::cli
