#include "CliCommon.h"
#include "CliTarget.h"
#include "JobRunner.h"

#include "api/ApiClient.h"
#include "jobs/JobSession.h"
#include "profiles/ProfileStore.h"
#include "secrets/KeychainCredentialStore.h"
#include "util/AppSettings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QSysInfo>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <limits>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

namespace callstop::cli {

int runTerminate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Terminates the calls whose IDs are found in FILE (or standard input), in batches of at most 100; or, with "
        "--numbers, --campaign or --agent, the calls to some numbers, of a campaign or of an agent.\n"
        "The API key comes from the environment variable CALLSTOP_API_KEY or from the profile's key in the "
        "keychain, never from an argument.\n"
        "Only calls that have not connected yet are stopped; calls already in progress are not hung up.\n"
        "Every batch is recorded in a journal (resumable with 'callstop-cli resume') and in the audit log.\n"
        "Exit codes: 0 every batch accepted or nothing terminable; 1 some batch failed or is unknown; 2 bad usage\n"
        "or input; 3 the key was refused; 4 cancelled (Ctrl+C finishes what is in flight and sends nothing new);\n"
        "5 the journal or the audit log could not be written (disk full, write error): nothing was sent after that."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
        Cli::tr("Text with call IDs; - or nothing for standard input."), QStringLiteral("[FILE|-]"));
    parser.addOptions({
        {QStringLiteral("base-url"), Cli::tr("API base URL, e.g. https://prod-api.revenueable.ai/ca/api/v0."),
            QStringLiteral("URL")},
        {QStringLiteral("profile"), Cli::tr("A profile of the console (its URL and stored key)."),
            QStringLiteral("NAME")},
        {QStringLiteral("batch-size"), Cli::tr("IDs per request, 1 to 100 (default 100)."), QStringLiteral("N")},
        {QStringLiteral("dry-run"), Cli::tr("Show the batches that would be sent and send nothing.")},
        {QStringLiteral("max-ids"),
            Cli::tr("Largest job sent without a question (default 1000000, or the console's setting); with --yes a "
                    "larger job is refused."),
            QStringLiteral("N")},
        {QStringLiteral("journal"), Cli::tr("The job's journal (default: a new file in the data folder)."),
            QStringLiteral("FILE")},
    });
    addJobOptions(parser);
    addScopeOptions(parser);
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

    JobOptions options;
    int timeoutMs = 0;
    if (!parseBounded(parser, QStringLiteral("batch-size"), 1, ApiClient::MaxIdsPerRequest, &options.batchSize)
        || !readJobOptions(parser, &options, &timeoutMs))
        return ExitUsage;

    // Where to send, before reading anything: a bad URL must not cost the operator a long read.
    Target target;
    int targetCode = ExitOk;
    if (!resolveTarget(parser, &target, &targetCode))
        return targetCode;
    if (isScopeTermination(parser))
        return runScopeTermination(parser, target, options, timeoutMs);

    ExtractionResult extraction;
    int inputCode = ExitOk;
    if (!Cli::readIds(parser, parser.positionalArguments().value(0), &extraction, &inputCode))
        return inputCode;
    if (extraction.ids.isEmpty())
        return Cli::fail(ExitUsage, Cli::tr("no valid call ID found; nothing to do"));

    const int batches = TerminationJob::batchCountFor(extraction.ids.size(), options.batchSize);
    const int count = int(extraction.ids.size());
    int limit = 0;
    {
        auto settings = AppSettings::open();
        limit = AppSettings::jobSizeLimit(settings.get());
    }
    if (!parseBounded(parser, QStringLiteral("max-ids"), 1, std::numeric_limits<int>::max(), &limit))
        return ExitUsage;
    const bool overLimit = count > limit;
    if (overLimit && parser.isSet(QStringLiteral("yes")) && !parser.isSet(QStringLiteral("dry-run")))
        return Cli::fail(ExitUsage,
            Cli::tr("%1 IDs is more than the job-size limit of %2; nothing was sent. If all of them are meant, "
                    "pass --max-ids %1.")
                .arg(count)
                .arg(limit));
    if (parser.isSet(QStringLiteral("dry-run"))) {
        for (int b = 0; b < batches; ++b) {
            const int first = b * options.batchSize;
            const int size = qMin(options.batchSize, count - first);
            Cli::out(Cli::tr("batch %1/%2: %n ID(s), first %3", nullptr, size)
                         .arg(b + 1)
                         .arg(batches)
                         .arg(extraction.ids.at(first).toString()));
        }
        Cli::out(Cli::tr("Dry run: %n call(s)", nullptr, count) + Cli::tr(" in %n batch(es)", nullptr, batches)
            + Cli::tr(" would be sent to %1; nothing was sent.").arg(target.baseUrl.toString()));
        return ExitOk;
    }

    QString key;
    int code = ExitOk;
    if (!keyFor(target, &key, &code))
        return code;
    if (!parser.isSet(QStringLiteral("yes"))) {
        if (!::isatty(STDIN_FILENO))
            return Cli::fail(ExitUsage, Cli::tr("standard input is not a terminal, so nobody can confirm; add --yes"));
        if (overLimit)
            Cli::err(Cli::tr("Warning: %1 IDs is more than the job-size limit of %2.").arg(count).arg(limit));
        if (!confirm(count, batches, target))
            return Cli::fail(ExitCancelled, Cli::tr("not confirmed; nothing was sent"));
    }

    auto client = setUpClient(parser, target, key, timeoutMs, &code);
    if (!client)
        return code;
    JobSession session(std::move(client), contextFor(target, parser.value(QStringLiteral("journal"))));
    QString error;
    if (!session.start(BatchPayload::forCallIds(extraction.ids), options, &error))
        return Cli::fail(ExitUsage, error);
    return runJob(session, target, parser.value(QStringLiteral("report")));
}

