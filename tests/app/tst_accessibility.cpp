// Every control of the main window and of every dialog can be found by a screen reader: it has an accessible name
// and description; every action has a text, and its shortcut is shown in its tooltip; row states are text, not
// colour alone.
#include "AuditDialog.h"
#include "ConfirmDialog.h"
#include "CsvImportDialog.h"
#include "PreferencesDialog.h"
#include "ProfileDialog.h"
#include "WindowFixture.h"
#include "api/ApiClient.h"
#include "calls/CallListModel.h"
#include "find/FindDialog.h"
#include "scope/ScopeConfirmDialog.h"
#include "scope/ScopeTerminateDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QTest>

using namespace callstop;

namespace {

bool isControl(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w)
        || qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w)
        || qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QProgressBar*>(w);
}

// What a screen reader hears for each control of a window that is not named or described.
QStringList unnamedControls(QWidget* window)
{
    QStringList problems;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!isControl(w) || w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")))
            continue; // Qt's own inner parts (a combo's list view, a spin box's line edit) are named by their owner
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        if (!iface) {
            problems.append(w->objectName() + QStringLiteral(": no accessible interface"));
            continue;
        }
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            problems.append(w->objectName() + QStringLiteral(": no accessible name"));
        if (iface->text(QAccessible::Description).trimmed().isEmpty())
            problems.append(w->objectName() + QStringLiteral(": no accessible description"));
    }
    return problems;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void mainWindowControls();
    void actionsHaveTextAndShortcutTips();
    void dialogControls_data();
    void dialogControls();
    void statesAreText();
};

void TestAccessibility::mainWindowControls()
{
    test::WindowFixture f;
    const QStringList problems = unnamedControls(f.window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::actionsHaveTextAndShortcutTips()
{
    test::WindowFixture f;
    const auto actions = f.window->findChildren<QAction*>();
    QVERIFY(actions.size() > 20);
    int withShortcut = 0;
    for (QAction* a : actions) {
        if (a->isSeparator() || a->objectName().isEmpty() || a->objectName().startsWith(QLatin1Char('_'))
            || a->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QVERIFY2(!a->text().isEmpty(), qPrintable(a->objectName()));
        if (a->menu())
            continue;
        QVERIFY2(!a->statusTip().isEmpty(), qPrintable(a->objectName() + QStringLiteral(": no status tip")));
        if (!a->shortcut().isEmpty()) {
            ++withShortcut;
            const QString keys = a->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(a->toolTip().contains(keys), qPrintable(a->objectName() + QStringLiteral(": ") + a->toolTip()));
        }
    }
    QVERIFY(withShortcut >= 15);
}

void TestAccessibility::dialogControls_data()
{
    QTest::addColumn<QString>("dialog");
    for (const char* name : {"ConfirmDialog", "ProfileDialog", "CsvImportDialog", "AuditDialog", "PreferencesDialog",
             "FindDialog", "ScopeTerminateDialog", "ScopeConfirmDialog"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestAccessibility::dialogControls()
{
    QFETCH(QString, dialog);
    test::WindowFixture f;
    QHash<QString, QString> keys;
    std::unique_ptr<QDialog> d;
    if (dialog == QLatin1String("ConfirmDialog")) {
        const Profile sandbox = *f.profiles->find(ProfileStore::sandboxId());
        d = std::make_unique<ConfirmDialog>(sandbox, 500, 5, f.idsWithStatus("registered", 3));
    } else if (dialog == QLatin1String("ProfileDialog")) {
        d = std::make_unique<ProfileDialog>(f.services(), &keys, ProfileStore::productionId());
    } else if (dialog == QLatin1String("CsvImportDialog")) {
        d = std::make_unique<CsvImportDialog>(
            QStringLiteral(CALLSTOP_TEST_DATA "/csv/dashboard_export.csv"), f.settings.get());
    } else if (dialog == QLatin1String("AuditDialog")) {
        d = std::make_unique<AuditDialog>(f.dir.filePath(QStringLiteral("audit.jsonl")));
    } else if (dialog == QLatin1String("FindDialog")) {
        auto client = std::make_unique<ApiClient>();
        client->setBaseUrl(
            QUrl(QStringLiteral("http://127.0.0.1:9/ca/api/v0"))); // nothing listens: the pickers stay empty
        d = std::make_unique<FindDialog>(std::move(client), QStringLiteral("Test"), QStringLiteral("IN"));
    } else if (dialog == QLatin1String("ScopeTerminateDialog")) {
        auto client = std::make_unique<ApiClient>();
        client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9/ca/api/v0")));
        d = std::make_unique<ScopeTerminateDialog>(
            std::move(client), *f.profiles->find(ProfileStore::sandboxId()), QStringLiteral("IN"));
    } else if (dialog == QLatin1String("ScopeConfirmDialog")) {
        ScopeRequest request;
        request.scope.kind = ScopeKind::Numbers;
        request.scope.numbers = {QStringLiteral("+918882876897"), QStringLiteral("+14155550100")};
        request.before.ok = true;
        d = std::make_unique<ScopeConfirmDialog>(*f.profiles->find(ProfileStore::sandboxId()), request, 1);
    } else {
        d = std::make_unique<PreferencesDialog>(f.settings.get());
    }
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.get()));
    const QStringList problems = unnamedControls(d.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::statesAreText()
{
    // A colour may mark a state, but the state column always says it in words, and the filter offers each by name.
    test::WindowFixture f;
    CallListModel model;
    const CallId id = *CallId::parse(f.idsWithStatus("registered", 1).first());
    model.appendIds({id, id}); // the second becomes a Duplicate row
    QCOMPARE(
        model.data(model.index(1, CallListModel::StateColumn)).toString(), RowStates::displayName(RowState::Duplicate));
    QVERIFY(!RowStates::displayName(RowState::Invalid).isEmpty());
    for (int s = 0; s < RowStateCount; ++s) {
        if (RowState(s) == RowState::Duplicate || RowState(s) == RowState::Invalid)
            continue; // rows are born in these states, never moved into them
        model.setRowsState({0}, RowState(s), 1, QString());
        const QString text = model.data(model.index(0, CallListModel::StateColumn)).toString();
        QVERIFY2(!text.isEmpty(), qPrintable(QString::number(s)));
        QCOMPARE(text, RowStates::displayName(RowState(s)));
    }
    auto* filter = f.window->findChild<QComboBox*>(QStringLiteral("stateFilter"));
    QCOMPARE(filter->count(), RowStateCount + 1);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
