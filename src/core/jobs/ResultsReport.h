#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace callstop {

// One line of a results export: the final state of one call ID.
struct ReportRow
{
    QString id;
    QString state; // stable key: terminated, not_terminable, failed, unknown, cancelled, ...
    int batch = -1; // 0-based, -1 when never batched
    int httpStatus = 0;
    QString message;
    QDateTime time;
};

class ResultsReport final
{
    Q_DECLARE_TR_FUNCTIONS(callstop::ResultsReport)

public:
    // CSV with a header: call_id,state,batch,http_status,message,time. Written atomically; redacted.
    static bool write(const QString& path, const QList<ReportRow>& rows, QString* error);
};

} // namespace callstop
