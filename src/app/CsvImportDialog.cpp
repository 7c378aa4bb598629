#include "CsvImportDialog.h"

#include "ui_CsvImportDialog.h"

#include "util/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace callstop {

namespace {

constexpr char separators[] = {',', ';', '\t', '|'};

QString separatorLabel(char c)
{
    switch (c) {
    case ',':
        return CsvImportDialog::tr("Comma ,");
    case ';':
        return CsvImportDialog::tr("Semicolon ;");
    case '\t':
        return CsvImportDialog::tr("Tab");
    case '|':
        return CsvImportDialog::tr("Pipe |");
    default:
        return QString(QLatin1Char(c));
    }
}

CsvImportResult scanFile(const QString& path, const CsvDialect& dialect, int column,
    const std::shared_ptr<std::atomic<bool>>& cancel, const std::shared_ptr<std::atomic<qint64>>& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvImportResult failed;
        failed.status = CsvReader::Status::Error;
        failed.error = file.errorString();
        return failed;
    }
    return CsvImporter::run(&file, dialect, column, cancel.get(), [progress](qint64 bytes) { progress->store(bytes); });
}

} // namespace

CsvImportDialog::CsvImportDialog(const QString& path, QSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CsvImportDialog>())
    , m_path(path)
    , m_settings(settings)
    , m_preview(this)
{
    m_ui->setupUi(this);
    m_ui->previewTable->setModel(&m_preview);
    m_ui->previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->previewTable->setAccessibleDescription(tr("The first rows of the file; the call-ID column is highlighted "
                                                    "and cells that are not call IDs are marked with a cross"));
    for (const QString& name : CsvDialect::encodingNames())
        m_ui->encodingCombo->addItem(name);
    for (char c : separators)
        m_ui->separatorCombo->addItem(separatorLabel(c), int(c));
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Import"));
    ok->setObjectName(QStringLiteral("importButton"));
    ok->setAccessibleDescription(tr("Adds the call IDs of the chosen column to the list"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        rememberOverrides();
        accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    connect(m_ui->encodingCombo, &QComboBox::currentIndexChanged, this, [this] { replan(true); });
    connect(m_ui->separatorCombo, &QComboBox::currentIndexChanged, this, [this] { replan(true); });
    connect(m_ui->headerCheck, &QCheckBox::toggled, this, [this] { replan(true); });
    connect(m_ui->columnCombo, &QComboBox::currentIndexChanged, this, &CsvImportDialog::columnChosen);
    connect(&m_scan, &QFutureWatcher<CsvImportResult>::finished, this, &CsvImportDialog::onScanFinished);
    connect(&m_progressTimer, &QTimer::timeout, this, &CsvImportDialog::updateProgress);
    m_progressTimer.setInterval(100);

    m_size = QFileInfo(path).size();
    m_ui->fileLabel->setText(
        tr("<b>%1</b> (%2)").arg(QFileInfo(path).fileName().toHtmlEscaped(), QLocale().formattedDataSize(m_size)));
    m_ui->fileLabel->setToolTip(path);
    replan(false);
}

CsvImportDialog::~CsvImportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_scan.waitForFinished();
}

QString CsvImportDialog::overrideKey() const
{
    // Corrections are remembered per kind of file: the same export source sniffs the same way every time.
    return QStringLiteral("csvImport/overrides/%1_%2_%3")
        .arg(CsvDialect::encodingName(m_sniffed.dialect.encoding))
        .arg(int(m_sniffed.dialect.separator))
        .arg(m_sniffed.dialect.hasHeader ? 1 : 0);
}

void CsvImportDialog::rememberOverrides()
{
    if (!m_settings)
        return;
    const CsvDialect& a = m_sniffed.dialect;
    const CsvDialect& b = m_plan.dialect;
    if (a.encoding == b.encoding && a.separator == b.separator && a.hasHeader == b.hasHeader) {
        m_settings->remove(overrideKey());
        return;
    }
    m_settings->setValue(overrideKey() + QStringLiteral("/encoding"), CsvDialect::encodingName(b.encoding));
    m_settings->setValue(overrideKey() + QStringLiteral("/separator"), int(b.separator));
    m_settings->setValue(overrideKey() + QStringLiteral("/header"), b.hasHeader);
}

void CsvImportDialog::replan(bool fromWidgets)
{
    if (m_filling)
        return;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_plan.error = tr("cannot read %1: %2").arg(m_path, file.errorString());
        return;
    }
    CsvImportOptions options;
    if (!fromWidgets) {
        m_sniffed = CsvImporter::plan(&file, options);
        if (!m_sniffed.ok()) {
            m_plan = m_sniffed;
            return;
        }
        if (m_settings && m_settings->contains(overrideKey() + QStringLiteral("/separator"))) {
            CsvDialect::Encoding encoding = CsvDialect::Encoding::Utf8;
            if (CsvDialect::encodingFromName(
                    m_settings->value(overrideKey() + QStringLiteral("/encoding")).toString(), &encoding))
                options.encoding = encoding;
            options.separator = char(m_settings->value(overrideKey() + QStringLiteral("/separator")).toInt());
            options.hasHeader = m_settings->value(overrideKey() + QStringLiteral("/header")).toBool();
        }
    } else {
        CsvDialect::Encoding encoding = CsvDialect::Encoding::Utf8;
        if (CsvDialect::encodingFromName(m_ui->encodingCombo->currentText(), &encoding))
            options.encoding = encoding;
        options.separator = char(m_ui->separatorCombo->currentData().toInt());
        options.hasHeader = m_ui->headerCheck->isChecked();
    }
    m_plan = (options.encoding || options.separator) ? CsvImporter::plan(&file, options) : m_sniffed;
    fillWidgets();
    startScan();
}

