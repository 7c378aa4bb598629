// What the console shows and does after a job and at its confirmation (issue 17, console side): a cancelled retry
// keeps the failures, Enter on the confirm button confirms, Clear resets everything, pasted tables with several UUID
// columns, columns and window that fit, row colours with a text cue.
#include "AuditDialog.h"
#include "ConfirmDialog.h"
#include "WindowFixture.h"
#include "calls/CallListModel.h"
#include "calls/RowStateDelegate.h"
#include "jobs/BatchListModel.h"
#include "jobs/JobBanner.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUuid>

using namespace callstop;

class TestConsoleOutcomes : public QObject
{
    Q_OBJECT

private slots:
    void retryCancelKeepsFailures_data() { callCounts(); }
    void retryCancelKeepsFailures();
    void enterOnConfirmButtonConfirms_data() { callCounts(); }
    void enterOnConfirmButtonConfirms();
    void pastingTwiceKeepsOneInvalidRow();
    void clearResetsCountsAndProgress();
    void pastedTableTakesTheCallIdColumn();
    void pastedTableWithoutHeaderTakesNothing();
    void columnsSizedToContent();
    void profileComboShowsTheWholeName();
    void savedGeometryKeptOnScreen();
    void rowColoursWithTextCue();
    void pendingUntilChecked();
    void endOfJobBanner();

private:
    static void callCounts()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("1 call") << 1;
        QTest::newRow("100 calls") << 100;
        QTest::newRow("250 calls") << 250;
    }
    static QStringList firstIds(const test::WindowFixture& f, int count)
    {
        QStringList ids;
        for (const auto& c : f.sandboxServer->calls()) {
            if (ids.size() < count)
                ids.append(QString::fromStdString(c.id));
        }
        return ids;
    }
    static void paste(test::WindowFixture& f, const QString& text)
    {
        QSignalSpy pasted(f.window.get(), &MainWindow::pasteFinished);
        f.window->pasteText(text);
        if (!pasted.wait(20000))
            qFatal("the paste did not finish");
    }
    // Opens the confirmation with the Terminate button and gives it the focus, as a window manager would.
    static ConfirmDialog* openConfirm(test::WindowFixture& f, QAction* trigger = nullptr)
    {
        if (trigger)
            trigger->trigger();
        else
            QTest::mouseClick(f.window->findChild<QPushButton*>(QStringLiteral("terminateButton")), Qt::LeftButton);
        ConfirmDialog* dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = f.window->findChild<ConfirmDialog*>()) && dialog->isVisible(); }))
            return nullptr;
        dialog->activateWindow();
        if (!QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }))
            return nullptr;
        return dialog;
    }
    // Moves the focus with Tab until it reaches target, as the operator would.
    static bool tabTo(QWidget* target)
    {
        for (int i = 0; i < 12 && QApplication::focusWidget() != target; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        return QApplication::focusWidget() == target;
    }
    // What the view needs to show a column's cells whole (public in QAbstractItemView, protected in QTableView).
    static int contentWidth(const QAbstractItemView* view, int column) { return view->sizeHintForColumn(column); }
    static QPushButton* confirmButton(ConfirmDialog* d)
    {
        return d->findChild<QPushButton*>(QStringLiteral("confirmButton"));
    }
    static QPushButton* cancelButton(ConfirmDialog* d)
    {
        return d->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Cancel);
    }
};

