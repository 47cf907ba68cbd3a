#include "aws/awsjsonclient.h"
#include "aws/awsqueryclient.h"
#include "aws/future.h"
#include "cognito/importrole.h"
#include "support/fakehttpserver.h"

#include <QUrlQuery>
#include <QtTest>

using namespace cdesk;
using aws::ErrorKind;
using test::FakeHttpServer;
using Reply = FakeHttpServer::Reply;

// The AWS Query protocol (IAM, STS): XML answers and errors, the form body and its
// signature, over the transport the JSON client shares; endpoint variables as the SDKs read
// them; the import role's documents and their comparison.
class TestAwsQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesXmlElements();
    void refusesMalformedXml_data();
    void refusesMalformedXml();
    void parsesErrorReplies_data();
    void parsesErrorReplies();
    void sendsASignedFormPost();
    void returnsTheResultElement();
    void typedErrorsAndRetries();
    void sharesTheJsonClientsTransport();
    void endpointVariables_data();
    void endpointVariables();
    void importRoleEndpoints_data();
    void importRoleEndpoints();
    void iamAndStsEndpoints();
    void comparesPoliciesSemantically_data();
    void comparesPoliciesSemantically();
    void checksRoleNames();
    void logsPolicyNamesItsRegion();
};

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

aws::Credentials credentials()
{
    aws::Credentials c;
    c.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    c.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    return c;
}

struct QueryFixture
{
    std::unique_ptr<aws::AwsTransport> transport;
    std::unique_ptr<aws::AwsQueryClient> client;
};

QueryFixture iamClientFor(const QUrl &url)
{
    QueryFixture f;
    f.transport = std::make_unique<aws::AwsTransport>(
        std::make_shared<aws::StaticCredentialsProvider>(credentials()));
    aws::RetryPolicy policy;
    policy.baseDelayMs = 5;
    policy.maxBackoffMs = 20;
    f.transport->setRetryPolicy(policy);
    const auto endpoint = aws::ServiceEndpoint::iam(QStringLiteral("eu-west-1"), url);
    if (endpoint)
        f.client = std::make_unique<aws::AwsQueryClient>(
            endpoint.value(), QStringLiteral("2010-05-08"), f.transport.get());
    return f;
}

const QByteArray kGetRole =
    R"(<GetRoleResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
  <GetRoleResult>
    <Role>
      <Path>/</Path>
      <AssumeRolePolicyDocument>%7B%22Version%22%3A%222012-10-17%22%7D</AssumeRolePolicyDocument>
      <RoleName>R &amp; D</RoleName>
      <Arn>arn:aws:iam::123456789012:role/R</Arn>
    </Role>
  </GetRoleResult>
  <ResponseMetadata>
    <RequestId>df37e965-9967-11e1-a4c3-270EXAMPLE04</RequestId>
  </ResponseMetadata>
</GetRoleResponse>)";

QByteArray queryError(const char *code, const char *message)
{
    return QByteArray(R"(<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">)"
                      "<Error><Type>Sender</Type><Code>") +
           code + "</Code><Message>" + message +
           "</Message></Error><RequestId>req-xml</RequestId></ErrorResponse>";
}

Reply xmlReply(int status, const QByteArray &body)
{
    return Reply::raw(status, "text/xml", body);
}

} // namespace

