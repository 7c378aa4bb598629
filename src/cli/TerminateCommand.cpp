#include "CliCommon.h"

#include "api/ApiClient.h"
#include "jobs/TerminationJob.h"
#include "profiles/ProfileStore.h"
#include "secrets/KeychainCredentialStore.h"
#include "util/AppSettings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

namespace callstop::cli {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalPipe[1], &c, 1);
}

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

QString batchLine(const BatchResult& b, int total)
{
    QString line = Cli::tr("batch %1/%2: %3").arg(b.index + 1).arg(total).arg(BatchOutcomes::displayName(b.outcome));
    if (b.httpStatus > 0)
        line += Cli::tr(", HTTP %1").arg(b.httpStatus);
    line += Cli::tr(", %n ID(s)", nullptr, int(b.ids.size()));
    if (b.outcome != BatchOutcome::NotSent)
        line += Cli::tr(", %1 ms").arg(b.elapsedMs);
    if (!b.message.isEmpty())
        line += QStringLiteral(": ") + b.message;
    return line;
}

} // namespace

int runTerminate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Terminates the calls whose IDs are found in FILE (or standard input), in batches of at most 100.\n"
                "The API key comes from the environment variable CALLSTOP_API_KEY or from the profile's key in the "
                "keychain, never from an argument.\n"
                "Only calls that have not connected yet are stopped; calls already in progress are not hung up.\n"
                "Exit codes: 0 every batch accepted or nothing terminable; 1 some batch failed; 2 bad usage or input;\n"
                "3 the key was refused; 4 cancelled (Ctrl+C finishes what is in flight and sends nothing new)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
        Cli::tr("Text with call IDs; - or nothing for standard input."), QStringLiteral("[FILE|-]"));
    parser.addOptions({
        {QStringLiteral("base-url"), Cli::tr("API base URL, e.g. https://prod-api.revenueable.ai/ca/api/v0."),
            QStringLiteral("URL")},
        {QStringLiteral("profile"), Cli::tr("A profile of the console (its URL and stored key)."),
            QStringLiteral("NAME")},
        {QStringLiteral("yes"), Cli::tr("Do not ask for confirmation.")},
        {QStringLiteral("batch-size"), Cli::tr("IDs per request, 1 to 100 (default 100)."), QStringLiteral("N")},
        {QStringLiteral("concurrency"), Cli::tr("Requests in flight, 1 to 16 (default 4)."), QStringLiteral("N")},
        {QStringLiteral("timeout-ms"), Cli::tr("Time allowed for one request (default 30000)."), QStringLiteral("N")},
        {QStringLiteral("dry-run"), Cli::tr("Show the batches that would be sent and send nothing.")},
        {QStringLiteral("check-calls"), Cli::tr("After each accepted batch, ask the status of each of its calls.")},
    });
    Cli::addInputOptions(parser);
    QStringList args = arguments;
    args.prepend(QStringLiteral("callstop-cli terminate"));
    if (!parser.parse(args))
        return Cli::fail(ExitUsage, parser.errorText() + Cli::tr("; see 'callstop-cli terminate --help'"));
    if (parser.isSet(QStringLiteral("help"))) {
        Cli::out(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() > 1)
        return Cli::fail(ExitUsage, Cli::tr("terminate takes one FILE (or - for standard input)"));
    if (parser.isSet(QStringLiteral("base-url")) == parser.isSet(QStringLiteral("profile")))
        return Cli::fail(ExitUsage, Cli::tr("name exactly one of --base-url URL or --profile NAME"));

    JobOptions options;
    options.checkCalls = parser.isSet(QStringLiteral("check-calls"));
    int timeoutMs = ApiClient::DefaultTimeoutMs;
    if (!parseBounded(parser, QStringLiteral("batch-size"), 1, ApiClient::MaxIdsPerRequest, &options.batchSize)
        || !parseBounded(parser, QStringLiteral("concurrency"), 1, 16, &options.concurrency)
        || !parseBounded(parser, QStringLiteral("timeout-ms"), 100, 600000, &timeoutMs))
        return ExitUsage;

    // Where to send, before reading anything: a bad URL must not cost the operator a long read.
    QUrl baseUrl;
    QString profileName;
    QString profileId;
    if (parser.isSet(QStringLiteral("base-url"))) {
        baseUrl = QUrl(parser.value(QStringLiteral("base-url")), QUrl::StrictMode);
        profileName = baseUrl.host();
    } else {
        auto settings = AppSettings::open();
        ProfileStore profiles(settings.get());
        const auto profile = profiles.findByName(parser.value(QStringLiteral("profile")));
        if (!profile)
            return Cli::fail(ExitUsage, Cli::tr("no profile named '%1'").arg(parser.value(QStringLiteral("profile"))));
        if (profile->isSandbox())
            return Cli::fail(ExitUsage,
                Cli::tr("the Sandbox profile lives inside the console; start callstop-sandbox "
                        "and pass its address with --base-url"));
        baseUrl = profile->baseUrl;
        profileName = profile->name;
        profileId = profile->id;
    }
    const QString urlProblem = ApiClient::checkBaseUrl(baseUrl);
    if (!urlProblem.isEmpty())
        return Cli::fail(ExitUsage, Cli::tr("profile %1: %2").arg(profileName, urlProblem));

    ExtractionResult extraction;
    int inputCode = ExitOk;
    if (!Cli::readIds(parser, parser.positionalArguments().value(0), &extraction, &inputCode))
        return inputCode;
    if (extraction.ids.isEmpty())
        return Cli::fail(ExitUsage, Cli::tr("no valid call ID found; nothing to do"));

    const int batches = TerminationJob::batchCountFor(extraction.ids.size(), options.batchSize);
    const int count = int(extraction.ids.size());
    if (parser.isSet(QStringLiteral("dry-run"))) {
        for (int b = 0; b < batches; ++b) {
            const int first = b * options.batchSize;
            const int size = qMin(options.batchSize, count - first);
            Cli::out(Cli::tr("batch %1/%2: %n ID(s), first %3", nullptr, size)
                         .arg(b + 1)
                         .arg(batches)
                         .arg(extraction.ids.at(first).toString()));
        }
        Cli::out(Cli::tr("Dry run: %n call(s) in %1 batch(es) would be sent to %2; nothing was sent.", nullptr, count)
                     .arg(batches)
                     .arg(baseUrl.toString()));
        return ExitOk;
    }

    QString key = qEnvironmentVariable("CALLSTOP_API_KEY").trimmed();
    if (key.isEmpty() && !profileId.isEmpty()) {
        QString error;
        key = readKeyFromKeychain(profileId, &error);
        if (key.isEmpty())
            return Cli::fail(ExitUsage,
                Cli::tr("profile %1: %2; set CALLSTOP_API_KEY or store the key in the console")
                    .arg(profileName, error));
    }
    if (key.isEmpty())
        return Cli::fail(ExitUsage, Cli::tr("no API key: set the environment variable CALLSTOP_API_KEY"));

    if (!parser.isSet(QStringLiteral("yes"))) {
        if (!::isatty(STDIN_FILENO))
            return Cli::fail(ExitUsage, Cli::tr("standard input is not a terminal, so nobody can confirm; add --yes"));
        Cli::err(Cli::tr("About to terminate %n call(s) in %1 batch(es) on %2 (%3).", nullptr, count)
                     .arg(batches)
                     .arg(profileName, baseUrl.toString()));
        Cli::err(Cli::tr("Only calls not yet connected are stopped; calls in progress are not hung up. "
                         "This cannot be undone."));
        std::fprintf(stderr, "%s", qPrintable(Cli::tr("Type the number of calls (%1) to confirm: ").arg(count)));
        std::fflush(stderr);
        std::string answer;
        if (!std::getline(std::cin, answer) || QString::fromStdString(answer).trimmed() != QString::number(count))
            return Cli::fail(ExitCancelled, Cli::tr("not confirmed; nothing was sent"));
    }

    ApiClient client;
    client.setBaseUrl(baseUrl);
    client.setApiKey(key);
    client.setTimeoutMs(timeoutMs);
    TerminationJob job(&client, extraction.ids, options);

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return Cli::fail(ExitFailed, Cli::tr("cannot set up signal handling"));
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    int interrupts = 0;
    QObject::connect(&notifier, &QSocketNotifier::activated, &job, [&] {
        char c;
        [[maybe_unused]] auto n = ::read(g_signalPipe[0], &c, 1);
        if (++interrupts == 1) {
            Cli::err(Cli::tr("Interrupted: finishing the batches in flight, sending nothing new "
                             "(press Ctrl+C again to abort them)."));
            job.cancel();
        } else {
            Cli::err(Cli::tr("Aborting the batches in flight; they end as unknown."));
            job.abort();
        }
    });
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    Cli::err(Cli::tr("Terminating %n call(s) in %1 batch(es) on %2, %3 in flight.", nullptr, count)
                 .arg(batches)
                 .arg(profileName)
                 .arg(job.options().concurrency));
    QObject::connect(
        &job, &TerminationJob::batchFinished, &job, [&](const BatchResult& b) { Cli::out(batchLine(b, batches)); });
    QEventLoop loop;
    QObject::connect(&job, &TerminationJob::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();

    const JobSummary& s = job.summary();
    int acceptedIds = 0;
    for (int i = 0; i < job.batchCount(); ++i) {
        if (job.batch(i).outcome == BatchOutcome::Accepted)
            acceptedIds += int(job.batch(i).ids.size());
    }
    Cli::out(Cli::tr("%n batch(es): ", nullptr, s.batches)
        + Cli::tr("%1 accepted (%n ID(s)), ", nullptr, acceptedIds).arg(s.accepted)
        + Cli::tr("%1 nothing terminable, %2 failed, %3 unknown, %4 refused, %5 not sent.")
              .arg(s.nothingTerminable)
              .arg(s.failed)
              .arg(s.unknown)
              .arg(s.unauthorized)
              .arg(s.notSent));
    if (options.checkCalls) {
        Cli::out(Cli::tr("Checked %n call(s): %1 terminated, %2 not terminable (already connected, finished or "
                         "unknown), %3 checks failed.",
            nullptr, s.callsChecked)
                     .arg(s.callsTerminated)
                     .arg(s.callsNotTerminable)
                     .arg(s.checksFailed));
    }
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    switch (s.ending) {
    case JobSummary::Ending::Unauthorized:
        return Cli::fail(ExitAuth, Cli::tr("the API key was refused (%1); nothing more was sent").arg(s.stopMessage));
    case JobSummary::Ending::Cancelled:
    case JobSummary::Ending::Aborted:
        return Cli::fail(ExitCancelled, Cli::tr("stopped before the end: %1").arg(s.stopMessage));
    default:
        break;
    }
    return s.failed + s.unknown > 0 ? ExitFailed : ExitOk;
}

} // namespace callstop::cli
