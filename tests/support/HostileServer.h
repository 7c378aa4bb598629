#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace callstop::test {

// What a server across a gigabit network can send at most.
constexpr qint64 GigabitBytesPerSecond = 125LL * 1000 * 1000;

// An HTTP/1.1 server (plain or over TLS) on 127.0.0.1 that answers the way a broken, hostile or foreign server does:
// bodies without end, pages of a proxy, answers dripped a byte at a time, redirects. It runs in a thread of its own, so
// that a test can block (waiting for a child process) while it serves. Every connection is closed after its answer.
class HostileServer final
{
public:
    enum class Mode {
        Ok, // the API's answers: terminate, workspace, call-details
        HugeContentLength, // 200, Content-Length: 4000000000, and that many bytes if the client reads them
        EndlessBody, // 200 without a length, a body that never ends
        EndlessChunked, // 200, chunked, chunks without end
        EndlessHeaders, // a status line, then header lines without end
        HtmlLogin, // 200 text/html: a proxy's login page
        NotJson, // 200 application/json whose body is not JSON
        SuccessFalse, // 200 {"success": false, "error": {...}}
        TrickleBody, // 200 with a length; the body one byte per trickle interval
        TrickleHeaders, // the status line and headers one byte per trickle interval
        Redirect, // redirectStatus with Location: redirectTarget + the request's path
        RetryAfter, // failures times retryAfterStatus with Retry-After: retryAfter, then Ok
        BadGatewayHtml, // failures times 502 with an nginx HTML page, then Ok
        CutMidBody, // 200 announcing 200 bytes, 20 of them written, then the connection closed
    };

    struct Options
    {
        Mode mode = Mode::Ok;
        // When not empty, the mode applies only to requests whose path ends with this; the others get Ok answers.
        QByteArray onlyPath;
        int trickleIntervalMs = 1000;
        int redirectStatus = 302;
        QByteArray redirectTarget; // e.g. http://127.0.0.1:PORT
        int retryAfterStatus = 503;
        QByteArray retryAfter;
        int failures = 1;
        // Bytes a second an endless answer is written at; 0 is as fast as loopback goes (faster than any network).
        qint64 bytesPerSecond = 0;
        // When both are set, the server speaks HTTPS with this certificate and key (PEM files); plain HTTP otherwise.
        QString certificateFile;
        QString keyFile;
    };

    struct Request
    {
        QByteArray method;
        QByteArray path; // with the query
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    explicit HostileServer(Options options);
    ~HostileServer();
    HostileServer(const HostileServer&) = delete;
    HostileServer& operator=(const HostileServer&) = delete;

    // Listens on 127.0.0.1 (a free port) in the server's thread; false when it cannot (or the TLS files do not load).
    bool start();
    quint16 port() const { return m_port; }
    QByteArray origin() const; // http://127.0.0.1:PORT, or https:// when TLS is on
    QString baseUrl() const; // origin + /ca/api/v0
    // Changes how the next requests are answered (the count of failures starts again).
    void setMode(Mode mode);

    QList<Request> requests() const;
    qint64 bytesSent() const { return m_bytesSent.load(); }
    // Connections whose answer is still being written (endless and trickled answers end when the client goes).
    int openConnections() const { return m_open.load(); }

    static const char* modeName(Mode mode);

    // Used by the server's thread.
    struct Shared
    {
        mutable QMutex mutex;
        Options options;
        QList<Request> requests;
        int answered = 0; // requests answered in the current mode (for failures)
    };

private:
    class Worker;
    Shared m_shared;
    std::atomic<qint64> m_bytesSent {0};
    std::atomic<int> m_open {0};
    quint16 m_port = 0;
    bool m_tls = false;
    QThread* m_thread = nullptr;
    Worker* m_worker = nullptr;
};

} // namespace callstop::test
