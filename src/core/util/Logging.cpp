#include "Logging.h"

#include "Redactor.h"

#include <cstdio>

Q_LOGGING_CATEGORY(lcApi, "callstop.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJobs, "callstop.jobs", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "callstop.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProfiles, "callstop.profiles", QtWarningMsg)
Q_LOGGING_CATEGORY(lcInput, "callstop.input", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLookup, "callstop.lookup", QtWarningMsg)

namespace callstop {

namespace {
QtMessageHandler g_previous = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString clean = Redactor::redact(message);
    if (g_previous && g_previous != redactingHandler) {
        g_previous(type, context, clean);
        return;
    }
    fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, clean)));
}
} // namespace

void installRedactingMessageHandler()
{
    if (!g_previous)
        g_previous = qInstallMessageHandler(redactingHandler);
}

} // namespace callstop
