#include "ids/CallIdIndex.h"
#include "util/LargeMemory.h"

#include <QList>
#include <QTest>

#include <vector>

using namespace callstop;

namespace {

CallId idNumber(int n)
{
    return *CallId::parse(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

} // namespace

// The duplicate index behind paste and import: values in, IDs looked up where they already are.
class TestCallIdIndex : public QObject
{
    Q_OBJECT

private slots:
    void insertAndFind();
    void growsWithoutLosingEntries_data();
    void growsWithoutLosingEntries();
    void hugePageAdviceKeepsContents_data();
    void hugePageAdviceKeepsContents();
};

void TestCallIdIndex::insertAndFind()
{
    QList<CallId> keys;
    CallIdIndex index;
    const auto keyAt = [&keys](std::uint32_t i) -> const CallId& { return keys.at(qsizetype(i)); };
    QCOMPARE(index.find(idNumber(1), keyAt), CallIdIndex::NotFound);
    for (int n : {1, 2, 3}) {
        QCOMPARE(index.insert(idNumber(n), std::uint32_t(keys.size()), keyAt), CallIdIndex::NotFound);
        keys.append(idNumber(n));
    }
    // A second insert of a present ID gives the first one's value and stores nothing.
    QCOMPARE(index.insert(idNumber(2), 99, keyAt), 1u);
    QCOMPARE(index.size(), std::size_t(3));
    QCOMPARE(index.find(idNumber(3), keyAt), 2u);
    QCOMPARE(index.find(idNumber(4), keyAt), CallIdIndex::NotFound);
}

void TestCallIdIndex::growsWithoutLosingEntries_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("reserved");
    QTest::newRow("grows from empty") << 100000 << 0;
    QTest::newRow("reserved ahead (huge-page advice)") << 1000000 << 1100000;
}

void TestCallIdIndex::growsWithoutLosingEntries()
{
    QFETCH(int, count);
    QFETCH(int, reserved);
    QList<CallId> keys;
    keys.reserve(count);
    CallIdIndex index;
    const auto keyAt = [&keys](std::uint32_t i) -> const CallId& { return keys.at(qsizetype(i)); };
    if (reserved > 0)
        index.reserve(std::size_t(reserved), keyAt);
    for (int n = 0; n < count; ++n) {
        keys.append(idNumber(n));
        QCOMPARE(index.insert(keys.last(), std::uint32_t(n), keyAt), CallIdIndex::NotFound);
    }
    QCOMPARE(index.size(), std::size_t(count));
    // At most half full: about 8 bytes an entry.
    QVERIFY(index.memoryBytes() <= std::size_t(qMax(count, reserved)) * 16);
    for (int n = 0; n < count; n += 997)
        QCOMPARE(index.find(idNumber(n), keyAt), std::uint32_t(n));
    QCOMPARE(index.insert(idNumber(count - 1), 0, keyAt), std::uint32_t(count - 1));
}

void TestCallIdIndex::hugePageAdviceKeepsContents_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("bytes");
    QTest::newRow("small block: no advice") << 0 << 4096;
    QTest::newRow("unaligned 9 MiB") << 12345 << 9 * 1024 * 1024;
}

void TestCallIdIndex::hugePageAdviceKeepsContents()
{
    QFETCH(int, offset);
    QFETCH(int, bytes);
    std::vector<unsigned char> block(std::size_t(offset + bytes));
    for (std::size_t i = 0; i < block.size(); ++i)
        block[i] = static_cast<unsigned char>(i * 31 + 7);
    adviseHugePages(block.data() + offset, std::size_t(bytes));
    for (std::size_t i = 0; i < block.size(); ++i) {
        if (block[i] != static_cast<unsigned char>(i * 31 + 7))
            QFAIL(qPrintable(QStringLiteral("byte %1 changed").arg(i)));
    }
}

QTEST_GUILESS_MAIN(TestCallIdIndex)
#include "tst_callidindex.moc"
