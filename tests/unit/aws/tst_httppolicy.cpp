#include "auth/tokenendpoint.h"
#include "aws/awsjsonclient.h"
#include "aws/future.h"
#include "aws/http.h"
#include "support/fakehttpserver.h"
#include "support/localstack.h"
#include "support/tlsfixture.h"

#include <QNetworkAccessManager>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;
using aws::ErrorKind;
using test::FakeHttpServer;
using Reply = FakeHttpServer::Reply;

// The one HTTP path's policy (redirects, size cap, cut-off answers) and the AWS transport's
// retry classes, against the test suite's scripted server.
class TestHttpPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redirectToAnotherOriginCarriesNoAuthorization();
    void redirectWithinTheOriginIsFollowed();
    void redirectFromHttpsToHttpIsRefused();
    void truncatedAnswerIsAnError_data();
    void truncatedAnswerIsAnError();
    void awsTruncated200IsAnError();
    void bodyCapAbortsTheDownload();
    void awsBodyCapAbortsTheDownload();
    void retriesByOperationClass_data();
    void retriesByOperationClass();
    void operationClasses();
};

namespace {

std::unique_ptr<aws::AwsJsonClient> clientFor(const QUrl &url)
{
    auto endpoint = aws::ServiceEndpoint::cognito(QStringLiteral("us-east-1"), url);
    if (!endpoint)
        return nullptr;
    aws::Credentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    credentials.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    auto client = std::make_unique<aws::AwsJsonClient>(
        endpoint.value(), std::make_shared<aws::StaticCredentialsProvider>(credentials));
    aws::RetryPolicy policy;
    policy.baseDelayMs = 5;
    policy.maxBackoffMs = 50;
    client->setRetryPolicy(policy);
    client->setRandom([] { return 1.0; });
    return client;
}

QString describe(const aws::AwsError &error)
{
    return error.type + QLatin1String(": ") + error.message;
}

} // namespace

void TestHttpPolicy::redirectToAnotherOriginCarriesNoAuthorization()
{
    // The API answers 307 to another origin (here: another port, plain http): the token must
    // not follow, and the caller learns where it pointed.
    FakeHttpServer api;
    FakeHttpServer elsewhere;
    api.enqueue(Reply::redirect(307, elsewhere.url().toEncoded() + "steal"));
    QNetworkAccessManager network;
    auth::ApiRequest request;
    request.url = api.url().resolved(QUrl(QStringLiteral("/items")));
    request.headers = {{"Authorization", "Bearer secret-token"}};
    const auto sent = aws::await(auth::sendApiRequest(&network, request));
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().type, QStringLiteral("RedirectRefused"));
    QVERIFY2(sent.error().message.contains(QString::number(elsewhere.url().port())),
             qPrintable(sent.error().message));
    QCOMPARE(api.requests().size(), 1);
    QCOMPARE(elsewhere.requests().size(), 0);

    // Basic credentials (`api call --basic`) the same.
    api.enqueue(Reply::redirect(302, elsewhere.url().toEncoded()));
    request.headers = {
        {"Authorization", auth::basicAuthorization(QStringLiteral("u"), QStringLiteral("pw"))}};
    QVERIFY(!aws::await(auth::sendApiRequest(&network, request)).ok());
    QCOMPARE(elsewhere.requests().size(), 0);
}

void TestHttpPolicy::redirectWithinTheOriginIsFollowed()
{
    FakeHttpServer api;
    api.enqueue(Reply::redirect(307, "/moved?x=1"));
    api.enqueue(Reply::raw(200, "application/json", R"({"ok":true})"));
    QNetworkAccessManager network;
    auth::ApiRequest request;
    request.url = api.url().resolved(QUrl(QStringLiteral("/items")));
    request.method = "POST";
    request.body = R"({"a":1})";
    request.headers = {{"Authorization", "Bearer t"}};
    const auto sent = aws::await(auth::sendApiRequest(&network, request));
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : describe(sent.error())));
    QCOMPARE(sent.value().status, 200);
    QCOMPARE(sent.value().body, QByteArray(R"({"ok":true})"));
    QCOMPARE(api.requests().size(), 2);
    const auto &second = api.requests().at(1);
    QCOMPARE(second.target, QByteArray("/moved?x=1"));
    QCOMPARE(second.method, QByteArray("POST")); // 307 keeps the method and the body
    QCOMPARE(second.body, QByteArray(R"({"a":1})"));
    QCOMPARE(second.header("Authorization"), QByteArray("Bearer t"));

    // A loop ends.
    api.setDefaultReply(Reply::redirect(302, "/again"));
    const auto looped = aws::await(auth::sendApiRequest(&network, request));
    QVERIFY(!looped.ok());
    QCOMPARE(looped.error().type, QStringLiteral("TooManyRedirects"));
}

