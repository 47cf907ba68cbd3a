#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "support/fakehttpserver.h"
#include "support/localstack.h"

#include <QtTest>

using namespace cdesk;
using test::FakeHttpServer;

// What IdentityProvider puts on the wire, seen by a fake server: the import upload's
// headers, SECRET_HASH and the internal username on challenges, and full client updates.
class TestIdentityProviderWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uploadCarriesExactlyTheKmsHeader();
    void uploadRefusalReadsS3Error();
    void challengeAnswerHashesInternalUsername();
    void refreshSendsUsernameOnlyWithSecret();
    void adminRespondNamesPool();
    void supportRequestsMatchBotocore();

private:
    std::shared_ptr<cognito::Connection> connect(const QUrl &url);
};

std::shared_ptr<cognito::Connection> TestIdentityProviderWire::connect(const QUrl &url)
{
    cognito::ConnectionSettings settings;
    settings.region = QStringLiteral("us-east-1");
    settings.endpointUrl = url;
    aws::Credentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    credentials.secretAccessKey = QStringLiteral("secret");
    settings.credentials = std::make_shared<aws::StaticCredentialsProvider>(credentials);
    auto connection = cognito::Connection::open(settings);
    return connection ? connection.value() : nullptr;
}

void TestIdentityProviderWire::uploadCarriesExactlyTheKmsHeader()
{
    FakeHttpServer s3;
    s3.setDefaultReply(FakeHttpServer::Reply::raw(200, "text/plain", {}));
    auto connection = connect(s3.url());
    QUrl url = s3.url();
    url.setPath(QStringLiteral("/bucket/key.csv"));
    url.setQuery(QStringLiteral(
        "X-Amz-Signature=abc&X-Amz-SignedHeaders=host%3Bx-amz-server-side-encryption"));
    const auto result = aws::await(
        connection->identityProvider()->uploadUserImportCsv(url, "cognito:username\nalice\n"));
    QVERIFY(result.ok());
    QCOMPARE(s3.requests().size(), 1);
    const auto &request = s3.requests().first();
    QCOMPARE(request.method, QByteArray("PUT"));
    QCOMPARE(request.body, QByteArray("cognito:username\nalice\n"));
    QCOMPARE(request.header("x-amz-server-side-encryption"), QByteArray("aws:kms"));
    QVERIFY2(request.target.contains("X-Amz-Signature=abc"), request.target.constData());
    QStringList amzHeaders;
    for (const auto &[name, value] : request.headers)
        if (name.toLower().startsWith("x-amz-"))
            amzHeaders.append(QString::fromLatin1(name.toLower()));
    QCOMPARE(amzHeaders, QStringList{QStringLiteral("x-amz-server-side-encryption")});
    QVERIFY(request.header("Authorization").isEmpty());
}

void TestIdentityProviderWire::uploadRefusalReadsS3Error()
{
    FakeHttpServer s3;
    s3.setDefaultReply(FakeHttpServer::Reply::raw(
        403, "application/xml",
        "<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code><Message>Request has expired"
        "</Message></Error>"));
    auto connection = connect(s3.url());
    const auto result =
        aws::await(connection->identityProvider()->uploadUserImportCsv(s3.url(), "x"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().type, QStringLiteral("AccessDenied"));
    QCOMPARE(result.error().message, QStringLiteral("Request has expired"));
    QCOMPARE(result.error().httpStatus, 403);
}

void TestIdentityProviderWire::challengeAnswerHashesInternalUsername()
{
    FakeHttpServer server;
    server.setDefaultReply(FakeHttpServer::Reply::json(200, R"({"ChallengeParameters":{}})"));
    auto connection = connect(server.url());
    const cognito::AppClient client{QStringLiteral("client1"), QStringLiteral("shh")};
    const QString sub = QStringLiteral("9a8b7c6d-sub");
    QVERIFY(aws::await(connection->identityProvider()->respondToNewPasswordRequired(
                           client, QStringLiteral("session-1"), sub, QStringLiteral("N3w!pass"),
                           {{QStringLiteral("name"), QStringLiteral("Ada")}}))
                .ok());
    const auto &request = server.requests().first();
    QCOMPARE(request.header("X-Amz-Target"),
             QByteArray("AWSCognitoIdentityProviderService.RespondToAuthChallenge"));
    QVERIFY(request.header("Authorization").isEmpty()); // a public operation
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QLatin1String("Session")).toString(), QStringLiteral("session-1"));
    const QJsonObject responses = body.value(QLatin1String("ChallengeResponses")).toObject();
    QCOMPARE(responses.value(QLatin1String("USERNAME")).toString(), sub);
    QCOMPARE(responses.value(QLatin1String("NEW_PASSWORD")).toString(), QStringLiteral("N3w!pass"));
    QCOMPARE(responses.value(QLatin1String("userAttributes.name")).toString(),
             QStringLiteral("Ada"));
    QCOMPARE(responses.value(QLatin1String("SECRET_HASH")).toString(),
             cognito::secretHash(sub, client.clientId, client.clientSecret));
}