void TestAwsQuery::parsesXmlElements()
{
    const auto parsed = aws::parseXml(kGetRole);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    const aws::XmlElement &root = parsed.value();
    QCOMPARE(root.name, str("GetRoleResponse")); // the namespace is dropped
    QCOMPARE(root.textAt(QStringLiteral("GetRoleResult/Role/RoleName")), str("R & D"));
    QCOMPARE(root.textAt(QStringLiteral("GetRoleResult/Role/AssumeRolePolicyDocument")),
             str("%7B%22Version%22%3A%222012-10-17%22%7D"));
    QCOMPARE(root.textAt(QStringLiteral("ResponseMetadata/RequestId")),
             str("df37e965-9967-11e1-a4c3-270EXAMPLE04"));
    QVERIFY(root.at(QStringLiteral("GetRoleResult/Nope/Arn")).isNull());
    QCOMPARE(root.textAt(QStringLiteral("GetRoleResult/Nope")), QString());

    const auto list = aws::parseXml(
        "<L><AttachedPolicies><member><PolicyArn>a</PolicyArn></member><member><PolicyArn>b"
        "</PolicyArn></member></AttachedPolicies><IsTruncated>false</IsTruncated></L>");
    QVERIFY(list.ok());
    const auto members = list.value()
                             .child(QStringLiteral("AttachedPolicies"))
                             .childrenNamed(QStringLiteral("member"));
    QCOMPARE(members.size(), 2);
    QCOMPARE(members.at(1).textAt(QStringLiteral("PolicyArn")), str("b"));
}

void TestAwsQuery::refusesMalformedXml_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray("<GetRoleResponse><GetRoleResult>");
    QTest::newRow("json") << QByteArray(R"({"Role":{}})");
    QTest::newRow("mismatched") << QByteArray("<a><b></a></b>");
    QTest::newRow("dtd") << QByteArray(
        R"(<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>)");
}

void TestAwsQuery::refusesMalformedXml()
{
    QFETCH(QByteArray, body);
    const auto parsed = aws::parseXml(body);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, ErrorKind::Protocol);
    QCOMPARE(parsed.error().type, str("MalformedResponse"));
}

void TestAwsQuery::parsesErrorReplies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("requestIdHeader");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<bool>("retryable");

    QTest::newRow("iam-no-such-entity")
        << 404 << queryError("NoSuchEntity", "The role with name X cannot be found.")
        << QByteArray() << int(ErrorKind::Service) << str("NoSuchEntity")
        << str("The role with name X cannot be found.") << str("req-xml") << false;
    QTest::newRow("header-request-id-wins")
        << 409 << queryError("EntityAlreadyExists", "Role with name X already exists.")
        << QByteArray("req-header") << int(ErrorKind::Service) << str("EntityAlreadyExists")
        << str("already exists") << str("req-header") << false;
    QTest::newRow("throttling-is-retryable")
        << 400 << queryError("Throttling", "Rate exceeded") << QByteArray()
        << int(ErrorKind::Service) << str("Throttling") << str("Rate exceeded") << str("req-xml")
        << true;
    QTest::newRow("service-failure-is-retryable")
        << 500 << queryError("ServiceFailure", "try again") << QByteArray()
        << int(ErrorKind::Service) << str("ServiceFailure") << str("try again") << str("req-xml")
        << true;
    QTest::newRow("ec2-shape")
        << 400
        << QByteArray("<Response><Errors><Error><Code>AuthFailure</Code><Message>no</Message>"
                      "</Error></Errors><RequestID>r</RequestID></Response>")
        << QByteArray() << int(ErrorKind::Service) << str("AuthFailure") << str("no") << QString()
        << false;
    QTest::newRow("html-502") << 502 << QByteArray("<html><body>Bad gateway</body></html>")
                              << QByteArray() << int(ErrorKind::Protocol) << str("HttpError502")
                              << str("HTML page") << QString() << true;
    QTest::newRow("broken-html") << 403 << QByteArray("<html><body><p>Forbidden</body>")
                                 << QByteArray() << int(ErrorKind::Protocol) << str("HttpError403")
                                 << str("endpoint URL") << QString() << false;
    QTest::newRow("empty-500") << 500 << QByteArray() << QByteArray("req-empty")
                               << int(ErrorKind::Protocol) << str("HttpError500")
                               << str("empty body") << str("req-empty") << true;
    QTest::newRow("json-body") << 400 << QByteArray(R"({"message":"nope"})") << QByteArray()
                               << int(ErrorKind::Protocol) << str("HttpError400")
                               << str("not an AWS error") << QString() << false;
}

