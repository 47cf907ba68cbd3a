#include "auth/jwks.h"
#include "auth/jwtverifier.h"
#include "auth/sessionstore.h"
#include "auth/tokenset.h"
#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "cognito/secrethash.h"
#include "secrets/keychainstore.h"
#include "support/fakehttpserver.h"
#include "support/localstack.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QtTest>

using namespace cdesk;

// `api call` against a local echo API (a FakeHttpServer that records what it got), with
// tokens from the server under test and sessions in a private keychain (KEYCHAIN).
class TestApiCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sendsTheToken_data();
    void sendsTheToken();
    void sendsMethodDataAndHeaders();
    void sendsBasicCredentials();
    void refusalExitsOne();
    void plainHttpElsewhereIsRefused();
    void savedSessionIsUsed();
    void expiredSessionIsRefreshedFirst_data();
    void expiredSessionIsRefreshedFirst();
    void missingSessionIsExplained();

private:
    test::ProcessResult cli(const QStringList &arguments, const QByteArray &input = {});
    QJsonObject login(const QString &client, const QString &username);
    QUrl echo(const QString &path) const;

    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    test::FakeHttpServer *m_api = nullptr;
    QJsonObject m_alice; // AuthenticationResult through demo-web
};

void TestApiCall::initTestCase()
{
    // The CLI's QSettings: the test writes sessions where the CLI reads them.
    QCoreApplication::setOrganizationName(QStringLiteral("cognito-desk"));
    QCoreApplication::setApplicationName(QStringLiteral("cognito-desk"));
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_stack = *stack;
    auto connection = m_stack.connect();
    QVERIFY(connection);
    m_connection = connection.value();
    m_api = new test::FakeHttpServer(this);
    m_api->setDefaultReply(test::FakeHttpServer::Reply::json(200, R"({"hello":"tester"})"));
    m_alice = login(QStringLiteral("demo-web"), QStringLiteral("alice"));
    QVERIFY(m_alice.contains(QLatin1String("IdToken")));
}

QJsonObject TestApiCall::login(const QString &client, const QString &username)
{
    QJsonObject parameters{{QStringLiteral("USERNAME"), username},
                           {QStringLiteral("PASSWORD"), m_stack.password(username)}};
    if (!m_stack.clientSecret(client).isEmpty())
        parameters.insert(
            QStringLiteral("SECRET_HASH"),
            cognito::secretHash(username, m_stack.clientId(client), m_stack.clientSecret(client)));
    const auto answer = aws::await(m_connection->identityProvider()->call(
        QStringLiteral("InitiateAuth"),
        {{QStringLiteral("AuthFlow"), QStringLiteral("USER_PASSWORD_AUTH")},
         {QStringLiteral("ClientId"), m_stack.clientId(client)},
         {QStringLiteral("AuthParameters"), parameters}}));
    if (!answer)
        qWarning() << answer.error().toString();
    return answer ? answer.value().value(QLatin1String("AuthenticationResult")).toObject()
                  : QJsonObject();
}

QUrl TestApiCall::echo(const QString &path) const
{
    QUrl url = m_api->url();
    url.setPath(path);
    return url;
}

test::ProcessResult TestApiCall::cli(const QStringList &arguments, const QByteArray &input)
{
    return test::runProcess(
        test::cliPath(),
        QStringList{QStringLiteral("--endpoint-url"), m_stack.endpoint.toString()} + arguments,
        m_stack.environment(), input);
}

void TestApiCall::sendsTheToken_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("bare-id-token-by-default") << QStringList() << QString();
    QTest::newRow("bearer") << QStringList{QStringLiteral("--bearer")} << QStringLiteral("Bearer ");
}

void TestApiCall::sendsTheToken()
{
    QFETCH(QStringList, options);
    QFETCH(QString, prefix);
    const QString token = m_alice.value(QLatin1String("IdToken")).toString();
    const auto result = cli(QStringList{QStringLiteral("api"), QStringLiteral("call"),
                                        echo(QStringLiteral("/hello")).toString(),
                                        QStringLiteral("--token-stdin")} +
                                options,
                            token.toLatin1() + '\n');
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(QLatin1String("hello")).toString(),
             QStringLiteral("tester"));
    const auto &got = m_api->requests().last();
    QCOMPARE(got.method, QByteArray("GET"));
    QCOMPARE(got.target, QByteArray("/hello"));
    QCOMPARE(got.header("authorization"), (prefix + token).toLatin1());
}

