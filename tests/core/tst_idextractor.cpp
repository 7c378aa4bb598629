#include "ids/IdExtractor.h"

#include <QTest>

using namespace callstop;

namespace {
const QString A = QStringLiteral("86815974-8a87-4e32-9953-aca4f97868ab");
const QString B = QStringLiteral("9ab99d2d-595c-4ca1-bab7-07d13f253156");
const QString C = QStringLiteral("7251cb4b-3373-43a4-844c-b27a1d45e0c9");
} // namespace

class TestIdExtractor : public QObject
{
    Q_OBJECT

private slots:
    void extract_data();
    void extract();
    void nearMissLines();
    void duplicateLines();
    void knownIdsAreDuplicates();
    void largeInput();
};

void TestIdExtractor::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<int>("nearMisses");

    QTest::newRow("one per line") << A + u'\n' + B + u'\n' << QStringList {A, B} << 0 << 0;
    QTest::newRow("crlf") << A + QStringLiteral("\r\n") + B + QStringLiteral("\r\n") << QStringList {A, B} << 0 << 0;
    QTest::newRow("cr only") << A + u'\r' + B << QStringList {A, B} << 0 << 0;
    QTest::newRow("comma separated") << A + u',' + B + u',' + C << QStringList {A, B, C} << 0 << 0;
    QTest::newRow("tab separated dashboard row")
        << QStringLiteral("%1\t+918882876897\tregistered\t2025-01-02 10:00\n").arg(A) << QStringList {A} << 0 << 0;
    QTest::newRow("json array") << QStringLiteral("{\"call_ids\": [\"%1\", \"%2\"]}").arg(A, B) << QStringList {A, B}
                                << 0 << 0;
    QTest::newRow("url path") << QStringLiteral("https://app.example/calls/%1/details").arg(A) << QStringList {A} << 0
                              << 0;
    QTest::newRow("query string") << QStringLiteral("https://x.example/c?id=%1&next=%2").arg(A, B) << QStringList {A, B}
                                  << 0 << 0;
    QTest::newRow("percent-encoded list")
        << QStringLiteral("ids=") + A + QStringLiteral("%2C") + B << QStringList {A, B} << 0 << 0;
    QTest::newRow("brackets") << QStringLiteral("[%1] (%2) <%3>").arg(A, B, C) << QStringList {A, B, C} << 0 << 0;
    QTest::newRow("braces") << QStringLiteral("{%1}").arg(A.toUpper()) << QStringList {A} << 0 << 0;
    QTest::newRow("quotes") << QStringLiteral("'%1' \"%2\"").arg(A, B) << QStringList {A, B} << 0 << 0;
    QTest::newRow("upper case normalised") << A.toUpper() << QStringList {A} << 0 << 0;
    QTest::newRow("non-ascii around") << QStringLiteral("Anruf für Müller→%1← ✓").arg(A) << QStringList {A} << 0 << 0;
    QTest::newRow("cjk around") << QStringLiteral("通话%1结束").arg(A) << QStringList {A} << 0 << 0;
    QTest::newRow("underscore prefix") << QStringLiteral("call_%1").arg(A) << QStringList {A} << 0 << 0;
    QTest::newRow("colon label") << QStringLiteral("Call ID:%1").arg(A) << QStringList {A} << 0 << 0;
    QTest::newRow("order of first appearance")
        << QStringLiteral("%1 %2 %1 %3").arg(C, A, B) << QStringList {C, A, B} << 1 << 0;
    QTest::newRow("duplicate by case") << QStringLiteral("%1\n%2").arg(A, A.toUpper()) << QStringList {A} << 1 << 0;
    QTest::newRow("35 characters") << A.left(35) << QStringList {} << 0 << 1;
    QTest::newRow("non-hex character") << QString(A).replace(5, 1, u'g') << QStringList {} << 0 << 1;
    QTest::newRow("glued hex digits after") << A + QStringLiteral("ff") << QStringList {} << 0 << 1;
    QTest::newRow("glued hex digits before") << QStringLiteral("0") + A << QStringList {} << 0 << 1;
    QTest::newRow("glued dash") << A + QStringLiteral("-1") << QStringList {} << 0 << 1;
    QTest::newRow("glued letter after") << A + QStringLiteral("g") << QStringList {} << 0 << 1;
    QTest::newRow("glued dash at the end of a line")
        << B + u'\n' + A + QStringLiteral("-\n") << QStringList {B} << 0 << 1;
    QTest::newRow("glued letters") << QStringLiteral("xyz") + A << QStringList {} << 0 << 1;
    QTest::newRow("two glued ids") << A + B << QStringList {} << 0 << 1;
    QTest::newRow("no dashes") << QString(A).remove(u'-') << QStringList {} << 0 << 1;
    QTest::newRow("markdown rule is not a near miss")
        << QStringLiteral("|------------------------------------|") << QStringList {} << 0 << 0;
    QTest::newRow("ordinary words") << QStringLiteral("Please stop all calls to this customer today.") << QStringList {}
                                    << 0 << 0;
    QTest::newRow("phone numbers and dates")
        << QStringLiteral("+918882876897 2025-01-02T10:00:00Z") << QStringList {} << 0 << 0;
    QTest::newRow("empty") << QString() << QStringList {} << 0 << 0;
    QTest::newRow("good beside bad") << QStringLiteral("%1 %2").arg(A, B.left(30)) << QStringList {A} << 0 << 1;
    QTest::newRow("csv with decoys") << QStringLiteral("id,agent_id\n%1,%2\n").arg(A, B) << QStringList {A, B} << 0
                                     << 0;
}

