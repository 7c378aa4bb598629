#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace callstop {
// Loads the embedded translations: English plural forms always, then the translation of the chosen language (a
// code such as "de"), or of the system's language when none is chosen, if one is shipped. The chosen language also
// becomes the default locale, for dates and numbers.
void installTranslations(QCoreApplication* app, const QString& language = {});
// Language codes with a shipped translation, English first.
QStringList availableLanguages();
// The settings key that holds the chosen language; empty or missing: the system's.
inline QString languageSettingKey()
{
    return QStringLiteral("ui/language");
}
} // namespace callstop
