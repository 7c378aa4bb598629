#include "CsvDialect.h"

#include <QStringDecoder>

namespace callstop {

QString CsvDialect::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

QStringList CsvDialect::encodingNames()
{
    return {encodingName(Encoding::Utf8), encodingName(Encoding::Utf16LE), encodingName(Encoding::Utf16BE),
        encodingName(Encoding::Windows1252)};
}

bool CsvDialect::encodingFromName(const QString& name, Encoding* encoding)
{
    QString n = name.trimmed().toLower();
    n.remove(QLatin1Char('-'));
    n.remove(QLatin1Char('_'));
    if (n == QLatin1String("utf8")) {
        *encoding = Encoding::Utf8;
    } else if (n == QLatin1String("utf16le") || n == QLatin1String("utf16")) {
        *encoding = Encoding::Utf16LE;
    } else if (n == QLatin1String("utf16be")) {
        *encoding = Encoding::Utf16BE;
    } else if (n == QLatin1String("windows1252") || n == QLatin1String("cp1252") || n == QLatin1String("latin1")
        || n == QLatin1String("iso88591")) {
        *encoding = Encoding::Windows1252;
    } else {
        return false;
    }
    return true;
}

QString CsvDialect::separatorName(char separator)
{
    switch (separator) {
    case '\t':
        return QStringLiteral("tab");
    case ' ':
        return QStringLiteral("space");
    default:
        return QString(QLatin1Char(separator));
    }
}

bool CsvDialect::separatorFromName(const QString& name, char* separator)
{
    const QString n = name.toLower();
    if (n == QLatin1String("tab") || n == QLatin1String("\\t") || n == QLatin1String("\t")) {
        *separator = '\t';
        return true;
    }
    if (n == QLatin1String("space")) {
        *separator = ' ';
        return true;
    }
    if (name.size() == 1 && name.at(0).unicode() < 128 && name.at(0) != QLatin1Char('"')
        && name.at(0) != QLatin1Char('\n') && name.at(0) != QLatin1Char('\r')) {
        *separator = char(name.at(0).unicode());
        return true;
    }
    return false;
}

QString CsvDialect::decode(QByteArrayView field) const
{
    if (encoding == Encoding::Windows1252) {
        QStringDecoder decoder("Windows-1252");
        return decoder.decode(field);
    }
    return QString::fromUtf8(field);
}

} // namespace callstop