void TestAwsQuery::parsesErrorReplies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, requestIdHeader);
    QFETCH(int, kind);
    QFETCH(QString, type);
    QFETCH(QString, messagePart);
    QFETCH(QString, requestId);
    QFETCH(bool, retryable);
    const aws::AwsError error = aws::parseQueryErrorReply(status, body, requestIdHeader);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.type, type);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    QCOMPARE(error.requestId, requestId);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.retryable, retryable);
}

void TestAwsQuery::sendsASignedFormPost()
{
    FakeHttpServer server;
    server.enqueue(xmlReply(200, kGetRole));
    auto f = iamClientFor(server.url());
    QVERIFY(f.client);
    const auto result = aws::await(f.client->call(
        QStringLiteral("GetRole"), {{QStringLiteral("RoleName"), QStringLiteral("a b&c=d/é")}}));
    QVERIFY(result.ok());
    QCOMPARE(server.requests().size(), 1);
    const auto &request = server.requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.header("content-type"),
             QByteArray("application/x-www-form-urlencoded; charset=utf-8"));
    QCOMPARE(request.body,
             QByteArray("Action=GetRole&Version=2010-05-08&RoleName=a%20b%26c%3Dd%2F%C3%A9"));
    QVERIFY(request.header("x-amz-target").isEmpty());
    // IAM is global: signed for us-east-1 whatever the connection's region.
    const QByteArray authorization = request.header("authorization");
    QVERIFY2(authorization.contains("/us-east-1/iam/aws4_request"), authorization.constData());
    QVERIFY2(authorization.contains("SignedHeaders=content-type;host;x-amz-date"),
             authorization.constData());
    const QUrlQuery form(QString::fromLatin1(request.body));
    QCOMPARE(form.queryItemValue(QStringLiteral("Action")), str("GetRole"));
}

void TestAwsQuery::returnsTheResultElement()
{
    FakeHttpServer server;
    server.enqueue(xmlReply(200, kGetRole));
    server.enqueue(xmlReply(200, "<AttachRolePolicyResponse xmlns=\"x\"><ResponseMetadata>"
                                 "<RequestId>r</RequestId></ResponseMetadata>"
                                 "</AttachRolePolicyResponse>"));
    server.enqueue(xmlReply(200, "<SomethingElseResponse/>"));
    server.enqueue(xmlReply(200, "<html>proxy login</html>"));
    auto f = iamClientFor(server.url());
    QVERIFY(f.client);

    const auto role = aws::await(f.client->call(QStringLiteral("GetRole"), {}));
    QVERIFY(role.ok());
    QCOMPARE(role.value().name, str("GetRoleResult"));
    QCOMPARE(role.value().textAt(QStringLiteral("Role/Arn")),
             str("arn:aws:iam::123456789012:role/R"));

    const auto empty = aws::await(f.client->call(QStringLiteral("AttachRolePolicy"), {}));
    QVERIFY(empty.ok());
    QVERIFY(empty.value().isNull());

    const auto other = aws::await(f.client->call(QStringLiteral("GetPolicy"), {}));
    QVERIFY(!other.ok());
    QCOMPARE(other.error().kind, ErrorKind::Protocol);
    QVERIFY2(other.error().message.contains(str("SomethingElseResponse")),
             qPrintable(other.error().message));

    const auto html = aws::await(f.client->call(QStringLiteral("GetPolicy"), {}));
    QVERIFY(!html.ok());
    QCOMPARE(html.error().type, str("MalformedResponse"));
}

