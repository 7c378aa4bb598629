#pragma once

#include "CliTarget.h"
#include "jobs/JobSession.h"

class QCommandLineParser;

namespace callstop::cli {

// What every command that runs a job shares: its options, the typed confirmation, and running the job to its end.
void addJobOptions(QCommandLineParser& parser);
bool readJobOptions(const QCommandLineParser& parser, JobOptions* options, int* timeoutMs);
// "Type the number of calls (N) to confirm": true when the operator typed it.
bool confirm(int count, int batches, const Target& target);
SessionContext contextFor(const Target& target, const QString& journalPath = {});
// Runs a session's job to its end with signal handling (Ctrl+C cancels, twice aborts), progress lines, the summary
// and the report; returns the exit code.
int runJob(JobSession& session, const Target& target, const QString& reportPath);

// terminate --numbers FILE [--region CC] [--campaign ID], --campaign ID, --agent ID (src/cli/ScopeTerminate.cpp).
void addScopeOptions(QCommandLineParser& parser);
bool isScopeTermination(const QCommandLineParser& parser);
int runScopeTermination(
    const QCommandLineParser& parser, const Target& target, const JobOptions& options, int timeoutMs);

} // namespace callstop::cli