// Retry Failed opens the confirmation without touching the rows; Cancel leaves them failed or unknown, so that Retry
// Failed and Copy Failed IDs still work; a confirmed retry sends exactly them.
void TestConsoleOutcomes::retryCancelKeepsFailures()
{
    QFETCH(int, count);
    test::WindowFixture f;
    MainWindow* w = f.window.get();
    const QStringList ids = firstIds(f, count);
    paste(f, ids.join(QLatin1Char('\n')));
    CallListModel* model = w->callModel();
    QCOMPARE(model->count(RowState::Ready), count);
    // What a job leaves when its batches failed or ended unknown.
    const QList<int> rows = model->rowsInState(RowState::Ready);
    const int failed = (count + 1) / 2;
    model->setRowsState(rows.mid(0, failed), RowState::Failed, 0, QStringLiteral("HTTP 500"));
    model->setRowsState(rows.mid(failed), RowState::Unknown, 1, QStringLiteral("dropped"));
    const int unknown = count - failed;

    auto* retry = w->findChild<QAction*>(QStringLiteral("actionRetryFailed"));
    auto* copy = w->findChild<QAction*>(QStringLiteral("actionCopyFailed"));
    QVERIFY(retry->isEnabled());
    ConfirmDialog* dialog = openConfirm(f, retry);
    QVERIFY(dialog);
    QCOMPARE(dialog->needsTypedCount(), count > ConfirmDialog::TypeToConfirmThreshold);
    QCOMPARE(model->count(RowState::Failed), failed);
    QCOMPARE(model->count(RowState::Unknown), unknown);
    QCOMPARE(model->count(RowState::Ready), 0);

    QPointer<ConfirmDialog> guard(dialog);
    QTest::mouseClick(cancelButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!guard);
    QCOMPARE(model->count(RowState::Failed), failed);
    QCOMPARE(model->count(RowState::Unknown), unknown);
    QCOMPARE(model->count(RowState::Ready), 0);
    QCOMPARE(f.sandboxServer->stats().terminateRequests, 0);
    QVERIFY(retry->isEnabled());
    QVERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text().split(QLatin1Char('\n')), ids);

    // Confirmed, the retry sends those rows and nothing else.
    dialog = openConfirm(f, retry);
    QVERIFY(dialog);
    dialog->findChild<QCheckBox*>(QStringLiteral("checkCallsBox"))->setChecked(false);
    if (dialog->needsTypedCount())
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("typeEdit")), QString::number(count));
    QSignalSpy finished(w, &MainWindow::jobFinished);
    QTest::mouseClick(confirmButton(dialog), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(model->count(RowState::Failed) + model->count(RowState::Unknown), 0);
    QCOMPARE(model->count(RowState::Terminated) + model->count(RowState::NotTerminable), count);
    QVERIFY(!retry->isEnabled());
}

