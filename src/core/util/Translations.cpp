#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTranslator>

namespace callstop {

void installTranslations(QCoreApplication* app, const QString& language)
{
    auto* english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/callstop_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto* local = new QTranslator(app);
    if (local->load(locale, QStringLiteral("callstop"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !local->filePath().endsWith(QLatin1String("callstop_en.qm")))
        QCoreApplication::installTranslator(local);
    else
        delete local;
}

QStringList availableLanguages()
{
    QStringList out {QStringLiteral("en")};
    const auto files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("callstop_*.qm")}, QDir::Files);
    for (const QString& f : files) {
        const QString code = f.mid(9, f.size() - 9 - 3);
        if (!out.contains(code))
            out.append(code);
    }
    return out;
}

} // namespace callstop
