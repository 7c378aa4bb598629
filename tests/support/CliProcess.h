#pragma once

// Runs callstop-cli as its own process for the CLI tests: a throw-away home, the key in the environment (or none),
// standard input, and what came out.

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace callstop::test {

struct CliResult
{
    int code = -1; // -1 when it crashed
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

struct CliRun
{
    QString home; // HOME, and XDG_CONFIG_HOME (and XDG_DATA_HOME) below it
    QString key; // CALLSTOP_API_KEY; null: not set
    bool dataHome = true; // XDG_DATA_HOME below home too (journals and the audit log there)
    QHash<QString, QString> env;
    std::function<void()> childModifier; // run in the child before exec (e.g. setrlimit)
    int timeoutMs = 180000;
};

inline CliResult runCli(const QStringList& args, const QByteArray& input, const CliRun& run)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CALLSTOP_API_KEY"));
    if (!run.key.isNull())
        env.insert(QStringLiteral("CALLSTOP_API_KEY"), run.key);
    env.insert(QStringLiteral("HOME"), run.home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), run.home + QStringLiteral("/config"));
    if (run.dataHome)
        env.insert(QStringLiteral("XDG_DATA_HOME"), run.home + QStringLiteral("/data"));
    for (auto it = run.env.cbegin(); it != run.env.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    if (run.childModifier)
        p.setChildProcessModifier(run.childModifier);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(CALLSTOP_CLI_PATH), args);
    if (!p.waitForStarted())
        qFatal("callstop-cli did not start");
    p.write(input);
    p.closeWriteChannel();
    // Servers of the tests answer from threads of their own: waiting here blocks none of them.
    if (!p.waitForFinished(run.timeoutMs))
        qFatal("callstop-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError(), timer.elapsed()};
}

} // namespace callstop::test
