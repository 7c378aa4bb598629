#pragma once

#include "ids/IdExtractor.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace callstop::cli {

enum ExitCode {
    ExitOk = 0, // every batch accepted or nothing terminable
    ExitFailed = 1, // some batch failed or is unknown
    ExitUsage = 2, // bad usage or input
    ExitAuth = 3, // the key was refused
    ExitCancelled = 4, // stopped by the operator
    ExitRecording = 5, // the journal or the audit log could not be written: nothing was sent after that
};

class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(callstop::cli::Cli)

public:
    static void out(const QString& line);
    static void err(const QString& line);
    // "callstop-cli: <message>" on stderr, returns code.
    static int fail(int code, const QString& message);

    // Reads FILE or stdin ("-" or nothing) and extracts IDs; reports near misses on stderr.
    // Returns false (after printing why) when the input cannot be read.
    static bool extractFrom(const QString& path, ExtractionResult* result);
    static void reportExtraction(const ExtractionResult& result, int duplicateCount, int nearMissCount);

    // --csv FILE, --column, --separator, --encoding: the same options for every command that reads IDs.
    static void addInputOptions(QCommandLineParser& parser);
    // Reads the IDs named by the options: the CSV file's ID column, or every ID in the text of FILE or stdin.
    // Prints what it did and why it refused on stderr; returns false with the exit code set.
    static bool readIds(const QCommandLineParser& parser, const QString& textPath, ExtractionResult* result, int* code);

    // The key never comes from an argument; returns the offending option, if any.
    static QString keyLikeOption(const QStringList& arguments);
};

int runExtract(const QStringList& arguments);
int runTerminate(const QStringList& arguments);
int runJobs(const QStringList& arguments);
int runResume(const QStringList& arguments);
int runFind(const QStringList& arguments);
int runCampaigns(const QStringList& arguments);
int runAgents(const QStringList& arguments);

} // namespace callstop::cli
