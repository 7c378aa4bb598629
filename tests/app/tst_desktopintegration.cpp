// Living with the console day to day: preferences that stick, a window laid out as it was left, and a desktop
// notification when a job ends while the operator works elsewhere (run on a private D-Bus session by CTest).
#include "ConfirmDialog.h"
#include "PreferencesDialog.h"
#include "ProfileDialog.h"
#include "WindowFixture.h"
#include "calls/CallListModel.h"
#include "util/AppSettings.h"
#include "util/Translations.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTest>

using namespace callstop;

// A stand-in for the desktop's notification service, on the test's own session bus.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList summaries;
    QStringList bodies;

public slots:
    uint Notify(const QString& appName, uint replacesId, const QString& icon, const QString& summary,
        const QString& body, const QStringList& actions, const QVariantMap& hints, int timeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(actions)
        Q_UNUSED(timeout)
        if (appName == QLatin1String("CallStop") && icon == QLatin1String("org.callstop.CallStop")
            && hints.value(QStringLiteral("desktop-entry")).toString() == QLatin1String("org.callstop.CallStop")) {
            summaries.append(summary);
            bodies.append(body);
        }
        return uint(summaries.size());
    }
};

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void iconIsLinkedIn();
    void preferencesAreSaved();
    void plainHttpRefusedInProfiles();
    void layoutIsRestored();
    void notifiesWhenJobEndsInBackground();
};

void TestDesktopIntegration::iconIsLinkedIn()
{
    // The window icon comes from the console library's resources, which a static library only provides when they
    // are registered with the executable.
    QVERIFY(QFile::exists(QStringLiteral(":/icons/callstop.svg")));
    const QIcon icon(QStringLiteral(":/icons/callstop.svg"));
    QVERIFY(!icon.isNull());
    QVERIFY(!icon.pixmap(64, 64).isNull());
}

void TestDesktopIntegration::preferencesAreSaved()
{
    test::WindowFixture f;
    f.window->findChild<QAction*>(QStringLiteral("actionPreferences"))->trigger();
    PreferencesDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = f.window->findChild<PreferencesDialog*>()) && dialog->isVisible());
    auto* language = dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"));
    QCOMPARE(language->currentIndex(), 0); // the system's language until one is chosen
    const int german = language->findData(QStringLiteral("de"));
    QVERIFY2(german > 0, "German is offered");
    QCOMPARE(language->itemText(german), QStringLiteral("Deutsch"));
    language->setCurrentIndex(german);
    auto* limit = dialog->findChild<QSpinBox*>(QStringLiteral("limitSpin"));
    QCOMPARE(limit->value(), AppSettings::DefaultJobSizeLimit);
    limit->setValue(25000);
    // How jobs are cut and sent: the API's 100 IDs per request and 4 in flight until the operator chooses.
    auto* batchSize = dialog->findChild<QSpinBox*>(QStringLiteral("batchSizeSpin"));
    auto* concurrency = dialog->findChild<QSpinBox*>(QStringLiteral("concurrencySpin"));
    QCOMPARE(batchSize->value(), AppSettings::DefaultBatchSize);
    QCOMPARE(batchSize->maximum(), AppSettings::MaxBatchSize);
    QCOMPARE(concurrency->value(), AppSettings::DefaultConcurrency);
    batchSize->setValue(10);
    concurrency->setValue(8);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(f.settings->value(languageSettingKey()).toString(), QStringLiteral("de"));
    QCOMPARE(AppSettings::jobSizeLimit(f.settings.get()), 25000);
    QCOMPARE(AppSettings::batchSize(f.settings.get()), 10);
    QCOMPARE(AppSettings::concurrency(f.settings.get()), 8);
    QCOMPARE(f.window->jobOptions().batchSize, 10);
    QCOMPARE(f.window->jobOptions().concurrency, 8);
    // A value edited by hand outside the range falls back to the default.
    f.settings->setValue(AppSettings::batchSizeKey(), 500);
    QCOMPARE(AppSettings::batchSize(f.settings.get()), AppSettings::DefaultBatchSize);

    // Opened again, it shows what was saved; Cancel keeps it.
    PreferencesDialog again(f.settings.get());
    QCOMPARE(
        again.findChild<QComboBox*>(QStringLiteral("languageCombo"))->currentData().toString(), QStringLiteral("de"));
    again.findChild<QSpinBox*>(QStringLiteral("limitSpin"))->setValue(7);
    again.reject();
    QCOMPARE(AppSettings::jobSizeLimit(f.settings.get()), 25000);
}

