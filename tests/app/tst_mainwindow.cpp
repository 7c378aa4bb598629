#include "AuditDialog.h"
#include "ConfirmDialog.h"
#include "CsvImportDialog.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "SandboxServer.h"
#include "find/FindDialog.h"
#include "jobs/JobJournal.h"
#include "profiles/ProfileStore.h"
#include "secrets/CredentialStore.h"
#include "secrets/KeychainCredentialStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDirIterator>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMimeData>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUuid>

#include <map>

using namespace callstop;

namespace {
// Every message any part of the console logs during the tests, to prove that no key is ever among them.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void recordingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

// The console driven as an operator would: clipboard, keys and buttons, against the in-process sandbox.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pasteShowsCounts();
    void deleteKeyRemovesRows();
    void hugePasteKeepsWindowLive();
    void terminateThousandMixedIds();
    void smallJobNeedsNoTypedCount();
    void jobOverLimitAsksFirst();
    void refusedKeyStopsJob();
    void cancelAndAbortMidJob();
    void exportAuditAndCopy();
    void resumeOfferAtStart();
    void resumeRefusesAJournalOfAnotherUrl();
    void recordingFailureStopsTheJob();
    void findCallsThenTerminate();
    void findByCampaignPicker();
    void importCsvFile();
    void cancelledImportLeavesTable();
    void droppedZipIsRefused();
    void openTextFile();
    void profileDialogStoresKey();
    void keyNeverLoggedOrWritten();

private:
    void makeWindow();
    // Each test has a data folder of its own: journals left by one test are not offered for resume in the next.
    QString dataDir() const
    {
        return m_dir.filePath(QStringLiteral("data-") + QString::fromLatin1(QTest::currentTestFunction()));
    }
    QString addProfileWithKey(const QString& name, const std::string& baseUrl, const QString& key);
    AppendSummary pasteThroughClipboard(const QString& text);
    ConfirmDialog* openConfirm();
    JobSummary confirmAndWait(ConfirmDialog* dialog, const QString& typed);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    bool m_realKeychain = false;
    QStringList m_keysUsed;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("callstop.*=true"));
    g_previousHandler = qInstallMessageHandler(recordingHandler);
    // Under tests/keychain/with-keyring.sh the real keychain is used; elsewhere the session-only store.
    m_realKeychain = qEnvironmentVariableIntValue("CALLSTOP_EXPECT_KEYRING") == 1;
}

void TestMainWindow::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    if (m_realKeychain)
        m_credentials = std::make_unique<KeychainCredentialStore>(QStringLiteral("CallStopTest"));
    else
        m_credentials = std::make_unique<MemoryCredentialStore>();
    sandbox::SandboxOptions options;
    options.calls = 2000;
    options.seed = 11;
    m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_sandbox->start());
    m_profiles->setSandboxUrl(QUrl(QString::fromStdString(m_sandbox->baseUrl())));
    m_keysUsed.append(QString::fromStdString(m_sandbox->apiKey()));
    m_network = std::make_unique<QNetworkAccessManager>();
    makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->currentProfile().id, ProfileStore::sandboxId());
}

void TestMainWindow::makeWindow()
{
    AppServices services;
    services.profiles = m_profiles.get();
    services.credentials = m_credentials.get();
    services.keychainAvailable = m_realKeychain;
    services.dataDirectory = dataDir();
    services.sandbox = m_sandbox.get();
    services.network = m_network.get();
    services.settings = m_settings.get();
    m_window = std::make_unique<MainWindow>(services);
    m_window->show();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_network.reset();
    m_sandbox.reset();
    m_credentials.reset();
    m_profiles.reset();
    m_settings.reset();
}

AppendSummary TestMainWindow::pasteThroughClipboard(const QString& text)
{
    QGuiApplication::clipboard()->setText(text);
    QSignalSpy spy(m_window.get(), &MainWindow::pasteFinished);
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("callTable"));
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        qWarning("the window did not become active; the shortcut may not reach it");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
    if (!spy.wait(20000)) {
        qWarning() << "paste enabled" << m_window->findChild<QAction*>(QStringLiteral("actionPaste"))->isEnabled()
                   << "active modal" << QApplication::activeModalWidget() << "focus" << QApplication::focusWidget();
        qFatal("paste did not finish");
    }
    return spy.at(0).at(0).value<AppendSummary>();
}

ConfirmDialog* TestMainWindow::openConfirm()
{
    auto* button = m_window->findChild<QPushButton*>(QStringLiteral("terminateButton"));
    if (!button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    ConfirmDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = m_window->findChild<ConfirmDialog*>()) && dialog->isVisible(); }, 5000))
        return nullptr;
    return dialog;
}

JobSummary TestMainWindow::confirmAndWait(ConfirmDialog* dialog, const QString& typed)
{
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"));
    if (!typed.isEmpty()) {
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("typeEdit"));
        QTest::keyClicks(edit, typed);
    }
    QSignalSpy finished(m_window.get(), &MainWindow::jobFinished);
    QTest::mouseClick(ok, Qt::LeftButton);
    if (!finished.wait(60000))
        qFatal("the job did not finish");
    return finished.at(0).at(0).value<JobSummary>();
}

