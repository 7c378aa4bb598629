#include "InputController.h"

#include "CsvImportDialog.h"
#include "csv/PastedTable.h"
#include "util/TextDecoding.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace callstop {

namespace {

PasteExtraction extractText(const QString& text)
{
    PasteExtraction out;
    IdExtractor extractor;
    // A table with an agent or list column of UUIDs as well: only its call-ID column, chosen as a CSV import does.
    const PastedTableColumn table = PastedTable::analyse(text);
    if (table.severalIdColumns) {
        out.warning = table.warning();
        extractor.addText(table.columnText);
    } else {
        extractor.addText(text);
    }
    out.result = extractor.takeResult();
    return out;
}

} // namespace

InputController::InputController(CallListModel* calls, QSettings* settings, QMenu* recentMenu, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_calls(calls)
    , m_settings(settings)
    , m_recentMenu(recentMenu)
    , m_parent(dialogParent)
{
    connect(&m_pasteWatcher, &QFutureWatcher<PasteExtraction>::finished, this, &InputController::onPasteDone);
    m_appendTimer.setInterval(0);
    connect(&m_appendTimer, &QTimer::timeout, this, &InputController::appendNextChunk);
    fillRecentMenu();
}

InputController::~InputController()
{
    m_pasteWatcher.waitForFinished();
}

void InputController::openFiles(QStringList files)
{
    if (files.isEmpty())
        return;
    // One file at a time: the next waits until the import dialog of the previous one has closed.
    openFile(files.takeFirst());
    for (const QString& f : std::as_const(files))
        QTimer::singleShot(0, this, [this, f] {
            if (m_importDialog)
                connect(m_importDialog, &QDialog::finished, this, [this, f] { openFile(f); });
            else
                openFile(f);
        });
}

void InputController::pasteFromClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    // A scan rather than trimmed(): a paste may be hundreds of megabytes, and this runs on the GUI thread.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); })) {
        emit statusMessage(tr("The clipboard holds no text."), 5000);
        return;
    }
    pasteText(text);
}

void InputController::pasteText(const QString& text)
{
    if (m_pasteWatcher.isRunning())
        return;
    emit statusMessage(tr("Looking for call IDs…"));
    m_pasteWatcher.setFuture(QtConcurrent::run(extractText, text));
    emit busyChanged();
}

