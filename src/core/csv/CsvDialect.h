#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace callstop {

// How a CSV file is written. Fields are parsed on bytes of an ASCII-compatible encoding (UTF-8 or Windows-1252;
// UTF-16 input is transcoded to UTF-8 on the way in), so separators and quotes are single bytes.
struct CsvDialect
{
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

    Encoding encoding = Encoding::Utf8;
    char separator = ',';
    bool hasHeader = true;

    static QString encodingName(Encoding encoding);
    static bool encodingFromName(const QString& name, Encoding* encoding);
    static QStringList encodingNames();
    static QString separatorName(char separator);
    // "," ";" "tab" "|" and the like, as typed on a command line.
    static bool separatorFromName(const QString& name, char* separator);
    // Field bytes to text, in the dialect's encoding (UTF-16 input arrives here as UTF-8).
    QString decode(QByteArrayView field) const;
};

} // namespace callstop
