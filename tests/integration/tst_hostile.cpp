#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "jobs/TerminationJob.h"
#include "support/HostileServer.h"
#include "util/Redactor.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace callstop;
using callstop::test::HostileServer;
using Mode = callstop::test::HostileServer::Mode;

namespace {

const QString Key = QStringLiteral("7d3c9a52-6f1e-4b8a-9c0d-2e4f6a8b0c1d");

ApiResponse waitFor(ApiCall* call, int ms = 30000)
{
    QSignalSpy spy(call, &ApiCall::finished);
    if (!spy.wait(ms))
        qFatal("no answer");
    return spy.at(0).at(0).value<ApiResponse>();
}

QList<CallId> someIds(int count)
{
    QList<CallId> ids;
    for (int i = 0; i < count; ++i)
        ids.append(*CallId::parse(QStringLiteral("3f2a1b4c-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'))));
    return ids;
}

void setUp(ApiClient& client, const HostileServer& server, int timeoutMs = 10000)
{
    client.setBaseUrl(QUrl(server.baseUrl()));
    client.setApiKey(Key);
    client.setTimeoutMs(timeoutMs);
}

} // namespace

// The client against a server that is broken, hostile or not the API at all (tests/support/HostileServer): nothing
// it answers may crash the client, hold it past its deadline, grow it without bound, carry the key elsewhere, or be
// recorded as a termination unless it is the API's own answer.
class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answerShapes_data();
    void answerShapes();
    void excerptIsPrintableAndRedacted();
    void realAnswerIsAccepted();
    void unboundedAnswerIsAbandoned_data();
    void unboundedAnswerIsAbandoned();
    void unboundedAnswerMakesBatchUnknown();
    void foreignAnswerIsUnexpected_data();
    void foreignAnswerIsUnexpected();
    void foreignWorkspaceAnswerIsNoSuccess();
    void foreignCheckIsNoConfirmation();
    void deadlineBoundsTrickle_data();
    void deadlineBoundsTrickle();
    void redirectsAreNotFollowed_data();
    void redirectsAreNotFollowed();
    void oddRetryAfterIsIgnored_data();
    void oddRetryAfterIsIgnored();
    void badGatewayPageIsRetried();
    void answerCutMidBodyIsUnknown();
};

void TestHostile::initTestCase()
{
    qRegisterMetaType<ApiResponse>();
    qRegisterMetaType<BatchResult>();
    qRegisterMetaType<JobSummary>();
}

void TestHostile::answerShapes_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("documented");
    const int terminate = int(ApiError::Answer::TerminateSuccess);
    const int workspace = int(ApiError::Answer::Workspace);
    const int details = int(ApiError::Answer::CallDetails);
    const int notFound = int(ApiError::Answer::NotFound);
    QTest::newRow("terminate") << terminate << QByteArray(R"({"message": "Calls terminated successfully!"})") << true;
    QTest::newRow("terminate, other text") << terminate << QByteArray(R"({"message": "Done"})") << true;
    QTest::newRow("terminate, success true") << terminate << QByteArray(R"({"success":true,"message":"ok"})") << true;
    QTest::newRow("terminate, success false")
        << terminate << QByteArray(R"({"success":false,"message":"Calls terminated successfully!"})") << false;
    QTest::newRow("terminate, error") << terminate
                                      << QByteArray(R"({"success":false,"error":{"code":"X","message":"no"}})")
                                      << false;
    QTest::newRow("terminate, message and error")
        << terminate << QByteArray(R"({"message":"Calls terminated successfully!","error":"quota"})") << false;
    QTest::newRow("terminate, message not a string") << terminate << QByteArray(R"({"message": 1})") << false;
    QTest::newRow("terminate, array") << terminate << QByteArray(R"([{"message": "ok"}])") << false;
    QTest::newRow("terminate, empty") << terminate << QByteArray() << false;
    QTest::newRow("terminate, text") << terminate << QByteArray("OK") << false;
    QTest::newRow("terminate, html") << terminate << QByteArray("<html><title>Login</title></html>") << false;
    QTest::newRow("terminate, trailing garbage") << terminate << QByteArray(R"({"message": "ok"} <html>)") << false;
    QTest::newRow("workspace") << workspace << QByteArray(R"({"workspace_info":{"id":"a","name":"b"}})") << true;
    QTest::newRow("workspace, flat") << workspace << QByteArray(R"({"id":"a","name":"b","credits":1})") << true;
    QTest::newRow("workspace, other") << workspace << QByteArray(R"({"success":false})") << false;
    QTest::newRow("workspace, html") << workspace << QByteArray("<!DOCTYPE html><html></html>") << false;
    QTest::newRow("call details") << details
                                  << QByteArray(R"({"status":"success","data":{"id":"x","call_status":"cancelled"}})")
                                  << true;
    QTest::newRow("call details, no status") << details << QByteArray(R"({"data":{"id":"x"}})") << false;
    QTest::newRow("call details, flat") << details << QByteArray(R"({"call_status":"cancelled"})") << false;
    QTest::newRow("not found") << notFound << QByteArray(R"({"detail":"Call not found"})") << true;
    QTest::newRow("not found, html") << notFound << QByteArray("<html><title>404 Not Found</title></html>") << false;
}

void TestHostile::answerShapes()
{
    QFETCH(int, answer);
    QFETCH(QByteArray, body);
    QFETCH(bool, documented);
    QCOMPARE(ApiError::hasDocumentedShape(ApiError::Answer(answer), body), documented);
}

void TestHostile::excerptIsPrintableAndRedacted()
{
    Redactor::addSecret(Key);
    QByteArray body = "<html><head></head><body>\x1b[2J\x1b]0;owned\x07 Welcome " + Key.toLatin1() + " \xe2\x80\xae"
        + QByteArray(5000, 'y') + "</body></html>";
    const QString excerpt = ApiError::excerpt(body);
    QVERIFY(excerpt.size() <= 200);
    QVERIFY2(!excerpt.contains(Key), qPrintable(excerpt));
    QVERIFY(excerpt.contains(Redactor::placeholder()));
    for (const QChar c : excerpt)
        QVERIFY2(c.isPrint(), qPrintable(excerpt));
    // A key cut at the end of the window the excerpt is taken from is not shown in part.
    QByteArray longBody(16 * 1024 - 10, 'z');
    longBody += Key.toLatin1() + QByteArray(100, 'z');
    QVERIFY(!ApiError::excerpt(longBody, 100000).contains(Key.left(10)));
    Redactor::removeSecret(Key);
}

void TestHostile::realAnswerIsAccepted()
{
    HostileServer server({});
    QVERIFY(server.start());
    ApiClient client;
    setUp(client, server);
    const ApiResponse r = waitFor(client.terminateCalls(someIds(3)));
    QVERIFY(r.isHttpSuccess());
    QVERIFY(!r.unexpectedAnswer);
    QCOMPARE(TerminationJob::classify(r), BatchOutcome::Accepted);
    QCOMPARE(r.message, QStringLiteral("Calls terminated successfully!"));
    QCOMPARE(r.contentType, QByteArray("application/json"));
    const ApiResponse w = waitFor(client.fetchWorkspace());
    QVERIFY(w.isHttpSuccess());
    QCOMPARE(w.data.value(QLatin1String("name")).toString(), QStringLiteral("Hostile workspace"));
    QVERIFY(!w.data.contains(QLatin1String("api_key")));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().first().headers.value("x-api-key"), Key.toLatin1());
}