void TestIdentityProviderWire::refreshSendsUsernameOnlyWithSecret()
{
    FakeHttpServer server;
    server.setDefaultReply(FakeHttpServer::Reply::json(200, R"({"AuthenticationResult":{}})"));
    auto connection = connect(server.url());
    auto *provider = connection->identityProvider();
    QVERIFY(aws::await(provider->initiateRefreshTokenAuth({QStringLiteral("public"), {}},
                                                          QStringLiteral("alice"),
                                                          QStringLiteral("rt")))
                .ok());
    QVERIFY(aws::await(provider->initiateRefreshTokenAuth(
                           {QStringLiteral("private"), QStringLiteral("shh")},
                           QStringLiteral("sub-1"), QStringLiteral("rt")))
                .ok());
    const QJsonObject open = QJsonDocument::fromJson(server.requests().at(0).body)
                                 .object()
                                 .value(QLatin1String("AuthParameters"))
                                 .toObject();
    QCOMPARE(open.keys(), QStringList{QStringLiteral("REFRESH_TOKEN")});
    const QJsonObject hashed = QJsonDocument::fromJson(server.requests().at(1).body)
                                   .object()
                                   .value(QLatin1String("AuthParameters"))
                                   .toObject();
    QCOMPARE(hashed.value(QLatin1String("SECRET_HASH")).toString(),
             cognito::secretHash(QStringLiteral("sub-1"), QStringLiteral("private"),
                                 QStringLiteral("shh")));
}

void TestIdentityProviderWire::adminRespondNamesPool()
{
    FakeHttpServer server;
    server.setDefaultReply(FakeHttpServer::Reply::json(200, R"({"ChallengeParameters":{}})"));
    auto connection = connect(server.url());
    QVERIFY(aws::await(connection->identityProvider()->respondToMfa(
                           {QStringLiteral("c"), {}}, QStringLiteral("SMS_MFA"),
                           QStringLiteral("s"), QStringLiteral("bob"), QStringLiteral("123456"),
                           QStringLiteral("us-east-1_P")))
                .ok());
    const auto &request = server.requests().first();
    QCOMPARE(request.header("X-Amz-Target"),
             QByteArray("AWSCognitoIdentityProviderService.AdminRespondToAuthChallenge"));
    QVERIFY(!request.header("Authorization").isEmpty()); // admin operations are signed
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QLatin1String("UserPoolId")).toString(), QStringLiteral("us-east-1_P"));
    QCOMPARE(body.value(QLatin1String("ChallengeResponses"))
                 .toObject()
                 .value(QLatin1String("SMS_MFA_CODE"))
                 .toString(),
             QStringLiteral("123456"));
}

void TestIdentityProviderWire::supportRequestsMatchBotocore()
{
    FakeHttpServer server;
    server.setDefaultReply(FakeHttpServer::Reply::json(200, "{}"));
    auto connection = connect(server.url());
    auto *idp = connection->identityProvider();
    const QString pool = QStringLiteral("us-east-1_abc");
    const QString user = QStringLiteral("alice");
    QVERIFY(aws::await(idp->adminSetUserMfaPreference(pool, user, false, false)).ok());
    QVERIFY(aws::await(idp->adminSetUserMfaPreference(pool, user, true, std::nullopt)).ok());
    QVERIFY(aws::await(idp->adminListDevices(pool, user, 10, QStringLiteral("t"))).ok());
    QVERIFY(aws::await(idp->adminForgetDevice(pool, user, QStringLiteral("us-east-1_d"))).ok());
    QVERIFY(aws::await(idp->adminListUserAuthEvents(pool, user, 5, QStringLiteral("n"))).ok());
    QVERIFY(aws::await(idp->adminResetUserPassword(pool, user)).ok());
    QVERIFY(aws::await(idp->adminUserGlobalSignOut(pool, user)).ok());
    QCOMPARE(server.requests().size(), 7);
    // One payload per operation for the model check (the second MFA call is checked here).
    QJsonObject payloads;
    const QString prefix = QStringLiteral("AWSCognitoIdentityProviderService.");
    for (const auto &request : server.requests()) {
        const QString operation =
            QString::fromLatin1(request.header("X-Amz-Target")).mid(prefix.size());
        QVERIFY(!request.header("Authorization").isEmpty()); // admin operations are signed
        payloads.insert(operation, QJsonDocument::fromJson(request.body).object());
    }
    QCOMPARE(payloads.size(), 6);
    const QJsonObject mfaOn = QJsonDocument::fromJson(server.requests().at(1).body).object();
    QVERIFY(mfaOn.contains(QLatin1String("SMSMfaSettings")));
    QVERIFY(!mfaOn.contains(QLatin1String("SoftwareTokenMfaSettings")));
    const QJsonObject mfaOff = QJsonDocument::fromJson(server.requests().at(0).body).object();
    QCOMPARE(mfaOff.value(QLatin1String("SoftwareTokenMfaSettings"))
                 .toObject()
                 .value(QLatin1String("Enabled"))
                 .toBool(true),
             false);
    const auto checked = test::runProcess(
        QStringLiteral("/usr/bin/python3"), {QFINDTESTDATA("botocore_shapes.py")},
        QProcessEnvironment::systemEnvironment(), QJsonDocument(payloads).toJson());
    QVERIFY2(checked.finished && checked.exitCode == 0, checked.err.constData());
    QVERIFY2(checked.out.trimmed().isEmpty(), checked.out.constData());
}

QTEST_GUILESS_MAIN(TestIdentityProviderWire)
#include "tst_identityprovider_wire.moc"
