// The console's terminations by phone numbers, campaign and agent, driven as an operator would against the
// in-process sandbox: one test per picker, each checking the sandbox afterwards, plus the typed confirmation and the
// measured effect.
#include "WindowFixture.h"
#include "jobs/JobBanner.h"
#include "jobs/JobJournal.h"
#include "lookup/ScopeListModel.h"
#include "scope/ScopeConfirmDialog.h"
#include "scope/ScopeTerminateDialog.h"
#include "util/Translations.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <set>

using namespace callstop;
using callstop::test::WindowFixture;

class TestScopeTerminate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void numbersInAllCampaigns();
    void numbersInOneCampaign();
    void wholeCampaignNeedsItsName();
    void agentsCalls();
    void nothingLeftToStop();
    void refusesWhatIsNotChosen();
    void resumesAScopeJournal();

private:
    // Opens the dialog from its shortcut (Ctrl+Shift+T) or its menu action, and waits for its lists.
    ScopeTerminateDialog* openDialog(bool byShortcut = false);
    ScopeConfirmDialog* review(ScopeTerminateDialog* dialog);
    // Types the confirmation and presses Enter; returns the banner text once the effect is measured.
    QString confirmAndWait(ScopeConfirmDialog* confirm, const QString& typed);
    void selectRowWithId(QTableView* table, const QString& id);
    // Calls not connected yet (registered, retry), by a predicate over the sandbox's calls.
    template<typename Pred> std::set<std::string> notConnected(Pred pred) const;

    std::unique_ptr<WindowFixture> m_fixture;
};

void TestScopeTerminate::initTestCase()
{
    // The English plural forms ("3 calls"), as the console installs them.
    installTranslations(QCoreApplication::instance(), QStringLiteral("en"));
}

void TestScopeTerminate::init()
{
    m_fixture = std::make_unique<WindowFixture>();
}

void TestScopeTerminate::cleanup()
{
    m_fixture.reset();
}

template<typename Pred> std::set<std::string> TestScopeTerminate::notConnected(Pred pred) const
{
    std::set<std::string> out;
    for (const auto& c : m_fixture->sandboxServer->calls()) {
        if ((c.status == "registered" || c.status == "retry") && pred(c))
            out.insert(c.id);
    }
    return out;
}

ScopeTerminateDialog* TestScopeTerminate::openDialog(bool byShortcut)
{
    if (byShortcut)
        QTest::keyClick(m_fixture->window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    else
        m_fixture->window->findChild<QAction*>(QStringLiteral("actionTerminateScope"))->trigger();
    ScopeTerminateDialog* dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (dialog = m_fixture->window->findChild<ScopeTerminateDialog*>()) && dialog->isVisible(); },
            5000))
        return nullptr;
    LookupReader::Options fast;
    fast.minIntervalMs = 0;
    dialog->setReadOptions(fast);
    QSignalSpy loaded(dialog, &ScopeTerminateDialog::listsLoaded);
    dialog->reloadLists();
    if (!loaded.wait(20000))
        return nullptr;
    return dialog;
}

ScopeConfirmDialog* TestScopeTerminate::review(ScopeTerminateDialog* dialog)
{
    QSignalSpy opened(dialog, &ScopeTerminateDialog::confirmationOpened);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("reviewButton")), Qt::LeftButton);
    if (!opened.wait(60000))
        return nullptr;
    return dialog->confirmDialog();
}

QString TestScopeTerminate::confirmAndWait(ScopeConfirmDialog* confirm, const QString& typed)
{
    auto* edit = confirm->findChild<QLineEdit*>(QStringLiteral("typeEdit"));
    auto* ok = confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"));
    // Nothing typed: the button is off and Enter does nothing.
    if (ok->isEnabled())
        return QStringLiteral("confirm enabled before typing");
    QTest::keyClick(edit, Qt::Key_Return);
    if (!confirm->isVisible())
        return QStringLiteral("Enter on an empty field closed the confirmation");
    QTest::keyClicks(edit, typed);
    if (!ok->isEnabled())
        return QStringLiteral("confirm still disabled after typing ") + typed;
    QSignalSpy finished(m_fixture->window.get(), &MainWindow::jobFinished);
    QTest::keyClick(edit, Qt::Key_Return);
    if (!finished.wait(60000))
        return QStringLiteral("the job did not finish");
    auto* banner = m_fixture->window->findChild<JobBanner*>(QStringLiteral("jobBanner"));
    if (!QTest::qWaitFor([&] { return banner->text().contains(QLatin1String("Effect")); }, 60000))
        return QStringLiteral("no effect in the banner: ") + banner->text();
    return banner->text();
}

