#include "aws/awsjsonclient.h"
#include "aws/future.h"
#include "aws/ratelimiter.h"
#include "aws/sigv4.h"
#include "support/fakehttpserver.h"
#include "support/localstack.h"
#include "support/tlsfixture.h"

#include <QLocale>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;
using aws::AwsJsonClient;
using aws::ErrorKind;
using test::FakeHttpServer;
using Reply = FakeHttpServer::Reply;

// AwsJsonClient against a fault-injecting server of the test suite's own: throttles,
// 5xx, resets, slow replies, skewed Dates; cancellation; TLS verification; and a log that
// never carries a secret.
class TestAwsClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retriesTransientFailures_data();
    void retriesTransientFailures();
    void maxAttemptsFromCallOptions();
    void correctsClockSkewOnce();
    void skewIsNotCorrectedTwice();
    void resendsOnceWhenKeepAliveConnectionWasClosed();
    void resendsACreateOnlyWhenNothingWasDone();
    void cancelsInFlight();
    void cancelsDuringBackoff();
    void unsignedOperationsCarryNoSignature();
    void refusesPlainHttpToRemoteHosts();
    void throttlingSlowsTheRateLimiter();
    void rateLimiterSpacesRequests();
    void moreThanSixRequestsInFlight();
    void tlsVerifiesTheServer();
    void logCarriesNoSecrets();
};

