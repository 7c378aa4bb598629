// Phone numbers out of pasted text: dashboard rows, e-mails, CSV, tel: links, lists; what must not be taken for a
// number; duplicates, rejects and their lines; bounds.
#include "numbers/NumberExtractor.h"

#include <QElapsedTimer>
#include <QTest>

using namespace callstop;
using Refusal = PhoneNumber::Refusal;

namespace {

QStringList e164s(const NumberExtraction& result)
{
    QStringList out;
    for (const PhoneNumber& number : result.numbers)
        out.append(number.toString());
    return out;
}

QString describe(const NumberExtraction& result)
{
    QStringList parts;
    for (const RejectedNumber& r : result.rejected)
        parts.append(QStringLiteral("reject %1 [%2]: %3").arg(r.line).arg(r.text, r.reason));
    for (const DuplicateNumber& d : result.duplicates)
        parts.append(QStringLiteral("duplicate %1 of %2 [%3]").arg(d.line).arg(d.firstLine).arg(d.text));
    return e164s(result).join(u' ') + QStringLiteral(" | ") + parts.join(QStringLiteral("; "));
}

} // namespace

class TestPhoneNumberExtractor : public QObject
{
    Q_OBJECT

private slots:
    void extract_data();
    void extract();
    void notNumbers_data();
    void notNumbers();
    void dashboardRows();
    void emailText();
    void csvLines();
    void telLinks();
    void spellingsOfOneNumber();
    void rejectLines();
    void internationalPrefixWithoutRegion();
    void knownNumbersAreDuplicates();
    void piecesEqualWhole();
    void longLineOfNumbers();
    void manyRejectsAreCapped();
    void largePasteIsLinear();
};

void TestPhoneNumberExtractor::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QStringList>("numbers");
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<int>("rejected");

    const QString in = QStringLiteral("IN");
    QTest::newRow("one per line") << QStringLiteral("+918882876897\n+919876543210\n") << QString()
                                  << QStringList {QStringLiteral("+918882876897"), QStringLiteral("+919876543210")} << 0
                                  << 0;
    QTest::newRow("national list with region")
        << QStringLiteral("088828 76897\r\n98765-43210\r\n") << in
        << QStringList {QStringLiteral("+918882876897"), QStringLiteral("+919876543210")} << 0 << 0;
    QTest::newRow("comma separated") << QStringLiteral("+91 88828 76897, +91 98765 43210,+1 415 555 0100") << QString()
                                     << QStringList {QStringLiteral("+918882876897"), QStringLiteral("+919876543210"),
                                            QStringLiteral("+14155550100")}
                                     << 0 << 0;
    QTest::newRow("semicolon separated, quoted")
        << QStringLiteral("\"+918882876897\";\"+919876543210\"") << QString()
        << QStringList {QStringLiteral("+918882876897"), QStringLiteral("+919876543210")} << 0 << 0;
    QTest::newRow("slash between two numbers")
        << QStringLiteral("+91 88828 76897 / 98765 43210") << in
        << QStringList {QStringLiteral("+918882876897"), QStringLiteral("+919876543210")} << 0 << 0;
    QTest::newRow("json") << QStringLiteral("{\"mobile_numbers\": [\"+918882876897\", \"+919876543210\"]}") << QString()
                          << QStringList {QStringLiteral("+918882876897"), QStringLiteral("+919876543210")} << 0 << 0;
    QTest::newRow("wa.me link") << QStringLiteral("https://wa.me/918882876897") << in
                                << QStringList {QStringLiteral("+918882876897")} << 0 << 0;
    QTest::newRow("full-width digits in Japanese text")
        << QStringLiteral("\u96fb\u8a71\uff1a\uff10\uff13\uff0d\uff11\uff12\uff13\uff14\uff0d\uff15\uff16\uff17\uff18")
        << QStringLiteral("JP") << QStringList {QStringLiteral("+81312345678")} << 0 << 0;
    QTest::newRow("no-break spaces") << QStringLiteral("Mobile:\u00a0+44\u00a07400\u00a0123\u00a0456") << QString()
                                     << QStringList {QStringLiteral("+447400123456")} << 0 << 0;
    QTest::newRow("several countries") << QStringLiteral(
        "DE +49 30 1234567 | FR +33 1 23 45 67 89 | BR +55 11 91234-5678 | AU +61 412 345 678")
                                       << QString()
                                       << QStringList {QStringLiteral("+49301234567"), QStringLiteral("+33123456789"),
                                              QStringLiteral("+5511912345678"), QStringLiteral("+61412345678")}
                                       << 0 << 0;
    QTest::newRow("(0) after country code") << QStringLiteral("London office +44 (0)20 7946 0958.") << QString()
                                            << QStringList {QStringLiteral("+442079460958")} << 0 << 0;
    QTest::newRow("extension refused") << QStringLiteral("Desk: +1 415 555 0100 ext. 12") << QString() << QStringList {}
                                       << 0 << 1;
    QTest::newRow("national without region is reported")
        << QStringLiteral("030 1234567") << QString() << QStringList {} << 0 << 1;
    QTest::newRow("bare invalid digits in running text are passed over")
        << QStringLiteral("Invoice 1764758400 of customer 12345678 paid") << in << QStringList {} << 0 << 0;
    QTest::newRow("same number twice in one line") << QStringLiteral("+91 88828 76897 (mobile: 08882876897)") << in
                                                   << QStringList {QStringLiteral("+918882876897")} << 1 << 0;
    QTest::newRow("empty") << QString() << in << QStringList {} << 0 << 0;
    QTest::newRow("words only") << QStringLiteral("Please stop all calls to this customer today.") << in
                                << QStringList {} << 0 << 0;
}

