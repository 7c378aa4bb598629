#include "TerminationJob.h"

#include "JobRecorder.h"
#include "api/ApiClient.h"
#include "util/Logging.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

#include <unistd.h>

namespace callstop {

QString BatchOutcomes::displayName(BatchOutcome outcome)
{
    switch (outcome) {
    case BatchOutcome::Pending:
        return tr("Pending");
    case BatchOutcome::Accepted:
        return tr("Accepted");
    case BatchOutcome::NothingTerminable:
        return tr("Nothing terminable");
    case BatchOutcome::Unauthorized:
        return tr("Unauthorized");
    case BatchOutcome::Failed:
        return tr("Failed");
    case BatchOutcome::Unknown:
        return tr("Unknown: may have been applied");
    case BatchOutcome::NotSent:
        return tr("Not sent");
    case BatchOutcome::UnexpectedAnswer:
        return tr("Unexpected answer: may have been applied");
    case BatchOutcome::ProbablyApplied:
        return tr("Probably applied by an earlier attempt");
    }
    return {};
}

QString BatchOutcomes::key(BatchOutcome outcome)
{
    switch (outcome) {
    case BatchOutcome::Pending:
        return QStringLiteral("pending");
    case BatchOutcome::Accepted:
        return QStringLiteral("accepted");
    case BatchOutcome::NothingTerminable:
        return QStringLiteral("nothing_terminable");
    case BatchOutcome::Unauthorized:
        return QStringLiteral("unauthorized");
    case BatchOutcome::Failed:
        return QStringLiteral("failed");
    case BatchOutcome::Unknown:
        return QStringLiteral("unknown");
    case BatchOutcome::NotSent:
        return QStringLiteral("not_sent");
    case BatchOutcome::UnexpectedAnswer:
        return QStringLiteral("unexpected_answer");
    case BatchOutcome::ProbablyApplied:
        return QStringLiteral("probably_applied");
    }
    return {};
}

QString JobSummary::endingKey(Ending ending)
{
    switch (ending) {
    case Ending::Running:
        return QStringLiteral("running");
    case Ending::Completed:
        return QStringLiteral("completed");
    case Ending::Cancelled:
        return QStringLiteral("cancelled");
    case Ending::Unauthorized:
        return QStringLiteral("unauthorized");
    case Ending::Aborted:
        return QStringLiteral("aborted");
    case Ending::RecordingFailed:
        return QStringLiteral("recording_failed");
    }
    return {};
}

TerminationJob::TerminationJob(ApiClient* client, const QList<CallId>& ids, JobOptions options, QObject* parent)
    : TerminationJob(client, BatchPayload::forCallIds(ids), options, parent)
{ }

TerminationJob::TerminationJob(ApiClient* client, const BatchPayload& whole, JobOptions options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(whole.kind)
    , m_options(options)
{
    m_options.batchSize = qBound(1, m_options.batchSize, ApiClient::MaxIdsPerRequest);
    if (m_kind == ScopeKind::CallIds)
        m_ids = whole.ids;
    init(BatchPayload::split(whole, m_options.batchSize), {});
}

TerminationJob::TerminationJob(
    ApiClient* client, const QList<BatchResult>& batches, JobOptions options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(batches.isEmpty() ? ScopeKind::CallIds : batches.first().payload.kind)
    , m_options(options)
{
    m_options.batchSize = qBound(1, m_options.batchSize, ApiClient::MaxIdsPerRequest);
    QList<BatchPayload> payloads;
    QList<int> indexes;
    for (const BatchResult& given : batches) {
        BatchPayload payload = given.payload;
        payload.ids = payload.ids.mid(0, ApiClient::MaxIdsPerRequest);
        payload.numbers = payload.numbers.mid(0, ApiClient::MaxIdsPerRequest);
        if (m_kind == ScopeKind::CallIds)
            m_ids += payload.ids;
        payloads.append(std::move(payload));
        indexes.append(given.index);
    }
    init(payloads, indexes);
    // What the earlier runs' attempts may have done (the journal's history) decides what this run's answers mean.
    for (int slot = 0; slot < batches.size(); ++slot)
        m_batches[slot].possiblyApplied = batches.at(slot).possiblyApplied;
}

void TerminationJob::init(const QList<BatchPayload>& payloads, const QList<int>& indexes)
{
    m_batches.reserve(payloads.size());
    for (int slot = 0; slot < payloads.size(); ++slot) {
        BatchResult batch;
        batch.index = indexes.isEmpty() ? slot : indexes.at(slot);
        batch.slot = slot;
        batch.firstPosition = m_itemCount;
        batch.payload = payloads.at(slot);
        // One job, one scope: a payload of another kind would be sent to the wrong endpoint.
        Q_ASSERT(batch.payload.kind == m_kind);
        m_itemCount += int(batch.payload.itemCount());
        m_batches.append(std::move(batch));
        m_queue.append(slot);
    }
    m_syncThread.setMaxThreadCount(1);
    m_lazyCommit = new QTimer(this);
    m_lazyCommit->setSingleShot(true);
    m_lazyCommit->setInterval(LazyCommitMs);
    connect(m_lazyCommit, &QTimer::timeout, this, [this] {
        m_commitWanted = true;
        commitSoon();
    });
    m_options.concurrency = qBound(1, m_options.concurrency, 16);
    m_options.retry.maxAttempts = qBound(1, m_options.retry.maxAttempts, 100);
    // The per-call check asks for a call by its ID: only a job of call IDs has them.
    if (m_kind != ScopeKind::CallIds)
        m_options.checkCalls = false;
    m_limit = m_options.concurrency;
    m_leaseSize = m_options.leaseBatches > 0 ? qBound(1, m_options.leaseBatches, leaseSizeFor(16))
                                             : leaseSizeFor(m_options.concurrency);
    m_summary.batches = int(m_batches.size());
}

TerminationJob::~TerminationJob()
{
    m_sync.waitForFinished();
    for (const auto& call : std::as_const(m_calls)) {
        if (call)
            call->disconnect(this);
    }
    for (const auto& call : std::as_const(m_checks)) {
        if (call)
            call->disconnect(this);
    }
}

RowState TerminationJob::rowStateFor(BatchOutcome outcome)
{
    switch (outcome) {
    case BatchOutcome::Pending:
        return RowState::Queued;
    case BatchOutcome::Accepted:
        return RowState::Terminated;
    case BatchOutcome::NothingTerminable:
        return RowState::NotTerminable;
    case BatchOutcome::Unauthorized:
    case BatchOutcome::Failed:
        return RowState::Failed;
    case BatchOutcome::Unknown:
    case BatchOutcome::UnexpectedAnswer:
        return RowState::Unknown;
    case BatchOutcome::NotSent:
        return RowState::Cancelled;
    case BatchOutcome::ProbablyApplied:
        return RowState::ProbablyApplied;
    }
    return RowState::Failed;
}

RowState TerminationJob::stateFromCallDetails(const ApiResponse& response, QString* detail, BatchOutcome outcome)
{
    const bool probably = outcome == BatchOutcome::ProbablyApplied;
    if (response.isApiNotFound()) {
        *detail = tr("Unknown call ID: the server has no such call");
        return RowState::NotTerminable;
    }
    if (!response.isHttpSuccess()) {
        if (probably) {
            *detail = tr("Probably applied by an earlier attempt; the call's status could not be checked: %1")
                          .arg(response.message);
            return RowState::ProbablyApplied;
        }
        *detail = tr("Batch accepted; the call's status could not be checked: %1").arg(response.message);
        return RowState::Terminated;
    }
    const QString status = response.data.value(QLatin1String("call_status")).toString();
    const QString sub = response.data.value(QLatin1String("call_sub_status")).toString();
    if (status == QLatin1String("cancelled") && sub == QLatin1String("USER_TERMINATED")) {
        *detail = tr("Cancelled by termination");
        return RowState::Terminated;
    }
    if (status == QLatin1String("cancelled")) {
        *detail = sub.isEmpty() ? tr("Already cancelled") : tr("Already cancelled (%1)").arg(sub);
        return RowState::NotTerminable;
    }
    if (status == QLatin1String("ongoing")) {
        *detail = tr("In progress: not hung up, only kept from being retried");
        return RowState::NotTerminable;
    }
    if (status == QLatin1String("registered") || status == QLatin1String("retry")) {
        *detail = probably ? tr("Still %1: no attempt of the batch stopped it").arg(status)
                           : tr("Still %1 after the batch was accepted").arg(status);
        return RowState::Failed;
    }
    *detail = status.isEmpty() ? tr("The server did not say the call's status") : tr("Already %1").arg(status);
    return RowState::NotTerminable;
}

int TerminationJob::batchCountFor(qsizetype ids, int batchSize)
{
    batchSize = qBound(1, batchSize, ApiClient::MaxIdsPerRequest);
    return int((ids + batchSize - 1) / batchSize);
}

BatchOutcome TerminationJob::classify(const ApiResponse& response)
{
    if (response.aborted)
        return BatchOutcome::Unknown;
    if (!response.gotCompleteAnswer())
        return BatchOutcome::Failed;
    // Checked before success: a 2xx is accepted only when it is the API's answer.
    if (response.unexpectedAnswer)
        return BatchOutcome::UnexpectedAnswer;
    if (response.isHttpSuccess())
        return BatchOutcome::Accepted;
    if (response.httpStatus == 401 || response.httpStatus == 403)
        return BatchOutcome::Unauthorized;
    // The provider answers 400 "Invalid call IDs or no terminable calls found" when nothing in the batch could be
    // stopped; any other 400 (a malformed request) is a failure.
    if (response.httpStatus == 400 && response.message.contains(QLatin1String("terminable"), Qt::CaseInsensitive))
        return BatchOutcome::NothingTerminable;
    return BatchOutcome::Failed;
}

void TerminationJob::start()
{
    if (m_started)
        return;
    m_started = true;
    qCInfo(lcJobs) << "job of" << m_itemCount << ScopeKinds::key(m_kind) << "items in" << m_batches.size()
                   << "batches, concurrency" << m_options.concurrency << "attempts" << m_options.retry.maxAttempts;
    // Queued so that a caller can connect after start() and still see every signal.
    QTimer::singleShot(0, this, [this] {
        pump();
        finishIfDone();
    });
}

void TerminationJob::pump()
{
    renewLease();
    // Stopping calls comes first; checks fill the slots that batches leave free.
    while (!m_stopping && int(m_calls.size()) < m_limit && inFlight() < m_options.concurrency && !m_queue.isEmpty()) {
        const int slot = m_queue.first();
        // A first attempt leaves only under a synced lease; leases follow the queue, so the ones behind wait too.
        if (m_batches.at(slot).attempts == 0 && !m_leaseReady.contains(slot))
            break;
        m_queue.removeFirst();
        send(slot);
    }
    renewLease();
    while (!m_stopping && inFlight() < m_options.concurrency && m_queue.isEmpty() && !m_pendingChecks.isEmpty())
        check(m_pendingChecks.takeFirst());
}

void TerminationJob::renewLease()
{
    // Renewed when fewer batches are ready than are in flight (at least 2, at most half of K): enough to go on
    // sending while the lease's sync runs, and as large a lease as K leaves room for.
    const int low = qMax(1, qMin(m_leaseSize / 2, qMax(2, m_options.concurrency)));
    if (m_stopping || m_leasePending || m_queue.isEmpty() || int(m_leaseReady.size()) >= low)
        return;
    // A batch whose final record is written, but not synced yet, gives its room now: that record comes before the
    // new lease in the file, and one sync makes both durable, so the file never shows more than K unsettled.
    const int room = m_leaseSize - int(m_leaseUnsettled.size()) + m_settling;
    if (room <= 0)
        return; // renewed when a leased batch settles
    QList<int> leased;
    QList<int> indexes;
    for (int slot : std::as_const(m_queue)) {
        if (leased.size() == room)
            break;
        if (m_batches.at(slot).attempts > 0 || m_leaseUnsettled.contains(slot))
            continue; // a retry (its own "sent" is synced before it leaves), or leased already
        leased.append(slot);
        indexes.append(m_batches.at(slot).index);
    }
    if (leased.isEmpty())
        return;
    ++m_leases;
    for (JobRecorder* r : std::as_const(m_recorders))
        r->batchesLeased(indexes);
    if (checkRecording())
        return; // stopped: the batches are closed as not sent
    for (int slot : std::as_const(leased))
        m_leaseUnsettled.insert(slot);
    m_leasePending = true;
    later([this, leased] {
        m_leasePending = false;
        if (m_stopping)
            return;
        for (int slot : leased) {
            if (m_batches.at(slot).attempts == 0)
                m_leaseReady.insert(slot);
        }
        pump();
        finishIfDone();
    });
}

void TerminationJob::settle(int slot)
{
    if (!m_leaseUnsettled.contains(slot))
        return;
    ++m_settling;
    later(
        [this, slot] {
            --m_settling;
            m_leaseUnsettled.remove(slot);
            renewLease();
        },
        Commit::Lazily);
}

void TerminationJob::send(int slot)
{
    BatchResult& batch = m_batches[slot];
    // A first attempt comes here only under a synced lease (pump): it leaves now. A retry waits for its own record.
    const bool leased = m_leaseReady.remove(slot);
    ++batch.attempts;
    ++m_summary.requests;
    for (JobRecorder* r : std::as_const(m_recorders))
        r->attemptStarted(batch, batch.attempts);
    // Counted in flight from now on.
    m_calls.insert(slot, nullptr);
    if (leased) {
        // A record that did not reach the file stops the job: startRequest() then sends nothing.
        checkRecording();
        startRequest(slot);
        return;
    }
    later([this, slot] { startRequest(slot); });
    // A record that did not reach the file stops the job: this request is not sent (startRequest), nor any other.
    checkRecording();
}

void TerminationJob::startRequest(int slot)
{
    BatchResult& batch = m_batches[slot];
    if (m_stopping) {
        // Stopped in the same turn, before the request left: it was not sent.
        m_calls.remove(slot);
        --batch.attempts;
        --m_summary.requests;
        batch.outcome = batch.possiblyApplied ? BatchOutcome::Unknown : BatchOutcome::NotSent;
        batch.message = notSentMessage();
        close(batch);
        finishIfDone();
        return;
    }
    ApiCall* call = m_client->terminate(batch.payload);
    m_calls.insert(slot, call);
    connect(call, &ApiCall::finished, this, [this, slot](const ApiResponse& response) { onAnswer(slot, response); });
    emit batchStarted(slot, batch.attempts);
}

void TerminationJob::later(std::function<void()> effect, Commit when)
{
    m_effects.append(std::move(effect));
    if (when == Commit::Soon) {
        m_commitWanted = true;
        commitSoon();
    } else if (!m_syncRunning && !m_commitQueued && !m_lazyCommit->isActive()) {
        m_lazyCommit->start();
    }
}

void TerminationJob::commitSoon()
{
    if (m_commitQueued || m_syncRunning)
        return; // the sync in progress looks again when it ends
    m_commitQueued = true;
    // Queued behind the events already waiting (other answers), so that one sync covers all of them.
    QMetaObject::invokeMethod(this, &TerminationJob::startCommit, Qt::QueuedConnection);
}

void TerminationJob::startCommit()
{
    m_commitQueued = false;
    if (m_syncRunning || m_effects.isEmpty())
        return;
    // Every effect waiting goes with this sync, the lazy ones too.
    m_lazyCommit->stop();
    m_commitWanted = false;
    QList<int> files;
    m_syncing.clear();
    for (JobRecorder* r : std::as_const(m_recorders)) {
        const int fd = r->takeUnsyncedFile();
        if (fd >= 0) {
            files.append(fd);
            m_syncing.append(r);
        }
    }
    if (files.isEmpty()) {
        if (!runEffects(std::exchange(m_effects, {})))
            return;
        if (m_commitWanted)
            commitSoon();
        else if (!m_effects.isEmpty())
            m_lazyCommit->start();
        return;
    }
    m_committing = std::exchange(m_effects, {});
    m_syncRunning = true;
    const quint64 generation = ++m_syncGeneration;
    m_sync = QtConcurrent::run(&m_syncThread, [files] {
        QList<int> errors;
        for (int fd : files)
            errors.append(::fdatasync(fd) == 0 ? 0 : errno);
        return errors;
    });
    auto* watcher = new QFutureWatcher<QList<int>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        onCommitted(generation, watcher->result());
    });
    watcher->setFuture(m_sync);
}

void TerminationJob::onCommitted(quint64 generation, const QList<int>& errors)
{
    if (!m_syncRunning || generation != m_syncGeneration)
        return; // already taken by commitNow()
    m_syncRunning = false;
    for (qsizetype i = 0; i < errors.size() && i < m_syncing.size(); ++i) {
        if (errors.at(i) != 0)
            m_syncing.at(i)->syncFailed(errors.at(i));
    }
    // Before the effects: a request waiting for this sync does not leave when the sync failed.
    checkRecording();
    if (!runEffects(std::exchange(m_committing, {})))
        return;
    // A failed sync may have stopped a job that had nothing in flight.
    finishIfDone();
    if (m_commitWanted)
        startCommit(); // at once: everything written meanwhile goes into this sync
    else if (!m_effects.isEmpty() && !m_lazyCommit->isActive())
        m_lazyCommit->start();
}

void TerminationJob::commitNow()
{
    if (m_runningEffects > 0) {
        commitSoon(); // called from a signal of this job: keep the order of the effects
        return;
    }
    const QPointer<TerminationJob> self(this);
    while (self && (m_syncRunning || !m_effects.isEmpty())) {
        if (m_syncRunning) {
            onCommitted(m_syncGeneration, m_sync.result());
            continue;
        }
        for (JobRecorder* r : std::as_const(m_recorders)) {
            const int fd = r->takeUnsyncedFile();
            if (fd >= 0 && ::fdatasync(fd) != 0)
                r->syncFailed(errno);
        }
        checkRecording();
        m_lazyCommit->stop();
        m_commitWanted = false;
        if (!runEffects(std::exchange(m_effects, {})))
            return;
    }
}

bool TerminationJob::runEffects(const QList<std::function<void()>>& effects)
{
    ++m_runningEffects;
    const QPointer<TerminationJob> self(this);
    for (const auto& effect : effects) {
        effect();
        if (!self)
            return false; // a receiver deleted the job (on finished): nothing of it may be touched any more
    }
    --m_runningEffects;
    return true;
}

void TerminationJob::close(BatchResult& result)
{
    result.finishedAt = QDateTime::currentDateTimeUtc();
    for (JobRecorder* r : std::as_const(m_recorders))
        r->batchClosed(result);
    finish(result);
}

void TerminationJob::finish(BatchResult& result)
{
    if (!result.finishedAt.isValid())
        result.finishedAt = QDateTime::currentDateTimeUtc();
    switch (result.outcome) {
    case BatchOutcome::Accepted:
        ++m_summary.accepted;
        break;
    case BatchOutcome::NothingTerminable:
        ++m_summary.nothingTerminable;
        break;
    case BatchOutcome::Unauthorized:
        ++m_summary.unauthorized;
        break;
    case BatchOutcome::Failed:
        ++m_summary.failed;
        break;
    case BatchOutcome::Unknown:
    case BatchOutcome::UnexpectedAnswer: // counted as unknown: sent again by resume, and the CLI exits with 1
        ++m_summary.unknown;
        break;
    case BatchOutcome::NotSent:
        ++m_summary.notSent;
        break;
    case BatchOutcome::ProbablyApplied:
        ++m_summary.probablyApplied;
        break;
    case BatchOutcome::Pending:
        break;
    }
    later([this, result] { emit batchFinished(result); }, Commit::Lazily);
    settle(result.slot);
}

void TerminationJob::onRateLimited()
{
    // Slow the whole job down, not only the batch that was refused; grow back one request at a time.
    m_limit = qMax(1, m_limit / 2);
    m_successesSinceLimit = 0;
    qCInfo(lcJobs) << "rate limited: at most" << m_limit << "requests in flight";
}

void TerminationJob::onSuccess()
{
    if (m_limit >= m_options.concurrency)
        return;
    if (++m_successesSinceLimit >= m_limit) {
        ++m_limit;
        m_successesSinceLimit = 0;
    }
}

void TerminationJob::onAnswer(int slot, const ApiResponse& response)
{
    m_calls.remove(slot);
    BatchResult& batch = m_batches[slot];
    batch.httpStatus = response.gotCompleteAnswer() ? response.httpStatus : 0;
    batch.elapsedMs += response.elapsedMs;
    batch.outcome = classify(response);
    batch.message = response.message;
    // An answer that is not the API's may have come from anywhere between us and the API: no proof either way.
    batch.ambiguous = response.mayHaveReachedServer() || batch.outcome == BatchOutcome::UnexpectedAnswer;
    // What the earlier attempts (of this run, or before a crash) may have done decides what this answer means.
    const bool earlierMayHaveApplied = batch.possiblyApplied;
    batch.possiblyApplied = earlierMayHaveApplied || batch.ambiguous;
    const bool refused = batch.outcome == BatchOutcome::Unauthorized;
    if (response.httpStatus == 429 && response.gotCompleteAnswer())
        onRateLimited();
    else if (response.gotCompleteAnswer() && response.httpStatus < 500)
        onSuccess();

    const bool retry = !m_stopping && batch.outcome == BatchOutcome::Failed && RetryPolicy::isRetryable(response)
        && batch.attempts < m_options.retry.maxAttempts;
    if (!retry && batch.outcome == BatchOutcome::Failed && batch.ambiguous) {
        // The request may have reached the server: say so rather than "failed".
        batch.outcome = BatchOutcome::Unknown;
        batch.message = tr("%1 The server may have applied it; sending it again is safe.").arg(response.message);
    } else if (!retry && earlierMayHaveApplied && batch.outcome == BatchOutcome::Failed && m_stopping
        && RetryPolicy::isRetryable(response)) {
        // Stopped before the attempt that might have told: as unknown as the lost answer was.
        batch.outcome = BatchOutcome::Unknown;
        batch.message
            = tr("%1 An earlier attempt may have been applied; sending it again is safe.").arg(response.message);
    } else if (!retry && earlierMayHaveApplied
        && (batch.outcome == BatchOutcome::NothingTerminable || batch.outcome == BatchOutcome::Failed)) {
        // A lost answer, then "nothing terminable" (or failures to the end): most likely the lost attempt stopped
        // the calls, and this one found nothing left to stop. Neither "not terminable" nor "failed" would be true.
        batch.message = batch.outcome == BatchOutcome::NothingTerminable
            ? tr("Probably applied by an earlier attempt whose answer was lost: attempt %1 found nothing left to "
                 "terminate (%2).")
                  .arg(batch.attempts)
                  .arg(response.message)
            : tr("Probably applied by an earlier attempt whose answer was lost; the last attempt failed: %1")
                  .arg(response.message);
        batch.outcome = BatchOutcome::ProbablyApplied;
    } else if (refused && earlierMayHaveApplied) {
        // The job stops for the key; this batch is not "refused": an earlier attempt may have been applied.
        batch.outcome = BatchOutcome::Unknown;
        batch.message = tr("An earlier attempt may have been applied; then the key was refused: %1 Sending it again "
                           "is safe.")
                            .arg(response.message);
    }
    if (batch.outcome == BatchOutcome::UnexpectedAnswer)
        batch.message
            = tr("%1 The batch may or may not have been applied; sending it again is safe.").arg(response.message);
    else if (batch.outcome == BatchOutcome::Unknown && response.aborted)
        batch.message = tr("Aborted while in flight; the server may have applied it. Sending it again is safe.");
    else if (batch.outcome == BatchOutcome::Accepted && batch.message.isEmpty())
        batch.message = tr("Accepted");
    if (!retry)
        batch.finishedAt = QDateTime::currentDateTimeUtc();
    for (JobRecorder* r : std::as_const(m_recorders))
        r->attemptFinished(batch, response, !retry);
    checkRecording();

    if (retry && m_stopping) {
        // The records failed with this answer: no further attempt; the batch keeps this one's outcome.
        batch.outcome = batch.possiblyApplied ? BatchOutcome::Unknown : BatchOutcome::Failed;
        batch.message = tr("Stopped before the next attempt: %1").arg(batch.message);
        close(batch);
    } else if (retry) {
        const qint64 delay = m_options.retry.delayMs(batch.attempts + 1, response, &m_random);
        ++m_summary.retries;
        qCInfo(lcJobs) << "batch" << batch.index + 1 << "attempt" << batch.attempts << "failed:" << response.message
                       << "- again in" << delay << "ms";
        auto* timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, slot, timer] {
            m_waiting.remove(slot);
            timer->deleteLater();
            m_queue.prepend(slot);
            pump();
            finishIfDone();
        });
        m_waiting.insert(slot, timer);
        timer->start(int(qMin<qint64>(delay, std::numeric_limits<int>::max())));
        later([this, slot, attempt = batch.attempts + 1, delay,
                  reason = response.message] { emit batchRetrying(slot, attempt, delay, reason); },
            Commit::Lazily);
    } else {
        qCInfo(lcJobs) << "batch" << batch.index + 1 << BatchOutcomes::key(batch.outcome) << batch.httpStatus;
        finish(batch);
        // A batch probably applied is checked too: the check turns "probably" into what each call became.
        // Not once the job is stopping: it asks nothing more (and would wait for checks it never starts).
        if ((batch.outcome == BatchOutcome::Accepted || batch.outcome == BatchOutcome::ProbablyApplied)
            && m_options.checkCalls && !m_stopping) {
            for (int i = 0; i < batch.payload.ids.size(); ++i)
                m_pendingChecks.append(batch.firstPosition + i);
        }
        if (refused)
            stop(JobSummary::Ending::Unauthorized, response.message);
    }
    pump();
    finishIfDone();
}

