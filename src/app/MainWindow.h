#pragma once

#include "AppServices.h"
#include "DesktopNotifier.h"
#include "calls/CallFilterProxyModel.h"
#include "calls/CallListModel.h"
#include "input/InputController.h"
#include "jobs/BatchListModel.h"
#include "jobs/JobSession.h"
#include "profiles/Profile.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <optional>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace callstop {

class ApiClient;
struct CredentialResult;
struct ReportRow;
class ConfirmDialog;
class ProfileDialog;

// The operator's console: the list of call IDs, the job that terminates them, and the batch panel. It wires core
// objects to widgets and holds no logic of its own beyond that.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const AppServices& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    CallListModel* callModel() { return &m_calls; }
    BatchListModel* batchModel() { return &m_batches; }
    TerminationJob* job() const { return m_session ? m_session->job() : nullptr; }
    bool isJobRunning() const { return m_session && m_session->isRunning(); }
    Profile currentProfile() const;
    bool areKeysLoaded() const { return m_keysPending == 0; }
    bool isPasting() const { return m_input->isPasting(); }

    // Extracts IDs from text off the UI thread and appends them; pasteFinished() follows.
    void pasteText(const QString& text) { m_input->pasteText(text); }
    void setCurrentProfile(const QString& id);
    // Opens the confirmation for the Ready rows (what Terminate… does).
    void requestTermination();
    // A CSV file opens the import dialog; any other text file is read like a paste. Binary files are refused.
    void openFile(const QString& path);
    void importCsv(const QString& path);
    // Looks for journals of jobs that did not finish and offers to complete the newest.
    void offerResume();
    void resumeJournal(const QString& path);
    bool exportResultsTo(const QString& path);
    bool isAppending() const { return m_input->isAppending(); }

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

private:
    void setupActions();
    void loadKeys();
    void onKeyRead(const QString& id, const QString& remembered, const CredentialResult& result);
    void fillProfiles();
    void updateProfileBanner();
    void updateActions();
    void updateCounts();
    void deleteSelected();
    void clearList();
    void openConfirm(const Profile& profile, const QList<int>& rows, const QList<CallId>& ids);
    std::unique_ptr<ApiClient> makeClient(const Profile& profile);
    void startJob(const QList<int>& rows, const QList<CallId>& ids, bool checkCalls);
    std::unique_ptr<JobSession> makeSession(const Profile& profile);
    void runJob(const QList<int>& rows, std::unique_ptr<JobSession> session);
    QString journalDirectory() const;
    QString auditPath() const;
    QList<int> finalRowsToRetry() const;
    QList<ReportRow> reportRows() const;
    void retryFailed();
    void copyFailedIds();
    void exportResults();
    void openAuditLog();
    void onBatchStarted(int index, int attempt);
    void onBatchFinished(const BatchResult& result);
    void onCallChecked(int position, RowState state, const QString& detail);
    void onJobFinished(const JobSummary& summary);
    void openProfiles();
    void offerToSendRefused();
    void showTerminatingHelp();
    void showAbout();
    void loadSample();
    void showWarning(const QString& title, const QString& text);
    void saveLayout();
    void restoreLayout();
    QList<int> jobRowsOfBatch(int slot) const;
    QList<int> jobRowsOf(const BatchResult& batch) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppServices m_services;
    CallListModel m_calls;
    CallFilterProxyModel m_proxy;
    BatchListModel m_batches;
    QHash<QString, QString> m_keys; // profile id -> key, this session only
    QString m_currentId;
    QString m_resumeAfterNewKey; // profile whose refused job waits for a new key

    int m_keysPending = 0; // keychain reads not yet answered
    DesktopNotifier m_notifier;
    std::unique_ptr<JobSession> m_session; // the running or last job
    QList<int> m_jobRows; // model row of each position of the job
    int m_batchesDone = 0;

    QPointer<ConfirmDialog> m_confirm;
    QPointer<ProfileDialog> m_profileDialog;
    InputController* m_input; // a child of the window
};

} // namespace callstop