namespace {

const QString kSecretKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYSECRETKEY1");
const QString kSessionToken = QStringLiteral("IQoJb3JpZ2luX2VjSESSIONTOKENsecretsecret0123456789");

aws::Credentials credentials()
{
    aws::Credentials c;
    c.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    c.secretAccessKey = kSecretKey;
    c.sessionToken = kSessionToken;
    return c;
}

// A client for `url` with tiny backoffs (and no randomness) so that the fault tests run
// in milliseconds; the production defaults are unit-tested separately.
std::unique_ptr<AwsJsonClient> clientFor(const QUrl &url)
{
    auto endpoint = aws::ServiceEndpoint::cognito(QStringLiteral("us-east-1"), url);
    if (!endpoint)
        return nullptr;
    auto client = std::make_unique<AwsJsonClient>(
        endpoint.value(), std::make_shared<aws::StaticCredentialsProvider>(credentials()));
    aws::RetryPolicy policy;
    policy.baseDelayMs = 5;
    policy.maxBackoffMs = 50;
    client->setRetryPolicy(policy);
    client->setRandom([] { return 1.0; });
    return client;
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

Reply error(int status, const char *type, const char *message = "m")
{
    return Reply::json(status,
                       QByteArray(R"({"__type":")") + type + R"(","message":")" + message + "\"}")
        .withHeader("x-amzn-RequestId", "req-" + QByteArray(type));
}

} // namespace

void TestAwsClient::retriesTransientFailures_data()
{
    QTest::addColumn<QList<Reply>>("script");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("errorType"); // empty: success
    QTest::addColumn<int>("attempts");      // as reported on the error (or requests made)
    QTest::addColumn<int>("requests");      // -1: at least `attempts` (QNAM may resend on its own)

    const Reply ok = Reply::json(200, R"({"UserPools":[]})");
    QTest::newRow("throttle-then-ok")
        << QList<Reply>{error(400, "TooManyRequestsException"), ok} << 30000 << "" << 2 << 2;
    QTest::newRow("throttling-exception-twice-then-ok")
        << QList<Reply>{error(400, "ThrottlingException"), error(400, "ThrottlingException"), ok}
        << 30000 << "" << 3 << 3;
    QTest::newRow("500-then-ok") << QList<Reply>{error(500, "InternalErrorException"), ok} << 30000
                                 << "" << 2 << 2;
    QTest::newRow("empty-503-three-times")
        << QList<Reply>{Reply::raw(503, "text/plain", ""), Reply::raw(503, "text/plain", ""),
                        Reply::raw(503, "text/plain", ""), ok}
        << 30000 << "HttpError503" << 3 << 3;
    QTest::newRow("html-502-then-ok")
        << QList<Reply>{Reply::raw(502, "text/html", "<html>Bad gateway</html>"), ok} << 30000 << ""
        << 2 << 2;
    QTest::newRow("throttled-out") << QList<Reply>{error(400, "TooManyRequestsException"),
                                                   error(400, "TooManyRequestsException"),
                                                   error(400, "TooManyRequestsException"), ok}
                                   << 30000 << "TooManyRequestsException" << 3 << 3;
    QTest::newRow("not-retried-client-error")
        << QList<Reply>{error(400, "UserNotFoundException"), ok} << 30000 << "UserNotFoundException"
        << 1 << 1;
    QTest::newRow("empty-408-then-ok")
        << QList<Reply>{Reply::raw(408, "text/plain", ""), ok} << 30000 << "" << 2 << 2;
    QTest::newRow("not-retried-501") << QList<Reply>{Reply::raw(501, "text/plain", "x"), ok}
                                     << 30000 << "HttpError501" << 1 << 1;
    // A reset costs the one free resend, then the ordinary budget.
    QTest::newRow("reset-then-ok")
        << QList<Reply>{Reply::closeConnection(), ok} << 30000 << "" << 2 << 2;
    QTest::newRow("resets-all-the-way")
        << QList<Reply>(8, Reply::closeConnection()) << 30000 << "ConnectionClosed" << 4 << -1;
    QTest::newRow("slow-reply-times-out-then-ok")
        << QList<Reply>{Reply(ok).withDelay(3000), ok} << 300 << "" << 2 << 2;
    QTest::newRow("slow-but-in-time")
        << QList<Reply>{Reply(ok).withDelay(100)} << 5000 << "" << 1 << 1;
    QTest::newRow("hangs-every-time")
        << QList<Reply>{Reply::hang(), Reply::hang(), Reply::hang(), ok} << 200 << "RequestTimeout"
        << 3 << 3;
}

void TestAwsClient::retriesTransientFailures()
{
    QFETCH(QList<Reply>, script);
    QFETCH(int, timeoutMs);
    QFETCH(QString, errorType);
    QFETCH(int, attempts);
    QFETCH(int, requests);

    FakeHttpServer server;
    for (const Reply &reply : std::as_const(script))
        server.enqueue(reply);
    auto client = clientFor(server.url());
    QVERIFY(client);
    aws::CallOptions options;
    options.timeoutMs = timeoutMs;
    const auto result = aws::await(
        client->call(QStringLiteral("ListUserPools"), json(R"({"MaxResults":60})"), options));
    if (requests < 0)
        QVERIFY(server.requests().size() >= attempts);
    else
        QCOMPARE(server.requests().size(), requests);
    if (errorType.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QVERIFY(result.value().contains(QLatin1String("UserPools")));
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().type, errorType);
    QCOMPARE(result.error().attempts, attempts);
    if (errorType == QLatin1String("RequestTimeout"))
        QCOMPARE(result.error().kind, ErrorKind::Timeout);
    if (errorType.endsWith(QLatin1String("Exception")))
        QCOMPARE(result.error().requestId, QStringLiteral("req-") + errorType);
    // Every attempt is signed afresh and carries the same body.
    for (const auto &request : server.requests()) {
        QVERIFY(request.header("Authorization").startsWith("AWS4-HMAC-SHA256 "));
        QCOMPARE(request.body, QByteArray(R"({"MaxResults":60})"));
    }
}

void TestAwsClient::maxAttemptsFromCallOptions()
{
    FakeHttpServer server;
    server.setDefaultReply(error(400, "TooManyRequestsException"));
    auto client = clientFor(server.url());
    aws::CallOptions options;
    options.maxAttempts = 5;
    auto result = aws::await(client->call(QStringLiteral("ListUsers"), {}, options));
    QCOMPARE(result.error().attempts, 5);
    QCOMPARE(server.requests().size(), 5);
    options.maxAttempts = 1;
    result = aws::await(client->call(QStringLiteral("ListUsers"), {}, options));
    QCOMPARE(result.error().attempts, 1);
    QVERIFY(result.error().retryable);
    QCOMPARE(server.requests().size(), 6);
}

void TestAwsClient::correctsClockSkewOnce()
{
    FakeHttpServer server;
    const QDateTime serverNow = QDateTime::currentDateTimeUtc();
    server.enqueue(error(400, "InvalidSignatureException", "Signature expired: too old")
                       .withHeader("Date", httpDate(serverNow)));
    server.enqueue(Reply::json(200, "{}"));
    auto client = clientFor(server.url());
    const QDateTime ours = serverNow.addSecs(-3600); // our clock is an hour behind
    client->setClock([ours] { return ours; });

    const auto result = aws::await(client->call(QStringLiteral("ListUsers"), {}));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(qAbs(client->clockOffsetSeconds() - 3600) <= 1);
    const QByteArray first = server.requests().at(0).header("X-Amz-Date");
    const QByteArray second = server.requests().at(1).header("X-Amz-Date");
    QCOMPARE(first, aws::SigV4::amzDate(ours));
    QCOMPARE(second, aws::SigV4::amzDate(ours.addSecs(client->clockOffsetSeconds())));

    // The correction stays: the next call is signed right the first time.
    server.enqueue(Reply::json(200, "{}"));
    QVERIFY(aws::await(client->call(QStringLiteral("ListUsers"), {})).ok());
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(server.requests().at(2).header("X-Amz-Date"), second);
}

void TestAwsClient::skewIsNotCorrectedTwice()
{
    FakeHttpServer server;
    const QDateTime serverNow = QDateTime::currentDateTimeUtc();
    // A server whose Date keeps running away: one correction, then the error stands.
    server.enqueue(error(400, "InvalidSignatureException", "Signature expired")
                       .withHeader("Date", httpDate(serverNow)));
    server.enqueue(error(400, "InvalidSignatureException", "Signature expired")
                       .withHeader("Date", httpDate(serverNow.addSecs(7200))));
    server.enqueue(Reply::json(200, "{}"));
    auto client = clientFor(server.url());
    client->setClock([serverNow] { return serverNow.addSecs(-3600); });
    const auto result = aws::await(client->call(QStringLiteral("ListUsers"), {}));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().type, QStringLiteral("InvalidSignatureException"));
    QCOMPARE(server.requests().size(), 2);

