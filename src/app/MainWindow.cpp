#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "AuditDialog.h"
#include "ConfirmDialog.h"
#include "PreferencesDialog.h"
#include "ProfileDialog.h"
#include "SandboxServer.h"
#include "api/ApiClient.h"
#include "jobs/JobSession.h"
#include "jobs/ResultsReport.h"
#include "profiles/ProfileStore.h"
#include "secrets/CredentialStore.h"
#include "util/AppSettings.h"
#include "util/Logging.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSysInfo>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace callstop {

MainWindow::MainWindow(const AppServices& services, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_services(services)
{
    m_ui->setupUi(this);
    setAcceptDrops(true);

    m_proxy.setSourceModel(&m_calls);
    m_ui->callTable->setModel(&m_proxy);
    m_ui->callTable->horizontalHeader()->setSectionResizeMode(CallListModel::IdColumn, QHeaderView::ResizeToContents);
    m_ui->callTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->callTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->callTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->callTable->setAccessibleDescription(tr("Every pasted call ID with its state, batch and detail"));
    m_ui->batchTable->setModel(&m_batches);
    m_ui->batchTable->setWordWrap(false);
    m_ui->batchTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->batchTable->verticalHeader()->hide();
    m_ui->batchTable->setAccessibleDescription(tr("One row per request sent to the server"));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    m_ui->stateFilter->addItem(tr("All states"), -1);
    for (int s = 0; s < RowStateCount; ++s)
        m_ui->stateFilter->addItem(RowStates::displayName(RowState(s)), s);
    connect(m_ui->stateFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy.setState(m_ui->stateFilter->currentData().toInt()); });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, &m_proxy, &CallFilterProxyModel::setText);

    connect(&m_calls, &CallListModel::countsChanged, this, &MainWindow::updateCounts);
    m_input = new InputController(&m_calls, m_services.settings, m_ui->menuRecent, this);
    connect(m_input, &InputController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_input, &InputController::busyChanged, this, &MainWindow::updateActions);
    connect(m_input, &InputController::pasteFinished, this, &MainWindow::pasteFinished);
    connect(m_input, &InputController::importFinished, this, &MainWindow::importFinished);
    connect(m_ui->profileCombo, &QComboBox::activated, this,
        [this](int index) { setCurrentProfile(m_ui->profileCombo->itemData(index).toString()); });
    connect(m_services.profiles, &ProfileStore::profilesChanged, this, &MainWindow::fillProfiles);

    setupActions();
    m_ui->progressBar->setFormat(tr("%v of %m batches"));
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setTextVisible(false);

    if (m_services.sandbox)
        m_keys.insert(ProfileStore::sandboxId(), QString::fromStdString(m_services.sandbox->apiKey()));
    // Until a stored key is found, the console works on the sandbox.
    m_currentId = ProfileStore::sandboxId();
    fillProfiles();
    loadKeys();
    updateProfileBanner();
    updateCounts();
    updateActions();
    m_ui->callTable->setFocus();
    restoreLayout();
    // Once the keys are read: a resume needs the key of the job's profile.
    if (areKeysLoaded())
        QTimer::singleShot(0, this, &MainWindow::offerResume);
    else
        connect(this, &MainWindow::keysLoaded, this, &MainWindow::offerResume, Qt::SingleShotConnection);
}

MainWindow::~MainWindow()
{
    if (m_session)
        m_session->disconnect(this);
}