void TestAwsQuery::typedErrorsAndRetries()
{
    FakeHttpServer server;
    server.enqueue(
        xmlReply(404, queryError("NoSuchEntity", "The role with name X cannot be found."))
            .withHeader("x-amzn-RequestId", "req-404"));
    server.enqueue(xmlReply(400, queryError("Throttling", "Rate exceeded")));
    server.enqueue(Reply::raw(503, "text/html", "<html>busy</html>"));
    server.enqueue(xmlReply(200, kGetRole));
    auto f = iamClientFor(server.url());
    QVERIFY(f.client);

    const auto missing = aws::await(f.client->call(QStringLiteral("GetRole"), {}));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::Service);
    QCOMPARE(missing.error().toString(),
             str("NoSuchEntity: The role with name X cannot be found."));
    QCOMPARE(missing.error().requestId, str("req-404"));
    QCOMPARE(missing.error().attempts, 1);
    QCOMPARE(server.requests().size(), 1);

    // Throttling, then an HTML 503: both retried by the shared transport, then success.
    const auto retried = aws::await(f.client->call(QStringLiteral("GetRole"), {}));
    QVERIFY2(retried.ok(), qPrintable(retried.ok() ? QString() : retried.error().toString()));
    QCOMPARE(server.requests().size(), 4);
}

void TestAwsQuery::sharesTheJsonClientsTransport()
{
    FakeHttpServer server;
    server.enqueue(Reply::json(200, "{}"));
    server.enqueue(xmlReply(200, "<GetCallerIdentityResponse><GetCallerIdentityResult><Account>"
                                 "111122223333</Account></GetCallerIdentityResult>"
                                 "</GetCallerIdentityResponse>"));
    const auto cognito = aws::ServiceEndpoint::cognito(QStringLiteral("eu-west-1"), server.url());
    const auto sts = aws::ServiceEndpoint::sts(QStringLiteral("eu-west-1"), server.url());
    QVERIFY(cognito.ok() && sts.ok());
    aws::AwsJsonClient json(cognito.value(),
                            std::make_shared<aws::StaticCredentialsProvider>(credentials()));
    aws::AwsQueryClient query(sts.value(), QStringLiteral("2011-06-15"), json.transport());
    QVERIFY(aws::await(json.call(QStringLiteral("ListUserPools"), {})).ok());
    const auto identity = aws::await(query.call(QStringLiteral("GetCallerIdentity"), {}));
    QVERIFY(identity.ok());
    QCOMPARE(identity.value().textAt(QStringLiteral("Account")), str("111122223333"));
    QCOMPARE(query.transport()->networkAccessManager(), json.networkAccessManager());
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(server.requests().at(0).header("authorization").contains("/eu-west-1/cognito-idp/"));
    QVERIFY(server.requests().at(1).header("authorization").contains("/eu-west-1/sts/"));
    QCOMPARE(server.requests().at(1).body,
             QByteArray("Action=GetCallerIdentity&Version=2011-06-15"));
}

void TestAwsQuery::endpointVariables_data()
{
    QTest::addColumn<QString>("serviceId");
    QTest::addColumn<QStringList>("variables"); // NAME=VALUE
    QTest::addColumn<QString>("expected");

    QTest::newRow("none") << str("IAM") << QStringList() << QString();
    QTest::newRow("generic") << str("IAM")
                             << QStringList{str("AWS_ENDPOINT_URL=http://127.0.0.1:1")}
                             << str("http://127.0.0.1:1");
    QTest::newRow("service-wins") << str("STS")
                                  << QStringList{str("AWS_ENDPOINT_URL=http://127.0.0.1:1"),
                                                 str("AWS_ENDPOINT_URL_STS=http://127.0.0.1:2")}
                                  << str("http://127.0.0.1:2");
    QTest::newRow("other-service-ignored")
        << str("IAM") << QStringList{str("AWS_ENDPOINT_URL_STS=http://127.0.0.1:2")} << QString();
    QTest::newRow("spaces-become-underscores")
        << str("Cognito Identity Provider")
        << QStringList{str("AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER=https://c.example")}
        << str("https://c.example");
    QTest::newRow("ignored-on-request")
        << str("IAM")
        << QStringList{str("AWS_ENDPOINT_URL_IAM=http://127.0.0.1:3"),
                       str("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true")}
        << QString();
}