void TestDesktopIntegration::plainHttpRefusedInProfiles()
{
    // A profile pointed at plain http on a remote host: Save and Test Connection both refuse it, naming the profile
    // and the host, and nothing is sent.
    test::WindowFixture f;
    QString error;
    const QString id = f.profiles->addProfile(
        QStringLiteral("Staging"), QUrl(QStringLiteral("https://staging.example/ca/api/v0")), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QHash<QString, QString> keys {{id, QStringLiteral("k")}};
    ProfileDialog dialog(f.services(), &keys, id);
    dialog.show();
    auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"));
    url->setText(QStringLiteral("http://api.example.com/ca/api/v0"));
    auto* result = dialog.findChild<QLabel*>(QStringLiteral("resultLabel"));
    dialog.findChild<QPushButton*>(QStringLiteral("testButton"))->click();
    QVERIFY2(
        result->text().contains(QLatin1String("Staging")) && result->text().contains(QLatin1String("api.example.com")),
        qPrintable(result->text()));
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    QVERIFY2(result->text().contains(QLatin1String("api.example.com")), qPrintable(result->text()));
    QCOMPARE(f.profiles->find(id)->baseUrl.host(), QStringLiteral("staging.example")); // not saved
}

void TestDesktopIntegration::layoutIsRestored()
{
    test::WindowFixture f;
    // A size that fits the screen (a larger one is fitted to it: tst_consoleoutcomes).
    f.window->resize(QSize(1111, 777).boundedTo(f.window->screen()->availableGeometry().size() - QSize(40, 40)));
    const QSize size = f.window->size();
    auto* splitter = f.window->findChild<QSplitter*>(QStringLiteral("splitter"));
    splitter->setSizes({500, 200});
    const QList<int> sizes = splitter->sizes();
    // The call table's columns are sized by the operator (the batch panel's follow their content).
    auto* header = f.window->findChild<QTableView*>(QStringLiteral("callTable"))->horizontalHeader();
    header->resizeSection(CallListModel::BatchColumn, 77);
    f.window->close(); // saves the layout
    f.makeWindow();
    QCOMPARE(f.window->size(), size);
    QCOMPARE(f.window->findChild<QSplitter*>(QStringLiteral("splitter"))->sizes(), sizes);
    QCOMPARE(f.window->findChild<QTableView*>(QStringLiteral("callTable"))
                 ->horizontalHeader()
                 ->sectionSize(CallListModel::BatchColumn),
        77);

    // A damaged value leaves the default layout rather than a broken window.
    f.settings->setValue(QStringLiteral("window/splitter"), QByteArray("not a splitter state"));
    f.settings->setValue(QStringLiteral("window/geometry"), QByteArray("\x01\x02"));
    f.makeWindow();
    QVERIFY(f.window->isVisible());
    QCOMPARE(f.window->findChild<QSplitter*>(QStringLiteral("splitter"))->count(), 2);
}

void TestDesktopIntegration::notifiesWhenJobEndsInBackground()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        QSKIP("no session bus here; CTest runs this test again on a private one (tst_desktopintegration_dbus)");
    FakeNotifications service;
    QVERIFY(bus.registerObject(
        QStringLiteral("/org/freedesktop/Notifications"), &service, QDBusConnection::ExportAllSlots));
    QVERIFY2(
        bus.registerService(QStringLiteral("org.freedesktop.Notifications")), qPrintable(bus.lastError().message()));

    test::WindowFixture f;
    const QStringList ids = f.idsWithStatus("registered", 6);
    // Pastes IDs, confirms, and returns once the job has ended; the window is in front or not, as asked.
    const auto runJob = [&f](const QStringList& batch, bool inBackground) {
        QGuiApplication::clipboard()->setText(batch.join(QLatin1Char('\n')));
        QSignalSpy pasted(f.window.get(), &MainWindow::pasteFinished);
        f.window->findChild<QAction*>(QStringLiteral("actionPaste"))->trigger();
        QVERIFY(pasted.wait(10000));
        f.window->findChild<QAction*>(QStringLiteral("actionTerminate"))->trigger();
        ConfirmDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = f.window->findChild<ConfirmDialog*>()) && dialog->isVisible());
        QSignalSpy finished(f.window.get(), &MainWindow::jobFinished);
        QWidget elsewhere; // the operator's other window
        dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        if (inBackground) {
            elsewhere.show();
            elsewhere.activateWindow();
            QTRY_COMPARE(QApplication::activeWindow(), &elsewhere);
        } else {
            f.window->activateWindow();
            QTRY_COMPARE(QApplication::activeWindow(), f.window.get());
        }
        QVERIFY(finished.wait(30000));
    };

    // In front, the window itself shows the outcome: no notification.
    runJob(ids.mid(0, 2), false);
    QTest::qWait(300); // a notification would have arrived by now: it is a local D-Bus call
    QCOMPARE(service.summaries.size(), 0);

    // In the background, one notification with the outcome.
    runJob(ids.mid(2, 4), true);
    QTRY_COMPARE(service.summaries.size(), 1);
    QCOMPARE(service.summaries.first(), QStringLiteral("CallStop: job ended"));
    QVERIFY2(service.bodies.first().contains(QLatin1String("6 terminated")) /* the whole list: 2 from before, 4 now */,
        qPrintable(service.bodies.first()));
    bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