void MainWindow::setupActions()
{
    m_ui->actionImportCsv->setShortcut(QKeySequence::Open);
    m_ui->actionPaste->setShortcut(QKeySequence::Paste);
    m_ui->actionDelete->setShortcut(QKeySequence::Delete);
    m_ui->actionSelectAll->setShortcut(QKeySequence::SelectAll);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionTerminate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_ui->actionCancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_ui->actionAbort->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period));
    m_ui->actionProfiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_ui->actionPreferences->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma));
    m_ui->actionRetryFailed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_ui->actionExportResults->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_ui->actionCopyFailed->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_ui->actionAuditLog->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_ui->actionWhatTerminating->setShortcut(QKeySequence::HelpContents);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionClear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    // The table takes Delete and Select All; the filter box keeps its own.
    m_ui->actionDelete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->callTable->addAction(m_ui->actionDelete);
    m_ui->actionSelectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->callTable->addAction(m_ui->actionSelectAll);

    const auto tip = [](QAction* a, const QString& text) {
        a->setToolTip(a->shortcut().isEmpty()
                ? text
                : QStringLiteral("%1 (%2)").arg(text, a->shortcut().toString(QKeySequence::NativeText)));
        a->setStatusTip(text);
    };
    tip(m_ui->actionImportCsv, tr("Add the call IDs of one column of a CSV export"));
    tip(m_ui->actionPaste, tr("Add the call IDs found in the clipboard"));
    tip(m_ui->actionDelete, tr("Remove the selected rows"));
    tip(m_ui->actionClear, tr("Remove every row"));
    tip(m_ui->actionTerminate, tr("Terminate every Ready call, after a confirmation"));
    tip(m_ui->actionCancel, tr("Send nothing more; batches in flight finish"));
    tip(m_ui->actionAbort, tr("Also abort the batches in flight; their outcome becomes unknown"));
    tip(m_ui->actionProfiles, tr("Profiles, API keys and connection test"));
    tip(m_ui->actionPreferences, tr("Language and the job-size limit"));
    // Every other action: its own text, with its shortcut, so that tooltips teach the keys.
    for (QAction* a : findChildren<QAction*>()) {
        if (a->menu() || a->isSeparator() || a->text().isEmpty() || a->statusTip() != QString())
            continue;
        tip(a, a->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
    }
    m_ui->terminateButton->setToolTip(m_ui->actionTerminate->toolTip());
    m_ui->cancelButton->setToolTip(m_ui->actionCancel->toolTip());
    m_ui->pasteButton->setToolTip(m_ui->actionPaste->toolTip());

    connect(m_ui->actionPaste, &QAction::triggered, m_input, &InputController::pasteFromClipboard);
    connect(m_ui->pasteButton, &QPushButton::clicked, m_input, &InputController::pasteFromClipboard);
    connect(m_ui->actionDelete, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_ui->actionClear, &QAction::triggered, this, &MainWindow::clearList);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &MainWindow::clearList);
    connect(m_ui->actionSelectAll, &QAction::triggered, m_ui->callTable, &QTableView::selectAll);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus();
        m_ui->filterEdit->selectAll();
    });
    connect(m_ui->actionTerminate, &QAction::triggered, this, &MainWindow::requestTermination);
    connect(m_ui->terminateButton, &QPushButton::clicked, this, &MainWindow::requestTermination);
    connect(m_ui->actionCancel, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->cancel();
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, m_ui->actionCancel, &QAction::trigger);
    connect(m_ui->actionAbort, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->abort();
    });
    connect(m_ui->actionProfiles, &QAction::triggered, this, &MainWindow::openProfiles);
    connect(m_ui->actionPreferences, &QAction::triggered, this, [this] {
        auto* dialog = new PreferencesDialog(m_services.settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionWhatTerminating, &QAction::triggered, this, &MainWindow::showTerminatingHelp);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionLoadSample, &QAction::triggered, this, &MainWindow::loadSample);
    connect(m_ui->actionImportCsv, &QAction::triggered, m_input, &InputController::chooseCsv);
    connect(m_ui->actionRetryFailed, &QAction::triggered, this, &MainWindow::retryFailed);
    connect(m_ui->actionCopyFailed, &QAction::triggered, this, &MainWindow::copyFailedIds);
    connect(m_ui->actionExportResults, &QAction::triggered, this, &MainWindow::exportResults);
    connect(m_ui->actionAuditLog, &QAction::triggered, this, &MainWindow::openAuditLog);
    connect(m_ui->actionResume, &QAction::triggered, this, &MainWindow::offerResume);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    m_ui->actionLoadSample->setEnabled(m_services.sandbox != nullptr);
}

void MainWindow::loadKeys()
{
    // The last profile used becomes current again once its key is found; until then, and without a key, the sandbox.
    const QString remembered = m_services.profiles->currentId();
    for (const Profile& p : m_services.profiles->profiles()) {
        if (p.isSandbox())
            continue;
        const QString id = p.id;
        ++m_keysPending;
        m_services.credentials->readKey(id, [self = QPointer(this), id, remembered](const CredentialResult& r) {
            // The keychain may answer after the window is gone.
            if (!self)
                return;
            self->onKeyRead(id, remembered, r);
        });
    }
}