int runJobs(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Lists the job journals in DIR (default: the data folder) with their "
                                             "progress. Unfinished jobs can be completed with 'callstop-cli resume'."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), Cli::tr("Folder of journals."), QStringLiteral("[DIR]"));
    QStringList args = arguments;
    args.prepend(QStringLiteral("callstop-cli jobs"));
    if (!parser.parse(args))
        return Cli::fail(ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        Cli::out(parser.helpText());
        return ExitOk;
    }
    const QString dir = parser.positionalArguments().value(0, JobJournal::defaultDirectory());
    const QList<JournalState> journals = JobJournal::list(dir);
    if (journals.isEmpty()) {
        Cli::err(Cli::tr("no journals in %1").arg(dir));
        return ExitOk;
    }
    for (const JournalState& j : journals) {
        using S = JournalState::BatchState;
        Cli::out(Cli::tr("%1  %2  %3  %4 batches: %5 confirmed, %6 probably applied, %7 failed, %8 unknown, %9 not "
                         "sent  %10")
                     .arg(j.path, j.header.created.toString(Qt::ISODate), j.header.profile)
                     .arg(j.batches.size())
                     .arg(j.count(S::Confirmed))
                     .arg(j.count(S::ProbablyApplied))
                     .arg(j.count(S::Failed))
                     .arg(j.count(S::Unknown))
                     .arg(j.count(S::NotSent))
                     .arg(j.finished ? j.ending : (j.needsResume() ? Cli::tr("UNFINISHED") : Cli::tr("interrupted"))));
    }
    return ExitOk;
}

