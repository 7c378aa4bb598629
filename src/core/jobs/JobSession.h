#pragma once

#include "BatchPayload.h"
#include "JobJournal.h"
#include "ResultsReport.h"
#include "TerminationJob.h"
#include "util/TextPool.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

namespace callstop {

class ApiClient;
class AuditLog;

// Who runs a job and where its records go.
struct SessionContext
{
    QString profileName; // written into the journal and the audit log
    QUrl baseUrl;
    QString journalDirectory; // a new job's journal goes here (JobJournal::defaultDirectory() when empty)
    QString journalPath; // or exactly here, when set
    QString auditPath; // AuditLog::defaultPath() when empty
};

// What a journal leaves to be done: the batches that were in flight (unknown) and those never sent.
struct ResumePlan
{
    JournalState state;
    QList<BatchResult> batches; // to send, with their numbers in the job as first planned
    int itemCount = 0;
    bool isEmpty() const { return batches.isEmpty(); }
};

// The one place that turns "these targets, this profile, these options" into a running, journalled, audited job,
// for the console and the CLI alike: it creates the journal and the audit log, attaches them, starts the job or
// resumes one from its journal, owns cancel and abort, and keeps what is needed to say afterwards what became of
// every item (the per-call checks). It knows nothing of widgets or terminals.
class JobSession final : public QObject
{
    Q_OBJECT

public:
    // The session owns the client (configured with URL, key and network options) for as long as its job runs.
    JobSession(std::unique_ptr<ApiClient> client, SessionContext context, QObject* parent = nullptr);
    ~JobSession() override;

    // Reads a journal and plans what is left of its job; error set when it is not a journal.
    static ResumePlan planResume(const QString& path, QString* error);
    // The key follows the profile, not the file: a resumed job is sent to the URL of whoever holds the key (a
    // profile, or the URL the operator confirmed with CALLSTOP_API_KEY), and only if the journal was written for
    // that same URL. A journal is attached to tickets and copied between machines; its base_url is never where a
    // key goes on its own. Empty when they match; otherwise a message naming both URLs.
    static QString checkResumeUrl(const JournalHeader& header, const QUrl& ownerUrl, const QString& ownerName);
    // Equal as API base URLs: scheme and host without case, the default port, trailing slashes ignored.
    static bool sameBaseUrl(const QUrl& a, const QUrl& b);

    // Creates the journal (nothing is sent without one), attaches the recorders and starts. False, with error, when
    // the journal cannot be written.
    bool start(const BatchPayload& whole, const JobOptions& options, QString* error);
    // Continues the job of a plan in its own journal; the batch size is the journal's.
    bool resume(const ResumePlan& plan, JobOptions options, QString* error);

    void cancel();
    void abort();

    TerminationJob* job() const { return m_job; }
    ApiClient* client() const { return m_client.get(); }
    const SessionContext& context() const { return m_context; }
    QString jobId() const { return m_jobId; }
    QString journalPath() const;
    // Set when a record could not be written or synced; the operator must be told.
    QString journalError() const;
    QString auditError() const;
    // The first of the two: what stopped a job that ended RecordingFailed.
    QString recordingError() const;
    // For the operator, after a job whose records failed (empty otherwise): which file, the system's error, what
    // became of the batches and what to do. The console and the CLI show it as it is.
    QString recordingFailureText() const;
    bool isRunning() const { return m_job && m_job->isRunning(); }

    // The state an item (by position in the job) ends in: its batch's outcome, or what its check found.
    RowState stateAt(int position, QString* detail = nullptr) const;
    // Every item of the job with its final state, in order: the results export of the CLI.
    QList<ReportRow> reportRows() const;
    // Positions whose final state is Failed or Unknown: what "retry failed" sends again. Not ProbablyApplied: the
    // server said nothing was left to stop (or an applied attempt came before the failures); the check confirms it.
    QList<int> positionsToRetry() const;
    // Items whose batch was accepted (before any check).
    int acceptedItems() const;

signals:
    void batchStarted(int slot, int attempt);
    void batchRetrying(int slot, int nextAttempt, qint64 delayMs, const QString& reason);
    void batchFinished(const callstop::BatchResult& result);
    void callChecked(int position, callstop::RowState state, const QString& detail);
    void finished(const callstop::JobSummary& summary);
    // The journal or the audit log could not be written: nothing more is sent (TerminationJob::recordingFailed).
    void recordingFailed(const QString& error, int inFlight);

private:
    void attach(TerminationJob* job, std::unique_ptr<JobJournal> journal);
    const BatchResult* batchAt(int position) const;

    std::unique_ptr<ApiClient> m_client;
    SessionContext m_context;
    QString m_jobId;
    std::unique_ptr<JobJournal> m_journal;
    std::unique_ptr<AuditLog> m_audit;
    TerminationJob* m_job = nullptr; // a child of the session
    // What each call's check found, by position: its state and its text (1 + its index in m_checkTexts; 0: not
    // checked yet). A job's checks say a handful of texts, each kept once: a million checked calls take 8 MB, not 160.
    struct CheckFound
    {
        RowState state = RowState::Queued;
        quint32 text = 0;
    };
    std::vector<CheckFound> m_checked;
    TextPool m_checkTexts;
};

} // namespace callstop