const BatchResult& TerminationJob::batchAtPosition(int position) const
{
    // Batches lie in position order: the last one that starts at or before the position holds it.
    const auto after = std::upper_bound(m_batches.cbegin(), m_batches.cend(), position,
        [](int p, const BatchResult& b) { return p < b.firstPosition; });
    return after == m_batches.cbegin() ? m_batches.first() : *(after - 1);
}

void TerminationJob::check(int position)
{
    ApiCall* call = m_client->fetchCallDetails(m_ids.at(position));
    m_checks.insert(position, call);
    connect(
        call, &ApiCall::finished, this, [this, position](const ApiResponse& response) { onCheck(position, response); });
}

void TerminationJob::onCheck(int position, const ApiResponse& response)
{
    m_checks.remove(position);
    const BatchOutcome outcome = batchAtPosition(position).outcome;
    if (response.httpStatus == 401 || response.httpStatus == 403) {
        ++m_summary.checksFailed;
        const bool probably = outcome == BatchOutcome::ProbablyApplied;
        const QString detail = probably
            ? tr("Probably applied by an earlier attempt; the check was refused: %1").arg(response.message)
            : tr("Batch accepted; the check was refused: %1").arg(response.message);
        const RowState state = probably ? RowState::ProbablyApplied : RowState::Terminated;
        later([this, position, state, detail] { emit callChecked(position, state, detail); }, Commit::Lazily);
        stop(JobSummary::Ending::Unauthorized, response.message);
    } else {
        QString detail;
        const RowState state = stateFromCallDetails(response, &detail, outcome);
        if (response.isHttpSuccess() || response.isApiNotFound()) {
            ++m_summary.callsChecked;
            if (state == RowState::Terminated)
                ++m_summary.callsTerminated;
            else if (state == RowState::NotTerminable)
                ++m_summary.callsNotTerminable;
        } else {
            ++m_summary.checksFailed;
        }
        // In the same order as the batch's own signal, which may still wait for its commit.
        later([this, position, state, detail] { emit callChecked(position, state, detail); }, Commit::Lazily);
    }
    pump();
    finishIfDone();
}

