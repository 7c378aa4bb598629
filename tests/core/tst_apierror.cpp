#include "api/ApiError.h"
#include "util/Redactor.h"

#include <QTest>

using callstop::ApiError;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void messageFromBody_data();
    void messageFromBody();
    void httpErrorText();
    void networkErrors();
    void redactsKey();
};

void TestApiError::messageFromBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("detail string") << QByteArray(R"({"detail": "Invalid call IDs or no terminable calls found."})")
                                   << QStringLiteral("Invalid call IDs or no terminable calls found.");
    QTest::newRow("detail validation list") << QByteArray(
        R"({"detail": [{"loc": ["body", "call_ids", 0], "msg": "value is not a valid uuid", "type": "x"}]})")
                                            << QStringLiteral("body.call_ids.0: value is not a valid uuid");
    QTest::newRow("two validation errors")
        << QByteArray(R"({"detail": [{"loc": ["body"], "msg": "a"}, {"loc": ["query", "id"], "msg": "b"}]})")
        << QStringLiteral("body: a; query.id: b");
    QTest::newRow("error object") << QByteArray(
        R"({"error": {"code": "401 Unauthorized", "message": "Invalid credentials"}})")
                                  << QStringLiteral("Invalid credentials (401 Unauthorized)");
    QTest::newRow("detail object") << QByteArray(R"({"detail": {"code": "RATE_LIMITED", "message": "Slow down"}})")
                                   << QStringLiteral("Slow down (RATE_LIMITED)");
    QTest::newRow("message") << QByteArray(R"({"message": "Calls terminated successfully!"})")
                             << QStringLiteral("Calls terminated successfully!");
    QTest::newRow("plain text") << QByteArray("upstream connect error or disconnect/reset before headers\n")
                                << QStringLiteral("upstream connect error or disconnect/reset before headers");
    QTest::newRow("html title") << QByteArray("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad "
                                              "Gateway</h1><hr>nginx</body></html>")
                                << QStringLiteral("502 Bad Gateway");
    QTest::newRow("html without title") << QByteArray(
        "<html><body><h1>Service\nUnavailable</h1><script>x()</script></body></html>")
                                        << QStringLiteral("Service Unavailable");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("whitespace") << QByteArray(" \r\n ") << QString();
    QTest::newRow("json without message") << QByteArray(R"({"foo": 1})") << QString();
    QTest::newRow("json array of strings") << QByteArray(R"(["a", "b"])") << QStringLiteral("a; b");
    QTest::newRow("truncated json") << QByteArray(R"({"detail": "abc)") << QStringLiteral(R"({"detail": "abc)");
    QTest::newRow("long text is cut") << QByteArray(400, 'x') << QString(299, u'x') + QChar(0x2026);
}

void TestApiError::messageFromBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(ApiError::messageFromBody(body), expected);
}

void TestApiError::httpErrorText()
{
    const QString unauthorized
        = ApiError::httpErrorText(401, R"({"error": {"code": "401 Unauthorized", "message": "Invalid credentials"}})");
    QVERIFY(unauthorized.contains(QLatin1String("Invalid credentials")));
    QVERIFY(unauthorized.contains(QLatin1String("regenerated")));
    QCOMPARE(unauthorized.count(QLatin1String("401")), 1);
    QCOMPARE(ApiError::httpErrorText(503, {}), QStringLiteral("The server answered HTTP 503 Service Unavailable."));
    QCOMPARE(ApiError::httpErrorText(418, {}), QStringLiteral("The server answered HTTP 418."));
    QCOMPARE(ApiError::httpErrorText(422, R"({"detail":[{"loc":["body"],"msg":"field required"}]})"),
        QStringLiteral("body: field required (HTTP 422 Unprocessable Entity)"));
}

void TestApiError::networkErrors()
{
    QVERIFY(ApiError::networkErrorText(QNetworkReply::OperationCanceledError, {}, true)
                .contains(QLatin1String("timed out")));
    QVERIFY(ApiError::networkErrorText(QNetworkReply::ConnectionRefusedError, {}, false)
                .contains(QLatin1String("refused")));
    QVERIFY(
        ApiError::networkErrorText(QNetworkReply::HostNotFoundError, {}, false).contains(QLatin1String("host name")));
    QVERIFY(ApiError::networkErrorText(QNetworkReply::SslHandshakeFailedError, QStringLiteral("expired"), false)
                .contains(QLatin1String("expired")));
    QVERIFY(ApiError::networkErrorText(QNetworkReply::NoError, {}, false).isEmpty());
}

void TestApiError::redactsKey()
{
    const QString key = QStringLiteral("7251cb4b-3373-43a4-844c-b27a1d45e0c9");
    callstop::Redactor::addSecret(key);
    const QString text
        = ApiError::messageFromBody(QByteArray(R"({"detail": "bad key 7251CB4B-3373-43a4-844c-b27a1d45e0c9"})"));
    QVERIFY(!text.contains(key, Qt::CaseInsensitive));
    QVERIFY(text.contains(callstop::Redactor::placeholder()));
    // Bytes (journal and audit records): as written, in lower and in upper case, every occurrence.
    const QByteArray line = "a " + key.toUtf8() + " b " + key.toUpper().toUtf8() + " c " + key.toUtf8() + "\n";
    QCOMPARE(callstop::Redactor::redact(line), QByteArray("a [redacted] b [redacted] c [redacted]\n"));
    callstop::Redactor::removeSecret(key);
    QCOMPARE(callstop::Redactor::redact(line), line);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
