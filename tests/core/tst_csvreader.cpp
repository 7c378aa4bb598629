#include "csv/CsvReader.h"

#include <QBuffer>
#include <QTest>

using namespace callstop;

using Records = QList<QStringList>;
Q_DECLARE_METATYPE(Records)

namespace {

Records parseAll(const QByteArray& bytes, char separator, QString* error = nullptr, QList<int>* lines = nullptr,
    CsvDialect::Encoding encoding = CsvDialect::Encoding::Utf8)
{
    Records out;
    CsvDialect dialect;
    dialect.separator = separator;
    dialect.encoding = encoding;
    CsvReader::parse(
        bytes, dialect,
        [&](const CsvRecord& r) {
            QStringList fields;
            for (int i = 0; i < r.size(); ++i)
                fields.append(QString::fromUtf8(r.field(i)));
            out.append(fields);
            if (lines)
                lines->append(r.line());
            return true;
        },
        error);
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void lineNumbers();
    void unterminatedQuoteNamesItsLine();
    void fieldTooLong();
    void chunkBoundaries();
    void delimitersAtEveryOffset_data();
    void delimitersAtEveryOffset();
    void utf16Input();
    void stopAndCancel();
};

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("separator");
    QTest::addColumn<Records>("expected");

    QTest::newRow("simple lf") << QByteArray("a,b\nc,d\n") << ',' << Records {{"a", "b"}, {"c", "d"}};
    QTest::newRow("crlf") << QByteArray("a,b\r\nc,d\r\n") << ',' << Records {{"a", "b"}, {"c", "d"}};
    QTest::newRow("cr only") << QByteArray("a,b\rc,d\r") << ',' << Records {{"a", "b"}, {"c", "d"}};
    QTest::newRow("no final newline") << QByteArray("a,b\nc,d") << ',' << Records {{"a", "b"}, {"c", "d"}};
    QTest::newRow("semicolon") << QByteArray("a;b,c\n") << ';' << Records {{"a", "b,c"}};
    QTest::newRow("tab") << QByteArray("a\tb c\n") << '\t' << Records {{"a", "b c"}};
    QTest::newRow("pipe") << QByteArray("a|b\n") << '|' << Records {{"a", "b"}};
    QTest::newRow("quoted separator") << QByteArray("\"a,b\",c\n") << ',' << Records {{"a,b", "c"}};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << ',' << Records {{"say \"hi\"", "x"}};
    QTest::newRow("quoted lf") << QByteArray("\"a\nb\",c\n") << ',' << Records {{"a\nb", "c"}};
    QTest::newRow("quoted crlf") << QByteArray("\"a\r\nb\",c\r\n") << ',' << Records {{"a\r\nb", "c"}};
    QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << ',' << Records {{"", "x"}};
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\r\nb\n\n") << ',' << Records {{"a"}, {"b"}};
    QTest::newRow("quoted empty line kept") << QByteArray("\"\"\n") << ',' << Records {{""}};
    QTest::newRow("ragged rows") << QByteArray("a,b,c\nd\ne,f\n") << ','
                                 << Records {{"a", "b", "c"}, {"d"}, {"e", "f"}};
    QTest::newRow("trailing separator") << QByteArray("a,b,\n") << ',' << Records {{"a", "b", ""}};
    QTest::newRow("leading separator") << QByteArray(",a\n") << ',' << Records {{"", "a"}};
    QTest::newRow("only separators") << QByteArray(",,\n") << ',' << Records {{"", "", ""}};
    QTest::newRow("text after closing quote") << QByteArray("\"ab\"cd,e\n") << ',' << Records {{"abcd", "e"}};
    QTest::newRow("quote inside unquoted") << QByteArray("ab\"c,d\n") << ',' << Records {{"ab\"c", "d"}};
    QTest::newRow("utf-8 bom") << QByteArray("\xef\xbb\xbfid,x\n") << ',' << Records {{"id", "x"}};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << ',' << Records {{" a ", " b "}};
    QTest::newRow("empty input") << QByteArray() << ',' << Records {};
    QTest::newRow("only newlines") << QByteArray("\n\r\n\r") << ',' << Records {};
    QTest::newRow("non-ascii") << QByteArray("café,ü\n") << ',' << Records {{"café", "ü"}};
    QTest::newRow("separator in quotes of other dialect") << QByteArray("\"a;b\";c\n") << ';' << Records {{"a;b", "c"}};
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(char, separator);
    QFETCH(Records, expected);
    QString error;
    const Records got = parseAll(input, separator, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(got, expected);
}

void TestCsvReader::lineNumbers()
{
    QList<int> lines;
    parseAll("h\r\n\"multi\nline\",x\r\n\r\nnext\rlast", ',', nullptr, &lines);
    QCOMPARE(lines, (QList<int> {1, 2, 5, 6}));
}

void TestCsvReader::unterminatedQuoteNamesItsLine()
{
    QString error;
    const QByteArray input("a,b\nc,\"open\nmore\nand more\n");
    CsvDialect dialect;
    QByteArray copy = input;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, dialect);
    int records = 0;
    QCOMPARE(reader.read([&](const CsvRecord&) { return ++records > 0; }), CsvReader::Status::Error);
    QCOMPARE(reader.errorLine(), 2);
    QVERIFY(reader.errorString().contains(QLatin1String("line 2")));
    QVERIFY(reader.errorString().contains(QLatin1String("never closed")));
    QCOMPARE(records, 1);
}