// The dialog opens on Cancel (or, above the threshold, on the typed field): a stray Enter does not terminate. Enter
// on the focused Cancel cancels, Escape cancels, Enter on the focused confirm button confirms.
void TestConsoleOutcomes::enterOnConfirmButtonConfirms()
{
    QFETCH(int, count);
    test::WindowFixture f;
    MainWindow* w = f.window.get();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    paste(f, firstIds(f, count).join(QLatin1Char('\n')));
    CallListModel* model = w->callModel();
    QSignalSpy finished(w, &MainWindow::jobFinished);
    const bool typed = count > ConfirmDialog::TypeToConfirmThreshold;

    // Enter at once.
    ConfirmDialog* dialog = openConfirm(f);
    QVERIFY(dialog);
    QCOMPARE(dialog->needsTypedCount(), typed);
    QLineEdit* typeEdit = dialog->findChild<QLineEdit*>(QStringLiteral("typeEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), typed ? static_cast<QWidget*>(typeEdit) : cancelButton(dialog));
    QPointer<ConfirmDialog> guard(dialog);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    if (typed) {
        QVERIFY(dialog->isVisible()); // nothing typed: nothing happens
        QTest::keyClicks(typeEdit, QString::number(count - 1));
        QTest::keyClick(typeEdit, Qt::Key_Enter);
        QVERIFY(dialog->isVisible()); // a wrong count: nothing either
        // Past the field and the confirm button (disabled), Enter on Cancel cancels.
        QVERIFY(tabTo(cancelButton(dialog)));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
    QTRY_VERIFY(!guard);
    QCOMPARE(model->count(RowState::Ready), count);
    QCOMPARE(finished.count(), 0);

    // Escape cancels.
    dialog = openConfirm(f);
    QVERIFY(dialog);
    guard = dialog;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!guard);
    QCOMPARE(model->count(RowState::Ready), count);

    // Enter on the focused confirm button confirms.
    dialog = openConfirm(f);
    QVERIFY(dialog);
    dialog->findChild<QCheckBox*>(QStringLiteral("checkCallsBox"))->setChecked(false);
    if (typed)
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("typeEdit")), QString::number(count));
    QVERIFY(confirmButton(dialog)->isEnabled());
    QVERIFY(tabTo(confirmButton(dialog)));
    QCOMPARE(f.sandboxServer->stats().terminateRequests, 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(model->count(RowState::Terminated) + model->count(RowState::NotTerminable), count);
}

void TestConsoleOutcomes::pastingTwiceKeepsOneInvalidRow()
{
    test::WindowFixture f;
    const QStringList ids = firstIds(f, 3);
    const QString block = QStringLiteral("%1\n%2\n%3x\n%4\n").arg(ids.at(0), ids.at(1), ids.at(2), ids.at(2).left(35));
    paste(f, block);
    CallListModel* model = f.window->callModel();
    QCOMPARE(model->count(RowState::Invalid), 2);
    paste(f, block);
    QCOMPARE(model->count(RowState::Ready), 2);
    QCOMPARE(model->count(RowState::Duplicate), 2);
    QCOMPARE(model->count(RowState::Invalid), 2);
    const QString status = f.window->statusBar()->currentMessage();
    QVERIFY2(status.contains(QLatin1String("2 not valid and already in the list")), qPrintable(status));
    auto* counts = f.window->findChild<QLabel*>(QStringLiteral("countsLabel"));
    QVERIFY2(counts->text().contains(QLatin1String("Invalid 2")), qPrintable(counts->text()));
}

// After a job, Clear leaves nothing of it: no counts in the status bar, no "0 of 3 batches", no batch rows.
void TestConsoleOutcomes::clearResetsCountsAndProgress()
{
    test::WindowFixture f;
    MainWindow* w = f.window.get();
    paste(f, firstIds(f, 250).join(QLatin1Char('\n')));
    ConfirmDialog* dialog = openConfirm(f);
    QVERIFY(dialog);
    dialog->findChild<QCheckBox*>(QStringLiteral("checkCallsBox"))->setChecked(false);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("typeEdit")), QStringLiteral("250"));
    QSignalSpy finished(w, &MainWindow::jobFinished);
    QTest::mouseClick(confirmButton(dialog), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    auto* progress = w->findChild<QProgressBar*>(QStringLiteral("progressBar"));
    QCOMPARE(progress->maximum(), 3);
    QVERIFY(w->statusBar()->currentMessage().contains(QLatin1String("terminated")));
    QCOMPARE(w->batchModel()->rowCount(), 3);

    auto* clear = w->findChild<QPushButton*>(QStringLiteral("clearButton"));
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton); // no Ready rows are left: no question
    QCOMPARE(w->callModel()->rowCount(), 0);
    QCOMPARE(w->batchModel()->rowCount(), 0);
    QCOMPARE(w->statusBar()->currentMessage(), QString());
    QVERIFY(!progress->isTextVisible());
    QCOMPARE(progress->value(), 0);
    QVERIFY2(!progress->text().contains(QLatin1String("3")), qPrintable(progress->text()));
    auto* counts = w->findChild<QLabel*>(QStringLiteral("countsLabel"));
    QVERIFY2(counts->text().startsWith(QLatin1String("No call IDs yet")), qPrintable(counts->text()));
    QVERIFY(!w->findChild<QAction*>(QStringLiteral("actionRetryFailed"))->isEnabled());
    QVERIFY(!w->findChild<QAction*>(QStringLiteral("actionExportResults"))->isEnabled());
}

