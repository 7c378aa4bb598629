#include "TextDecoding.h"

#include <QIODevice>
#include <QStringDecoder>

namespace callstop {

QString TextDecoding::binaryReason(const QByteArray& head)
{
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return tr("this is a ZIP archive; extract the CSV file from it first");
    if (head.startsWith("\x1f\x8b"))
        return tr("this is a gzip archive; decompress it first");
    if (head.startsWith("%PDF"))
        return tr("this is a PDF document, not text");
    if (head.startsWith("\xd0\xcf\x11\xe0"))
        return tr("this is an old Excel or Word file; save it as CSV first");
    const bool utf16 = head.startsWith("\xff\xfe") || head.startsWith("\xfe\xff");
    if (!utf16 && head.contains('\0'))
        return tr("it contains NUL bytes, so it is binary data, not text");
    return {};
}

DecodedText TextDecoding::decode(const QByteArray& bytes)
{
    DecodedText out;
    const QString binary = binaryReason(bytes.left(64 * 1024));
    if (!binary.isEmpty()) {
        out.error = binary;
        return out;
    }
    if (const auto bom = QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(*bom);
        out.text = decoder.decode(bytes);
        out.encoding = QString::fromLatin1(QStringConverter::nameForEncoding(*bom));
        if (out.text.startsWith(QChar(0xfeff)))
            out.text.remove(0, 1);
        return out;
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    out.text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        out.encoding = QStringLiteral("UTF-8");
        return out;
    }
    QStringDecoder latin("Windows-1252");
    if (latin.isValid()) {
        out.text = latin.decode(bytes);
        out.encoding = QStringLiteral("Windows-1252");
    } else {
        out.text = QString::fromLatin1(bytes);
        out.encoding = QStringLiteral("ISO-8859-1");
    }
    return out;
}

DecodedText TextDecoding::read(QIODevice* device, const QString& name, qint64 maxBytes)
{
    QByteArray bytes;
    for (;;) {
        QByteArray chunk = device->read(1 << 20);
        if (chunk.isEmpty()) {
            if (device->atEnd() || !device->waitForReadyRead(-1))
                break;
            continue;
        }
        bytes.append(chunk);
        if (bytes.size() > maxBytes) {
            DecodedText out;
            out.error = tr("%1 is larger than %2 MiB; split it or import it as CSV").arg(name).arg(maxBytes >> 20);
            return out;
        }
    }
    return decode(bytes);
}

} // namespace callstop
