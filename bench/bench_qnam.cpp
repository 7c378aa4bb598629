// The floor under CallStop's throughput: Qt's HTTP client alone (QNetworkAccessManager, the client CallStop is built
// on) sending the same PATCH requests with the same number in flight, with none of CallStop's work (no journal, no
// audit log, no parsing of answers). Used by bench/run_benchmarks.py.
//
//   bench_qnam BASE_URL IDS_FILE CONCURRENCY [CA_FILE]     (the key is read from CALLSTOP_API_KEY)
//
// Prints one JSON line: {"requests": N, "failed": N, "wall_ms": N}.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: bench_qnam BASE_URL IDS_FILE CONCURRENCY [CA_FILE]\n");
        return 2;
    }
    const QUrl url(args.at(1) + QStringLiteral("/campaign/terminate/calls"));
    QFile file(args.at(2));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(2)));
        return 2;
    }
    const QList<QByteArray> ids = file.readAll().trimmed().split('\n');
    const int concurrency = qBound(1, args.at(3).toInt(), 16);

    QList<QByteArray> bodies;
    for (qsizetype i = 0; i < ids.size(); i += 100) {
        QByteArray body = "{\"call_ids\":[";
        for (qsizetype j = i; j < qMin<qsizetype>(i + 100, ids.size()); ++j)
            body += (j > i ? ",\"" : "\"") + ids.at(j).trimmed() + '"';
        bodies.append(body + "]}");
    }

    QNetworkRequest request(url);
    request.setRawHeader("X-API-KEY", qgetenv("CALLSTOP_API_KEY"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (args.size() > 4) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(args.at(4)));
        request.setSslConfiguration(tls);
    }

    // One manager per 6 in flight, as CallStop does: Qt opens at most 6 connections to a host per manager.
    QList<QNetworkAccessManager*> managers;
    for (int i = 0; i < (concurrency + 5) / 6; ++i)
        managers.append(new QNetworkAccessManager(&app));

    qsizetype next = 0;
    qsizetype done = 0;
    int failed = 0;
    QElapsedTimer timer;
    timer.start();
    std::function<void(int)> send = [&](int lane) {
        QNetworkReply* reply = managers.at(lane / 6)->sendCustomRequest(request, "PATCH", bodies.at(next++));
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply, lane] {
            reply->readAll();
            if (reply->error() != QNetworkReply::NoError)
                ++failed;
            reply->deleteLater();
            ++done;
            if (next < bodies.size())
                send(lane);
            else if (done == bodies.size())
                app.quit();
        });
    };
    for (int lane = 0; lane < concurrency && next < bodies.size(); ++lane)
        send(lane);
    app.exec();
    std::printf("{\"requests\": %lld, \"failed\": %d, \"wall_ms\": %lld}\n", static_cast<long long>(done), failed,
        static_cast<long long>(timer.elapsed()));
    return failed == 0 ? 0 : 1;
}
