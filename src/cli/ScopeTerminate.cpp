// callstop-cli terminate --numbers FILE [--campaign ID] | --campaign ID | --agent ID: the terminations that name a
// scope instead of call IDs, through the same job session (journal, audit log, resume) as call IDs. A campaign or an
// agent is looked up first and confirmed by typing its name; numbers are confirmed by typing their count after a
// sentence that says they stop in every campaign. What the 200 answers do not say is measured: the calls of the scope
// are counted before and after.
#include "CliCommon.h"
#include "CliTarget.h"
#include "JobRunner.h"

#include "api/ApiClient.h"
#include "lookup/ScopeCounter.h"
#include "numbers/NumberExtractor.h"
#include "numbers/PhoneRegions.h"
#include "util/TextDecoding.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

namespace callstop::cli {

namespace {

constexpr int MaxRejectedShown = 20;

bool readNumbers(const QString& path, const QString& region, QStringList* numbers)
{
    QFile file;
    QString name = path;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            Cli::fail(ExitUsage, Cli::tr("cannot read standard input"));
            return false;
        }
        name = Cli::tr("standard input");
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            Cli::fail(ExitUsage, Cli::tr("cannot read %1: %2").arg(path, file.errorString()));
            return false;
        }
    }
    const DecodedText decoded = TextDecoding::read(&file, name);
    if (!decoded.ok()) {
        Cli::fail(ExitUsage, Cli::tr("%1 was refused: %2").arg(name, decoded.error));
        return false;
    }
    const NumberExtraction found = NumberExtractor::extract(decoded.text, region);
    for (int i = 0; i < qMin<qsizetype>(MaxRejectedShown, found.rejected.size()); ++i) {
        const RejectedNumber& r = found.rejected.at(i);
        Cli::err(Cli::tr("%1, line %2: %3").arg(name).arg(r.line).arg(r.reason));
    }
    if (found.rejected.size() > MaxRejectedShown)
        Cli::err(Cli::tr("... and %n more not taken", nullptr, int(found.rejected.size()) - MaxRejectedShown));
    Cli::err(Cli::tr("%n number(s) found", nullptr, int(found.numbers.size()))
        + Cli::tr(", %n duplicate(s) skipped", nullptr, int(found.duplicates.size()))
        + Cli::tr(", %n not valid (region %1)", nullptr, int(found.rejected.size())).arg(region));
    for (const PhoneNumber& n : found.numbers)
        numbers->append(n.toString());
    if (numbers->isEmpty()) {
        Cli::fail(ExitUsage, Cli::tr("no valid phone number found in %1; nothing to do").arg(name));
        return false;
    }
    return true;
}

// Reads every page of a look-up; false (after printing why) when it fails.
bool readAll(ApiClient* client, bool campaigns, QList<CampaignInfo>* campaignList, QList<AgentInfo>* agentList)
{
    LookupReader reader(client);
    QObject::connect(&reader, &LookupReader::campaignsPage, &reader,
        [&](const QList<CampaignInfo>& page) { *campaignList += page; });
    QObject::connect(
        &reader, &LookupReader::agentsPage, &reader, [&](const QList<AgentInfo>& page) { *agentList += page; });
    QEventLoop loop;
    LookupResult result;
    QObject::connect(&reader, &LookupReader::finished, &loop, [&](const LookupResult& r) {
        result = r;
        loop.quit();
    });
    LookupReader::Options options;
    options.minIntervalMs = 100;
    options.pageSize = campaigns ? LookupReader::MaxCampaignsPageSize : LookupReader::MaxAgentsPageSize;
    if (campaigns)
        reader.readCampaigns(options);
    else
        reader.readAgents(options);
    loop.exec();
    if (!result.ok()) {
        Cli::fail(result.httpStatus == 401 ? ExitAuth : ExitFailed,
            Cli::tr("the %1 could not be read: %2")
                .arg(campaigns ? Cli::tr("campaigns") : Cli::tr("agents"), result.message));
        return false;
    }
    return true;
}

