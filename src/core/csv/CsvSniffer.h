#pragma once

#include "CsvDialect.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

class QIODevice;

namespace callstop {

// What the first bytes of a file say about how it is written.
struct CsvSniff
{
    CsvDialect dialect;
    bool bom = false;
    QString error; // set when the file is not text (binary, archive) or cannot be read
    bool ok() const { return error.isEmpty(); }
};

// Guesses encoding, separator and header from the head of a file, so that the operator only has to look and
// confirm. Every guess can be overridden in the dialog and on the command line.
class CsvSniffer final
{
    Q_DECLARE_TR_FUNCTIONS(callstop::CsvSniffer)

public:
    static constexpr qsizetype SampleBytes = 256 * 1024;
    static constexpr int SampleRecords = 200;

    // Reads the head of the device and seeks back to where it was.
    static CsvSniff sniff(QIODevice* device);
    static CsvSniff sniffBytes(const QByteArray& head);

    static CsvDialect::Encoding detectEncoding(const QByteArray& head, bool* bom);
    // The separator among , ; tab | that splits the sample most consistently into more than one field.
    static char detectSeparator(const QByteArray& utf8Sample);
    static bool detectHeader(const QList<QList<QByteArray>>& records);

    // The first records of the sample, parsed with a dialect; the last, possibly cut, record of a truncated sample
    // is dropped.
    static QList<QList<QByteArray>> sampleRecords(
        const QByteArray& utf8Sample, char separator, bool truncated, int maxRecords = SampleRecords);
    // The head of the device as UTF-8 (transcoded from UTF-16 when needed); seeks back.
    static QByteArray utf8Head(QIODevice* device, CsvDialect::Encoding encoding, bool* truncated);
};

} // namespace callstop