// A table copied from a dashboard with call_id and agent_id columns: only the call IDs come in, and a warning
// names the column taken and the one left out.
void TestConsoleOutcomes::pastedTableTakesTheCallIdColumn()
{
    test::WindowFixture f;
    const QStringList ids = firstIds(f, 4);
    QStringList agents;
    QString text = QStringLiteral("agent_id\tcall_id\tstatus\r\n");
    for (const QString& id : ids) {
        agents.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
        text += agents.constLast() + u'\t' + id + QStringLiteral("\tregistered\r\n");
    }
    text += agents.at(0) + u'\t' + ids.at(0) + QStringLiteral("\tretry\r\n"); // line 6 repeats line 2
    paste(f, text);
    CallListModel* model = f.window->callModel();
    QCOMPARE(model->count(RowState::Ready), 4);
    for (int row = 0; row < 4; ++row)
        QCOMPARE(model->textAt(row), ids.at(row));
    QCOMPARE(model->count(RowState::Duplicate), 1);
    QCOMPARE(model->detailAt(4), QStringLiteral("Line 6 repeats line 2"));
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = f.window->findChild<QMessageBox*>(QStringLiteral("pastedTableWarning"))) && box->isVisible());
    QVERIFY2(box->text().contains(QLatin1String("column 2 \"call_id\"")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QLatin1String("column 1 \"agent_id\"")), qPrintable(box->text()));
    box->accept();

    // A table with one UUID column is taken as it always was, without a word.
    f.window->callModel()->clear();
    paste(f, QStringLiteral("call_id\tstatus\n%1\tregistered\n").arg(ids.at(3)));
    QCOMPARE(model->count(RowState::Ready), 1);
    QTRY_VERIFY(!f.window->findChild<QMessageBox*>(QStringLiteral("pastedTableWarning")));
}

void TestConsoleOutcomes::pastedTableWithoutHeaderTakesNothing()
{
    test::WindowFixture f;
    QString text;
    for (const QString& id : firstIds(f, 3))
        text += id + u'\t' + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'\n';
    paste(f, text);
    QCOMPARE(f.window->callModel()->rowCount(), 0);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = f.window->findChild<QMessageBox*>(QStringLiteral("pastedTableWarning"))) && box->isVisible());
    QVERIFY2(box->text().contains(QLatin1String("Nothing was taken")), qPrintable(box->text()));
}

// The batch panel and the audit records: State and Message are not cut while Time takes the width.
void TestConsoleOutcomes::columnsSizedToContent()
{
    test::WindowFixture f;
    MainWindow* w = f.window.get();
    paste(f,
        (firstIds(f, 30) + QStringList {QStringLiteral("00000000-0000-4000-8000-000000000001")})
            .join(QLatin1Char('\n')));
    ConfirmDialog* dialog = openConfirm(f);
    QVERIFY(dialog);
    QSignalSpy finished(w, &MainWindow::jobFinished);
    QTest::mouseClick(confirmButton(dialog), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    auto* batches = w->findChild<QTableView*>(QStringLiteral("batchTable"));
    QHeaderView* header = batches->horizontalHeader();
    QTRY_VERIFY(header->sectionSize(BatchListModel::StateColumn) > 0);
    for (int c : {int(BatchListModel::NumberColumn), int(BatchListModel::StateColumn), int(BatchListModel::HttpColumn),
             int(BatchListModel::TimeColumn)}) {
        QTRY_VERIFY2(header->sectionSize(c) >= contentWidth(batches, c), qPrintable(QString::number(c)));
        QVERIFY2(header->sectionSize(c) <= std::max(contentWidth(batches, c), header->sectionSizeHint(c)) + 1,
            qPrintable(QString::number(c)));
    }
    // The message takes what is left, which is more than Time's.
    QVERIFY(header->sectionSize(BatchListModel::MessageColumn) > header->sectionSize(BatchListModel::TimeColumn)
        || header->sectionSize(BatchListModel::MessageColumn) >= contentWidth(batches, BatchListModel::MessageColumn));

    AuditDialog audit(f.dir.filePath(QStringLiteral("data/audit.jsonl")));
    audit.resize(1400, 500);
    audit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&audit));
    auto* records = audit.findChild<QTableView*>(QStringLiteral("recordTable"));
    QVERIFY(records->model()->rowCount() > 0);
    QHeaderView* recordHeader = records->horizontalHeader();
    const int last = records->model()->columnCount() - 1;
    for (int c = 0; c < last; ++c)
        QTRY_VERIFY2(recordHeader->sectionSize(c) >= contentWidth(records, c), qPrintable(QString::number(c)));
    QVERIFY(recordHeader->stretchLastSection());
}