    // A signature error with a Date close to ours is not skew: no resend.
    FakeHttpServer honest;
    honest.enqueue(error(400, "InvalidSignatureException", "The signature does not match")
                       .withHeader("Date", httpDate(QDateTime::currentDateTimeUtc())));
    auto other = clientFor(honest.url());
    QVERIFY(!aws::await(other->call(QStringLiteral("ListUsers"), {})).ok());
    QCOMPARE(honest.requests().size(), 1);
    QCOMPARE(other->clockOffsetSeconds(), 0);
}

void TestAwsClient::resendsOnceWhenKeepAliveConnectionWasClosed()
{
    FakeHttpServer server;
    server.enqueue(Reply::json(200, "{}"));
    server.enqueue(Reply::closeConnection()); // the kept-alive connection is gone
    server.enqueue(Reply::json(200, R"({"second":true})"));
    auto client = clientFor(server.url());
    aws::RetryPolicy policy = client->retryPolicy();
    policy.maxAttempts = 1; // only the free keep-alive resend can save the second call
    client->setRetryPolicy(policy);
    QVERIFY(aws::await(client->call(QStringLiteral("ListUsers"), {})).ok());
    const auto second = aws::await(client->call(QStringLiteral("ListUsers"), {}));
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().toString()));
    QVERIFY(second.value().value(QLatin1String("second")).toBool());
    QCOMPARE(server.requests().size(), 3);
}

void TestAwsClient::resendsACreateOnlyWhenNothingWasDone()
{
    // A 408 says the server never had the whole request: even a create goes again.
    FakeHttpServer server;
    server.enqueue(Reply::raw(408, "text/plain", ""));
    server.enqueue(Reply::json(200, R"({"Group":{"GroupName":"g"}})"));
    auto client = clientFor(server.url());
    const QJsonObject body = json(R"({"UserPoolId":"eu-west-1_x","GroupName":"g"})");
    const auto created = aws::await(client->call(QStringLiteral("CreateGroup"), body));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
    QCOMPARE(server.requests().size(), 2);

    // A 500 may come after the work was done: the create is not sent again, and says so.
    FakeHttpServer failing;
    failing.enqueue(error(500, "InternalErrorException"));
    failing.enqueue(Reply::json(200, R"({"Group":{"GroupName":"g"}})"));
    auto second = clientFor(failing.url());
    const auto unknown = aws::await(second->call(QStringLiteral("CreateGroup"), body));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().outcomeUnknown);
    QCOMPARE(failing.requests().size(), 1);
}

