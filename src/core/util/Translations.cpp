#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace callstop {

void installTranslations(QCoreApplication* app)
{
    auto* english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/callstop_en.qm")))
        QCoreApplication::installTranslator(english);
    auto* local = new QTranslator(app);
    if (local->load(QLocale(), QStringLiteral("callstop"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !local->filePath().endsWith(QLatin1String("callstop_en.qm")))
        QCoreApplication::installTranslator(local);
    else
        delete local;
}

} // namespace callstop
