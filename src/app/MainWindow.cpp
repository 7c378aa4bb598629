#include "MainWindow.h"

#include "api/ApiClient.h"
#include "find/FindDialog.h"
#include "jobs/JobBanner.h"
#include "numbers/PhoneRegions.h"
#include "scope/ScopeTerminateDialog.h"
#include "util/AppSettings.h"
#include "widgets/ColumnFitter.h"

#include "ui_MainWindow.h"

#include "AuditDialog.h"
#include "PreferencesDialog.h"
#include "SandboxServer.h"
#include "calls/RowStateDelegate.h"
#include "profiles/ProfileStore.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QTimer>
#include <QUrl>

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
    m_ui->callTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->callTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->callTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->callTable->setAccessibleDescription(tr("Every pasted call ID with its state, batch and detail"));
    m_ui->callTable->setItemDelegate(new RowStateDelegate(m_ui->callTable));
    // The columns of calls found in the call history show once there are such calls.
    const auto showFoundColumns = [this](bool shown) {
        for (int c = CallListModel::NumberColumn; c <= CallListModel::AgentColumn; ++c)
            m_ui->callTable->setColumnHidden(c, !shown);
    };
    showFoundColumns(false);
    connect(&m_calls, &CallListModel::foundColumnsInUseChanged, this, showFoundColumns);
    m_ui->batchTable->setModel(&m_batches);
    m_ui->batchTable->setWordWrap(false);
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

    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(CountsIntervalMs);
    connect(&m_countsTimer, &QTimer::timeout, this, &MainWindow::updateCounts);
    connect(&m_calls, &CallListModel::countsChanged, this, &MainWindow::countsChanged);
    m_input = new InputController(&m_calls, m_services.settings, m_ui->menuRecent, this);
    connect(m_input, &InputController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_input, &InputController::busyChanged, this, &MainWindow::updateActions);
    connect(m_input, &InputController::pasteFinished, this, &MainWindow::pasteFinished);
    connect(m_input, &InputController::importFinished, this, &MainWindow::importFinished);
    m_profiles = std::make_unique<ProfileController>(m_services, m_ui->profileCombo, m_ui->profileBanner,
        m_ui->noticeLabel, this, [this] { return isJobRunning(); });
    connect(m_profiles.get(), &ProfileController::changed, this, &MainWindow::updateActions);
    connect(m_profiles.get(), &ProfileController::keysLoaded, this, &MainWindow::keysLoaded);
    m_jobs = std::make_unique<JobController>(
        m_services, &m_calls, &m_batches, m_profiles.get(), m_ui->progressBar, m_ui->callTable, this);
    connect(m_jobs.get(), &JobController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_jobs.get(), &JobController::runningChanged, this, &MainWindow::updateCounts); // updates the actions too
    connect(m_jobs.get(), &JobController::jobFinished, this, &MainWindow::jobFinished);
    auto* banner = new JobBanner(this);
    m_ui->centralLayout->insertWidget(m_ui->centralLayout->indexOf(m_ui->splitter) + 1, banner);
    m_jobs->setBanner(banner);
    m_resume = std::make_unique<ResumeOffer>(m_jobs.get(), m_profiles.get(), m_services.profiles, &m_calls, this);

    setupActions();
    m_profiles->start();
    updateCounts();
    updateActions();
    m_ui->callTable->setFocus();
    restoreLayout();
    sizeBatchColumns();
    // Longer profile names than the first ones (added later) are not clipped either.
    m_ui->profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Once the keys are read: a resume needs the key of the job's profile.
    if (areKeysLoaded())
        QTimer::singleShot(0, this, &MainWindow::offerResume);
    else
        connect(this, &MainWindow::keysLoaded, this, &MainWindow::offerResume, Qt::SingleShotConnection);
}

MainWindow::~MainWindow() = default;

namespace {

// A dialog of which there is one: brought to the front when it is already open.
bool raiseIfOpen(QWidget* dialog)
{
    if (!dialog)
        return false;
    dialog->raise();
    dialog->activateWindow();
    return true;
}

} // namespace

std::unique_ptr<ApiClient> MainWindow::clientForDialog(const Profile& profile, const QString& title)
{
    if (!profile.isSandbox() && !m_profiles->hasKey(profile.id)) {
        QMessageBox::information(this, title,
            tr("The profile %1 has no key yet. Enter it in Settings › Profiles and Keys.").arg(profile.name));
        return nullptr;
    }
    return m_jobs->makeClient(profile);
}