void TestHostile::unboundedAnswerIsAbandoned_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("Content-Length: 4000000000") << int(Mode::HugeContentLength);
    QTest::newRow("endless body") << int(Mode::EndlessBody);
    QTest::newRow("endless chunked") << int(Mode::EndlessChunked);
    QTest::newRow("endless headers") << int(Mode::EndlessHeaders);
}

void TestHostile::unboundedAnswerIsAbandoned()
{
    QFETCH(int, mode);
    HostileServer::Options options;
    options.mode = Mode(mode);
    // Chunks written at loopback speed outrun Qt 6.4's decoder, which then buffers without bound before the reply
    // sees a byte (README, "How much of an answer is read"); at network speed it does not.
    if (Mode(mode) == Mode::EndlessChunked)
        options.bytesPerSecond = callstop::test::GigabitBytesPerSecond;
    HostileServer server(options);
    QVERIFY(server.start());
    // Headers come before anything a reply lets the client count: the deadline is what bounds them.
    const bool headers = Mode(mode) == Mode::EndlessHeaders;
    ApiClient client;
    setUp(client, server, headers ? 3000 : 20000);
    QElapsedTimer timer;
    timer.start();
    const ApiResponse r = waitFor(client.terminateCalls(someIds(2)));
    qInfo() << "answer after" << timer.elapsed() << "ms; the server wrote" << server.bytesSent()
            << "bytes:" << r.message;
    QVERIFY(!r.gotCompleteAnswer());
    QVERIFY(!r.isHttpSuccess());
    QVERIFY(r.mayHaveReachedServer());
    QVERIFY(!r.aborted);
    QVERIFY(TerminationJob::classify(r) != BatchOutcome::Accepted);
    QVERIFY2(timer.elapsed() < 15000, "abandoned only by the deadline");
    QVERIFY(r.body.size() <= 64 * 1024);
    if (headers) {
        QVERIFY(r.timedOut);
    } else {
        QVERIFY2(r.tooLarge, qPrintable(r.message));
        QVERIFY(!r.timedOut);
        QVERIFY(r.message.contains(QLatin1String("1 MiB")));
    }
    if (Mode(mode) == Mode::HugeContentLength)
        QVERIFY(r.message.contains(QLatin1String("4000000000")));
    // The client went away: the server's endless writing ends too. Not so for endless headers: Qt 6.4's HTTP thread
    // reads a header a byte at a time until the socket runs dry and does not see the abort meanwhile, so it goes
    // on reading (about 2 MB/s) until the server stops. The request is over for the client all the same.
    if (!headers)
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 10000);
}