// A profile added while the window is open, with a long name: the combo grows to show it.
void TestConsoleOutcomes::profileComboShowsTheWholeName()
{
    test::WindowFixture f;
    const QString name = QStringLiteral("Production EU-West customer-care workspace");
    QString error;
    const QString id = f.profiles->addProfile(name, QUrl(QStringLiteral("https://example.com/ca/api/v0")), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    auto* combo = f.window->findChild<QComboBox*>(QStringLiteral("profileCombo"));
    QTRY_VERIFY(combo->findData(id) >= 0);
    f.window->setCurrentProfile(id);
    QCOMPARE(combo->currentText(), name);
    QTRY_VERIFY2(combo->width() >= combo->fontMetrics().horizontalAdvance(name),
        qPrintable(QStringLiteral("%1 < %2").arg(combo->width()).arg(combo->fontMetrics().horizontalAdvance(name))));
}

// A geometry saved on a screen that is gone (far off the current ones), or larger than the screen: the window
// comes back whole on a screen.
void TestConsoleOutcomes::savedGeometryKeptOnScreen()
{
    test::WindowFixture f;
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    for (const QRect& saved : {QRect(available.right() + 5000, available.bottom() + 3000, 900, 600),
             QRect(available.left() - 200, available.top() + 50, available.width() * 2, available.height() + 400)}) {
        f.window->setGeometry(saved);
        QTRY_COMPARE(f.window->geometry().topLeft(), saved.topLeft());
        f.settings->setValue(QStringLiteral("window/geometry"), f.window->saveGeometry());
        f.makeWindow();
        const QRect frame = f.window->frameGeometry();
        const QString where = QStringLiteral("%1,%2 %3x%4 on %5,%6 %7x%8")
                                  .arg(frame.x())
                                  .arg(frame.y())
                                  .arg(frame.width())
                                  .arg(frame.height())
                                  .arg(available.x())
                                  .arg(available.y())
                                  .arg(available.width())
                                  .arg(available.height());
        // Its title bar on the screen, and no larger than the screen unless the window cannot be smaller.
        QVERIFY2(available.contains(frame.topLeft()), qPrintable(where));
        const QSize least = f.window->minimumSizeHint().expandedTo(f.window->minimumSize());
        QVERIFY2(frame.width() <= available.width() || f.window->width() <= least.width(), qPrintable(where));
        QVERIFY2(frame.height() <= available.height() || f.window->height() <= least.height(), qPrintable(where));
        QVERIFY(f.window->width() >= 300 && f.window->height() >= 200);
    }
}

// Each state has its tint with readable text on light and dark palettes, an icon beside its name, and words for a
// screen reader.
void TestConsoleOutcomes::rowColoursWithTextCue()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    for (int s = 0; s < RowStateCount; ++s) {
        for (const QPalette& palette : {light, dark}) {
            const RowStateColours c = RowStateDelegate::colours(RowState(s), palette);
            if (!c.background.isValid())
                continue;
            const double ratio = RowStateDelegate::contrast(c.background, c.foreground);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2").arg(RowStates::key(RowState(s))).arg(ratio)));
        }
    }
    for (RowState s : {RowState::Terminated, RowState::Failed, RowState::Unknown, RowState::Invalid})
        QVERIFY(RowStateDelegate::colours(s, light).background.isValid());
    QVERIFY(RowStateDelegate::colours(RowState::Failed, light).background
        != RowStateDelegate::colours(RowState::Terminated, light).background);

    test::WindowFixture f;
    const QStringList ids = firstIds(f, 3);
    paste(f, ids.join(QLatin1Char('\n')));
    CallListModel* model = f.window->callModel();
    model->setRowsState({0}, RowState::Terminated, 0);
    model->setRowsState({1}, RowState::Failed, 0, QStringLiteral("HTTP 500"));
    auto* table = f.window->findChild<QTableView*>(QStringLiteral("callTable"));
    auto* delegate = qobject_cast<RowStateDelegate*>(table->itemDelegate());
    QVERIFY(delegate);
    for (int row = 0; row < 3; ++row) {
        QStyleOptionViewItem option;
        option.initFrom(table);
        option.widget = table;
        const QModelIndex state = table->model()->index(row, CallListModel::StateColumn);
        delegate->initStyleOption(&option, state);
        const RowStateColours expected = RowStateDelegate::colours(model->stateAt(row), table->palette());
        if (expected.background.isValid()) {
            QCOMPARE(option.backgroundBrush.color(), expected.background);
            QCOMPARE(option.palette.color(QPalette::Text), expected.foreground);
            QVERIFY(!option.icon.isNull());
        }
        // The words are there whatever the colour.
        QCOMPARE(option.text, RowStates::displayName(model->stateAt(row)));
        const QModelIndex id = table->model()->index(row, CallListModel::IdColumn);
        QCOMPARE(id.data(Qt::AccessibleTextRole).toString(),
            ids.at(row) + QStringLiteral(", ") + RowStates::displayName(model->stateAt(row)));
        QVERIFY(
            id.data(Qt::AccessibleDescriptionRole).toString().contains(RowStates::displayName(model->stateAt(row))));
    }
    QVERIFY(
        table->model()->index(1, 0).data(Qt::AccessibleDescriptionRole).toString().contains(QLatin1String("HTTP 500")));
    // On screen: the Failed row's empty Batch-less Detail cell is painted in its tint.
    table->clearSelection();
    table->setCurrentIndex({});
    const QImage image = table->viewport()->grab().toImage();
    const int x = table->columnViewportPosition(CallListModel::BatchColumn) + 2;
    const int y = table->rowViewportPosition(0) + table->rowHeight(0) / 2;
    QCOMPARE(image.pixelColor(x * image.devicePixelRatio(), y * image.devicePixelRatio()),
        RowStateDelegate::colours(RowState::Terminated, table->palette()).background);
}

