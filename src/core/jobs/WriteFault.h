#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>
#include <QtGlobal>

#include <utility>

namespace callstop {

// A fault for tests, at the level of the file's writes: with the environment variable (CALLSTOP_FAULT_JOURNAL_WRITES
// or CALLSTOP_FAULT_AUDIT_WRITES) set to N, the first N records a journal (an audit log) of this process writes
// reach the file and every later one fails as on a full disk (ENOSPC), before anything of it is written. Unset (as
// always outside tests): never. The journal and the audit log check it before each write; nothing else changes.
class WriteFault final
{
public:
    explicit WriteFault(const char* variable)
        : m_variable(QString::fromLatin1(variable))
    {
        bool ok = false;
        const int n = qEnvironmentVariableIntValue(variable, &ok);
        m_remaining = ok && n >= 0 ? n : -1;
    }

    // True when this write is to fail; counts the writes that succeed.
    bool nextWriteFails()
    {
        if (m_remaining < 0)
            return false;
        if (m_remaining == 0)
            return true;
        --m_remaining;
        return false;
    }

    QString variable() const { return m_variable; }

private:
    QString m_variable;
    int m_remaining = -1; // writes still allowed; -1: no fault
};

// Writes all of data, going on after a short write (a disk that filled up in the middle of a record), so that a
// failure leaves the file's own error text (ENOSPC: "No space left on device"). False when some of it was not written.
inline bool writeWhole(QFileDevice& file, const QByteArray& data)
{
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 n = file.write(data.constData() + done, data.size() - done);
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// Records that wait in memory for the next record written at once, or for the sync, to go to the file with it in
// one write (the journal's and the audit log's answers: nobody is told of them before the next sync).
class PendingRecords final
{
public:
    void append(const QByteArray& line) { m_text += line; }
    // Writes what waits and forgets it; nothing when the file is closed or failed before (broken). False when some
    // of it was not written.
    bool writeTo(QFileDevice& file, bool broken)
    {
        const QByteArray data = std::exchange(m_text, {});
        if (data.isEmpty() || broken || !file.isOpen())
            return true;
        return writeWhole(file, data);
    }

private:
    QByteArray m_text;
};

} // namespace callstop
