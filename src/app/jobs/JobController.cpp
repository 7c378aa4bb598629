#include "JobController.h"

#include "ConfirmDialog.h"
#include "JobBanner.h"
#include "api/ApiClient.h"
#include "jobs/AuditLog.h"
#include "jobs/JobJournal.h"
#include "jobs/ResultsReport.h"
#include "lookup/ScopeCounter.h"
#include "profiles/ProfileController.h"
#include "util/AppSettings.h"
#include "util/Logging.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace callstop {

JobController::JobController(const AppServices& services, CallListModel* calls, BatchListModel* batches,
    ProfileController* profiles, QProgressBar* progress, QWidget* focusAfterJob, QWidget* window)
    : QObject(window)
    , m_services(services)
    , m_calls(calls)
    , m_batches(batches)
    , m_profiles(profiles)
    , m_progress(progress)
    , m_focusAfterJob(focusAfterJob)
    , m_window(window)
{
    m_progress->setFormat(tr("%v of %m batches"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(ProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &JobController::flushProgress);
    connect(m_profiles, &ProfileController::newKeyEntered, this, &JobController::offerToSendRefused);
}

void JobController::showProgress()
{
    if (!m_progressTimer.isActive())
        m_progressTimer.start();
}

void JobController::flushProgress()
{
    m_progressTimer.stop();
    m_progress->setValue(qMin(m_batchesDone, m_progress->maximum()));
}

JobController::~JobController()
{
    if (m_session)
        m_session->disconnect(this);
}

void JobController::cancel()
{
    if (m_session)
        m_session->cancel();
}

void JobController::abort()
{
    if (m_session)
        m_session->abort();
}

void JobController::resetPanel()
{
    m_batches->reset({});
    // As before the first job: no "0 of 3 batches" left from the last one, and no rows of it to send again.
    m_progressTimer.stop();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_batchesDone = 0;
    m_jobRows.clear();
    if (m_banner)
        m_banner->dismiss();
}

void JobController::setBanner(JobBanner* banner)
{
    m_banner = banner;
    connect(banner, &JobBanner::retryRequested, this, &JobController::retryFailed);
    connect(banner, &JobBanner::copyFailedRequested, this, &JobController::copyFailedIds);
    connect(banner, &JobBanner::exportRequested, this, &JobController::exportResults);
}

bool JobController::startScopeJob(const ScopeRequest& request)
{
    if (isRunning() || m_confirm) {
        showWarning(tr("Cannot Start"), tr("A job is running; wait for it to end."));
        return false;
    }
    const Profile profile = m_profiles->currentProfile();
    if (request.profileId != profile.id) {
        showWarning(tr("Cannot Start"),
            tr("The profile changed since the termination was confirmed; nothing was sent. Confirm it again on %1.")
                .arg(profile.name));
        return false;
    }
    auto session = makeSession(profile);
    if (!session)
        return false;
    JobOptions options = jobOptions(); // a scope has no call IDs to check one by one: its effect is measured instead
    options.checkCalls = false;
    QString error;
    if (!session->start(request.scope, options, &error)) {
        showWarning(
            tr("Cannot Start"), tr("The job's journal cannot be written, so the job was not started: %1").arg(error));
        return false;
    }
    runScopeSession(request, std::move(session));
    return true;
}

void JobController::runScopeSession(const ScopeRequest& request, std::unique_ptr<JobSession> session)
{
    runJob({}, std::move(session));
    m_scope = request; // after runJob, which forgets the last job's scope
    emit statusMessage(tr("Sending: %1 On %2.")
                           .arg(describeTermination(request.scope, request.name), m_profiles->currentProfile().name));
}

void JobController::requestTermination()
{
    requestTerminationOf(m_calls->rowsInState(RowState::Ready));
}

QList<RowState> JobController::statesOf(const QList<int>& rows) const
{
    QList<RowState> states;
    states.reserve(rows.size());
    for (int row : rows)
        states.append(row >= 0 && row < m_calls->rowCount() ? m_calls->stateAt(row) : RowState::Invalid);
    return states;
}

void JobController::requestTerminationOf(const QList<int>& rows)
{
    if (isRunning() || m_confirm)
        return;
    const Profile profile = m_profiles->currentProfile();
    if (rows.isEmpty())
        return;
    // The rows keep their states until the job is confirmed: a cancelled retry leaves the failed rows failed.
    const QList<RowState> states = statesOf(rows);
    const QString problem = ApiClient::checkBaseUrl(profile.baseUrl);
    if (!problem.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot Send"), tr("Profile %1: %2").arg(profile.name, problem));
        return;
    }
    if (!m_profiles->hasKey(profile.id) && !m_profiles->areKeysLoaded()) {
        emit statusMessage(tr("The keychain has not answered yet; try again in a moment."), 5000);
        return;
    }
    if (!m_profiles->hasKey(profile.id)) {
        auto* box = new QMessageBox(QMessageBox::Information, tr("No API Key"),
            tr("There is no API key for the profile %1. Enter it in Settings › Profiles and Keys.").arg(profile.name),
            QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QDialog::finished, m_profiles, &ProfileController::openProfiles);
        box->open();
        return;
    }
    const QString networkProblem = NetworkSetup::check(profile.network);
    if (!networkProblem.isEmpty()) {
        showWarning(tr("Cannot Send"),
            tr("Profile %1: %2. Correct it in Settings › Profiles and Keys.").arg(profile.name, networkProblem));
        return;
    }
    QList<CallId> ids;
    ids.reserve(rows.size());
    for (int row : rows)
        ids.append(m_calls->idAt(row));
    const int limit = AppSettings::jobSizeLimit(m_services.settings);
    if (ids.size() <= limit) {
        openConfirm(profile, rows, ids);
        return;
    }
    // Larger than anyone should send by accident: one more question, answered No by default, before the usual one.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Very Large Job"),
        tr("The list holds %1 calls to terminate, more than the limit of %2 set in Settings › Preferences.\n\n"
           "Continue only if all of them are meant to be stopped.")
            .arg(QLocale().toString(ids.size()), QLocale().toString(limit)),
        QMessageBox::Yes | QMessageBox::No, m_window);
    box->setObjectName(QStringLiteral("jobSizeQuestion"));
    box->setDefaultButton(QMessageBox::No);
    box->button(QMessageBox::Yes)->setText(tr("&Continue…"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, rows, ids, states, profileId = profile.id](int) {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes || profileId != m_profiles->currentId()
            || statesOf(rows) != states)
            return;
        openConfirm(m_profiles->currentProfile(), rows, ids);
    });
    box->open();
}