void TestAwsQuery::endpointVariables()
{
    QFETCH(QString, serviceId);
    QFETCH(QStringList, variables);
    QFETCH(QString, expected);
    QProcessEnvironment environment;
    for (const QString &variable : variables)
        environment.insert(variable.section(QLatin1Char('='), 0, 0),
                           variable.section(QLatin1Char('='), 1));
    QCOMPARE(aws::endpointUrlFromEnvironment(serviceId, environment).toString(), expected);
}

void TestAwsQuery::importRoleEndpoints_data()
{
    QTest::addColumn<QString>("cognitoOverride");
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QString>("iam");
    QTest::addColumn<QString>("sts");

    QTest::newRow("aws") << QString() << QStringList() << QString() << QString();
    QTest::newRow("local-server-serves-all")
        << str("http://127.0.0.1:9229") << QStringList() << str("http://127.0.0.1:9229")
        << str("http://127.0.0.1:9229");
    QTest::newRow("remote-cognito-override-keeps-aws")
        << str("https://cognito-proxy.example") << QStringList() << QString() << QString();
    QTest::newRow("variables-win")
        << str("http://127.0.0.1:9229") << QStringList{str("AWS_ENDPOINT_URL_IAM=http://[::1]:7")}
        << str("http://[::1]:7") << str("http://127.0.0.1:9229");
    QTest::newRow("generic-variable")
        << str("http://localhost:9229") << QStringList{str("AWS_ENDPOINT_URL=https://all.example")}
        << str("https://all.example") << str("https://all.example");
}

void TestAwsQuery::importRoleEndpoints()
{
    QFETCH(QString, cognitoOverride);
    QFETCH(QStringList, variables);
    QFETCH(QString, iam);
    QFETCH(QString, sts);
    QProcessEnvironment environment;
    for (const QString &variable : variables)
        environment.insert(variable.section(QLatin1Char('='), 0, 0),
                           variable.section(QLatin1Char('='), 1));
    const QUrl override(cognitoOverride);
    QCOMPARE(
        cognito::importRoleEndpointUrl(QStringLiteral("IAM"), override, environment).toString(),
        iam);
    QCOMPARE(
        cognito::importRoleEndpointUrl(QStringLiteral("STS"), override, environment).toString(),
        sts);
}

void TestAwsQuery::iamAndStsEndpoints()
{
    const auto iam = aws::ServiceEndpoint::iam(QStringLiteral("ap-southeast-2"));
    QVERIFY(iam.ok());
    QCOMPARE(iam.value().url, QUrl(QStringLiteral("https://iam.amazonaws.com/")));
    QCOMPARE(iam.value().region, str("us-east-1"));
    QCOMPARE(iam.value().signingName, str("iam"));
    QCOMPARE(aws::ServiceEndpoint::iam(QStringLiteral("cn-northwest-1")).value().url,
             QUrl(QStringLiteral("https://iam.cn-north-1.amazonaws.com.cn/")));

    const auto sts = aws::ServiceEndpoint::sts(QStringLiteral("ap-southeast-2"));
    QVERIFY(sts.ok());
    QCOMPARE(sts.value().url, QUrl(QStringLiteral("https://sts.ap-southeast-2.amazonaws.com/")));
    QCOMPARE(sts.value().region, str("ap-southeast-2"));
    QCOMPARE(sts.value().signingName, str("sts"));
    QCOMPARE(aws::ServiceEndpoint::sts(QString()).error().type, str("MissingRegion"));

    const auto insecure = aws::ServiceEndpoint::iam(QStringLiteral("us-east-1"),
                                                    QUrl(QStringLiteral("http://iam.example")));
    QVERIFY(!insecure.ok());
    QCOMPARE(insecure.error().type, str("InsecureEndpoint"));
    QCOMPARE(aws::endpointVariableName(QStringLiteral("Cognito Identity Provider")),
             str("AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER"));
}

