// callstop-cli find, campaigns and agents: the look-ups that come before a termination, written to standard output
// as they arrive (CSV, or bare call IDs to pipe into 'terminate').
#include "CliCommon.h"
#include "CliTarget.h"

#include "api/ApiClient.h"
#include "lookup/LookupReader.h"
#include "numbers/PhoneNumber.h"
#include "numbers/PhoneRegions.h"
#include "util/CsvOutput.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace callstop::cli {

namespace {

int g_interruptPipe[2] = {-1, -1};

void onInterrupt(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_interruptPipe[1], &c, 1);
}

void write(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void addConnectionOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("base-url"), Cli::tr("API base URL, e.g. https://prod-api.revenueable.ai/ca/api/v0."),
            QStringLiteral("URL")},
        {QStringLiteral("profile"), Cli::tr("A profile of the console (its URL and stored key)."),
            QStringLiteral("NAME")},
        {QStringLiteral("timeout-ms"), Cli::tr("Deadline of each page's request in ms (default 30000)."),
            QStringLiteral("N")},
        {QStringLiteral("interval-ms"),
            Cli::tr("At least this long between two pages, 0 to 60000 (default 200: five pages a second)."),
            QStringLiteral("N")},
        {QStringLiteral("page-size"), Cli::tr("Records asked for per page (default 200; agents at most 100)."),
            QStringLiteral("N")},
        {QStringLiteral("max"), Cli::tr("Stop after this many records (default 1000000)."), QStringLiteral("N")},
        {QStringLiteral("ca-file"), Cli::tr("Also trust the CA certificates in FILE (PEM), e.g. a corporate proxy's."),
            QStringLiteral("FILE")},
        {QStringLiteral("proxy"), Cli::tr("Proxy to use: http://host:port, socks5://host:port, or 'direct'."),
            QStringLiteral("URL")},
    });
}

// Parses the command line of a look-up; null with code set when it cannot run.
std::unique_ptr<ApiClient> prepare(QCommandLineParser& parser, const QString& command, const QStringList& arguments,
    LookupReader::Options* options, int maxPageSize, int* code)
{
    parser.addHelpOption();
    QStringList args = arguments;
    args.prepend(QStringLiteral("callstop-cli ") + command);
    if (!parser.parse(args)) {
        *code = Cli::fail(ExitUsage, parser.errorText() + Cli::tr("; see 'callstop-cli %1 --help'").arg(command));
        return nullptr;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Cli::out(parser.helpText());
        *code = ExitOk;
        return nullptr;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *code = Cli::fail(ExitUsage, Cli::tr("%1 takes no FILE; see 'callstop-cli %1 --help'").arg(command));
        return nullptr;
    }
    int timeoutMs = ApiClient::DefaultTimeoutMs;
    if (!parseBounded(parser, QStringLiteral("timeout-ms"), 100, 600000, &timeoutMs)
        || !parseBounded(parser, QStringLiteral("interval-ms"), 0, 60000, &options->minIntervalMs)
        || !parseBounded(parser, QStringLiteral("page-size"), 1, maxPageSize, &options->pageSize)
        || !parseBounded(parser, QStringLiteral("max"), 1, 100000000, &options->maxRecords)) {
        *code = ExitUsage;
        return nullptr;
    }
    options->pageSize = qMin(options->pageSize, maxPageSize);
    Target target;
    QString key;
    if (!resolveTarget(parser, &target, code) || !keyFor(target, &key, code))
        return nullptr;
    return setUpClient(parser, target, key, timeoutMs, code);
}

// Runs a reading to its end; Ctrl+C cancels it. Returns the exit code, after the summary on standard error.
int runReading(LookupReader& reader, const std::function<void()>& start, const QString& what)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_interruptPipe) != 0)
        return Cli::fail(ExitFailed, Cli::tr("cannot set up signal handling"));
    QSocketNotifier notifier(g_interruptPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &reader, [&] {
        char c = 0;
        [[maybe_unused]] auto n = ::read(g_interruptPipe[0], &c, 1);
        Cli::err(Cli::tr("interrupted: stopping after the page in flight"));
        reader.cancel();
    });
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const bool tty = ::isatty(STDERR_FILENO) != 0;
    QObject::connect(&reader, &LookupReader::progress, &reader, [&](int records, qint64 total) {
        if (!tty)
            return;
        const QString line = total >= 0 ? Cli::tr("%1 of %2 %3…").arg(records).arg(total).arg(what)
                                        : Cli::tr("%1 %2…").arg(records).arg(what);
        std::fprintf(stderr, "\r%s", qPrintable(line));
        std::fflush(stderr);
    });
    QEventLoop loop;
    LookupResult result;
    QObject::connect(&reader, &LookupReader::finished, &loop, [&](const LookupResult& r) {
        result = r;
        loop.quit();
    });
    start();
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    ::close(g_interruptPipe[0]);
    ::close(g_interruptPipe[1]);
    if (tty)
        std::fprintf(stderr, "\n");
    Cli::err(Cli::tr("%1 %2 in %n page(s)", nullptr, result.pages).arg(result.records).arg(what)
        + Cli::tr(", %n request(s)", nullptr, result.requests));
    switch (result.ending) {
    case LookupResult::Ending::Complete:
        return ExitOk;
    case LookupResult::Ending::LimitReached:
        Cli::err(result.message);
        return ExitFailed;
    case LookupResult::Ending::Cancelled:
        return Cli::fail(ExitCancelled, Cli::tr("stopped before the last page: what was printed is incomplete"));
    case LookupResult::Ending::Failed:
        break;
    }
    if (result.httpStatus == 401 || result.httpStatus == 403)
        return Cli::fail(ExitAuth, result.message);
    return Cli::fail(ExitFailed, result.message + Cli::tr(" (what was printed is incomplete)"));
}

