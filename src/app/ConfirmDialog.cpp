#include "ConfirmDialog.h"

#include "ui_ConfirmDialog.h"

#include <QPushButton>

namespace callstop {

ConfirmDialog::ConfirmDialog(
    const Profile& profile, int count, int batches, const QStringList& sampleIds, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfirmDialog>())
    , m_count(count)
{
    m_ui->setupUi(this);
    m_ui->profileLabel->setText(tr("Profile: %1 (%2)").arg(profile.name, profile.baseUrl.host()));
    m_ui->profileLabel->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; }").arg(profile.colour));
    m_ui->summaryLabel->setText(tr("Terminate %n call(s)", nullptr, count)
        + tr(" in %n batch(es) of at most 100.", nullptr, batches)
        + (profile.isSandbox() ? tr(" This is the sandbox: no real call is affected.")
                               : tr(" These are real calls of your workspace.")));
    QStringList lines = sampleIds;
    if (count > sampleIds.size())
        lines.append(tr("… and %n more", nullptr, count - int(sampleIds.size())));
    m_ui->sampleIds->setPlainText(lines.join(QLatin1Char('\n')));
    m_ui->sampleIds->setAccessibleDescription(tr("The first call IDs that will be sent"));

    const bool typed = needsTypedCount();
    m_ui->typeLabel->setVisible(typed);
    m_ui->typeEdit->setVisible(typed);
    m_ui->typeLabel->setText(tr("Type the number of calls (%1) to confirm:").arg(count));
    m_ui->typeEdit->setAccessibleDescription(tr("Type %1 to enable the Terminate button").arg(count));
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Terminate %n call(s)", nullptr, count));
    ok->setObjectName(QStringLiteral("confirmButton"));
    ok->setAccessibleDescription(tr("Sends the calls to the server to be terminated; this cannot be undone"));
    // The safe choice is the default one.
    ok->setAutoDefault(false);
    ok->setDefault(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(!typed);
    connect(m_ui->typeEdit, &QLineEdit::textChanged, this, &ConfirmDialog::updateOk);
    // Typing the count is the deliberate act; Enter after it confirms, Enter before it does nothing.
    connect(m_ui->typeEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (typed)
        m_ui->typeEdit->setFocus();
    else
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setFocus();
    updateOk();
}

ConfirmDialog::~ConfirmDialog() = default;

bool ConfirmDialog::checkCalls() const
{
    return m_ui->checkCallsBox->isChecked();
}

void ConfirmDialog::updateOk()
{
    const bool ok = !needsTypedCount() || m_ui->typeEdit->text().trimmed() == QString::number(m_count);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace callstop
