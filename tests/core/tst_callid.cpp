#include "ids/CallId.h"

#include <QSet>
#include <QTest>

using callstop::CallId;

class TestCallId : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void roundTripBytes();
    void hashAndCompare();
};

void TestCallId::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: rejected

    const QString canonical = QStringLiteral("86815974-8a87-4e32-9953-aca4f97868ab");
    QTest::newRow("canonical") << canonical << canonical;
    QTest::newRow("upper case") << QStringLiteral("86815974-8A87-4E32-9953-ACA4F97868AB") << canonical;
    QTest::newRow("mixed case") << QStringLiteral("86815974-8a87-4E32-9953-aCa4F97868aB") << canonical;
    QTest::newRow("braces") << QStringLiteral("{86815974-8a87-4e32-9953-aca4f97868ab}") << canonical;
    QTest::newRow("spaces") << QStringLiteral("   86815974-8a87-4e32-9953-aca4f97868ab \t") << canonical;
    QTest::newRow("double quotes") << QStringLiteral("\"86815974-8a87-4e32-9953-aca4f97868ab\"") << canonical;
    QTest::newRow("single quotes") << QStringLiteral("'86815974-8a87-4e32-9953-aca4f97868ab'") << canonical;
    QTest::newRow("quoted braces") << QStringLiteral(" \"{86815974-8A87-4E32-9953-ACA4F97868AB}\" ") << canonical;
    QTest::newRow("typographic quotes") << QStringLiteral("\u201c86815974-8a87-4e32-9953-aca4f97868ab\u201d")
                                        << canonical;
    QTest::newRow("crlf around") << QStringLiteral("\r\n86815974-8a87-4e32-9953-aca4f97868ab\r\n") << canonical;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("35 characters") << QStringLiteral("86815974-8a87-4e32-9953-aca4f97868a") << QString();
    QTest::newRow("37 characters") << QStringLiteral("86815974-8a87-4e32-9953-aca4f97868abc") << QString();
    QTest::newRow("non-hex g") << QStringLiteral("86815974-8a87-4e32-9953-aca4f97868ag") << QString();
    QTest::newRow("dash misplaced") << QStringLiteral("8681597-48a87-4e32-9953-aca4f97868ab") << QString();
    QTest::newRow("no dashes") << QStringLiteral("868159748a874e329953aca4f97868ab") << QString();
    QTest::newRow("text around") << QStringLiteral("id 86815974-8a87-4e32-9953-aca4f97868ab") << QString();
    QTest::newRow("unbalanced brace") << QStringLiteral("{86815974-8a87-4e32-9953-aca4f97868ab") << QString();
    QTest::newRow("underscores") << QStringLiteral("86815974_8a87_4e32_9953_aca4f97868ab") << QString();
    QTest::newRow("all zero") << QStringLiteral("00000000-0000-0000-0000-000000000000")
                              << QStringLiteral("00000000-0000-0000-0000-000000000000");
}

void TestCallId::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto id = CallId::parse(input);
    QCOMPARE(id.has_value(), !expected.isEmpty());
    if (id)
        QCOMPARE(id->toString(), expected);
}

void TestCallId::roundTripBytes()
{
    const auto ok = CallId::parse(QStringLiteral("01234567-89ab-cdef-0123-456789abcdef"));
    QVERIFY(ok);
    QCOMPARE(ok->bytes()[0], 0x01);
    QCOMPARE(ok->bytes()[15], 0xef);
    QCOMPARE(ok->toLatin1(), QByteArray("01234567-89ab-cdef-0123-456789abcdef"));
    QCOMPARE(sizeof(CallId), std::size_t(16));
}

void TestCallId::hashAndCompare()
{
    const auto a = CallId::parse(QStringLiteral("86815974-8a87-4e32-9953-aca4f97868ab"));
    const auto b = CallId::parse(QStringLiteral("{86815974-8A87-4E32-9953-ACA4F97868AB}"));
    const auto c = CallId::parse(QStringLiteral("9ab99d2d-595c-4ca1-bab7-07d13f253156"));
    QVERIFY(a && b && c);
    QCOMPARE(*a, *b);
    QVERIFY(*a != *c);
    QSet<CallId> set {*a, *b, *c};
    QCOMPARE(set.size(), 2);
}

QTEST_GUILESS_MAIN(TestCallId)
#include "tst_callid.moc"