void TestScopeTerminate::selectRowWithId(QTableView* table, const QString& id)
{
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex index = table->model()->index(r, 0);
        if (index.data(ScopeListModel::IdRole).toString() == id) {
            table->setCurrentIndex(index);
            table->selectRow(r);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row with the id ") + id));
}

// Three numbers pasted in three forms: every call to them that is not connected stops, in every campaign; no other
// call changes; the confirmation names ALL campaigns and wants the count typed.
void TestScopeTerminate::numbersInAllCampaigns()
{
    // Numbers with calls not connected yet in more than one campaign, where the sandbox has such.
    std::map<std::string, std::set<std::string>> campaignsOf;
    for (const auto& c : m_fixture->sandboxServer->calls()) {
        if (c.status == "registered" || c.status == "retry")
            campaignsOf[c.toNumber].insert(c.campaignId);
    }
    QStringList numbers;
    for (const auto& [number, campaigns] : campaignsOf) {
        if (campaigns.size() > 1 && numbers.size() < 3)
            numbers.append(QString::fromStdString(number));
    }
    for (const auto& [number, campaigns] : campaignsOf) {
        if (numbers.size() < 3 && !numbers.contains(QString::fromStdString(number)))
            numbers.append(QString::fromStdString(number));
    }
    QCOMPARE(numbers.size(), 3);
    const std::set<std::string> numberSet {
        numbers.at(0).toStdString(), numbers.at(1).toStdString(), numbers.at(2).toStdString()};
    const auto inScope = [&](const sandbox::SandboxCall& c) { return numberSet.count(c.toNumber) > 0; };
    const std::set<std::string> expected = notConnected(inScope);
    const std::set<std::string> others = notConnected([&](const auto& c) { return !inScope(c); });
    QVERIFY(expected.size() >= 3);

    ScopeTerminateDialog* dialog = openDialog(true);
    QVERIFY(dialog);
    QCOMPARE(dialog->page(), ScopeTerminateDialog::Page::Numbers);
    // One plain, one in a tel: link, one in running text; a duplicate and an invalid number beside them.
    const QString text = numbers.at(0) + QStringLiteral("\n<a href=\"tel:") + numbers.at(1)
        + QStringLiteral("\">call</a>\nCustomer at ") + numbers.at(2) + QStringLiteral(" asked to stop.\n")
        + numbers.at(0) + QStringLiteral("\n+1 555 01\n");
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("numbersText"))->setPlainText(text);
    auto* summary = dialog->findChild<QLabel*>(QStringLiteral("numbersSummary"));
    QTRY_VERIFY2(summary->text().startsWith(QLatin1String("3 valid numbers")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QLatin1String("1 duplicate")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QLatin1String("1 not valid")), qPrintable(summary->text()));
    auto* rejected = dialog->findChild<QListWidget*>(QStringLiteral("rejectedList"));
    QCOMPARE(rejected->count(), 1);
    QVERIFY2(rejected->item(0)->text().startsWith(QLatin1String("Line 5:")), qPrintable(rejected->item(0)->text()));

    ScopeConfirmDialog* confirm = review(dialog);
    QVERIFY(confirm);
    const QString what = confirm->findChild<QLabel*>(QStringLiteral("scopeWhat"))->text();
    QVERIFY2(what.contains(QLatin1String("ALL campaigns")), qPrintable(what));
    const QString radius = confirm->findChild<QLabel*>(QStringLiteral("scopeRadius"))->text();
    QVERIFY2(radius.startsWith(QString::number(expected.size()) + QLatin1Char(' ')), qPrintable(radius));
    QVERIFY2(confirm->findChild<QLabel*>(QStringLiteral("profileLabel"))
                 ->styleSheet()
                 .contains(m_fixture->window->currentProfile().colour),
        "the profile's colour");
    QCOMPARE(confirm->expectedText(), QStringLiteral("3"));
    // A wrong count does not enable it.
    auto* edit = confirm->findChild<QLineEdit*>(QStringLiteral("typeEdit"));
    QTest::keyClicks(edit, QStringLiteral("4"));
    QVERIFY(!confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->isEnabled());
    edit->clear();
    const QString banner = confirmAndWait(confirm, QStringLiteral("3"));
    QVERIFY2(banner.contains(QStringLiteral("Effect: %1 calls stopped").arg(expected.size())), qPrintable(banner));
    QTRY_VERIFY(!m_fixture->window->findChild<ScopeTerminateDialog*>()); // closed and gone

    for (const std::string& id : expected)
        QCOMPARE(QString::fromStdString(m_fixture->sandboxServer->call(id)->status), QStringLiteral("cancelled"));
    for (const std::string& id : others)
        QVERIFY(m_fixture->sandboxServer->call(id)->status != "cancelled");
}

