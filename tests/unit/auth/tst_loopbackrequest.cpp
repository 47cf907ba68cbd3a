#include "auth/loopbackrequest.h"

#include <QtTest>

using namespace cdesk::auth;
using Status = LoopbackParse::Status;
using Error = LoopbackParse::Error;

Q_DECLARE_METATYPE(LoopbackParse::Error)

// parseLoopbackRequest: bytes in, a request / "need more" / an error out.
class TestLoopbackRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAGet();
    void parsesAPostWithItsBody();
    void acceptsBareLineFeeds_data();
    void acceptsBareLineFeeds();
    void everyPrefixNeedsMore();
    void refuses_data();
    void refuses();
    void hugeContentLengthIsTooLargeNotAWrapAround();
    void limitsApplyBeforeTheEndOfTheHeaders();
    void contentLengthCountsAgainstTheWholeLimit();
};

namespace {
const QByteArray get = "GET /callback?code=c&state=s HTTP/1.1\r\nHost: 127.0.0.1:5000\r\n"
                       "User-Agent: test\r\n\r\n";
const QByteArray post = "POST /callback HTTP/1.1\r\nHost: LOCALHOST:5000\r\n"
                        "Origin: http://localhost:5000\r\nContent-Length: 22\r\n\r\n"
                        "access_token=a&state=s";
} // namespace

void TestLoopbackRequest::parsesAGet()
{
    const LoopbackParse parse = parseLoopbackRequest(get + "trailing bytes");
    QCOMPARE(parse.status, Status::Complete);
    QCOMPARE(parse.request.method, QByteArray("GET"));
    QCOMPARE(parse.request.target, QByteArray("/callback?code=c&state=s"));
    QCOMPARE(parse.request.host, QByteArray("127.0.0.1:5000"));
    QVERIFY(parse.request.origin.isEmpty());
    QVERIFY(parse.request.body.isEmpty());
    QCOMPARE(parse.consumed, get.size());
}

void TestLoopbackRequest::parsesAPostWithItsBody()
{
    const LoopbackParse parse = parseLoopbackRequest(post);
    QCOMPARE(parse.status, Status::Complete);
    QCOMPARE(parse.request.method, QByteArray("POST"));
    QCOMPARE(parse.request.host, QByteArray("localhost:5000"));
    QCOMPARE(parse.request.origin, QByteArray("http://localhost:5000"));
    QCOMPARE(parse.request.body, QByteArray("access_token=a&state=s"));
    QCOMPARE(parse.consumed, post.size());
}

void TestLoopbackRequest::acceptsBareLineFeeds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("lf-only") << QByteArray("GET /cb HTTP/1.1\nHost: h:1\n\n");
    QTest::newRow("mixed") << QByteArray("GET /cb HTTP/1.1\r\nHost: h:1\n\r\n");
    QTest::newRow("lf-post") << QByteArray(
        "POST /cb HTTP/1.0\nHost: h:1\nContent-Length: 3\n\nabc");
}

void TestLoopbackRequest::acceptsBareLineFeeds()
{
    QFETCH(QByteArray, bytes);
    const LoopbackParse parse = parseLoopbackRequest(bytes);
    QCOMPARE(parse.status, Status::Complete);
    QCOMPARE(parse.request.host, QByteArray("h:1"));
    QCOMPARE(parse.request.target, QByteArray("/cb"));
    QCOMPARE(parse.consumed, bytes.size());
}

void TestLoopbackRequest::everyPrefixNeedsMore()
{
    for (const QByteArray &request : {get, post}) {
        for (qsizetype size = 0; size < request.size(); ++size) {
            const LoopbackParse parse = parseLoopbackRequest(request.left(size));
            // A GET is complete at its empty line; nothing shorter is.
            QVERIFY2(parse.status == Status::NeedMore, request.left(size).constData());
        }
        QCOMPARE(parseLoopbackRequest(request).status, Status::Complete);
    }
}

