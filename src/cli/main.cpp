#include "CliCommon.h"

#include "util/AppSettings.h"
#include "util/Logging.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>

using namespace callstop;
using namespace callstop::cli;

namespace {

QString usage()
{
    return Cli::tr("Usage: callstop-cli COMMAND [OPTIONS]\n\n"
                   "Commands:\n"
                   "  extract [FILE|-]     print the call IDs found in a text, one a line\n"
                   "  terminate [FILE|-]   terminate the calls whose IDs are in a text or a CSV column\n"
                   "  jobs [DIR]           list the job journals and their progress\n"
                   "  resume JOURNAL       complete an interrupted job from its journal\n"
                   "  find                 find calls in the call history (by date, status, campaign, agent, number)\n"
                   "  campaigns            list the campaigns with their calls per status\n"
                   "  agents               list the agents\n\n"
                   "Options:\n"
                   "  -h, --help           show this help; 'callstop-cli COMMAND --help' for a command\n"
                   "  -v, --version        show the version\n\n"
                   "The API key is read from CALLSTOP_API_KEY or from a profile's keychain entry, never from an "
                   "argument.");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(AppSettings::organisation());
    QCoreApplication::setApplicationName(AppSettings::application());
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLSTOP_VERSION));
    installRedactingMessageHandler();
    // The system's proxy settings (http_proxy, https_proxy, no_proxy), unless --proxy or the profile names one.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    installTranslations(&app);

    QStringList args = QCoreApplication::arguments().mid(1);
    const QString keyOption = Cli::keyLikeOption(args);
    if (!keyOption.isEmpty()) {
        return Cli::fail(ExitUsage,
            Cli::tr("%1 is not accepted: a key on the command line shows in the process list "
                    "and the shell history. Set the environment variable CALLSTOP_API_KEY, "
                    "or store the key in a profile with the console.")
                .arg(keyOption));
    }
    if (args.isEmpty()) {
        Cli::err(usage());
        return ExitUsage;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        Cli::out(usage());
        return ExitOk;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        Cli::out(QStringLiteral("callstop-cli %1").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    if (command == QLatin1String("extract"))
        return runExtract(args);
    if (command == QLatin1String("terminate"))
        return runTerminate(args);
    if (command == QLatin1String("jobs"))
        return runJobs(args);
    if (command == QLatin1String("resume"))
        return runResume(args);
    if (command == QLatin1String("find"))
        return runFind(args);
    if (command == QLatin1String("campaigns"))
        return runCampaigns(args);
    if (command == QLatin1String("agents"))
        return runAgents(args);
    return Cli::fail(ExitUsage, Cli::tr("unknown command '%1'; see 'callstop-cli --help'").arg(command));
}
