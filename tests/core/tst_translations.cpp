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

namespace {

// One message of a .ts file: its source, the type of its translation ("unfinished", "obsolete" or none) and its
// plural forms.
struct TsMessage
{
    QString source;
    QString type;
    QStringList forms;
};

QList<TsMessage> readTs(const QString& path, QString* error)
{
    QList<TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message"))
            out.append(TsMessage());
        else if (out.isEmpty())
            continue;
        else if (xml.name() == QLatin1String("source"))
            out.last().source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation"))
            out.last().type = xml.attributes().value(QLatin1String("type")).toString();
        else if (xml.name() == QLatin1String("numerusform"))
            out.last().forms.append(xml.readElementText());
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

} // namespace

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
    QString error;
    const QList<TsMessage> messages
        = readTs(QStringLiteral(CALLSTOP_SOURCE_DIR "/resources/translations/callstop_de.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 500);
    QStringList unfinished;
    for (const TsMessage& m : messages) {
        if (m.type == QLatin1String("unfinished") || m.type == QLatin1String("obsolete"))
            unfinished.append(m.source);
    }
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
    QString error;
    const QList<TsMessage> messages
        = readTs(QStringLiteral(CALLSTOP_SOURCE_DIR "/resources/translations/callstop_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int plurals = 0;
    for (const TsMessage& m : messages) {
        if (m.forms.isEmpty())
            continue;
        ++plurals;
        QString one = m.source;
        QString many = m.source;
        one.remove(QLatin1String("(es)")).remove(QLatin1String("(s)"));
        many.replace(QLatin1String("(es)"), QLatin1String("es")).replace(QLatin1String("(s)"), QLatin1String("s"));
        QCOMPARE(m.forms, (QStringList {one, many}));
    }
    QVERIFY(plurals > 20);
    installTranslations(QCoreApplication::instance(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("callstop::JobController",
                 "The new key is saved. Send the %n call(s) that the refused job did not send?", nullptr, 1),
        QStringLiteral("The new key is saved. Send the 1 call that the refused job did not send?"));
    removeTranslators();
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