void TestPhoneNumberExtractor::extract()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(QStringList, numbers);
    QFETCH(int, duplicates);
    QFETCH(int, rejected);

    const NumberExtraction result = NumberExtractor::extract(text, region);
    QVERIFY2(e164s(result) == numbers, qPrintable(describe(result)));
    QVERIFY2(result.duplicates.size() == duplicates, qPrintable(describe(result)));
    QVERIFY2(result.rejected.size() == rejected, qPrintable(describe(result)));
    QCOMPARE(result.lines.size(), result.numbers.size());
    for (const RejectedNumber& r : result.rejected)
        QVERIFY2(!r.reason.isEmpty() && r.refusal != Refusal::None, qPrintable(r.text));
}

void TestPhoneNumberExtractor::notNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");

    const QString in = QStringLiteral("IN");
    const QString de = QStringLiteral("DE");
    QTest::newRow("call UUID") << QStringLiteral("86815974-8a87-4e32-9953-aca4f97868ab") << in;
    QTest::newRow("call UUID, upper case, braces") << QStringLiteral("{86815974-8A87-4E32-9953-ACA4F97868AB}") << in;
    QTest::newRow("UUID of digits only") << QStringLiteral("12345678-1234-4234-9234-123456789012") << in;
    QTest::newRow("UUID without dashes") << QStringLiteral("868159748a874e329953aca4f97868ab") << in;
    QTest::newRow("UUID in a URL") << QStringLiteral("https://app.example/calls/86815974-8a87-4e32-9953-aca4f97868ab")
                                   << in;
    QTest::newRow("ISO date") << QStringLiteral("2026-12-03") << in;
    QTest::newRow("ISO date, German region") << QStringLiteral("2026-12-03") << de;
    QTest::newRow("ISO timestamp") << QStringLiteral("2026-12-03T10:15:22+05:30") << in;
    QTest::newRow("ISO timestamp, UTC, fraction") << QStringLiteral("2026-12-03T10:15:22.123Z") << in;
    QTest::newRow("date and time") << QStringLiteral("2026-12-03 10:15:22") << in;
    QTest::newRow("slashed date") << QStringLiteral("2026/12/03") << in;
    QTest::newRow("German date") << QStringLiteral("03.12.2026") << de;
    QTest::newRow("US date") << QStringLiteral("12/03/2026") << QStringLiteral("US");
    QTest::newRow("short year") << QStringLiteral("03-12-26") << in;
    QTest::newRow("time") << QStringLiteral("10:15") << in;
    QTest::newRow("time with seconds") << QStringLiteral("10:15:22") << in;
    QTest::newRow("duration") << QStringLiteral("00:01:23.456") << in;
    QTest::newRow("long ID digits") << QStringLiteral("123456789012345678901") << in;
    QTest::newRow("18-digit ID") << QStringLiteral("Campaign 987654321098765432") << in;
    QTest::newRow("letter-and-digit ID") << QStringLiteral("cmp_8882876897abcdef01") << in;
    QTest::newRow("digits glued to letters") << QStringLiteral("abc8882876897") << in;
    QTest::newRow("digits after a dashed prefix") << QStringLiteral("INV-8882876897") << in;
    QTest::newRow("digits before a dashed suffix") << QStringLiteral("8882876897-a") << in;
    QTest::newRow("price") << QStringLiteral("\u20b98882876897") << in;
    QTest::newRow("IPv4") << QStringLiteral("192.168.100.200") << in;
    QTest::newRow("e-mail address") << QStringLiteral("priya.8882876897@example.com") << in;
    QTest::newRow("timestamp and order number among words")
        << QStringLiteral("Order 20261203 shipped at 1764758400") << in;
}

