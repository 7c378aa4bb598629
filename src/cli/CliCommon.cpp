#include "CliCommon.h"

#include "csv/CsvImporter.h"
#include "util/Redactor.h"
#include "util/TextDecoding.h"

#include <QCommandLineParser>
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
        QString name = arg.section(QLatin1Char('='), 0, 0).toLower();
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

void Cli::addInputOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("csv"), tr("Read the call IDs from one column of a CSV file."), QStringLiteral("FILE")},
        {QStringLiteral("column"), tr("With --csv: the ID column, by header name or 1-based number."),
            QStringLiteral("NAME|NUMBER")},
        {QStringLiteral("separator"), tr("With --csv: the separator: , ; tab | (default: detected)."),
            QStringLiteral("C")},
        {QStringLiteral("encoding"), tr("With --csv: UTF-8, UTF-16LE, UTF-16BE or Windows-1252 (default: detected)."),
            QStringLiteral("NAME")},
        {QStringLiteral("header"), tr("With --csv: yes or no (default: detected)."), QStringLiteral("yes|no")},
    });
}

bool Cli::readIds(const QCommandLineParser& parser, const QString& textPath, ExtractionResult* result, int* code)
{
    *code = ExitUsage;
    const bool csv = parser.isSet(QStringLiteral("csv"));
    for (const char* name : {"column", "separator", "encoding", "header"}) {
        if (!csv && parser.isSet(QLatin1String(name))) {
            fail(ExitUsage, tr("--%1 goes with --csv FILE").arg(QLatin1String(name)));
            return false;
        }
    }
    if (!csv) {
        if (!extractFrom(textPath, result))
            return false;
        *code = ExitOk;
        return true;
    }
    if (!textPath.isEmpty()) {
        fail(ExitUsage, tr("give either --csv FILE or a text FILE, not both"));
        return false;
    }
    CsvImportOptions options;
    if (parser.isSet(QStringLiteral("encoding"))) {
        CsvDialect::Encoding encoding = CsvDialect::Encoding::Utf8;
        if (!CsvDialect::encodingFromName(parser.value(QStringLiteral("encoding")), &encoding)) {
            fail(ExitUsage,
                tr("unknown encoding '%1'; use one of %2")
                    .arg(parser.value(QStringLiteral("encoding")),
                        CsvDialect::encodingNames().join(QStringLiteral(", "))));
            return false;
        }
        options.encoding = encoding;
    }
    if (parser.isSet(QStringLiteral("separator"))) {
        char separator = ',';
        if (!CsvDialect::separatorFromName(parser.value(QStringLiteral("separator")), &separator)) {
            fail(ExitUsage,
                tr("'%1' cannot be a separator; use , ; tab or |").arg(parser.value(QStringLiteral("separator"))));
            return false;
        }
        options.separator = separator;
    }
    if (parser.isSet(QStringLiteral("header"))) {
        const QString h = parser.value(QStringLiteral("header")).toLower();
        if (h != QLatin1String("yes") && h != QLatin1String("no")) {
            fail(ExitUsage, tr("--header takes yes or no, not '%1'").arg(parser.value(QStringLiteral("header"))));
            return false;
        }
        options.hasHeader = h == QLatin1String("yes");
    }
    options.column = parser.value(QStringLiteral("column"));

    const QString path = parser.value(QStringLiteral("csv"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(ExitUsage, tr("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const CsvPlan plan = CsvImporter::plan(&file, options);
    if (!plan.ok()) {
        fail(ExitUsage, tr("%1: %2").arg(path, plan.error));
        return false;
    }
    err(tr("%1: %2").arg(path, plan.describe()));
    if (!plan.choice.isSettled()) {
        if (plan.choice.reason == ColumnChoice::Reason::Ambiguous)
            fail(ExitUsage,
                tr("%1: %2; name the call-ID column with --column NAME or --column NUMBER")
                    .arg(path, plan.choice.explanation()));
        else
            fail(ExitUsage, tr("%1: %2; name it with --column if it is there").arg(path, plan.choice.explanation()));
        return false;
    }
    if (options.column.isEmpty())
        err(tr("%1: call IDs from %2").arg(path, plan.choice.explanation()));
    else
        err(tr("%1: call IDs from %2, as asked").arg(path, plan.choice.names.value(plan.choice.column)));
    const CsvImportResult imported = CsvImporter::run(&file, plan.dialect, plan.choice.column);
    if (!imported.ok()) {
        fail(ExitUsage, tr("%1: %2").arg(path, imported.error));
        return false;
    }
    *result = imported.extraction;
    reportExtraction(*result, imported.duplicateCount, imported.invalidCount);
    if (imported.emptyCells > 0)
        err(tr("%n row(s) with an empty ID cell", nullptr, imported.emptyCells));
    *code = ExitOk;
    return true;
}

int runExtract(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Prints the unique call IDs found in FILE (or standard input), or in one column of a CSV file, normalised, "
        "one a line, in order of first appearance.\nA summary and every value that is not a valid ID, with its line "
        "number, go to standard error."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"), Cli::tr("Any text; - or nothing for standard input."), QStringLiteral("[FILE|-]"));
    Cli::addInputOptions(parser);
    QStringList args = arguments;
    args.prepend(QStringLiteral("callstop-cli extract"));
    if (!parser.parse(args))
        return Cli::fail(ExitUsage, parser.errorText() + Cli::tr("; see 'callstop-cli extract --help'"));
    if (parser.isSet(QStringLiteral("help"))) {
        Cli::out(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() > 1)
        return Cli::fail(ExitUsage, Cli::tr("extract takes one FILE (or - for standard input)"));
    ExtractionResult result;
    int code = ExitOk;
    if (!Cli::readIds(parser, parser.positionalArguments().value(0), &result, &code))
        return code;
    if (result.ids.isEmpty())
        return Cli::fail(ExitUsage, Cli::tr("no valid call ID found"));
    // Written in blocks of 64 KiB, not gathered first: a million IDs would be 37 MB more to hold.
    constexpr int LineLength = CallId::TextLength + 1;
    char block[1820 * LineLength];
    std::size_t used = 0;
    for (const CallId& id : std::as_const(result.ids)) {
        id.writeCanonical(block + used);
        block[used + CallId::TextLength] = '\n';
        used += LineLength;
        if (used == sizeof(block)) {
            std::fwrite(block, 1, used, stdout);
            used = 0;
        }
    }
    std::fwrite(block, 1, used, stdout);
    std::fflush(stdout);
    return ExitOk;
}

} // namespace callstop::cli