void MainWindow::onKeyRead(const QString& id, const QString& remembered, const CredentialResult& r)
{
    const bool last = m_keysPending > 0 && --m_keysPending == 0;
    if (r.ok()) {
        m_keys.insert(id, r.secret);
        if (id == remembered && m_currentId == ProfileStore::sandboxId() && !(isJobRunning()))
            setCurrentProfile(id);
    } else if (r.status != CredentialResult::Status::NotFound) {
        qCWarning(lcSecrets) << "reading the key of profile" << id << "failed:" << r.error;
    }
    updateProfileBanner();
    updateActions();
    if (last)
        emit keysLoaded();
}

Profile MainWindow::currentProfile() const
{
    return m_services.profiles->find(m_currentId).value_or(Profile());
}

void MainWindow::fillProfiles()
{
    m_ui->profileCombo->clear();
    for (const Profile& p : m_services.profiles->profiles()) {
        m_ui->profileCombo->addItem(p.name, p.id);
        if (p.id == m_currentId)
            m_ui->profileCombo->setCurrentIndex(m_ui->profileCombo->count() - 1);
    }
    if (!m_services.profiles->find(m_currentId))
        setCurrentProfile(ProfileStore::sandboxId());
}

void MainWindow::setCurrentProfile(const QString& id)
{
    if (isJobRunning())
        return;
    if (!m_services.profiles->find(id))
        return;
    m_currentId = id;
    if (!currentProfile().isSandbox() || m_keys.contains(id))
        m_services.profiles->setCurrentId(id);
    const int index = m_ui->profileCombo->findData(id);
    if (index >= 0)
        m_ui->profileCombo->setCurrentIndex(index);
    updateProfileBanner();
    updateActions();
}

void MainWindow::updateProfileBanner()
{
    const Profile p = currentProfile();
    QString text;
    if (p.isSandbox())
        text = tr("Sandbox: a simulator on this computer. No real call is affected.");
    else if (p.kind == Profile::Kind::Production)
        text = tr("PRODUCTION: real calls of your workspace will be stopped.");
    else
        text = tr("%1: %2").arg(p.name, p.baseUrl.host());
    m_ui->profileBanner->setText(text);
    m_ui->profileBanner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; }").arg(p.colour));
    setWindowTitle(tr("CallStop – %1").arg(p.name));

    QStringList notes;
    if (p.isSandbox()) {
        notes.append(tr("To connect to production: Settings › Profiles and Keys, choose Production, paste your API key "
                        "and save."));
    } else if (!m_keys.contains(p.id)) {
        notes.append(tr("No key for %1 yet: Settings › Profiles and Keys.").arg(p.name));
    }
    if (!m_services.keychainAvailable)
        notes.append(tr("No keychain is available: keys are kept for this session only."));
    m_ui->noticeLabel->setText(notes.join(QLatin1Char(' ')));
    m_ui->noticeLabel->setVisible(!notes.isEmpty());
}

void MainWindow::updateActions()
{
    const bool running = isJobRunning();
    const bool pasting = m_input->isBusy();
    m_input->setBlocked(running);
    const bool ready = m_calls.count(RowState::Ready) > 0;
    m_ui->actionTerminate->setEnabled(ready && !running && !pasting);
    m_ui->terminateButton->setEnabled(m_ui->actionTerminate->isEnabled());
    m_ui->actionCancel->setEnabled(running);
    m_ui->cancelButton->setEnabled(running);
    m_ui->actionAbort->setEnabled(running);
    m_ui->actionDelete->setEnabled(!running);
    m_ui->actionClear->setEnabled(!running && m_calls.rowCount() > 0);
    m_ui->clearButton->setEnabled(m_ui->actionClear->isEnabled());
    m_ui->actionPaste->setEnabled(!pasting);
    m_ui->actionImportCsv->setEnabled(!pasting && !running);
    m_ui->menuRecent->setEnabled(!pasting && !running);
    m_ui->pasteButton->setEnabled(!pasting);
    m_ui->profileCombo->setEnabled(!running);
    m_ui->actionProfiles->setEnabled(!running);
    const bool failed = m_calls.count(RowState::Failed) + m_calls.count(RowState::Unknown) > 0;
    m_ui->actionRetryFailed->setEnabled(failed && !running && !pasting);
    m_ui->actionCopyFailed->setEnabled(failed);
    m_ui->actionExportResults->setEnabled(m_calls.rowCount() > 0 && !running);
    m_ui->actionResume->setEnabled(!running);
}