void TestMainWindow::pasteShowsCounts()
{
    QAbstractItemModelTester tester(m_window->callModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto calls = m_sandbox->calls();
    const QString text = QStringLiteral("Call\t%1\tregistered\r\nCall\t%2\tretry\r\n%1\r\n%3-ff\r\n")
                             .arg(QString::fromStdString(calls[0].id), QString::fromStdString(calls[1].id),
                                 QString::fromStdString(calls[2].id));
    const AppendSummary summary = pasteThroughClipboard(text);
    QCOMPARE(summary.added, 2);
    QCOMPARE(summary.duplicates, 1);
    QCOMPARE(summary.invalid, 1);
    auto* counts = m_window->findChild<QLabel*>(QStringLiteral("countsLabel"));
    QVERIFY2(counts->text().contains(QLatin1String("Ready 2")), qPrintable(counts->text()));
    QVERIFY(counts->text().contains(QLatin1String("Duplicate 1")));
    QVERIFY(counts->text().contains(QLatin1String("Invalid 1")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("2 added")));
    QVERIFY(m_window->findChild<QPushButton*>(QStringLiteral("terminateButton"))->isEnabled());
}

void TestMainWindow::deleteKeyRemovesRows()
{
    const auto calls = m_sandbox->calls();
    pasteThroughClipboard(QString::fromStdString(calls[0].id + "\n" + calls[1].id + "\n" + calls[2].id));
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("callTable"));
    table->setFocus();
    table->selectRow(1);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_window->callModel()->rowCount(), 2);
    QCOMPARE(m_window->callModel()->textAt(1), QString::fromStdString(calls[2].id));
}

void TestMainWindow::hugePasteKeepsWindowLive()
{
    // About 200 MB of text copied from a log: 1,000 IDs among 1.6 million lines of noise.
    const QString noise = QStringLiteral("2026-11-29 12:00:00 INFO agent dialled, waiting for the customer, "
                                         "queue=outbound-7 attempt=3 note=none of these words is an ID\n")
                              .repeated(1600);
    QString text;
    text.reserve(1000 * (noise.size() + 40));
    QStringList ids;
    for (int i = 0; i < 1000; ++i) {
        ids.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
        text += ids.constLast() + QLatin1Char('\n') + noise;
    }
    QVERIFY(text.size() > 100 * 1000 * 1000);
    // The event loop keeps turning while the text is searched: a timer on the GUI thread goes on firing.
    int ticks = 0;
    QTimer timer;
    timer.setInterval(20);
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start();
    const AppendSummary summary = pasteThroughClipboard(text);
    timer.stop();
    QCOMPARE(summary.added, 1000);
    QCOMPARE(m_window->callModel()->rowCount(), 1000);
    QCOMPARE(m_window->callModel()->idAt(999).toString(), ids.constLast());
    QVERIFY2(ticks >= 3, qPrintable(QStringLiteral("the GUI thread was blocked: %1 timer ticks").arg(ticks)));
}

void TestMainWindow::terminateThousandMixedIds()
{
    const auto calls = m_sandbox->calls();
    QStringList lines;
    std::map<std::string, int> byStatus;
    for (int i = 0; i < 960; ++i) {
        lines.append(QStringLiteral("%1,+91%2,%3")
                         .arg(QString::fromStdString(calls[std::size_t(i)].id))
                         .arg(i)
                         .arg(QString::fromStdString(calls[std::size_t(i)].status)));
        ++byStatus[calls[std::size_t(i)].status];
    }
    QVERIFY(byStatus["registered"] > 100 && byStatus["completed"] > 100 && byStatus["ongoing"] > 20);
    for (int i = 0; i < 20; ++i) // unknown to the server
        lines.append(QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
    for (int i = 0; i < 10; ++i) // duplicated
        lines.append(QString::fromStdString(calls[std::size_t(i)].id).toUpper());
    for (int i = 0; i < 10; ++i) // not valid
        lines.append(QString::fromStdString(calls[std::size_t(1000 + i)].id).left(35));
    const AppendSummary summary = pasteThroughClipboard(lines.join(QStringLiteral("\r\n")));
    QCOMPARE(summary.added, 980);
    QCOMPARE(summary.duplicates, 10);
    QCOMPARE(summary.invalid, 10);
    QCOMPARE(m_window->callModel()->rowCount(), 1000);

    ConfirmDialog* dialog = openConfirm();
    QVERIFY(dialog);
    QVERIFY(dialog->needsTypedCount());
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("typeEdit")), QStringLiteral("98"));
    QVERIFY(!ok->isEnabled()); // a wrong count keeps it disabled
    dialog->findChild<QLineEdit*>(QStringLiteral("typeEdit"))->clear();
    const JobSummary jobSummary = confirmAndWait(dialog, QStringLiteral("980"));
    QCOMPARE(jobSummary.ending, JobSummary::Ending::Completed);
    QCOMPARE(jobSummary.batches, 10);
    QCOMPARE(m_sandbox->stats().terminateRequests, 10);

    // Every row's final state agrees with the sandbox.
    std::map<std::string, std::string> status, sub;
    for (const auto& c : m_sandbox->calls()) {
        status[c.id] = c.status;
        sub[c.id] = c.subStatus;
    }
    CallListModel* model = m_window->callModel();
    int terminated = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const RowState state = model->stateAt(row);
        QVERIFY2(state == RowState::Duplicate || state == RowState::Invalid || RowStates::isFinal(state),
            qPrintable(RowStates::key(state)));
        if (state == RowState::Duplicate || state == RowState::Invalid)
            continue;
        const std::string id = model->idAt(row).toString().toStdString();
        const auto it = status.find(id);
        if (state == RowState::Terminated) {
            QVERIFY(it != status.end());
            QCOMPARE(it->second, std::string("cancelled"));
            QCOMPARE(sub[id], std::string("USER_TERMINATED"));
            ++terminated;
        } else {
            QCOMPARE(state, RowState::NotTerminable);
            if (it != status.end()) {
                QVERIFY2(it->second != "registered" && it->second != "retry", it->second.c_str());
                QVERIFY(!(it->second == "cancelled" && sub[id] == "USER_TERMINATED"));
            }
        }
    }
    QCOMPARE(terminated, byStatus["registered"] + byStatus["retry"]);
    QCOMPARE(model->count(RowState::Duplicate), 10);
    QCOMPARE(model->count(RowState::Invalid), 10);
    auto* batches = m_window->findChild<QTableView*>(QStringLiteral("batchTable"));
    QCOMPARE(batches->model()->rowCount(), 10);
    // Nothing is Ready any more: Terminate is disabled.
    QVERIFY(!m_window->findChild<QPushButton*>(QStringLiteral("terminateButton"))->isEnabled());
}

