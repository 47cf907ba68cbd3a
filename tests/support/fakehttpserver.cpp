#include "fakehttpserver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace cdesk::test {

namespace {
const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 429:
        return "Too Many Requests";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}
} // namespace

FakeHttpServer::Reply FakeHttpServer::Reply::json(int status, const QByteArray &body)
{
    return raw(status, "application/x-amz-json-1.1", body);
}

FakeHttpServer::Reply FakeHttpServer::Reply::raw(int status, const QByteArray &contentType,
                                                 const QByteArray &body)
{
    Reply reply;
    reply.status = status;
    reply.headers.append({"Content-Type", contentType});
    reply.body = body;
    return reply;
}

FakeHttpServer::Reply FakeHttpServer::Reply::closeConnection()
{
    Reply reply;
    reply.action = Action::CloseWithoutAnswer;
    return reply;
}

FakeHttpServer::Reply FakeHttpServer::Reply::hang()
{
    Reply reply;
    reply.action = Action::Hang;
    return reply;
}

FakeHttpServer::Reply FakeHttpServer::Reply::truncated(int status, const QByteArray &body,
                                                       qint64 declaredLength)
{
    Reply reply = json(status, body);
    reply.declaredLength = declaredLength;
    reply.closeAfterWrite = true;
    return reply;
}

FakeHttpServer::Reply FakeHttpServer::Reply::redirect(int status, const QByteArray &location)
{
    Reply reply = raw(status, "text/plain", {});
    reply.headers.append({"Location", location});
    return reply;
}

QByteArray FakeHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_defaultReply(Reply::json(200, "{}"))
{
    m_server->listen(QHostAddress::LocalHost, 0);
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

FakeHttpServer::~FakeHttpServer() = default;

QUrl FakeHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server->serverPort()));
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    // Accumulate until the headers and the Content-Length worth of body are in.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + contentLength) {
        socket->setProperty("buffer", buffer);
        return;
    }
    request.body = buffer.mid(headerEnd + 4, contentLength);
    socket->setProperty("buffer", buffer.mid(headerEnd + 4 + contentLength));
    m_requests.append(request);

    Reply reply = m_defaultReply;
    if (!m_script.empty()) {
        reply = m_script.front();
        m_script.pop_front();
    }
    switch (reply.action) {
    case Reply::Action::Hang:
        return;
    case Reply::Action::CloseWithoutAnswer:
        socket->abort();
        return;
    case Reply::Action::Respond:
        break;
    }
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto &[name, value] : std::as_const(reply.headers))
        response += name + ": " + value + "\r\n";
    if (reply.omitContentLength)
        response += "Connection: close\r\n\r\n";
    else
        response += "Content-Length: " +
                    QByteArray::number(reply.declaredLength >= 0 ? reply.declaredLength
                                                                 : reply.body.size()) +
                    "\r\n\r\n";
    response += reply.body;
    const bool close = reply.closeAfterWrite || reply.omitContentLength;
    const auto write = [socket, response, close] {
        socket->write(response);
        if (close)
            socket->disconnectFromHost(); // after what was written has gone out
    };
    if (reply.delayMs > 0) {
        QTimer::singleShot(reply.delayMs, socket, write);
        return;
    }
    write();
}

} // namespace cdesk::test