// "2026-12-03" (the start or the end of that day, in the local time zone) or a date and time with or without an
// offset.
bool parseWhen(const QCommandLineParser& parser, const QString& name, bool endOfDay, QDateTime* out)
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name).trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10) {
        *out = QDateTime(date, endOfDay ? QTime(23, 59, 59) : QTime(0, 0));
        return true;
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid()) {
        *out = time;
        return true;
    }
    Cli::fail(ExitUsage,
        Cli::tr("--%1 takes a date (2026-12-03) or a date and time (2026-12-03T14:30:00+01:00), not '%2'")
            .arg(name, text));
    return false;
}

} // namespace

int runFind(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Finds calls in the call history (GET /calling/history) and prints them as CSV, or as bare call IDs with "
        "--ids (to pipe into 'callstop-cli terminate -'). Both dates are always sent; by default today, in this "
        "machine's time zone, and the calls a termination can still stop (registered, retry).\n"
        "Exit codes: 0 every page read; 1 a page could not be read or --max was reached; 2 bad usage; 3 the key "
        "was refused; 4 interrupted."));
    addConnectionOptions(parser);
    parser.addOptions({
        {QStringLiteral("from"), Cli::tr("From this date or time (default: today 00:00)."), QStringLiteral("WHEN")},
        {QStringLiteral("to"), Cli::tr("To this date or time (default: today 23:59:59)."), QStringLiteral("WHEN")},
        {QStringLiteral("status"),
            Cli::tr("Statuses, comma-separated (default registered,retry); 'all' for every status."),
            QStringLiteral("LIST")},
        {QStringLiteral("campaign"), Cli::tr("Only the calls of this campaign (its id)."), QStringLiteral("ID")},
        {QStringLiteral("agent"), Cli::tr("Only the calls of this agent (its id)."), QStringLiteral("ID")},
        {QStringLiteral("number"), Cli::tr("Only the calls to this number (repeatable), in any usual form."),
            QStringLiteral("NUMBER")},
        {QStringLiteral("region"),
            Cli::tr("Region for numbers written without their country code (default: this machine's, %1).")
                .arg(PhoneRegions::systemDefaultRegion()),
            QStringLiteral("CC")},
        {QStringLiteral("ids"), Cli::tr("Print the call IDs only, one a line.")},
    });
    LookupReader::Options options;
    int code = ExitOk;
    auto client = prepare(parser, QStringLiteral("find"), arguments, &options, LookupReader::MaxHistoryPageSize, &code);
    if (!client)
        return code;
    HistoryFilter filter = HistoryFilter::today();
    if (!parseWhen(parser, QStringLiteral("from"), false, &filter.from)
        || !parseWhen(parser, QStringLiteral("to"), true, &filter.to))
        return ExitUsage;
    if (filter.from > filter.to)
        return Cli::fail(ExitUsage,
            Cli::tr("--from (%1) is after --to (%2)")
                .arg(HistoryFilter::isoDate(filter.from), HistoryFilter::isoDate(filter.to)));
    if (parser.isSet(QStringLiteral("status"))) {
        const QString value = parser.value(QStringLiteral("status")).trimmed().toLower();
        filter.statuses.clear();
        if (value != QLatin1String("all")) {
            for (const QString& s : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                filter.statuses.append(s.trimmed());
            if (filter.statuses.isEmpty())
                return Cli::fail(ExitUsage, Cli::tr("--status names no status"));
        }
    }
    filter.campaignId = parser.value(QStringLiteral("campaign")).trimmed();
    filter.agentId = parser.value(QStringLiteral("agent")).trimmed();
    const QString region = parser.isSet(QStringLiteral("region"))
        ? PhoneRegions::normalized(parser.value(QStringLiteral("region")))
        : PhoneRegions::systemDefaultRegion();
    for (const QString& text : parser.values(QStringLiteral("number"))) {
        const ParsedPhoneNumber parsed = PhoneNumber::parse(text, region);
        if (!parsed)
            return Cli::fail(ExitUsage, Cli::tr("--number: %1").arg(parsed.reason));
        options.numbers.insert(parsed.number->toString());
    }
    const bool idsOnly = parser.isSet(QStringLiteral("ids"));
    Cli::err(Cli::tr("Calls from %1 to %2, %3%4")
                 .arg(HistoryFilter::isoDate(filter.from), HistoryFilter::isoDate(filter.to),
                     filter.statuses.isEmpty() ? Cli::tr("every status") : filter.statuses.join(QLatin1String(", ")),
                     options.numbers.isEmpty() ? QString()
                                               : Cli::tr(", %n number(s)", nullptr, int(options.numbers.size()))));
    if (!idsOnly)
        write(CsvOutput::line({QStringLiteral("call_id"), QStringLiteral("to_number"), QStringLiteral("status"),
            QStringLiteral("campaign_id"), QStringLiteral("campaign_name"), QStringLiteral("agent_id"),
            QStringLiteral("agent_name"), QStringLiteral("created_at")}));
    LookupReader reader(client.get());
    QObject::connect(&reader, &LookupReader::historyPage, &reader, [idsOnly](const QList<HistoryCall>& calls) {
        QByteArray out;
        out.reserve(calls.size() * (idsOnly ? 37 : 160));
        for (const HistoryCall& c : calls) {
            if (idsOnly)
                out += c.id.toString().toLatin1() + '\n';
            else
                out += CsvOutput::line({c.id.toString(), c.toNumber, c.status, c.campaignId, c.campaignName, c.agentId,
                    c.agentName, c.createdAt});
        }
        write(out);
    });
    return runReading(
        reader, [&] { reader.readHistory(filter, options); }, Cli::tr("calls"));
}