void CsvImportDialog::fillWidgets()
{
    m_filling = true;
    const CsvDialect& d = m_plan.dialect;
    m_ui->encodingCombo->setCurrentText(CsvDialect::encodingName(d.encoding));
    const int sepIndex = m_ui->separatorCombo->findData(int(d.separator));
    if (sepIndex < 0)
        m_ui->separatorCombo->addItem(separatorLabel(d.separator), int(d.separator));
    m_ui->separatorCombo->setCurrentIndex(m_ui->separatorCombo->findData(int(d.separator)));
    m_ui->headerCheck->setChecked(d.hasHeader);
    m_preview.setContent(d, m_plan.header, m_plan.preview);

    m_ui->columnCombo->clear();
    if (!m_plan.choice.isSettled())
        m_ui->columnCombo->addItem(tr("Choose the column…"), -1);
    for (int c = 0; c < m_plan.choice.names.size(); ++c) {
        m_ui->columnCombo->addItem(
            tr("%1 (%2% call IDs)").arg(m_plan.choice.names.at(c)).arg(qRound(m_plan.choice.shares.value(c) * 100)), c);
    }
    const int chosen = m_ui->columnCombo->findData(m_plan.choice.column);
    m_ui->columnCombo->setCurrentIndex(qMax(0, chosen));
    m_preview.setIdColumn(m_plan.choice.column);
    QString why = m_plan.choice.explanation();
    if (m_plan.choice.reason == ColumnChoice::Reason::Ambiguous)
        why = tr("Several columns hold UUIDs and no header names the call IDs. Choose the column: an agent or list "
                 "column would stop the wrong calls, or none.");
    m_ui->choiceLabel->setText(why);
    m_filling = false;
}

void CsvImportDialog::columnChosen()
{
    if (m_filling)
        return;
    const int column = m_ui->columnCombo->currentData().toInt();
    if (column == m_plan.choice.column)
        return;
    m_plan.choice.column = column;
    m_preview.setIdColumn(column);
    if (column >= 0)
        m_ui->choiceLabel->setText(tr("%1, as chosen").arg(m_plan.choice.names.value(column)));
    startScan();
}

void CsvImportDialog::startScan()
{
    if (m_cancel)
        m_cancel->store(true);
    m_resultValid = false;
    m_result = {};
    updateOk();
    if (!m_plan.ok() || m_plan.choice.column < 0) {
        m_ui->scanProgress->hide();
        m_ui->countsLabel->setText(
            m_plan.ok() ? tr("Choose the call-ID column to count what the file holds.") : m_plan.error);
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress = std::make_shared<std::atomic<qint64>>(0);
    m_ui->scanProgress->show();
    m_ui->scanProgress->setRange(0, 1000);
    m_ui->scanProgress->setValue(0);
    m_ui->countsLabel->setText(tr("Reading the whole file…"));
    qCInfo(lcInput) << "scanning" << m_path << m_plan.describe() << "column" << m_plan.choice.column;
    m_scan.setFuture(QtConcurrent::run(scanFile, m_path, m_plan.dialect, m_plan.choice.column, m_cancel, m_progress));
    m_progressTimer.start();
}

void CsvImportDialog::updateProgress()
{
    if (m_progress && m_size > 0)
        m_ui->scanProgress->setValue(int(qMin<qint64>(1000, m_progress->load() * 1000 / m_size)));
}

void CsvImportDialog::onScanFinished()
{
    m_progressTimer.stop();
    // A scan whose settings changed since it started (or that was cancelled) says nothing about the current ones.
    if (!m_cancel || m_cancel->load())
        return;
    CsvImportResult result = m_scan.result();
    if (result.status == CsvReader::Status::Cancelled)
        return;
    m_ui->scanProgress->setValue(1000);
    m_ui->scanProgress->hide();
    if (!result.ok()) {
        m_ui->countsLabel->setText(tr("The file cannot be read: %1").arg(result.error));
        emit scanFinished();
        return;
    }
    const QLocale locale;
    QString text = tr("%1 call IDs, %2 duplicates, %3 not valid, %4 empty, in %5 rows.")
                       .arg(locale.toString(qlonglong(result.extraction.ids.size())),
                           locale.toString(result.duplicateCount), locale.toString(result.invalidCount),
                           locale.toString(result.emptyCells), locale.toString(result.rows));
    if (!result.extraction.nearMisses.isEmpty()) {
        const NearMiss& first = result.extraction.nearMisses.constFirst();
        text += QLatin1Char(' ')
            + tr("First not valid: line %1, \"%2\" (%3).").arg(first.line).arg(first.text, first.reason);
    }
    m_ui->countsLabel->setText(text);
    m_result = std::move(result);
    m_resultValid = true;
    updateOk();
    emit scanFinished();
}

void CsvImportDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(m_resultValid && (m_result.extraction.ids.size() + m_result.invalidCount) > 0);
}

} // namespace callstop
