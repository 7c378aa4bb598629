#include "jobs/RetryPolicy.h"

#include <QTest>

using namespace callstop;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void retryable_data();
    void retryable();
    void backoffBoundsAndCap();
    void jitterRange();
    void retryAfter_data();
    void retryAfter();
    void retryAfterIsAMinimum();
};

void TestRetryPolicy::retryable_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("error");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<bool>("expected");
    const int none = QNetworkReply::NoError;
    for (int s : {429, 500, 502, 503, 504})
        QTest::addRow("http %d", s) << s << none << false << true;
    for (int s : {400, 401, 403, 404, 409, 422, 200})
        QTest::addRow("http %d", s) << s << none << false << false;
    QTest::newRow("timeout") << 0 << int(QNetworkReply::OperationCanceledError) << true << true;
    QTest::newRow("refused") << 0 << int(QNetworkReply::ConnectionRefusedError) << false << true;
    QTest::newRow("closed") << 0 << int(QNetworkReply::RemoteHostClosedError) << false << true;
    QTest::newRow("closed mid-answer") << 200 << int(QNetworkReply::RemoteHostClosedError) << false << true;
    QTest::newRow("host not found") << 0 << int(QNetworkReply::HostNotFoundError) << false << false;
    QTest::newRow("tls") << 0 << int(QNetworkReply::SslHandshakeFailedError) << false << false;
}

void TestRetryPolicy::retryable()
{
    QFETCH(int, status);
    QFETCH(int, error);
    QFETCH(bool, timedOut);
    QFETCH(bool, expected);
    ApiResponse r;
    r.httpStatus = status;
    r.networkError = QNetworkReply::NetworkError(error);
    if (status >= 400 && error == QNetworkReply::NoError)
        r.networkError = QNetworkReply::UnknownContentError; // what Qt reports with an HTTP error status
    r.timedOut = timedOut;
    QCOMPARE(RetryPolicy::isRetryable(r), expected);
    r.aborted = true;
    QVERIFY(!RetryPolicy::isRetryable(r));
}

void TestRetryPolicy::backoffBoundsAndCap()
{
    RetryPolicy p;
    QCOMPARE(p.backoffBoundMs(2), 500);
    QCOMPARE(p.backoffBoundMs(3), 1000);
    QCOMPARE(p.backoffBoundMs(4), 2000);
    QCOMPARE(p.backoffBoundMs(8), 30000); // 32 s capped
    QCOMPARE(p.backoffBoundMs(60), 30000);
    p.baseDelayMs = 100;
    p.maxDelayMs = 250;
    QCOMPARE(p.backoffBoundMs(2), 100);
    QCOMPARE(p.backoffBoundMs(4), 250);
}

void TestRetryPolicy::jitterRange()
{
    RetryPolicy p;
    QRandomGenerator random(7);
    ApiResponse r;
    qint64 lo = std::numeric_limits<qint64>::max(), hi = 0;
    for (int i = 0; i < 2000; ++i) {
        const qint64 d = p.delayMs(3, r, &random);
        QVERIFY(d >= 0 && d <= 1000);
        lo = qMin(lo, d);
        hi = qMax(hi, d);
    }
    // Full jitter spreads over the whole range.
    QVERIFY(lo < 100);
    QVERIFY(hi > 900);
}

void TestRetryPolicy::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1: none
    QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 3 ") << qint64(3000);
    QTest::newRow("imf date") << QByteArray("Sun, 29 Nov 2026 12:00:30 GMT") << qint64(30000);
    QTest::newRow("rfc 850 date") << QByteArray("Sunday, 29-Nov-26 12:01:00 GMT") << qint64(60000);
    QTest::newRow("asctime date") << QByteArray("Sun Nov 29 12:00:10 2026") << qint64(10000);
    QTest::newRow("date in the past") << QByteArray("Sun, 29 Nov 2026 11:00:00 GMT") << qint64(0);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("absurd") << QByteArray("99999999999") << qint64(-1);
    QTest::newRow("overflows when multiplied")
        << QByteArray("001592586083764150273") << qint64(-1); // found by fuzz_retryafter
    QTest::newRow("bad date") << QByteArray("Sun, 99 Nov 2026 12:00:30 GMT") << qint64(-1);
}

void TestRetryPolicy::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2026, 11, 29), QTime(12, 0, 0), Qt::UTC);
    const auto got = RetryPolicy::parseRetryAfterMs(value, now);
    QCOMPARE(got.has_value(), expected >= 0);
    if (got)
        QCOMPARE(*got, expected);
}

void TestRetryPolicy::retryAfterIsAMinimum()
{
    RetryPolicy p;
    QRandomGenerator random(1);
    ApiResponse r;
    r.httpStatus = 429;
    r.retryAfter = "7";
    for (int i = 0; i < 100; ++i)
        QVERIFY(p.delayMs(2, r, &random) >= 7000);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
