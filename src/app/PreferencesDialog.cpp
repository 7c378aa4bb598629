#include "PreferencesDialog.h"

#include "ui_PreferencesDialog.h"

#include "numbers/PhoneRegions.h"
#include "util/AppSettings.h"
#include "util/Translations.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QSettings>

namespace callstop {

PreferencesDialog::PreferencesDialog(QSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->languageCombo->addItem(tr("The system's language"), QString());
    for (const QString& code : availableLanguages()) {
        const QLocale locale(code);
        // Each language in its own name, so that anyone can find theirs.
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        m_ui->languageCombo->addItem(name, code);
    }
    const QString current = m_settings ? m_settings->value(languageSettingKey()).toString() : QString();
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(current)));
    m_ui->limitSpin->setValue(AppSettings::jobSizeLimit(m_settings));
    m_ui->batchSizeSpin->setValue(AppSettings::batchSize(m_settings));
    m_ui->concurrencySpin->setValue(AppSettings::concurrency(m_settings));
    m_ui->regionCombo->addItem(
        tr("This system's (%1)")
            .arg(PhoneRegions::systemDefaultRegion().isEmpty() ? tr("none") : PhoneRegions::systemDefaultRegion()),
        QString());
    for (const PhoneRegion& r : PhoneRegions::supportedRegions())
        m_ui->regionCombo->addItem(QStringLiteral("%1 — %2 (+%3)").arg(r.code, r.name).arg(r.callingCode), r.code);
    m_ui->regionCombo->setCurrentIndex(qMax(0, m_ui->regionCombo->findData(AppSettings::phoneRegion(m_settings))));
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    if (m_settings) {
        const QString language = m_ui->languageCombo->currentData().toString();
        if (language.isEmpty())
            m_settings->remove(languageSettingKey());
        else
            m_settings->setValue(languageSettingKey(), language);
        m_settings->setValue(AppSettings::jobSizeLimitKey(), m_ui->limitSpin->value());
        m_settings->setValue(AppSettings::batchSizeKey(), m_ui->batchSizeSpin->value());
        m_settings->setValue(AppSettings::concurrencyKey(), m_ui->concurrencySpin->value());
        const QString region = m_ui->regionCombo->currentData().toString();
        if (region.isEmpty())
            m_settings->remove(AppSettings::phoneRegionKey());
        else
            m_settings->setValue(AppSettings::phoneRegionKey(), region);
        m_settings->sync();
    }
    QDialog::accept();
}

} // namespace callstop
