#include "JobRunner.h"

#include "api/ApiClient.h"
#include "jobs/JobSession.h"

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

QString batchLine(const BatchResult& b, int total)
{
    QString line = Cli::tr("batch %1/%2: %3").arg(b.index + 1).arg(total).arg(BatchOutcomes::displayName(b.outcome));
    if (b.httpStatus > 0)
        line += Cli::tr(", HTTP %1").arg(b.httpStatus);
    switch (b.payload.kind) {
    case ScopeKind::CallIds:
        line += Cli::tr(", %n ID(s)", nullptr, int(b.itemCount()));
        break;
    case ScopeKind::Numbers:
    case ScopeKind::CampaignNumbers:
        line += Cli::tr(", %n number(s)", nullptr, int(b.itemCount()));
        break;
    case ScopeKind::Campaign:
    case ScopeKind::Agent:
        line += QStringLiteral(", ") + ScopeKinds::displayName(b.payload.kind) + QLatin1Char(' ')
            + b.payload.scopeText();
        break;
    }
    if (b.attempts > 1)
        line += Cli::tr(", %n attempt(s)", nullptr, b.attempts);
    if (b.outcome != BatchOutcome::NotSent)
        line += Cli::tr(", %1 ms").arg(b.elapsedMs);
    if (!b.message.isEmpty())
        line += QStringLiteral(": ") + b.message;
    return line;
}

// "batches 1-4: Accepted", one line per run of batches (by their number in the job) in the same state.
QStringList batchStateLines(const TerminationJob& job)
{
    QStringList lines;
    int first = 0;
    for (int slot = 1; slot <= job.batchCount(); ++slot) {
        if (slot < job.batchCount() && job.batch(slot).outcome == job.batch(first).outcome
            && job.batch(slot).index == job.batch(slot - 1).index + 1)
            continue;
        const int from = job.batch(first).index + 1;
        const int to = job.batch(slot - 1).index + 1;
        const QString state = BatchOutcomes::displayName(job.batch(first).outcome);
        lines.append(from == to ? Cli::tr("  batch %1: %2").arg(from).arg(state)
                                : Cli::tr("  batches %1-%2: %3").arg(from).arg(to).arg(state));
        first = slot;
    }
    return lines;
}

} // namespace

void addJobOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("yes"), Cli::tr("Do not ask for confirmation.")},
        {QStringLiteral("concurrency"), Cli::tr("Requests in flight, 1 to 16 (default 4)."), QStringLiteral("N")},
        {QStringLiteral("timeout-ms"),
            Cli::tr("Deadline of each request in ms, from sending to the last byte of the answer, however slowly it "
                    "comes (default 30000)."),
            QStringLiteral("N")},
        {QStringLiteral("max-attempts"), Cli::tr("Attempts per batch, 1 to 20 (default 5)."), QStringLiteral("N")},
        {QStringLiteral("check-calls"), Cli::tr("After each accepted batch, ask the status of each of its calls.")},
        {QStringLiteral("report"), Cli::tr("Write the final state of every ID to FILE (CSV)."), QStringLiteral("FILE")},
        {QStringLiteral("ca-file"), Cli::tr("Also trust the CA certificates in FILE (PEM), e.g. a corporate proxy's."),
            QStringLiteral("FILE")},
        {QStringLiteral("proxy"),
            Cli::tr("Proxy to use: http://host:port, socks5://host:port, or 'direct' (default: the profile's, else "
                    "the system's)."),
            QStringLiteral("URL")},
    });
}

bool confirm(int count, int batches, const Target& target)
{
    Cli::err(Cli::tr("About to terminate %n call(s)", nullptr, count) + Cli::tr(" in %n batch(es)", nullptr, batches)
        + Cli::tr(" on %1 (%2).").arg(target.profileName, target.baseUrl.toString()));
    Cli::err(Cli::tr("Only calls not yet connected are stopped; calls in progress are not hung up. "
                     "This cannot be undone."));
    std::fprintf(stderr, "%s", qPrintable(Cli::tr("Type the number of calls (%1) to confirm: ").arg(count)));
    std::fflush(stderr);
    std::string answer;
    return std::getline(std::cin, answer) && QString::fromStdString(answer).trimmed() == QString::number(count);
}