void TestMainWindow::smallJobNeedsNoTypedCount()
{
    const auto calls = m_sandbox->calls();
    QStringList ids;
    for (const auto& c : calls) {
        if (c.status == "registered" && ids.size() < 3)
            ids.append(QString::fromStdString(c.id));
    }
    pasteThroughClipboard(ids.join(QLatin1Char(' ')));
    ConfirmDialog* dialog = openConfirm();
    QVERIFY(dialog);
    QVERIFY(!dialog->needsTypedCount());
    QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("typeEdit"))->isVisible());
    const JobSummary summary = confirmAndWait(dialog, {});
    QCOMPARE(summary.accepted, 1);
    QCOMPARE(m_window->callModel()->count(RowState::Terminated), 3);
}

void TestMainWindow::jobOverLimitAsksFirst()
{
    m_settings->setValue(QStringLiteral("limits/jobSize"), 4);
    QStringList ids;
    for (const auto& c : m_sandbox->calls()) {
        if (c.status == "registered" && ids.size() < 5)
            ids.append(QString::fromStdString(c.id));
    }
    pasteThroughClipboard(ids.join(QLatin1Char('\n')));
    auto* button = m_window->findChild<QPushButton*>(QStringLiteral("terminateButton"));
    const auto question = [this] { return m_window->findChild<QMessageBox*>(QStringLiteral("jobSizeQuestion")); };

    // No, the default answer, sends nothing and opens no confirmation.
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(question() && question()->isVisible());
    QVERIFY2(question()->text().contains(QLatin1String("more than the limit of 4")), qPrintable(question()->text()));
    QCOMPARE(question()->defaultButton(), question()->button(QMessageBox::No));
    QTest::keyClick(question(), Qt::Key_Return);
    QTRY_VERIFY(!question());
    QVERIFY(!m_window->findChild<ConfirmDialog*>());
    QCOMPARE(m_window->callModel()->count(RowState::Ready), 5);

    // Continue leads to the usual confirmation.
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(question() && question()->isVisible());
    QTest::mouseClick(question()->button(QMessageBox::Yes), Qt::LeftButton);
    ConfirmDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ConfirmDialog*>()) && dialog->isVisible());
    const JobSummary summary = confirmAndWait(dialog, {});
    QCOMPARE(summary.accepted, 1);
    QCOMPARE(m_window->callModel()->count(RowState::Terminated), 5);
}