void TestHostile::unboundedAnswerMakesBatchUnknown()
{
    HostileServer::Options options;
    options.mode = Mode::EndlessChunked;
    options.bytesPerSecond = callstop::test::GigabitBytesPerSecond; // see unboundedAnswerIsAbandoned
    HostileServer server(options);
    QVERIFY(server.start());
    ApiClient client;
    setUp(client, server);
    JobOptions jobOptions;
    jobOptions.retry.maxAttempts = 3;
    jobOptions.retry.baseDelayMs = 10;
    TerminationJob job(&client, someIds(150), jobOptions);
    QSignalSpy finished(&job, &TerminationJob::finished);
    job.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(job.batchCount(), 2);
    for (int slot = 0; slot < 2; ++slot) {
        const BatchResult& b = job.batch(slot);
        QCOMPARE(b.outcome, BatchOutcome::Unknown);
        QVERIFY(b.ambiguous);
        QCOMPARE(TerminationJob::rowStateFor(b.outcome), RowState::Unknown);
        QVERIFY2(b.message.contains(QLatin1String("may have applied")), qPrintable(b.message));
    }
    QCOMPARE(job.summary().unknown, 2);
    QCOMPARE(job.summary().accepted, 0);
}

void TestHostile::foreignAnswerIsUnexpected_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("type");
    QTest::newRow("HTML login page") << int(Mode::HtmlLogin)
                                     << QStringLiteral("an HTML page: probably a proxy or captive portal login")
                                     << QStringLiteral("Login - Corporate Portal")
                                     << QStringLiteral("text/html; charset=utf-8");
    QTest::newRow("not JSON") << int(Mode::NotJson) << QStringLiteral("text that is not JSON")
                              << QStringLiteral("OK: calls terminated") << QStringLiteral("application/json");
    QTest::newRow("success false") << int(Mode::SuccessFalse) << QStringLiteral("JSON of another shape")
                                   << QStringLiteral("Upstream quota exceeded") << QStringLiteral("application/json");
}