void TerminationJob::stop(JobSummary::Ending ending, const QString& message)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_summary.ending = ending;
    m_summary.stopMessage = message;
    // Batches waiting for a retry were attempted: they keep their last outcome (unknown when it was ambiguous).
    const auto waiting = m_waiting;
    m_waiting.clear();
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it) {
        delete it.value();
        BatchResult& batch = m_batches[it.key()];
        batch.outcome = batch.possiblyApplied ? BatchOutcome::Unknown : BatchOutcome::Failed;
        batch.message = tr("Stopped before the next attempt: %1").arg(batch.message);
        close(batch);
    }
    for (int slot : std::as_const(m_queue)) {
        BatchResult& batch = m_batches[slot];
        batch.outcome = BatchOutcome::NotSent;
        batch.message = notSentMessage();
        close(batch);
    }
    m_queue.clear();
    m_pendingChecks.clear();
}

QString TerminationJob::notSentMessage() const
{
    switch (m_summary.ending) {
    case JobSummary::Ending::Unauthorized:
        return tr("Not sent: the API key was refused");
    case JobSummary::Ending::RecordingFailed:
        return tr("Not sent: the job's records could not be written");
    default:
        return tr("Not sent: the job was stopped");
    }
}

bool TerminationJob::checkRecording()
{
    if (m_summary.ending == JobSummary::Ending::RecordingFailed)
        return true;
    QString error;
    for (const JobRecorder* r : std::as_const(m_recorders)) {
        error = r->writeError();
        if (!error.isEmpty())
            break;
    }
    if (error.isEmpty())
        return false;
    if (m_done) {
        // Only the job's last record (its end) failed: nothing was left to send, but the operator must know.
        if (m_summary.ending == JobSummary::Ending::Completed) {
            m_summary.ending = JobSummary::Ending::RecordingFailed;
            m_summary.stopMessage = error;
        }
        return true;
    }
    if (m_stopping) {
        // Already stopping (cancelled, aborted, key refused): nothing more is sent anyway; that ending stays.
        return false;
    }
    int left = 0; // requests that have left (not those waiting for a commit: they will not)
    for (const auto& call : std::as_const(m_calls)) {
        if (call)
            ++left;
    }
    qCWarning(lcJobs) << "recording failed, sending nothing more;" << left << "requests in flight:" << error;
    stop(JobSummary::Ending::RecordingFailed, error);
    later([this, error, left] { emit recordingFailed(error, left); });
    return true;
}