void TestPhoneNumberExtractor::notNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    const NumberExtraction result = NumberExtractor::extract(text, region);
    QVERIFY2(result.isEmpty(), qPrintable(describe(result)));
}

void TestPhoneNumberExtractor::dashboardRows()
{
    // Rows copied from the campaign dashboard: call ID, number, status, start, duration, epoch, agent ID.
    const QString text = QStringLiteral(
        "Call ID\tMobile\tStatus\tStarted\tDuration\tEpoch\tAgent\n"
        "86815974-8a87-4e32-9953-aca4f97868ab\t+918882876897\tcompleted\t2026-12-03 10:15:22\t00:01:23\t1764758400\t"
        "9ab99d2d-595c-4ca1-bab7-07d13f253156\n"
        "7251cb4b-3373-43a4-844c-b27a1d45e0c9\t+91 98765 43210\tin-progress\t2026-12-03T10:16:02+05:30\t00:00:41\t"
        "1764758462\t9ab99d2d-595c-4ca1-bab7-07d13f253156\n"
        "12345678-1234-4234-9234-123456789012\t+91 88828 7689\tfailed\t03.12.2026 10:17\t0\t1764758520\t\n");
    const NumberExtraction result = NumberExtractor::extract(text, QStringLiteral("IN"));
    QVERIFY2(e164s(result) == (QStringList {QStringLiteral("+918882876897"), QStringLiteral("+919876543210")}),
        qPrintable(describe(result)));
    QCOMPARE(result.lines, (QList<int> {2, 3}));
    QVERIFY2(result.rejected.size() == 1, qPrintable(describe(result)));
    QCOMPARE(result.rejected.at(0).line, 4);
    QCOMPARE(result.rejected.at(0).text, QStringLiteral("+91 88828 7689"));
    QCOMPARE(result.rejected.at(0).refusal, Refusal::InvalidForRegion);
    QVERIFY(result.duplicates.isEmpty());
    QCOMPARE(result.lineCount, 4);
}

void TestPhoneNumberExtractor::emailText()
{
    const QString text = QStringLiteral(
        "Hi team,\n"
        "\n"
        "please stop the campaign calls to +91 88828 76897 and to 098765 43210 (his office: 080 2345 6789).\n"
        "The customer also wrote +91 88828 7689 by mistake.\n"
        "Order ref 12345678, ticket #4521, sent 03.12.2026 at 10:15.\n"
        "\n"
        "Thanks,\n"
        "Priya\n"
        "priya.9876543210@example.com | +91-80-2345-6789\n");
    const NumberExtraction result = NumberExtractor::extract(text, QStringLiteral("IN"));
    QVERIFY2(e164s(result)
            == (QStringList {
                QStringLiteral("+918882876897"), QStringLiteral("+919876543210"), QStringLiteral("+918023456789")}),
        qPrintable(describe(result)));
    QCOMPARE(result.lines, (QList<int> {3, 3, 3}));
    QVERIFY2(result.rejected.size() == 1, qPrintable(describe(result)));
    QCOMPARE(result.rejected.at(0).line, 4);
    QCOMPARE(result.rejected.at(0).refusal, Refusal::InvalidForRegion);
    QVERIFY2(result.duplicates.size() == 1, qPrintable(describe(result)));
    QCOMPARE(result.duplicates.at(0).line, 9);
    QCOMPARE(result.duplicates.at(0).firstLine, 3);
    QCOMPARE(result.duplicates.at(0).text, QStringLiteral("+91-80-2345-6789"));
}

void TestPhoneNumberExtractor::csvLines()
{
    const QString text = QStringLiteral("name,phone,created\n"
                                        "Asha,+91 88828 76897,2026-12-03\n"
                                        "Ravi,\"098765-43210\",2026-12-04\n"
                                        "Mira,+91 12345,2026-12-05\n"
                                        "Jon;+1 (415) 555-0100;12/05/2026\n"
                                        "Lena,\"0049 30 1234567\",05.12.2026\n");
    const NumberExtraction result = NumberExtractor::extract(text, QStringLiteral("IN"));
    QVERIFY2(e164s(result)
            == (QStringList {QStringLiteral("+918882876897"), QStringLiteral("+919876543210"),
                QStringLiteral("+14155550100"), QStringLiteral("+49301234567")}),
        qPrintable(describe(result)));
    QCOMPARE(result.lines, (QList<int> {2, 3, 5, 6}));
    QVERIFY2(result.rejected.size() == 1, qPrintable(describe(result)));
    QCOMPARE(result.rejected.at(0).line, 4);
    QCOMPARE(result.rejected.at(0).text, QStringLiteral("+91 12345"));
    QCOMPARE(result.rejected.at(0).refusal, Refusal::TooShort);
}

