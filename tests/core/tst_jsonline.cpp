#include "jobs/BatchPayload.h"
#include "util/JsonLine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace callstop;

// The journal's and the audit log's records are written by JsonLine, not by QJsonDocument: what it writes must be
// the JSON that QJsonDocument writes and reads back.
class TestJsonLine : public QObject
{
    Q_OBJECT

private slots:
    void stringsAsQJsonWritesThem_data();
    void stringsAsQJsonWritesThem();
    void loneSurrogateStaysValidJson();
    void fieldsInOrderAndTypes();
    void itemsAsJsonArray_data();
    void itemsAsJsonArray();
};

void TestJsonLine::stringsAsQJsonWritesThem_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << QStringLiteral("Accepted");
    QTest::newRow("quote and backslash") << QStringLiteral("say \"no\" \\ twice");
    QTest::newRow("controls") << QStringLiteral("a\nb\rc\td\be\ff") + QChar(0x01) + QChar(0x1f) + QChar(0x7f);
    QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("x");
    QTest::newRow("latin and cjk") << QStringLiteral("Grüße, 東京");
    QTest::newRow("emoji") << QStringLiteral("stop \U0001F6D1 now");
    QTest::newRow("html") << QStringLiteral("<html><title>Login - Corporate Portal</title></html>");
    QTest::newRow("non-ascii at both ends") << QStringLiteral("é-x-é");
}

void TestJsonLine::stringsAsQJsonWritesThem()
{
    QFETCH(QString, value);
    JsonLine line;
    line.addString("message", value);
    const QByteArray text = line.takeLine();
    QVERIFY(text.endsWith("}\n"));
    // Byte for byte what QJsonDocument writes for the same one-field object.
    QCOMPARE(
        text, QJsonDocument(QJsonObject {{QStringLiteral("message"), value}}).toJson(QJsonDocument::Compact) + '\n');
    QJsonParseError error;
    const QJsonObject back = QJsonDocument::fromJson(text, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(back.value(QLatin1String("message")).toString(), value);
}

void TestJsonLine::loneSurrogateStaysValidJson()
{
    // A server's message decoded from broken UTF-16 may hold half a pair: the line still parses.
    const QString value = QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b");
    JsonLine line;
    line.addString("message", value);
    QJsonParseError error;
    const QJsonObject back = QJsonDocument::fromJson(line.takeLine(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QString read = back.value(QLatin1String("message")).toString();
    QVERIFY(read.startsWith(QLatin1Char('a')));
    QVERIFY(read.endsWith(QLatin1Char('b')));
}

void TestJsonLine::fieldsInOrderAndTypes()
{
    JsonLine line;
    line.addString("type", u"answer")
        .addInt("batch", 41)
        .addInt("elapsed_ms", 9'000'000'000LL)
        .addBool("final", true)
        .addBool("ambiguous", false)
        .addRaw("batches", "[1,2]");
    const QByteArray text = line.takeLine();
    QCOMPARE(text,
        QByteArray(
            R"({"type":"answer","batch":41,"elapsed_ms":9000000000,"final":true,"ambiguous":false,"batches":[1,2]})"
            "\n"));
    const QJsonObject back = QJsonDocument::fromJson(text).object();
    QCOMPARE(back.value(QLatin1String("batch")).toInt(), 41);
    QCOMPARE(back.value(QLatin1String("elapsed_ms")).toInteger(), 9'000'000'000LL);
    QCOMPARE(back.value(QLatin1String("final")).toBool(), true);
    QCOMPARE(back.value(QLatin1String("batches")).toArray().size(), 2);
}

void TestJsonLine::itemsAsJsonArray_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("items");
    QTest::newRow("call ids") << int(ScopeKind::CallIds)
                              << QStringList {QStringLiteral("86815974-8a87-4e32-9953-aca4f97868ab"),
                                     QStringLiteral("00000000-0000-4000-8000-000000000001")};
    QTest::newRow("no call ids") << int(ScopeKind::CallIds) << QStringList();
    QTest::newRow("numbers") << int(ScopeKind::Numbers)
                             << QStringList {QStringLiteral("+4915112345678"), QStringLiteral("+1 \"odd\"")};
    QTest::newRow("campaign") << int(ScopeKind::Campaign) << QStringList();
}

void TestJsonLine::itemsAsJsonArray()
{
    QFETCH(int, kind);
    QFETCH(QStringList, items);
    BatchPayload payload;
    payload.kind = ScopeKind(kind);
    payload.campaignId = QStringLiteral("c-1");
    for (const QString& item : std::as_const(items)) {
        if (payload.kind == ScopeKind::CallIds)
            payload.ids.append(*CallId::parse(item));
        else
            payload.numbers.append(item);
    }
    QByteArray text;
    payload.appendItemsJson(text);
    const QStringList expected = ScopeKinds::hasItems(payload.kind) ? payload.itemTexts() : QStringList();
    QCOMPARE(text, QJsonDocument(QJsonArray::fromStringList(expected)).toJson(QJsonDocument::Compact));
}

QTEST_GUILESS_MAIN(TestJsonLine)
#include "tst_jsonline.moc"