// With the per-call check, an accepted batch's rows say "Accepted, checking" until their check answers, and the
// progress counts the checks: it is full only when the last check has answered, and no row is left pending.
void TestConsoleOutcomes::pendingUntilChecked()
{
    test::WindowFixture f;
    MainWindow* w = f.window.get();
    QStringList ids;
    for (const auto& c : f.sandboxServer->calls()) {
        if ((c.status == "registered" || c.status == "retry") && ids.size() < 30)
            ids.append(QString::fromStdString(c.id));
    }
    QCOMPARE(ids.size(), 30);
    paste(f, ids.join(QLatin1Char('\n')));
    CallListModel* model = w->callModel();
    int mostChecking = 0;
    int terminatedWhenAccepted = -1;
    connect(model, &CallListModel::countsChanged, this, [&] {
        const int checking = model->count(RowState::Checking);
        // The moment the batch is accepted: no row may say Terminated before its own check said so.
        if (checking > 0 && terminatedWhenAccepted < 0)
            terminatedWhenAccepted = model->count(RowState::Terminated);
        mostChecking = qMax(mostChecking, checking);
    });
    ConfirmDialog* dialog = openConfirm(f);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("checkCallsBox"))->isChecked());
    QSignalSpy finished(w, &MainWindow::jobFinished);
    QTest::mouseClick(confirmButton(dialog), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY2(mostChecking > 0, "no row was ever shown as accepted and checking");
    QCOMPARE(mostChecking, 30); // one batch: all its rows wait for their checks at once
    QCOMPARE(terminatedWhenAccepted, 0);
    QCOMPARE(model->count(RowState::Checking), 0);
    QCOMPARE(model->count(RowState::Terminated), 30);
    auto* progress = w->findChild<QProgressBar*>(QStringLiteral("progressBar"));
    QCOMPARE(progress->maximum(), 1 + 30); // one batch and thirty checks
    QCOMPARE(progress->value(), progress->maximum());
    QVERIFY2(progress->text().contains(QLatin1String("steps")), qPrintable(progress->text()));
}