void TestPhoneNumberExtractor::telLinks()
{
    const QString text = QStringLiteral("<a href=\"tel:+14155550100\">Call</a>\n"
                                        "<a href='tel:+1-415-555-0199;ext=2'>Desk</a>\n"
                                        "Branch: tel:555-0123;phone-context=+1-212, TEL:+918882876897\n");
    const NumberExtraction result = NumberExtractor::extract(text, {});
    QVERIFY2(e164s(result)
            == (QStringList {
                QStringLiteral("+14155550100"), QStringLiteral("+12125550123"), QStringLiteral("+918882876897")}),
        qPrintable(describe(result)));
    QVERIFY2(result.rejected.size() == 1, qPrintable(describe(result)));
    QCOMPARE(result.rejected.at(0).line, 2);
    QCOMPARE(result.rejected.at(0).text, QStringLiteral("tel:+1-415-555-0199;ext=2"));
    QCOMPARE(result.rejected.at(0).refusal, Refusal::Extension);
}

void TestPhoneNumberExtractor::spellingsOfOneNumber()
{
    const QString text
        = QStringLiteral("+91 88828 76897\n"
                         "088828 76897\n"
                         "8882876897\n"
                         "+91-8882-876-897\n"
                         "tel:+918882876897\n"
                         "0091 88828 76897\n"
                         "(+91) 88828.76897\n"
                         "\uff0b\uff19\uff11\uff18\uff18\uff18\uff12\uff18\uff17\uff16\uff18\uff19\uff17\n");
    const NumberExtraction result = NumberExtractor::extract(text, QStringLiteral("IN"));
    QVERIFY2(e164s(result) == QStringList {QStringLiteral("+918882876897")}, qPrintable(describe(result)));
    QVERIFY2(result.duplicates.size() == 7, qPrintable(describe(result)));
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(result.duplicates.at(i).line, i + 2);
        QCOMPARE(result.duplicates.at(i).firstLine, 1);
    }
    QCOMPARE(result.duplicates.at(1).text, QStringLiteral("8882876897"));
}

void TestPhoneNumberExtractor::rejectLines()
{
    const QString text = QStringLiteral("+91 88828 76897\n"
                                        "\n"
                                        "12345\n"
                                        "+999 1234 5678\r\n"
                                        "030 1234567\r"
                                        "+44 20 7946 095\n"
                                        "+1 415 555 0100 x7\n"
                                        "phone\n");
    const NumberExtraction result = NumberExtractor::extract(text, {});
    QVERIFY2(e164s(result) == QStringList {QStringLiteral("+918882876897")}, qPrintable(describe(result)));
    QVERIFY2(result.rejected.size() == 5, qPrintable(describe(result)));
    const QList<QPair<int, Refusal>> expected {{3, Refusal::MissingCountry}, {4, Refusal::UnknownCountryCode},
        {5, Refusal::MissingCountry}, {6, Refusal::InvalidForRegion}, {7, Refusal::Extension}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(result.rejected.at(i).line, expected.at(i).first);
        QCOMPARE(result.rejected.at(i).refusal, expected.at(i).second);
    }
    QCOMPARE(result.rejected.at(2).text, QStringLiteral("030 1234567"));
    QVERIFY2(result.rejected.at(2).reason.contains(QStringLiteral("'030 1234567'")),
        qPrintable(result.rejected.at(2).reason));
    QCOMPARE(result.lineCount, 8);
}

void TestPhoneNumberExtractor::internationalPrefixWithoutRegion()
{
    const NumberExtraction result
        = NumberExtractor::extract(QStringLiteral("Call 0049 30 1234567 or +49 30 1234567 today"), {});
    QVERIFY2(e164s(result) == QStringList {QStringLiteral("+49301234567")}, qPrintable(describe(result)));
    QVERIFY2(result.duplicates.size() == 1, qPrintable(describe(result)));
    QCOMPARE(result.duplicates.at(0).text, QStringLiteral("+49 30 1234567"));

    // From the US, 00 is no international prefix.
    const NumberExtraction us = NumberExtractor::extract(QStringLiteral("0049 30 1234567"), QStringLiteral("US"));
    QVERIFY2(us.numbers.isEmpty() && us.rejected.size() == 1, qPrintable(describe(us)));
    QCOMPARE(us.rejected.at(0).text, QStringLiteral("0049 30 1234567"));
}

