#pragma once

#include "BatchResult.h"
#include "RetryPolicy.h"
#include "api/ApiResponse.h"
#include "calls/RowState.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QThreadPool>

#include <functional>

class QTimer;

namespace callstop {

class ApiClient;
class ApiCall;
class JobRecorder;

struct JobOptions
{
    int batchSize = 100; // 1..100
    int concurrency = 4; // requests in flight, 1..16
    // After a batch is accepted, ask the server for the status of each of its calls (one GET each), because the
    // answer to a batch does not say which of its calls were stopped.
    bool checkCalls = false;
    // Batches one lease covers (0: leaseSizeFor(concurrency)). See TerminationJob::renewLease().
    int leaseBatches = 0;
    RetryPolicy retry;
};

struct JobSummary
{
    // RecordingFailed: the journal or the audit log could not be written; nothing was sent after that, the batches
    // in flight were finished, the others were not sent.
    enum class Ending { Running, Completed, Cancelled, Unauthorized, Aborted, RecordingFailed };
    Ending ending = Ending::Running;
    int batches = 0;
    int accepted = 0;
    int nothingTerminable = 0;
    int failed = 0;
    int unknown = 0;
    int probablyApplied = 0; // BatchOutcome::ProbablyApplied: final, not sent again, not a failure
    int notSent = 0;
    int unauthorized = 0;
    int requests = 0; // terminate requests sent, retries included
    int retries = 0;
    QString stopMessage; // why the job stopped early, if it did
    int callsChecked = 0;
    int callsTerminated = 0; // confirmed by a check
    int callsNotTerminable = 0; // confirmed by a check
    int checksFailed = 0;

    static QString endingKey(Ending ending);
};

// Sends a list of IDs in batches of at most 100 with a bounded number of requests in flight, retries what can be
// retried (slowing the whole job down on 429), stops at once on a refused key, and reports one BatchResult per
// batch. Signals name batches by slot (their place in this job); BatchResult::index is the batch's number in the
// job as first planned, which a resumed job keeps.
class TerminationJob final : public QObject
{
    Q_OBJECT

public:
    // A job of call IDs, cut into batches of options.batchSize.
    TerminationJob(ApiClient* client, const QList<CallId>& ids, JobOptions options, QObject* parent = nullptr);
    // A job of any scope: its items (IDs or numbers) cut into batches, or one request for a campaign or an agent.
    TerminationJob(ApiClient* client, const BatchPayload& whole, JobOptions options, QObject* parent = nullptr);
    // A job of given batches (a resumed job): indexes are kept, items are concatenated in order.
    TerminationJob(ApiClient* client, const QList<BatchResult>& batches, JobOptions options, QObject* parent = nullptr);
    ~TerminationJob() override;

    static BatchOutcome classify(const ApiResponse& response);
    static int batchCountFor(qsizetype ids, int batchSize);
    // K, the most batches a job may have leased and not yet settled on disk: 8 x the concurrency, at most 64 (32 at
    // the default 4). After a crash at most K batches read as unknown because of the lease. At 4 x the concurrency
    // a lease covered about 9 batches at 4 in flight on loopback, and its syncs cost a tenth of the job's time.
    static int leaseSizeFor(int concurrency) { return qMin(64, 8 * qBound(1, concurrency, 16)); }
    // What a call-details answer says about a call of an accepted (or probably applied) batch.
    static RowState stateFromCallDetails(
        const ApiResponse& response, QString* detail, BatchOutcome outcome = BatchOutcome::Accepted);
    // The row state that a batch outcome gives each of its calls before any check.
    static RowState rowStateFor(BatchOutcome outcome);

    int batchCount() const { return int(m_batches.size()); }
    const BatchResult& batch(int slot) const { return m_batches.at(slot); }
    const JobOptions& options() const { return m_options; }
    ScopeKind kind() const { return m_kind; }
    // The call IDs of a call-ID job, by position (empty for other scopes).
    const QList<CallId>& ids() const { return m_ids; }
    // Items of the job (call IDs or numbers; 1 for a campaign or an agent).
    int idCount() const { return m_itemCount; }
    bool isRunning() const { return m_started && !m_done; }
    bool isDone() const { return m_done; }
    int inFlight() const { return int(m_calls.size() + m_checks.size()); }
    int currentLimit() const { return m_limit; }
    const JobSummary& summary() const { return m_summary; }
    int leaseSize() const { return m_leaseSize; }
    // Lease records written so far.
    int leases() const { return m_leases; }

    // Recorders are called as things happen. Each request leaves only once a synced record covers it: a lease for a
    // batch's first attempt (written ahead, see renewLease()), its own "sent" record for a retry. Every other signal
    // is emitted only once the records written before it are synced (group commit). They must outlive the job.
    void addRecorder(JobRecorder* recorder) { m_recorders.append(recorder); }
    // For tests: a seeded random source for the jitter.
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }

