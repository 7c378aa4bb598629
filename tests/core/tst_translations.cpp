// The shipped translations: English plural forms, and a complete German translation with its plural forms, chosen
// by the language setting.
#include "util/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace callstop;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void germanFileIsComplete();
    void languagesOffered();
    void germanLoads();
    void englishPlurals();
    void englishFileIsClean();

private:
    void removeTranslators();
};

void TestTranslations::removeTranslators()
{
    for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::germanFileIsComplete()
{
    QFile file(QStringLiteral(CALLSTOP_SOURCE_DIR "/resources/translations/callstop_de.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message"))
            ++messages;
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("unfinished") || type == QLatin1String("obsolete"))
                unfinished.append(source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 500);
    QVERIFY2(
        unfinished.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + unfinished.join(QStringLiteral(" | "))));
}

void TestTranslations::languagesOffered()
{
    const QStringList languages = availableLanguages();
    QCOMPARE(languages.first(), QStringLiteral("en"));
    QVERIFY(languages.contains(QStringLiteral("de")));
}

void TestTranslations::germanLoads()
{
    installTranslations(QCoreApplication::instance(), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("callstop::RowStates", "Terminated"), QStringLiteral("Beendet"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&Job"), QStringLiteral("&Auftrag"));
    QCOMPARE(QCoreApplication::translate("callstop::MainWindow", "%n row(s) removed", nullptr, 1),
        QStringLiteral("1 Zeile entfernt"));
    QCOMPARE(QCoreApplication::translate("callstop::MainWindow", "%n row(s) removed", nullptr, 3),
        QStringLiteral("3 Zeilen entfernt"));
    QCOMPARE(QLocale().language(), QLocale::German); // dates and numbers follow the chosen language
    removeTranslators();
}

void TestTranslations::englishPlurals()
{
    installTranslations(QCoreApplication::instance(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("callstop::MainWindow", "%n row(s) removed", nullptr, 1),
        QStringLiteral("1 row removed"));
    QCOMPARE(QCoreApplication::translate("callstop::MainWindow", "%n row(s) removed", nullptr, 2),
        QStringLiteral("2 rows removed"));
    QCOMPARE(QCoreApplication::translate("callstop::RowStates", "Terminated"), QStringLiteral("Terminated"));
    removeTranslators();
}

void TestTranslations::englishFileIsClean()
{
    // Every English plural entry is its own source with "(s)" or "(es)" resolved: nothing swallowed from other
    // messages (the filling script once ran one match across several messages).
    QFile file(QStringLiteral(CALLSTOP_SOURCE_DIR "/resources/translations/callstop_en.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int plurals = 0;
    QString source;
    QStringList forms;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            forms.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
            forms.append(xml.readElementText());
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && !forms.isEmpty()) {
            ++plurals;
            QString one = source;
            QString many = source;
            one.remove(QLatin1String("(es)")).remove(QLatin1String("(s)"));
            many.replace(QLatin1String("(es)"), QLatin1String("es")).replace(QLatin1String("(s)"), QLatin1String("s"));
            QCOMPARE(forms, (QStringList {one, many}));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(plurals > 20);
    installTranslations(QCoreApplication::instance(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("callstop::MainWindow",
                 "The new key is saved. Send the %n call(s) that the refused job did not send?", nullptr, 1),
        QStringLiteral("The new key is saved. Send the 1 call that the refused job did not send?"));
    removeTranslators();
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