// Numbers restricted to one campaign: the calls to them in other campaigns go on.
void TestScopeTerminate::numbersInOneCampaign()
{
    std::map<std::string, std::set<std::string>> campaignsOf;
    for (const auto& c : m_fixture->sandboxServer->calls()) {
        if (c.status == "registered" || c.status == "retry")
            campaignsOf[c.toNumber].insert(c.campaignId);
    }
    std::string number;
    std::string campaign;
    for (const auto& [n, campaigns] : campaignsOf) {
        if (campaigns.size() > 1) {
            number = n;
            campaign = *campaigns.begin();
            break;
        }
    }
    if (number.empty())
        QSKIP("the sandbox of this seed has no number with waiting calls in two campaigns");
    const auto inScope
        = [&](const sandbox::SandboxCall& c) { return c.toNumber == number && c.campaignId == campaign; };
    const std::set<std::string> expected = notConnected(inScope);
    const std::set<std::string> elsewhere
        = notConnected([&](const auto& c) { return c.toNumber == number && c.campaignId != campaign; });
    QVERIFY(!expected.empty());
    QVERIFY(!elsewhere.empty());

    ScopeTerminateDialog* dialog = openDialog();
    QVERIFY(dialog);
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("numbersText"))->setPlainText(QString::fromStdString(number));
    dialog->findChild<QCheckBox*>(QStringLiteral("onlyCampaignCheck"))->setChecked(true);
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("numbersCampaignCombo"));
    QVERIFY(combo->isEnabled());
    const int row = dialog->campaigns()->rowOf(QString::fromStdString(campaign));
    QVERIFY(row >= 0);
    combo->setCurrentIndex(row);
    ScopeConfirmDialog* confirm = review(dialog);
    QVERIFY(confirm);
    const QString what = confirm->findChild<QLabel*>(QStringLiteral("scopeWhat"))->text();
    QVERIFY2(what.contains(QLatin1String("only")) && !what.contains(QLatin1String("ALL")), qPrintable(what));
    QVERIFY2(what.contains(dialog->campaigns()->nameAt(row)), qPrintable(what));
    const QString banner = confirmAndWait(confirm, QStringLiteral("1"));
    QVERIFY2(banner.contains(QStringLiteral("Effect: %1 call").arg(expected.size())), qPrintable(banner));
    for (const std::string& id : expected)
        QCOMPARE(QString::fromStdString(m_fixture->sandboxServer->call(id)->status), QStringLiteral("cancelled"));
    for (const std::string& id : elsewhere)
        QVERIFY(m_fixture->sandboxServer->call(id)->status != "cancelled");
}