int runResume(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Completes a job from its journal: sends again the batches that were in flight (unknown) and those never "
        "sent; confirmed batches are not sent again. The key comes from the keychain entry of the journal's profile "
        "(or of --profile) and goes only to that profile's URL; with CALLSTOP_API_KEY the URL must be confirmed "
        "with --base-url. A journal whose URL is not that URL is refused."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Cli::tr("The job's journal."));
    parser.addOptions({
        {QStringLiteral("profile"),
            Cli::tr("Resume with this profile of the console (its URL and stored key) instead of the journal's "
                    "profile; its URL must be the journal's."),
            QStringLiteral("NAME")},
        {QStringLiteral("base-url"),
            Cli::tr("With CALLSTOP_API_KEY: the URL the key may go to, which must be the journal's (required, since "
                    "that key belongs to no profile)."),
            QStringLiteral("URL")},
    });
    addJobOptions(parser);
    QStringList args = arguments;
    args.prepend(QStringLiteral("callstop-cli resume"));
    if (!parser.parse(args))
        return Cli::fail(ExitUsage, parser.errorText() + Cli::tr("; see 'callstop-cli resume --help'"));
    if (parser.isSet(QStringLiteral("help"))) {
        Cli::out(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return Cli::fail(ExitUsage, Cli::tr("resume takes one JOURNAL; 'callstop-cli jobs' lists them"));
    JobOptions options;
    int timeoutMs = 0;
    if (!readJobOptions(parser, &options, &timeoutMs))
        return ExitUsage;
    const QString path = parser.positionalArguments().first();
    QString error;
    const ResumePlan plan = JobSession::planResume(path, &error);
    if (!error.isEmpty())
        return Cli::fail(ExitUsage, error);
    const JournalState& state = plan.state;
    using S = JournalState::BatchState;
    Cli::err(Cli::tr("%1: %2 batches: %3 confirmed, %4 probably applied, %5 failed, %6 unknown, %7 not sent%8")
                 .arg(path)
                 .arg(state.batches.size())
                 .arg(state.count(S::Confirmed))
                 .arg(state.count(S::ProbablyApplied))
                 .arg(state.count(S::Failed))
                 .arg(state.count(S::Unknown))
                 .arg(state.count(S::NotSent))
                 .arg(state.damagedTail ? Cli::tr(" (its last line was cut by a crash)") : QString()));
    if (state.inUse)
        return Cli::fail(ExitUsage, Cli::tr("the job of %1 is running in another process right now").arg(path));
    if (plan.isEmpty()) {
        Cli::err(Cli::tr("nothing to resume"));
        return state.count(S::Failed) > 0 ? ExitFailed : ExitOk;
    }
    // Where the key goes comes from whoever holds it, never from the journal (JobSession::checkResumeUrl).
    const bool keyFromEnvironment = !qEnvironmentVariable("CALLSTOP_API_KEY").trimmed().isEmpty();
    if (parser.isSet(QStringLiteral("base-url")) && parser.isSet(QStringLiteral("profile")))
        return Cli::fail(ExitUsage, Cli::tr("name at most one of --base-url URL or --profile NAME"));
    Target target;
    if (parser.isSet(QStringLiteral("base-url"))) {
        if (!keyFromEnvironment)
            return Cli::fail(ExitUsage,
                Cli::tr("--base-url confirms where the key of CALLSTOP_API_KEY goes, and it is not set; a stored key "
                        "goes to its profile's URL (--profile NAME, or the journal's profile)"));
        target.baseUrl = QUrl(parser.value(QStringLiteral("base-url")), QUrl::StrictMode);
        target.profileName = target.baseUrl.host();
    } else {
        if (keyFromEnvironment && !parser.isSet(QStringLiteral("profile")))
            return Cli::fail(ExitUsage,
                Cli::tr("the key in CALLSTOP_API_KEY belongs to no profile: confirm where it goes with --base-url "
                        "(the journal was written for %1), or name a profile with --profile NAME")
                    .arg(state.header.baseUrl));
        const QString name
            = parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile")) : state.header.profile;
        auto settings = AppSettings::open();
        ProfileStore profiles(settings.get());
        const auto profile = profiles.findByName(name);
        if (!profile)
            return Cli::fail(ExitUsage,
                Cli::tr("no profile named '%1' here; name one with --profile NAME, or set CALLSTOP_API_KEY and "
                        "confirm the URL with --base-url")
                    .arg(name));
        if (profile->isSandbox())
            return Cli::fail(ExitUsage,
                Cli::tr("the Sandbox profile lives inside the console and restarts with it; its jobs cannot be "
                        "resumed from the command line"));
        target.baseUrl = profile->baseUrl;
        target.profileName = profile->name;
        target.profileId = profile->id;
        target.network = profile->network;
    }
    const QString urlProblem = ApiClient::checkBaseUrl(target.baseUrl);
    if (!urlProblem.isEmpty())
        return Cli::fail(ExitUsage, Cli::tr("profile %1: %2").arg(target.profileName, urlProblem));
    const QString owner
        = target.profileId.isEmpty() ? Cli::tr("--base-url") : Cli::tr("the profile %1").arg(target.profileName);
    const QString mismatch = JobSession::checkResumeUrl(state.header, target.baseUrl, owner);
    if (!mismatch.isEmpty())
        return Cli::fail(ExitUsage, mismatch);
    QString key;
    int code = ExitOk;
    if (!keyFor(target, &key, &code))
        return code;
    if (!parser.isSet(QStringLiteral("yes"))) {
        if (!::isatty(STDIN_FILENO))
            return Cli::fail(ExitUsage, Cli::tr("standard input is not a terminal, so nobody can confirm; add --yes"));
        if (!confirm(plan.itemCount, int(plan.batches.size()), target))
            return Cli::fail(ExitCancelled, Cli::tr("not confirmed; nothing was sent"));
    }
    auto client = setUpClient(parser, target, key, timeoutMs, &code);
    if (!client)
        return code;
    JobSession session(std::move(client), contextFor(target));
    if (!session.resume(plan, options, &error))
        return Cli::fail(ExitUsage, error);
    return runJob(session, target, parser.value(QStringLiteral("report")));
}

} // namespace callstop::cli