ScopeCounts countNow(ApiClient* client, const BatchPayload& scope)
{
    ScopeCounter counter(client);
    QEventLoop loop;
    ScopeCounts counts;
    QObject::connect(&counter, &ScopeCounter::counted, &loop, [&](const ScopeCounts& c) {
        counts = c;
        loop.quit();
    });
    counter.count(scope);
    loop.exec();
    return counts;
}

bool typed(const QString& prompt, const QString& expected)
{
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    std::string answer;
    return std::getline(std::cin, answer) && QString::fromStdString(answer).trimmed() == expected;
}

} // namespace

void addScopeOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("numbers"),
            Cli::tr("Terminate the calls to the phone numbers in FILE (- for standard input), in every campaign "
                    "unless --campaign names one."),
            QStringLiteral("FILE")},
        {QStringLiteral("region"),
            Cli::tr("Region of numbers written without their country code (default: this machine's, %1).")
                .arg(PhoneRegions::systemDefaultRegion()),
            QStringLiteral("CC")},
        {QStringLiteral("campaign"),
            Cli::tr("Terminate every call of this campaign not yet connected (or, with --numbers, the calls to those "
                    "numbers in it)."),
            QStringLiteral("ID")},
        {QStringLiteral("agent"), Cli::tr("Terminate every call of this agent not yet connected."),
            QStringLiteral("ID")},
    });
}

bool isScopeTermination(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("numbers")) || parser.isSet(QStringLiteral("campaign"))
        || parser.isSet(QStringLiteral("agent"));
}