void TestAwsClient::cancelsInFlight()
{
    FakeHttpServer server;
    server.enqueue(Reply::hang());
    auto client = clientFor(server.url());
    auto future = client->call(QStringLiteral("ListUsers"), {});
    QTRY_COMPARE(server.requests().size(), 1);
    QElapsedTimer timer;
    timer.start();
    future.cancel();
    const auto result = aws::await(future);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Canceled);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(server.requests().size(), 1); // not retried
}

void TestAwsClient::cancelsDuringBackoff()
{
    FakeHttpServer server;
    server.setDefaultReply(error(400, "TooManyRequestsException"));
    auto client = clientFor(server.url());
    aws::RetryPolicy policy;
    policy.baseDelayMs = 60000; // the retry would come a minute later
    policy.maxBackoffMs = 60000;
    client->setRetryPolicy(policy);
    auto future = client->call(QStringLiteral("ListUsers"), {});
    QTRY_COMPARE(server.requests().size(), 1);
    future.cancel();
    QElapsedTimer timer;
    timer.start();
    const auto result = aws::await(future);
    QCOMPARE(result.error().kind, ErrorKind::Canceled);
    QVERIFY(timer.elapsed() < 5000);
    QTest::qWait(50); // nothing more may be sent after the cancel
    QCOMPARE(server.requests().size(), 1);
}

void TestAwsClient::unsignedOperationsCarryNoSignature()
{
    FakeHttpServer server;
    auto client = clientFor(server.url());
    aws::CallOptions options;
    options.signing = aws::Signing::Unsigned;
    QVERIFY(aws::await(client->call(QStringLiteral("InitiateAuth"), {}, options)).ok());
    QVERIFY(aws::await(client->call(QStringLiteral("ListUsers"), {})).ok());
    const auto &requests = server.requests();
    QCOMPARE(requests.size(), 2);
    QVERIFY(requests.at(0).header("Authorization").isEmpty());
    QVERIFY(requests.at(0).header("X-Amz-Security-Token").isEmpty());
    QCOMPARE(requests.at(0).header("X-Amz-Target"),
             QByteArray("AWSCognitoIdentityProviderService.InitiateAuth"));
    QCOMPARE(requests.at(0).header("Content-Type"), QByteArray("application/x-amz-json-1.1"));
    QVERIFY(requests.at(1).header("Authorization").contains("/us-east-1/cognito-idp/aws4_request"));
    QCOMPARE(requests.at(1).header("X-Amz-Security-Token"), kSessionToken.toUtf8());
}

void TestAwsClient::refusesPlainHttpToRemoteHosts()
{
    // Even a hand-built endpoint that skipped ServiceEndpoint::cognito is refused.
    aws::ServiceEndpoint endpoint;
    endpoint.url = QUrl(QStringLiteral("http://cognito-idp.us-east-1.amazonaws.com/"));
    endpoint.region = QStringLiteral("us-east-1");
    endpoint.signingName = QStringLiteral("cognito-idp");
    endpoint.targetPrefix = QStringLiteral("AWSCognitoIdentityProviderService");
    AwsJsonClient client(endpoint, std::make_shared<aws::StaticCredentialsProvider>(credentials()));
    const auto result = aws::await(client.call(QStringLiteral("ListUsers"), {}));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Local);
    QCOMPARE(result.error().type, QStringLiteral("InsecureEndpoint"));
}

void TestAwsClient::throttlingSlowsTheRateLimiter()
{
    FakeHttpServer server;
    server.enqueue(error(400, "TooManyRequestsException"));
    server.enqueue(Reply::json(200, "{}"));
    auto client = clientFor(server.url());
    qint64 now = 0;
    auto limiter = std::make_shared<aws::RateLimiter>([&now] { return now; });
    client->setRateLimiter(limiter);
    QVERIFY(aws::await(client->call(QStringLiteral("ListUsers"), {})).ok());
    QCOMPARE(limiter->currentRate(QStringLiteral("UserList")), 30 * aws::RateLimiter::kBeta);
    now += 60000;
    server.enqueue(Reply::json(200, "{}"));
    QVERIFY(aws::await(client->call(QStringLiteral("ListUsers"), {})).ok());
    QCOMPARE(limiter->currentRate(QStringLiteral("UserList")), 30.0);
}