void TestMainWindow::refusedKeyStopsJob()
{
    QString error;
    const QString id = m_profiles->addProfile(
        QStringLiteral("Local wrong key"), QUrl(QString::fromStdString(m_sandbox->baseUrl())), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    bool written = false;
    m_credentials->writeKey(
        id, QStringLiteral("99999999-9999-4999-8999-999999999999"), [&](const CredentialResult&) { written = true; });
    QTRY_VERIFY(written);
    // Keys are read when the window starts: a new window finds this one.
    m_window.reset();
    makeWindow();
    QTRY_COMPARE(m_window->findChild<QLabel*>(QStringLiteral("noticeLabel"))->isVisible(), true);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->areKeysLoaded(), 20000); // the keychain answers on a later turn
    m_window->setCurrentProfile(id);
    QCOMPARE(m_window->currentProfile().id, id);

    QStringList ids;
    for (const auto& c : m_sandbox->calls()) {
        if (ids.size() < 500)
            ids.append(QString::fromStdString(c.id));
    }
    pasteThroughClipboard(ids.join(QLatin1Char('\n')));
    ConfirmDialog* dialog = openConfirm();
    QVERIFY(dialog);
    const JobSummary summary = confirmAndWait(dialog, QStringLiteral("500"));
    QCOMPARE(summary.ending, JobSummary::Ending::Unauthorized);
    // At most the requests already in flight when the first 401 came back; none after it.
    QVERIFY(m_sandbox->stats().terminateRequests <= 4);
    QCOMPARE(m_sandbox->stats().terminatedCalls, 0);
    QVERIFY(m_window->callModel()->count(RowState::Cancelled) >= 100);
    QCOMPARE(m_window->callModel()->count(RowState::Terminated), 0);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("keyRefused"))) && box->isVisible());
    QVERIFY(box->text().contains(QLatin1String("refused")));

    // The operator enters the right key; the console offers to send what was not sent, and sends it.
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("enterKeyButton")), Qt::LeftButton);
    ProfileDialog* profiles = nullptr;
    QTRY_VERIFY((profiles = m_window->findChild<ProfileDialog*>()) && profiles->isVisible());
    QCOMPARE(profiles->selectedId(), id);
    QTest::keyClicks(
        profiles->findChild<QLineEdit*>(QStringLiteral("keyEdit")), QString::fromStdString(m_sandbox->apiKey()));
    QTest::mouseClick(profiles->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QMessageBox* again = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (again = m_window->findChild<QMessageBox*>(QStringLiteral("sendRemaining"))) && again->isVisible(), 20000);
    profiles->close();
    again->button(QMessageBox::Yes)->click();
    ConfirmDialog* retry = nullptr;
    QTRY_VERIFY((retry = m_window->findChild<ConfirmDialog*>()) && retry->isVisible());
    const JobSummary second = confirmAndWait(retry, QStringLiteral("500"));
    QCOMPARE(second.ending, JobSummary::Ending::Completed);
    QVERIFY(m_sandbox->stats().terminatedCalls > 0);
    QCOMPARE(m_window->callModel()->count(RowState::Cancelled) + m_window->callModel()->count(RowState::Failed), 0);
}

QString TestMainWindow::addProfileWithKey(const QString& name, const std::string& baseUrl, const QString& key)
{
    QString error;
    const QString id = m_profiles->addProfile(name, QUrl(QString::fromStdString(baseUrl)), &error);
    bool written = false;
    m_credentials->writeKey(id, key, [&](const CredentialResult&) { written = true; });
    if (!QTest::qWaitFor([&] { return written; }, 10000))
        qFatal("the key was not written");
    m_keysUsed.append(key);
    // Keys are read when the window starts.
    m_window.reset();
    makeWindow();
    if (!QTest::qWaitFor(
            [&] { return m_window->findChild<QComboBox*>(QStringLiteral("profileCombo"))->findData(id) >= 0; }))
        qFatal("the new profile is not offered");
    if (!QTest::qWaitFor([&] { return m_window->areKeysLoaded(); }, 20000))
        qFatal("the keychain did not answer");
    m_window->setCurrentProfile(id);
    return id;
}