void MainWindow::updateCounts()
{
    QStringList parts;
    for (int s = 0; s < RowStateCount; ++s) {
        const int n = m_calls.count(RowState(s));
        if (n > 0)
            parts.append(QStringLiteral("%1 %2").arg(RowStates::displayName(RowState(s))).arg(n));
    }
    m_ui->countsLabel->setText(parts.isEmpty() ? tr("No call IDs yet: paste them (Ctrl+V) or drop text here.")
                                               : parts.join(QStringLiteral(" · ")));
    updateActions();
}

void MainWindow::deleteSelected()
{
    if (isJobRunning())
        return;
    QList<int> rows;
    const auto selected = m_ui->callTable->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows.append(m_proxy.mapToSource(index).row());
    if (rows.isEmpty())
        return;
    m_calls.removeRowList(rows);
    statusBar()->showMessage(tr("%n row(s) removed", nullptr, int(rows.size())), 5000);
}

void MainWindow::clearList()
{
    if ((isJobRunning()) || m_calls.rowCount() == 0)
        return;
    const int ready = m_calls.count(RowState::Ready);
    if (ready > 0) {
        const auto answer = QMessageBox::question(this, tr("Clear the List"),
            tr("Remove all %n row(s)?", nullptr, m_calls.rowCount()), QMessageBox::Yes | QMessageBox::No,
            QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_calls.clear();
    m_batches.reset({});
    m_ui->progressBar->setValue(0);
}

void MainWindow::requestTermination()
{
    if ((isJobRunning()) || m_confirm)
        return;
    const Profile profile = currentProfile();
    const QList<int> rows = m_calls.rowsInState(RowState::Ready);
    if (rows.isEmpty())
        return;
    const QString problem = ApiClient::checkBaseUrl(profile.baseUrl);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Send"), tr("Profile %1: %2").arg(profile.name, problem));
        return;
    }
    if (!m_keys.contains(profile.id) && m_keysPending > 0) {
        statusBar()->showMessage(tr("The keychain has not answered yet; try again in a moment."), 5000);
        return;
    }
    if (!m_keys.contains(profile.id)) {
        auto* box = new QMessageBox(QMessageBox::Information, tr("No API Key"),
            tr("There is no API key for the profile %1. Enter it in Settings › Profiles and Keys.").arg(profile.name),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QDialog::finished, this, &MainWindow::openProfiles);
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
        ids.append(m_calls.idAt(row));
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
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("jobSizeQuestion"));
    box->setDefaultButton(QMessageBox::No);
    box->button(QMessageBox::Yes)->setText(tr("&Continue…"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, rows, ids, profileId = profile.id](int) {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes || profileId != m_currentId
            || m_calls.rowsInState(RowState::Ready) != rows)
            return;
        openConfirm(currentProfile(), rows, ids);
    });
    box->open();
}

void MainWindow::openConfirm(const Profile& profile, const QList<int>& rows, const QList<CallId>& ids)
{
    if (m_confirm)
        return;
    QStringList sample;
    for (int i = 0; i < qMin<qsizetype>(5, ids.size()); ++i)
        sample.append(ids.at(i).toString());
    const int batches = TerminationJob::batchCountFor(ids.size(), ApiClient::MaxIdsPerRequest);
    m_confirm = new ConfirmDialog(profile, int(ids.size()), batches, sample, this);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QDialog::accepted, this, [this, rows, ids, profileId = profile.id] {
        const bool check = m_confirm ? m_confirm->checkCalls() : true;
        // The list cannot change under a modal dialog, but the profile must still be the one confirmed.
        if (profileId != m_currentId || m_calls.rowsInState(RowState::Ready) != rows)
            return;
        startJob(rows, ids, check);
    });
    m_confirm->open();
}