void TestHttpPolicy::redirectFromHttpsToHttpIsRefused()
{
    test::TlsFixture tls;
    QString why;
    QVERIFY2(tls.make(&why), qPrintable(why));
    FakeHttpServer plain; // loopback http, which would be allowed as a first URL
    const QByteArray location = plain.url().toEncoded() + "downgraded";

    QSslServer server;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(tls.certificate);
    configuration.setPrivateKey(tls.key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server.setSslConfiguration(configuration);
    int served = 0;
    connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &served, location] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                ++served;
                socket->write("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + location +
                              "\r\nContent-Length: 0\r\n\r\n");
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    QNetworkAccessManager network;
    aws::HttpRequest request;
    request.url = QUrl(QStringLiteral("https://127.0.0.1:%1/api").arg(server.serverPort()));
    request.headers = {{"Authorization", "Bearer secret-token"}};
    request.extraCaCertificates = {tls.certificate};
    const auto sent = aws::await(aws::sendHttp(&network, request));
    QCOMPARE(served, 1);
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().type, QStringLiteral("RedirectRefused"));
    QCOMPARE(plain.requests().size(), 0);

    QVERIFY(!aws::isSameOrigin(QUrl(QStringLiteral("https://a.example/")),
                               QUrl(QStringLiteral("http://a.example/"))));
    QVERIFY(!aws::isSameOrigin(QUrl(QStringLiteral("https://a.example/")),
                               QUrl(QStringLiteral("https://b.example/"))));
    QVERIFY(aws::isSameOrigin(QUrl(QStringLiteral("https://a.example/x")),
                              QUrl(QStringLiteral("https://A.example:443/y"))));
}

void TestHttpPolicy::truncatedAnswerIsAnError_data()
{
    QTest::addColumn<Reply>("reply");
    QTest::newRow("200-nothing-of-200") << Reply::truncated(200, "", 200);
    QTest::newRow("200-half") << Reply::truncated(200, R"({"Users":[)", 200);
    QTest::newRow("404-half") << Reply::truncated(404, R"({"mess)", 50);
}

void TestHttpPolicy::truncatedAnswerIsAnError()
{
    QFETCH(Reply, reply);
    FakeHttpServer api;
    api.enqueue(reply);
    QNetworkAccessManager network;
    auth::ApiRequest request;
    request.url = api.url();
    const auto sent = aws::await(auth::sendApiRequest(&network, request));
    QVERIFY2(!sent.ok(), sent.ok() ? sent.value().body.constData() : "");
    QCOMPARE(sent.error().type, QStringLiteral("TruncatedResponse"));
}

