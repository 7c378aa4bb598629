#include "CsvOutput.h"

#include "Redactor.h"

#include <QSaveFile>

namespace callstop {

QString CsvOutput::field(QString value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QByteArray CsvOutput::line(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields)
        quoted.append(field(f));
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

bool CsvOutput::write(const QString& path, const QByteArray& content, QString* error)
{
    const QByteArray clean = Redactor::redact(content);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(clean) != clean.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace callstop
