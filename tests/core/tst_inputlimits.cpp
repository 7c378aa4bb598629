// Hostile and oversized input, each as a sample file made at run time: a line over 1 MiB, invalid UTF-8, binary
// data and a very large text. None may crash, hang or lose the IDs that are there; refusals name the line.
#include "csv/CsvImporter.h"
#include "ids/IdExtractor.h"
#include "util/TextDecoding.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "TestSupport.h"

using namespace callstop;

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A CSV file imported as the console does it: the planned dialect and column, then the whole file.
struct Imported
{
    CsvPlan plan;
    CsvImportResult result;
};

Imported importCsv(const QString& path)
{
    Imported out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    out.plan = CsvImporter::plan(&file, {});
    if (out.plan.ok() && file.seek(0))
        out.result = CsvImporter::run(&file, out.plan.dialect, out.plan.choice.column);
    return out;
}
} // namespace

class TestInputLimits : public QObject
{
    Q_OBJECT

private slots:
    void textLineOverOneMiB();
    void csvLongNoteInAnotherColumn();
    void csvIdCellOverOneMiBIsRefusedWithLine();
    void invalidUtf8Text();
    void invalidUtf8Csv();
    void binaryRefused_data();
    void binaryRefused();
    void textOverReadLimitRefused();

private:
    QString write(const QString& name, const QByteArray& bytes);
    QTemporaryDir m_dir;
};

QString TestInputLimits::write(const QString& name, const QByteArray& bytes)
{
    return callstop::test::writeSampleFile(m_dir, name, bytes);
}

void TestInputLimits::textLineOverOneMiB()
{
    // One 3 MiB line (a log pasted without line breaks) with 3,000 distinct IDs in it, and noise tokens between.
    QByteArray line;
    QStringList ids;
    while (line.size() < 3 * 1024 * 1024) {
        ids.append(newId());
        line += QByteArray(1000, 'x') + ' ' + ids.constLast().toLatin1() + ' ';
    }
    const QString path = write(QStringLiteral("long-line.txt"), line + "\nlast " + newId().toLatin1() + '\n');
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const DecodedText decoded = TextDecoding::read(&file, path);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    const ExtractionResult result = IdExtractor::extract(decoded.text);
    QCOMPARE(result.ids.size(), ids.size() + 1);
    QCOMPARE(result.ids.first().toString(), ids.first());
    QCOMPARE(result.lines.last(), 2);
    for (const NearMiss& miss : result.nearMisses)
        QVERIFY(miss.text.size() <= 80); // a stored report never holds the whole 1000-character token
}

void TestInputLimits::csvLongNoteInAnotherColumn()
{
    const QString first = newId();
    const QString second = newId();
    QByteArray csv = "call_id,note\n" + first.toLatin1() + ",\"" + QByteArray(2 * 1024 * 1024, 'n') + "\"\n"
        + second.toLatin1() + ",short\n";
    const auto [plan, result] = importCsv(write(QStringLiteral("long-note.csv"), csv));
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QVERIFY2(plan.choice.column == 0, qPrintable(plan.describe()));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.extraction.ids.size(), 2);
    QCOMPARE(result.extraction.ids.at(1).toString(), second);
}

void TestInputLimits::csvIdCellOverOneMiBIsRefusedWithLine()
{
    QByteArray csv = "call_id\n" + newId().toLatin1() + "\n" + newId().toLatin1() + "\n" + QByteArray(1100 * 1024, 'a')
        + "\n" + newId().toLatin1() + "\n";
    const QString path = write(QStringLiteral("long-id-cell.csv"), csv);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvDialect dialect;
    dialect.hasHeader = true;
    const CsvImportResult result = CsvImporter::run(&file, dialect, 0);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("line 4")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("1024 KiB")), qPrintable(result.error));
}

void TestInputLimits::invalidUtf8Text()
{
    const QString a = newId();
    const QString b = newId();
    const QString path = write(QStringLiteral("invalid-utf8.txt"),
        "bad \xfa\xc3\x28 bytes " + a.toLatin1() + "\n\xed\xa0\x80 lone surrogate " + b.toLatin1() + "\xff\n");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const DecodedText decoded = TextDecoding::read(&file, path);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, QStringLiteral("Windows-1252")); // not UTF-8, so the spreadsheet encoding
    const ExtractionResult result = IdExtractor::extract(decoded.text);
    QCOMPARE(result.ids.size(), 2);
    QCOMPARE(result.ids.at(0).toString(), a);
    QCOMPARE(result.ids.at(1).toString(), b);
}

void TestInputLimits::invalidUtf8Csv()
{
    const QString a = newId();
    const QString b = newId();
    const auto [plan, result] = importCsv(write(QStringLiteral("invalid-utf8.csv"),
        "call_id;name\n" + a.toLatin1() + ";M\xfcller\n" + b.toLatin1() + ";\xc3\x28\xff\n"));
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.extraction.ids.size(), 2);
    QCOMPARE(result.extraction.ids.at(1).toString(), b);
}

void TestInputLimits::binaryRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("named");
    QTest::newRow("nul bytes") << QByteArray("call_id\n" + newId().toLatin1() + QByteArray(64, '\0') + "\n")
                               << QStringLiteral("binary");
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00\x00\x00\x08\x00" + QByteArray(200, 'z'))
                         << QStringLiteral("ZIP");
}

void TestInputLimits::binaryRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, named);
    const QString path = write(QStringLiteral("binary.bin"), bytes);
    QFile text(path);
    QVERIFY(text.open(QIODevice::ReadOnly));
    const DecodedText decoded = TextDecoding::read(&text, path);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error.contains(named, Qt::CaseInsensitive), qPrintable(decoded.error));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const CsvPlan plan = CsvImporter::plan(&csv, {});
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error.contains(named, Qt::CaseInsensitive), qPrintable(plan.error));
}

void TestInputLimits::textOverReadLimitRefused()
{
    // The read limit, lowered for the test, is reported with the file's name and not as a crash or a cut text.
    const QString path = write(QStringLiteral("big.txt"), QByteArray(2 * 1024 * 1024, 'a'));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const DecodedText decoded = TextDecoding::read(&file, path, 1024 * 1024);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error.contains(QLatin1String("big.txt")), qPrintable(decoded.error));
    QVERIFY(decoded.text.isEmpty());
}

QTEST_GUILESS_MAIN(TestInputLimits)
#include "tst_inputlimits.moc"
