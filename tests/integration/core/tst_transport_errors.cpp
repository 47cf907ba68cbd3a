#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "support/fakehttpserver.h"
#include "support/localstack.h"

#include <QTcpServer>
#include <QtTest>

using namespace cdesk;
using test::FakeHttpServer;

// Bad answers from the far end, through the core and through the CLI: each one a clear
// message and a non-zero exit, never a crash.
class TestTransportErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coreReportsEachFailure_data();
    void coreReportsEachFailure();
    void cliReportsEachFailure_data();
    void cliReportsEachFailure();
    void unreachableEndpoint();
    void plainHttpToRemoteHostRefused();
    void signedRequestCarriesAwsHeaders();
    void publicOperationGoesUnsigned();

private:
    static void addCases();
    static QProcessEnvironment cliEnvironment();
};

namespace {
std::shared_ptr<cognito::Connection> connectTo(const QUrl &url)
{
    cognito::ConnectionSettings settings;
    settings.region = QStringLiteral("us-east-1");
    settings.endpointUrl = url;
    aws::Credentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    credentials.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    settings.credentials = std::make_shared<aws::StaticCredentialsProvider>(credentials);
    auto connection = cognito::Connection::open(settings);
    return connection ? connection.value() : nullptr;
}
} // namespace

void TestTransportErrors::addCases()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedType");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("4xx-with-type")
        << 400 << QByteArray("application/x-amz-json-1.1")
        << QByteArray(
               R"({"__type":"ResourceNotFoundException","message":"User pool us-east-1_x does not exist."})")
        << "ResourceNotFoundException"
        << "User pool us-east-1_x does not exist." << 1;
    QTest::newRow("html-error-page")
        << 404 << QByteArray("text/html")
        << QByteArray("<!DOCTYPE html><html><body>Cannot POST /</body></html>") << "HttpError404"
        << "HTML page" << 1;
    QTest::newRow("empty-error-body")
        << 400 << QByteArray("application/json") << QByteArray() << "HttpError400"
        << "empty body" << 1;
    QTest::newRow("success-that-is-not-json")
        << 200 << QByteArray("text/html") << QByteArray("<html>hello</html>") << "MalformedResponse"
        << "not a JSON object" << 1;
}

QProcessEnvironment TestTransportErrors::cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDEXAMPLE"));
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("secret-for-test"));
    environment.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    return environment;
}

void TestTransportErrors::coreReportsEachFailure_data()
{
    addCases();
}

void TestTransportErrors::coreReportsEachFailure()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedType);
    QFETCH(QString, expectedText);

    FakeHttpServer server;
    server.setDefaultReply(FakeHttpServer::Reply::raw(status, contentType, body));
    auto connection = connectTo(server.url());
    QVERIFY(connection);
    const auto result = aws::await(connection->identityProvider()->listUserPools(10));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().type, expectedType);
    QVERIFY2(result.error().message.contains(expectedText), qPrintable(result.error().message));
    QCOMPARE(result.error().httpStatus, status);
}

void TestTransportErrors::cliReportsEachFailure_data()
{
    addCases();
}

void TestTransportErrors::cliReportsEachFailure()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedType);
    QFETCH(QString, expectedText);
    QFETCH(int, exitCode);

    FakeHttpServer server;
    server.setDefaultReply(FakeHttpServer::Reply::raw(status, contentType, body));
    const auto result = test::runProcess(test::cliPath(),
                                         {QStringLiteral("--endpoint-url"), server.url().toString(),
                                          QStringLiteral("pool"), QStringLiteral("list")},
                                         cliEnvironment());
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, exitCode);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.startsWith(expectedType + QLatin1String(": ")), qPrintable(err));
    QVERIFY2(err.contains(expectedText), qPrintable(err));
    QVERIFY(result.out.isEmpty());
}

void TestTransportErrors::unreachableEndpoint()
{
    // A port that was just free and has nobody listening.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(port);
    auto connection = connectTo(QUrl(url));
    QVERIFY(connection);
    const auto core = aws::await(connection->identityProvider()->listUserPools(10));
    QVERIFY(!core.ok());
    QCOMPARE(core.error().kind, aws::ErrorKind::Network);

    const auto cli = test::runProcess(
        test::cliPath(),
        {QStringLiteral("--endpoint-url"), url, QStringLiteral("pool"), QStringLiteral("list")},
        cliEnvironment());
    QCOMPARE(cli.exitCode, 4);
    QVERIFY2(cli.err.contains("connection refused"), cli.err.constData());
}

void TestTransportErrors::plainHttpToRemoteHostRefused()
{
    const auto cli = test::runProcess(test::cliPath(),
                                      {QStringLiteral("--endpoint-url"),
                                       QStringLiteral("http://cognito.example.com/"),
                                       QStringLiteral("pool"), QStringLiteral("list")},
                                      cliEnvironment());
    QCOMPARE(cli.exitCode, 2);
    QVERIFY2(cli.err.startsWith("InsecureEndpoint: "), cli.err.constData());
}

void TestTransportErrors::signedRequestCarriesAwsHeaders()
{
    FakeHttpServer server;
    server.setDefaultReply(FakeHttpServer::Reply::json(200, R"({"UserPools":[]})"));
    auto connection = connectTo(server.url());
    const auto result = aws::await(connection->identityProvider()->listUserPools(5));
    QVERIFY(result.ok());
    QCOMPARE(server.requests().size(), 1);
    const auto &request = server.requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/x-amz-json-1.1"));
    QCOMPARE(request.header("X-Amz-Target"),
             QByteArray("AWSCognitoIdentityProviderService.ListUserPools"));
    QVERIFY(request.header("Authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"));
    QVERIFY(request.header("Authorization").contains("/us-east-1/cognito-idp/aws4_request"));
    QVERIFY(!request.header("X-Amz-Date").isEmpty());
    QCOMPARE(
        QJsonDocument::fromJson(request.body).object().value(QLatin1String("MaxResults")).toInt(),
        5);
}

void TestTransportErrors::publicOperationGoesUnsigned()
{
    FakeHttpServer server;
    auto connection = connectTo(server.url());
    const auto result = aws::await(connection->identityProvider()->call(
        QStringLiteral("InitiateAuth"),
        QJsonObject{{QStringLiteral("AuthFlow"), QStringLiteral("USER_PASSWORD_AUTH")}}));
    QVERIFY(result.ok());
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(server.requests().first().header("Authorization").isEmpty());
    QVERIFY(server.requests().first().header("X-Amz-Date").isEmpty());
}

QTEST_GUILESS_MAIN(TestTransportErrors)
#include "tst_transport_errors.moc"
