#include "loopbackreceiver.h"

#include "auth/loopbackrequest.h"
#include "auth/oauth.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace cdesk::auth {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 421:
        return "Misdirected Request";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

// application/x-www-form-urlencoded (also the shape of a query and of the fragment).
LoopbackReceiver::Parameters decodeForm(const QByteArray &text)
{
    LoopbackReceiver::Parameters parameters;
    for (const QByteArray &pair : text.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        parameters.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                          QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return parameters;
}

QString htmlEscape(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QUrl redirectUri, QString expectedState, Delivery delivery,
                                   QObject *parent)
    : QObject(parent)
    , m_redirectUri(std::move(redirectUri))
    , m_expectedState(std::move(expectedState))
    , m_delivery(delivery)
    , m_timer(new QTimer(this))
{
    m_promise.start();
    m_future = m_promise.future();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        aws::AwsError error;
        error.kind = aws::ErrorKind::Timeout;
        error.type = QStringLiteral("SignInTimedOut");
        error.message = tr("No sign-in arrived at %1 in time.").arg(m_redirectUri.toString());
        finish(error);
    });
}

LoopbackReceiver::~LoopbackReceiver()
{
    if (!m_done) {
        aws::AwsError error;
        error.kind = aws::ErrorKind::Canceled;
        error.type = QStringLiteral("Canceled");
        error.message = tr("The sign-in was canceled.");
        finish(error);
    }
}

aws::Result<aws::Empty> LoopbackReceiver::listen()
{
    if (!isLoopbackRedirect(m_redirectUri))
        return aws::AwsError::local(
            QStringLiteral("InvalidRedirectUri"),
            tr("%1 is not a loopback redirect URI (http://localhost:PORT/..., "
               "http://127.0.0.1:PORT/... or http://[::1]:PORT/...).")
                .arg(m_redirectUri.toString()));
    // Only the loopback addresses the URI names: never QHostAddress::Any, so that nothing
    // from another interface can deliver (or steal) a sign-in. localhost means both, since
    // the browser may pick either; with one left free another program could take it.
    const QString host = m_redirectUri.host();
    QList<QHostAddress> addresses;
    if (host != QLatin1String("::1"))
        addresses.append(QHostAddress(QHostAddress::LocalHost));
    if (host != QLatin1String("127.0.0.1"))
        addresses.append(QHostAddress(QHostAddress::LocalHostIPv6));
    const auto port = static_cast<quint16>(m_redirectUri.port());
    for (const QHostAddress &address : addresses) {
        auto *server = new QTcpServer(this);
        if (server->listen(address, port)) {
            connect(server, &QTcpServer::newConnection, this,
                    [this, server] { onNewConnection(server); });
            m_servers.append(server);
            continue;
        }
        const QAbstractSocket::SocketError error = server->serverError();
        const QString reason = server->errorString();
        delete server;
        // A machine without IPv6 has no ::1 that anyone could take: localhost is then
        // 127.0.0.1 alone. A ::1 port that is taken is another matter (see above).
        if (host == QLatin1String("localhost") &&
            address.protocol() == QAbstractSocket::IPv6Protocol &&
            (error == QAbstractSocket::SocketAddressNotAvailableError ||
             error == QAbstractSocket::UnsupportedSocketOperationError))
            continue;
        qDeleteAll(m_servers);
        m_servers.clear();
        return aws::AwsError::local(QStringLiteral("RedirectPortUnavailable"),
                                    tr("Cannot listen on %1 port %2 for the sign-in redirect: %3")
                                        .arg(address.toString())
                                        .arg(port)
                                        .arg(reason));
    }
    if (m_timeoutMs > 0)
        m_timer->start(m_timeoutMs);
    return aws::Empty{};
}

quint16 LoopbackReceiver::port() const
{
    return m_servers.isEmpty() ? 0 : m_servers.first()->serverPort();
}

bool LoopbackReceiver::isListening() const
{
    for (const QTcpServer *server : m_servers)
        if (server->isListening())
            return true;
    return false;
}

