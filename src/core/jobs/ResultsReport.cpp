#include "ResultsReport.h"

#include "util/CsvField.h"
#include "util/Redactor.h"

#include <QSaveFile>

namespace callstop {

bool ResultsReport::write(const QString& path, const QList<ReportRow>& rows, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray out = "call_id,state,batch,http_status,message,time\r\n";
    for (const ReportRow& r : rows) {
        out += QStringList {csvField(r.id), r.state, r.batch >= 0 ? QString::number(r.batch + 1) : QString(),
                   r.httpStatus > 0 ? QString::number(r.httpStatus) : QString(), csvField(r.message),
                   r.time.isValid() ? r.time.toString(Qt::ISODateWithMs) : QString()}
                   .join(QLatin1Char(','))
                   .toUtf8()
            + "\r\n";
    }
    file.write(Redactor::redact(out));
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace callstop