void TestCsvReader::fieldTooLong()
{
    QByteArray input = "id\n" + QByteArray(2 * 1024 * 1024, 'x') + "\n";
    QString error;
    CsvDialect dialect;
    const auto status = CsvReader::parse(
        input, dialect, [](const CsvRecord&) { return true; }, &error);
    QCOMPARE(status, CsvReader::Status::Error);
    QVERIFY2(error.contains(QLatin1String("line 2")), qPrintable(error));
}

void TestCsvReader::chunkBoundaries()
{
    // Records that straddle the 1 MiB chunk boundary at every kind of place: inside a quoted field, on a CRLF,
    // on a doubled quote.
    QByteArray input;
    Records expected;
    int i = 0;
    while (input.size() < 3 * CsvReader::ChunkSize) {
        const QByteArray a = QByteArray::number(i);
        const QByteArray b = "q\"\"" + QByteArray(i % 37, 'z') + "\r\nline";
        input += a + ",\"" + b + "\"\r\n";
        expected.append({QString::fromLatin1(a), QString::fromLatin1("q\"" + QByteArray(i % 37, 'z') + "\r\nline")});
        ++i;
    }
    const Records got = parseAll(input, ',');
    QCOMPARE(got.size(), expected.size());
    QCOMPARE(got, expected);
}

void TestCsvReader::delimitersAtEveryOffset_data()
{
    QTest::addColumn<char>("separator");
    QTest::newRow("comma") << ',';
    QTest::newRow("semicolon") << ';';
    QTest::newRow("tab") << '\t';
}

void TestCsvReader::delimitersAtEveryOffset()
{
    // The reader scans runs 16 bytes at a time: a separator, a quote or a line break at each offset of a block (and
    // of the block after it), in unquoted and quoted fields, with non-ASCII bytes around, must end the run there.
    QFETCH(char, separator);
    const QByteArray sep(1, separator);
    QByteArray input;
    Records expected;
    for (int n = 0; n < 40; ++n) {
        for (int m = 0; m < 40; m += 3) {
            const QByteArray plain = QByteArray(n, 'a') + QByteArray("\xc3\xa9") + QByteArray(m % 7, 'b');
            const QByteArray quotedRaw
                = QByteArray(m, 'q') + "\"\"" + QByteArray(n % 19, 'r') + "\nx" + sep + QByteArray(n, 's');
            const QByteArray quotedValue
                = QByteArray(m, 'q') + "\"" + QByteArray(n % 19, 'r') + "\nx" + sep + QByteArray(n, 's');
            const QByteArray last = QByteArray(m, 'z');
            input += plain + sep + "\"" + quotedRaw + "\"" + sep + last + ((n + m) % 2 ? "\r\n" : "\n");
            expected.append({QString::fromUtf8(plain), QString::fromUtf8(quotedValue), QString::fromUtf8(last)});
        }
    }
    QString error;
    const Records got = parseAll(input, separator, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(got.size(), expected.size());
    QCOMPARE(got, expected);
}

void TestCsvReader::utf16Input()
{
    const QString text = QStringLiteral("id,name\r\nabc,Müller\r\n");
    QByteArray bytes("\xff\xfe");
    bytes.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QString error;
    const Records got = parseAll(bytes, ',', &error, nullptr, CsvDialect::Encoding::Utf16LE);
    QCOMPARE(got, (Records {{"id", "name"}, {"abc", QStringLiteral("Müller")}}));
}

void TestCsvReader::stopAndCancel()
{
    QByteArray input;
    for (int i = 0; i < 1000; ++i)
        input += "row" + QByteArray::number(i) + "\n";
    int seen = 0;
    CsvDialect dialect;
    QCOMPARE(
        CsvReader::parse(input, dialect, [&](const CsvRecord&) { return ++seen < 10; }), CsvReader::Status::Stopped);
    QCOMPARE(seen, 10);

    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, dialect);
    std::atomic<bool> cancel {true};
    reader.setCancelFlag(&cancel);
    QCOMPARE(reader.read([](const CsvRecord&) { return true; }), CsvReader::Status::Cancelled);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