void TestMainWindow::cancelAndAbortMidJob()
{
    sandbox::SandboxOptions options;
    options.calls = 3000;
    options.latencyMs = 250;
    options.seed = 4;
    sandbox::SandboxServer slow(options);
    QVERIFY(slow.start());
    addProfileWithKey(QStringLiteral("Slow"), slow.baseUrl(), QString::fromStdString(slow.apiKey()));
    QStringList ids;
    for (const auto& c : slow.calls())
        ids.append(QString::fromStdString(c.id));
    pasteThroughClipboard(ids.mid(0, 1500).join(QLatin1Char('\n')));

    // Cancel after the first batch: what is in flight finishes, the rest is not sent.
    ConfirmDialog* dialog = openConfirm();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("typeEdit")), QStringLiteral("1500"));
    dialog->findChild<QCheckBox*>(QStringLiteral("checkCallsBox"))->setChecked(false);
    QSignalSpy finished(m_window.get(), &MainWindow::jobFinished);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
    auto* cancel = m_window->findChild<QPushButton*>(QStringLiteral("cancelButton"));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->callModel()->count(RowState::Terminated) + m_window->callModel()->count(RowState::NotTerminable) > 0,
        20000);
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).value<JobSummary>().ending, JobSummary::Ending::Cancelled);
    CallListModel* model = m_window->callModel();
    QVERIFY(model->count(RowState::Cancelled) >= 500);
    QCOMPARE(
        model->count(RowState::Cancelled) + model->count(RowState::Terminated) + model->count(RowState::NotTerminable),
        1500);
    QCOMPARE(model->count(RowState::Queued) + model->count(RowState::Sending), 0);
    QVERIFY(!cancel->isEnabled());

    // Abort: the batches in flight end as Unknown, and the detail says re-sending is safe.
    m_window->callModel()->clear();
    pasteThroughClipboard(ids.mid(1500, 1200).join(QLatin1Char('\n')));
    dialog = openConfirm();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("typeEdit")), QStringLiteral("1200"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
    QTRY_VERIFY(model->count(RowState::Sending) > 0);
    m_window->findChild<QAction*>(QStringLiteral("actionAbort"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QCOMPARE(finished.at(1).at(0).value<JobSummary>().ending, JobSummary::Ending::Aborted);
    QVERIFY(model->count(RowState::Unknown) >= 100);
    const QList<int> unknown = model->rowsInState(RowState::Unknown);
    QVERIFY(model->detailAt(unknown.first()).contains(QLatin1String("safe")));
    QCOMPARE(model->count(RowState::Queued) + model->count(RowState::Sending), 0);
    // The unknown rows can be sent again: Retry Failed asks again; they stay Unknown until that is confirmed.
    m_window->findChild<QAction*>(QStringLiteral("actionRetryFailed"))->trigger();
    QTRY_VERIFY(m_window->findChild<ConfirmDialog*>());
    QCOMPARE(model->count(RowState::Unknown), int(unknown.size()));
    m_window->findChild<ConfirmDialog*>()->reject();
    slow.stop();
}

void TestMainWindow::exportAuditAndCopy()
{
    const auto calls = m_sandbox->calls();
    QStringList ids;
    for (int i = 0; i < 250; ++i)
        ids.append(QString::fromStdString(calls[std::size_t(i)].id));
    pasteThroughClipboard(
        ids.join(QLatin1Char(' ')) + QLatin1Char(' ') + QString::fromStdString(calls[900].id).left(35));
    ConfirmDialog* dialog = openConfirm();
    QVERIFY(dialog);
    confirmAndWait(dialog, QStringLiteral("250"));
    const QString report = m_dir.filePath(QStringLiteral("results.csv"));
    QVERIFY(m_window->exportResultsTo(report));
    QFile f(report);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("call_id,state,batch,http_status,message,time"));
    QCOMPARE(lines.size(), 1 + 251 + 1);
    QVERIFY(lines.at(1).contains(",1,") && (lines.at(1).contains(",200,") || lines.at(1).contains(",400,")));

    m_window->findChild<QAction*>(QStringLiteral("actionAuditLog"))->trigger();
    AuditDialog* audit = nullptr;
    QTRY_VERIFY((audit = m_window->findChild<AuditDialog*>()) && audit->isVisible());
    QVERIFY(audit->shownRecords() >= 3); // the records of earlier tests share the file
    const int all = audit->shownRecords();
    audit->findChild<QLineEdit*>(QStringLiteral("idFilter"))->setText(ids.at(120).left(13));
    const int withId = audit->shownRecords();
    QVERIFY(withId >= 1 && withId < all);
    auto* records = audit->findChild<QTableView*>(QStringLiteral("recordTable"))->model();
    for (int r = 0; r < withId; ++r)
        QVERIFY(records->data(records->index(r, 5), Qt::ToolTipRole).toString().contains(ids.at(120)));
    QString error;
    QVERIFY(audit->exportTo(m_dir.filePath(QStringLiteral("audit.csv")), &error));
    audit->close();
}

void TestMainWindow::resumeOfferAtStart()
{
    // A journal left by a console that crashed: batch 0 applied, batch 1 in flight, batches 2 and 3 never sent.
    QStringList all;
    for (const auto& c : m_sandbox->calls())
        all.append(QString::fromStdString(c.id));
    JournalHeader header;
    header.jobId = QStringLiteral("crashed-job");
    header.profile = QStringLiteral("Local");
    header.baseUrl = QString::fromStdString(m_sandbox->baseUrl());
    header.user = QStringLiteral("operator");
    header.created = QDateTime::currentDateTimeUtc();
    header.batchSize = 100;
    for (int b = 0; b < 4; ++b) {
        QList<CallId> ids;
        for (int i = 0; i < 100; ++i)
            ids.append(*CallId::parse(all.at(b * 100 + i)));
        header.batches.append(BatchPayload::forCallIds(ids));
    }
    const QString journalPath = dataDir() + QStringLiteral("/journals/20261129-crashed.jsonl");
    {
        JobJournal journal;
        QString error;
        QVERIFY2(journal.create(journalPath, header, &error), qPrintable(error));
        BatchResult b0;
        b0.index = 0;
        b0.payload = header.batches.at(0);
        b0.attempts = 1;
        b0.outcome = BatchOutcome::Accepted;
        ApiResponse ok;
        ok.httpStatus = 200;
        journal.attemptStarted(b0, 1);
        journal.attemptFinished(b0, ok, true);
        BatchResult b1 = b0;
        b1.index = 1;
        journal.attemptStarted(b1, 1);
    }
    addProfileWithKey(QStringLiteral("Local"), m_sandbox->baseUrl(), QString::fromStdString(m_sandbox->apiKey()));
    QMessageBox* offer = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (offer = m_window->findChild<QMessageBox*>(QStringLiteral("resumeOffer"))) && offer->isVisible(), 5000);
    QVERIFY2(offer->text().contains(QLatin1String("1 batches applied")), qPrintable(offer->text()));
    QVERIFY(offer->text().contains(QLatin1String("1 unknown")));
    QVERIFY(offer->text().contains(QLatin1String("2 never sent")));
    QTest::mouseClick(offer->findChild<QPushButton*>(QStringLiteral("resumeButton")), Qt::LeftButton);
    ConfirmDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ConfirmDialog*>()) && dialog->isVisible());
    QCOMPARE(m_window->callModel()->rowCount(), 300);
    // Without the per-call checks, rows take their state from their batch's answer alone.
    dialog->findChild<QCheckBox*>(QStringLiteral("checkCallsBox"))->setChecked(false);
    const JobSummary summary = confirmAndWait(dialog, QStringLiteral("300"));
    QCOMPARE(summary.ending, JobSummary::Ending::Completed);
    QCOMPARE(summary.batches, 3);
    QCOMPARE(m_sandbox->stats().terminateRequests, 3);
    // Every row of the resumed batches (numbered 2 to 4 in the job, running in slots 1 to 3) has its outcome.
    auto* calls = m_window->callModel();
    QCOMPARE(calls->count(RowState::Queued) + calls->count(RowState::Sending), 0);
    QCOMPARE(calls->count(RowState::Terminated) + calls->count(RowState::NotTerminable), 300);
    for (int row = 0; row < calls->rowCount(); ++row)
        QCOMPARE(calls->batchAt(row), 1 + row / 100);
    QString error;
    const JournalState state = JobJournal::load(journalPath, &error);
    QVERIFY(state.finished);
    QCOMPARE(state.count(JournalState::BatchState::Confirmed), 4);
}