void TestApiCall::sendsMethodDataAndHeaders()
{
    const auto result = cli(
        {QStringLiteral("api"), QStringLiteral("call"), echo(QStringLiteral("/items/7")).toString(),
         QStringLiteral("--method"), QStringLiteral("put"), QStringLiteral("--data"),
         QStringLiteral(R"({"name":"x"})"), QStringLiteral("--header"),
         QStringLiteral("X-Trace: 42"), QStringLiteral("--token-stdin")},
        m_alice.value(QLatin1String("AccessToken")).toString().toLatin1() + '\n');
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const auto &got = m_api->requests().last();
    QCOMPARE(got.method, QByteArray("PUT"));
    QCOMPARE(got.body, QByteArray(R"({"name":"x"})"));
    QCOMPARE(got.header("content-type"), QByteArray("application/json"));
    QCOMPARE(got.header("x-trace"), QByteArray("42"));
}

void TestApiCall::sendsBasicCredentials()
{
    const auto result = cli({QStringLiteral("api"), QStringLiteral("call"),
                             echo(QStringLiteral("/token")).toString(), QStringLiteral("--basic"),
                             QStringLiteral("alice"), QStringLiteral("--password-stdin")},
                            "pa:ss word\n");
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(m_api->requests().last().header("authorization"),
             "Basic " + QByteArray("alice:pa:ss word").toBase64());
}

void TestApiCall::refusalExitsOne()
{
    m_api->enqueue(test::FakeHttpServer::Reply::json(403, R"({"message":"Unauthorized"})"));
    const auto result =
        cli({QStringLiteral("--verbose"), QStringLiteral("api"), QStringLiteral("call"),
             echo(QStringLiteral("/x")).toString(), QStringLiteral("--token-stdin")},
            "not-a-token\n");
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.contains("Unauthorized"));
    QVERIFY2(result.err.contains("HTTP 403"), result.err.constData());
}

void TestApiCall::plainHttpElsewhereIsRefused()
{
    const qsizetype before = m_api->requests().size();
    const auto result =
        cli({QStringLiteral("api"), QStringLiteral("call"),
             QStringLiteral("http://api.example.com/x"), QStringLiteral("--token-stdin")},
            "t\n");
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("http"));
    QCOMPARE(m_api->requests().size(), before);
}

