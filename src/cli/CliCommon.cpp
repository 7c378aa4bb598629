#include "CliCommon.h"

#include "util/Redactor.h"
#include "util/TextDecoding.h"

#include <QFile>

#include <cstdio>

namespace callstop::cli {

void Cli::out(const QString& line)
{
    const QByteArray bytes = Redactor::redact(line).toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void Cli::err(const QString& line)
{
    const QByteArray bytes = Redactor::redact(line).toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

int Cli::fail(int code, const QString& message)
{
    err(QStringLiteral("callstop-cli: %1").arg(message));
    return code;
}

QString Cli::keyLikeOption(const QStringList& arguments)
{
    static const QStringList forbidden = {QStringLiteral("--api-key"), QStringLiteral("--apikey"),
        QStringLiteral("--key"), QStringLiteral("--token"), QStringLiteral("--x-api-key"), QStringLiteral("-k")};
    for (const QString& arg : arguments) {
        if (arg == QLatin1String("--"))
            break;
        const QString name = arg.section(QLatin1Char('='), 0, 0).toLower();
        if (forbidden.contains(name))
            return name;
    }
    return {};
}

bool Cli::extractFrom(const QString& path, ExtractionResult* result)
{
    QFile file;
    QString name;
    if (path.isEmpty() || path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            fail(ExitUsage, tr("cannot read standard input"));
            return false;
        }
        name = tr("standard input");
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(ExitUsage, tr("cannot read %1: %2").arg(path, file.errorString()));
            return false;
        }
        name = path;
    }
    const DecodedText decoded = TextDecoding::read(&file, name);
    if (!decoded.ok()) {
        fail(ExitUsage, tr("%1 was refused: %2").arg(name, decoded.error));
        return false;
    }
    IdExtractor extractor;
    extractor.addText(decoded.text);
    const int duplicates = extractor.duplicateCount();
    const int nearMisses = extractor.nearMissCount();
    *result = extractor.takeResult();
    reportExtraction(*result, duplicates, nearMisses);
    return true;
}

void Cli::reportExtraction(const ExtractionResult& result, int duplicateCount, int nearMissCount)
{
    for (const NearMiss& miss : result.nearMisses)
        err(tr("line %1: not valid: %2 (%3)").arg(miss.line).arg(miss.text, miss.reason));
    if (nearMissCount > result.nearMisses.size())
        err(tr("... and %n more not valid", nullptr, int(nearMissCount - result.nearMisses.size())));
    err(tr("%n call ID(s) found", nullptr, int(result.ids.size()))
        + tr(", %n duplicate(s) skipped", nullptr, duplicateCount) + tr(", %n not valid", nullptr, nearMissCount));
}

int runExtract(const QStringList& arguments)
{
    QStringList files;
    for (const QString& arg : arguments) {
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            Cli::out(Cli::tr("Usage: callstop-cli extract [FILE|-]\n\n"
                             "Prints the unique call IDs found in FILE (or standard input), normalised, one a line, "
                             "in order of first appearance.\nA summary and every near miss with its line number go "
                             "to standard error."));
            return ExitOk;
        }
        if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-"))
            return Cli::fail(
                ExitUsage, Cli::tr("extract: unknown option '%1'; see 'callstop-cli extract --help'").arg(arg));
        files.append(arg);
    }
    if (files.size() > 1)
        return Cli::fail(ExitUsage, Cli::tr("extract takes one FILE (or - for standard input)"));
    ExtractionResult result;
    if (!Cli::extractFrom(files.value(0), &result))
        return ExitUsage;
    if (result.ids.isEmpty())
        return Cli::fail(ExitUsage, Cli::tr("no valid call ID found"));
    QByteArray out;
    out.reserve(result.ids.size() * (CallId::TextLength + 1));
    char buffer[CallId::TextLength];
    for (const CallId& id : std::as_const(result.ids)) {
        id.writeCanonical(buffer);
        out.append(buffer, CallId::TextLength);
        out.append('\n');
    }
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
    std::fflush(stdout);
    return ExitOk;
}

} // namespace callstop::cli
