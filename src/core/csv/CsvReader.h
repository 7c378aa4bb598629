#pragma once

#include "CsvDialect.h"

#include <QByteArrayView>
#include <QStringDecoder>

#include <atomic>
#include <functional>
#include <string>
#include <vector>

class QIODevice;

namespace callstop {

// One record of a CSV file; its fields are valid only during the callback that receives it.
class CsvRecord final
{
public:
    int line() const { return m_line; } // 1-based physical line where the record starts
    int size() const { return int(m_ends.size()); }
    QByteArrayView field(int index) const
    {
        if (index < 0 || index >= size())
            return {};
        const std::size_t begin = index == 0 ? 0 : m_ends[std::size_t(index - 1)];
        return QByteArrayView(m_data.data() + begin, qsizetype(m_ends[std::size_t(index)] - begin));
    }

private:
    friend class CsvReader;
    std::string m_data;
    std::vector<std::size_t> m_ends;
    int m_line = 1;
};

// A streaming RFC 4180 reader: quoted fields with doubled quotes, separators and line breaks inside quotes, CRLF,
// LF or CR line ends, blank lines (skipped), ragged rows, a trailing separator, no final line break. It reads the
// device in chunks of 1 MiB and never holds more than one record, so a file of any size takes constant memory.
// Written here rather than taken from a library because none in Debian streams, reports the line where a broken
// quoted field started, and works on bytes without converting every field to a QString (the ID column alone is
// decoded, which is what makes a million rows fast).
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(callstop::CsvReader)

public:
    static constexpr qsizetype ChunkSize = 1 << 20;
    static constexpr qsizetype DefaultMaxFieldBytes = 1 << 20;

    enum class Status { Ok, Stopped, Cancelled, Error };
    // Returns false to stop reading.
    using RecordHandler = std::function<bool(const CsvRecord&)>;

    CsvReader(QIODevice* device, const CsvDialect& dialect);

    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }
    void setProgressHandler(std::function<void(qint64 bytesRead)> progress) { m_progress = std::move(progress); }
    void setMaxFieldBytes(qsizetype bytes) { m_maxFieldBytes = bytes; }
    // Keeps the text of this field only (the others read as empty): an import needs one column, and not copying
    // the others halves the time on wide exports. -1 keeps all.
    void setOnlyField(int index) { m_onlyField = index; }

    Status read(const RecordHandler& onRecord);

    QString errorString() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    qint64 bytesRead() const { return m_bytesRead; }
    int recordCount() const { return m_records; }

    // Parses a whole in-memory text (tests, previews).
    static Status parse(
        const QByteArray& bytes, const CsvDialect& dialect, const RecordHandler& onRecord, QString* error = nullptr);

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    bool feed(const char* data, qsizetype size, const RecordHandler& onRecord);
    bool finish(const RecordHandler& onRecord);
    void endField();
    bool endRecord(const RecordHandler& onRecord);
    bool fail(int line, const QString& message);

    QIODevice* m_device;
    CsvDialect m_dialect;
    QStringDecoder m_decoder; // for UTF-16 input
    const std::atomic<bool>* m_cancel = nullptr;
    std::function<void(qint64)> m_progress;
    qsizetype m_maxFieldBytes = DefaultMaxFieldBytes;
    int m_onlyField = -1;
    qsizetype m_fieldBytes = 0;
    qsizetype m_recordBytes = 0;

    CsvRecord m_record;
    State m_state = State::FieldStart;
    bool m_pendingCR = false; // a CR ended the last line; an LF right after it belongs to it
    bool m_quotedCR = false; // a CR inside quotes; an LF right after it is the same line break
    bool m_recordQuoted = false;
    std::size_t m_fieldStart = 0;
    int m_line = 1;
    int m_fieldLine = 1;
    int m_records = 0;
    qint64 m_bytesRead = 0;
    bool m_stopped = false;
    QString m_error;
    int m_errorLine = 0;
    bool m_atStart = true;
};

} // namespace callstop
