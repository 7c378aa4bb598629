// Takes the screenshots of the README and the AppStream file: the console against its built-in sandbox, in a
// light and a dark palette. Run by scripts/screenshots under Xvfb.
// Usage: callstop-screenshots OUTDIR [CSV-SAMPLE]
#include "AppServices.h"
#include "ConfirmDialog.h"
#include "CsvImportDialog.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "find/FindDialog.h"
#include "lookup/ScopeListModel.h"
#include "profiles/ProfileStore.h"
#include "scope/ScopeTerminateDialog.h"
#include "secrets/CredentialStore.h"
#include "util/Translations.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace callstop;

namespace {

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

void settle(int ms = 300)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget* widget, const QString& path)
{
    settle();
    const bool ok = widget->grab().save(path, "PNG");
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

// One session: a window on a fresh sandbox, IDs pasted, a job confirmed and finished.
bool session(const QString& outDir, const QString& suffix, const QString& csv, bool all)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    MemoryCredentialStore credentials;
    sandbox::SandboxOptions options;
    options.calls = 2000;
    options.seed = 7;
    options.latencyMs = 40;
    sandbox::SandboxServer server(options);
    if (!server.start())
        return false;
    profiles.setSandboxUrl(QUrl(QString::fromStdString(server.baseUrl())));
    QNetworkAccessManager network;
    AppServices services;
    services.profiles = &profiles;
    services.credentials = &credentials;
    services.sandbox = &server;
    services.network = &network;
    services.settings = &settings;
    services.dataDirectory = dir.filePath(QStringLiteral("data"));
    MainWindow window(services);
    window.resize(1100, 700);
    window.show();
    settle(500);

    QStringList ids;
    for (const auto& call : server.calls()) {
        if (ids.size() < 640)
            ids.append(QString::fromStdString(call.id));
    }
    ids.insert(3, ids.at(1)); // a duplicate, as pasted lists have
    ids.insert(9, QStringLiteral("3f2b8c1e-4a5d-4e6f-9a0b-1c2d3e4f5a6")); // a cut ID
    window.pasteText(QStringLiteral("Calls to stop:\n") + ids.join(QLatin1Char('\n')));
    if (!waitFor([&] { return !window.isPasting() && !window.isAppending() && window.callModel()->rowCount() > 0; }))
        return false;
    window.requestTermination();
    ConfirmDialog* confirm = nullptr;
    if (!waitFor([&] { return (confirm = window.findChild<ConfirmDialog*>()) && confirm->isVisible(); }))
        return false;
    bool ok = true;
    if (all)
        ok &= save(confirm, outDir + QStringLiteral("/callstop-confirm%1.png").arg(suffix));
    if (auto* edit = confirm->findChild<QLineEdit*>(QStringLiteral("typeEdit")); edit && edit->isVisible())
        edit->setText(QString::number(window.callModel()->count(RowState::Ready)));
    bool finished = false;
    QObject::connect(&window, &MainWindow::jobFinished, [&finished] { finished = true; });
    confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
    if (!waitFor([&] { return finished; }, 120000))
        return false;
    ok &= save(&window, outDir + QStringLiteral("/callstop-main%1.png").arg(suffix));

    if (all && !csv.isEmpty()) {
        window.importCsv(csv);
        CsvImportDialog* import = nullptr;
        if (!waitFor([&] { return (import = window.findChild<CsvImportDialog*>()) && import->isVisible(); }))
            return false;
        ok &= save(import, outDir + QStringLiteral("/callstop-import%1.png").arg(suffix));
        import->reject();
    }
    if (all) {
        // Find Calls: the week's calls that can still be stopped, read into the list.
        window.openFindCalls();
        FindDialog* find = nullptr;
        if (!waitFor([&] { return (find = window.findChild<FindDialog*>()) && find->isVisible(); }))
            return false;
        find->findChild<QDateTimeEdit*>(QStringLiteral("fromEdit"))
            ->setDateTime(QDateTime::currentDateTime().addDays(-7));
        bool read = false;
        QObject::connect(find, &FindDialog::readingFinished, [&read] { read = true; });
        // Wait for the pickers, then find.
        settle(1500);
        find->find();
        if (!waitFor([&] { return read; }, 120000))
            return false;
        ok &= save(find, outDir + QStringLiteral("/callstop-find.png"));
        find->close();
        settle(200);
        // Stop by campaign: the workspace's campaigns with their counts, one chosen.
        window.openScopeTermination();
        ScopeTerminateDialog* scope = nullptr;
        if (!waitFor([&] { return (scope = window.findChild<ScopeTerminateDialog*>()) && scope->isVisible(); }))
            return false;
        scope->setPage(ScopeTerminateDialog::Page::Campaign);
        if (!waitFor([&] { return !scope->isLoadingLists() && scope->campaigns()->rowCount() > 0; }))
            return false;
        auto* table = scope->findChild<QTableView*>(QStringLiteral("campaignTable"));
        table->selectRow(1);
        table->resizeColumnsToContents();
        settle(200);
        ok &= save(scope, outDir + QStringLiteral("/callstop-scope.png"));
        scope->close();
    }
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CallStop"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    installTranslations(&app, QStringLiteral("en"));
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: callstop-screenshots OUTDIR [CSV-SAMPLE]\n");
        return 2;
    }
    const QString out = args.at(1);
    const QString csv = args.value(2);
    bool ok = session(out, QString(), csv, true);
    QApplication::setPalette(darkPalette());
    ok &= session(out, QStringLiteral("-dark"), csv, false);
    return ok ? 0 : 1;
}