void TestPhoneNumberExtractor::knownNumbersAreDuplicates()
{
    NumberExtractor extractor(QStringLiteral("IN"));
    extractor.addKnown(*PhoneNumber::fromE164(QStringLiteral("+918882876897")));
    extractor.addText(QStringLiteral("088828 76897\n+91 98765 43210\n"));
    QCOMPARE(e164s(extractor.result()), QStringList {QStringLiteral("+919876543210")});
    QCOMPARE(extractor.duplicateCount(), 1);
    QCOMPARE(extractor.result().duplicates.at(0).firstLine, 0);
    QCOMPARE(extractor.result().duplicates.at(0).line, 1);
}

void TestPhoneNumberExtractor::piecesEqualWhole()
{
    const QString first = QStringLiteral("+91 88828 76897\n12345\n");
    const QString second = QStringLiteral("+91 98765 43210\n088828 76897\n+91 12\n");
    NumberExtractor extractor(QStringLiteral("IN"));
    extractor.addText(first, 1);
    extractor.addText(second, 3);
    const NumberExtraction whole = NumberExtractor::extract(first + second, QStringLiteral("IN"));
    QCOMPARE(e164s(extractor.result()), e164s(whole));
    QCOMPARE(extractor.result().lines, whole.lines);
    QCOMPARE(extractor.result().lineCount, whole.lineCount);
    QCOMPARE(extractor.result().rejected.size(), whole.rejected.size());
    QCOMPARE(extractor.result().rejected.at(1).line, 5);
    QCOMPARE(extractor.result().duplicates.at(0).line, 4);
    QCOMPARE(extractor.result().duplicates.at(0).firstLine, 1);
}

void TestPhoneNumberExtractor::longLineOfNumbers()
{
    // 3000 numbers on one line, far beyond one window: every one is found, none is cut at a window end.
    QString text;
    QStringList expected;
    for (int i = 0; i < 3000; ++i) {
        const QString number = QStringLiteral("+91 98%1 %2")
                                   .arg(i / 100, 3, 10, QLatin1Char('0'))
                                   .arg(i % 100 + 43200, 5, 10, QLatin1Char('0'));
        text += number + QStringLiteral(", ");
        expected.append(QString(number).remove(u' '));
    }
    const NumberExtraction result = NumberExtractor::extract(text, {});
    QCOMPARE(result.rejected.size(), 0);
    QCOMPARE(result.numbers.size(), expected.size());
    QCOMPARE(e164s(result), expected);
}

void TestPhoneNumberExtractor::manyRejectsAreCapped()
{
    const int n = NumberExtractor::MaxStoredReports + 50;
    QString text;
    text.reserve(n * 10);
    for (int i = 0; i < n; ++i)
        text += QStringLiteral("+91 1234\n");
    NumberExtractor extractor;
    extractor.addText(text);
    QCOMPARE(extractor.rejectedCount(), n);
    QCOMPARE(extractor.result().rejected.size(), NumberExtractor::MaxStoredReports);
    QCOMPARE(extractor.result().rejected.last().line, NumberExtractor::MaxStoredReports);
}

void TestPhoneNumberExtractor::largePasteIsLinear()
{
    // The same dashboard block repeated: ten times the text must cost about ten times the time, not a hundred.
    const QString block = QStringLiteral(
        "86815974-8a87-4e32-9953-aca4f97868ab\t+91 98%1 43210\tcompleted\t2026-12-03 10:15:22\t00:01:23\n");
    const auto paste = [&block](int lines) {
        QString text;
        for (int i = 0; i < lines; ++i)
            text += block.arg(i % 1000, 3, 10, QLatin1Char('0'));
        return text;
    };
    const QString small = paste(500);
    const QString large = paste(5000);
    QElapsedTimer timer;
    timer.start();
    const NumberExtraction a = NumberExtractor::extract(small, {});
    const qint64 smallNs = qMax<qint64>(timer.nsecsElapsed(), 1);
    timer.restart();
    const NumberExtraction b = NumberExtractor::extract(large, {});
    const qint64 largeNs = timer.nsecsElapsed();
    QCOMPARE(a.numbers.size(), 500);
    QCOMPARE(b.numbers.size(), 1000);
    QCOMPARE(b.duplicates.size(), 4000);
    // Reported, not asserted: timings on this shared machine belong to bench/.
    qInfo("500 lines: %lld ms, 5000 lines: %lld ms", smallNs / 1000000, largeNs / 1000000);
}

QTEST_GUILESS_MAIN(TestPhoneNumberExtractor)
#include "tst_phonenumberextractor.moc"
