#pragma once

#include "profiles/Profile.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ConfirmDialog;
}

namespace callstop {

// The last look before calls are stopped, scaled to what is about to happen: above a threshold the operator types
// the number of calls, so that a slip of the Enter key cannot stop a thousand calls.
class ConfirmDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int TypeToConfirmThreshold = 100;

    ConfirmDialog(
        const Profile& profile, int count, int batches, const QStringList& sampleIds, QWidget* parent = nullptr);
    ~ConfirmDialog() override;

    bool checkCalls() const;
    bool needsTypedCount() const { return m_count > TypeToConfirmThreshold; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateOk();

    std::unique_ptr<Ui::ConfirmDialog> m_ui;
    int m_count;
};

} // namespace callstop
