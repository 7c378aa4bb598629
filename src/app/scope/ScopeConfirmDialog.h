#pragma once

#include "ScopeRequest.h"
#include "profiles/Profile.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace callstop {

// The last look before a termination by numbers, campaign or agent: the profile in its colour, one sentence of what
// stops (numbers: in ALL campaigns unless one is named), how many calls are not connected yet (the blast radius),
// and a typed confirmation: the campaign's or the agent's name, or the number of numbers. Until it is typed the
// Terminate button is disabled; Enter in the field confirms once it is right; Cancel has the focus otherwise.
class ScopeConfirmDialog final : public QDialog
{
    Q_OBJECT

public:
    ScopeConfirmDialog(const Profile& profile, const ScopeRequest& request, int requests, QWidget* parent = nullptr);

    // What has to be typed to confirm.
    QString expectedText() const { return m_expected; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateOk();

    QString m_expected;
    QLineEdit* m_typeEdit = nullptr;
    QPushButton* m_confirm = nullptr;
};

} // namespace callstop
