#include "csv/CsvImporter.h"
#include "csv/CsvSniffer.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTest>

#include "TestSupport.h"

using namespace callstop;

// The sample exports under tests/data/csv, each with the IDs its import must yield, through the core API; the CLI
// test runs the same files through callstop-cli.
class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void samples_data();
    void samples();
    void sniffEncoding_data();
    void sniffEncoding();
    void sniffSeparator_data();
    void sniffSeparator();
    void headerDetection();
    void columnChoice();
    void columnOverride();
    void refusesBinary();
    void duplicatesAcrossInsertGroups_data();
    void duplicatesAcrossInsertGroups();
};

void TestCsvImport::samples_data()
{
    callstop::test::addCsvSampleRows();
}

void TestCsvImport::samples()
{
    QFETCH(QString, csv);
    QFETCH(QString, expected);
    QFile expectedFile(expected);
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QStringList want = QString::fromUtf8(expectedFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!want.isEmpty());

    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CsvPlan plan = CsvImporter::plan(&file, {});
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    if (want.first() == QLatin1String("# ambiguous")) {
        QCOMPARE(plan.choice.reason, ColumnChoice::Reason::Ambiguous);
        QVERIFY(plan.choice.candidates.size() >= 2);
        QVERIFY(!plan.choice.isSettled());
        return;
    }
    QVERIFY2(plan.choice.isSettled(), qPrintable(plan.choice.explanation()));
    const CsvImportResult result = CsvImporter::run(&file, plan.dialect, plan.choice.column);
    if (want.first().startsWith(QLatin1String("# error line "))) {
        QCOMPARE(result.status, CsvReader::Status::Error);
        QVERIFY2(
            result.error.startsWith(QStringLiteral("line %1:").arg(want.first().mid(13))), qPrintable(result.error));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error));
    QStringList got;
    for (const CallId& id : result.extraction.ids)
        got.append(id.toString());
    QCOMPARE(got, want);
}

void TestCsvImport::sniffEncoding_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::newRow("ascii") << QByteArray("id,x\n") << int(CsvDialect::Encoding::Utf8) << false;
    QTest::newRow("utf-8") << QByteArray("id,caf\xc3\xa9\n") << int(CsvDialect::Encoding::Utf8) << false;
    QTest::newRow("utf-8 bom") << QByteArray("\xef\xbb\xbfid\n") << int(CsvDialect::Encoding::Utf8) << true;
    QTest::newRow("utf-16le bom") << QByteArray("\xff\xfei\0d\0", 6) << int(CsvDialect::Encoding::Utf16LE) << true;
    QTest::newRow("utf-16be bom") << QByteArray("\xfe\xff\0i\0d", 6) << int(CsvDialect::Encoding::Utf16BE) << true;
    QTest::newRow("utf-16le no bom") << QByteArray("i\0d\0,\0x\0\n\0", 10) << int(CsvDialect::Encoding::Utf16LE)
                                     << false;
    QTest::newRow("windows-1252") << QByteArray("id,M\xfcller\n") << int(CsvDialect::Encoding::Windows1252) << false;
    QTest::newRow("utf-8 cut at the end") << QByteArray("id,caf\xc3") << int(CsvDialect::Encoding::Utf8) << false;
}

void TestCsvImport::sniffEncoding()
{
    QFETCH(QByteArray, head);
    QFETCH(int, encoding);
    QFETCH(bool, bom);
    bool gotBom = !bom;
    QCOMPARE(int(CsvSniffer::detectEncoding(head, &gotBom)), encoding);
    QCOMPARE(gotBom, bom);
}

void TestCsvImport::sniffSeparator_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<char>("separator");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << ',';
    QTest::newRow("semicolon with decimal commas") << QByteArray("a;b;c\n1,5;2;3\n4;5,25;6\n") << ';';
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << '\t';
    QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << '|';
    QTest::newRow("commas inside quotes") << QByteArray("\"a,b\";c\n\"d,e,f\";g\n\"h\";i\n") << ';';
    QTest::newRow("single column") << QByteArray("abc\ndef\n") << ',';
}

void TestCsvImport::sniffSeparator()
{
    QFETCH(QByteArray, sample);
    QFETCH(char, separator);
    QCOMPARE(CsvSniffer::detectSeparator(sample), separator);
}

void TestCsvImport::headerDetection()
{
    const QByteArray id = "86815974-8a87-4e32-9953-aca4f97868ab";
    QVERIFY(CsvSniffer::detectHeader({{"id", "x"}, {id, "1"}}));
    QVERIFY(!CsvSniffer::detectHeader({{id, "x"}, {id, "1"}}));
    QVERIFY(CsvSniffer::detectHeader({{"name", "number"}, {"asha", "123"}}));
    QVERIFY(!CsvSniffer::detectHeader({{"a1", "b2"}, {"c", "3"}}));
}

