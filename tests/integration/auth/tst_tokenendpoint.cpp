#include "auth/sessionstore.h"
#include "auth/tokenendpoint.h"
#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "integration/cli/clirunner.h"
#include "secrets/keychainstore.h"
#include "support/fakehttpserver.h"
#include "support/localstack.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QtTest>

using namespace cdesk;

// Sign-in at a token endpoint with HTTP Basic credentials, in the core
// (auth::signInAtTokenEndpoint) and through `api call --basic ... --save-as`. The endpoint
// is token-endpoint.js, started here: it checks the Basic header and runs AdminInitiateAuth
// with the demo-backend client against the server under test, so the tokens are real.
class TestTokenEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void coreSignInGivesWorkingTokens_data();
    void coreSignInGivesWorkingTokens();
    void badAnswersAreExplained_data();
    void badAnswersAreExplained();
    void cliSendsBasicAndAdoptsTheSession();
    void cliExplainsBadAnswers_data();
    void cliExplainsBadAnswers();

private:
    QUrl endpoint(const QString &path) const;
    test::Run cli(const QStringList &arguments, const QByteArray &input) const
    {
        return m_cli.cli(arguments, input);
    }

    test::LocalStack m_stack;
    test::CliRunner m_cli; // cognito-desk-cli against the server under test
    std::shared_ptr<cognito::Connection> m_connection;
    QProcess m_server;
    QUrl m_base;
};

void TestTokenEndpoint::initTestCase()
{
    // The CLI's QSettings, where SessionStore files the session's metadata.
    QCoreApplication::setOrganizationName(QStringLiteral("cognito-desk"));
    QCoreApplication::setApplicationName(QStringLiteral("cognito-desk"));
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_stack = *stack;
    m_cli = test::CliRunner(m_stack);
    auto connection = m_stack.connect();
    QVERIFY(connection);
    m_connection = connection.value();

    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_server.start(QStringLiteral("node"),
                   {QStringLiteral(QT_TESTCASE_SOURCEDIR "/token-endpoint.js"),
                    qEnvironmentVariable("COGNITO_DESK_TEST_STATE")});
    QVERIFY2(m_server.waitForStarted(), qPrintable(m_server.errorString()));
    // The script prints one line once it listens.
    QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 20000);
    const QString line = QString::fromUtf8(m_server.readLine()).trimmed();
    QVERIFY2(line.startsWith(QLatin1String("listening ")), qPrintable(line));
    m_base = QUrl(line.mid(10), QUrl::StrictMode);
    QVERIFY(m_base.isValid());
}

void TestTokenEndpoint::cleanupTestCase()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(5000))
            m_server.kill();
    }
}

QUrl TestTokenEndpoint::endpoint(const QString &path) const
{
    QUrl url = m_base;
    url.setPath(path);
    return url;
}

void TestTokenEndpoint::coreSignInGivesWorkingTokens_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("authentication-result") << QStringLiteral("/token");
    QTest::newRow("tokens-at-the-top") << QStringLiteral("/token/flat");
}

void TestTokenEndpoint::coreSignInGivesWorkingTokens()
{
    QFETCH(QString, path);
    QNetworkAccessManager network;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto tokens =
        aws::await(auth::signInAtTokenEndpoint(&network, endpoint(path), QStringLiteral("alice"),
                                               m_stack.password(QStringLiteral("alice"))));
    QVERIFY2(tokens, qPrintable(tokens ? QString() : tokens.error().toString()));
    QVERIFY(!tokens.value().idToken.isEmpty());
    QVERIFY(!tokens.value().refreshToken.isEmpty());
    QCOMPARE(tokens.value().grant, auth::Grant::Password);
    QVERIFY(tokens.value().expiresAt > before.addSecs(600));
    QCOMPARE(tokens.value().clientId(), m_stack.clientId(QStringLiteral("demo-backend")));
    // Real tokens of the server: GetUser takes the access token and names alice.
    const auto user = aws::await(m_connection->identityProvider()->call(
        QStringLiteral("GetUser"), {{QStringLiteral("AccessToken"), tokens.value().accessToken}}));
    QVERIFY2(user, qPrintable(user ? QString() : user.error().toString()));
    QCOMPARE(user.value().value(QLatin1String("Username")).toString(), QStringLiteral("alice"));
}

void TestTokenEndpoint::badAnswersAreExplained_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("says");
    QTest::newRow("wrong-password-401")
        << QStringLiteral("/token") << QStringLiteral("not-her-password")
        << QStringLiteral("TokenEndpointRefused")
        << QStringLiteral("refused the credentials (HTTP 401)");
    QTest::newRow("html-page") << QStringLiteral("/html") << QString()
                               << QStringLiteral("TokenEndpointNotJson")
                               << QStringLiteral("text/html; charset=utf-8, not a JSON object: "
                                                 "<!DOCTYPE html> <html><head><title>Sign in");
    QTest::newRow("json-without-tokens")
        << QStringLiteral("/empty") << QString() << QStringLiteral("NoTokensInAnswer")
        << QStringLiteral("holds no tokens");
    QTest::newRow("challenge-instead-of-tokens")
        << QStringLiteral("/challenge") << QString() << QStringLiteral("NoTokensInAnswer")
        << QStringLiteral("the challenge NEW_PASSWORD_REQUIRED");
    QTest::newRow("not-found") << QStringLiteral("/nowhere") << QString()
                               << QStringLiteral("TokenEndpointFailed")
                               << QStringLiteral("HTTP 404");
}

