// The main flow with the keyboard alone: paste, review (filter), terminate, confirm, read the results, export them.
#include "ConfirmDialog.h"
#include "WindowFixture.h"
#include "calls/CallListModel.h"
#include "find/FindDialog.h"
#include "scope/ScopeConfirmDialog.h"
#include "scope/ScopeTerminateDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace callstop;

class TestKeyboardFlow : public QObject
{
    Q_OBJECT

private slots:
    void mainFlowWithKeysOnly();
    void findCallsWithKeysOnly();
    void stopByNumberWithKeysOnly();
};

void TestKeyboardFlow::mainFlowWithKeysOnly()
{
    test::WindowFixture f;
    MainWindow* w = f.window.get();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    // Over the typing threshold, so that the confirmation asks for the count.
    const QStringList terminable = (f.idsWithStatus("registered", 120) + f.idsWithStatus("retry", 120)).mid(0, 120);
    QCOMPARE(terminable.size(), 120);
    const QStringList ids = terminable + f.idsWithStatus("completed", 5);
    QGuiApplication::clipboard()->setText(QStringLiteral("Calls to stop:\n") + ids.join(QLatin1Char('\n')));

    // Paste: Ctrl+V wherever the focus is in the window.
    QSignalSpy pasted(w, &MainWindow::pasteFinished);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(pasted.wait(10000));
    QCOMPARE(w->callModel()->count(RowState::Ready), 125);

    // Review: Ctrl+F to the filter, type part of an ID, then clear the filter again.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    auto* filter = w->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), filter);
    QTest::keyClicks(filter, ids.at(7).left(13));
    auto* table = w->findChild<QTableView*>(QStringLiteral("callTable"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Backspace);
    QTRY_COMPARE(table->model()->rowCount(), 125);

    // Terminate: Ctrl+Return opens the confirmation; the count is typed, and Enter confirms.
    QSignalSpy finished(w, &MainWindow::jobFinished);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    ConfirmDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = w->findChild<ConfirmDialog*>()) && dialog->isVisible());
    // A window manager activates a new modal dialog; the offscreen platform leaves that to the test.
    dialog->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    QVERIFY(dialog->needsTypedCount());
    QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit*>(QStringLiteral("typeEdit")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // nothing typed yet: nothing happens
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("12"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // a wrong count: nothing happens either
    QVERIFY(dialog->isVisible());
    QCOMPARE(finished.count(), 0);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("5")); // "125"
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(finished.wait(30000));
    QCOMPARE(w->callModel()->count(RowState::Terminated), 120);
    QCOMPARE(w->callModel()->count(RowState::NotTerminable), 5);

    // Read the results: Tab leads to the table, arrows move through the rows.
    w->activateWindow(); // the window manager's part again, after the dialog closed
    QTRY_COMPARE(QApplication::activeWindow(), w);
    for (int i = 0; i < 12 && QApplication::focusWidget() != table; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), table);
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 3);
    const QString state = table->model()->index(3, CallListModel::StateColumn).data().toString();
    QVERIFY2(!state.isEmpty(), "the state of the current row is readable");

    // Export: Ctrl+E, type a file name in the file dialog, Enter.
    const QString path = f.dir.filePath(QStringLiteral("results.csv"));
    QTimer::singleShot(0, this, [path] {
        QFileDialog* files = nullptr;
        if (!QTest::qWaitFor([&] { return (files = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())); }))
            qFatal("no file dialog");
        files->activateWindow(); // the window manager's part
        if (!QTest::qWaitFor([&] { return QApplication::activeWindow() == files; }))
            qFatal("the file dialog was not activated");
        auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        name->selectAll();
        QTest::keyClicks(name, path);
        QTest::keyClick(name, Qt::Key_Return);
    });
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
    QFile report(path);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray csv = report.readAll();
    for (const QString& id : ids)
        QVERIFY2(csv.contains(id.toLatin1()), qPrintable(id));
}

// Ctrl+Shift+F opens Find Calls, Enter finds (the default button), Escape closes; the found calls are in the list.
void TestKeyboardFlow::findCallsWithKeysOnly()
{
    test::WindowFixture f;
    MainWindow* w = f.window.get();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    FindDialog* find = nullptr;
    QTRY_VERIFY((find = w->findChild<FindDialog*>()) && find->isVisible());
    find->activateWindow(); // the offscreen platform leaves activation to the test
    QTRY_COMPARE(QApplication::activeWindow(), find);
    // The focus starts on the first field, and Enter there finds (the default button).
    QTRY_COMPARE(QApplication::focusWidget(), find->findChild<QDateTimeEdit*>(QStringLiteral("fromEdit")));
    QSignalSpy done(find, &FindDialog::readingFinished);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(done.wait(30000));
    QVERIFY(done.first().first().value<LookupResult>().ok());
    const int found = done.first().first().value<LookupResult>().records;
    QCOMPARE(w->callModel()->rowCount(), found);
    QPointer<FindDialog> guard(find);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!guard || !guard->isVisible());
}

// Ctrl+Shift+T opens Stop by Number, Campaign or Agent with the focus in the numbers field; Tab leaves the field
// (it does not type a tab); Alt+C and Alt+N change the page; Alt+R reviews; the confirmation takes the typed count and
// Enter in it confirms; the sandbox shows the calls stopped.
void TestKeyboardFlow::stopByNumberWithKeysOnly()
{
    test::WindowFixture f;
    MainWindow* w = f.window.get();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    std::string number;
    for (const auto& c : f.sandboxServer->calls()) {
        if (c.status == "registered") {
            number = c.toNumber;
            break;
        }
    }
    QVERIFY(!number.empty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    ScopeTerminateDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = w->findChild<ScopeTerminateDialog*>()) && dialog->isVisible());
    dialog->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    auto* text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("numbersText"));
    QTRY_COMPARE(QApplication::focusWidget(), text);
    QTest::keyClicks(text, QString::fromStdString(number));
    QTest::keyClick(text, Qt::Key_Tab);
    QCOMPARE(text->toPlainText(), QString::fromStdString(number));
    QVERIFY(QApplication::focusWidget() != text);
    auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("scopeTabs"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::AltModifier); // Whole &Campaign
    QCOMPARE(tabs->currentIndex(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier); // Phone &Numbers
    QCOMPARE(tabs->currentIndex(), 0);
    QSignalSpy opened(dialog, &ScopeTerminateDialog::confirmationOpened);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::AltModifier);
    QVERIFY(opened.wait(30000));
    ScopeConfirmDialog* confirm = dialog->confirmDialog();
    QVERIFY(confirm);
    confirm->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), confirm);
    QTRY_COMPARE(QApplication::focusWidget(), confirm->findChild<QLineEdit*>(QStringLiteral("typeEdit")));
    // Enter before the count is typed does nothing; after it, Enter confirms.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(confirm->isVisible());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1"));
    QSignalSpy finished(w, &MainWindow::jobFinished);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(finished.wait(30000));
    for (const auto& c : f.sandboxServer->calls()) {
        if (c.toNumber == number)
            QVERIFY2(c.status != "registered" && c.status != "retry", c.id.c_str());
    }
}

QTEST_MAIN(TestKeyboardFlow)
#include "tst_keyboardflow.moc"
