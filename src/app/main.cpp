#include "AppServices.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "profiles/ProfileStore.h"
#include "secrets/KeychainCredentialStore.h"
#include "util/AppSettings.h"
#include "util/Logging.h"
#include "util/TextDecoding.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QRandomGenerator>
#include <QTimer>

using namespace callstop;

namespace {

// Asks the keychain once whether it answers; a missing Secret Service fails fast, a locked one may ask the user.
CredentialResult probeKeychain(KeychainCredentialStore& store)
{
    CredentialResult result;
    result.status = CredentialResult::Status::Unavailable;
    result.error = QApplication::tr("The keychain did not answer in time.");
    QEventLoop loop;
    bool answered = false;
    store.probe([&](const CredentialResult& r) {
        result = r;
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    if (!answered)
        loop.exec();
    return result;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(AppSettings::organisation());
    QApplication::setApplicationName(AppSettings::application());
    QApplication::setApplicationDisplayName(QStringLiteral("CallStop"));
    QApplication::setApplicationVersion(QStringLiteral(CALLSTOP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.callstop.CallStop"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/callstop.svg")));
    installRedactingMessageHandler();
    // The system's proxy settings (http_proxy and the desktop's), unless a profile names its own.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    auto settings = AppSettings::open();
    installTranslations(&app, settings->value(languageSettingKey()).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::tr("Operator console to stop calls of AI phone campaigns."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QApplication::tr("A CSV export to import, or a text file of call IDs to load."));
    parser.process(app);

    ProfileStore profiles(settings.get());

    // The built-in sandbox behind the Sandbox profile, on a free loopback port with a key of its own.
    sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.seed = QRandomGenerator::global()->generate64() >> 2;
    auto sandboxServer = std::make_unique<sandbox::SandboxServer>(sandboxOptions);
    std::string error;
    if (sandboxServer->start(&error)) {
        profiles.setSandboxUrl(QUrl(QString::fromStdString(sandboxServer->baseUrl())));
    } else {
        qCWarning(lcProfiles) << "the sandbox did not start:" << QString::fromStdString(error);
        sandboxServer.reset();
    }

    KeychainCredentialStore keychain(AppSettings::keychainService());
    MemoryCredentialStore memory;
    const CredentialResult probe = probeKeychain(keychain);
    const bool keychainAvailable = probe.ok() || probe.status == CredentialResult::Status::NotFound;

    QNetworkAccessManager network;
    AppServices services;
    services.profiles = &profiles;
    services.credentials = keychainAvailable ? static_cast<CredentialStore*>(&keychain) : &memory;
    services.keychainAvailable = keychainAvailable;
    services.keychainError = probe.error;
    services.sandbox = sandboxServer.get();
    services.network = &network;
    services.settings = settings.get();

    int code = 0;
    {
        MainWindow window(services);
        window.show();
        const QStringList files = parser.positionalArguments();
        if (!files.isEmpty())
            QTimer::singleShot(0, &window, [&window, path = files.first()] { window.openFile(path); });
        code = QApplication::exec();
    }
    return code;
}
