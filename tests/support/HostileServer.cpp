#include "HostileServer.h"

#include <QFile>
#include <QHostAddress>
#include <QMutexLocker>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

namespace callstop::test {

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;
constexpr qint64 KeepQueued = 512 * 1024; // written ahead of the socket, so that it never waits for us
constexpr qint64 MaxRequestBytes = 1024 * 1024;

const QByteArray JsonType = QByteArrayLiteral("application/json");

QByteArray reasonFor(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Whatever";
    }
}

QByteArray head(int status, const QByteArray& contentType, qint64 length, const QByteArray& extra = {})
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonFor(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    if (length >= 0)
        out += "Content-Length: " + QByteArray::number(length) + "\r\n";
    out += extra;
    out += "Connection: close\r\n\r\n";
    return out;
}

QByteArray whole(int status, const QByteArray& contentType, const QByteArray& body, const QByteArray& extra = {})
{
    return head(status, contentType, body.size(), extra) + body;
}

QByteArray loginPage()
{
    return QByteArrayLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                             "<title>Login - Corporate Portal</title><style>body{font-family:sans-serif}</style>"
                             "</head><body><h1>Sign in to continue</h1><form method=\"post\" action=\"/login\">"
                             "<input name=\"user\"><input name=\"password\" type=\"password\">"
                             "<button>Sign in</button></form></body></html>\n");
}

QByteArray nginx502()
{
    return QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                             "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                             "</body>\r\n</html>\r\n");
}

// The API's own answers.
QByteArray okAnswer(const HostileServer::Request& request)
{
    const qsizetype query = request.path.indexOf('?');
    const QByteArray path = query >= 0 ? request.path.left(query) : request.path;
    if (path.contains("/campaign/terminate/"))
        return whole(200, JsonType, R"({"message":"Calls terminated successfully!"})");
    if (path.endsWith("/workspace"))
        return whole(200, JsonType,
            R"({"workspace_info":{"id":"5a0d7c1e-0000-4000-8000-000000000009","name":"Hostile workspace",)"
            R"("credits":7,"api_key":")"
                + request.headers.value("x-api-key") + R"("}})");
    if (path.endsWith("/calling/call-details")) {
        const QUrlQuery query(QString::fromLatin1(request.path.mid(request.path.indexOf('?') + 1)));
        return whole(200, JsonType,
            R"({"status":"success","data":{"id":")" + query.queryItemValue(QStringLiteral("id")).toLatin1()
                + R"(","call_status":"cancelled","call_sub_status":"USER_TERMINATED"}})");
    }
    return whole(404, JsonType, R"({"detail":"Not Found"})");
}

} // namespace

// One accepted connection: reads one request, answers it the way the mode says, closes.
class Connection final : public QObject
{
public:
    Connection(QTcpSocket* socket, HostileServer::Shared* shared, std::atomic<qint64>* sent, std::atomic<int>* open)
        : QObject(socket)
        , m_socket(socket)
        , m_shared(shared)
        , m_sent(sent)
        , m_open(open)
    {
        ++*m_open;
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64 n) {
            *m_sent += n;
            if (m_more)
                topUp();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::errorOccurred, socket, [socket] { socket->deleteLater(); });
    }
    ~Connection() override { --*m_open; }

