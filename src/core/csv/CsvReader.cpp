#include "CsvReader.h"

#include <QBuffer>
#include <QIODevice>

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
namespace callstop {

namespace {

QStringDecoder decoderFor(CsvDialect::Encoding encoding)
{
    switch (encoding) {
    case CsvDialect::Encoding::Utf16LE:
        return QStringDecoder(QStringConverter::Utf16LE);
    case CsvDialect::Encoding::Utf16BE:
        return QStringDecoder(QStringConverter::Utf16BE);
    default:
        return QStringDecoder();
    }
}

} // namespace

CsvReader::CsvReader(QIODevice* device, const CsvDialect& dialect)
    : m_device(device)
    , m_dialect(dialect)
    , m_decoder(decoderFor(dialect.encoding))
{ }

bool CsvReader::fail(int line, const QString& message)
{
    m_errorLine = line;
    m_error = tr("line %1: %2").arg(line).arg(message);
    return false;
}

void CsvReader::endField()
{
    m_record.m_ends.push_back(m_record.m_data.size());
    m_state = State::FieldStart;
    m_recordBytes += m_fieldBytes;
    m_fieldBytes = 0;
}

bool CsvReader::endRecord(const RecordHandler& onRecord)
{
    // A line with nothing on it is not a record.
    const bool blank = m_record.m_ends.size() == 1 && m_recordBytes == 0 && !m_recordQuoted;
    bool go = true;
    if (!blank) {
        ++m_records;
        go = onRecord(m_record);
    }
    m_record.m_data.clear();
    m_record.m_ends.clear();
    m_recordQuoted = false;
    m_recordBytes = 0;
    m_fieldStart = 0;
    if (!go)
        m_stopped = true;
    return go;
}

namespace {

// The first byte in [p, end) that is a, b or c, or end: 16 bytes at a time where the processor has SSE2 (every
// x86-64 has), byte by byte elsewhere. Most of a CSV export is runs between such bytes (IDs, notes, transcripts).
const char* findAnyOf(const char* p, const char* end, char a, char b, char c)
{
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8(a);
    const __m128i vb = _mm_set1_epi8(b);
    const __m128i vc = _mm_set1_epi8(c);
    while (end - p >= 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i hit = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(chunk, va), _mm_cmpeq_epi8(chunk, vb)), _mm_cmpeq_epi8(chunk, vc));
        const int mask = _mm_movemask_epi8(hit);
        if (mask != 0)
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    while (p < end && *p != a && *p != b && *p != c)
        ++p;
    return p;
}

} // namespace

