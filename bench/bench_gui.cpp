// GUI benchmarks of the console, run offscreen by scripts/bench. Each mode prints one JSON object on stdout.
//   bench_gui import FILE.csv   import through the dialog: total time, longest event-loop stall, memory per row
//   bench_gui startup           process start to main window shown
//   bench_gui filter FILE.csv   with the rows of FILE imported: time for a filter keystroke to be answered
//   bench_gui find N            Find Calls over a sandbox of N calls (every status, pages of 1,000 without a pause):
//                               time until every call is in the list, longest event-loop stall, memory
//   bench_gui job IDS URL [--check]
//                               a job of the IDs in the file IDS (one a line) through the window, against the API at
//                               URL (the key in CALLSTOP_API_KEY), batches of 100, 4 in flight, with or without the
//                               per-call check: time from the confirmation to the end, longest event-loop stall,
//                               resident memory at the end and at its peak
#include "ConfirmDialog.h"
#include "CsvImportDialog.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "find/FindDialog.h"
#include "profiles/ProfileStore.h"
#include "secrets/CredentialStore.h"
#include "util/AppSettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>
#include <unistd.h>

using namespace callstop;

namespace {

qint64 statusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const int length = int(qstrlen(field));
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(length).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 rssKiB()
{
    return statusKiB("VmRSS:");
}

double processAgeMs()
{
    // Time since the process started, from the kernel's start time of this process.
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the file
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    return (up - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

// Runs the event loop until done() holds, as the application's own loop would: QTest::qWaitFor sleeps 10 ms between
// its turns, which would be measured as the console's time and stalls.
template<typename Done> bool waitUntil(Done done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer wake; // so that the deadline is seen while nothing else happens
    wake.start(100);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

// Longest time the event loop was kept from its turn while it runs: a precise timer every few milliseconds, and how
// late its ticks come. (A zero-interval timer would measure every turn, but keep the loop spinning, slowing what it
// measures.)
class StallMeter : public QObject
{
public:
    static constexpr int IntervalMs = 5;

    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(IntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_max = qMax(m_max, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    // The longest gap between two ticks beyond the interval itself.
    double maxMs() const { return qMax(0.0, double(m_max) / 1e6 - IntervalMs); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_max = 0;
};

struct Fixture
{
    QTemporaryDir dir;
    QSettings settings {dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat};
    ProfileStore profiles {&settings};
    MemoryCredentialStore credentials;
    QNetworkAccessManager network;
    std::unique_ptr<MainWindow> window;

    // prepare runs before the window is made (profiles, keys, settings); sandbox is the built-in one, if any.
    explicit Fixture(const std::function<void(Fixture&)>& prepare = {}, sandbox::SandboxServer* sandbox = nullptr)
    {
        if (prepare)
            prepare(*this);
        AppServices services;
        services.profiles = &profiles;
        services.credentials = &credentials;
        services.network = &network;
        services.settings = &settings;
        services.sandbox = sandbox;
        services.dataDirectory = dir.filePath(QStringLiteral("data"));
        window = std::make_unique<MainWindow>(services);
        window->resize(1000, 700);
        window->show();
        if (!QTest::qWaitFor([&] { return window->areKeysLoaded(); }, 10000))
            qFatal("the keys were never read");
    }

    // Imports a file through the dialog, pressing Import as soon as the scan allows it.
    bool import(const QString& path, double* elapsedMs)
    {
        QElapsedTimer clock;
        clock.start();
        bool done = false;
        QObject::connect(window.get(), &MainWindow::importFinished, window.get(), [&] { done = true; });
        window->importCsv(path);
        auto* dialog = window->findChild<CsvImportDialog*>();
        if (!dialog)
            return false;
        QObject::connect(dialog, &CsvImportDialog::scanFinished, dialog, [dialog] {
            QTimer::singleShot(
                0, dialog, [dialog] { dialog->findChild<QPushButton*>(QStringLiteral("importButton"))->click(); });
        });
        if (!waitUntil([&] { return done; }, 600000))
            return false;
        *elapsedMs = double(clock.nsecsElapsed()) / 1e6;
        return true;
    }
};

void print(const QJsonObject& o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString mode = args.value(0);

    if (mode == QLatin1String("startup")) {
        Fixture f;
        if (!QTest::qWaitForWindowExposed(f.window.get()))
            qFatal("the window was never shown");
        print({{QStringLiteral("startup_ms"), processAgeMs()}});
        return 0;
    }
    if (mode == QLatin1String("import") && args.size() == 2) {
        Fixture f;
        const qint64 before = rssKiB();
        StallMeter stalls;
        double ms = 0;
        if (!f.import(args.at(1), &ms))
            return 1;
        const double stall = stalls.maxMs();
        CallListModel* model = f.window->callModel();
        print({{QStringLiteral("rows"), model->rowCount()}, {QStringLiteral("import_ms"), ms},
            {QStringLiteral("max_stall_ms"), stall},
            {QStringLiteral("model_bytes_per_row"), qint64(model->memoryPerRow())},
            {QStringLiteral("rss_before_kib"), before}, {QStringLiteral("rss_after_kib"), rssKiB()}});
        return 0;
    }
    if (mode == QLatin1String("filter") && args.size() == 2) {
        Fixture f;
        double ms = 0;
        if (!f.import(args.at(1), &ms))
            return 1;
        auto* filter = f.window->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        auto* table = f.window->findChild<QTableView*>(QStringLiteral("callTable"));
        filter->setFocus();
        // Type a prefix that narrows the million rows, one keystroke at a time; each keystroke is answered when the
        // event loop has filtered and the view has repainted.
        const QString typed = QStringLiteral("abc");
        QList<double> latencies;
        for (QChar c : typed) {
            QElapsedTimer t;
            t.start();
            QTest::keyClick(filter, c.toLatin1());
            QCoreApplication::processEvents();
            table->viewport()->repaint();
            latencies.append(double(t.nsecsElapsed()) / 1e6);
        }
        double worst = 0;
        for (double l : latencies)
            worst = qMax(worst, l);
        print({{QStringLiteral("rows"), f.window->callModel()->rowCount()},
            {QStringLiteral("filter_keystroke_ms"), worst}, {QStringLiteral("rss_kib"), rssKiB()}});
        return 0;
    }
    if (mode == QLatin1String("find") && args.size() == 2) {
        sandbox::SandboxOptions options;
        options.calls = args.at(1).toInt();
        options.historyTotalManyAbove = -1;
        sandbox::SandboxServer server(options);
        if (!server.start())
            qFatal("the sandbox did not start");
        Fixture f(
            [&](Fixture& fixture) { fixture.profiles.setSandboxUrl(QUrl(QString::fromStdString(server.baseUrl()))); },
            &server);
        MainWindow& window = *f.window;
        window.openFindCalls();
        auto* find = window.findChild<FindDialog*>();
        if (!find)
            qFatal("Find Calls did not open");
        LookupReader::Options read;
        read.pageSize = qEnvironmentVariableIntValue("BENCH_PAGE") > 0 ? qEnvironmentVariableIntValue("BENCH_PAGE")
                                                                       : LookupReader::MaxHistoryPageSize;
        read.minIntervalMs = 0;
        find->setReadOptions(read);
        find->findChild<QDateTimeEdit*>(QStringLiteral("fromEdit"))
            ->setDateTime(QDateTime::currentDateTime().addDays(-8));
        for (QCheckBox* box : find->findChildren<QCheckBox*>())
            box->setChecked(true);
        const qint64 before = rssKiB();
        bool done = false;
        LookupResult result;
        QObject::connect(find, &FindDialog::readingFinished, find, [&](const LookupResult& r) {
            result = r;
            done = true;
        });
        StallMeter stalls;
        QElapsedTimer clock;
        clock.start();
        if (!find->find() || !waitUntil([&] { return done; }, 600000) || !result.ok())
            qFatal("the reading failed: %s", qPrintable(result.message));
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        print({{QStringLiteral("rows"), window.callModel()->rowCount()}, {QStringLiteral("find_ms"), ms},
            {QStringLiteral("pages"), result.pages}, {QStringLiteral("max_stall_ms"), stalls.maxMs()},
            {QStringLiteral("rss_before_kib"), before}, {QStringLiteral("rss_after_kib"), rssKiB()}});
        return 0;
    }
    if (mode == QLatin1String("job") && args.size() >= 3) {
        const bool check = args.contains(QLatin1String("--check"));
        QString profileId;
        Fixture f([&](Fixture& fixture) {
            fixture.settings.setValue(AppSettings::jobSizeLimitKey(), 100000000); // no second question: measured alone
            QString error;
            profileId = fixture.profiles.addProfile(QStringLiteral("Bench"), QUrl(args.at(2)), &error);
            if (profileId.isEmpty())
                qFatal("the profile was refused: %s", qPrintable(error));
            bool written = false;
            fixture.credentials.writeKey(
                profileId, qEnvironmentVariable("CALLSTOP_API_KEY"), [&](const CredentialResult&) { written = true; });
            if (!QTest::qWaitFor([&] { return written; }, 10000))
                qFatal("the key was not kept");
        });
        MainWindow& window = *f.window;
        window.setCurrentProfile(profileId);
        QFile ids(args.at(1));
        if (!ids.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(args.at(1)));
        bool pasted = false;
        QObject::connect(&window, &MainWindow::pasteFinished, &window, [&] { pasted = true; });
        window.pasteText(QString::fromLatin1(ids.readAll()));
        if (!waitUntil([&] { return pasted; }, 600000))
            qFatal("the paste did not finish");
        const int rows = window.callModel()->count(RowState::Ready);
        window.findChild<QPushButton*>(QStringLiteral("terminateButton"))->click();
        ConfirmDialog* confirm = nullptr;
        if (!QTest::qWaitFor([&] { return (confirm = window.findChild<ConfirmDialog*>()) && confirm->isVisible(); }))
            qFatal("the confirmation did not open");
        confirm->findChild<QCheckBox*>(QStringLiteral("checkCallsBox"))->setChecked(check);
        confirm->findChild<QLineEdit*>(QStringLiteral("typeEdit"))->setText(QString::number(rows));
        const qint64 before = rssKiB();
        bool finished = false;
        JobSummary summary;
        QObject::connect(&window, &MainWindow::jobFinished, &window, [&](const JobSummary& s) {
            summary = s;
            finished = true;
        });
        StallMeter stalls;
        QElapsedTimer clock;
        clock.start();
        confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        if (!waitUntil([&] { return finished; }, 3600000))
            qFatal("the job did not finish");
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        print({{QStringLiteral("rows"), rows}, {QStringLiteral("check"), check}, {QStringLiteral("job_ms"), ms},
            {QStringLiteral("batches"), summary.batches}, {QStringLiteral("accepted"), summary.accepted},
            {QStringLiteral("calls_checked"), summary.callsChecked}, {QStringLiteral("max_stall_ms"), stalls.maxMs()},
            {QStringLiteral("rss_before_kib"), before}, {QStringLiteral("rss_after_kib"), rssKiB()},
            {QStringLiteral("rss_peak_kib"), statusKiB("VmHWM:")}});
        return summary.ending == JobSummary::Ending::Completed ? 0 : 1;
    }
    std::fprintf(
        stderr, "usage: bench_gui import FILE.csv | startup | filter FILE.csv | find N | job IDS URL [--check]\n");
    return 2;
}
