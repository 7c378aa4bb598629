#include "ScopeConfirmDialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace callstop {

namespace {

constexpr int SampleSize = 5;

QLabel* wrapped(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ScopeConfirmDialog::ScopeConfirmDialog(
    const Profile& profile, const ScopeRequest& request, int requests, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("scopeConfirmDialog"));
    setWindowTitle(tr("Confirm Termination"));
    const BatchPayload& scope = request.scope;
    const bool byName = scope.kind == ScopeKind::Campaign || scope.kind == ScopeKind::Agent;
    m_expected = byName ? request.name : QString::number(scope.itemCount());

    auto* layout = new QVBoxLayout(this);
    QLabel* profileLabel = wrapped(
        tr("Profile: %1 (%2)").arg(profile.name, profile.baseUrl.host()), QStringLiteral("profileLabel"), this);
    profileLabel->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; padding: 4px; }")
            .arg(profile.colour));
    layout->addWidget(profileLabel);

    QLabel* what = wrapped(describeTermination(scope, request.name), QStringLiteral("scopeWhat"), this);
    QFont bold = what->font();
    bold.setBold(true);
    what->setFont(bold);
    layout->addWidget(what);

    QString radius;
    if (request.before.ok)
        radius = tr(
            "%n call(s) in this scope are not connected yet and would stop.", nullptr, request.before.notConnected());
    else if (request.notConnectedFromList >= 0)
        radius = tr(
            "%n call(s) of the campaign are not connected yet and would stop.", nullptr, request.notConnectedFromList);
    else
        radius = tr("The calls of this scope could not be counted (%1): how many would stop is not known, and the "
                    "effect will not be measured.")
                     .arg(request.before.error);
    if (request.before.ok && request.before.connected() > 0)
        radius += QLatin1Char(' ') + tr("%n call(s) in progress are not hung up.", nullptr, request.before.connected());
    layout->addWidget(wrapped(radius, QStringLiteral("scopeRadius"), this));

    if (ScopeKinds::hasItems(scope.kind)) {
        QStringList lines;
        for (qsizetype i = 0; i < qMin<qsizetype>(SampleSize, scope.itemCount()); ++i)
            lines.append(scope.itemText(i));
        if (scope.itemCount() > SampleSize)
            lines.append(tr("… and %n more", nullptr, int(scope.itemCount()) - SampleSize));
        auto* sample = new QPlainTextEdit(lines.join(QLatin1Char('\n')), this);
        sample->setObjectName(QStringLiteral("sampleNumbers"));
        sample->setReadOnly(true);
        sample->setMaximumHeight(sample->fontMetrics().height() * (SampleSize + 2));
        sample->setAccessibleName(tr("Numbers to be sent"));
        sample->setAccessibleDescription(tr("The first phone numbers that will be sent, in E.164 form"));
        layout->addWidget(sample);
    }
    layout->addWidget(wrapped((profile.isSandbox() ? tr("This is the sandbox: no real call is affected.")
                                                   : tr("These are real calls of your workspace."))
            + QLatin1Char(' ')
            + tr("%n request(s). Calls in progress are not hung up. This cannot be undone.", nullptr, requests),
        QStringLiteral("scopeNote"), this));

    auto* typeLabel
        = new QLabel(byName ? (scope.kind == ScopeKind::Campaign ? tr("Type the campaign's name (%1) to confirm:")
                                                                 : tr("Type the agent's name (%1) to confirm:"))
                                  .arg(m_expected)
                            : tr("Type the number of numbers (%1) to confirm:").arg(m_expected),
            this);
    typeLabel->setWordWrap(true);
    m_typeEdit = new QLineEdit(this);
    m_typeEdit->setObjectName(QStringLiteral("typeEdit"));
    typeLabel->setBuddy(m_typeEdit);
    m_typeEdit->setAccessibleName(tr("Confirmation"));
    m_typeEdit->setAccessibleDescription(tr("Type %1 to enable the Terminate button").arg(m_expected));
    layout->addWidget(typeLabel);
    layout->addWidget(m_typeEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("&Terminate"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setAccessibleDescription(tr("Sends the termination to the server; this cannot be undone"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleDescription(tr("Closes without sending anything"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_typeEdit, &QLineEdit::textChanged, this, &ScopeConfirmDialog::updateOk);
    // Typing is the deliberate act: Enter in the field confirms once it is right and does nothing before; it never
    // reaches a default button. Enter on a focused button presses that button; Escape cancels.
    m_typeEdit->installEventFilter(this);
    m_typeEdit->setFocus();
    updateOk();
}

bool ScopeConfirmDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_typeEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_confirm->isEnabled())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ScopeConfirmDialog::updateOk()
{
    m_confirm->setEnabled(!m_expected.isEmpty() && m_typeEdit->text().trimmed() == m_expected);
}

} // namespace callstop