void TestApiCall::savedSessionIsUsed()
{
    // A token endpoint (a Lambda behind API Gateway, say) answering an AuthenticationResult:
    // --save-as keeps it as alice's session.
    m_api->enqueue(test::FakeHttpServer::Reply::json(
        200, QJsonDocument(QJsonObject{{QStringLiteral("AuthenticationResult"), m_alice}})
                 .toJson(QJsonDocument::Compact)));
    const QString client = m_stack.clientId(QStringLiteral("demo-web"));
    auto result =
        cli({QStringLiteral("--client-id"), client, QStringLiteral("api"), QStringLiteral("call"),
             echo(QStringLiteral("/login")).toString(), QStringLiteral("--basic"),
             QStringLiteral("alice"), QStringLiteral("--password-stdin"),
             QStringLiteral("--save-as"), QStringLiteral("alice")},
            m_stack.password(QStringLiteral("alice")).toUtf8() + '\n');
    QVERIFY2(result.exitCode == 0, result.err.constData());

    result = cli({QStringLiteral("--client-id"), client, QStringLiteral("api"),
                  QStringLiteral("call"), echo(QStringLiteral("/me")).toString(),
                  QStringLiteral("--as"), QStringLiteral("alice")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(m_api->requests().last().header("authorization"),
             m_alice.value(QLatin1String("IdToken")).toString().toLatin1());
    result = cli({QStringLiteral("--client-id"), client, QStringLiteral("api"),
                  QStringLiteral("call"), echo(QStringLiteral("/me")).toString(),
                  QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("--use"),
                  QStringLiteral("access"), QStringLiteral("--bearer")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(m_api->requests().last().header("authorization"),
             "Bearer " + m_alice.value(QLatin1String("AccessToken")).toString().toLatin1());

    // Only the keychain holds the tokens: the settings file has none of them.
    QSettings settings;
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("expiresAt"));
    QVERIFY(!stored.contains(m_alice.value(QLatin1String("RefreshToken")).toString().toLatin1()));
    QVERIFY(!stored.contains(m_alice.value(QLatin1String("IdToken")).toString().toLatin1()));
}

void TestApiCall::expiredSessionIsRefreshedFirst_data()
{
    QTest::addColumn<QString>("client");
    QTest::newRow("public-client") << QStringLiteral("demo-web");
    QTest::newRow("client-with-secret") << QStringLiteral("demo-backend");
}

void TestApiCall::expiredSessionIsRefreshedFirst()
{
    QFETCH(QString, client);
    const QJsonObject bob = login(client, QStringLiteral("bob"));
    QVERIFY(!bob.isEmpty());
    auth::TokenSet stale = auth::TokenSet::fromAuthenticationResult(
        bob, auth::Grant::Password, QDateTime::currentDateTimeUtc());
    stale.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    secrets::KeychainStore keychain;
    QSettings settings;
    auth::SessionStore store(&keychain, &settings);
    const auth::SessionKey key = auth::SessionKey::make(
        m_stack.endpoint, m_stack.region, m_stack.clientId(client), QStringLiteral("bob"));
    const auto saved = aws::await(store.save(key, stale));
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));

    QStringList arguments{QStringLiteral("--client-id"),
                          m_stack.clientId(client),
                          QStringLiteral("api"),
                          QStringLiteral("call"),
                          echo(QStringLiteral("/me")).toString(),
                          QStringLiteral("--as"),
                          QStringLiteral("bob")};
    QByteArray input;
    if (!m_stack.clientSecret(client).isEmpty()) {
        arguments.append(QStringLiteral("--client-secret-stdin"));
        input = m_stack.clientSecret(client).toLatin1() + '\n';
    }
    const auto result = cli(arguments, input);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QByteArray sent = m_api->requests().last().header("authorization");
    QVERIFY(!sent.isEmpty());

    // A fresh ID token of bob's for this client, checked against the server's keys...
    QNetworkAccessManager network;
    auth::JwksCache cache(&network);
    auth::JwtVerifier verifier(&cache);
    auth::TokenExpectations expected;
    expected.issuers = auth::cognitoIssuers(m_stack.region, m_stack.userPoolId(), m_stack.endpoint);
    expected.clientId = m_stack.clientId(client);
    expected.tokenUse = auth::TokenUse::Id;
    const auto verified = aws::await(verifier.verify(sent, expected));
    QVERIFY(verified);
    QVERIFY2(verified.value().ok(), qPrintable(verified.value().reason));
    QCOMPARE(verified.value().jwt->claims.value(QLatin1String("cognito:username")).toString(),
             QStringLiteral("bob"));
    // ...saved back, still with the refresh token, and good for a while.
    const auto reloaded = aws::await(store.load(key));
    QVERIFY(reloaded);
    QCOMPARE(reloaded.value().idToken.toLatin1(), sent);
    QCOMPARE(reloaded.value().refreshToken, stale.refreshToken);
    QVERIFY(!reloaded.value().isExpired(QDateTime::currentDateTimeUtc()));
}

void TestApiCall::missingSessionIsExplained()
{
    const auto result =
        cli({QStringLiteral("--client-id"), m_stack.clientId(QStringLiteral("demo-web")),
             QStringLiteral("api"), QStringLiteral("call"), echo(QStringLiteral("/me")).toString(),
             QStringLiteral("--as"), QStringLiteral("nobody")});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("SessionNotFound"), result.err.constData());
}

QTEST_MAIN(TestApiCall)
#include "tst_apicall.moc"