private:
    void onReadyRead()
    {
        if (m_answering) {
            m_socket->readAll();
            return;
        }
        m_in += m_socket->readAll();
        if (m_in.size() > MaxRequestBytes) {
            m_socket->abort();
            return;
        }
        const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        HostileServer::Request request;
        const QList<QByteArray> lines = m_in.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qint64 length = request.headers.value("content-length").toLongLong();
        if (m_in.size() < headEnd + 4 + length)
            return;
        request.body = m_in.mid(headEnd + 4, length);
        m_answering = true;
        answer(request);
    }

    void answer(const HostileServer::Request& request)
    {
        HostileServer::Options options;
        int answered = 0;
        {
            QMutexLocker lock(&m_shared->mutex);
            m_shared->requests.append(request);
            options = m_shared->options;
            m_bytesPerSecond = options.bytesPerSecond;
            const bool applies = options.onlyPath.isEmpty() || request.path.contains(options.onlyPath);
            if (!applies)
                options.mode = HostileServer::Mode::Ok;
            else
                answered = m_shared->answered++;
        }
        using Mode = HostileServer::Mode;
        switch (options.mode) {
        case Mode::Ok:
            return finish(okAnswer(request));
        case Mode::HugeContentLength: {
            constexpr qint64 Huge = 4000000000LL;
            const QByteArray start = R"({"message":"Calls terminated successfully!","padding":")";
            m_socket->write(head(200, JsonType, Huge) + start);
            return stream(Huge - start.size(), [] { return QByteArray(ChunkBytes, 'x'); });
        }
        case Mode::EndlessBody:
            m_socket->write(head(200, JsonType, -1) + R"({"message":"Calls terminated successfully!","padding":")");
            return stream(-1, [] { return QByteArray(ChunkBytes, 'x'); });
        case Mode::EndlessChunked:
            m_socket->write(head(200, JsonType, -1, "Transfer-Encoding: chunked\r\n"));
            return stream(
                -1, [] { return QByteArray::number(ChunkBytes, 16) + "\r\n" + QByteArray(ChunkBytes, 'x') + "\r\n"; });
        case Mode::EndlessHeaders: {
            m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n");
            auto counter = std::make_shared<qint64>(0);
            return stream(-1, [counter] {
                QByteArray lines;
                while (lines.size() < ChunkBytes)
                    lines += "X-Padding-" + QByteArray::number(++*counter) + ": " + QByteArray(200, 'x') + "\r\n";
                return lines;
            });
        }
        case Mode::HtmlLogin:
            return finish(whole(200, "text/html; charset=utf-8", loginPage()));
        case Mode::NotJson:
            return finish(whole(200, JsonType, "OK: calls terminated\n"));
        case Mode::SuccessFalse:
            return finish(whole(200, JsonType,
                R"({"success":false,"error":{"code":"UPSTREAM_QUOTA","message":"Upstream quota exceeded"}})"));
        case Mode::TrickleBody: {
            const QByteArray body = R"({"message":"Calls terminated successfully!"})";
            m_socket->write(head(200, JsonType, body.size()));
            return trickle(body, options.trickleIntervalMs);
        }
        case Mode::TrickleHeaders:
            return trickle(okAnswer(request), options.trickleIntervalMs);
        case Mode::Redirect:
            return finish(whole(options.redirectStatus, JsonType, R"({"detail":"moved"})",
                "Location: " + options.redirectTarget + request.path + "\r\n"));
        case Mode::RetryAfter:
            if (answered < options.failures)
                return finish(whole(options.retryAfterStatus, JsonType, R"({"detail":"Try again later."})",
                    "Retry-After: " + options.retryAfter + "\r\n"));
            return finish(okAnswer(request));
        case Mode::BadGatewayHtml:
            if (answered < options.failures)
                return finish(whole(502, "text/html", nginx502()));
            return finish(okAnswer(request));
        case Mode::CutMidBody: {
            const QByteArray body = R"({"message":"Calls terminated successfully!"})";
            m_socket->write(head(200, JsonType, 200) + body.left(20));
            m_socket->disconnectFromHost();
            return;
        }
        }
    }

    void finish(const QByteArray& response)
    {
        m_socket->write(response);
        m_socket->disconnectFromHost(); // after what was written has left
    }

    // Writes what next() makes, for total bytes (-1: without end), as fast as the client takes it.
    void stream(qint64 total, std::function<QByteArray()> next)
    {
        m_remaining = total;
        m_next = std::move(next);
        m_more = true;
        if (m_bytesPerSecond > 0) {
            // Paced the way a network would: a budget every PaceMs.
            m_pacer = new QTimer(this);
            m_pacer->setTimerType(Qt::PreciseTimer);
            connect(m_pacer, &QTimer::timeout, this, [this] {
                m_budget = qMin(m_budget + m_bytesPerSecond * PaceMs / 1000, m_bytesPerSecond);
                topUp();
            });
            m_pacer->start(PaceMs);
            m_budget = m_bytesPerSecond * PaceMs / 1000;
        }
        topUp();
    }

    qint64 queued() const
    {
        const auto* tls = qobject_cast<const QSslSocket*>(m_socket);
        return m_socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
    }

    void topUp()
    {
        while (m_more && m_socket->state() == QAbstractSocket::ConnectedState && queued() < KeepQueued
            && (!m_pacer || m_budget > 0)) {
            QByteArray chunk = m_next();
            if (m_pacer)
                m_budget -= chunk.size();
            if (m_remaining >= 0) {
                chunk.truncate(qMin<qint64>(chunk.size(), m_remaining));
                m_remaining -= chunk.size();
                if (m_remaining == 0)
                    m_more = false;
            }
            m_socket->write(chunk);
        }
        if (!m_more)
            m_socket->disconnectFromHost();
    }

    void trickle(const QByteArray& data, int intervalMs)
    {
        auto* timer = new QTimer(this);
        auto position = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, this, [this, timer, data, position] {
            if (*position >= data.size()) {
                timer->stop();
                m_socket->disconnectFromHost();
                return;
            }
            m_socket->write(data.mid((*position)++, 1));
        });
        timer->start(intervalMs);
    }

    QTcpSocket* m_socket;
    HostileServer::Shared* m_shared;
    std::atomic<qint64>* m_sent;
    std::atomic<int>* m_open;
    QByteArray m_in;
    bool m_answering = false;
    bool m_more = false;
    qint64 m_remaining = -1;
    std::function<QByteArray()> m_next;
    static constexpr qint64 PaceMs = 10;
    qint64 m_bytesPerSecond = 0;
    qint64 m_budget = 0;
    QTimer* m_pacer = nullptr;
};

