#include "ConfirmDialog.h"

#include "ui_ConfirmDialog.h"

#include <QKeyEvent>
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
    // Enter presses the focused button, whichever it is: the confirm button once the operator has moved to it, the
    // Cancel button (which has the focus when the dialog opens) otherwise. Elsewhere see keyPressEvent.
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    ok->setAutoDefault(true);
    cancel->setAutoDefault(true);
    cancel->setDefault(!typed);
    connect(m_ui->typeEdit, &QLineEdit::textChanged, this, &ConfirmDialog::updateOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (typed)
        m_ui->typeEdit->setFocus();
    else
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setFocus();
    updateOk();
}

ConfirmDialog::~ConfirmDialog() = default;

void ConfirmDialog::keyPressEvent(QKeyEvent* event)
{
    // A focused button takes its own Enter (both are auto-default) and never gets here. Anywhere else QDialog would
    // press whichever button is the default at the moment, which may be the confirm button after a Tab through it;
    // so Enter is decided here, by where the focus is.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (!enter || (event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier) {
        QDialog::keyPressEvent(event);
        return;
    }
    event->accept();
    if (needsTypedCount()) {
        // Typing the count is the deliberate act: Enter in the field confirms once it is right, otherwise nothing.
        if (focusWidget() == m_ui->typeEdit && m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
        return;
    }
    // Below the threshold Enter outside the buttons keeps the safe meaning it always had: Cancel.
    reject();
}

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