// The end of a job is a banner in the colour of how it went, with its counts and the actions that follow; it says
// the outcome in words too, and Clear or a new job takes it away.
void TestConsoleOutcomes::endOfJobBanner()
{
    test::WindowFixture f;
    MainWindow* w = f.window.get();
    auto* banner = w->findChild<JobBanner*>(QStringLiteral("jobBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    paste(f, firstIds(f, 20).join(QLatin1Char('\n')));
    ConfirmDialog* dialog = openConfirm(f);
    QVERIFY(dialog);
    dialog->findChild<QCheckBox*>(QStringLiteral("checkCallsBox"))->setChecked(false);
    QSignalSpy finished(w, &MainWindow::jobFinished);
    QTest::mouseClick(confirmButton(dialog), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->tone(), JobBanner::Tone::Success);
    QVERIFY2(banner->text().startsWith(QLatin1String("Done.")), qPrintable(banner->text()));
    QVERIFY(!banner->findChild<QPushButton*>(QStringLiteral("bannerRetryButton"))->isVisible());
    QVERIFY(banner->findChild<QPushButton*>(QStringLiteral("bannerExportButton"))->isVisible());

    // A refused key: nothing terminated, the banner is a failure and offers the retry.
    w->findChild<QAction*>(QStringLiteral("actionClear"))->trigger();
    QVERIFY(!banner->isVisible());
    f.sandboxServer->rotateApiKey("a-key-nobody-has");
    QStringList more;
    for (const auto& c : f.sandboxServer->calls()) {
        if (c.status == "registered" && more.size() < 5)
            more.append(QString::fromStdString(c.id));
    }
    paste(f, more.join(QLatin1Char('\n')));
    QTRY_VERIFY(!w->findChild<ConfirmDialog*>()); // the first one, deleted once closed
    dialog = openConfirm(f);
    QVERIFY(dialog);
    finished.clear();
    QTest::mouseClick(confirmButton(dialog), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->tone(), JobBanner::Tone::Failure);
    QVERIFY2(banner->text().contains(QLatin1String("refused")), qPrintable(banner->text()));
    auto* retry = banner->findChild<QPushButton*>(QStringLiteral("bannerRetryButton"));
    QVERIFY(retry->isVisible());
    // The retry from the banner opens the confirmation, as Job › Retry Failed does.
    for (QMessageBox* box : w->findChildren<QMessageBox*>())
        box->close();
    QTRY_VERIFY(!w->findChild<ConfirmDialog*>());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(w->findChild<ConfirmDialog*>() && w->findChild<ConfirmDialog*>()->isVisible());
    w->findChild<ConfirmDialog*>()->reject();
    banner->findChild<QToolButton*>(QStringLiteral("bannerCloseButton"))->click();
    QVERIFY(!banner->isVisible());
}

QTEST_MAIN(TestConsoleOutcomes)
#include "tst_consoleoutcomes.moc"
