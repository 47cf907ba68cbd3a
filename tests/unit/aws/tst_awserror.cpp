#include "aws/awsjsonclient.h"
#include "aws/endpoint.h"

#include <QtTest>

using namespace cdesk::aws;

class TestAwsError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesErrorReplies_data();
    void parsesErrorReplies();
    void validatesEndpoints_data();
    void validatesEndpoints();
};

void TestAwsError::parsesErrorReplies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("errorTypeHeader");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("messageMentionsProblem");
    QTest::addColumn<bool>("retryable");

    QTest::newRow("json-type-and-message")
        << 400
        << QByteArray(R"({"__type":"UserNotFoundException","message":"User does not exist."})")
        << QByteArray() << int(ErrorKind::Service) << QStringLiteral("UserNotFoundException")
        << false << false;
    QTest::newRow("namespaced-type")
        << 400
        << QByteArray(
               R"({"__type":"com.amazonaws.cognito#InvalidParameterException","message":"x"})")
        << QByteArray() << int(ErrorKind::Service) << QStringLiteral("InvalidParameterException")
        << false << false;
    QTest::newRow("capital-message-field")
        << 400
        << QByteArray(
               R"({"__type":"NotAuthorizedException","Message":"Incorrect username or password."})")
        << QByteArray() << int(ErrorKind::Service) << QStringLiteral("NotAuthorizedException")
        << false << false;
    QTest::newRow("throttle-is-retryable")
        << 400
        << QByteArray(R"({"__type":"TooManyRequestsException","message":"Too many requests"})")
        << QByteArray() << int(ErrorKind::Service) << QStringLiteral("TooManyRequestsException")
        << false << true;
    QTest::newRow("type-only-in-header")
        << 400 << QByteArray("{}")
        << QByteArray("ResourceNotFoundException:http://internal.amazon.com/")
        << int(ErrorKind::Service) << QStringLiteral("ResourceNotFoundException") << false << false;
    QTest::newRow("empty-500") << 500 << QByteArray() << QByteArray() << int(ErrorKind::Protocol)
                               << QStringLiteral("HttpError500") << true << true;
    QTest::newRow("empty-json-500")
        << 500 << QByteArray("{}") << QByteArray() << int(ErrorKind::Protocol)
        << QStringLiteral("HttpError500") << true << true;
    QTest::newRow("html-404") << 404 << QByteArray("<html><body>Cannot POST /</body></html>")
                              << QByteArray() << int(ErrorKind::Protocol)
                              << QStringLiteral("HttpError404") << true << false;
    QTest::newRow("garbage-400") << 400 << QByteArray("\x01\x02not json") << QByteArray()
                                 << int(ErrorKind::Protocol) << QStringLiteral("HttpError400")
                                 << true << false;
}

void TestAwsError::parsesErrorReplies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, errorTypeHeader);
    QFETCH(int, kind);
    QFETCH(QString, type);
    QFETCH(bool, messageMentionsProblem);
    QFETCH(bool, retryable);

    const AwsError error = parseErrorReply(status, body, errorTypeHeader, "req-1");
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.type, type);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.requestId, QStringLiteral("req-1"));
    QCOMPARE(error.retryable, retryable);
    QVERIFY(!error.message.isEmpty() || error.kind == ErrorKind::Service);
    if (messageMentionsProblem)
        QVERIFY2(error.message.contains(QString::number(status)), qPrintable(error.message));
    QVERIFY(error.toString().startsWith(type));
}

void TestAwsError::validatesEndpoints_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("errorType"); // empty: accepted

    QTest::newRow("https-anywhere") << "https://cognito-idp.eu-west-1.amazonaws.com/"
                                    << "";
    QTest::newRow("http-ipv4-loopback") << "http://127.0.0.1:9229"
                                        << "";
    QTest::newRow("http-other-loopback") << "http://127.0.0.2:9229"
                                         << "";
    QTest::newRow("http-localhost") << "http://localhost:9229"
                                    << "";
    QTest::newRow("http-ipv6-loopback") << "http://[::1]:9229"
                                        << "";
    QTest::newRow("http-remote-refused") << "http://example.com"
                                         << "InsecureEndpoint";
    QTest::newRow("http-private-refused") << "http://192.168.1.10:9229"
                                          << "InsecureEndpoint";
    QTest::newRow("http-localhost-lookalike") << "http://localhost.example.com"
                                              << "InsecureEndpoint";
    QTest::newRow("ftp-refused") << "ftp://127.0.0.1/"
                                 << "InvalidEndpoint";
    QTest::newRow("no-host") << "not a url"
                             << "InvalidEndpoint";
}

void TestAwsError::validatesEndpoints()
{
    QFETCH(QString, url);
    QFETCH(QString, errorType);
    const auto result = validateEndpointUrl(QUrl(url, QUrl::StrictMode));
    if (errorType.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().type, errorType);
        QCOMPARE(result.error().kind, ErrorKind::Local);
    }
}

QTEST_GUILESS_MAIN(TestAwsError)
#include "tst_awserror.moc"