std::unique_ptr<ApiClient> MainWindow::makeClient(const Profile& profile)
{
    auto client = std::make_unique<ApiClient>(m_services.network);
    client->setBaseUrl(profile.baseUrl);
    client->setApiKey(m_keys.value(profile.id));
    QString error;
    if (!client->setNetworkOptions(profile.network, &error)) {
        showWarning(tr("Cannot Start"), tr("Profile %1: %2").arg(profile.name, error));
        return nullptr;
    }
    return client;
}

void MainWindow::startJob(const QList<int>& rows, const QList<CallId>& ids, bool checkCalls)
{
    auto session = makeSession(currentProfile());
    if (!session)
        return;
    JobOptions options;
    options.checkCalls = checkCalls;
    QString error;
    if (!session->start(BatchPayload::forCallIds(ids), options, &error)) {
        showWarning(
            tr("Cannot Start"), tr("The job's journal cannot be written, so the job was not started: %1").arg(error));
        return;
    }
    runJob(rows, std::move(session));
}

std::unique_ptr<JobSession> MainWindow::makeSession(const Profile& profile)
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

void MainWindow::runJob(const QList<int>& rows, std::unique_ptr<JobSession> session)
{
    const Profile profile = currentProfile();
    if (m_session)
        m_session->disconnect(this);
    m_session = std::move(session);
    TerminationJob* job = m_session->job();
    m_jobRows = rows;
    m_batchesDone = 0;

    QList<BatchResult> batches;
    for (int slot = 0; slot < job->batchCount(); ++slot) {
        batches.append(job->batch(slot));
        m_calls.setRowsState(jobRowsOfBatch(slot), RowState::Queued, job->batch(slot).index);
    }
    m_batches.reset(batches);
    m_ui->progressBar->setRange(0, job->batchCount());
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setTextVisible(true);

    connect(m_session.get(), &JobSession::batchStarted, this, &MainWindow::onBatchStarted);
    connect(m_session.get(), &JobSession::batchFinished, this, &MainWindow::onBatchFinished);
    connect(m_session.get(), &JobSession::batchRetrying, this,
        [this](int slot, int next, qint64 delay, const QString& reason) {
            m_calls.setRowsState(jobRowsOfBatch(slot), RowState::Queued, this->job()->batch(slot).index,
                tr("Attempt %1 failed (%2); trying again").arg(next - 1).arg(reason));
            m_batches.setWaiting(slot, next, delay, reason);
        });
    connect(m_session.get(), &JobSession::callChecked, this, &MainWindow::onCallChecked);
    connect(m_session.get(), &JobSession::finished, this, &MainWindow::onJobFinished);
    qCInfo(lcJobs) << "console job of" << job->idCount() << "calls on profile" << profile.name;
    statusBar()->showMessage(tr("Terminating %n call(s) on %1…", nullptr, job->idCount()).arg(profile.name));
    updateActions();
}

QString MainWindow::journalDirectory() const
{
    return m_services.dataDirectory.isEmpty() ? JobJournal::defaultDirectory()
                                              : m_services.dataDirectory + QStringLiteral("/journals");
}

QString MainWindow::auditPath() const
{
    return m_services.dataDirectory.isEmpty() ? AuditLog::defaultPath()
                                              : m_services.dataDirectory + QStringLiteral("/audit.jsonl");
}

void MainWindow::offerResume()
{
    if (isJobRunning())
        return;
    QList<JournalState> unfinished;
    for (const JournalState& j : JobJournal::list(journalDirectory())) {
        if (j.needsResume())
            unfinished.append(j);
    }
    if (unfinished.isEmpty())
        return;
    const JournalState j = unfinished.constLast();
    using S = JournalState::BatchState;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unfinished Job"),
        tr("A job started %1 on %2 by %3 did not finish.\n\n%4 batches applied, %5 failed, %6 unknown (in flight when "
           "it stopped: they may have been applied), %7 never sent.\n\nResume sends the unknown and unsent batches "
           "again; sending a batch twice is harmless.")
            .arg(QLocale().toString(j.header.created.toLocalTime(), QLocale::ShortFormat), j.header.profile,
                j.header.user)
            .arg(j.count(S::Confirmed))
            .arg(j.count(S::Failed))
            .arg(j.count(S::Unknown))
            .arg(j.count(S::NotSent)),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("resumeOffer"));
    QPushButton* resume = box->addButton(tr("&Resume…"), QMessageBox::AcceptRole);
    resume->setObjectName(QStringLiteral("resumeButton"));
    box->addButton(tr("&Later"), QMessageBox::RejectRole);
    box->setDefaultButton(resume);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(resume, &QPushButton::clicked, this, [this, path = j.path] { resumeJournal(path); });
    box->open();
}