// A journal is a file that travels: its base_url never decides where the profile's key goes.
void TestMainWindow::resumeRefusesAJournalOfAnotherUrl()
{
    JournalHeader header;
    header.jobId = QStringLiteral("travelled-job");
    header.profile = QStringLiteral("Local");
    header.baseUrl = QStringLiteral("https://collector.example/ca/api/v0");
    header.user = QStringLiteral("operator");
    header.created = QDateTime::currentDateTimeUtc();
    header.batchSize = 100;
    QList<CallId> ids;
    for (int i = 0; i < 10; ++i)
        ids.append(*CallId::parse(QString::fromStdString(m_sandbox->calls()[std::size_t(i)].id)));
    header.batches.append(BatchPayload::forCallIds(ids));
    const QString journalPath = dataDir() + QStringLiteral("/journals/20261203-travelled.jsonl");
    {
        JobJournal journal;
        QString error;
        QVERIFY2(journal.create(journalPath, header, &error), qPrintable(error));
    }
    addProfileWithKey(QStringLiteral("Local"), m_sandbox->baseUrl(), QString::fromStdString(m_sandbox->apiKey()));
    QMessageBox* offer = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (offer = m_window->findChild<QMessageBox*>(QStringLiteral("resumeOffer"))) && offer->isVisible(), 5000);
    QTest::mouseClick(offer->findChild<QPushButton*>(QStringLiteral("resumeButton")), Qt::LeftButton);
    QMessageBox* refused = nullptr;
    QTRY_VERIFY((refused = m_window->findChild<QMessageBox*>(QStringLiteral("resumeRefused"))) && refused->isVisible());
    QVERIFY2(refused->text().contains(header.baseUrl), qPrintable(refused->text()));
    QVERIFY2(refused->text().contains(QString::fromStdString(m_sandbox->baseUrl())), qPrintable(refused->text()));
    QVERIFY(!m_window->findChild<ConfirmDialog*>());
    QCOMPARE(m_window->callModel()->rowCount(), 0);
    QCOMPARE(m_sandbox->stats().terminateRequests, 0);
}

// The journal fills the disk mid-job (a writer fault after three records): nothing more is sent, and the operator
// is told which file, why, and what became of the batches.
void TestMainWindow::recordingFailureStopsTheJob()
{
    QStringList ids;
    for (const auto& c : m_sandbox->calls()) {
        if (ids.size() < 1000)
            ids.append(QString::fromStdString(c.id));
    }
    pasteThroughClipboard(ids.join(QLatin1Char('\n')));
    ConfirmDialog* dialog = openConfirm();
    QVERIFY(dialog);
    qputenv("CALLSTOP_FAULT_JOURNAL_WRITES", "3");
    const JobSummary summary = confirmAndWait(dialog, QStringLiteral("1000"));
    qunsetenv("CALLSTOP_FAULT_JOURNAL_WRITES");
    QCOMPARE(summary.ending, JobSummary::Ending::RecordingFailed);
    QVERIFY2(m_sandbox->stats().terminateRequests < 10, "requests went on after the journal failed");
    QVERIFY(m_window->callModel()->count(RowState::Cancelled) >= 500);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Recording failed")));
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>()) && box->isVisible());
    QCOMPARE(box->windowTitle(), QStringLiteral("Job Records Not Written"));
    QVERIFY2(box->text().contains(QLatin1String("No space left on device"))
            || box->text().contains(QLatin1String("injected")),
        qPrintable(box->text()));
    box->close();
}

