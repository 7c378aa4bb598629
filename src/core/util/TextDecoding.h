#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace callstop {

struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "Windows-1252", ...
    QString error; // set when the input was refused
    bool ok() const { return error.isEmpty(); }
};

// Turns the bytes of a pasted or opened file into text: a BOM decides; else valid UTF-8 is UTF-8; else
// Windows-1252, what spreadsheet programs write on Western systems. Binary data (NUL bytes, archives) is refused
// with a message rather than turned into garbage rows.
class TextDecoding final
{
    Q_DECLARE_TR_FUNCTIONS(callstop::TextDecoding)

public:
    static constexpr qint64 DefaultMaxBytes = 512ll * 1024 * 1024;

    static DecodedText decode(const QByteArray& bytes);
    // Reads the whole device (a file or stdin) up to maxBytes.
    static DecodedText read(QIODevice* device, const QString& name, qint64 maxBytes = DefaultMaxBytes);
    // Why these bytes are not text, or an empty string.
    static QString binaryReason(const QByteArray& head);
};

} // namespace callstop