void MainWindow::resumeJournal(const QString& path)
{
    if (isJobRunning())
        return;
    QString error;
    const ResumePlan plan = JobSession::planResume(path, &error);
    if (!error.isEmpty()) {
        showWarning(tr("Cannot Resume"), error);
        return;
    }
    const JournalState& state = plan.state;
    const auto profile = m_services.profiles->findByName(state.header.profile);
    if (!profile || profile->isSandbox() || !m_keys.contains(profile->id)) {
        showWarning(tr("Cannot Resume"),
            tr("The job ran on the profile %1, which has no key here (or is the sandbox, which was restarted). "
               "Enter its key in Settings › Profiles and Keys, then resume from Job › Resume.")
                .arg(state.header.profile));
        return;
    }
    if (m_calls.rowCount() > 0) {
        showWarning(tr("Cannot Resume"), tr("Clear the list first: the resumed calls fill it."));
        return;
    }
    setCurrentProfile(profile->id);
    QList<CallId> ids;
    ids.reserve(plan.itemCount);
    for (const BatchResult& b : plan.batches)
        ids += b.payload.ids;
    m_calls.appendIds(ids);
    QList<int> rows;
    for (int r = 0; r < m_calls.rowCount(); ++r)
        rows.append(r);
    QStringList sample;
    for (int i = 0; i < qMin<qsizetype>(5, ids.size()); ++i)
        sample.append(ids.at(i).toString());
    m_confirm = new ConfirmDialog(*profile, int(ids.size()), int(plan.batches.size()), sample, this);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QDialog::accepted, this, [this, rows, plan] {
        JobOptions options;
        options.checkCalls = m_confirm ? m_confirm->checkCalls() : true;
        auto session = makeSession(currentProfile());
        if (!session)
            return;
        QString error;
        if (!session->resume(plan, options, &error)) {
            showWarning(tr("Cannot Resume"), error);
            return;
        }
        runJob(rows, std::move(session));
    });
    m_confirm->open();
}

QList<int> MainWindow::finalRowsToRetry() const
{
    QList<int> rows = m_calls.rowsInState(RowState::Failed) + m_calls.rowsInState(RowState::Unknown);
    std::sort(rows.begin(), rows.end());
    return rows;
}

void MainWindow::retryFailed()
{
    if (isJobRunning())
        return;
    const QList<int> rows = finalRowsToRetry();
    if (rows.isEmpty())
        return;
    m_calls.setRowsState(rows, RowState::Ready, -1, tr("To be sent again"));
    requestTermination();
}

void MainWindow::copyFailedIds()
{
    QStringList ids;
    for (int row : finalRowsToRetry())
        ids.append(m_calls.textAt(row));
    QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    statusBar()->showMessage(tr("%n failed or unknown ID(s) copied", nullptr, int(ids.size())), 5000);
}

QList<ReportRow> MainWindow::reportRows() const
{
    QList<ReportRow> rows;
    rows.reserve(m_calls.rowCount());
    QHash<int, const BatchResult*> byIndex;
    for (int r = 0; r < m_batches.rowCount(); ++r)
        byIndex.insert(m_batches.batch(r).index, &m_batches.batch(r));
    for (int r = 0; r < m_calls.rowCount(); ++r) {
        ReportRow row;
        row.id = m_calls.textAt(r);
        row.state = RowStates::key(m_calls.stateAt(r));
        row.batch = m_calls.batchAt(r);
        row.message = m_calls.detailAt(r);
        if (const BatchResult* b = byIndex.value(row.batch)) {
            row.httpStatus = b->httpStatus;
            row.time = b->finishedAt;
        }
        rows.append(row);
    }
    return rows;
}

void MainWindow::exportResults()
{
    auto* dialog
        = new QFileDialog(this, tr("Export Results"), QStringLiteral("callstop-results.csv"), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportResultsTo(path); });
    dialog->open();
}