// A whole campaign, picked from the searchable list with its counts: the name must be typed; only that campaign's
// waiting calls stop.
void TestScopeTerminate::wholeCampaignNeedsItsName()
{
    std::string campaignId;
    std::string campaignName;
    for (const auto& c : m_fixture->sandboxServer->campaigns()) {
        const auto waiting = notConnected([&](const auto& call) { return call.campaignId == c.id; });
        if (waiting.size() >= 2) {
            campaignId = c.id;
            campaignName = c.name;
            break;
        }
    }
    QVERIFY(!campaignId.empty());
    const std::set<std::string> expected
        = notConnected([&](const auto& call) { return call.campaignId == campaignId; });
    const std::set<std::string> others = notConnected([&](const auto& call) { return call.campaignId != campaignId; });

    ScopeTerminateDialog* dialog = openDialog();
    QVERIFY(dialog);
    dialog->setPage(ScopeTerminateDialog::Page::Campaign);
    auto* table = dialog->findChild<QTableView*>(QStringLiteral("campaignTable"));
    QCOMPARE(table->model()->rowCount(), int(m_fixture->sandboxServer->campaigns().size()));
    // The search narrows the list to the campaign typed.
    dialog->findChild<QLineEdit*>(QStringLiteral("campaignSearch"))->setText(QString::fromStdString(campaignName));
    QVERIFY(table->model()->rowCount() >= 1);
    QVERIFY(table->model()->rowCount() < int(m_fixture->sandboxServer->campaigns().size()));
    selectRowWithId(table, QString::fromStdString(campaignId));
    const int row = dialog->campaigns()->rowOf(QString::fromStdString(campaignId));
    QCOMPARE(dialog->campaigns()->campaignAt(row).notConnected(), int(expected.size()));

    ScopeConfirmDialog* confirm = review(dialog);
    QVERIFY(confirm);
    QCOMPARE(confirm->expectedText(), QString::fromStdString(campaignName));
    const QString radius = confirm->findChild<QLabel*>(QStringLiteral("scopeRadius"))->text();
    QVERIFY2(radius.startsWith(QString::number(expected.size()) + QLatin1Char(' ')), qPrintable(radius));
    // The id alone is not the name.
    auto* edit = confirm->findChild<QLineEdit*>(QStringLiteral("typeEdit"));
    QTest::keyClicks(edit, QString::fromStdString(campaignId));
    QVERIFY(!confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->isEnabled());
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(confirm->isVisible());
    edit->clear();
    const QString banner = confirmAndWait(confirm, QString::fromStdString(campaignName));
    QVERIFY2(banner.contains(QStringLiteral("Effect: %1 calls stopped").arg(expected.size())), qPrintable(banner));
    for (const std::string& id : expected)
        QCOMPARE(QString::fromStdString(m_fixture->sandboxServer->call(id)->status), QStringLiteral("cancelled"));
    for (const std::string& id : others)
        QVERIFY(m_fixture->sandboxServer->call(id)->status != "cancelled");
    // The job went through the job engine: its batch is in the panel.
    QCOMPARE(m_fixture->window->batchModel()->rowCount(), 1);
    // Its results export names the campaign and what the API answered, as callstop-cli --report does.
    const QString report = m_fixture->dir.filePath(QStringLiteral("campaign-results.csv"));
    QVERIFY(m_fixture->window->exportResultsTo(report));
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).startsWith(QByteArray(campaignId.c_str()) + ",terminated,1,200,"), lines.at(1).constData());
}

// An agent's calls: every waiting call of the agent, in all its campaigns, and no other.
void TestScopeTerminate::agentsCalls()
{
    const auto agents = m_fixture->sandboxServer->agents();
    QVERIFY(!agents.empty());
    std::string agentId;
    for (const auto& a : agents) {
        if (notConnected([&](const auto& c) { return c.agentId == a.id; }).size() >= 2) {
            agentId = a.id;
            break;
        }
    }
    QVERIFY(!agentId.empty());
    const std::set<std::string> expected = notConnected([&](const auto& c) { return c.agentId == agentId; });
    const std::set<std::string> others = notConnected([&](const auto& c) { return c.agentId != agentId; });

    ScopeTerminateDialog* dialog = openDialog();
    QVERIFY(dialog);
    dialog->setPage(ScopeTerminateDialog::Page::Agent);
    auto* table = dialog->findChild<QTableView*>(QStringLiteral("agentTable"));
    QCOMPARE(table->model()->rowCount(), int(agents.size()));
    selectRowWithId(table, QString::fromStdString(agentId));
    const QString name = dialog->agents()->nameAt(dialog->agents()->rowOf(QString::fromStdString(agentId)));
    ScopeConfirmDialog* confirm = review(dialog);
    QVERIFY(confirm);
    QCOMPARE(confirm->expectedText(), name);
    QVERIFY(confirm->findChild<QLabel*>(QStringLiteral("scopeWhat"))->text().contains(QLatin1String("agent")));
    const QString banner = confirmAndWait(confirm, name);
    QVERIFY2(banner.contains(QStringLiteral("Effect: %1 calls stopped").arg(expected.size())),
        qPrintable(banner + QStringLiteral(" expected ") + QString::number(expected.size())));
    for (const std::string& id : expected)
        QCOMPARE(QString::fromStdString(m_fixture->sandboxServer->call(id)->status), QStringLiteral("cancelled"));
    for (const std::string& id : others)
        QVERIFY(m_fixture->sandboxServer->call(id)->status != "cancelled");
}