void MainWindow::openFindCalls()
{
    if (raiseIfOpen(m_findDialog))
        return;
    const Profile profile = currentProfile();
    auto client = clientForDialog(profile, tr("Find Calls"));
    if (!client)
        return;
    m_findDialog = new FindDialog(std::move(client), profile.name, phoneRegion(), this);
    m_findDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_findDialog, &FindDialog::callsFound, this, [this](const QList<HistoryCall>& calls) {
        const AppendSummary added = m_calls.appendFound(calls);
        statusBar()->showMessage(
            tr("%1 found calls added, %2 already in the list.").arg(added.added).arg(added.duplicates));
    });
    m_findDialog->show();
}

QString MainWindow::phoneRegion() const
{
    const QString chosen = PhoneRegions::normalized(AppSettings::phoneRegion(m_services.settings));
    return chosen.isEmpty() ? PhoneRegions::systemDefaultRegion() : chosen;
}

void MainWindow::openScopeTermination()
{
    if (raiseIfOpen(m_scopeDialog) || isJobRunning())
        return;
    const Profile profile = currentProfile();
    auto client = clientForDialog(profile, tr("Stop Calls"));
    if (!client)
        return;
    m_scopeDialog = new ScopeTerminateDialog(std::move(client), profile, phoneRegion(), this);
    m_scopeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_scopeDialog, &ScopeTerminateDialog::confirmed, m_jobs.get(), &JobController::startScopeJob);
    m_scopeDialog->show();
}

void MainWindow::setupActions()
{
    m_findCallsAction = new QAction(tr("Find &Calls…"), this);
    m_findCallsAction->setObjectName(QStringLiteral("actionFindCalls"));
    m_findCallsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_ui->menuJob->insertAction(m_ui->actionTerminate, m_findCallsAction);
    connect(m_findCallsAction, &QAction::triggered, this, &MainWindow::openFindCalls);
    m_scopeAction = new QAction(tr("Stop by &Number, Campaign or Agent…"), this);
    m_scopeAction->setObjectName(QStringLiteral("actionTerminateScope"));
    m_scopeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_ui->menuJob->insertAction(m_ui->actionCancel, m_scopeAction);
    connect(m_scopeAction, &QAction::triggered, this, &MainWindow::openScopeTermination);
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
    tip(m_findCallsAction, tr("Find calls in the call history by date, status, campaign, agent or number"));
    tip(m_scopeAction,
        tr("Stop the calls to phone numbers, of a whole campaign or of an agent, after a typed "
           "confirmation"));
    tip(m_ui->actionPaste, tr("Add the call IDs found in the clipboard"));
    tip(m_ui->actionDelete, tr("Remove the selected rows"));
    tip(m_ui->actionClear, tr("Remove every row"));
    tip(m_ui->actionTerminate, tr("Terminate every Ready call, after a confirmation"));
    tip(m_ui->actionCancel, tr("Send nothing more; batches in flight finish"));
    tip(m_ui->actionAbort, tr("Also abort the batches in flight; their outcome becomes unknown"));
    tip(m_ui->actionProfiles, tr("Profiles, API keys and connection test"));
    tip(m_ui->actionPreferences, tr("Language, the job-size limit and the region of phone numbers"));
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
    connect(m_ui->actionTerminate, &QAction::triggered, m_jobs.get(), &JobController::requestTermination);
    connect(m_ui->terminateButton, &QPushButton::clicked, m_jobs.get(), &JobController::requestTermination);
    connect(m_ui->actionCancel, &QAction::triggered, m_jobs.get(), &JobController::cancel);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_ui->actionCancel, &QAction::trigger);
    connect(m_ui->actionAbort, &QAction::triggered, m_jobs.get(), &JobController::abort);
    connect(m_ui->actionProfiles, &QAction::triggered, m_profiles.get(), &ProfileController::openProfiles);
    connect(m_ui->actionPreferences, &QAction::triggered, this, [this] {
        auto* dialog = new PreferencesDialog(m_services.settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionWhatTerminating, &QAction::triggered, this, &MainWindow::showTerminatingHelp);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionLoadSample, &QAction::triggered, this, &MainWindow::loadSample);
    connect(m_ui->actionImportCsv, &QAction::triggered, m_input, &InputController::chooseCsv);
    connect(m_ui->actionRetryFailed, &QAction::triggered, m_jobs.get(), &JobController::retryFailed);
    connect(m_ui->actionCopyFailed, &QAction::triggered, m_jobs.get(), &JobController::copyFailedIds);
    connect(m_ui->actionExportResults, &QAction::triggered, m_jobs.get(), &JobController::exportResults);
    connect(m_ui->actionAuditLog, &QAction::triggered, this, &MainWindow::openAuditLog);
    connect(m_ui->actionResume, &QAction::triggered, m_resume.get(), &ResumeOffer::offerResume);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    m_ui->actionLoadSample->setEnabled(m_services.sandbox != nullptr);
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
    m_scopeAction->setEnabled(!running);
}

