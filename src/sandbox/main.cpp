#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <utility>

using callstop::sandbox::SandboxOptions;
using callstop::sandbox::SandboxServer;

namespace {

bool parseInt(const QCommandLineParser& parser, const QString& name, long long min, long long max, long long* out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const long long v = parser.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        std::cerr << "callstop-sandbox: --" << name.toStdString() << " takes a whole number from " << min << " to "
                  << max << ", not '" << parser.value(name).toStdString() << "'\n";
        return false;
    }
    *out = v;
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    // Signals are taken by sigwait below; block them before any server thread starts.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("callstop-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLSTOP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local simulator of the Revenueable AI API for trying, training and testing CallStop.\n"
                       "The first line on stdout is 'listening on http://HOST:PORT/ca/api/v0'."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("HOST"),
            QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QStringLiteral("Port; 0 picks a free one (default 0)."), QStringLiteral("PORT"),
            QStringLiteral("0")},
        {QStringLiteral("api-key"), QStringLiteral("The key clients must send; generated and printed when absent."),
            QStringLiteral("KEY")},
        {QStringLiteral("calls"), QStringLiteral("Number of simulated calls (default 500)."), QStringLiteral("N"),
            QStringLiteral("500")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the simulated calls (default 1)."), QStringLiteral("S"),
            QStringLiteral("1")},
        {QStringLiteral("campaigns"), QStringLiteral("Number of campaigns (default: one per 50 calls, 3 to 2000)."),
            QStringLiteral("N")},
        {QStringLiteral("agents"), QStringLiteral("Number of agents (default 6)."), QStringLiteral("N")},
        {QStringLiteral("now"),
            QStringLiteral("The world's present, in seconds since 1970 (default: the start time); call times are set "
                           "back from it."),
            QStringLiteral("SECONDS")},
        {QStringLiteral("history-total-many"),
            QStringLiteral("Answer total \"many\" in /calling/history when more than N calls match (default "
                           "10000; -1: never)."),
            QStringLiteral("N")},
        {QStringLiteral("lookup-faults"),
            QStringLiteral("Apply the faults and the rate limit to history, campaign and agent look-ups too.")},
        {QStringLiteral("latency-ms"), QStringLiteral("Delay added to every API request."), QStringLiteral("N"),
            QStringLiteral("0")},
        {QStringLiteral("threads"), QStringLiteral("Worker threads (default 16)."), QStringLiteral("N"),
            QStringLiteral("16")},
        {QStringLiteral("export-calls"), QStringLiteral("Write a dashboard-like CSV export of the calls to FILE."),
            QStringLiteral("FILE")},
        {QStringLiteral("quiet"), QStringLiteral("Do not log requests on stderr.")},
        {QStringLiteral("fail-rate"), QStringLiteral("Share of terminate requests answered 500/502/503 (0 to 1)."),
            QStringLiteral("P")},
        {QStringLiteral("rate-limit"), QStringLiteral("Requests per second allowed; beyond it 429 with Retry-After."),
            QStringLiteral("RPS")},
        {QStringLiteral("drop-rate"),
            QStringLiteral("Share of terminate requests whose connection is closed without an answer, half after "
                           "applying them, half before."),
            QStringLiteral("P")},
        {QStringLiteral("hang-rate"), QStringLiteral("Share of terminate requests never answered."),
            QStringLiteral("P")},
        {QStringLiteral("tls-cert"), QStringLiteral("Serve HTTPS with this certificate (PEM)."),
            QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), QStringLiteral("The certificate's private key (PEM)."), QStringLiteral("FILE")},
        {QStringLiteral("record"),
            QStringLiteral("Append every terminate request (all five scopes), its payload, what was done and the "
                           "answer to FILE (JSON Lines)."),
            QStringLiteral("FILE")},
    });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        std::cerr << "callstop-sandbox: unexpected argument '" << parser.positionalArguments().first().toStdString()
                  << "'; see --help\n";
        return 2;
    }

    SandboxOptions options;
    long long port = 0, calls = 500, seed = 1, latency = 0, threads = 16, campaigns = 0, agents = 0, now = 0,
              many = options.historyTotalManyAbove;
    if (!parseInt(parser, QStringLiteral("port"), 0, 65535, &port)
        || !parseInt(parser, QStringLiteral("calls"), 0, 10000000, &calls)
        || !parseInt(parser, QStringLiteral("seed"), 0, (1ll << 62), &seed)
        || !parseInt(parser, QStringLiteral("latency-ms"), 0, 600000, &latency)
        || !parseInt(parser, QStringLiteral("threads"), 1, 1024, &threads)
        || !parseInt(parser, QStringLiteral("campaigns"), 1, 100000, &campaigns)
        || !parseInt(parser, QStringLiteral("agents"), 1, 10000, &agents)
        || !parseInt(parser, QStringLiteral("now"), 1, 253402300799ll, &now)
        || !parseInt(parser, QStringLiteral("history-total-many"), -1, 2000000000, &many))
        return 2;
    options.host = parser.value(QStringLiteral("host")).toStdString();
    options.port = int(port);
    options.calls = int(calls);
    options.seed = std::uint64_t(seed);
    options.latencyMs = int(latency);
    options.threads = int(threads);
    options.campaigns = int(campaigns);
    options.agents = int(agents);
    options.nowEpochSeconds = now;
    options.historyTotalManyAbove = int(many);
    options.lookupFaults = parser.isSet(QStringLiteral("lookup-faults"));
    options.apiKey = parser.value(QStringLiteral("api-key")).toStdString();
    for (const auto& [name, target] : {std::pair {QStringLiteral("fail-rate"), &options.failRate},
             std::pair {QStringLiteral("drop-rate"), &options.dropRate},
             std::pair {QStringLiteral("hang-rate"), &options.hangRate},
             std::pair {QStringLiteral("rate-limit"), &options.rateLimit}}) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const double v = parser.value(name).toDouble(&ok);
        const double max = name == QLatin1String("rate-limit") ? 1e6 : 1.0;
        if (!ok || v < 0 || v > max) {
            std::cerr << "callstop-sandbox: --" << name.toStdString() << " takes a number from 0 to " << max
                      << ", not '" << parser.value(name).toStdString() << "'\n";
            return 2;
        }
        *target = v;
    }
    if (options.failRate + options.dropRate + options.hangRate > 1.0) {
        std::cerr << "callstop-sandbox: --fail-rate, --drop-rate and --hang-rate add up to more than 1\n";
        return 2;
    }
    options.recordPath = parser.value(QStringLiteral("record")).toStdString();
    options.tlsCertPath = parser.value(QStringLiteral("tls-cert")).toStdString();
    options.tlsKeyPath = parser.value(QStringLiteral("tls-key")).toStdString();
    if (options.tlsCertPath.empty() != options.tlsKeyPath.empty()) {
        std::cerr << "callstop-sandbox: --tls-cert and --tls-key go together\n";
        return 2;
    }
    const bool generatedKey = options.apiKey.empty();
    static std::mutex logMutex;
    if (!parser.isSet(QStringLiteral("quiet"))) {
        options.log = [](const std::string& line) {
            std::lock_guard lock(logMutex);
            std::cerr << line << std::endl;
        };
    }

    SandboxServer server(options);
    if (parser.isSet(QStringLiteral("export-calls"))) {
        std::string error;
        if (!server.writeCsvExport(parser.value(QStringLiteral("export-calls")).toStdString(), &error)) {
            std::cerr << "callstop-sandbox: " << error << '\n';
            return 1;
        }
    }
    std::string error;
    if (!server.start(&error)) {
        std::cerr << "callstop-sandbox: " << error << '\n';
        return 1;
    }
    std::cout << "listening on " << server.baseUrl() << std::endl;
    if (generatedKey)
        std::cout << "api key: " << server.apiKey() << std::endl;
    std::cout << "calls: " << options.calls << " (seed " << options.seed
              << "), campaigns: " << server.campaigns().size() << ", agents: " << server.agents().size() << std::endl;

    int received = 0;
    sigwait(&stopSignals, &received);
    std::cerr << "callstop-sandbox: stopping" << std::endl;
    server.stop();
    return 0;
}