ConfirmDialog* JobController::newConfirmDialog(const Profile& profile, const QList<CallId>& ids, int batches)
{
    QStringList sample;
    for (int i = 0; i < qMin<qsizetype>(5, ids.size()); ++i)
        sample.append(ids.at(i).toString());
    m_confirm = new ConfirmDialog(profile, int(ids.size()), batches, sample, m_window);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    return m_confirm;
}

void JobController::openConfirm(const Profile& profile, const QList<int>& rows, const QList<CallId>& ids)
{
    if (m_confirm)
        return;
    newConfirmDialog(profile, ids, TerminationJob::batchCountFor(ids.size(), jobOptions().batchSize));
    connect(m_confirm, &QDialog::accepted, this, [this, rows, ids, states = statesOf(rows), profileId = profile.id] {
        const bool check = m_confirm ? m_confirm->checkCalls() : true;
        // The list cannot change under a modal dialog, but the profile must still be the one confirmed.
        if (profileId != m_profiles->currentId() || statesOf(rows) != states)
            return;
        startJob(rows, ids, check);
    });
    m_confirm->open();
}

std::unique_ptr<ApiClient> JobController::makeClient(const Profile& profile)
{
    auto client = std::make_unique<ApiClient>(m_services.network);
    client->setBaseUrl(profile.baseUrl);
    client->setApiKey(m_profiles->key(profile.id));
    QString error;
    if (!client->setNetworkOptions(profile.network, &error)) {
        showWarning(tr("Cannot Start"), tr("Profile %1: %2").arg(profile.name, error));
        return nullptr;
    }
    return client;
}

