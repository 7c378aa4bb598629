#pragma once

#include "AppServices.h"
#include "calls/CallFilterProxyModel.h"
#include "calls/CallListModel.h"
#include "input/InputController.h"
#include "jobs/BatchListModel.h"
#include "jobs/JobController.h"
#include "jobs/JobSession.h"
#include "jobs/ResumeOffer.h"
#include "profiles/Profile.h"
#include "profiles/ProfileController.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace callstop {

// The operator's console: the list of call IDs, the job that terminates them, and the batch panel. It wires core
// objects and its controllers (input, profiles, jobs, resume) to widgets and holds no logic of its own beyond that.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const AppServices& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    CallListModel* callModel() { return &m_calls; }
    BatchListModel* batchModel() { return &m_batches; }
    TerminationJob* job() const { return m_jobs->job(); }
    bool isJobRunning() const { return m_jobs && m_jobs->isRunning(); }
    // How the next job is cut and sent (Preferences).
    JobOptions jobOptions() const { return m_jobs->jobOptions(); }
    Profile currentProfile() const { return m_profiles->currentProfile(); }
    bool areKeysLoaded() const { return m_profiles->areKeysLoaded(); }
    bool isPasting() const { return m_input->isPasting(); }

    // Extracts IDs from text off the UI thread and appends them; pasteFinished() follows.
    void pasteText(const QString& text) { m_input->pasteText(text); }
    void setCurrentProfile(const QString& id) { m_profiles->setCurrentProfile(id); }
    // Opens the confirmation for the Ready rows (what Terminate… does).
    void requestTermination() { m_jobs->requestTermination(); }
    // A CSV file opens the import dialog; any other text file is read like a paste. Binary files are refused.
    void openFile(const QString& path);
    void importCsv(const QString& path);
    // Looks for journals of jobs that did not finish and offers to complete the newest.
    void offerResume() { m_resume->offerResume(); }
    void resumeJournal(const QString& path) { m_resume->resumeJournal(path); }
    bool exportResultsTo(const QString& path) { return m_jobs->exportResultsTo(path); }
    bool isAppending() const { return m_input->isAppending(); }
    // Opens (or raises) the Find Calls dialog for the current profile; its calls stream into the list.
    void openFindCalls();
    // Opens (or raises) the dialog that stops calls by phone numbers, a campaign or an agent.
    void openScopeTermination();
    // The region of numbers written without a country code: the Preferences', else the system's.
    QString phoneRegion() const;

signals:
    void pasteFinished(const callstop::AppendSummary& summary);
    // After a CSV import's rows have all been added.
    void importFinished(const callstop::AppendSummary& summary);
    void jobFinished(const callstop::JobSummary& summary);
    // Every stored key has been read (or found missing) since the window started.
    void keysLoaded();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void setupActions();
    // A client of profile for a look-up dialog titled title, or null (and why) when the profile has no key.
    std::unique_ptr<ApiClient> clientForDialog(const Profile& profile, const QString& title);
    void updateActions();
    void updateCounts();
    // The counts line follows the rows at once, but during a job at most every CountsIntervalMs: a job changes rows
    // thousands of times a second, and each new text lays the status line out again.
    void countsChanged();
    static constexpr int CountsIntervalMs = 100;
    void deleteSelected();
    void clearList();
    void openAuditLog();
    void showTerminatingHelp();
    void showAbout();
    void loadSample();
    void saveLayout();
    void restoreLayout();
    void sizeBatchColumns();
    void keepOnScreen();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppServices m_services;
    CallListModel m_calls;
    CallFilterProxyModel m_proxy;
    BatchListModel m_batches;
    // Declared after the models: destroyed before them.
    std::unique_ptr<ProfileController> m_profiles;
    std::unique_ptr<JobController> m_jobs;
    QTimer m_countsTimer;
    std::unique_ptr<ResumeOffer> m_resume;
    InputController* m_input; // a child of the window
    QAction* m_findCallsAction = nullptr;
    QAction* m_scopeAction = nullptr;
    QPointer<class FindDialog> m_findDialog;
    QPointer<class ScopeTerminateDialog> m_scopeDialog;
    bool m_geometryRestored = false; // and not yet checked with the window's frame
};

} // namespace callstop
