#pragma once

#include "JobRecorder.h"
#include "WriteFault.h"
#include "util/JsonLine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace callstop {

struct AuditRecord
{
    QDateTime time; // UTC
    QString user;
    QString host;
    QString profile;
    QString baseUrlHost;
    QString jobId;
    int batch = -1; // 0-based
    int attempt = 0;
    QString scope; // ScopeKinds::key: call_ids (also for records written before scopes existed), numbers, ...
    QString scopeId; // the campaign or agent a scope is restricted to
    QStringList ids; // the batch's items: call IDs or numbers; the scope's id for a whole campaign or agent
    int httpStatus = 0; // of the whole answer that arrived; 0 when none did
    QString outcome; // BatchOutcomes::key, "retry", or NoAnswerOutcome
    QString message;
    qint64 durationMs = 0;
    QString networkError; // when no whole answer arrived: the error by name (RemoteHostClosedError, ...)

    // The outcome of an attempt whose "sent" record has no answer after it: in flight when CallStop stopped (a
    // crash, a kill), or still in flight now. It may have been applied.
    static constexpr const char* NoAnswerOutcome = "no_answer";
};

// Who stopped which calls, when, where, and what the server said, appended to a JSON Lines file that CallStop never
// rewrites. Shared by the console and the CLI. Each attempt writes two records: "sent" before the request leaves
// (written to the file first, so that no request of a killed process goes unaudited; synced with the next group
// commit, as the journal's "sent" records are) and "answer" with what really came back (HTTP 0
// and the network error when no whole answer did). read() gives one record per attempt: the answer, or for a "sent"
// without one, a record "sent, no answer" (NoAnswerOutcome).
class AuditLog final : public JobRecorder
{
    Q_DECLARE_TR_FUNCTIONS(callstop::AuditLog)

public:
    static QString defaultPath();

    AuditLog(QString path, QString profile, QString baseUrlHost, QString jobId);
    ~AuditLog() override;

    static QList<AuditRecord> read(const QString& path, QString* error);
    static bool exportCsv(const QList<AuditRecord>& records, const QString& path, QString* error);

    void attemptStarted(const BatchResult& batch, int attempt) override;
    void attemptFinished(const BatchResult& batch, const ApiResponse& response, bool final) override;
    void batchClosed(const BatchResult&) override { }
    void jobFinished(const JobSummary&) override { }
    int takeUnsyncedFile() override;
    void syncFailed(int error) override;
    // Set after a record could not be written or synced: which file and the system's error. The job stops sending
    // (a recording failure); the log writes nothing more for this job, so it keeps only whole lines.
    QString writeError() const override { return m_writeError; }

private:
    QString m_path;
    QString m_profile;
    QString m_baseUrlHost;
    QString m_jobId;
    QString m_user;
    QString m_host;
    QString m_writeError;
    QFile m_file;
    bool m_dirty = false; // written since the last sync
    PendingRecords m_pending; // answers not yet handed to the system: they go with the next "sent" or sync
    WriteFault m_fault {"CALLSTOP_FAULT_AUDIT_WRITES"};

    // Now for "sent" (the file has it before the request leaves); Later for an answer, which nobody is told of
    // before the next sync, and which goes to the file in the same write as the next "sent" or at that sync.
    enum class Flush { Now, Later };
    void write(QByteArray line, Flush when);
    void flushPending();
    void failed(const QString& error);
    JsonLine recordFor(const BatchResult& batch, int attempt) const;
};

} // namespace callstop