class HostileServer::Worker final : public QTcpServer
{
public:
    Worker(Shared* shared, std::atomic<qint64>* sent, std::atomic<int>* open)
        : m_shared(shared)
        , m_sent(sent)
        , m_open(open)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                socket->setParent(this);
                new Connection(socket, m_shared, m_sent, m_open);
            }
        });
    }

    // Loads the certificate and key when TLS is asked for; false when they do not load.
    bool useTls(const QString& certificateFile, const QString& keyFile)
    {
        QFile cert(certificateFile);
        QFile key(keyFile);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return false;
        m_certificate = QSslCertificate(&cert, QSsl::Pem);
        m_key = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
        m_tls = !m_certificate.isNull() && !m_key.isNull();
        return m_tls;
    }

    quint16 open() { return listen(QHostAddress::LocalHost) ? serverPort() : 0; }

    void shutdown()
    {
        close();
        const auto sockets = findChildren<QTcpSocket*>(Qt::FindDirectChildrenOnly);
        for (QTcpSocket* s : sockets) {
            s->abort();
            delete s;
        }
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (!m_tls) {
            QTcpServer::incomingConnection(descriptor);
            return;
        }
        auto* socket = new QSslSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        // The request is read once the handshake is done; Connection only sees the decrypted bytes.
        socket->startServerEncryption();
        addPendingConnection(socket);
    }

private:
    Shared* m_shared;
    std::atomic<qint64>* m_sent;
    std::atomic<int>* m_open;
    bool m_tls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

HostileServer::HostileServer(Options options)
{
    m_shared.options = std::move(options);
}

HostileServer::~HostileServer()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker; // its thread has ended: nothing of it runs any more
    delete m_thread;
}

bool HostileServer::start()
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("hostile-server"));
    m_worker = new Worker(&m_shared, &m_bytesSent, &m_open);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    quint16 port = 0;
    const QString certificateFile = m_shared.options.certificateFile;
    const QString keyFile = m_shared.options.keyFile;
    m_tls = !certificateFile.isEmpty() && !keyFile.isEmpty();
    QMetaObject::invokeMethod(
        m_worker,
        [this, &port, certificateFile, keyFile] {
            if (!m_tls || m_worker->useTls(certificateFile, keyFile))
                port = m_worker->open();
        },
        Qt::BlockingQueuedConnection);
    m_port = port;
    return m_port != 0;
}

QByteArray HostileServer::origin() const
{
    return (m_tls ? "https://127.0.0.1:" : "http://127.0.0.1:") + QByteArray::number(m_port);
}

QString HostileServer::baseUrl() const
{
    return QString::fromLatin1(origin()) + QStringLiteral("/ca/api/v0");
}

void HostileServer::setMode(Mode mode)
{
    QMutexLocker lock(&m_shared.mutex);
    m_shared.options.mode = mode;
    m_shared.answered = 0;
}

QList<HostileServer::Request> HostileServer::requests() const
{
    QMutexLocker lock(&m_shared.mutex);
    return m_shared.requests;
}

const char* HostileServer::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Ok:
        return "ok";
    case Mode::HugeContentLength:
        return "huge_content_length";
    case Mode::EndlessBody:
        return "endless_body";
    case Mode::EndlessChunked:
        return "endless_chunked";
    case Mode::EndlessHeaders:
        return "endless_headers";
    case Mode::HtmlLogin:
        return "html_login";
    case Mode::NotJson:
        return "not_json";
    case Mode::SuccessFalse:
        return "success_false";
    case Mode::TrickleBody:
        return "trickle_body";
    case Mode::TrickleHeaders:
        return "trickle_headers";
    case Mode::Redirect:
        return "redirect";
    case Mode::RetryAfter:
        return "retry_after";
    case Mode::BadGatewayHtml:
        return "bad_gateway_html";
    case Mode::CutMidBody:
        return "cut_mid_body";
    }
    return "?";
}

} // namespace callstop::test
