#include "CsvSniffer.h"

#include "CsvReader.h"
#include "ids/CallId.h"
#include "util/TextDecoding.h"

#include <QHash>
#include <QIODevice>
#include <QStringDecoder>

namespace callstop {

CsvDialect::Encoding CsvSniffer::detectEncoding(const QByteArray& head, bool* bom)
{
    *bom = true;
    if (head.startsWith("\xef\xbb\xbf"))
        return CsvDialect::Encoding::Utf8;
    if (head.startsWith("\xff\xfe"))
        return CsvDialect::Encoding::Utf16LE;
    if (head.startsWith("\xfe\xff"))
        return CsvDialect::Encoding::Utf16BE;
    *bom = false;
    // UTF-16 without a BOM: ASCII text has a zero byte in every other place.
    const qsizetype n = qMin<qsizetype>(head.size(), 4096) & ~qsizetype(1);
    int zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        zeroEven += head.at(i) == 0;
        zeroOdd += head.at(i + 1) == 0;
    }
    if (n >= 8 && zeroOdd > n / 4 && zeroEven == 0)
        return CsvDialect::Encoding::Utf16LE;
    if (n >= 8 && zeroEven > n / 4 && zeroOdd == 0)
        return CsvDialect::Encoding::Utf16BE;
    // A sequence cut at the end of the sample is not an error: leave it out.
    qsizetype end = head.size();
    for (qsizetype back = 1; back <= 3 && end - back >= 0; ++back) {
        const auto c = static_cast<unsigned char>(head.at(end - back));
        if ((c & 0xc0) == 0x80)
            continue;
        const int length = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
        if (length > back)
            end -= back;
        break;
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = utf8.decode(QByteArrayView(head.constData(), end)); // decoding happens on conversion
    return utf8.hasError() ? CsvDialect::Encoding::Windows1252 : CsvDialect::Encoding::Utf8;
}

QList<QList<QByteArray>> CsvSniffer::sampleRecords(
    const QByteArray& utf8Sample, char separator, bool truncated, int maxRecords)
{
    QList<QList<QByteArray>> out;
    CsvDialect dialect;
    dialect.separator = separator;
    const auto collect = [&](const CsvRecord& record) {
        QList<QByteArray> fields;
        fields.reserve(record.size());
        for (int i = 0; i < record.size(); ++i)
            fields.append(record.field(i).toByteArray());
        out.append(fields);
        return out.size() < maxRecords + 1;
    };
    const CsvReader::Status status = CsvReader::parse(utf8Sample, dialect, collect);
    if (truncated && status == CsvReader::Status::Error) {
        // The sample ends inside a quoted field longer than the sample (a long note, say). Closing the quote keeps
        // the fields that record completed before the cut: they still tell the header and the ID column.
        out.clear();
        CsvReader::parse(utf8Sample + "\"\n", dialect, collect);
        if (!out.isEmpty()) {
            out.last().removeLast();
            if (out.last().isEmpty())
                out.removeLast();
        }
    } else if (truncated && !out.isEmpty()) {
        out.removeLast(); // cut by the end of the sample
    }
    while (out.size() > maxRecords)
        out.removeLast();
    return out;
}

char CsvSniffer::detectSeparator(const QByteArray& utf8Sample)
{
    static constexpr char candidates[] = {',', ';', '\t', '|'};
    char best = ',';
    double bestScore = 0;
    for (char sep : candidates) {
        const auto records = sampleRecords(utf8Sample, sep, true, 100);
        if (records.isEmpty())
            continue;
        QHash<int, int> counts;
        for (const auto& r : records)
            ++counts[int(r.size())];
        int modal = 0, modalCount = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > modalCount || (it.value() == modalCount && it.key() > modal)) {
                modal = it.key();
                modalCount = it.value();
            }
        }
        if (modal <= 1)
            continue;
        // Consistency first; among equally consistent separators the one that splits more wins.
        const double score = double(modalCount) / double(records.size()) + 0.001 * qMin(modal, 50);
        if (score > bestScore) {
            bestScore = score;
            best = sep;
        }
    }
    return best;
}

bool CsvSniffer::detectHeader(const QList<QList<QByteArray>>& records)
{
    if (records.isEmpty())
        return false;
    auto hasId = [](const QList<QByteArray>& row) {
        for (const QByteArray& field : row) {
            if (CallId::parse(QString::fromUtf8(field)))
                return true;
        }
        return false;
    };
    if (hasId(records.first()))
        return false;
    for (qsizetype i = 1; i < records.size(); ++i) {
        if (hasId(records.at(i)))
            return true;
    }
    // No IDs at all: a first row of words above rows with digits looks like a header.
    auto digits = [](const QList<QByteArray>& row) {
        int n = 0;
        for (const QByteArray& f : row) {
            for (char c : f)
                n += c >= '0' && c <= '9';
        }
        return n;
    };
    return records.size() > 1 && digits(records.first()) == 0 && digits(records.at(1)) > 0;
}

QByteArray CsvSniffer::utf8Head(QIODevice* device, CsvDialect::Encoding encoding, bool* truncated)
{
    const qint64 position = device->pos();
    QByteArray head = device->read(SampleBytes);
    *truncated = !device->atEnd();
    device->seek(position);
    if (encoding == CsvDialect::Encoding::Utf16LE || encoding == CsvDialect::Encoding::Utf16BE) {
        QStringDecoder decoder(
            encoding == CsvDialect::Encoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        head = QString(decoder.decode(head)).toUtf8();
    } else if (encoding == CsvDialect::Encoding::Windows1252) {
        QStringDecoder decoder("Windows-1252");
        head = QString(decoder.decode(head)).toUtf8();
    }
    if (head.startsWith("\xef\xbb\xbf"))
        head.remove(0, 3);
    return head;
}

CsvSniff CsvSniffer::sniffBytes(const QByteArray& head)
{
    CsvSniff result;
    result.dialect.encoding = detectEncoding(head, &result.bom);
    const bool utf16 = result.dialect.encoding == CsvDialect::Encoding::Utf16LE
        || result.dialect.encoding == CsvDialect::Encoding::Utf16BE;
    // UTF-16 text is full of NUL bytes; any other text has none.
    if (!utf16)
        result.error = TextDecoding::binaryReason(head.left(64 * 1024));
    return result;
}

CsvSniff CsvSniffer::sniff(QIODevice* device)
{
    const qint64 position = device->pos();
    const QByteArray head = device->read(SampleBytes);
    device->seek(position);
    CsvSniff result = sniffBytes(head);
    if (!result.ok())
        return result;
    bool truncated = false;
    const QByteArray sample = utf8Head(device, result.dialect.encoding, &truncated);
    result.dialect.separator = detectSeparator(sample);
    result.dialect.hasHeader = detectHeader(sampleRecords(sample, result.dialect.separator, truncated, 50));
    return result;
}

} // namespace callstop