void JobController::startJob(const QList<int>& rows, const QList<CallId>& ids, bool checkCalls)
{
    auto session = makeSession(m_profiles->currentProfile());
    if (!session)
        return;
    JobOptions options = jobOptions();
    options.checkCalls = checkCalls;
    QString error;
    if (!session->start(BatchPayload::forCallIds(ids), options, &error)) {
        showWarning(
            tr("Cannot Start"), tr("The job's journal cannot be written, so the job was not started: %1").arg(error));
        return;
    }
    runJob(rows, std::move(session));
}

JobOptions JobController::jobOptions() const
{
    JobOptions options;
    options.batchSize = AppSettings::batchSize(m_services.settings);
    options.concurrency = AppSettings::concurrency(m_services.settings);
    return options;
}

std::unique_ptr<JobSession> JobController::makeSession(const Profile& profile)
{
    auto client = makeClient(profile);
    if (!client)
        return nullptr;
    SessionContext context;
    context.profileName = profile.name;
    context.baseUrl = profile.baseUrl;
    context.journalDirectory = journalDirectory();
    context.auditPath = auditPath();
    return std::make_unique<JobSession>(std::move(client), context);
}

void JobController::runJob(const QList<int>& rows, std::unique_ptr<JobSession> session)
{
    const Profile profile = m_profiles->currentProfile();
    if (m_session)
        m_session->disconnect(this);
    m_session = std::move(session);
    TerminationJob* job = m_session->job();
    m_jobRows = rows;
    m_batchesDone = 0;
    m_scope.reset();
    m_lastEffect.clear();
    m_effectCounter.reset();
    m_effectClient.reset();
    if (m_banner)
        m_banner->dismiss();

    QList<BatchResult> batches;
    for (int slot = 0; slot < job->batchCount(); ++slot) {
        batches.append(job->batch(slot));
        m_calls->setRowsState(jobRowsOfBatch(slot), RowState::Queued, job->batch(slot).index);
    }
    m_batches->reset(batches);
    // With the per-call check a job is done when its checks are: they count as steps as the batches do.
    const bool checking = job->options().checkCalls;
    m_progress->setFormat(checking ? tr("%v of %m steps (batches and call checks)") : tr("%v of %m batches"));
    m_progressTimer.stop();
    m_progress->setRange(0, job->batchCount() + (checking ? job->idCount() : 0));
    m_progress->setValue(0);
    m_progress->setTextVisible(true);

    connect(m_session.get(), &JobSession::batchStarted, this, &JobController::onBatchStarted);
    connect(m_session.get(), &JobSession::batchFinished, this, &JobController::onBatchFinished);
    connect(m_session.get(), &JobSession::batchRetrying, this,
        [this](int slot, int next, qint64 delay, const QString& reason) {
            m_calls->setRowsState(jobRowsOfBatch(slot), RowState::Queued, this->job()->batch(slot).index,
                tr("Attempt %1 failed (%2); trying again").arg(next - 1).arg(reason));
            m_batches->setWaiting(slot, next, delay, reason);
        });
    connect(m_session.get(), &JobSession::callChecked, this, &JobController::onCallChecked);
    connect(m_session.get(), &JobSession::finished, this, &JobController::onJobFinished);
    qCInfo(lcJobs) << "console job of" << job->idCount() << "calls on profile" << profile.name;
    emit statusMessage(tr("Terminating %n call(s) on %1…", nullptr, job->idCount()).arg(profile.name));
    emit runningChanged();
}

QString JobController::journalDirectory() const
{
    return m_services.dataDirectory.isEmpty() ? JobJournal::defaultDirectory()
                                              : m_services.dataDirectory + QStringLiteral("/journals");
}

QString JobController::auditPath() const
{
    return m_services.dataDirectory.isEmpty() ? AuditLog::defaultPath()
                                              : m_services.dataDirectory + QStringLiteral("/audit.jsonl");
}

