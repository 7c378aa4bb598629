#pragma once

#include "ids/IdExtractor.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace callstop::cli {

enum ExitCode {
    ExitOk = 0, // every batch accepted or nothing terminable
    ExitFailed = 1, // some batch failed or is unknown
    ExitUsage = 2, // bad usage or input
    ExitAuth = 3, // the key was refused
    ExitCancelled = 4, // stopped by the operator
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

    // The key never comes from an argument; returns the offending option, if any.
    static QString keyLikeOption(const QStringList& arguments);
};

int runExtract(const QStringList& arguments);
int runTerminate(const QStringList& arguments);

} // namespace callstop::cli
