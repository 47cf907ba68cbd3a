#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <deque>

class QTcpServer;
class QTcpSocket;

namespace cdesk::test {

// A scripted HTTP/1.1 server on 127.0.0.1 for transport tests: each request takes the
// next canned reply (or the default once the script is used up) and is recorded.
class FakeHttpServer final : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        enum class Action
        {
            Respond,
            CloseWithoutAnswer, // accept the request, then drop the connection
            Hang,               // never answer
        };
        Action action = Action::Respond;
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0; // answer this much later (slow replies, timeouts)
        // Broken answers: a Content-Length other than the body's (-1: the body's size), none
        // at all (the body ends when the connection closes), and closing after the answer.
        qint64 declaredLength = -1;
        bool omitContentLength = false;
        bool closeAfterWrite = false;

        static Reply json(int status, const QByteArray &body);
        static Reply raw(int status, const QByteArray &contentType, const QByteArray &body);
        static Reply closeConnection();
        static Reply hang();
        // `status` with Content-Length: `declaredLength`, then only `body`, then a close.
        static Reply truncated(int status, const QByteArray &body, qint64 declaredLength);
        // A redirect to `location`.
        static Reply redirect(int status, const QByteArray &location);
        Reply &withHeader(const QByteArray &name, const QByteArray &value)
        {
            headers.append({name, value});
            return *this;
        }
        Reply &withDelay(int ms)
        {
            delayMs = ms;
            return *this;
        }
    };

    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray &name) const;
    };

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    QUrl url() const;
    void enqueue(const Reply &reply) { m_script.push_back(reply); }
    void setDefaultReply(const Reply &reply) { m_defaultReply = reply; }
    const QList<Request> &requests() const { return m_requests; }

private:
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server;
    std::deque<Reply> m_script;
    Reply m_defaultReply;
    QList<Request> m_requests;
};

} // namespace cdesk::test