    void start();
    // Sends nothing more; batches in flight finish and report their outcome.
    void cancel();
    // Also aborts the batches in flight; they end as Unknown.
    void abort();

signals:
    void batchStarted(int slot, int attempt);
    // A batch failed in a way worth retrying and will be sent again after delayMs.
    void batchRetrying(int slot, int nextAttempt, qint64 delayMs, const QString& reason);
    void batchFinished(const callstop::BatchResult& result);
    // position is the index of the call in the job's list of IDs.
    void callChecked(int position, callstop::RowState state, const QString& detail);
    void finished(const callstop::JobSummary& summary);
    // A record could not be written (error names the file and the system's error): the job sends nothing more, the
    // inFlight requests that had left then finish. Emitted once, after the effects that were waiting when it happened.
    void recordingFailed(const QString& error, int inFlight);

private:
    void init(const QList<BatchPayload>& payloads, const QList<int>& indexes);
    void pump();
    // The lease: one synced record declares the next batches' first attempts as possibly sent, so that those
    // requests leave at once, without a sync of their own. Taken when fewer leased batches are ready to go than are
    // in flight (at least 2, at most K/2), for as many batches as keep the leased-and-unsettled ones at most K in the
    // file. A batch stays in the lease until its final record (answer, or closed) is synced; so after a crash at most
    // K batches read as unknown on its account, and resume sends them again (harmless: terminating is idempotent).
    void renewLease();
    // The batch's final record was written: it leaves the lease once that record is synced.
    void settle(int slot);
    void send(int slot);
    void onAnswer(int slot, const ApiResponse& response);
    const BatchResult& batchAtPosition(int position) const;
    void check(int position);
    void onCheck(int position, const ApiResponse& response);
    void stop(JobSummary::Ending ending, const QString& message);
    // Stops the job (RecordingFailed) when a recorder reports a failed write or sync; true when it did or had.
    bool checkRecording();
    QString notSentMessage() const;
    void finishIfDone();
    void finish(BatchResult& result);
    void close(BatchResult& result);
    void onRateLimited();
    void onSuccess();
    void startRequest(int slot);
    // Group commit: what the job does to the world (a request it starts, a signal it emits) waits until the
    // records written before it are synced. The sync runs on a worker thread while answers go on being handled;
    // the records written meanwhile go into the next sync. Effects run in the order they were queued.
    // Soon: something waits for it (a request, a lease, the end of the job): a sync starts as soon as none runs.
    // Lazily: only the operator is told (an outcome, a check) or the lease gains room: it rides with the next sync
    // something else needs, or with one at most LazyCommitMs later. Without it the syncs ran back to back, about
    // one per answer on loopback, and took a third of the job's CPU time.
    enum class Commit { Soon, Lazily };
    static constexpr int LazyCommitMs = 15;
    void later(std::function<void()> effect, Commit when = Commit::Soon);
    void commitSoon();
    void startCommit();
    void onCommitted(quint64 generation, const QList<int>& errors);
    // Syncs and runs every effect now (cancel and abort: the operator is told at once).
    void commitNow();
    // False when a receiver deleted the job meanwhile; the caller must not touch it then.
    bool runEffects(const QList<std::function<void()>>& effects);

    ApiClient* m_client;
    ScopeKind m_kind = ScopeKind::CallIds;
    QList<CallId> m_ids;
    int m_itemCount = 0;
    JobOptions m_options;
    QList<BatchResult> m_batches;
    QList<int> m_queue; // slots to send, first to last (retries go to the front when their wait is over)
    QHash<int, QPointer<ApiCall>> m_calls; // slot -> request (null until the request leaves, after the commit)
    QHash<int, QObject*> m_waiting; // slot -> timer of a pending retry
    QHash<int, QPointer<ApiCall>> m_checks; // position -> request
    QList<int> m_pendingChecks;
    int m_leaseSize = 16;
    QSet<int> m_leaseReady; // slots whose first attempt a synced lease covers, not sent yet
    QSet<int> m_leaseUnsettled; // slots in a written lease whose final record is not synced yet
    bool m_leasePending = false; // a lease waits for its sync
    int m_leases = 0;
    QList<std::function<void()>> m_effects; // waiting for the next sync
    QList<std::function<void()>> m_committing; // waiting for the sync in progress
    QList<JobRecorder*> m_syncing; // whose files the sync in progress covers, in the order of its results
    QThreadPool m_syncThread; // its own, so that a busy global pool (an import) never delays a sync
    QFuture<QList<int>> m_sync; // errno of each file's sync, 0 when it succeeded
    quint64 m_syncGeneration = 0;
    bool m_commitQueued = false;
    bool m_syncRunning = false;
    bool m_commitWanted = false; // an effect queued Soon waits in m_effects
    QTimer* m_lazyCommit = nullptr; // the next sync for effects queued Lazily, when nothing else asks for one
    int m_settling = 0; // settle() effects waiting: leased batches whose final record is written, not yet synced
    int m_runningEffects = 0;
    QList<JobRecorder*> m_recorders;
    QRandomGenerator m_random {QRandomGenerator::securelySeeded()};
    int m_limit = 1; // requests allowed in flight now; lowered on 429, raised again step by step
    int m_successesSinceLimit = 0;
    bool m_started = false;
    bool m_stopping = false;
    bool m_done = false;
    JobSummary m_summary;
};

} // namespace callstop