bool MainWindow::exportResultsTo(const QString& path)
{
    QString error;
    if (!ResultsReport::write(path, reportRows(), &error)) {
        showWarning(tr("Export Failed"), error);
        return false;
    }
    statusBar()->showMessage(tr("Results written to %1").arg(path), 8000);
    return true;
}

void MainWindow::openAuditLog()
{
    auto* dialog = new AuditDialog(auditPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QList<int> MainWindow::jobRowsOfBatch(int slot) const
{
    return jobRowsOf(job()->batch(slot));
}

QList<int> MainWindow::jobRowsOf(const BatchResult& batch) const
{
    return m_jobRows.mid(batch.firstPosition, batch.itemCount());
}

void MainWindow::onBatchStarted(int slot, int attempt)
{
    m_calls.setRowsState(jobRowsOfBatch(slot), RowState::Sending, job()->batch(slot).index,
        attempt > 1 ? tr("Attempt %1").arg(attempt) : QString());
    m_batches.setSending(slot, attempt);
}

void MainWindow::onBatchFinished(const BatchResult& result)
{
    QString detail = result.message;
    if (result.outcome == BatchOutcome::Accepted)
        detail = job() && job()->options().checkCalls ? tr("Batch accepted; checking the call…")
                                                      : tr("Batch accepted (calls already connected or finished are "
                                                           "not affected)");
    // result.index numbers the batch in the whole job; a resumed job runs only some of them, so it is not a slot.
    m_calls.setRowsState(jobRowsOf(result), TerminationJob::rowStateFor(result.outcome), result.index, detail);
    m_batches.setResult(result);
    m_ui->progressBar->setValue(++m_batchesDone);
}

void MainWindow::onCallChecked(int position, RowState state, const QString& detail)
{
    if (position < 0 || position >= m_jobRows.size())
        return;
    m_calls.setRowsState({m_jobRows.at(position)}, state, m_calls.batchAt(m_jobRows.at(position)), detail);
}

void MainWindow::onJobFinished(const JobSummary& summary)
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
    default:
        text = tr("Done.");
        break;
    }
    text += QLatin1Char(' ')
        + tr("%1 terminated, %2 not terminable, %3 failed, %4 unknown, %5 not sent.")
              .arg(m_calls.count(RowState::Terminated))
              .arg(m_calls.count(RowState::NotTerminable))
              .arg(m_calls.count(RowState::Failed))
              .arg(m_calls.count(RowState::Unknown))
              .arg(m_calls.count(RowState::Cancelled));
    statusBar()->showMessage(text);
    updateActions();
    // The operator may be in another window during a long job: tell them it ended.
    if (!isActiveWindow() || isMinimized()) {
        if (!m_notifier.notify(tr("CallStop: job ended"), text))
            QApplication::alert(this);
    }
    // The Cancel button that may have had the focus is disabled now: give it to the table, not to nothing.
    if (!focusWidget() || !focusWidget()->isEnabled())
        m_ui->callTable->setFocus();
    if (m_session && !m_session->journalError().isEmpty())
        showWarning(tr("Journal Not Written"), m_session->journalError());
    if (m_session && !m_session->auditError().isEmpty())
        showWarning(tr("Audit Log Not Written"), m_session->auditError());
    if (summary.ending == JobSummary::Ending::Unauthorized) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("API Key Refused"),
            tr("The server refused the key of the profile %1: %2\n\nThe key may have been regenerated in the "
               "dashboard. Nothing more was sent; the calls that were not sent stay in the list. Enter the new key "
               "to send them.")
                .arg(currentProfile().name, summary.stopMessage),
            QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("keyRefused"));
        QPushButton* enter = box->addButton(tr("&Enter New Key…"), QMessageBox::AcceptRole);
        enter->setObjectName(QStringLiteral("enterKeyButton"));
        box->addButton(tr("&Later"), QMessageBox::RejectRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(enter, &QPushButton::clicked, this, [this] {
            m_resumeAfterNewKey = m_currentId;
            openProfiles();
        });
        box->open();
    }
    emit jobFinished(summary);
}

void MainWindow::openProfiles()
{
    if (m_profileDialog)
        return;
    m_profileDialog = new ProfileDialog(m_services, &m_keys, m_currentId, this);
    m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_profileDialog, &ProfileDialog::keyChanged, this, [this](const QString& id) {
        if (m_keys.contains(id) && id != m_currentId && currentProfile().isSandbox())
            setCurrentProfile(id);
        updateProfileBanner();
        updateActions();
        if (id == m_resumeAfterNewKey && m_keys.contains(id))
            offerToSendRefused();
    });
    m_profileDialog->open();
}