void TestHostile::foreignAnswerIsUnexpected()
{
    QFETCH(int, mode);
    QFETCH(QString, what);
    QFETCH(QString, sample);
    QFETCH(QString, type);
    HostileServer::Options options;
    options.mode = Mode(mode);
    HostileServer server(options);
    QVERIFY(server.start());
    ApiClient client;
    setUp(client, server);

    const ApiResponse r = waitFor(client.terminateCalls(someIds(1)));
    QCOMPARE(r.httpStatus, 200);
    QVERIFY(r.gotCompleteAnswer());
    QVERIFY(r.unexpectedAnswer);
    QVERIFY(!r.isHttpSuccess());
    QCOMPARE(TerminationJob::classify(r), BatchOutcome::UnexpectedAnswer);
    QVERIFY2(r.message.contains(what), qPrintable(r.message));
    QVERIFY2(r.message.contains(sample), qPrintable(r.message));
    QVERIFY2(r.message.contains(type), qPrintable(r.message));

    JobOptions jobOptions;
    jobOptions.retry.maxAttempts = 5;
    TerminationJob job(&client, someIds(120), jobOptions);
    QSignalSpy finished(&job, &TerminationJob::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    for (int slot = 0; slot < job.batchCount(); ++slot) {
        const BatchResult& b = job.batch(slot);
        QCOMPARE(b.outcome, BatchOutcome::UnexpectedAnswer);
        QCOMPARE(b.attempts, 1); // an answer that will not change is not sent again at once
        QCOMPARE(b.httpStatus, 200);
        QVERIFY(b.ambiguous);
        QVERIFY2(b.message.contains(sample) && b.message.contains(QLatin1String("sending it again is safe")),
            qPrintable(b.message));
        QCOMPARE(TerminationJob::rowStateFor(b.outcome), RowState::Unknown);
    }
    QCOMPARE(BatchOutcomes::key(BatchOutcome::UnexpectedAnswer), QStringLiteral("unexpected_answer"));
    QCOMPARE(job.summary().accepted, 0);
    QCOMPARE(job.summary().unknown, 2);
    QCOMPARE(job.summary().ending, JobSummary::Ending::Completed);
}

void TestHostile::foreignWorkspaceAnswerIsNoSuccess()
{
    HostileServer::Options options;
    options.mode = Mode::SuccessFalse;
    HostileServer server(options);
    QVERIFY(server.start());
    ApiClient client;
    setUp(client, server);
    const ApiResponse w = waitFor(client.fetchWorkspace());
    QVERIFY(w.unexpectedAnswer);
    QVERIFY(!w.isHttpSuccess());
    QVERIFY(w.data.isEmpty());
    // The workspace's body can hold the key: not even a redacted excerpt of it is kept.
    QVERIFY2(!w.message.contains(QLatin1String("quota")), qPrintable(w.message));
    QVERIFY2(w.message.contains(QLatin1String("JSON of another shape")), qPrintable(w.message));
}

void TestHostile::foreignCheckIsNoConfirmation()
{
    HostileServer::Options options;
    options.mode = Mode::HtmlLogin;
    options.onlyPath = "/calling/call-details";
    HostileServer server(options);
    QVERIFY(server.start());
    ApiClient client;
    setUp(client, server);
    JobOptions jobOptions;
    jobOptions.checkCalls = true;
    TerminationJob job(&client, someIds(5), jobOptions);
    QList<RowState> states;
    connect(&job, &TerminationJob::callChecked, &job, [&](int, RowState state, const QString& detail) {
        states.append(state);
        QVERIFY2(detail.contains(QLatin1String("could not be checked")), qPrintable(detail));
    });
    QSignalSpy finished(&job, &TerminationJob::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(job.summary().accepted, 1);
    QCOMPARE(job.summary().callsChecked, 0);
    QCOMPARE(job.summary().callsTerminated, 0);
    QCOMPARE(job.summary().checksFailed, 5);
    QCOMPARE(states.size(), 5);
}

void TestHostile::deadlineBoundsTrickle_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("body, a byte a second") << int(Mode::TrickleBody);
    QTest::newRow("headers, a byte a second") << int(Mode::TrickleHeaders);
}

void TestHostile::deadlineBoundsTrickle()
{
    QFETCH(int, mode);
    HostileServer::Options options;
    options.mode = Mode(mode);
    options.trickleIntervalMs = 500; // well within the transfer timeout, which each byte restarts
    HostileServer server(options);
    QVERIFY(server.start());
    ApiClient client;
    setUp(client, server, 2000);
    QElapsedTimer timer;
    timer.start();
    const ApiResponse r = waitFor(client.terminateCalls(someIds(1)));
    const qint64 elapsed = timer.elapsed();
    qInfo() << "gave up after" << elapsed << "ms:" << r.message;
    QVERIFY(r.timedOut);
    QVERIFY(!r.aborted);
    QVERIFY(!r.gotCompleteAnswer());
    QVERIFY(r.mayHaveReachedServer());
    QVERIFY2(elapsed >= 1900 && elapsed < 3500, qPrintable(QString::number(elapsed)));
    QVERIFY2(r.message.contains(QLatin1String("timed out")) && r.message.contains(QLatin1String("2000 ms")),
        qPrintable(r.message));
}

void TestHostile::redirectsAreNotFollowed_data()
{
    QTest::addColumn<int>("status");
    for (int status : {301, 302, 303, 307, 308})
        QTest::newRow(qPrintable(QString::number(status))) << status;
}

void TestHostile::redirectsAreNotFollowed()
{
    QFETCH(int, status);
    HostileServer elsewhere({});
    QVERIFY(elsewhere.start());
    HostileServer::Options options;
    options.mode = Mode::Redirect;
    options.redirectStatus = status;
    options.redirectTarget = elsewhere.origin();
    HostileServer server(options);
    QVERIFY(server.start());
    ApiClient client;
    setUp(client, server);

    const ApiResponse r = waitFor(client.terminateCalls(someIds(1)));
    QCOMPARE(r.httpStatus, status);
    QVERIFY(!r.isHttpSuccess());
    QCOMPARE(TerminationJob::classify(r), BatchOutcome::Failed);
    QVERIFY2(r.message.contains(QLatin1String("not followed")) && r.message.contains(QLatin1String("127.0.0.1")),
        qPrintable(r.message));
    const ApiResponse w = waitFor(client.fetchWorkspace());
    QCOMPARE(w.httpStatus, status);
    QVERIFY(!w.isHttpSuccess());

    JobOptions jobOptions;
    TerminationJob job(&client, someIds(1), jobOptions);
    QSignalSpy finished(&job, &TerminationJob::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(job.batch(0).outcome, BatchOutcome::Failed);
    QCOMPARE(job.batch(0).attempts, 1);

    QCOMPARE(server.requests().size(), 3);
    for (const auto& request : server.requests())
        QCOMPARE(request.headers.value("x-api-key"), Key.toLatin1());
    QVERIFY2(elsewhere.requests().isEmpty(), "the redirect was followed: the key went to another host");
}

void TestHostile::oddRetryAfterIsIgnored_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("status");
    QTest::newRow("999999999 s") << QByteArray("999999999") << 503;
    QTest::newRow("huge number") << QByteArray("99999999999999999999999") << 429;
    QTest::newRow("negative") << QByteArray("-30") << 503;
    QTest::newRow("far date") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << 429;
    QTest::newRow("garbage") << QByteArray("soon, maybe \x01\x02") << 503;
}

void TestHostile::oddRetryAfterIsIgnored()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, status);
    HostileServer::Options options;
    options.mode = Mode::RetryAfter;
    options.retryAfter = retryAfter;
    options.retryAfterStatus = status;
    options.failures = 1;
    HostileServer server(options);
    QVERIFY(server.start());
    ApiClient client;
    setUp(client, server);
    JobOptions jobOptions;
    jobOptions.retry.maxAttempts = 3;
    jobOptions.retry.baseDelayMs = 100;
    TerminationJob job(&client, someIds(1), jobOptions);
    QList<qint64> delays;
    connect(&job, &TerminationJob::batchRetrying, &job, [&](int, int, qint64 delay) { delays.append(delay); });
    QSignalSpy finished(&job, &TerminationJob::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(delays.size(), 1);
    QVERIFY2(delays.first() <= jobOptions.retry.backoffBoundMs(2), qPrintable(QString::number(delays.first())));
    QCOMPARE(job.batch(0).outcome, BatchOutcome::Accepted);
}