void MainWindow::countsChanged()
{
    if (!isJobRunning())
        updateCounts();
    else if (!m_countsTimer.isActive())
        m_countsTimer.start();
}

void MainWindow::updateCounts()
{
    m_countsTimer.stop();
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
    m_jobs->resetPanel();
    // The last job's result line would go on naming counts of rows that are gone.
    statusBar()->clearMessage();
}

void MainWindow::openAuditLog()
{
    auto* dialog = new AuditDialog(m_jobs->auditPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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
        m_jobs->abort();
    }
    saveLayout();
    event->accept();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // Once more with the window's frame, which the platform knows only now.
    if (m_geometryRestored && !event->spontaneous()) {
        m_geometryRestored = false;
        keepOnScreen();
    }
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

void MainWindow::sizeBatchColumns()
{
    // After restoreLayout, whose saved header state may hold the old layout (the last column, Time, stretched).
    QHeaderView* header = m_ui->batchTable->horizontalHeader();
    header->setStretchLastSection(false);
    header->setResizeContentsPrecision(200);
    header->setSectionResizeMode(BatchListModel::MessageColumn, QHeaderView::Stretch);
    QList<int> fitted;
    for (int c = 0; c < BatchListModel::ColumnCount; ++c) {
        if (c != BatchListModel::MessageColumn)
            fitted.append(c);
    }
    // Sized to their content as batches change, a few times a second rather than after every batch.
    new ColumnFitter(m_ui->batchTable, fitted, ColumnFitter::Watch::RowsAndData);
    // The ID column is as wide as the IDs: a row's state changing does not change it.
    new ColumnFitter(m_ui->callTable, {CallListModel::IdColumn}, ColumnFitter::Watch::RowsOnly);
}

void MainWindow::keepOnScreen()
{
    if (windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        return;
    // A geometry saved on a screen that is gone, or at another scale factor, can leave the window (and its buttons)
    // partly or wholly off-screen: the whole window must fit on the screen it is most on.
    const QRect frame = frameGeometry();
    QScreen* best = nullptr;
    qint64 bestArea = 0;
    for (QScreen* s : QGuiApplication::screens()) {
        const QRect common = s->availableGeometry().intersected(frame);
        const qint64 area = qint64(common.width()) * common.height();
        if (area > bestArea) {
            best = s;
            bestArea = area;
        }
    }
    const QSize margins = frame.size() - geometry().size();
    if (!best) {
        QScreen* s = QGuiApplication::primaryScreen();
        if (!s)
            return;
        const QRect available = s->availableGeometry();
        resize(QSize(1000, 700).boundedTo(available.size() * 9 / 10));
        QRect centred(QPoint(), size() + margins);
        centred.moveCenter(available.center());
        move(centred.topLeft());
        return;
    }
    const QRect available = best->availableGeometry();
    const QSize fitting = size().boundedTo(available.size() - margins);
    if (fitting != size())
        resize(fitting);
    const QSize outer = size() + margins;
    const int x = qBound(available.left(), frame.left(), available.left() + available.width() - outer.width());
    const int y = qBound(available.top(), frame.top(), available.top() + available.height() - outer.height());
    if (QPoint(x, y) != frame.topLeft())
        move(x, y);
}

void MainWindow::restoreLayout()
{
    if (!m_services.settings)
        return;
    const QSettings& s = *m_services.settings;
    // Each piece on its own: a missing or damaged value leaves that piece at its default.
    m_geometryRestored = restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    if (m_geometryRestored)
        keepOnScreen();
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