void TerminationJob::cancel()
{
    if (!m_started || m_done)
        return;
    qCInfo(lcJobs) << "cancel requested";
    stop(JobSummary::Ending::Cancelled, tr("Cancelled by the operator"));
    finishIfDone();
    commitNow();
}

void TerminationJob::abort()
{
    if (!m_started || m_done)
        return;
    qCInfo(lcJobs) << "abort requested";
    stop(JobSummary::Ending::Aborted, tr("Aborted by the operator"));
    // An abort after a cancel is an abort; a recording failure stays what ended the job.
    if (m_summary.ending != JobSummary::Ending::RecordingFailed)
        m_summary.ending = JobSummary::Ending::Aborted;
    const auto calls = m_calls;
    for (const auto& call : calls) {
        if (call)
            call->abort();
    }
    const auto checks = m_checks;
    for (const auto& call : checks) {
        if (call)
            call->abort();
    }
    finishIfDone();
    commitNow();
}

void TerminationJob::finishIfDone()
{
    if (m_done || !m_started || inFlight() > 0 || !m_queue.isEmpty() || !m_waiting.isEmpty()
        || !m_pendingChecks.isEmpty())
        return;
    m_done = true;
    if (m_summary.ending == JobSummary::Ending::Running)
        m_summary.ending = JobSummary::Ending::Completed;
    qCInfo(lcJobs) << "job finished:" << m_summary.accepted << "accepted," << m_summary.nothingTerminable
                   << "nothing terminable," << m_summary.probablyApplied << "probably applied," << m_summary.failed
                   << "failed," << m_summary.unknown << "unknown," << m_summary.requests << "requests";
    for (JobRecorder* r : std::as_const(m_recorders))
        r->jobFinished(m_summary);
    checkRecording();
    // The summary as it is when the signal leaves: a failed sync of the last records still changes its ending.
    later([this] {
        const JobSummary summary = m_summary;
        emit finished(summary);
    });
}

} // namespace callstop