bool CsvReader::feed(const char* data, qsizetype size, const RecordHandler& onRecord)
{
    const unsigned char sep = static_cast<unsigned char>(m_dialect.separator);

    const char* p = data;
    const char* const end = data + size;
    std::string& buf = m_record.m_data;

    auto keep = [&] { return m_onlyField < 0 || int(m_record.m_ends.size()) == m_onlyField; };
    auto newLine = [&](char c) {
        // Called for a line break outside quotes that ends a record.
        endField();
        ++m_line;
        m_pendingCR = c == '\r';
        const bool go = endRecord(onRecord);
        m_record.m_line = m_line;
        return go;
    };

    while (p < end) {
        const char c = *p;
        if (m_pendingCR) {
            m_pendingCR = false;
            if (c == '\n') {
                ++p;
                continue;
            }
        }
        switch (m_state) {
        case State::FieldStart:
            m_fieldStart = buf.size();
            m_fieldBytes = 0;
            if (c == '"') {
                m_state = State::Quoted;
                m_fieldLine = m_line;
                m_recordQuoted = true;
                ++p;
            } else if (static_cast<unsigned char>(c) == sep) {
                endField();
                ++p;
            } else if (c == '\n' || c == '\r') {
                ++p;
                if (!newLine(c))
                    return false;
            } else {
                m_state = State::Unquoted;
            }
            break;
        case State::Unquoted: {
            // Up to the separator or a line break.
            const char* run = p;
            p = findAnyOf(p, end, char(sep), '\n', '\r');
            if (keep())
                buf.append(run, std::size_t(p - run));
            m_fieldBytes += p - run;
            // Only a field that is kept costs memory: a long note in another column is passed over.
            if (m_fieldBytes > m_maxFieldBytes && keep())
                return fail(m_line,
                    tr("a field is longer than %1 KiB; this is not a list of calls").arg(m_maxFieldBytes / 1024));
            if (p == end)
                break;
            const char t = *p++;
            if (static_cast<unsigned char>(t) == sep) {
                endField();
            } else if (!newLine(t)) {
                return false;
            }
            break;
        }
        case State::Quoted: {
            // Up to a quote, or a line break (counted, and kept in the field).
            const char* run = p;
            p = findAnyOf(p, end, '"', '\n', '\r');
            if (p > run)
                m_quotedCR = false;
            if (keep())
                buf.append(run, std::size_t(p - run));
            m_fieldBytes += p - run;
            if (m_fieldBytes > m_maxFieldBytes && keep())
                return fail(m_fieldLine,
                    tr("a quoted field that starts here is longer than %1 KiB").arg(m_maxFieldBytes / 1024));
            if (p == end)
                break;
            const char t = *p++;
            if (t == '"') {
                m_state = State::QuoteInQuoted;
                m_quotedCR = false;
            } else {
                if (keep())
                    buf.push_back(t);
                ++m_fieldBytes;
                if (t == '\r') {
                    ++m_line;
                    m_quotedCR = true;
                } else {
                    if (!m_quotedCR)
                        ++m_line;
                    m_quotedCR = false;
                }
            }
            break;
        }
        case State::QuoteInQuoted:
            if (c == '"') {
                if (keep())
                    buf.push_back('"');
                ++m_fieldBytes;
                m_state = State::Quoted;
                ++p;
            } else if (static_cast<unsigned char>(c) == sep) {
                endField();
                ++p;
            } else if (c == '\n' || c == '\r') {
                ++p;
                if (!newLine(c))
                    return false;
            } else {
                // Text after a closing quote ("abc"def): kept, as spreadsheet programs do.
                m_state = State::Unquoted;
            }
            break;
        }
    }
    return true;
}

bool CsvReader::finish(const RecordHandler& onRecord)
{
    if (m_state == State::Quoted)
        return fail(m_fieldLine, tr("a quoted field that starts on this line is never closed"));
    if (m_state != State::FieldStart || !m_record.m_ends.empty() || m_fieldBytes > 0) {
        endField();
        return endRecord(onRecord);
    }
    return true;
}

CsvReader::Status CsvReader::read(const RecordHandler& onRecord)
{
    m_record.m_line = m_line;
    QByteArray chunk;
    QByteArray converted;
    // A small file is read in one piece of its own size rather than a whole chunk.
    const qint64 chunkSize = m_device->isSequential()
        ? ChunkSize
        : qBound<qint64>(4096, m_device->size() - m_device->pos() + 1, ChunkSize);
    for (;;) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            return Status::Cancelled;
        chunk.resize(chunkSize);
        const qint64 n = m_device->read(chunk.data(), chunkSize);
        if (n < 0) {
            m_error = tr("reading failed: %1").arg(m_device->errorString());
            return Status::Error;
        }
        if (n == 0)
            break;
        chunk.resize(n);
        m_bytesRead += n;
        const char* data = chunk.constData();
        qsizetype size = n;
        if (m_dialect.encoding == CsvDialect::Encoding::Utf16LE
            || m_dialect.encoding == CsvDialect::Encoding::Utf16BE) {
            converted = QString(m_decoder.decode(chunk)).toUtf8();
            data = converted.constData();
            size = converted.size();
        }
        if (m_atStart) {
            m_atStart = false;
            if (size >= 3 && data[0] == '\xef' && data[1] == '\xbb' && data[2] == '\xbf') {
                data += 3;
                size -= 3;
            }
        }
        if (!feed(data, size, onRecord))
            return m_stopped ? Status::Stopped : Status::Error;
        if (m_progress)
            m_progress(m_bytesRead);
    }
    if (!finish(onRecord))
        return m_stopped ? Status::Stopped : Status::Error;
    return Status::Ok;
}

CsvReader::Status CsvReader::parse(
    const QByteArray& bytes, const CsvDialect& dialect, const RecordHandler& onRecord, QString* error)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, dialect);
    const Status status = reader.read(onRecord);
    if (error)
        *error = reader.errorString();
    return status;
}

} // namespace callstop