int runCampaigns(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Lists the campaigns (GET /campaign/all) as CSV with their calls per status; not_connected counts the calls "
        "a termination of the campaign can still stop (registered and retry)."));
    addConnectionOptions(parser);
    LookupReader::Options options;
    int code = ExitOk;
    auto client
        = prepare(parser, QStringLiteral("campaigns"), arguments, &options, LookupReader::MaxCampaignsPageSize, &code);
    if (!client)
        return code;
    write(CsvOutput::line(
        {QStringLiteral("campaign_id"), QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("total_calls"),
            QStringLiteral("not_connected"), QStringLiteral("ongoing"), QStringLiteral("completed"),
            QStringLiteral("cancelled"), QStringLiteral("agent_id"), QStringLiteral("created_at")}));
    LookupReader reader(client.get());
    QObject::connect(&reader, &LookupReader::campaignsPage, &reader, [](const QList<CampaignInfo>& campaigns) {
        QByteArray out;
        for (const CampaignInfo& c : campaigns) {
            const auto n = [&c](const char* status) {
                return c.hasCounts() ? QString::number(c.callsByStatus.value(QLatin1String(status))) : QString();
            };
            out += CsvOutput::line({c.id, c.name, c.status, c.hasCounts() ? QString::number(c.totalCalls) : QString(),
                c.hasCounts() ? QString::number(c.notConnected()) : QString(), n("ongoing"), n("completed"),
                n("cancelled"), c.agentId, c.createdAt});
        }
        write(out);
    });
    return runReading(
        reader, [&] { reader.readCampaigns(options); }, Cli::tr("campaigns"));
}

int runAgents(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Lists the agents (GET /agent/all) as CSV."));
    addConnectionOptions(parser);
    LookupReader::Options options;
    options.pageSize = LookupReader::MaxAgentsPageSize;
    int code = ExitOk;
    auto client
        = prepare(parser, QStringLiteral("agents"), arguments, &options, LookupReader::MaxAgentsPageSize, &code);
    if (!client)
        return code;
    write(CsvOutput::line({QStringLiteral("agent_id"), QStringLiteral("name"), QStringLiteral("call_count")}));
    LookupReader reader(client.get());
    QObject::connect(&reader, &LookupReader::agentsPage, &reader, [](const QList<AgentInfo>& agents) {
        QByteArray out;
        for (const AgentInfo& a : agents)
            out += CsvOutput::line({a.id, a.name, a.callCount >= 0 ? QString::number(a.callCount) : QString()});
        write(out);
    });
    return runReading(
        reader, [&] { reader.readAgents(options); }, Cli::tr("agents"));
}

} // namespace callstop::cli
