#pragma once

#include "AppServices.h"
#include "DesktopNotifier.h"
#include "calls/CallListModel.h"
#include "jobs/BatchListModel.h"
#include "jobs/JobSession.h"
#include "profiles/Profile.h"
#include "scope/ScopeRequest.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QProgressBar;
class QWidget;

namespace callstop {

class ApiClient;
class ConfirmDialog;
class JobBanner;
class ScopeCounter;
class ProfileController;
struct ReportRow;

// The job panel: from Terminate… through the confirmation to the running job (its rows, batches and progress),
// cancel and abort, and what follows a job: retry, copy the failed IDs, export the results, send again what a
// refused key left. The work itself is the JobSession's; this shows it.
class JobController final : public QObject
{
    Q_OBJECT

public:
    // window: the parent of the dialogs; focusAfterJob takes the focus when a job ends on a disabled widget.
    JobController(const AppServices& services, CallListModel* calls, BatchListModel* batches,
        ProfileController* profiles, QProgressBar* progress, QWidget* focusAfterJob, QWidget* window);
    ~JobController() override;

    TerminationJob* job() const { return m_session ? m_session->job() : nullptr; }
    bool isRunning() const { return m_session && m_session->isRunning(); }

    // Opens the confirmation for the Ready rows (what Terminate… does).
    void requestTermination();
    void cancel();
    void abort();
    void retryFailed();
    void copyFailedIds();
    void exportResults();
    bool exportResultsTo(const QString& path);
    // Empties the batch panel and the progress (the list was cleared).
    void resetPanel();

    QString journalDirectory() const;
    QString auditPath() const;
    // The confirmation of count calls in batches requests; it is the one open confirmation.
    ConfirmDialog* newConfirmDialog(const Profile& profile, const QList<CallId>& ids, int batches);
    // How a job is cut and sent, as the Preferences say (IDs per request, requests in flight).
    JobOptions jobOptions() const;
    // A session on the profile with its key, or null (and a warning) when its network options are wrong.
    std::unique_ptr<JobSession> makeSession(const Profile& profile);
    // A client of the profile with its key (for look-ups too), or null (and a warning) when its network options are
    // wrong.
    std::unique_ptr<ApiClient> makeClient(const Profile& profile);
    // Shows the started session's job in the panel; rows are the model rows of the job's positions.
    void runJob(const QList<int>& rows, std::unique_ptr<JobSession> session);
    // Starts a confirmed termination by numbers, campaign or agent on its profile (still the current one); when it
    // ends, its calls are counted again and the effect is shown. False (after saying why) when it cannot start.
    bool startScopeJob(const ScopeRequest& request);
    // Shows a started (or resumed) session of a scope termination in the panel.
    void runScopeSession(const ScopeRequest& request, std::unique_ptr<JobSession> session);
    // Where the end of a job is shown; none keeps it to the status bar.
    void setBanner(JobBanner* banner);
    bool isScopeJob() const { return m_scope.has_value(); }
    // The effect of the last scope job, once measured ("12 calls stopped, ..."); empty before.
    QString lastEffect() const { return m_lastEffect; }

signals:
    void statusMessage(const QString& text, int timeoutMs = 0);
    // A job started or ended: actions depend on it.
    void runningChanged();
    void jobFinished(const callstop::JobSummary& summary);
    // The calls of a finished scope job were counted again: text is the effect, or why it is not known.
    void scopeEffectMeasured(const QString& text);

private:
    // Confirms and sends the given rows; their states change only once the job is confirmed and started.
    void requestTerminationOf(const QList<int>& rows);
    QList<RowState> statesOf(const QList<int>& rows) const;
    void openConfirm(const Profile& profile, const QList<int>& rows, const QList<CallId>& ids);
    void startJob(const QList<int>& rows, const QList<CallId>& ids, bool checkCalls);
    QList<int> finalRowsToRetry() const;
    QList<ReportRow> reportRows() const;
    void onBatchStarted(int index, int attempt);
    void onBatchFinished(const BatchResult& result);
    void onCallChecked(int position, RowState state, const QString& detail);
    void onJobFinished(const JobSummary& summary);
    void offerToSendRefused();
    void showWarning(const QString& title, const QString& text);
    QString endingText(const JobSummary& summary) const;
    void showBanner(const JobSummary& summary, const QString& text);
    void measureEffect(const JobSummary& summary);
    QList<int> jobRowsOfBatch(int slot) const;
    QList<int> jobRowsOf(const BatchResult& batch) const;

    AppServices m_services;
    CallListModel* m_calls;
    BatchListModel* m_batches;
    ProfileController* m_profiles;
    QProgressBar* m_progress;
    QWidget* m_focusAfterJob;
    QWidget* m_window;
    DesktopNotifier m_notifier;
    std::unique_ptr<JobSession> m_session; // the running or last job
    QList<int> m_jobRows; // model row of each position of the job
    int m_batchesDone = 0;
    // The progress bar shows m_batchesDone at most every ProgressIntervalMs: QProgressBar repaints at once on each
    // new value, and a job has thousands of steps a second.
    void showProgress();
    void flushProgress();
    static constexpr int ProgressIntervalMs = 50;
    QTimer m_progressTimer;
    QPointer<ConfirmDialog> m_confirm;
    QPointer<JobBanner> m_banner;
    std::optional<ScopeRequest> m_scope; // the running or last job, when it is a scope termination
    std::unique_ptr<ApiClient> m_effectClient;
    std::unique_ptr<ScopeCounter> m_effectCounter;
    QString m_lastEffect;
};

} // namespace callstop