// Find Calls on the Sandbox profile: the week's calls that can still be stopped stream into the list with their
// number, campaign and agent; they are then terminated through the call-ID path, and the sandbox shows them stopped.
void TestMainWindow::findCallsThenTerminate()
{
    QSet<QString> expected;
    for (const auto& c : m_sandbox->calls()) {
        if (c.status == "registered" || c.status == "retry")
            expected.insert(QString::fromStdString(c.id));
    }
    QVERIFY(expected.size() > 100);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    FindDialog* find = nullptr;
    QTRY_VERIFY((find = m_window->findChild<FindDialog*>()) && find->isVisible());
    auto* from = find->findChild<QDateTimeEdit*>(QStringLiteral("fromEdit"));
    from->setDateTime(QDateTime::currentDateTime().addDays(-8));
    QVERIFY(find->findChild<QCheckBox*>(QStringLiteral("status_registered"))->isChecked());
    QVERIFY(find->findChild<QCheckBox*>(QStringLiteral("status_retry"))->isChecked());
    QVERIFY(!find->findChild<QCheckBox*>(QStringLiteral("status_ongoing"))->isChecked());
    QSignalSpy done(find, &FindDialog::readingFinished);
    QTest::mouseClick(find->findChild<QPushButton*>(QStringLiteral("findButton")), Qt::LeftButton);
    QVERIFY(done.wait(60000));
    QVERIFY2(done.first().first().value<LookupResult>().ok(),
        qPrintable(done.first().first().value<LookupResult>().message));
    auto* calls = m_window->callModel();
    QCOMPARE(calls->rowCount(), int(expected.size()));
    QSet<QString> listed;
    for (int r = 0; r < calls->rowCount(); ++r)
        listed.insert(calls->textAt(r));
    QCOMPARE(listed, expected);
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("callTable"));
    QVERIFY(!table->isColumnHidden(CallListModel::NumberColumn));
    const auto first = m_sandbox->call(calls->textAt(0).toStdString());
    QCOMPARE(
        calls->data(calls->index(0, CallListModel::NumberColumn)).toString(), QString::fromStdString(first->toNumber));
    QVERIFY(!calls->data(calls->index(0, CallListModel::CampaignColumn)).toString().isEmpty());
    QTest::mouseClick(find->findChild<QPushButton*>(QStringLiteral("closeButton")), Qt::LeftButton);

    ConfirmDialog* dialog = openConfirm();
    QVERIFY(dialog);
    dialog->findChild<QCheckBox*>(QStringLiteral("checkCallsBox"))->setChecked(false);
    const JobSummary summary = confirmAndWait(dialog, QString::number(expected.size()));
    QCOMPARE(summary.ending, JobSummary::Ending::Completed);
    for (const QString& id : expected)
        QCOMPARE(QString::fromStdString(m_sandbox->call(id.toStdString())->status), QStringLiteral("cancelled"));
    // An empty list hides the found calls' columns again.
    calls->clear();
    QVERIFY(table->isColumnHidden(CallListModel::NumberColumn));
}

// The campaign picker: filled from /campaign/all, searchable; a typed name that is not one of them is refused.
void TestMainWindow::findByCampaignPicker()
{
    m_window->openFindCalls();
    FindDialog* find = nullptr;
    QTRY_VERIFY((find = m_window->findChild<FindDialog*>()) && find->isVisible());
    find->findChild<QDateTimeEdit*>(QStringLiteral("fromEdit"))->setDateTime(QDateTime::currentDateTime().addDays(-8));
    find->findChild<QCheckBox*>(QStringLiteral("status_completed"))->setChecked(true);
    auto* picker = find->findChild<QComboBox*>(QStringLiteral("campaignCombo"));
    QTRY_COMPARE_WITH_TIMEOUT(picker->count(), 1 + 40, 10000); // "Any campaign" and the sandbox's 40
    const QString campaignId = picker->itemData(5).toString();
    picker->setCurrentIndex(5);
    HistoryFilter filter;
    QSet<QString> numbers;
    QString error;
    QVERIFY2(find->filter(&filter, &numbers, &error), qPrintable(error));
    QCOMPARE(filter.campaignId, campaignId);
    QSignalSpy done(find, &FindDialog::readingFinished);
    QVERIFY(find->find());
    QVERIFY(done.wait(60000));
    int expected = 0;
    for (const auto& c : m_sandbox->calls())
        expected += c.campaignId == campaignId.toStdString()
            && (c.status == "registered" || c.status == "retry" || c.status == "completed");
    QVERIFY(expected > 0);
    QCOMPARE(m_window->callModel()->rowCount(), expected);

    // A campaign typed by hand that is not in the list: nothing is read.
    picker->setEditText(QStringLiteral("Campaign that does not exist"));
    QVERIFY(!find->filter(&filter, &numbers, &error));
    QVERIFY2(error.contains(QLatin1String("Campaign that does not exist")), qPrintable(error));
    // A number that is not one.
    picker->setCurrentIndex(0);
    find->findChild<QLineEdit*>(QStringLiteral("numbersEdit"))->setText(QStringLiteral("+91 12"));
    QVERIFY(!find->filter(&filter, &numbers, &error));
    QVERIFY(error.contains(QLatin1String("+91 12")));
    find->close();
}

