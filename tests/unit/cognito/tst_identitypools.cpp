#include "aws/awsjsonclient.h"
#include "aws/future.h"
#include "cognito/identitypools.h"
#include "cognito/importrole.h"
#include "support/fakehttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace cdesk;
using test::FakeHttpServer;
using Reply = FakeHttpServer::Reply;

// Cognito Identity on the wire (a fake server): the endpoint and its target prefix, GetId and
// GetCredentialsForIdentity unsigned with the user pool's login, the admin operations signed
// for cognito-identity, the credentials read and printed as credential_process JSON.
class TestIdentityPools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpoint();
    void providerNameAndRegion();
    void credentialsForAUserPoolToken();
    void adminOperationsAreSigned();
    void incompleteCredentialsAreAnError();
    void credentialProcessJson();
};

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

aws::Credentials adminCredentials()
{
    aws::Credentials credentials;
    credentials.accessKeyId = str("AKIDEXAMPLE");
    credentials.secretAccessKey = str("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    return credentials;
}

QJsonObject body(const FakeHttpServer::Request &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

struct Fixture
{
    explicit Fixture(const QUrl &url)
        : client(aws::ServiceEndpoint::cognitoIdentity(str("eu-west-1"), url).value(),
                 std::make_shared<aws::StaticCredentialsProvider>(adminCredentials()))
        , pools(&client)
    {}
    aws::AwsJsonClient client;
    cognito::IdentityPools pools;
};

} // namespace

void TestIdentityPools::endpoint()
{
    const auto endpoint = aws::ServiceEndpoint::cognitoIdentity(str("ap-southeast-2"));
    QVERIFY(endpoint.ok());
    QCOMPARE(endpoint.value().url,
             QUrl(str("https://cognito-identity.ap-southeast-2.amazonaws.com/")));
    QCOMPARE(endpoint.value().signingName, str("cognito-identity"));
    QCOMPARE(endpoint.value().targetPrefix, str("AWSCognitoIdentityService"));
    QCOMPARE(aws::ServiceEndpoint::cognitoIdentity(str("cn-north-1")).value().url,
             QUrl(str("https://cognito-identity.cn-north-1.amazonaws.com.cn/")));
    QCOMPARE(aws::ServiceEndpoint::cognitoIdentity(QString()).error().type, str("MissingRegion"));
    QCOMPARE(aws::endpointVariableName(str(aws::serviceid::cognitoIdentity)),
             str("AWS_ENDPOINT_URL_COGNITO_IDENTITY"));

    // Where the calls go: the service's variable, then AWS_ENDPOINT_URL, then a loopback
    // Cognito endpoint (a local server), else AWS's.
    const QString serviceId = str(aws::serviceid::cognitoIdentity);
    QProcessEnvironment environment;
    const QUrl local(str("http://127.0.0.1:9229"));
    QCOMPARE(cognito::importRoleEndpointUrl(serviceId, local, environment), local);
    QCOMPARE(cognito::importRoleEndpointUrl(serviceId, QUrl(str("https://cognito.example")),
                                            environment),
             QUrl());
    environment.insert(str("AWS_ENDPOINT_URL"), str("http://127.0.0.1:1"));
    QCOMPARE(cognito::importRoleEndpointUrl(serviceId, local, environment),
             QUrl(str("http://127.0.0.1:1")));
    environment.insert(str("AWS_ENDPOINT_URL_COGNITO_IDENTITY"), str("http://127.0.0.1:2"));
    QCOMPARE(cognito::importRoleEndpointUrl(serviceId, local, environment),
             QUrl(str("http://127.0.0.1:2")));
}

void TestIdentityPools::providerNameAndRegion()
{
    QCOMPARE(cognito::userPoolProviderName(str("eu-west-1_AbC123")),
             str("cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123"));
    QCOMPARE(cognito::userPoolProviderName(str("cn-north-1_x1")),
             str("cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_x1"));
    QCOMPARE(cognito::userPoolProviderName(str("not-a-pool")), QString());
    QCOMPARE(cognito::identityPoolRegion(str("us-east-2:0a1b2c3d-0000-4000-8000-000000000000")),
             str("us-east-2"));
    QCOMPARE(cognito::identityPoolRegion(str("testers")), QString());
}

void TestIdentityPools::credentialsForAUserPoolToken()
{
    FakeHttpServer server;
    server.enqueue(
        Reply::json(200, R"({"IdentityId":"eu-west-1:11111111-2222-4333-8444-555555555555"})"));
    server.enqueue(
        Reply::json(200, R"({"IdentityId":"eu-west-1:11111111-2222-4333-8444-555555555555",
        "Credentials":{"AccessKeyId":"ASIAEXAMPLE","SecretKey":"secret","SessionToken":"token",
        "Expiration":1.7000036e9}})"));
    Fixture f(server.url());
    const auto result = aws::await(
        f.pools.credentialsForUserPoolToken(str("eu-west-1:aaaaaaaa-0000-4000-8000-000000000000"),
                                            str("eu-west-1_AbC123"), str("id.token.jwt")));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result.value().identityId, str("eu-west-1:11111111-2222-4333-8444-555555555555"));
    QCOMPARE(result.value().credentials.accessKeyId, str("ASIAEXAMPLE"));
    QCOMPARE(result.value().credentials.secretAccessKey, str("secret"));
    QCOMPARE(result.value().credentials.sessionToken, str("token"));
    QCOMPARE(result.value().credentials.expiration,
             QDateTime::fromSecsSinceEpoch(1700003600, Qt::UTC));

    QCOMPARE(server.requests().size(), 2);
    const QJsonObject logins{
        {str("cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123"), str("id.token.jwt")}};
    const auto getId = server.requests().at(0);
    QCOMPARE(getId.header("x-amz-target"), QByteArray("AWSCognitoIdentityService.GetId"));
    QCOMPARE(getId.header("content-type"), QByteArray("application/x-amz-json-1.1"));
    // Public: no signature, no credentials of the caller's.
    QVERIFY(getId.header("authorization").isEmpty());
    QCOMPARE(body(getId), QJsonObject({{str("IdentityPoolId"),
                                        str("eu-west-1:aaaaaaaa-0000-4000-8000-000000000000")},
                                       {str("Logins"), logins}}));
    const auto credentials = server.requests().at(1);
    QCOMPARE(credentials.header("x-amz-target"),
             QByteArray("AWSCognitoIdentityService.GetCredentialsForIdentity"));
    QVERIFY(credentials.header("authorization").isEmpty());
    QCOMPARE(
        body(credentials),
        QJsonObject({{str("IdentityId"), str("eu-west-1:11111111-2222-4333-8444-555555555555")},
                     {str("Logins"), logins}}));

    // A service error of the first step ends the workflow with it.
    server.enqueue(Reply::json(
        400, R"({"__type":"ResourceNotFoundException","message":"IdentityPool 'x' not found."})"));
    const auto missing = aws::await(
        f.pools.credentialsForUserPoolToken(str("eu-west-1:aaaaaaaa-0000-4000-8000-000000000000"),
                                            str("eu-west-1_AbC123"), str("id.token.jwt")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().type, str("ResourceNotFoundException"));
    QCOMPARE(server.requests().size(), 3);

    // A token without a user pool id is refused before anything is sent.
    const auto refused = aws::await(f.pools.credentialsForUserPoolToken(
        str("eu-west-1:aaaaaaaa-0000-4000-8000-000000000000"), str("nope"), str("t")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, aws::ErrorKind::Local);
    QCOMPARE(server.requests().size(), 3);
}

void TestIdentityPools::adminOperationsAreSigned()
{
    FakeHttpServer server;
    server.enqueue(
        Reply::json(200, R"({"IdentityPoolId":"eu-west-1:aaaaaaaa-0000-4000-8000-000000000000",
        "IdentityPoolName":"testers","AllowUnauthenticatedIdentities":false,
        "CognitoIdentityProviders":[{"ProviderName":"cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123",
        "ClientId":"client1","ServerSideTokenCheck":false}]})"));
    server.enqueue(Reply::json(200, "{}"));
    server.enqueue(
        Reply::json(200, R"({"IdentityPoolId":"eu-west-1:aaaaaaaa-0000-4000-8000-000000000000",
        "Roles":{"authenticated":"arn:aws:iam::123456789012:role/Testers"}})"));
    Fixture f(server.url());
    cognito::IdentityPool pool;
    pool.identityPoolName = str("testers");
    pool.cognitoIdentityProviders.append(
        {str("cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123"), str("client1"), false});
    const auto created = aws::await(f.pools.createIdentityPool(pool));
    QVERIFY(created.ok());
    QCOMPARE(created.value().identityPoolId, str("eu-west-1:aaaaaaaa-0000-4000-8000-000000000000"));
    QCOMPARE(created.value().cognitoIdentityProviders.size(), 1);
    QCOMPARE(created.value().cognitoIdentityProviders.at(0).clientId, str("client1"));
    const QString id = created.value().identityPoolId;
    QVERIFY(
        aws::await(f.pools.setIdentityPoolRoles(
                       id, {{str("authenticated"), str("arn:aws:iam::123456789012:role/Testers")}}))
            .ok());
    const auto roles = aws::await(f.pools.getIdentityPoolRoles(id));
    QVERIFY(roles.ok());
    QCOMPARE(roles.value().value(str("authenticated")),
             str("arn:aws:iam::123456789012:role/Testers"));

    QCOMPARE(server.requests().size(), 3);
    for (const auto &request : server.requests())
        QVERIFY2(
            request.header("authorization").contains("/eu-west-1/cognito-identity/aws4_request"),
            request.header("authorization").constData());
    QCOMPARE(
        body(server.requests().at(0)),
        QJsonObject(
            {{str("IdentityPoolName"), str("testers")},
             {str("AllowUnauthenticatedIdentities"), false},
             {str("CognitoIdentityProviders"),
              QJsonArray{QJsonObject{{str("ProviderName"),
                                      str("cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123")},
                                     {str("ClientId"), str("client1")},
                                     {str("ServerSideTokenCheck"), false}}}}}));
    QCOMPARE(body(server.requests().at(1)).value(str("Roles")).toObject(),
             QJsonObject({{str("authenticated"), str("arn:aws:iam::123456789012:role/Testers")}}));
}

void TestIdentityPools::incompleteCredentialsAreAnError()
{
    const auto missingToken = cognito::IdentityCredentials::fromJson(
        QJsonDocument::fromJson(
            R"({"IdentityId":"x:1","Credentials":{"AccessKeyId":"A","SecretKey":"S","Expiration":1}})")
            .object());
    QVERIFY(!missingToken.ok());
    QCOMPARE(missingToken.error().kind, aws::ErrorKind::Protocol);
    QVERIFY(!cognito::IdentityCredentials::fromJson({}).ok());
}

void TestIdentityPools::credentialProcessJson()
{
    cognito::IdentityCredentials credentials;
    credentials.credentials.accessKeyId = str("ASIAEXAMPLE");
    credentials.credentials.secretAccessKey = str("secret");
    credentials.credentials.sessionToken = str("token");
    credentials.credentials.expiration = QDateTime::fromSecsSinceEpoch(1700003600, Qt::UTC);
    QCOMPARE(credentials.toCredentialProcessJson(),
             QJsonObject({{str("Version"), 1},
                          {str("AccessKeyId"), str("ASIAEXAMPLE")},
                          {str("SecretAccessKey"), str("secret")},
                          {str("SessionToken"), str("token")},
                          {str("Expiration"), str("2023-11-14T23:13:20Z")}}));
}

QTEST_GUILESS_MAIN(TestIdentityPools)
#include "tst_identitypools.moc"
