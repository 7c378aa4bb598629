#include "util/TextDecoding.h"

#include <QTest>

using callstop::TextDecoding;

class TestTextDecoding : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void refusesBinary_data();
    void refusesBinary();
};

void TestTextDecoding::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9") << QStringLiteral("café") << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 bom") << QByteArray("\xef\xbb\xbfid") << QStringLiteral("id") << QStringLiteral("UTF-8");
    QTest::newRow("utf-16le bom") << QByteArray("\xff\xfei\0d\0", 6) << QStringLiteral("id")
                                  << QStringLiteral("UTF-16LE");
    QTest::newRow("utf-16be bom") << QByteArray("\xfe\xff\0i\0d", 6) << QStringLiteral("id")
                                  << QStringLiteral("UTF-16BE");
    QTest::newRow("windows-1252") << QByteArray("M\xfcller \x80") << QStringLiteral("Müller €")
                                  << QStringLiteral("Windows-1252");
    QTest::newRow("empty") << QByteArray() << QString() << QStringLiteral("UTF-8");
}

void TestTextDecoding::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    const auto decoded = TextDecoding::decode(bytes);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.encoding, encoding);
}

void TestTextDecoding::refusesBinary_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("word");
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\0\0", 8) << QStringLiteral("ZIP");
    QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\0", 4) << QStringLiteral("gzip");
    QTest::newRow("nul bytes") << QByteArray("abc\0def", 7) << QStringLiteral("NUL");
    QTest::newRow("pdf") << QByteArray("%PDF-1.7") << QStringLiteral("PDF");
}

void TestTextDecoding::refusesBinary()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, word);
    const auto decoded = TextDecoding::decode(bytes);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error.contains(word), qPrintable(decoded.error));
    QVERIFY(decoded.text.isEmpty());
}

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