void MainWindow::offerToSendRefused()
{
    m_resumeAfterNewKey.clear();
    // What the refused job left: its refused batch (Failed) and the batches it never sent (Cancelled).
    QList<int> rows;
    for (int row : std::as_const(m_jobRows)) {
        const RowState state = m_calls.stateAt(row);
        if (state == RowState::Failed || state == RowState::Cancelled || state == RowState::Unknown)
            rows.append(row);
    }
    if (rows.isEmpty() || (isJobRunning()))
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Send the Remaining Calls?"),
        tr("The new key is saved. Send the %n call(s) that the refused job did not send?", nullptr, int(rows.size())),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("sendRemaining"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, rows] {
        m_calls.setRowsState(rows, RowState::Ready, -1, tr("To be sent with the new key"));
        requestTermination();
    });
    box->open();
}

void MainWindow::showTerminatingHelp()
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("What Terminating Does"),
        tr("Terminating stops calls that have not connected yet (status registered or retry): they end as "
           "cancelled and are not dialled.\n\nA call already in progress is NOT hung up by the API; it is only kept "
           "from being retried. Calls that already finished are not affected.\n\nThe server answers per batch of up "
           "to 100 IDs, not per call. With \"Check each call's status afterwards\", CallStop asks the server for the "
           "status of every call of an accepted batch and shows it per row.\n\nTerminating cannot be undone. Sending "
           "the same IDs again is harmless."),
        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CallStop"),
        tr("<b>CallStop %1</b><p>An operator console to stop calls of AI phone campaigns through the Revenueable AI "
           "API, in batches, with a built-in sandbox.</p><p>Built with Qt %2 (LGPLv3), QtKeychain (BSD) and "
           "cpp-httplib (MIT).</p>")
            .arg(QStringLiteral(CALLSTOP_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::loadSample()
{
    if (!m_services.sandbox)
        return;
    QStringList ids;
    for (const auto& call : m_services.sandbox->calls())
        ids.append(QString::fromStdString(call.id));
    pasteText(ids.mid(0, 200).join(QLatin1Char('\n')));
    setCurrentProfile(ProfileStore::sandboxId());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (isJobRunning()) {
        const auto answer = QMessageBox::question(this, tr("A Job Is Running"),
            tr("Batches are still being sent. Quit anyway? Batches in flight may or may not be applied."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_session->abort();
    }
    saveLayout();
    event->accept();
}

void MainWindow::saveLayout()
{
    if (!m_services.settings)
        return;
    QSettings& s = *m_services.settings;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    s.setValue(QStringLiteral("window/callColumns"), m_ui->callTable->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("window/batchColumns"), m_ui->batchTable->horizontalHeader()->saveState());
    s.sync();
}

void MainWindow::restoreLayout()
{
    if (!m_services.settings)
        return;
    const QSettings& s = *m_services.settings;
    // Each piece on its own: a missing or damaged value leaves that piece at its default.
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_ui->splitter->restoreState(s.value(QStringLiteral("window/splitter")).toByteArray());
    m_ui->callTable->horizontalHeader()->restoreState(s.value(QStringLiteral("window/callColumns")).toByteArray());
    m_ui->batchTable->horizontalHeader()->restoreState(s.value(QStringLiteral("window/batchColumns")).toByteArray());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (mime->hasUrls()) {
        QStringList files;
        for (const QUrl& url : mime->urls()) {
            if (url.isLocalFile())
                files.append(url.toLocalFile());
        }
        if (!files.isEmpty()) {
            event->acceptProposedAction();
            if (!isJobRunning())
                m_input->openFiles(files);
            return;
        }
    }
    if (mime->hasText()) {
        pasteText(mime->text());
        event->acceptProposedAction();
    }
}

void MainWindow::showWarning(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::openFile(const QString& path)
{
    if (!isJobRunning())
        m_input->openFile(path);
}

void MainWindow::importCsv(const QString& path)
{
    if (!isJobRunning())
        m_input->importCsv(path);
}

} // namespace callstop