// A campaign with nothing left to stop: the API answers 400; the banner says so, nothing is called a failure.
void TestScopeTerminate::nothingLeftToStop()
{
    std::string campaignId;
    std::string campaignName;
    for (const auto& c : m_fixture->sandboxServer->campaigns()) {
        if (notConnected([&](const auto& call) { return call.campaignId == c.id; }).size() >= 1) {
            campaignId = c.id;
            campaignName = c.name;
            break;
        }
    }
    QVERIFY(!campaignId.empty());
    for (int round = 0; round < 2; ++round) {
        ScopeTerminateDialog* dialog = openDialog();
        QVERIFY(dialog);
        dialog->setPage(ScopeTerminateDialog::Page::Campaign);
        selectRowWithId(
            dialog->findChild<QTableView*>(QStringLiteral("campaignTable")), QString::fromStdString(campaignId));
        ScopeConfirmDialog* confirm = review(dialog);
        QVERIFY(confirm);
        QSignalSpy finished(m_fixture->window.get(), &MainWindow::jobFinished);
        QTest::keyClicks(
            confirm->findChild<QLineEdit*>(QStringLiteral("typeEdit")), QString::fromStdString(campaignName));
        QTest::mouseClick(confirm->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        const JobSummary summary = finished.first().first().value<JobSummary>();
        auto* banner = m_fixture->window->findChild<JobBanner*>(QStringLiteral("jobBanner"));
        QVERIFY(banner->isVisible());
        if (round == 0) {
            QCOMPARE(summary.accepted, 1);
            QCOMPARE(banner->tone(), JobBanner::Tone::Success);
        } else {
            QCOMPARE(summary.accepted, 0);
            QCOMPARE(summary.nothingTerminable, 1);
            QCOMPARE(summary.failed, 0);
            QCOMPARE(banner->tone(), JobBanner::Tone::Info);
            QVERIFY2(banner->text().contains(QLatin1String("Nothing in this scope was still terminable")),
                qPrintable(banner->text()));
        }
        QTRY_VERIFY(!m_fixture->window->isJobRunning());
        QTRY_VERIFY(!m_fixture->window->findChild<ScopeTerminateDialog*>());
    }
}

// Nothing chosen, no valid number: Review says what is missing and sends nothing.
void TestScopeTerminate::refusesWhatIsNotChosen()
{
    const int requestsBefore = int(m_fixture->sandboxServer->calls().size());
    ScopeTerminateDialog* dialog = openDialog();
    QVERIFY(dialog);
    ScopeRequest request;
    QString error;
    QVERIFY(!dialog->request(&request, &error));
    QVERIFY2(error.contains(QLatin1String("Paste the phone numbers")), qPrintable(error));
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("numbersText"))->setPlainText(QStringLiteral("+1 555 01"));
    QVERIFY(!dialog->request(&request, &error));
    QVERIFY2(error.contains(QLatin1String("line 1")), qPrintable(error));
    dialog->findChild<QCheckBox*>(QStringLiteral("onlyCampaignCheck"))->setChecked(true);
    dialog->setPage(ScopeTerminateDialog::Page::Campaign);
    QVERIFY(!dialog->request(&request, &error));
    QVERIFY2(error.contains(QLatin1String("Choose the campaign")), qPrintable(error));
    dialog->setPage(ScopeTerminateDialog::Page::Agent);
    QVERIFY(!dialog->request(&request, &error));
    QVERIFY2(error.contains(QLatin1String("Choose the agent")), qPrintable(error));
    QVERIFY(!dialog->review());
    QVERIFY(!dialog->confirmDialog());
    QCOMPARE(int(m_fixture->sandboxServer->calls().size()), requestsBefore);
    QCOMPARE(m_fixture->window->batchModel()->rowCount(), 0);
}