void TestHttpPolicy::awsTruncated200IsAnError()
{
    // 200, Content-Length: 200, then the connection closes: never "{}".
    FakeHttpServer server;
    server.setDefaultReply(Reply::truncated(200, "", 200));
    auto client = clientFor(server.url());
    const auto listed = aws::await(client->call(QStringLiteral("ListUsers"), {}));
    QVERIFY2(!listed.ok(), "a cut-off 200 counted as success");
    QCOMPARE(listed.error().type, QStringLiteral("TruncatedResponse"));
    QCOMPARE(listed.error().attempts, 3); // a read: retried
    QVERIFY(listed.error().outcomeUnknown);

    // A cut-off answer that then comes whole is fine.
    FakeHttpServer healing;
    healing.enqueue(Reply::truncated(200, R"({"Users":[{"Us)", 80));
    healing.enqueue(Reply::json(200, R"({"Users":[]})"));
    auto second = clientFor(healing.url());
    const auto healed = aws::await(second->call(QStringLiteral("ListUsers"), {}));
    QVERIFY2(healed.ok(), qPrintable(healed.ok() ? QString() : describe(healed.error())));
    QVERIFY(healed.value().value(QLatin1String("Users")).isArray());
}

void TestHttpPolicy::bodyCapAbortsTheDownload()
{
    // One server per answer: an aborted download's connection may be retried by Qt's own
    // transport, and such a retry must not take the answer queued for the next request.
    FakeHttpServer api;
    // Announced too large: refused from the headers.
    api.enqueue(Reply::raw(200, "application/json", QByteArray(17 * 1024 * 1024, 'a')));
    QNetworkAccessManager network;
    auth::ApiRequest request;
    request.url = api.url();
    const auto announced = aws::await(auth::sendApiRequest(&network, request));
    QVERIFY2(!announced.ok(), "a 17 MB answer was read whole");
    QCOMPARE(announced.error().type, QStringLiteral("ResponseTooLarge"));

    // Unannounced (no Content-Length, the body ends with the connection): cut while reading.
    Reply stream = Reply::raw(200, "application/json", QByteArray(1024 * 1024, 'b'));
    stream.omitContentLength = true;
    FakeHttpServer streaming;
    streaming.enqueue(stream);
    aws::HttpRequest raw;
    raw.url = streaming.url();
    aws::HttpLimits limits;
    limits.maxBodyBytes = 4096;
    const auto streamed = aws::await(aws::sendHttp(&network, raw, limits));
    QVERIFY(!streamed.ok());
    QCOMPARE(streamed.error().type, QStringLiteral("ResponseTooLarge"));

    // Under the cap, close-delimited: whole.
    Reply small = Reply::raw(200, "application/json", QByteArray(1000, 'c'));
    small.omitContentLength = true;
    FakeHttpServer closing;
    closing.enqueue(small);
    raw.url = closing.url();
    const auto whole = aws::await(aws::sendHttp(&network, raw, limits));
    QVERIFY2(whole.ok(), qPrintable(whole.ok() ? QString() : describe(whole.error())));
    QCOMPARE(whole.value().body.size(), 1000);
}

void TestHttpPolicy::awsBodyCapAbortsTheDownload()
{
    FakeHttpServer server;
    const QByteArray big = "{\"x\":\"" + QByteArray(17 * 1024 * 1024, 'a') + "\"}";
    server.setDefaultReply(Reply::json(200, big));
    auto client = clientFor(server.url());
    const auto result = aws::await(client->call(QStringLiteral("ListUsers"), {}));
    QVERIFY2(!result.ok(), "a 17 MB answer was read whole");
    QCOMPARE(result.error().type, QStringLiteral("ResponseTooLarge"));
    QCOMPARE(server.requests().size(), 1); // not retried: it would be as large again
}

namespace {
Reply serviceError(int status, const char *type)
{
    return Reply::json(status, QByteArray(R"({"__type":")") + type + R"(","message":"m"})");
}
} // namespace

void TestHttpPolicy::retriesByOperationClass_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QList<Reply>>("script");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QString>("errorType"); // empty: success
    QTest::addColumn<bool>("outcomeUnknown");

    const Reply ok = Reply::json(200, R"({})");
    const Reply internal = serviceError(500, "InternalErrorException");
    const Reply throttle = serviceError(400, "TooManyRequestsException");
    const Reply cut = Reply::truncated(200, "{", 40);
    struct Op
    {
        const char *name;
        bool create;
    };
    for (const Op op :
         {Op{"AdminGetUser", false}, Op{"AdminSetUserPassword", false},
          Op{"AdminAddUserToGroup", false}, Op{"AdminCreateUser", true}, Op{"CreateGroup", true},
          Op{"CreateUserPoolClient", true}, Op{"SignUp", true}}) {
        const QString name = QString::fromLatin1(op.name);
        const auto row = [&](const char *fault) -> QTestData & {
            return QTest::addRow("%s-%s", op.name, fault) << name;
        };
        // Throttling: nothing was done; retried for every class.
        row("throttle") << QList<Reply>{throttle, ok} << 5000 << 2 << QString() << false;
        // A 4xx: an answer, not retried.
        row("400") << QList<Reply>{serviceError(400, "InvalidParameterException"), ok} << 5000 << 1
                   << QStringLiteral("InvalidParameterException") << false;
        if (op.create) {
            // After sending, the outcome is unknown: one send, the caller checks.
            row("500") << QList<Reply>{internal, ok} << 5000 << 1
                       << QStringLiteral("InternalErrorException") << true;
            // A connection closed before any answer byte is resent by Qt's HTTP layer itself
            // (QNetworkAccessManager's stale keep-alive handling, not switchable in Qt 6.4):
            // -1 = the transport did not resend (error, not the ok behind the closes).
            row("reset") << QList<Reply>{Reply::closeConnection(), Reply::closeConnection(),
                                         Reply::closeConnection(), ok}
                         << 5000 << -1 << QStringLiteral("ConnectionClosed") << true;
            row("timeout") << QList<Reply>{Reply::hang(), ok} << 300 << 1
                           << QStringLiteral("RequestTimeout") << true;
            row("cut-200") << QList<Reply>{cut, ok} << 5000 << 1
                           << QStringLiteral("TruncatedResponse") << true;
        } else {
            row("500") << QList<Reply>{internal, ok} << 5000 << 2 << QString() << false;
            row("reset") << QList<Reply>{Reply::closeConnection(), ok} << 5000 << 2 << QString()
                         << false;
            row("timeout") << QList<Reply>{Reply::hang(), ok} << 300 << 2 << QString() << false;
            row("cut-200") << QList<Reply>{cut, ok} << 5000 << 2 << QString() << false;
        }
    }
}

void TestHttpPolicy::retriesByOperationClass()
{
    QFETCH(QString, operation);
    QFETCH(QList<Reply>, script);
    QFETCH(int, timeoutMs);
    QFETCH(int, requests);
    QFETCH(QString, errorType);
    QFETCH(bool, outcomeUnknown);

    FakeHttpServer server;
    for (const Reply &reply : std::as_const(script))
        server.enqueue(reply);
    auto client = clientFor(server.url());
    aws::CallOptions options;
    options.timeoutMs = timeoutMs;
    const auto result = aws::await(client->call(operation, {}, options));
    if (requests >= 0)
        QCOMPARE(server.requests().size(), requests);
    else
        QVERIFY(server.requests().size() <= 3);
    if (errorType.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().type, errorType);
    QCOMPARE(result.error().outcomeUnknown, outcomeUnknown);
}

void TestHttpPolicy::operationClasses()
{
    using aws::OperationClass;
    for (const char *create : {"AdminCreateUser", "SignUp", "CreateUserPoolClient", "CreateGroup",
                               "CreateUserPool", "CreateUserImportJob", "CreateUserPoolDomain",
                               "CreateRole", "CreatePolicy", "SomethingNew"})
        QCOMPARE(aws::operationClassOf(QString::fromLatin1(create)), OperationClass::Create);
    for (const char *write : {"AdminSetUserPassword", "AdminUpdateUserAttributes",
                              "AdminAddUserToGroup", "AdminEnableUser", "AdminDisableUser",
                              "AdminDeleteUser", "UpdateUserPoolClient", "AttachRolePolicy"})
        QCOMPARE(aws::operationClassOf(QString::fromLatin1(write)),
                 OperationClass::IdempotentWrite);
    for (const char *read : {"AdminGetUser", "ListUsers", "GetGroup", "ListUserPoolClients",
                             "DescribeUserPoolClient", "GetRole", "GetCallerIdentity"})
        QCOMPARE(aws::operationClassOf(QString::fromLatin1(read)), OperationClass::Read);
}

QTEST_MAIN(TestHttpPolicy)
#include "tst_httppolicy.moc"
