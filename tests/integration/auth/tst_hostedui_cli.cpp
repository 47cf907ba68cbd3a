#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "support/localstack.h"

#include <QtTest>

using namespace cdesk;

// auth hosted-ui's choice of redirect URI against a real server: a client with no loopback
// callback URL gets an explanation and the offer; --register-callback adds one while
// keeping the rest of the client's configuration (UpdateUserPoolClient resets what it is
// not sent); a sign-in that never comes times out with exit 4.
class TestHostedUiCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clientWithoutLoopbackCallbackIsExplained();
    void registerCallbackKeepsTheClientConfiguration();
    void unregisteredRedirectUriIsRefused();

private:
    QJsonObject createClient(const QString &name);
    QJsonObject describeClient(const QString &clientId);
    test::ProcessResult cli(const QString &clientId, const QStringList &arguments);

    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
};

void TestHostedUiCli::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_stack = *stack;
    auto connection = m_stack.connect();
    QVERIFY(connection);
    m_connection = connection.value();
}

QJsonObject TestHostedUiCli::createClient(const QString &name)
{
    const auto created = aws::await(m_connection->identityProvider()->call(
        QStringLiteral("CreateUserPoolClient"),
        {{QStringLiteral("UserPoolId"), m_stack.userPoolId()},
         {QStringLiteral("ClientName"), name},
         {QStringLiteral("CallbackURLs"), QJsonArray{QStringLiteral("https://app.example.com/cb")}},
         {QStringLiteral("LogoutURLs"), QJsonArray{QStringLiteral("https://app.example.com/bye")}},
         {QStringLiteral("AllowedOAuthFlows"), QJsonArray{QStringLiteral("code")}},
         {QStringLiteral("AllowedOAuthScopes"),
          QJsonArray{QStringLiteral("openid"), QStringLiteral("email")}},
         {QStringLiteral("AllowedOAuthFlowsUserPoolClient"), true},
         {QStringLiteral("SupportedIdentityProviders"), QJsonArray{QStringLiteral("COGNITO")}},
         {QStringLiteral("ExplicitAuthFlows"),
          QJsonArray{QStringLiteral("ALLOW_USER_PASSWORD_AUTH"),
                     QStringLiteral("ALLOW_REFRESH_TOKEN_AUTH")}}}));
    if (!created)
        qWarning() << created.error().toString();
    return created ? created.value().value(QLatin1String("UserPoolClient")).toObject()
                   : QJsonObject();
}

QJsonObject TestHostedUiCli::describeClient(const QString &clientId)
{
    const auto described = aws::await(m_connection->identityProvider()->call(
        QStringLiteral("DescribeUserPoolClient"),
        {{QStringLiteral("UserPoolId"), m_stack.userPoolId()},
         {QStringLiteral("ClientId"), clientId}}));
    return described ? described.value().value(QLatin1String("UserPoolClient")).toObject()
                     : QJsonObject();
}

test::ProcessResult TestHostedUiCli::cli(const QString &clientId, const QStringList &arguments)
{
    return test::runProcess(
        test::cliPath(),
        QStringList{QStringLiteral("--endpoint-url"), m_stack.endpoint.toString(),
                    QStringLiteral("--user-pool-id"), m_stack.userPoolId(),
                    QStringLiteral("--client-id"), clientId, QStringLiteral("auth"),
                    QStringLiteral("hosted-ui"), QStringLiteral("--no-browser")} +
            arguments,
        m_stack.environment());
}

void TestHostedUiCli::clientWithoutLoopbackCallbackIsExplained()
{
    const QJsonObject client = createClient(QStringLiteral("no-loopback"));
    QVERIFY(!client.isEmpty());
    const QString clientId = client.value(QLatin1String("ClientId")).toString();
    const auto result = cli(clientId, {QStringLiteral("--timeout"), QStringLiteral("5")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("https://app.example.com/cb"), result.err.constData());
    QVERIFY(result.err.contains("--register-callback"));
    QVERIFY(QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:\\d+/callback"))
                .match(QString::fromUtf8(result.err))
                .hasMatch());
    QVERIFY(!result.err.contains("oauth2/authorize")); // no sign-in was started
    // Nothing was changed on the client.
    QCOMPARE(describeClient(clientId).value(QLatin1String("CallbackURLs")),
             client.value(QLatin1String("CallbackURLs")));
}

void TestHostedUiCli::registerCallbackKeepsTheClientConfiguration()
{
    const QJsonObject client = createClient(QStringLiteral("register-me"));
    QVERIFY(!client.isEmpty());
    const QString clientId = client.value(QLatin1String("ClientId")).toString();
    const auto result = cli(clientId, {QStringLiteral("--register-callback"),
                                       QStringLiteral("--timeout"), QStringLiteral("2")});
    // Nobody signs in: the receiver gives up and says so.
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("SignInTimedOut"), result.err.constData());
    const QRegularExpressionMatch added =
        QRegularExpression(QStringLiteral("Added (http://127\\.0\\.0\\.1:\\d+/callback)"))
            .match(QString::fromUtf8(result.err));
    QVERIFY2(added.hasMatch(), result.err.constData());
    QVERIFY(result.err.contains("oauth2/authorize"));

    const QJsonObject after = describeClient(clientId);
    QCOMPARE(after.value(QLatin1String("CallbackURLs")).toArray(),
             (QJsonArray{QStringLiteral("https://app.example.com/cb"), added.captured(1)}));
    for (const char *kept :
         {"ClientName", "LogoutURLs", "AllowedOAuthFlows", "AllowedOAuthScopes",
          "AllowedOAuthFlowsUserPoolClient", "SupportedIdentityProviders", "ExplicitAuthFlows"})
        QVERIFY2(after.value(QLatin1String(kept)) == client.value(QLatin1String(kept)), kept);

    // The AWS CLI, an independent client, sees the same configuration.
    const auto aws = test::runProcess(
        QStringLiteral("/usr/bin/aws"),
        {QStringLiteral("cognito-idp"), QStringLiteral("describe-user-pool-client"),
         QStringLiteral("--user-pool-id"), m_stack.userPoolId(), QStringLiteral("--client-id"),
         clientId, QStringLiteral("--endpoint-url"), m_stack.endpoint.toString(),
         QStringLiteral("--output"), QStringLiteral("json")},
        m_stack.environment());
    QVERIFY2(aws.exitCode == 0, aws.err.constData());
    const QJsonObject seen =
        QJsonDocument::fromJson(aws.out).object().value(QLatin1String("UserPoolClient")).toObject();
    QCOMPARE(seen.value(QLatin1String("CallbackURLs")), after.value(QLatin1String("CallbackURLs")));
    QCOMPARE(seen.value(QLatin1String("LogoutURLs")), client.value(QLatin1String("LogoutURLs")));
}

void TestHostedUiCli::unregisteredRedirectUriIsRefused()
{
    const QString clientId = m_stack.clientId(QStringLiteral("demo-web"));
    const auto result =
        cli(clientId, {QStringLiteral("--redirect-uri"), QStringLiteral("http://localhost:1/other"),
                       QStringLiteral("--timeout"), QStringLiteral("5")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("not one of the app client's callback URLs"),
             result.err.constData());
    QVERIFY(result.err.contains("http://localhost:53682/callback"));
}

QTEST_GUILESS_MAIN(TestHostedUiCli)
#include "tst_hostedui_cli.moc"