void TestMainWindow::importCsvFile()
{
    const QString path = QStringLiteral(CALLSTOP_TEST_DATA "/csv/dashboard_export.csv");
    m_window->importCsv(path);
    CsvImportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<CsvImportDialog*>()) && dialog->isVisible());
    auto* import = dialog->findChild<QPushButton*>(QStringLiteral("importButton"));
    QTRY_VERIFY(import->isEnabled());
    QSignalSpy done(m_window.get(), &MainWindow::importFinished);
    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.at(0).at(0).value<AppendSummary>().added, 20);
    QFile expected(QStringLiteral(CALLSTOP_TEST_DATA "/csv/dashboard_export.expected"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    const QStringList ids = QString::fromUtf8(expected.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(m_window->callModel()->rowCount(), 20);
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(m_window->callModel()->textAt(i), ids.at(i));
        QCOMPARE(m_window->callModel()->stateAt(i), RowState::Ready);
    }
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("dashboard_export.csv")));
}

void TestMainWindow::cancelledImportLeavesTable()
{
    pasteThroughClipboard(QString::fromStdString(m_sandbox->calls()[0].id));
    QCOMPARE(m_window->callModel()->rowCount(), 1);
    const QString path = m_dir.filePath(QStringLiteral("large.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray data = "id,note\n";
        for (int i = 0; i < 400000; ++i)
            data += "00000000-0000-4000-8000-" + QByteArray::number(i).rightJustified(12, '0')
                + ",a note that makes the file long enough to take a while\n";
        f.write(data);
    }
    m_window->importCsv(path);
    CsvImportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<CsvImportDialog*>()) && dialog->isVisible());
    QVERIFY(dialog->isScanning());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<CsvImportDialog*>());
    QTest::qWait(100);
    QCOMPARE(m_window->callModel()->rowCount(), 1);
    QVERIFY(!m_window->isAppending());
}

void TestMainWindow::droppedZipIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("export.zip"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("PK\x03\x04\x14\0\0\0\x08\0rest of an archive", 28));
    }
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>()) && box->isVisible());
    QVERIFY2(box->text().contains(QLatin1String("ZIP")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QLatin1String("export.zip")));
    QCOMPARE(m_window->callModel()->rowCount(), 0);
    box->close();
}

void TestMainWindow::openTextFile()
{
    const QString path = m_dir.filePath(QStringLiteral("ids.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(m_sandbox->calls()[0].id + " and " + m_sandbox->calls()[1].id + "\n"));
    }
    QSignalSpy pasted(m_window.get(), &MainWindow::pasteFinished);
    m_window->openFile(path);
    QVERIFY(pasted.wait(10000));
    QCOMPARE(m_window->callModel()->rowCount(), 2);
}

void TestMainWindow::profileDialogStoresKey()
{
    const QString key = QStringLiteral("5f3c2a10-7d4e-4b8a-9c61-0e2f4a6b8d19");
    m_keysUsed.append(key);
    m_window->findChild<QAction*>(QStringLiteral("actionProfiles"))->trigger();
    ProfileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProfileDialog*>()) && dialog->isVisible());
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("profileList"));
    list->setCurrentRow(0);
    QCOMPARE(dialog->selectedId(), ProfileStore::productionId());
    auto* keyEdit = dialog->findChild<QLineEdit*>(QStringLiteral("keyEdit"));
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QTest::mouseClick(dialog->findChild<QToolButton*>(QStringLiteral("showKeyButton")), Qt::LeftButton);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Normal);
    QTest::keyClicks(keyEdit, key);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    auto* result = dialog->findChild<QLabel*>(QStringLiteral("resultLabel"));
    const QString expected = m_realKeychain ? QStringLiteral("Key saved in the keychain.")
                                            : QStringLiteral("Key kept for this session only.");
    QTRY_COMPARE_WITH_TIMEOUT(result->text(), expected, 20000);
    QVERIFY(keyEdit->text().isEmpty());
    // With a key stored, the console leaves the sandbox for that profile.
    QTRY_COMPARE(m_window->currentProfile().id, ProfileStore::productionId());
    bool read = false;
    m_credentials->readKey(ProfileStore::productionId(), [&](const CredentialResult& r) {
        QCOMPARE(r.secret, key);
        read = true;
    });
    QTRY_VERIFY(read);
    // Forget Key deletes it.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("forgetButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(result->text(), QStringLiteral("Key forgotten."), 20000);
    read = false;
    m_credentials->readKey(ProfileStore::productionId(), [&](const CredentialResult& r) {
        QCOMPARE(r.status, CredentialResult::Status::NotFound);
        read = true;
    });
    QTRY_VERIFY(read);
    dialog->close();
}

void TestMainWindow::keyNeverLoggedOrWritten()
{
    // Runs last: every key used by the tests above, searched in every message logged and every file written.
    QVERIFY(m_keysUsed.size() >= 2);
    {
        QMutexLocker lock(&g_logMutex);
        QVERIFY2(g_log.size() > 20, "debug logging was not on");
        for (const QString& line : std::as_const(g_log)) {
            for (const QString& key : std::as_const(m_keysUsed))
                QVERIFY2(!line.contains(key, Qt::CaseInsensitive), qPrintable(line));
        }
    }
    QStringList roots {m_dir.path(), QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/CallStop")};
    int files = 0;
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray content = f.readAll();
            for (const QString& key : std::as_const(m_keysUsed))
                QVERIFY2(!content.contains(key.toLatin1()), qPrintable(f.fileName()));
        }
    }
    QVERIFY(files >= 1); // at least the settings file was searched
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
