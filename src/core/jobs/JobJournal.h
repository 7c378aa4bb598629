#pragma once

#include "BatchPayload.h"
#include "JobRecorder.h"
#include "WriteFault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QLockFile>
#include <QString>

#include <memory>

namespace callstop {

struct JobSummary;

// What a job is about, written first in its journal.
struct JournalHeader
{
    QString jobId;
    QString profile;
    QString baseUrl;
    QString user;
    QString host;
    QDateTime created;
    int batchSize = 100;
    // Every batch of the job as first planned. All of one scope (the version 1 format knew only call IDs).
    QList<BatchPayload> batches;
    int version = JournalHeader::CurrentVersion;
    static constexpr int CurrentVersion = 2;

    ScopeKind kind() const { return batches.isEmpty() ? ScopeKind::CallIds : batches.first().kind; }

    // The header of a new job: a fresh job id, this user and host, now, and the job's batches.
    static JournalHeader forJob(const class TerminationJob& job, const QString& profile, const QString& baseUrl);
};

// A journal read back: where each batch stood when the file ends.
struct JournalState
{
    enum class BatchState {
        NotSent, // never sent, or refused with the key (not applied)
        Confirmed, // accepted, or nothing terminable in it
        Failed, // answered with an error that retrying did not cure
        Unknown, // in flight when the file ends, or answered ambiguously: may have been applied
        // An earlier attempt may have been applied, a later one found nothing terminable or failed: final, not sent
        // again (BatchOutcome::ProbablyApplied).
        ProbablyApplied,
    };

    QString path;
    JournalHeader header;
    QList<BatchState> batches;
    // Per batch: some attempt may have reached the server without a whole answer (in flight at a crash or when a
    // run stopped, or answered ambiguously). A resumed job starts from it, so that a later "nothing terminable"
    // reads as probably applied.
    QList<bool> possiblyApplied;
    bool finished = false; // the job reached its end (completed, cancelled, refused, aborted or recording failed)
    QString ending;
    int records = 0;
    bool damagedTail = false; // the last line was cut (a crash during a write)
    bool inUse = false; // a live process is running this job now

    int count(BatchState state) const;
    QList<int> batchesToResume() const; // unknown and not sent
    // Unfinished (a crash, or records that could no longer be written), stopped by a refused key, or stopped because
    // the audit log could not be written: all leave batches that should still be sent.
    bool needsResume() const
    {
        return (!finished || ending == QLatin1String("unauthorized") || ending == QLatin1String("recording_failed"))
            && !inUse && !batchesToResume().isEmpty();
    }
    static QString stateKey(BatchState state);
};

// An append-only JSON Lines file per job: a header with every batch and its IDs, then one record per change of a
// batch (leased, attempt sent, attempt answered, batch closed) and one at the end. Every record is written when the
// change happens, and synced to disk (once for all the records written meanwhile) before the job tells anyone of the
// change. A request leaves only once a synced record says it may: a lease for the first attempts of the next batches
// (TerminationJob::renewLease), its own "sent" record for a retry. So after a crash, of any kind, the file says
// exactly which batches were confirmed, which may have been sent (unknown: in flight, or leased) and which were
// never sent. The key is never written.
class JobJournal final : public JobRecorder
{
    Q_DECLARE_TR_FUNCTIONS(callstop::JobJournal)

public:
    static QString defaultDirectory();
    static QString newPath(const QString& directory, const QString& jobId);
    static QString currentUser();

    JobJournal() = default;
    ~JobJournal() override;

    bool create(const QString& path, const JournalHeader& header, QString* error);
    // Opens an existing journal to append the records of a resumed run.
    bool reopen(const QString& path, QString* error);
    QString path() const { return m_file.fileName(); }
    // Set after a write or a sync failed: which file and the system's error. The job stops sending (a recording
    // failure) and the journal writes nothing more, so the file ends with whole records: what it says is true, and a
    // batch whose answer it lacks reads as unknown (sent again, safely, by a resume).
    QString writeError() const override { return m_writeError; }

    static JournalState load(const QString& path, QString* error);
    static QList<JournalState> list(const QString& directory);

    void batchesLeased(const QList<int>& indexes) override;
    void attemptStarted(const BatchResult& batch, int attempt) override;
    void attemptFinished(const BatchResult& batch, const ApiResponse& response, bool final) override;
    void batchClosed(const BatchResult& batch) override;
    void jobFinished(const JobSummary& summary) override;
    int takeUnsyncedFile() override;
    void syncFailed(int error) override;

private:
    void write(const QJsonObject& record);
    // Now: the record goes to the file at once. Later: it waits in memory for the next record written Now or for
    // takeUnsyncedFile(), and goes with them in one write. Later is for what nothing acts on before the next sync (a
    // lease, an answer, a closed batch), so a killed process loses only records nobody was told of: the batch reads
    // as leased or sent, unknown, and is sent again on resume. A "sent" record goes Now, before its request leaves.
    enum class Flush { Now, Later };
    // One record's whole line, newline included.
    void writeLine(QByteArray line, Flush when = Flush::Now);
    void flushPending();
    void syncNow();
    void failed(const QString& error);

    bool lock(const QString& path, QString* error);

    QFile m_file;
    std::unique_ptr<QLockFile> m_lock; // held while the job runs, so that nobody resumes it meanwhile
    QString m_writeError;
    bool m_dirty = false; // written since the last sync
    PendingRecords m_pending; // records written Later, not yet handed to the system
    WriteFault m_fault {"CALLSTOP_FAULT_JOURNAL_WRITES"};
};

} // namespace callstop
