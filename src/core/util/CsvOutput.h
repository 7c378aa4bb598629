#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace callstop {

// Writing the CSV files CallStop exports (results, audit records).
class CsvOutput final
{
    Q_DECLARE_TR_FUNCTIONS(callstop::CsvOutput)

public:
    // A value as one CSV field: quoted (with doubled quotes) when it holds a separator, a quote or a line break.
    static QString field(QString value);
    // Fields joined into one CRLF-terminated line, each quoted as needed.
    static QByteArray line(const QStringList& fields);
    // Writes the whole file atomically (no half-written export after a crash), passed through the Redactor.
    static bool write(const QString& path, const QByteArray& content, QString* error);
};

} // namespace callstop