void TestCsvImport::columnChoice()
{
    const QByteArray a = "86815974-8a87-4e32-9953-aca4f97868ab";
    const QByteArray b = "9ab99d2d-595c-4ca1-bab7-07d13f253156";
    // Header name wins, even over a column with more IDs.
    ColumnChoice c = IdColumnChooser::choose({"agent_id", "Call ID"}, {{a, b}, {a, ""}});
    QCOMPARE(c.column, 1);
    QCOMPARE(c.reason, ColumnChoice::Reason::HeaderName);
    // call_id beats id.
    c = IdColumnChooser::choose({"id", "call_id"}, {{a, b}});
    QCOMPARE(c.column, 1);
    // Only one column with IDs.
    c = IdColumnChooser::choose({}, {{"x", a}, {"y", b}});
    QCOMPARE(c.column, 1);
    QCOMPARE(c.reason, ColumnChoice::Reason::ShareOfIds);
    QVERIFY(c.explanation().contains(QLatin1String("only column")));
    // Two columns of UUIDs and no helpful header: ask.
    c = IdColumnChooser::choose({"uuid", "agent"}, {{a, b}, {b, a}});
    QCOMPARE(c.reason, ColumnChoice::Reason::Ambiguous);
    QCOMPARE(c.column, -1);
    QCOMPARE(c.candidates.size(), 2);
    QVERIFY(c.candidateList().contains(QLatin1String("\"agent\"")));
    // No IDs.
    c = IdColumnChooser::choose({"a"}, {{"x"}});
    QCOMPARE(c.reason, ColumnChoice::Reason::NoIds);
    QCOMPARE(IdColumnChooser::headerRank(QStringLiteral(" Call_ID ")), 2);
    QCOMPARE(IdColumnChooser::headerRank(QStringLiteral("CallId")), 2);
    QCOMPARE(IdColumnChooser::headerRank(QStringLiteral("call id")), 2);
    QCOMPARE(IdColumnChooser::headerRank(QStringLiteral("ID")), 1);
    QCOMPARE(IdColumnChooser::headerRank(QStringLiteral("agent_id")), 0);
}

void TestCsvImport::columnOverride()
{
    QFile file(QStringLiteral(CALLSTOP_TEST_DATA "/csv/two_uuid_columns_no_header.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvImportOptions options;
    options.column = QStringLiteral("2");
    CsvPlan plan = CsvImporter::plan(&file, options);
    QVERIFY(plan.ok());
    QCOMPARE(plan.choice.column, 1);
    options.column = QStringLiteral("agent_id");
    plan = CsvImporter::plan(&file, options);
    QVERIFY(!plan.ok());
    QVERIFY(plan.error.contains(QLatin1String("no header")));
    options.column = QStringLiteral("9");
    plan = CsvImporter::plan(&file, options);
    QVERIFY(!plan.ok());
    QVERIFY(plan.error.contains(QLatin1String("no column 9")));

    QFile named(QStringLiteral(CALLSTOP_TEST_DATA "/csv/header_names_no_id_column.csv"));
    QVERIFY(named.open(QIODevice::ReadOnly));
    options.column = QStringLiteral("UUID");
    plan = CsvImporter::plan(&named, options);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan.choice.column, 0);
    const CsvImportResult result = CsvImporter::run(&named, plan.dialect, plan.choice.column);
    QCOMPARE(result.extraction.ids.size(), 6);
}

void TestCsvImport::refusesBinary()
{
    QByteArray zip("PK\x03\x04\x14\0\0\0\x08\0", 10);
    QBuffer buffer(&zip);
    buffer.open(QIODevice::ReadOnly);
    const CsvPlan plan = CsvImporter::plan(&buffer, {});
    QVERIFY(!plan.ok());
    QVERIFY(plan.error.contains(QLatin1String("ZIP")));
}

void TestCsvImport::duplicatesAcrossInsertGroups_data()
{
    // IDs enter the index in groups of 16 (with their slots prefetched): a repeat within a group, across groups and
    // in the last, partial group must all be found, with the right lines.
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("period");
    QTest::newRow("fewer rows than a group") << 10 << 3;
    QTest::newRow("repeat within a group") << 64 << 5;
    QTest::newRow("repeat across groups") << 200 << 23;
    QTest::newRow("one group exactly, repeats at its end") << 16 << 15;
    QTest::newRow("many rows") << 5000 << 7;
}

void TestCsvImport::duplicatesAcrossInsertGroups()
{
    QFETCH(int, rows);
    QFETCH(int, period);
    // Row r (line r + 2, after the header) holds ID r % period, or a new ID when r is not a multiple of 3.
    QByteArray csv = "id,note\n";
    QStringList want;
    QSet<QString> seenIds;
    QHash<QString, int> firstLine;
    QList<DuplicateId> wantDuplicates;
    for (int r = 0; r < rows; ++r) {
        const int key = r % 3 == 0 ? r % period : 100000 + r;
        const QString id = QStringLiteral("00000000-0000-4000-8000-%1").arg(key, 12, 10, QLatin1Char('0'));
        const int line = r + 2;
        csv += id.toLatin1() + ",n" + QByteArray::number(r) + "\n";
        if (seenIds.contains(id)) {
            wantDuplicates.append({*CallId::parse(id), line, firstLine.value(id)});
            continue;
        }
        seenIds.insert(id);
        firstLine.insert(id, line);
        want.append(id);
    }
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvDialect dialect;
    dialect.hasHeader = true;
    const CsvImportResult result = CsvImporter::run(&buffer, dialect, 0);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rows, rows);
    QStringList got;
    for (const CallId& id : result.extraction.ids)
        got.append(id.toString());
    QCOMPARE(got, want);
    for (qsizetype i = 0; i < result.extraction.ids.size(); ++i)
        QCOMPARE(result.extraction.lines.at(i), firstLine.value(want.at(i)));
    QCOMPARE(result.duplicateCount, int(wantDuplicates.size()));
    const qsizetype stored = qMin<qsizetype>(wantDuplicates.size(), IdExtractor::MaxStoredReports);
    QCOMPARE(result.extraction.duplicates.size(), stored);
    for (qsizetype i = 0; i < stored; ++i) {
        QCOMPARE(result.extraction.duplicates.at(i).id, wantDuplicates.at(i).id);
        QCOMPARE(result.extraction.duplicates.at(i).line, wantDuplicates.at(i).line);
        QCOMPARE(result.extraction.duplicates.at(i).firstLine, wantDuplicates.at(i).firstLine);
    }
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