void TestLoopbackRequest::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Error>("error");
    QTest::addColumn<int>("status");
    const QByteArray host = "Host: h:1\r\n";
    QTest::newRow("not-http") << QByteArray("HELLO\r\n\r\n") << Error::NotHttp << 400;
    QTest::newRow("http2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << Error::NotHttp << 400;
    QTest::newRow("two-spaces") << QByteArray("GET  / HTTP/1.1\r\n\r\n") << Error::NotHttp << 400;
    QTest::newRow("absolute-target")
        << QByteArray("GET http://h/ HTTP/1.1\r\n\r\n") << Error::NotHttp << 400;
    QTest::newRow("empty-line-first")
        << QByteArray("\r\nGET / HTTP/1.1\r\n\r\n") << Error::NotHttp << 400;
    QTest::newRow("bad-method") << QByteArray("G(T / HTTP/1.1\r\n\r\n") << Error::NotHttp << 400;
    QTest::newRow("stray-cr") << ("GET / HTTP/1.1\r\n" + host + "X: a\rb\r\n\r\n")
                              << Error::BadHeader << 400;
    QTest::newRow("nul") << ("GET / HTTP/1.1\r\n" + host + QByteArrayLiteral("X: a\0b\r\n\r\n"))
                         << Error::BadHeader << 400;
    QTest::newRow("folded") << ("GET / HTTP/1.1\r\n" + host + "X: a\r\n b\r\n\r\n")
                            << Error::BadHeader << 400;
    QTest::newRow("space-before-colon")
        << QByteArray("GET / HTTP/1.1\r\nHost : h:1\r\n\r\n") << Error::BadHeader << 400;
    QTest::newRow("no-colon") << ("GET / HTTP/1.1\r\n" + host + "junk\r\n\r\n") << Error::BadHeader
                              << 400;
    QTest::newRow("two-hosts") << ("GET / HTTP/1.1\r\n" + host + "Host: evil:1\r\n\r\n")
                               << Error::DuplicateHeader << 400;
    QTest::newRow("two-lengths") << ("POST / HTTP/1.1\r\n" + host +
                                     "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab")
                                 << Error::DuplicateHeader << 400;
    QTest::newRow("negative-length")
        << ("POST / HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n") << Error::BadContentLength
        << 400;
    QTest::newRow("hex-length") << ("POST / HTTP/1.1\r\n" + host + "Content-Length: 0x10\r\n\r\n")
                                << Error::BadContentLength << 400;
    QTest::newRow("empty-length") << ("POST / HTTP/1.1\r\n" + host + "Content-Length:\r\n\r\n")
                                  << Error::BadContentLength << 400;
    QTest::newRow("chunked") << ("POST / HTTP/1.1\r\n" + host +
                                 "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                             << Error::Chunked << 411;
    QTest::newRow("long-body") << ("POST / HTTP/1.1\r\n" + host + "Content-Length: 70000\r\n\r\n")
                               << Error::TooLarge << 413;
    QTest::newRow("request-line-unfinished")
        << ("GET /" + QByteArray(9000, 'a')) << Error::RequestLineTooLong << 414;
    QTest::newRow("request-line-finished")
        << ("GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\n\r\n") << Error::RequestLineTooLong
        << 414;
    QTest::newRow("headers-unfinished")
        << ("GET / HTTP/1.1\r\nX: " + QByteArray(17000, 'a')) << Error::HeadersTooLarge << 431;
    QByteArray many = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 65; ++i)
        many += "X-" + QByteArray::number(i) + ": 1\r\n";
    QTest::newRow("too-many-headers") << (many + "\r\n") << Error::HeadersTooLarge << 431;
}

void TestLoopbackRequest::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Error, error);
    QFETCH(int, status);
    const LoopbackParse parse = parseLoopbackRequest(bytes);
    QCOMPARE(parse.status, Status::Error);
    QCOMPARE(parse.error, error);
    QCOMPARE(parse.httpStatus, status);
}

void TestLoopbackRequest::hugeContentLengthIsTooLargeNotAWrapAround()
{
    // INT64_MAX, INT64_MAX + 1, and a length no integer type holds: added to the head's size
    // they would wrap around to a negative number and pass a naive size check.
    for (const char *length :
         {"9223372036854775807", "9223372036854775808", "99999999999999999999999999999999999999"}) {
        const QByteArray bytes =
            "POST /callback HTTP/1.1\r\nHost: h:1\r\nContent-Length: " + QByteArray(length) +
            "\r\n\r\naccess_token=a&state=s";
        const LoopbackParse parse = parseLoopbackRequest(bytes);
        QCOMPARE(parse.status, Status::Error);
        QCOMPARE(parse.error, Error::TooLarge);
        QCOMPARE(parse.httpStatus, 413);
    }
}

void TestLoopbackRequest::limitsApplyBeforeTheEndOfTheHeaders()
{
    LoopbackRequestLimits limits;
    limits.maxHeaderBytes = 100;
    limits.maxRequestLineBytes = 50;
    // Within the limits and unfinished: wait for more.
    QCOMPARE(parseLoopbackRequest("GET /" + QByteArray(40, 'a'), limits).status, Status::NeedMore);
    QCOMPARE(parseLoopbackRequest("GET /" + QByteArray(50, 'a'), limits).error,
             Error::RequestLineTooLong);
    QCOMPARE(parseLoopbackRequest("GET / HTTP/1.1\r\nX: " + QByteArray(90, 'a'), limits).error,
             Error::HeadersTooLarge);
    QCOMPARE(
        parseLoopbackRequest("GET / HTTP/1.1\r\nX: " + QByteArray(90, 'a') + "\r\n\r\n", limits)
            .error,
        Error::HeadersTooLarge);
}

void TestLoopbackRequest::contentLengthCountsAgainstTheWholeLimit()
{
    LoopbackRequestLimits limits;
    limits.maxRequestBytes = 100;
    const QByteArray head = "POST / HTTP/1.1\r\nHost: h:1\r\nContent-Length: ";
    // The head is 50 bytes: a body of 50 fits, 51 does not.
    QCOMPARE((head + "50\r\n\r\n").size(), 50);
    QCOMPARE(parseLoopbackRequest(head + "50\r\n\r\n", limits).status, Status::NeedMore);
    QCOMPARE(parseLoopbackRequest(head + "50\r\n\r\n" + QByteArray(50, 'x'), limits).status,
             Status::Complete);
    QCOMPARE(parseLoopbackRequest(head + "51\r\n\r\n", limits).error, Error::TooLarge);
}

QTEST_GUILESS_MAIN(TestLoopbackRequest)
#include "tst_loopbackrequest.moc"