QList<int> JobController::finalRowsToRetry() const
{
    QList<int> rows = m_calls->rowsInState(RowState::Failed) + m_calls->rowsInState(RowState::Unknown);
    std::sort(rows.begin(), rows.end());
    return rows;
}

void JobController::retryFailed()
{
    if (isRunning())
        return;
    const QList<int> rows = finalRowsToRetry();
    if (rows.isEmpty())
        return;
    requestTerminationOf(rows);
}

void JobController::copyFailedIds()
{
    QStringList ids;
    for (int row : finalRowsToRetry())
        ids.append(m_calls->textAt(row));
    QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    emit statusMessage(tr("%n failed or unknown ID(s) copied", nullptr, int(ids.size())), 5000);
}

QList<ReportRow> JobController::reportRows() const
{
    QList<ReportRow> rows;
    rows.reserve(m_calls->rowCount());
    QHash<int, const BatchResult*> byIndex;
    for (int r = 0; r < m_batches->rowCount(); ++r)
        byIndex.insert(m_batches->batch(r).index, &m_batches->batch(r));
    for (int r = 0; r < m_calls->rowCount(); ++r) {
        ReportRow row;
        row.id = m_calls->textAt(r);
        row.state = RowStates::key(m_calls->stateAt(r));
        row.batch = m_calls->batchAt(r);
        row.message = m_calls->detailAt(r);
        if (const BatchResult* b = byIndex.value(row.batch)) {
            row.httpStatus = b->httpStatus;
            row.time = b->finishedAt;
        }
        rows.append(row);
    }
    return rows;
}

void JobController::exportResults()
{
    auto* dialog = new QFileDialog(
        m_window, tr("Export Results"), QStringLiteral("callstop-results.csv"), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportResultsTo(path); });
    dialog->open();
}

bool JobController::exportResultsTo(const QString& path)
{
    QString error;
    // A scope job has no rows in the list: its report is the session's, one row per number (or one for the campaign
    // or the agent), as callstop-cli --report writes it.
    const QList<ReportRow> rows = m_scope && m_session ? m_session->reportRows() : reportRows();
    if (!ResultsReport::write(path, rows, &error)) {
        showWarning(tr("Export Failed"), error);
        return false;
    }
    emit statusMessage(tr("Results written to %1").arg(path), 8000);
    return true;
}

QList<int> JobController::jobRowsOfBatch(int slot) const
{
    return jobRowsOf(job()->batch(slot));
}

QList<int> JobController::jobRowsOf(const BatchResult& batch) const
{
    return m_jobRows.mid(batch.firstPosition, batch.itemCount());
}

void JobController::onBatchStarted(int slot, int attempt)
{
    m_calls->setRowsState(jobRowsOfBatch(slot), RowState::Sending, job()->batch(slot).index,
        attempt > 1 ? tr("Attempt %1").arg(attempt) : QString());
    m_batches->setSending(slot, attempt);
}

void JobController::onBatchFinished(const BatchResult& result)
{
    const bool checking = job() && job()->options().checkCalls;
    const bool checked
        = checking && (result.outcome == BatchOutcome::Accepted || result.outcome == BatchOutcome::ProbablyApplied);
    QString detail = result.message;
    RowState state = TerminationJob::rowStateFor(result.outcome);
    if (result.outcome == BatchOutcome::Accepted) {
        // Accepted is the batch's answer, not the call's: until its check answers, a row says so.
        detail = checked ? tr("Batch accepted; checking the call…")
                         : tr("Batch accepted (calls already connected or finished are not affected)");
        if (checked)
            state = RowState::Checking;
    }
    // result.index numbers the batch in the whole job; a resumed job runs only some of them, so it is not a slot.
    m_calls->setRowsState(jobRowsOf(result), state, result.index, detail);
    m_batches->setResult(result);
    // The checks of a batch that is not checked will not come: they are done steps too.
    m_batchesDone += 1 + (checking && !checked ? int(result.itemCount()) : 0);
    showProgress();
}