// Runs a session's job to its end with signal handling, progress lines, the summary and the report; returns the
// exit code.
int runJob(JobSession& session, const Target& target, const QString& reportPath)
{
    TerminationJob& job = *session.job();
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return Cli::fail(ExitFailed, Cli::tr("cannot set up signal handling"));
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    int interrupts = 0;
    QObject::connect(&notifier, &QSocketNotifier::activated, &job, [&] {
        char c = 0;
        [[maybe_unused]] auto n = ::read(g_signalPipe[0], &c, 1);
        if (++interrupts == 1) {
            Cli::err(Cli::tr("Interrupted: finishing the batches in flight, sending nothing new "
                             "(press Ctrl+C again to abort them)."));
            session.cancel();
        } else {
            Cli::err(Cli::tr("Aborting the batches in flight; they end as unknown."));
            session.abort();
        }
    });
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    const int total = job.batchCount();
    const QString what = job.kind() == ScopeKind::CallIds
        ? Cli::tr("Terminating %n call(s)", nullptr, job.idCount())
        : Cli::tr("Terminating by scope: %1, %n item(s)", nullptr, job.idCount())
              .arg(ScopeKinds::displayName(job.kind()));
    Cli::err(what + Cli::tr(" in %n batch(es)", nullptr, total)
        + Cli::tr(" on %1, %2 in flight; journal %3")
              .arg(target.profileName)
              .arg(job.options().concurrency)
              .arg(session.journalPath()));
    QObject::connect(
        &job, &TerminationJob::batchFinished, &job, [&](const BatchResult& b) { Cli::out(batchLine(b, total)); });
    QObject::connect(
        &job, &TerminationJob::batchRetrying, &job, [&](int slot, int next, qint64 delay, const QString& reason) {
            Cli::err(Cli::tr("batch %1: attempt %2 in %3 ms after: %4")
                         .arg(job.batch(slot).index + 1)
                         .arg(next)
                         .arg(delay)
                         .arg(reason));
        });
    QObject::connect(&session, &JobSession::recordingFailed, &job, [&](const QString& error, int inFlight) {
        Cli::err(Cli::tr(
            "recording failed: %1; sending nothing more, finishing the %n request(s) in flight.", nullptr, inFlight)
                     .arg(error));
    });
    QEventLoop loop;
    QObject::connect(&job, &TerminationJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);

    const JobSummary& s = job.summary();
    const int acceptedIds = session.acceptedItems();
    Cli::out(Cli::tr("%n batch(es): ", nullptr, s.batches)
        + (job.kind() == ScopeKind::CallIds ? Cli::tr("%1 accepted (%n ID(s)), ", nullptr, acceptedIds).arg(s.accepted)
                                            : Cli::tr("%1 accepted, ").arg(s.accepted))
        + Cli::tr("%1 nothing terminable, %2 probably applied, %3 failed, %4 unknown, %5 refused, %6 not sent; ")
              .arg(s.nothingTerminable)
              .arg(s.probablyApplied)
              .arg(s.failed)
              .arg(s.unknown)
              .arg(s.unauthorized)
              .arg(s.notSent)
        + Cli::tr("%n request(s).", nullptr, s.requests));
    if (job.options().checkCalls) {
        Cli::out(Cli::tr("Checked %n call(s): %1 terminated, %2 not terminable (already connected, finished or "
                         "unknown), %3 checks failed.",
            nullptr, s.callsChecked)
                     .arg(s.callsTerminated)
                     .arg(s.callsNotTerminable)
                     .arg(s.checksFailed));
    }
    if (s.unknown > 0)
        Cli::err(Cli::tr("Batches in an unknown state may have been applied; 'callstop-cli resume %1' sends them "
                         "again, which is safe.")
                     .arg(session.journalPath()));
    if (s.probablyApplied > 0)
        Cli::err(job.options().checkCalls
                ? Cli::tr("Batches probably applied by an earlier attempt (whose answer was lost) were checked call "
                          "by call; the report says what each call became.")
                : Cli::tr("Batches probably applied by an earlier attempt: its answer was lost, and a later attempt "
                          "found nothing left to terminate (or failed). Run with --check-calls to confirm each call."));
    if (s.ending == JobSummary::Ending::RecordingFailed) {
        Cli::err(session.recordingFailureText());
        Cli::err(Cli::tr("State of each batch:"));
        for (const QString& line : batchStateLines(job))
            Cli::err(line);
    }
    // The other file too, when both failed (the one that stopped the job is named above).
    const QString stoppedBy = s.ending == JobSummary::Ending::RecordingFailed ? s.stopMessage : QString();
    for (const QString& error : {session.journalError(), session.auditError()}) {
        if (!error.isEmpty() && error != stoppedBy)
            Cli::err(Cli::tr("warning: %1").arg(error));
    }

    if (!reportPath.isEmpty()) {
        const QList<ReportRow> rows = session.reportRows();
        QString error;
        if (!ResultsReport::write(reportPath, rows, &error))
            Cli::err(Cli::tr("warning: %1").arg(error));
        else
            Cli::err(Cli::tr("report written to %1").arg(reportPath));
    }

    switch (s.ending) {
    case JobSummary::Ending::Unauthorized:
        return Cli::fail(ExitAuth, Cli::tr("the API key was refused (%1); nothing more was sent").arg(s.stopMessage));
    case JobSummary::Ending::Cancelled:
    case JobSummary::Ending::Aborted:
        return Cli::fail(ExitCancelled, Cli::tr("stopped before the end: %1").arg(s.stopMessage));
    case JobSummary::Ending::RecordingFailed:
        return Cli::fail(ExitRecording, Cli::tr("recording failed; nothing was sent after that"));
    default:
        break;
    }
    // Probably applied is final and no failure: nothing is left to send (exit 0, said above).
    return s.failed + s.unknown > 0 ? ExitFailed : ExitOk;
}

SessionContext contextFor(const Target& target, const QString& journalPath)
{
    SessionContext context;
    context.profileName = target.profileName;
    context.baseUrl = target.baseUrl;
    context.journalPath = journalPath;
    return context;
}

bool readJobOptions(const QCommandLineParser& parser, JobOptions* options, int* timeoutMs)
{
    options->checkCalls = parser.isSet(QStringLiteral("check-calls"));
    *timeoutMs = ApiClient::DefaultTimeoutMs;
    return parseBounded(parser, QStringLiteral("concurrency"), 1, 16, &options->concurrency)
        && parseBounded(parser, QStringLiteral("timeout-ms"), 100, 600000, timeoutMs)
        && parseBounded(parser, QStringLiteral("max-attempts"), 1, 20, &options->retry.maxAttempts);
}

} // namespace callstop::cli