void LoopbackReceiver::onNewConnection(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        if (m_sockets.size() >= m_maxConnections) {
            // Idle connections must not pile up; the browser's redirect comes on a fresh
            // one once the others have been answered or timed out.
            socket->abort();
            socket->deleteLater();
            Q_EMIT requestRefused(tr("A connection was refused: %1 connections are open already.")
                                      .arg(m_maxConnections));
            continue;
        }
        m_sockets.insert(socket);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this,
                [this, socket] { dropConnection(socket); });
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, this, [this, socket] {
            if (m_buffers.contains(socket))
                Q_EMIT requestRefused(
                    tr("A connection that sent no complete request within %1 ms was closed.")
                        .arg(m_idleTimeoutMs));
            socket->abort();
            dropConnection(socket);
        });
        idle->start(m_idleTimeoutMs);
    }
}

void LoopbackReceiver::dropConnection(QTcpSocket *socket)
{
    if (!m_sockets.remove(socket))
        return;
    m_buffers.remove(socket);
    socket->deleteLater();
}

void LoopbackReceiver::onReadyRead(QTcpSocket *socket)
{
    const auto found = m_buffers.find(socket);
    if (found == m_buffers.end()) {
        socket->readAll(); // answered already; ignore what follows
        return;
    }
    QByteArray &buffer = *found;
    buffer += socket->read(m_maxRequestBytes + 1 - buffer.size());
    if (buffer.size() > m_maxRequestBytes) {
        refuse(socket, 413,
               tr("A request larger than %1 bytes was refused.").arg(m_maxRequestBytes));
        return;
    }
    LoopbackRequestLimits limits;
    limits.maxRequestBytes = m_maxRequestBytes;
    const LoopbackParse parse = parseLoopbackRequest(buffer, limits);
    if (parse.status == LoopbackParse::Status::NeedMore)
        return;
    if (parse.status == LoopbackParse::Status::Error) {
        refuse(socket, parse.httpStatus, describe(static_cast<int>(parse.error)));
        return;
    }
    const LoopbackRequest &request = parse.request;
    const QByteArray expectedHost =
        m_redirectUri.authority(QUrl::FullyEncoded).toLower().toLatin1();
    if (request.host != expectedHost) {
        refuse(socket, 421,
               tr("A request for host \"%1\" was refused; the redirect URI names %2.")
                   .arg(QString::fromLatin1(request.host.left(200)),
                        QString::fromLatin1(expectedHost)));
        return;
    }
    // Browsers name the page a script request comes from: only the capture page, served
    // from this very origin, may post here; another site's script may not even try.
    if (!request.origin.isEmpty() && request.origin != "http://" + expectedHost) {
        refuse(socket, 403,
               tr("A request from the page %1 was refused.")
                   .arg(QString::fromLatin1(request.origin.left(200))));
        return;
    }
    m_buffers.erase(found);
    handleRequest(socket, request.method, request.target, request.body);
}

QString LoopbackReceiver::describe(int error) const
{
    switch (static_cast<LoopbackParse::Error>(error)) {
    case LoopbackParse::Error::NotHttp:
        return tr("A request that is not HTTP/1.x was refused.");
    case LoopbackParse::Error::BadHeader:
        return tr("A request with a malformed header line was refused.");
    case LoopbackParse::Error::DuplicateHeader:
        return tr("A request with a repeated Host or Content-Length header was refused.");
    case LoopbackParse::Error::BadContentLength:
        return tr("A request with a bad Content-Length was refused.");
    case LoopbackParse::Error::Chunked:
        return tr("A chunked request was refused.");
    case LoopbackParse::Error::TooLarge:
        return tr("A request larger than %1 bytes was refused.").arg(m_maxRequestBytes);
    case LoopbackParse::Error::RequestLineTooLong:
        return tr("A request with an oversized request line was refused.");
    case LoopbackParse::Error::HeadersTooLarge:
        return tr("A request with oversized headers was refused.");
    case LoopbackParse::Error::None:
        break;
    }
    return tr("A malformed request was refused.");
}