int runScopeTermination(
    const QCommandLineParser& parser, const Target& target, const JobOptions& options, int timeoutMs)
{
    const bool numbers = parser.isSet(QStringLiteral("numbers"));
    const bool campaign = parser.isSet(QStringLiteral("campaign"));
    const bool agent = parser.isSet(QStringLiteral("agent"));
    if (agent && (numbers || campaign))
        return Cli::fail(ExitUsage, Cli::tr("--agent stands alone: not with --numbers or --campaign"));
    if (!parser.positionalArguments().isEmpty() || parser.isSet(QStringLiteral("csv")))
        return Cli::fail(ExitUsage,
            Cli::tr("call IDs (FILE or --csv) and --numbers, --campaign or --agent are "
                    "separate jobs; name one"));
    if (parser.isSet(QStringLiteral("region")) && !numbers)
        return Cli::fail(ExitUsage, Cli::tr("--region is for --numbers"));

    BatchPayload scope;
    scope.kind = numbers ? (campaign ? ScopeKind::CampaignNumbers : ScopeKind::Numbers)
        : campaign       ? ScopeKind::Campaign
                         : ScopeKind::Agent;
    scope.campaignId = parser.value(QStringLiteral("campaign")).trimmed();
    scope.agentId = parser.value(QStringLiteral("agent")).trimmed();
    if ((campaign && scope.campaignId.isEmpty()) || (agent && scope.agentId.isEmpty()))
        return Cli::fail(ExitUsage, Cli::tr("--campaign and --agent take an id"));
    if (numbers) {
        const QString region = parser.isSet(QStringLiteral("region"))
            ? PhoneRegions::normalized(parser.value(QStringLiteral("region")))
            : PhoneRegions::systemDefaultRegion();
        if (!readNumbers(parser.value(QStringLiteral("numbers")), region, &scope.numbers))
            return ExitUsage;
    }

    QString key;
    int code = ExitOk;
    if (!keyFor(target, &key, &code))
        return code;
    auto client = setUpClient(parser, target, key, timeoutMs, &code);
    if (!client)
        return code;

    // A campaign or an agent is never taken from a typed id alone: it must be one of the workspace's.
    QString name;
    QString radius;
    if (campaign || agent) {
        QList<CampaignInfo> campaigns;
        QList<AgentInfo> agents;
        if (!readAll(client.get(), campaign, &campaigns, &agents))
            return ExitFailed;
        if (campaign) {
            const auto it = std::find_if(
                campaigns.cbegin(), campaigns.cend(), [&](const CampaignInfo& c) { return c.id == scope.campaignId; });
            if (it == campaigns.cend())
                return Cli::fail(ExitUsage,
                    Cli::tr("no campaign with the id %1 in this workspace ('callstop-cli campaigns' lists them)")
                        .arg(scope.campaignId));
            name = it->name;
            if (!numbers && it->hasCounts())
                radius = Cli::tr("%1 of its %2 calls are not connected yet and would stop")
                             .arg(it->notConnected())
                             .arg(it->totalCalls);
        } else {
            const auto it = std::find_if(
                agents.cbegin(), agents.cend(), [&](const AgentInfo& a) { return a.id == scope.agentId; });
            if (it == agents.cend())
                return Cli::fail(ExitUsage,
                    Cli::tr("no agent with the id %1 in this workspace ('callstop-cli agents' lists them)")
                        .arg(scope.agentId));
            name = it->name;
        }
        if (name.isEmpty())
            name = campaign ? scope.campaignId : scope.agentId;
    }
    const ScopeCounts before = countNow(client.get(), scope);
    if (!before.ok)
        Cli::err(Cli::tr("warning: the calls of this scope could not be counted (%1); the effect will not be "
                         "measured")
                     .arg(before.error));
    else if (radius.isEmpty())
        radius = Cli::tr("%n call(s) in this scope are not connected yet", nullptr, before.notConnected());

    const QString what = describeTermination(scope, name);
    Cli::err(what + QLatin1Char(' ') + Cli::tr("On %1 (%2).").arg(target.profileName, target.baseUrl.toString()));
    if (!radius.isEmpty())
        Cli::err(radius + QLatin1Char('.'));
    const QList<BatchPayload> batches = BatchPayload::split(scope, options.batchSize);
    if (parser.isSet(QStringLiteral("dry-run"))) {
        for (int b = 0; b < batches.size(); ++b) {
            const BatchPayload& batch = batches.at(b);
            const QString content = ScopeKinds::hasItems(batch.kind)
                ? Cli::tr("%n number(s), first %1", nullptr, int(batch.itemCount())).arg(batch.itemText(0))
                : ScopeKinds::displayName(batch.kind) + QLatin1Char(' ') + batch.scopeText();
            Cli::out(Cli::tr("batch %1/%2: %3").arg(b + 1).arg(batches.size()).arg(content));
        }
        Cli::out(Cli::tr("Dry run: %n request(s) would be sent; nothing was sent.", nullptr, int(batches.size())));
        return ExitOk;
    }
    if (!parser.isSet(QStringLiteral("yes"))) {
        if (!::isatty(STDIN_FILENO))
            return Cli::fail(ExitUsage, Cli::tr("standard input is not a terminal, so nobody can confirm; add --yes"));
        Cli::err(Cli::tr("Calls in progress are not hung up. This cannot be undone."));
        const bool ok = scope.kind == ScopeKind::Campaign || scope.kind == ScopeKind::Agent
            ? typed(Cli::tr("Type the name (%1) to confirm: ").arg(name), name)
            : typed(Cli::tr("Type the number of numbers (%1) to confirm: ").arg(scope.numbers.size()),
                QString::number(scope.numbers.size()));
        if (!ok)
            return Cli::fail(ExitCancelled, Cli::tr("not confirmed; nothing was sent"));
    }

    ApiClient* lookups = client.get();
    JobSession session(std::move(client), contextFor(target, parser.value(QStringLiteral("journal"))));
    QString error;
    if (!session.start(scope, options, &error))
        return Cli::fail(ExitUsage, error);
    const int result = runJob(session, target, parser.value(QStringLiteral("report")));
    if (before.ok && session.job()->summary().accepted > 0) {
        const ScopeCounts after = countNow(lookups, scope);
        if (after.ok)
            Cli::out(Cli::tr("Effect: %1.").arg(ScopeEffect::between(before, after).text()));
        else
            Cli::err(Cli::tr("warning: the effect could not be measured: %1").arg(after.error));
    }
    return result;
}

} // namespace callstop::cli
