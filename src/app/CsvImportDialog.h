#pragma once

#include "CsvPreviewModel.h"
#include "csv/CsvImporter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

#include <atomic>
#include <memory>

class QSettings;

namespace Ui {
class CsvImportDialog;
}

namespace callstop {

// Shows how a CSV file will be read (encoding, separator, header, the call-ID column) with a preview, scans the
// whole file off the UI thread to count what it holds, and hands the result over on Import. When several columns
// hold UUIDs and no header settles it, the operator must pick the column: nothing is imported on a guess.
class CsvImportDialog final : public QDialog
{
    Q_OBJECT

public:
    CsvImportDialog(const QString& path, QSettings* settings, QWidget* parent = nullptr);
    ~CsvImportDialog() override;

    // Set when the file cannot be imported at all (unreadable, binary, an archive).
    QString planError() const { return m_plan.error; }
    const CsvPlan& plan() const { return m_plan; }
    bool isScanning() const { return m_scan.isRunning(); }
    // The full scan's result; complete once scanFinished() was emitted and the dialog accepted.
    CsvImportResult takeResult() { return std::move(m_result); }
    const CsvImportResult& result() const { return m_result; }
    QString path() const { return m_path; }

signals:
    void scanFinished();

private:
    void replan(bool fromWidgets);
    void fillWidgets();
    void columnChosen();
    void startScan();
    void onScanFinished();
    void updateProgress();
    void updateOk();
    QString overrideKey() const;
    void rememberOverrides();

    std::unique_ptr<Ui::CsvImportDialog> m_ui;
    QString m_path;
    QSettings* m_settings;
    qint64 m_size = 0;
    CsvPlan m_sniffed; // what the file says by itself
    CsvPlan m_plan; // with the operator's overrides
    CsvPreviewModel m_preview;
    QFutureWatcher<CsvImportResult> m_scan;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<qint64>> m_progress;
    QTimer m_progressTimer;
    CsvImportResult m_result;
    bool m_resultValid = false;
    bool m_filling = false;
};

} // namespace callstop