void TestAwsClient::rateLimiterSpacesRequests()
{
    FakeHttpServer server;
    auto client = clientFor(server.url());
    auto limiter = std::make_shared<aws::RateLimiter>();
    limiter->setLimit(QStringLiteral("UserList"), 20); // 20 at once, then one per 50 ms
    client->setRateLimiter(limiter);
    QElapsedTimer timer;
    timer.start();
    QList<QFuture<aws::Result<QJsonObject>>> calls;
    for (int i = 0; i < 24; ++i)
        calls.append(client->call(QStringLiteral("ListUsers"), {}));
    for (const auto &call : std::as_const(calls))
        QVERIFY(aws::await(call).ok());
    QCOMPARE(server.requests().size(), 24);
    QVERIFY2(timer.elapsed() >= 190, qPrintable(QString::number(timer.elapsed())));
}

void TestAwsClient::moreThanSixRequestsInFlight()
{
    // A bulk job keeps 32 requests in flight; one Qt 6.4 network manager sends at most six
    // at a time to one host, and queues the rest unsent.
    FakeHttpServer server;
    server.setDefaultReply(Reply::hang());
    auto client = clientFor(server.url());
    client->setRateLimiter(nullptr);
    QList<QFuture<aws::Result<QJsonObject>>> calls;
    for (int i = 0; i < 20; ++i)
        calls.append(client->call(QStringLiteral("AdminDisableUser"), {}));
    QTRY_COMPARE(server.requests().size(), 20);
    for (auto &call : calls)
        call.cancel();
    for (const auto &call : std::as_const(calls))
        QCOMPARE(aws::await(call).error().kind, ErrorKind::Canceled);
}

void TestAwsClient::tlsVerifiesTheServer()
{
    test::TlsFixture tls;
    QString why;
    QVERIFY2(tls.make(&why), qPrintable(why));

    QSslServer server;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(tls.certificate);
    configuration.setPrivateKey(tls.key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // the server asks no client cert
    server.setSslConfiguration(configuration);
    int served = 0;
    connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&server, &served] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &served] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                ++served;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\n"
                              "Content-Length: 13\r\n\r\n{\"tls\":\"yes\"}");
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("https://127.0.0.1:%1/").arg(server.serverPort()));

    auto refused = clientFor(url);
    const auto untrusted = aws::await(refused->call(QStringLiteral("ListUsers"), {}));
    QVERIFY(!untrusted.ok());
    QCOMPARE(untrusted.error().type, QStringLiteral("TlsError"));
    QCOMPARE(untrusted.error().kind, ErrorKind::Network);
    QCOMPARE(untrusted.error().attempts, 1); // a bad certificate does not heal by retrying
    QCOMPARE(served, 0);

    auto trusting = clientFor(url);
    trusting->setExtraCaCertificates({tls.certificate});
    const auto trusted = aws::await(trusting->call(QStringLiteral("ListUsers"), {}));
    QVERIFY2(trusted.ok(), qPrintable(trusted.ok() ? QString() : trusted.error().toString()));
    QCOMPARE(trusted.value().value(QLatin1String("tls")).toString(), QStringLiteral("yes"));
    QCOMPARE(served, 1);
}

namespace {
QStringList *capturedLog = nullptr;
QtMessageHandler previousHandler = nullptr;
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (capturedLog)
        capturedLog->append(QString::fromLatin1(context.category) + QLatin1String(": ") + message);
    previousHandler(type, context, message);
}
} // namespace

