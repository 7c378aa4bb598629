#pragma once

#include "BatchResult.h"
#include "api/ApiResponse.h"
#include "calls/RowState.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace callstop {

class ApiClient;
class ApiCall;

struct JobOptions
{
    int batchSize = 100; // 1..100
    int concurrency = 4; // requests in flight, 1..16
    // After a batch is accepted, ask the server for the status of each of its calls (one GET each), because the
    // answer to a batch does not say which of its calls were stopped.
    bool checkCalls = false;
};

struct JobSummary
{
    enum class Ending { Running, Completed, Cancelled, Unauthorized, Aborted };
    Ending ending = Ending::Running;
    int batches = 0;
    int accepted = 0;
    int nothingTerminable = 0;
    int failed = 0;
    int unknown = 0;
    int notSent = 0;
    int unauthorized = 0;
    QString stopMessage; // why the job stopped early, if it did
    int callsChecked = 0;
    int callsTerminated = 0; // confirmed by a check
    int callsNotTerminable = 0; // confirmed by a check
    int checksFailed = 0;
};

// Sends a list of IDs in batches of at most 100 with a bounded number of requests in flight, and reports one
// BatchResult per batch. The order of results follows the answers, not the batch numbers.
class TerminationJob final : public QObject
{
    Q_OBJECT

public:
    TerminationJob(ApiClient* client, QList<CallId> ids, JobOptions options, QObject* parent = nullptr);
    ~TerminationJob() override;

    static BatchOutcome classify(const ApiResponse& response);
    static int batchCountFor(qsizetype ids, int batchSize);
    // What a call-details answer says about a call of an accepted batch.
    static RowState stateFromCallDetails(const ApiResponse& response, QString* detail);
    // The row state that a batch outcome gives each of its calls before any check.
    static RowState rowStateFor(BatchOutcome outcome);

    int batchCount() const { return int(m_batches.size()); }
    const BatchResult& batch(int index) const { return m_batches.at(index); }
    const JobOptions& options() const { return m_options; }
    int idCount() const { return int(m_ids.size()); }
    bool isRunning() const { return m_started && !m_done; }
    bool isDone() const { return m_done; }
    int inFlight() const { return int(m_calls.size() + m_checks.size()); }
    const JobSummary& summary() const { return m_summary; }

    void start();
    // Sends nothing more; batches in flight finish and report their outcome.
    void cancel();
    // Also aborts the batches in flight; they end as Unknown.
    void abort();

signals:
    void batchStarted(int index, int attempt);
    void batchFinished(const callstop::BatchResult& result);
    // position is the index of the call in the job's list of IDs.
    void callChecked(int position, callstop::RowState state, const QString& detail);
    void finished(const callstop::JobSummary& summary);

private:
    void pump();
    void send(int index);
    void onAnswer(int index, const ApiResponse& response);
    void check(int position);
    void onCheck(int position, const ApiResponse& response);
    void stop(JobSummary::Ending ending, const QString& message);
    void finishIfDone();
    void record(BatchResult& result);

    ApiClient* m_client;
    QList<CallId> m_ids;
    JobOptions m_options;
    QList<BatchResult> m_batches;
    QHash<int, QPointer<ApiCall>> m_calls; // batch index -> request
    QHash<int, QPointer<ApiCall>> m_checks; // position -> request
    QList<int> m_pendingChecks;
    int m_next = 0;
    bool m_started = false;
    bool m_stopping = false;
    bool m_done = false;
    JobSummary m_summary;
};

} // namespace callstop