void TestIdExtractor::extract()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    QFETCH(int, duplicates);
    QFETCH(int, nearMisses);

    const ExtractionResult result = IdExtractor::extract(text);
    QStringList got;
    for (const CallId& id : result.ids)
        got.append(id.toString());
    QCOMPARE(got, ids);
    QCOMPARE(result.duplicates.size(), duplicates);
    QCOMPARE(result.nearMisses.size(), nearMisses);
    for (const NearMiss& miss : result.nearMisses)
        QVERIFY2(!miss.reason.isEmpty(), qPrintable(miss.text));
}

void TestIdExtractor::nearMissLines()
{
    const QString text = QStringLiteral("header\r\n%1\r\n\r\n%2\r\n%3x\n").arg(A, B.left(35), C);
    const ExtractionResult result = IdExtractor::extract(text);
    QCOMPARE(result.ids.size(), 1);
    QCOMPARE(result.lines.value(0), 2);
    QCOMPARE(result.nearMisses.size(), 2);
    QCOMPARE(result.nearMisses.at(0).line, 4);
    QCOMPARE(result.nearMisses.at(0).text, B.left(35));
    QVERIFY(result.nearMisses.at(0).reason.contains(QLatin1String("35")));
    QCOMPARE(result.nearMisses.at(1).line, 5);
    QVERIFY(result.nearMisses.at(1).reason.contains(QLatin1String("joined")));
}

void TestIdExtractor::duplicateLines()
{
    const ExtractionResult result = IdExtractor::extract(QStringLiteral("%1\n%2\n%1\n").arg(A, B));
    QCOMPARE(result.duplicates.size(), 1);
    QCOMPARE(result.duplicates.at(0).line, 3);
    QCOMPARE(result.duplicates.at(0).firstLine, 1);
    QCOMPARE(result.duplicates.at(0).id.toString(), A);
}

void TestIdExtractor::knownIdsAreDuplicates()
{
    IdExtractor extractor;
    extractor.addKnown(*CallId::parse(A));
    extractor.addText(QStringLiteral("%1 %2").arg(A, B));
    QCOMPARE(extractor.result().ids.size(), 1);
    QCOMPARE(extractor.result().ids.at(0).toString(), B);
    QCOMPARE(extractor.duplicateCount(), 1);
}

void TestIdExtractor::largeInput()
{
    // Many near misses: only a bounded number is stored, but all are counted.
    QString text;
    const int n = IdExtractor::MaxStoredReports + 50;
    text.reserve(n * 37);
    for (int i = 0; i < n; ++i)
        text += A.left(35) + u'\n';
    IdExtractor extractor;
    extractor.addText(text);
    QCOMPARE(extractor.nearMissCount(), n);
    QCOMPARE(extractor.result().nearMisses.size(), IdExtractor::MaxStoredReports);
}

QTEST_GUILESS_MAIN(TestIdExtractor)
#include "tst_idextractor.moc"