void JobController::onCallChecked(int position, RowState state, const QString& detail)
{
    if (position < 0 || position >= m_jobRows.size())
        return;
    m_calls->setRowsState({m_jobRows.at(position)}, state, m_calls->batchAt(m_jobRows.at(position)), detail);
    ++m_batchesDone;
    showProgress();
}

QString JobController::endingText(const JobSummary& summary) const
{
    QString text;
    switch (summary.ending) {
    case JobSummary::Ending::Unauthorized:
        text = tr("Stopped: the API key was refused. Nothing more was sent.");
        break;
    case JobSummary::Ending::Cancelled:
        text = tr("Cancelled: batches in flight finished, the others were not sent.");
        break;
    case JobSummary::Ending::Aborted:
        text = tr("Aborted: batches in flight may or may not have been applied (sending them again is safe).");
        break;
    case JobSummary::Ending::RecordingFailed:
        text = tr("Recording failed: nothing was sent after that; batches in flight finished, the others were not "
                  "sent.");
        break;
    default:
        text = summary.failed + summary.unknown > 0 ? tr("Done, with failures.") : tr("Done.");
        break;
    }
    if (m_scope) {
        // A scope job has no rows: its requests say what happened, and the effect is measured after.
        text += QLatin1Char(' ')
            + tr("%1 of %2 request(s) accepted, %3 with nothing terminable, %4 failed, %5 unknown, %6 not sent.",
                nullptr, summary.batches)
                  .arg(summary.accepted)
                  .arg(summary.batches)
                  .arg(summary.nothingTerminable)
                  .arg(summary.failed)
                  .arg(summary.unknown)
                  .arg(summary.notSent);
        if (summary.accepted == 0 && summary.nothingTerminable > 0 && summary.failed + summary.unknown == 0)
            text += QLatin1Char(' ') + tr("Nothing in this scope was still terminable.");
        return text;
    }
    return text + QLatin1Char(' ')
        + tr("%1 terminated, %2 not terminable, %3 failed, %4 unknown, %5 not sent.")
              .arg(m_calls->count(RowState::Terminated))
              .arg(m_calls->count(RowState::NotTerminable))
              .arg(m_calls->count(RowState::Failed))
              .arg(m_calls->count(RowState::Unknown))
              .arg(m_calls->count(RowState::Cancelled))
        + (m_calls->count(RowState::ProbablyApplied) > 0 ? QLatin1Char(' ')
                    + tr("%n probably applied by an earlier attempt.", nullptr,
                        m_calls->count(RowState::ProbablyApplied))
                                                         : QString());
}

void JobController::showBanner(const JobSummary& summary, const QString& text)
{
    if (!m_banner)
        return;
    const bool troubled = summary.failed + summary.unknown + summary.unauthorized > 0
        || summary.ending == JobSummary::Ending::Unauthorized || summary.ending == JobSummary::Ending::RecordingFailed;
    JobBanner::Tone tone = JobBanner::Tone::Success;
    if (troubled)
        tone = summary.accepted > 0 ? JobBanner::Tone::Warning : JobBanner::Tone::Failure;
    else if (summary.ending != JobSummary::Ending::Completed || summary.notSent > 0)
        tone = JobBanner::Tone::Warning;
    else if (summary.accepted == 0)
        tone = JobBanner::Tone::Info; // nothing was terminable: nothing stopped, nothing failed
    const bool retry = !m_scope && !finalRowsToRetry().isEmpty();
    m_banner->showResult(tone, text, retry, true);
}

void JobController::measureEffect(const JobSummary& summary)
{
    if (!m_scope || summary.accepted == 0)
        return;
    if (!m_scope->before.ok) {
        m_lastEffect = tr("The effect is not known: the calls could not be counted before.");
        if (m_banner)
            m_banner->appendText(m_lastEffect);
        emit scopeEffectMeasured(m_lastEffect);
        return;
    }
    m_effectClient = makeClient(m_profiles->currentProfile());
    if (!m_effectClient)
        return;
    m_effectCounter = std::make_unique<ScopeCounter>(m_effectClient.get());
    connect(m_effectCounter.get(), &ScopeCounter::counted, this, [this](const ScopeCounts& after) {
        if (!m_scope)
            return;
        m_lastEffect = after.ok ? tr("Effect: %1.").arg(ScopeEffect::between(m_scope->before, after).text())
                                : tr("The effect could not be measured: %1").arg(after.error);
        if (m_banner)
            m_banner->appendText(m_lastEffect);
        emit statusMessage(m_lastEffect);
        emit scopeEffectMeasured(m_lastEffect);
    });
    emit statusMessage(tr("Counting the calls of the scope again to measure the effect…"));
    m_effectCounter->count(m_scope->scope);
}