void InputController::onPasteDone()
{
    PasteExtraction pasted = m_pasteWatcher.result();
    if (!pasted.warning.isEmpty()) {
        auto* box
            = new QMessageBox(QMessageBox::Warning, tr("Pasted Table"), pasted.warning, QMessageBox::Ok, m_parent);
        box->setObjectName(QStringLiteral("pastedTableWarning"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    appendInChunks(std::move(pasted.result), {});
}

void InputController::chooseCsv()
{
    const QString dir = m_settings ? m_settings->value(QStringLiteral("lastImportDir")).toString() : QString();
    auto* dialog = new QFileDialog(
        m_parent, tr("Import CSV"), dir, tr("CSV and text exports (*.csv *.tsv *.txt *.tab);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (m_settings)
            m_settings->setValue(QStringLiteral("lastImportDir"), QFileInfo(path).absolutePath());
        openFile(path);
    });
    dialog->open();
}

void InputController::openFile(const QString& path)
{
    if (m_blocked || m_appendTimer.isActive() || m_importDialog)
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showWarning(tr("Cannot Open File"), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    const QString binary = TextDecoding::binaryReason(file.peek(64 * 1024));
    const bool utf16 = file.peek(2).startsWith("\xff\xfe") || file.peek(2).startsWith("\xfe\xff");
    if (!binary.isEmpty() && !utf16) {
        showWarning(tr("Cannot Import File"), tr("%1 cannot be imported: %2.").arg(QFileInfo(path).fileName(), binary));
        return;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("tab")) {
        file.close();
        importCsv(path);
        return;
    }
    const DecodedText text = TextDecoding::read(&file, path);
    if (!text.ok()) {
        showWarning(tr("Cannot Import File"), tr("%1 cannot be imported: %2.").arg(path, text.error));
        return;
    }
    addRecentFile(path);
    pasteText(text.text);
}

void InputController::importCsv(const QString& path)
{
    if (m_blocked || m_appendTimer.isActive() || m_importDialog)
        return;
    auto* dialog = new CsvImportDialog(path, m_settings, m_parent);
    if (!dialog->planError().isEmpty()) {
        showWarning(tr("Cannot Import File"),
            tr("%1 cannot be imported: %2.").arg(QFileInfo(path).fileName(), dialog->planError()));
        delete dialog;
        return;
    }
    m_importDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        addRecentFile(dialog->path());
        appendInChunks(dialog->takeResult().extraction, QFileInfo(dialog->path()).fileName());
    });
    dialog->open();
}

void InputController::appendInChunks(ExtractionResult result, const QString& source)
{
    m_calls->reserve(std::size_t(result.ids.size() + result.duplicates.size() + result.nearMisses.size()));
    m_pending = PendingAppend {std::move(result), 0, {}, source};
    emit statusMessage(source.isEmpty() ? tr("Adding the rows…") : tr("Adding the rows of %1…").arg(source));
    m_appendTimer.start();
    emit busyChanged();
}

void InputController::appendNextChunk()
{
    // Small enough that one step stays far below a frame's worth of work on a slow machine.
    constexpr qsizetype Chunk = 20000;
    if (!m_pending) {
        m_appendTimer.stop();
        return;
    }
    PendingAppend& p = *m_pending;
    ExtractionResult part;
    const qsizetype ids = p.result.ids.size();
    if (p.next < ids) {
        part.ids = p.result.ids.mid(p.next, Chunk);
        p.next += part.ids.size();
    } else {
        // Duplicates and invalid cells last, in one go (their number is bounded).
        part.duplicates = std::move(p.result.duplicates);
        part.nearMisses = std::move(p.result.nearMisses);
        p.next = ids + 1;
    }
    const AppendSummary s = m_calls->appendExtraction(part);
    p.summary.added += s.added;
    p.summary.duplicates += s.duplicates;
    p.summary.invalid += s.invalid;
    p.summary.invalidRepeats += s.invalidRepeats;
    if (p.next <= ids)
        return;
    m_appendTimer.stop();
    m_calls->squeeze();
    const AppendSummary summary = p.summary;
    const QString source = p.source;
    m_pending.reset();
    QString message = tr("%n added", nullptr, summary.added) + tr(", %n duplicate(s)", nullptr, summary.duplicates)
        + tr(", %n not valid", nullptr, summary.invalid);
    if (summary.invalidRepeats > 0)
        message += tr(", %n not valid and already in the list", nullptr, summary.invalidRepeats);
    if (summary.added + summary.duplicates + summary.invalid + summary.invalidRepeats == 0)
        message = tr("No call ID found.");
    else if (summary.duplicates + summary.invalid > 0)
        message += tr(" (see the Detail column of Duplicate and Invalid rows)");
    emit statusMessage(source.isEmpty() ? message : tr("%1: %2").arg(source, message));
    emit busyChanged();
    if (source.isEmpty())
        emit pasteFinished(summary);
    else
        emit importFinished(summary);
}

void InputController::addRecentFile(const QString& path)
{
    if (!m_settings)
        return;
    QStringList recent = m_settings->value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    m_settings->setValue(QStringLiteral("recentFiles"), recent.mid(0, 8));
    fillRecentMenu();
}

void InputController::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent
        = m_settings ? m_settings->value(QStringLiteral("recentFiles")).toStringList() : QStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString& path = recent.at(i);
        QAction* action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()),
            this, [this, path] { openFile(path); });
        action->setToolTip(path);
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    else
        m_recentMenu->addAction(tr("Clear the List"), this, [this] {
            m_settings->remove(QStringLiteral("recentFiles"));
            fillRecentMenu();
        });
}

void InputController::showWarning(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace callstop
