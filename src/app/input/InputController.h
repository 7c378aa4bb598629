#pragma once

#include "calls/CallListModel.h"
#include "ids/IdExtractor.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QMenu;
class QSettings;
class QWidget;

namespace callstop {

class CsvImportDialog;

// What a paste yields: the IDs, and a warning when it was a table whose call-ID column had to be chosen.
struct PasteExtraction
{
    ExtractionResult result;
    QString warning;
};

// The way call IDs come in: a paste or dropped text (extracted on a worker thread), a text file, a CSV export
// through the import dialog, the recent files. Large results are added to the table in chunks so that the window
// stays responsive. It shows its own error messages; the window only wires it to actions.
class InputController final : public QObject
{
    Q_OBJECT

public:
    InputController(CallListModel* calls, QSettings* settings, QMenu* recentMenu, QWidget* dialogParent);
    ~InputController() override;

    bool isPasting() const { return m_pasteWatcher.isRunning(); }
    bool isAppending() const { return m_appendTimer.isActive(); }
    bool isBusy() const { return isPasting() || isAppending(); }
    // While a job runs, files are not opened (the list must not change under it); pastes still are.
    void setBlocked(bool blocked) { m_blocked = blocked; }

    void pasteFromClipboard();
    // Extracts IDs from text off the UI thread and appends them; pasteFinished() follows.
    void pasteText(const QString& text);
    // A CSV file opens the import dialog; any other text file is read like a paste. Binary files are refused.
    void openFile(const QString& path);
    // Several dropped files, one after the other.
    void openFiles(QStringList files);
    void importCsv(const QString& path);
    void chooseCsv();

signals:
    void statusMessage(const QString& text, int timeoutMs = 0);
    // Pasting or appending started or ended: actions depend on it.
    void busyChanged();
    void pasteFinished(const callstop::AppendSummary& summary);
    // After a CSV import's rows have all been added.
    void importFinished(const callstop::AppendSummary& summary);

private:
    void onPasteDone();
    void appendInChunks(ExtractionResult result, const QString& source);
    void appendNextChunk();
    void addRecentFile(const QString& path);
    void fillRecentMenu();
    void showWarning(const QString& title, const QString& text);

    CallListModel* m_calls;
    QSettings* m_settings; // may be null in tests
    QMenu* m_recentMenu;
    QWidget* m_parent;
    bool m_blocked = false;
    QFutureWatcher<PasteExtraction> m_pasteWatcher;
    QPointer<CsvImportDialog> m_importDialog;

    struct PendingAppend
    {
        ExtractionResult result;
        qsizetype next = 0;
        AppendSummary summary;
        QString source;
    };
    std::optional<PendingAppend> m_pending;
    QTimer m_appendTimer;
};

} // namespace callstop