void JobController::onJobFinished(const JobSummary& summary)
{
    // Checks that never answered (the job was cancelled or aborted first): the batch was accepted, the call not seen.
    QList<int> unchecked;
    for (int row : std::as_const(m_jobRows)) {
        if (row < m_calls->rowCount() && m_calls->stateAt(row) == RowState::Checking)
            unchecked.append(row);
    }
    for (int row : std::as_const(unchecked))
        m_calls->setRowsState({row}, RowState::Terminated, m_calls->batchAt(row),
            tr("Batch accepted; the call was not checked (the job stopped first)"));
    flushProgress();
    if (summary.ending == JobSummary::Ending::Completed)
        m_progress->setValue(m_progress->maximum());
    const QString text = endingText(summary);
    emit statusMessage(text);
    emit runningChanged();
    // The operator may be in another window during a long job: tell them it ended.
    if (!m_window->isActiveWindow() || m_window->isMinimized()) {
        if (!m_notifier.notify(tr("CallStop: job ended"), text))
            QApplication::alert(m_window);
    }
    // The Cancel button that may have had the focus is disabled now: give it to the table, not to nothing.
    if (!m_window->focusWidget() || !m_window->focusWidget()->isEnabled())
        m_focusAfterJob->setFocus();
    if (summary.ending == JobSummary::Ending::RecordingFailed && m_session) {
        // One box that says it all: which file, the system's error, what became of the batches, how to resume.
        showWarning(tr("Job Records Not Written"), m_session->recordingFailureText());
    } else {
        if (m_session && !m_session->journalError().isEmpty())
            showWarning(tr("Journal Not Written"), m_session->journalError());
        if (m_session && !m_session->auditError().isEmpty())
            showWarning(tr("Audit Log Not Written"), m_session->auditError());
    }
    if (summary.ending == JobSummary::Ending::Unauthorized) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("API Key Refused"),
            tr("The server refused the key of the profile %1: %2\n\nThe key may have been regenerated in the "
               "dashboard. Nothing more was sent; the calls that were not sent stay in the list. Enter the new key "
               "to send them.")
                .arg(m_profiles->currentProfile().name, summary.stopMessage),
            QMessageBox::NoButton, m_window);
        box->setObjectName(QStringLiteral("keyRefused"));
        QPushButton* enter = box->addButton(tr("&Enter New Key…"), QMessageBox::AcceptRole);
        enter->setObjectName(QStringLiteral("enterKeyButton"));
        box->addButton(tr("&Later"), QMessageBox::RejectRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(enter, &QPushButton::clicked, m_profiles, &ProfileController::openProfilesForNewKey);
        box->open();
    }
    showBanner(summary, text);
    measureEffect(summary);
    emit jobFinished(summary);
}

void JobController::offerToSendRefused()
{
    // What the refused job left: its refused batch (Failed) and the batches it never sent (Cancelled).
    QList<int> rows;
    for (int row : std::as_const(m_jobRows)) {
        const RowState state = m_calls->stateAt(row);
        if (state == RowState::Failed || state == RowState::Cancelled || state == RowState::Unknown)
            rows.append(row);
    }
    if (rows.isEmpty() || isRunning())
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Send the Remaining Calls?"),
        tr("The new key is saved. Send the %n call(s) that the refused job did not send?", nullptr, int(rows.size())),
        QMessageBox::Yes | QMessageBox::No, m_window);
    box->setObjectName(QStringLiteral("sendRemaining"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, rows] { requestTerminationOf(rows); });
    box->open();
}

void JobController::showWarning(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace callstop
