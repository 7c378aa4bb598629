#pragma once

#include <QDialog>

#include <memory>

class QSettings;

namespace Ui {
class PreferencesDialog;
}

namespace callstop {

// Settings › Preferences: the language and the job-size limit. Saved when accepted.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QSettings* settings, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    QSettings* m_settings;
};

} // namespace callstop