void TestTokenEndpoint::badAnswersAreExplained()
{
    QFETCH(QString, path);
    QFETCH(QString, password);
    QFETCH(QString, type);
    QFETCH(QString, says);
    QNetworkAccessManager network;
    const auto tokens = aws::await(auth::signInAtTokenEndpoint(
        &network, endpoint(path), QStringLiteral("alice"),
        password.isEmpty() ? m_stack.password(QStringLiteral("alice")) : password));
    QVERIFY(!tokens);
    QCOMPARE(tokens.error().type, type);
    QVERIFY2(tokens.error().message.contains(says), qPrintable(tokens.error().message));
}

void TestTokenEndpoint::cliSendsBasicAndAdoptsTheSession()
{
    const QString client = m_stack.clientId(QStringLiteral("demo-backend"));
    const QString password = m_stack.password(QStringLiteral("bob"));
    const auto saved =
        cli({QStringLiteral("api"), QStringLiteral("call"),
             endpoint(QStringLiteral("/token")).toString(), QStringLiteral("--method"),
             QStringLiteral("POST"), QStringLiteral("--basic"), QStringLiteral("bob"),
             QStringLiteral("--password-stdin"), QStringLiteral("--save-as"),
             QStringLiteral("bob-endpoint"), QStringLiteral("--client-id"), client},
            password.toUtf8() + '\n');
    QVERIFY2(saved.exitCode == 0, saved.err.constData());
    // The endpoint's answer is printed as it came.
    const QJsonObject printed = QJsonDocument::fromJson(saved.out)
                                    .object()
                                    .value(QLatin1String("AuthenticationResult"))
                                    .toObject();
    QVERIFY(printed.contains(QLatin1String("RefreshToken")));

    // The session: the tokens in the keychain, only metadata in the settings.
    secrets::KeychainStore keychain;
    QSettings settings;
    auth::SessionStore store(&keychain, &settings);
    const auth::SessionKey key = auth::SessionKey::make(m_stack.endpoint, m_stack.region, client,
                                                        QStringLiteral("bob-endpoint"));
    const auto loaded = aws::await(store.load(key));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QCOMPARE(loaded.value().idToken, printed.value(QLatin1String("IdToken")).toString());
    QCOMPARE(loaded.value().refreshToken, printed.value(QLatin1String("RefreshToken")).toString());
    settings.sync();
    QFile settingsFile(settings.fileName());
    QVERIFY2(settingsFile.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray stored = settingsFile.readAll();
    QVERIFY(!stored.contains(printed.value(QLatin1String("RefreshToken")).toString().toUtf8()));
    QVERIFY(!stored.contains(printed.value(QLatin1String("IdToken")).toString().toUtf8()));

    // `api call --as` then sends that session's ID token.
    test::FakeHttpServer api;
    api.setDefaultReply(test::FakeHttpServer::Reply::json(200, R"({"ok":true})"));
    QUrl hello = api.url();
    hello.setPath(QStringLiteral("/hello"));
    const auto called = cli({QStringLiteral("api"), QStringLiteral("call"), hello.toString(),
                             QStringLiteral("--as"), QStringLiteral("bob-endpoint"),
                             QStringLiteral("--client-id"), client},
                            {});
    QVERIFY2(called.exitCode == 0, called.err.constData());
    QCOMPARE(api.requests().size(), 1);
    QCOMPARE(api.requests().first().header("authorization"), loaded.value().idToken.toLatin1());
}

void TestTokenEndpoint::cliExplainsBadAnswers_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QString>("says");
    QTest::newRow("401") << QStringLiteral("/token") << QByteArray("wrong-Passw0rd!")
                         << QStringLiteral("TokenEndpointRefused: The token endpoint refused the "
                                           "credentials (HTTP 401).");
    QTest::newRow("html") << QStringLiteral("/html") << QByteArray("x")
                          << QStringLiteral("TokenEndpointNotJson: The token endpoint answered "
                                            "text/html; charset=utf-8, not a JSON object");
    QTest::newRow("no-tokens") << QStringLiteral("/empty") << QByteArray("x")
                               << QStringLiteral("NoTokensInAnswer: The token endpoint's answer "
                                                 "holds no tokens");
}

void TestTokenEndpoint::cliExplainsBadAnswers()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, password);
    QFETCH(QString, says);
    const QString username =
        QStringLiteral("never-saved-") + QString::fromLatin1(QTest::currentDataTag());
    const QString client = m_stack.clientId(QStringLiteral("demo-backend"));
    const auto result =
        cli({QStringLiteral("api"), QStringLiteral("call"), endpoint(path).toString(),
             QStringLiteral("--method"), QStringLiteral("POST"), QStringLiteral("--basic"),
             QStringLiteral("alice"), QStringLiteral("--password-stdin"),
             QStringLiteral("--save-as"), username, QStringLiteral("--client-id"), client},
            password + '\n');
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(QString::fromUtf8(result.err).contains(says), result.err.constData());
    // Nothing was saved for the user.
    secrets::KeychainStore keychain;
    QSettings settings;
    auth::SessionStore store(&keychain, &settings);
    const auto loaded = aws::await(
        store.load(auth::SessionKey::make(m_stack.endpoint, m_stack.region, client, username)));
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().type, QStringLiteral("SessionNotFound"));
}

QTEST_GUILESS_MAIN(TestTokenEndpoint)
#include "tst_tokenendpoint.moc"
