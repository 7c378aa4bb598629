#include "ResultsReport.h"

#include "util/CsvOutput.h"

namespace callstop {

bool ResultsReport::write(const QString& path, const QList<ReportRow>& rows, QString* error)
{
    QByteArray out = CsvOutput::line({QStringLiteral("call_id"), QStringLiteral("state"), QStringLiteral("batch"),
        QStringLiteral("http_status"), QStringLiteral("message"), QStringLiteral("time")});
    for (const ReportRow& r : rows) {
        out += CsvOutput::line({r.id, r.state, r.batch >= 0 ? QString::number(r.batch + 1) : QString(),
            r.httpStatus > 0 ? QString::number(r.httpStatus) : QString(), r.message,
            r.time.isValid() ? r.time.toString(Qt::ISODateWithMs) : QString()});
    }
    return CsvOutput::write(path, out, error);
}

} // namespace callstop