void LoopbackReceiver::handleRequest(QTcpSocket *socket, const QByteArray &method,
                                     const QByteArray &target, const QByteArray &body)
{
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    const QByteArray query = question < 0 ? QByteArray() : target.mid(question + 1);
    if (path != m_redirectUri.path(QUrl::FullyEncoded).toLatin1()) {
        refuse(socket, 404,
               tr("A request for %1 was refused: it is not the redirect path.")
                   .arg(QString::fromLatin1(path.left(200))));
        return;
    }
    if (m_done) {
        refuse(socket, 410,
               tr("A second redirect was refused: this sign-in has already been "
                  "received."));
        return;
    }
    if (m_delivery == Delivery::Query) {
        if (method != "GET") {
            refuse(socket, 405,
                   tr("A %1 request to the redirect path was refused.")
                       .arg(QString::fromLatin1(method.left(20))));
            return;
        }
        handleParameters(socket, decodeForm(query), false);
        return;
    }
    if (method == "GET") {
        const Parameters parameters = decodeForm(query);
        // Errors may come in the query even for the implicit grant.
        if (parameters.contains(QStringLiteral("error"))) {
            handleParameters(socket, parameters, false);
            return;
        }
        QFile file(QStringLiteral(":/hosted-ui/capture.html"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The implicit-grant capture page is missing from the resources");
        const QByteArray nonce = randomUrlSafe(18).toLatin1();
        QByteArray html = file.readAll();
        html.replace("{{NONCE}}", nonce);
        // The page may run only its own script and talk only to this receiver.
        respond(socket, 200, "text/html; charset=utf-8", html,
                "Content-Security-Policy: default-src 'none'; script-src 'nonce-" + nonce +
                    "'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; "
                    "form-action 'none'; frame-ancestors 'none'\r\n");
        return;
    }
    if (method == "POST") {
        handleParameters(socket, decodeForm(body), true);
        return;
    }
    refuse(socket, 405,
           tr("A %1 request to the redirect path was refused.")
               .arg(QString::fromLatin1(method.left(20))));
}

void LoopbackReceiver::handleParameters(QTcpSocket *socket, const Parameters &parameters,
                                        bool fromScript)
{
    if (parameters.value(QStringLiteral("state")) != m_expectedState || m_expectedState.isEmpty()) {
        refuse(socket, 400,
               tr("A redirect with the wrong state was refused: it does not belong to this "
                  "sign-in (a forged or stale redirect)."),
               fromScript);
        return;
    }
    const QString error = parameters.value(QStringLiteral("error"));
    if (!error.isEmpty()) {
        const QString description = parameters.value(QStringLiteral("error_description"));
        const QString message =
            tr("The sign-in failed: %1%2")
                .arg(error,
                     description.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(description));
        if (fromScript)
            respond(socket, 200, "text/plain; charset=utf-8", message.toUtf8());
        else
            respond(socket, 200, "text/html; charset=utf-8", page(tr("Sign-in failed"), message));
        aws::AwsError failure;
        failure.kind = aws::ErrorKind::Service;
        failure.type = error;
        failure.message =
            description.isEmpty() ? tr("The hosted UI redirected with an error.") : description;
        finish(failure);
        return;
    }
    const QString needed =
        m_delivery == Delivery::Query ? QStringLiteral("code") : QStringLiteral("access_token");
    if (parameters.value(needed).isEmpty()) {
        refuse(socket, 400, tr("A redirect without %1 was refused.").arg(needed), fromScript);
        return;
    }
    const QString done = tr("Signed in. You can close this tab and return to Cognito Desk.");
    if (fromScript)
        respond(socket, 200, "text/plain; charset=utf-8", done.toUtf8());
    else
        respond(socket, 200, "text/html; charset=utf-8", page(tr("Signed in"), done));
    finish(parameters);
}

void LoopbackReceiver::respond(QTcpSocket *socket, int status, const QByteArray &contentType,
                               const QByteArray &body, const QByteArray &extraHeaders)
{
    m_buffers.remove(socket);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                          "\r\nContent-Type: " + contentType +
                          "\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer"
                          "\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n" +
                          extraHeaders + "\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}

void LoopbackReceiver::refuse(QTcpSocket *socket, int status, const QString &reason,
                              bool fromScript)
{
    if (fromScript)
        respond(socket, status, "text/plain; charset=utf-8", reason.toUtf8());
    else
        respond(socket, status, "text/html; charset=utf-8", page(tr("Refused"), reason));
    Q_EMIT requestRefused(reason);
}

void LoopbackReceiver::finish(aws::Result<Parameters> result)
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    // Stop listening at once: a second redirect finds nobody.
    for (QTcpServer *server : std::as_const(m_servers))
        server->close();
    m_promise.addResult(std::move(result));
    m_promise.finish();
}

QByteArray LoopbackReceiver::page(const QString &title, const QString &message) const
{
    return QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>%1</title></head><body style=\"font-family:sans-serif;"
                          "max-width:32rem;margin:3rem auto\"><h1>%1</h1><p id=\"status\">%2</p>"
                          "</body></html>")
        .arg(htmlEscape(title), htmlEscape(message))
        .toUtf8();
}

} // namespace cdesk::auth
