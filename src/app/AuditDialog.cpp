#include "AuditDialog.h"

#include "ui_AuditDialog.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>

#include <algorithm>

namespace callstop {

void AuditRecordModel::setRecords(QList<AuditRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int AuditRecordModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditRecordModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 9;
}

QVariant AuditRecordModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const AuditRecord& r = m_records.at(index.row());
    switch (index.column()) {
    case 0:
        return r.time.toLocalTime().toString(Qt::ISODate);
    case 1:
        return QStringLiteral("%1@%2").arg(r.user, r.host);
    case 2:
        return QStringLiteral("%1 (%2)").arg(r.profile, r.baseUrlHost);
    case 3:
        return r.batch + 1;
    case 4:
        return r.attempt;
    case 5:
        return role == Qt::ToolTipRole ? r.ids.join(QLatin1Char('\n')) : QVariant(int(r.ids.size()));
    case 6:
        return r.httpStatus > 0 ? QVariant(r.httpStatus) : QVariant();
    case 7:
        return r.outcome;
    case 8:
        return r.message;
    }
    return {};
}

QVariant AuditRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char* const names[]
        = {QT_TR_NOOP("Time"), QT_TR_NOOP("Who"), QT_TR_NOOP("Profile"), QT_TR_NOOP("Batch"), QT_TR_NOOP("Attempt"),
            QT_TR_NOOP("IDs"), QT_TR_NOOP("HTTP"), QT_TR_NOOP("Outcome"), QT_TR_NOOP("Message")};
    return section >= 0 && section < 9 ? tr(names[section]) : QVariant();
}

AuditDialog::AuditDialog(const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditDialog>())
    , m_model(this)
{
    m_ui->setupUi(this);
    m_ui->recordTable->setModel(&m_model);
    // Every column as wide as what it shows; the message, last, takes the rest.
    QHeaderView* header = m_ui->recordTable->horizontalHeader();
    header->setResizeContentsPrecision(200);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_ui->recordTable->setWordWrap(false);
    QString error;
    m_all = AuditLog::read(path, &error);
    std::reverse(m_all.begin(), m_all.end());
    if (!error.isEmpty())
        m_ui->countLabel->setText(error);
    m_ui->outcomeFilter->addItem(tr("All outcomes"), QString());
    for (const char* key : {"accepted", "nothing_terminable", "failed", "unknown", "unauthorized", "retry"})
        m_ui->outcomeFilter->addItem(QString::fromLatin1(key), QString::fromLatin1(key));
    QDate first = QDate::currentDate();
    for (const AuditRecord& r : std::as_const(m_all))
        first = std::min(first, r.time.toLocalTime().date());
    m_ui->fromDate->setDate(first);
    m_ui->toDate->setDate(QDate::currentDate());
    connect(m_ui->idFilter, &QLineEdit::textChanged, this, &AuditDialog::applyFilter);
    connect(m_ui->outcomeFilter, &QComboBox::currentIndexChanged, this, &AuditDialog::applyFilter);
    connect(m_ui->fromDate, &QDateEdit::dateChanged, this, &AuditDialog::applyFilter);
    connect(m_ui->toDate, &QDateEdit::dateChanged, this, &AuditDialog::applyFilter);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(
            this, tr("Export Audit Records"), QStringLiteral("callstop-audit.csv"), tr("CSV files (*.csv)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
            QString error;
            if (!exportTo(file, &error))
                QMessageBox::warning(this, tr("Export Failed"), error);
        });
        dialog->open();
    });
    applyFilter();
}

AuditDialog::~AuditDialog() = default;

void AuditDialog::applyFilter()
{
    const QString id = m_ui->idFilter->text().trimmed().toLower();
    const QString outcome = m_ui->outcomeFilter->currentData().toString();
    const QDate from = m_ui->fromDate->date();
    const QDate to = m_ui->toDate->date();
    QList<AuditRecord> shown;
    for (const AuditRecord& r : std::as_const(m_all)) {
        const QDate day = r.time.toLocalTime().date();
        if (day < from || day > to)
            continue;
        if (!outcome.isEmpty() && r.outcome != outcome)
            continue;
        if (!id.isEmpty()
            && std::none_of(r.ids.cbegin(), r.ids.cend(), [&](const QString& x) { return x.contains(id); }))
            continue;
        shown.append(r);
    }
    m_model.setRecords(shown);
    m_ui->countLabel->setText(tr("%1 of %2 records").arg(shown.size()).arg(m_all.size()));
}

bool AuditDialog::exportTo(const QString& path, QString* error) const
{
    return AuditLog::exportCsv(m_model.records(), path, error);
}

} // namespace callstop