// A campaign termination in flight when the console died: resuming it asks for the typed confirmation of that
// campaign (by its id: the journal keeps no names), never a confirmation of "0 calls", then sends it and the
// campaign's waiting calls stop.
void TestScopeTerminate::resumesAScopeJournal()
{
    std::string campaignId;
    for (const auto& c : m_fixture->sandboxServer->campaigns()) {
        if (!notConnected([&](const auto& call) { return call.campaignId == c.id; }).empty()) {
            campaignId = c.id;
            break;
        }
    }
    QVERIFY(!campaignId.empty());
    const std::set<std::string> expected
        = notConnected([&](const auto& call) { return call.campaignId == campaignId; });

    // A profile of its own with the sandbox's key: a resume never goes to the sandbox profile (restarted each time).
    QString error;
    const QString profileId = m_fixture->profiles->addProfile(
        QStringLiteral("Local"), QUrl(QString::fromStdString(m_fixture->sandboxServer->baseUrl())), &error);
    QVERIFY2(!profileId.isEmpty(), qPrintable(error));
    bool written = false;
    m_fixture->credentials->writeKey(profileId, QString::fromStdString(m_fixture->sandboxServer->apiKey()),
        [&](const CredentialResult&) { written = true; });
    QTRY_VERIFY(written);
    m_fixture->makeWindow();
    QTRY_VERIFY(m_fixture->window->areKeysLoaded());

    JournalHeader header;
    header.jobId = QStringLiteral("crashed-campaign-job");
    header.profile = QStringLiteral("Local");
    header.baseUrl = QString::fromStdString(m_fixture->sandboxServer->baseUrl());
    header.user = QStringLiteral("operator");
    header.created = QDateTime::currentDateTimeUtc();
    header.batchSize = 100;
    BatchPayload scope;
    scope.kind = ScopeKind::Campaign;
    scope.campaignId = QString::fromStdString(campaignId);
    header.batches.append(scope);
    const QString path = m_fixture->dir.filePath(QStringLiteral("data/journals/20261203-campaign.jsonl"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        JobJournal journal;
        QVERIFY2(journal.create(path, header, &error), qPrintable(error));
        BatchResult b;
        b.index = 0;
        b.payload = scope;
        journal.attemptStarted(b, 1); // sent, no answer: the console died
    }
    m_fixture->window->resumeJournal(path);
    ScopeConfirmDialog* confirm = nullptr;
    QTRY_VERIFY((confirm = m_fixture->window->findChild<ScopeConfirmDialog*>()) && confirm->isVisible());
    QCOMPARE(confirm->expectedText(), QString::fromStdString(campaignId));
    QVERIFY(confirm->findChild<QLabel*>(QStringLiteral("scopeWhat"))->text().contains(scope.campaignId));
    QCOMPARE(m_fixture->window->callModel()->rowCount(), 0); // no call rows for a campaign
    QTest::keyClicks(confirm->findChild<QLineEdit*>(QStringLiteral("typeEdit")), scope.campaignId);
    QSignalSpy finished(m_fixture->window.get(), &MainWindow::jobFinished);
    QTest::keyClick(confirm->findChild<QLineEdit*>(QStringLiteral("typeEdit")), Qt::Key_Return);
    QVERIFY(finished.wait(60000));
    const JobSummary summary = finished.first().first().value<JobSummary>();
    QCOMPARE(summary.batches, 1);
    QCOMPARE(summary.failed, 0);
    for (const std::string& id : expected)
        QCOMPARE(QString::fromStdString(m_fixture->sandboxServer->call(id)->status), QStringLiteral("cancelled"));
}

QTEST_MAIN(TestScopeTerminate)
#include "tst_scopeterminate.moc"