void TestHostile::badGatewayPageIsRetried()
{
    HostileServer::Options options;
    options.mode = Mode::BadGatewayHtml;
    options.failures = 2;
    HostileServer server(options);
    QVERIFY(server.start());
    ApiClient client;
    setUp(client, server);
    JobOptions jobOptions;
    jobOptions.retry.maxAttempts = 3;
    jobOptions.retry.baseDelayMs = 20;
    TerminationJob job(&client, someIds(1), jobOptions);
    QStringList reasons;
    connect(&job, &TerminationJob::batchRetrying, &job,
        [&](int, int, qint64, const QString& reason) { reasons.append(reason); });
    QSignalSpy finished(&job, &TerminationJob::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(job.batch(0).outcome, BatchOutcome::Accepted);
    QCOMPARE(job.batch(0).attempts, 3);
    QCOMPARE(reasons.size(), 2);
    QVERIFY2(reasons.first().contains(QLatin1String("502 Bad Gateway")), qPrintable(reasons.first()));
}

void TestHostile::answerCutMidBodyIsUnknown()
{
    HostileServer::Options options;
    options.mode = Mode::CutMidBody;
    HostileServer server(options);
    QVERIFY(server.start());
    ApiClient client;
    setUp(client, server);
    const ApiResponse r = waitFor(client.terminateCalls(someIds(1)));
    QVERIFY(!r.gotCompleteAnswer());
    QVERIFY(r.mayHaveReachedServer());
    JobOptions jobOptions;
    jobOptions.retry.maxAttempts = 2;
    jobOptions.retry.baseDelayMs = 10;
    TerminationJob job(&client, someIds(1), jobOptions);
    QSignalSpy finished(&job, &TerminationJob::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(job.batch(0).outcome, BatchOutcome::Unknown);
    QCOMPARE(job.batch(0).attempts, 2);
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
