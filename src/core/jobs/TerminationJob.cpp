#include "TerminationJob.h"

#include "api/ApiClient.h"
#include "util/Logging.h"

#include <QTimer>

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
    }
    return {};
}

TerminationJob::TerminationJob(ApiClient* client, QList<CallId> ids, JobOptions options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_ids(std::move(ids))
    , m_options(options)
{
    m_options.batchSize = qBound(1, m_options.batchSize, ApiClient::MaxIdsPerRequest);
    m_options.concurrency = qBound(1, m_options.concurrency, 16);
    const int count = batchCountFor(m_ids.size(), m_options.batchSize);
    m_batches.reserve(count);
    for (int i = 0; i < count; ++i) {
        BatchResult batch;
        batch.index = i;
        batch.ids = m_ids.mid(qsizetype(i) * m_options.batchSize, m_options.batchSize);
        m_batches.append(batch);
    }
    m_summary.batches = count;
}

TerminationJob::~TerminationJob()
{
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
        return RowState::Unknown;
    case BatchOutcome::NotSent:
        return RowState::Cancelled;
    }
    return RowState::Failed;
}

RowState TerminationJob::stateFromCallDetails(const ApiResponse& response, QString* detail)
{
    if (response.httpStatus == 404) {
        *detail = tr("Unknown call ID: the server has no such call");
        return RowState::NotTerminable;
    }
    if (!response.isHttpSuccess()) {
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
        *detail = tr("Still %1 after the batch was accepted").arg(status);
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
    if (!response.gotHttpAnswer())
        return BatchOutcome::Failed;
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
    qCInfo(lcJobs) << "job of" << m_ids.size() << "IDs in" << m_batches.size() << "batches, concurrency"
                   << m_options.concurrency;
    // Queued so that a caller can connect after start() and still see every signal.
    QTimer::singleShot(0, this, [this] {
        pump();
        finishIfDone();
    });
}

void TerminationJob::pump()
{
    // Stopping calls comes first; checks fill the slots that batches leave free.
    while (!m_stopping && inFlight() < m_options.concurrency && m_next < m_batches.size())
        send(m_next++);
    while (!m_stopping && inFlight() < m_options.concurrency && !m_pendingChecks.isEmpty())
        check(m_pendingChecks.takeFirst());
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
    if (response.httpStatus == 401 || response.httpStatus == 403) {
        ++m_summary.checksFailed;
        emit callChecked(
            position, RowState::Terminated, tr("Batch accepted; the check was refused: %1").arg(response.message));
        stop(JobSummary::Ending::Unauthorized, response.message);
    } else {
        QString detail;
        const RowState state = stateFromCallDetails(response, &detail);
        if (response.isHttpSuccess() || response.httpStatus == 404) {
            ++m_summary.callsChecked;
            if (state == RowState::Terminated)
                ++m_summary.callsTerminated;
            else if (state == RowState::NotTerminable)
                ++m_summary.callsNotTerminable;
        } else {
            ++m_summary.checksFailed;
        }
        emit callChecked(position, state, detail);
    }
    pump();
    finishIfDone();
}

void TerminationJob::send(int index)
{
    BatchResult& batch = m_batches[index];
    ++batch.attempts;
    ApiCall* call = m_client->terminateCalls(batch.ids);
    m_calls.insert(index, call);
    connect(call, &ApiCall::finished, this, [this, index](const ApiResponse& response) { onAnswer(index, response); });
    emit batchStarted(index, batch.attempts);
}

void TerminationJob::record(BatchResult& result)
{
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
        ++m_summary.unknown;
        break;
    case BatchOutcome::NotSent:
        ++m_summary.notSent;
        break;
    case BatchOutcome::Pending:
        break;
    }
    emit batchFinished(result);
}

void TerminationJob::onAnswer(int index, const ApiResponse& response)
{
    m_calls.remove(index);
    BatchResult& batch = m_batches[index];
    batch.httpStatus = response.httpStatus;
    batch.elapsedMs += response.elapsedMs;
    batch.outcome = classify(response);
    batch.message = response.message;
    if (batch.outcome == BatchOutcome::Unknown)
        batch.message = tr("Aborted while in flight; the server may have applied it. Sending it again is safe.");
    else if (batch.outcome == BatchOutcome::Accepted && batch.message.isEmpty())
        batch.message = tr("Accepted");
    qCInfo(lcJobs) << "batch" << index + 1 << BatchOutcomes::key(batch.outcome) << response.httpStatus;
    record(batch);
    if (batch.outcome == BatchOutcome::Accepted && m_options.checkCalls) {
        const int first = index * m_options.batchSize;
        for (int i = 0; i < batch.ids.size(); ++i)
            m_pendingChecks.append(first + i);
    }
    if (batch.outcome == BatchOutcome::Unauthorized)
        stop(JobSummary::Ending::Unauthorized, batch.message);
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
    for (int i = m_next; i < m_batches.size(); ++i) {
        BatchResult& batch = m_batches[i];
        batch.outcome = BatchOutcome::NotSent;
        batch.message = ending == JobSummary::Ending::Unauthorized ? tr("Not sent: the API key was refused")
                                                                   : tr("Not sent: the job was stopped");
        record(batch);
    }
    m_next = int(m_batches.size());
    m_pendingChecks.clear();
}

void TerminationJob::cancel()
{
    if (!m_started || m_done)
        return;
    qCInfo(lcJobs) << "cancel requested";
    stop(JobSummary::Ending::Cancelled, tr("Cancelled by the operator"));
    finishIfDone();
}

void TerminationJob::abort()
{
    if (!m_started || m_done)
        return;
    qCInfo(lcJobs) << "abort requested";
    stop(JobSummary::Ending::Aborted, tr("Aborted by the operator"));
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
}

void TerminationJob::finishIfDone()
{
    if (m_done || !m_started || inFlight() > 0 || m_next < m_batches.size() || !m_pendingChecks.isEmpty())
        return;
    m_done = true;
    if (m_summary.ending == JobSummary::Ending::Running)
        m_summary.ending = JobSummary::Ending::Completed;
    qCInfo(lcJobs) << "job finished:" << m_summary.accepted << "accepted," << m_summary.nothingTerminable
                   << "nothing terminable," << m_summary.failed << "failed";
    emit finished(m_summary);
}

} // namespace callstop