void TestAwsQuery::comparesPoliciesSemantically_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<bool>("same");

    QTest::newRow("as-we-write-it") << QByteArray(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Principal":{"Service":"cognito-idp.amazonaws.com"},"Action":"sts:AssumeRole"}]})")
                                    << true;
    QTest::newRow("console-style-lists-and-sid") << QByteArray(R"({"Statement":{"Sid":"",
        "Action":["sts:AssumeRole"],"Principal":{"Service":["cognito-idp.amazonaws.com"]},
        "Effect":"Allow"},"Version":"2012-10-17"})")
                                                 << true;
    QTest::newRow("duplicates") << QByteArray(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Principal":{"Service":["cognito-idp.amazonaws.com","cognito-idp.amazonaws.com"]},
         "Action":"sts:AssumeRole"}]})")
                                << true;
    QTest::newRow("other-service") << QByteArray(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]})")
                                   << false;
    QTest::newRow("extra-service") << QByteArray(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Principal":{"Service":["lambda.amazonaws.com","cognito-idp.amazonaws.com"]},
         "Action":"sts:AssumeRole"}]})")
                                   << false;
    QTest::newRow("deny") << QByteArray(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Deny","Principal":{"Service":"cognito-idp.amazonaws.com"},"Action":"sts:AssumeRole"}]})")
                          << false;
    QTest::newRow("condition-added") << QByteArray(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Principal":{"Service":"cognito-idp.amazonaws.com"},"Action":"sts:AssumeRole",
         "Condition":{"StringEquals":{"aws:SourceAccount":"1"}}}]})")
                                     << false;
    QTest::newRow("empty") << QByteArray("{}") << false;
}

void TestAwsQuery::comparesPoliciesSemantically()
{
    QFETCH(QByteArray, document);
    QFETCH(bool, same);
    const QJsonObject parsed = QJsonDocument::fromJson(document).object();
    QVERIFY(!parsed.isEmpty() || document == "{}");
    QCOMPARE(cognito::samePolicyDocument(parsed, cognito::importRoleTrustPolicy()), same);
    QCOMPARE(cognito::samePolicyDocument(cognito::importRoleTrustPolicy(), parsed), same);
}

void TestAwsQuery::checksRoleNames()
{
    QVERIFY(cognito::checkRoleName(QStringLiteral("Cognito-UserImport-Role")).ok());
    QVERIFY(cognito::checkRoleName(QStringLiteral("a+b=c,d.e@f_g-h")).ok());
    QVERIFY(cognito::checkRoleName(QString(64, QLatin1Char('r'))).ok());
    for (const QString &bad :
         {QString(), QStringLiteral("with space"), QString(65, QLatin1Char('r')),
          QStringLiteral("slash/name"), QStringLiteral("é")}) {
        const auto checked = cognito::checkRoleName(bad);
        QVERIFY2(!checked.ok(), qPrintable(bad));
        QCOMPARE(checked.error().kind, ErrorKind::Local);
        QCOMPARE(checked.error().type, str("InvalidParameter"));
    }
}

void TestAwsQuery::logsPolicyNamesItsRegion()
{
    const QJsonObject policy = cognito::importRoleLogsPolicy(
        QStringLiteral("aws"), QStringLiteral("eu-central-1"), QStringLiteral("111122223333"));
    const QJsonObject statement =
        policy.value(QLatin1String("Statement")).toArray().first().toObject();
    QCOMPARE(statement.value(QLatin1String("Resource")).toString(),
             str("arn:aws:logs:eu-central-1:111122223333:log-group:/aws/cognito/*"));
    QStringList actions;
    for (const QJsonValue &action : statement.value(QLatin1String("Action")).toArray())
        actions.append(action.toString());
    QCOMPARE(actions, (QStringList{str("logs:CreateLogGroup"), str("logs:CreateLogStream"),
                                   str("logs:DescribeLogStreams"), str("logs:PutLogEvents")}));
    QCOMPARE(cognito::importRolePolicyName(QStringLiteral("R"), QStringLiteral("eu-central-1")),
             str("R-CloudWatchLogs-eu-central-1"));
}

QTEST_GUILESS_MAIN(TestAwsQuery)
#include "tst_awsquery.moc"