void TestAwsClient::logCarriesNoSecrets()
{
    const QString password = QStringLiteral("Corr3ct-Horse-Battery!");
    const QString clientSecret = QStringLiteral("1example23456789clientsecretvalue0abcdefghijk");
    const QString secretHash = QStringLiteral("c2VjcmV0LWhhc2gtdmFsdWUtZm9yLXRlc3Q=");
    const QString accessToken =
        QStringLiteral("eyJraWQiOiJhY2Nlc3MifQ.eyJzdWIiOiJhY2Nlc3MifQ.sigA");
    const QString refreshToken = QStringLiteral("eyJjdHkiOiJKV1QifQ.refresh-token-secret-part");
    const QString idToken = QStringLiteral("eyJraWQiOiJpZCJ9.eyJzdWIiOiJpZCJ9.sigI");

    QStringList log;
    capturedLog = &log;
    previousHandler = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(QStringLiteral("cdesk.*=true"));

    FakeHttpServer server;
    // A full scenario: signed calls through throttling, a 500, a reset, a clock-skew
    // correction, then a sign-in with a password and secret hash that returns tokens, and
    // a failing password change.
    const QDateTime serverNow = QDateTime::currentDateTimeUtc();
    server.enqueue(error(400, "TooManyRequestsException"));
    server.enqueue(error(500, "InternalErrorException"));
    server.enqueue(Reply::closeConnection());
    server.enqueue(error(400, "InvalidSignatureException", "Signature expired")
                       .withHeader("Date", httpDate(serverNow)));
    server.enqueue(Reply::json(200, R"({"Users":[]})").withHeader("x-amzn-RequestId", "req-ok"));
    server.enqueue(Reply::json(
        200,
        QStringLiteral(
            R"({"AuthenticationResult":{"AccessToken":"%1","RefreshToken":"%2","IdToken":"%3"}})")
            .arg(accessToken, refreshToken, idToken)
            .toUtf8()));
    server.enqueue(error(400, "NotAuthorizedException", "Incorrect username or password."));

    auto client = clientFor(server.url());
    client->setClock([serverNow] { return serverNow.addSecs(-1800); });
    client->setRateLimiter(std::make_shared<aws::RateLimiter>());
    aws::CallOptions options;
    options.maxAttempts = 5;
    const auto listed = aws::await(client->call(
        QStringLiteral("ListUsers"), json(R"({"UserPoolId":"us-east-1_abc"})"), options));
    QVERIFY2(listed.ok(), qPrintable(listed.ok() ? QString() : listed.error().toString()));

    aws::CallOptions publicCall;
    publicCall.signing = aws::Signing::Unsigned;
    const auto signedIn = aws::await(client->call(
        QStringLiteral("InitiateAuth"),
        QJsonObject{{str("AuthFlow"), str("USER_PASSWORD_AUTH")},
                    {str("ClientId"), str("client")},
                    {str("AuthParameters"), QJsonObject{{str("USERNAME"), str("alice")},
                                                        {str("PASSWORD"), password},
                                                        {str("SECRET_HASH"), secretHash}}},
                    {str("ClientMetadata"), QJsonObject{{str("client_secret"), clientSecret}}}},
        publicCall));
    QVERIFY(signedIn.ok());
    const auto changed = aws::await(client->call(QStringLiteral("ChangePassword"),
                                                 QJsonObject{{str("AccessToken"), accessToken},
                                                             {str("PreviousPassword"), password},
                                                             {str("ProposedPassword"), password}},
                                                 publicCall));
    QVERIFY(!changed.ok());

    qInstallMessageHandler(previousHandler);
    capturedLog = nullptr;
    QLoggingCategory::setFilterRules(QString());

    // The log did record the scenario...
    const QString all = log.join(QLatin1Char('\n'));
    for (const char *expected :
         {"ListUsers", "InitiateAuth", "ChangePassword", "req-ok", "TooManyRequestsException",
          "retrying", "clock skew", "NotAuthorizedException", "attempt(s)"})
        QVERIFY2(all.contains(QLatin1String(expected)),
                 qPrintable(str(expected) + QLatin1String("\n") + all));

    // ...and none of the secrets, nor what the wire carried to prove them.
    QStringList secrets = {kSecretKey, kSessionToken, password,     clientSecret,
                           secretHash, accessToken,   refreshToken, idToken};
    for (const auto &request : server.requests()) {
        const QByteArray authorization = request.header("Authorization");
        if (!authorization.isEmpty()) {
            secrets.append(QString::fromLatin1(authorization));
            secrets.append(
                QString::fromLatin1(authorization.mid(authorization.indexOf("Signature=") + 10)));
        }
    }
    QVERIFY(secrets.size() > 8);
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY2(!all.contains(secret), qPrintable(QStringLiteral("leaked: ") + secret.left(12)));
        QVERIFY(!changed.error().toString().contains(secret));
    }
}

QTEST_GUILESS_MAIN(TestAwsClient)
#include "tst_awsclient.moc"
