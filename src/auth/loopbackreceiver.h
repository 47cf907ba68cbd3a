#pragma once

#include "aws/result.h"

#include <QByteArray>
#include <QFuture>
#include <QMap>
#include <QObject>
#include <QPromise>
#include <QSet>
#include <QUrl>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace cdesk::auth {

// The redirect of a hosted-UI sign-in, received on this machine: an HTTP server on the
// loopback address the redirect URI names (127.0.0.1 for localhost, ::1 for [::1]) and
// nowhere else, on exactly its port and path.
//
// One-shot: the first redirect with the right state ends it, and it stops listening.
// Requests with another state (a forged redirect) are answered 400 and reported, without
// ending the wait. Requests are bounded in size (parsed by parseLoopbackRequest); the Host
// header must name the redirect URI's host and port (a DNS-rebinding page cannot reach it
// under another name). A connection has DefaultIdleTimeoutMs to deliver its request and
// be gone, and at most DefaultMaxConnections are open at once, so that idle or half-sent
// connections cannot pile up.
//
// A localhost redirect URI is served on both 127.0.0.1 and ::1: a browser may resolve
// localhost to either, and a port left free on one of them could be taken by another
// program, which would then receive the sign-in.
//
// For the implicit grant (Delivery::Fragment) the tokens are in the URL fragment, which a
// browser never sends: the receiver answers the redirect with a page whose script posts
// location.hash back to the same path.
class LoopbackReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReceiver)

public:
    enum class Delivery
    {
        Query,    // ?code=...&state=... (authorization code grant)
        Fragment, // #access_token=...&state=... (implicit grant)
    };
    using Parameters = QMap<QString, QString>;

    static constexpr qsizetype DefaultMaxRequestBytes = 64 * 1024;
    static constexpr int DefaultIdleTimeoutMs = 10000;
    static constexpr int DefaultMaxConnections = 16;

    LoopbackReceiver(QUrl redirectUri, QString expectedState, Delivery delivery,
                     QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // Binds the redirect URI's loopback address and port. Fails when the URI is not a
    // loopback one or the port is taken.
    aws::Result<aws::Empty> listen();
    // Gives up after `ms` without a redirect (0: never). Set before listen().
    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setMaxRequestBytes(qsizetype bytes) { m_maxRequestBytes = bytes; }
    // How long a connection may stay open, from its accept (the whole request must have
    // arrived and been answered by then).
    void setIdleTimeout(int ms) { m_idleTimeoutMs = ms; }
    // Connections beyond this many open ones are closed at once.
    void setMaxConnections(int count) { m_maxConnections = count; }
    int connectionCount() const { return int(m_sockets.size()); }

    quint16 port() const;
    bool isListening() const;

    // The redirect's parameters (code or tokens, state, ...), or: an error= redirect as a
    // Service error of that type, the timeout as a Timeout error.
    QFuture<aws::Result<Parameters>> result() const { return m_future; }

Q_SIGNALS:
    // A request that was answered but not accepted (wrong state, wrong path, too large...).
    void requestRefused(const QString &reason);

private:
    struct Connection;

    void onNewConnection(QTcpServer *server);
    void dropConnection(QTcpSocket *socket);
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &method, const QByteArray &target,
                       const QByteArray &body);
    void handleParameters(QTcpSocket *socket, const Parameters &parameters, bool fromScript);
    void respond(QTcpSocket *socket, int status, const QByteArray &contentType,
                 const QByteArray &body, const QByteArray &extraHeaders = {});
    void refuse(QTcpSocket *socket, int status, const QString &reason, bool fromScript = false);
    void finish(aws::Result<Parameters> result);
    QString describe(int parseError) const;
    QByteArray page(const QString &title, const QString &message) const;

    QUrl m_redirectUri;
    QString m_expectedState;
    Delivery m_delivery;
    int m_timeoutMs = 0;
    qsizetype m_maxRequestBytes = DefaultMaxRequestBytes;
    int m_idleTimeoutMs = DefaultIdleTimeoutMs;
    int m_maxConnections = DefaultMaxConnections;
    QList<QTcpServer *> m_servers;
    QSet<QTcpSocket *> m_sockets;
    QTimer *m_timer;
    QMap<QTcpSocket *, QByteArray> m_buffers;
    bool m_done = false;
    QPromise<aws::Result<Parameters>> m_promise;
    QFuture<aws::Result<Parameters>> m_future;
};

} // namespace cdesk::auth
