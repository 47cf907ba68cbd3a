#include "auth/jwt.h"
#include "auth/sessionstore.h"
#include "auth/tokenset.h"
#include "aws/future.h"
#include "secrets/memorystore.h"
#include "support/fakehttpserver.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;
using namespace cdesk::auth;

namespace {

const QDateTime Now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

QString jwt(const QJsonObject &claims)
{
    return QString::fromLatin1(
        base64UrlEncode(R"({"alg":"RS256","kid":"k"})") + '.' +
        base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' +
        base64UrlEncode("sig"));
}

QString idToken(qint64 exp)
{
    return jwt({{QStringLiteral("token_use"), QStringLiteral("id")},
                {QStringLiteral("aud"), QStringLiteral("client1")},
                {QStringLiteral("iss"), QStringLiteral("http://127.0.0.1:1/pool_1")},
                {QStringLiteral("cognito:username"), QStringLiteral("alice-internal")},
                {QStringLiteral("exp"), exp}});
}

QString accessToken(qint64 exp)
{
    return jwt({{QStringLiteral("token_use"), QStringLiteral("access")},
                {QStringLiteral("client_id"), QStringLiteral("client1")},
                {QStringLiteral("username"), QStringLiteral("alice-internal")},
                {QStringLiteral("exp"), exp}});
}

} // namespace

class TestTokenSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAuthenticationResult();
    void readsFragmentWithTextExpiresIn();
    void expiryFallsBackToExpiresIn();
    void expiryIgnoresImplausibleExp();
    void implicitSessionsCannotRefresh();
    void codeSessionRefreshesAtTheTokenEndpoint_data();
    void codeSessionRefreshesAtTheTokenEndpoint();
    void sessionStoreKeepsTokensInTheKeychainOnly();
    void sessionStoreReportsKeychainTrouble_data();
    void sessionStoreReportsKeychainTrouble();
};

void TestTokenSet::readsAuthenticationResult()
{
    const qint64 now = Now.toSecsSinceEpoch();
    const TokenSet tokens = TokenSet::fromAuthenticationResult(
        {{QStringLiteral("IdToken"), idToken(now + 3600)},
         {QStringLiteral("AccessToken"), accessToken(now + 1800)},
         {QStringLiteral("RefreshToken"), QStringLiteral("r")},
         {QStringLiteral("ExpiresIn"), 3600},
         {QStringLiteral("TokenType"), QStringLiteral("Bearer")}},
        Grant::Srp, Now);
    QCOMPARE(tokens.expiresAt, Now.addSecs(1800)); // the earlier of the two tokens
    QCOMPARE(tokens.username(), QStringLiteral("alice-internal"));
    QCOMPARE(tokens.clientId(), QStringLiteral("client1"));
    QCOMPARE(tokens.issuer(), QStringLiteral("http://127.0.0.1:1/pool_1"));
    QVERIFY(tokens.canRefresh());
    QVERIFY(!tokens.isExpired(Now));
    QVERIFY(tokens.isExpired(Now.addSecs(1800 - 30))); // within the margin
    QCOMPARE(tokens.toAuthenticationResult(Now).value(QLatin1String("ExpiresIn")).toInt(), 1800);
    QCOMPARE(tokens.toOAuthJson(Now.addSecs(2000)).value(QLatin1String("expires_in")).toInt(), 0);
}

void TestTokenSet::readsFragmentWithTextExpiresIn()
{
    const TokenSet tokens =
        TokenSet::fromOAuthResponse({{QStringLiteral("access_token"), QStringLiteral("opaque")},
                                     {QStringLiteral("expires_in"), QStringLiteral("600")},
                                     {QStringLiteral("token_type"), QStringLiteral("Bearer")}},
                                    Grant::Implicit, Now);
    QCOMPARE(tokens.expiresAt, Now.addSecs(600));
    const QJsonObject json = tokens.toOAuthJson(Now);
    QCOMPARE(json.value(QLatin1String("expires_in")).toInt(), 600);
    QVERIFY(!json.contains(QLatin1String("refresh_token")));
    QVERIFY(!json.contains(QLatin1String("id_token")));
}

void TestTokenSet::expiryFallsBackToExpiresIn()
{
    const TokenSet none = TokenSet::fromOAuthResponse({}, Grant::Code, Now);
    QVERIFY(!none.expiresAt.isValid());
    QVERIFY(none.isExpired(Now)); // unknown expiry counts as expired: refresh before use
}

void TestTokenSet::expiryIgnoresImplausibleExp()
{
    // An exp beyond any date (casting it to qint64 was undefined behaviour) counts as none.
    const QString id =
        jwt({{QStringLiteral("token_use"), QStringLiteral("id")}, {QStringLiteral("exp"), 1e300}});
    const TokenSet tokens = TokenSet::fromOAuthResponse(
        {{QStringLiteral("id_token"), id}, {QStringLiteral("expires_in"), 3600}}, Grant::Code, Now);
    QCOMPARE(tokens.expiresAt, Now.addSecs(3600));
}

void TestTokenSet::implicitSessionsCannotRefresh()
{
    TokenSet tokens;
    tokens.grant = Grant::Implicit;
    tokens.refreshToken = QStringLiteral("somehow");
    QVERIFY(!tokens.canRefresh());
    const auto result = aws::await(refreshTokens(nullptr, nullptr, tokens, {}));
    QVERIFY(!result);
    QCOMPARE(result.error().type, QStringLiteral("NoRefreshToken"));
}

void TestTokenSet::codeSessionRefreshesAtTheTokenEndpoint_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("public-client") << QString();
    QTest::newRow("client-with-secret") << QStringLiteral("s3cret");
}

void TestTokenSet::codeSessionRefreshesAtTheTokenEndpoint()
{
    QFETCH(QString, secret);
    test::FakeHttpServer hostedUi;
    const qint64 later = Now.toSecsSinceEpoch() + 7200;
    hostedUi.enqueue(test::FakeHttpServer::Reply::json(
        200, QJsonDocument(QJsonObject{{QStringLiteral("id_token"), idToken(later)},
                                       {QStringLiteral("access_token"), accessToken(later)},
                                       {QStringLiteral("expires_in"), 3600},
                                       {QStringLiteral("token_type"), QStringLiteral("Bearer")}})
                 .toJson()));
    TokenSet tokens;
    tokens.grant = Grant::Code;
    tokens.idToken = idToken(Now.toSecsSinceEpoch() - 10);
    tokens.accessToken = accessToken(Now.toSecsSinceEpoch() - 10);
    tokens.refreshToken = QStringLiteral("refresh+token/1");
    tokens.tokenEndpoint =
        QUrl(hostedUi.url().toString(QUrl::StripTrailingSlash) + QLatin1String("/oauth2/token"));
    QNetworkAccessManager network;
    const auto result = aws::await(refreshTokens(nullptr, &network, tokens, secret, Now));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result.value().refreshToken, tokens.refreshToken); // kept: none came back
    QCOMPARE(result.value().grant, Grant::Code);
    QCOMPARE(result.value().tokenEndpoint, tokens.tokenEndpoint);
    QCOMPARE(result.value().expiresAt, QDateTime::fromSecsSinceEpoch(later, Qt::UTC));

    const auto &request = hostedUi.requests().first();
    QCOMPARE(request.target, QByteArray("/oauth2/token"));
    QCOMPARE(request.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
    // Form-encoded strictly: '+' and '/' escaped, or the server would read a space.
    QVERIFY2(request.body.contains("refresh_token=refresh%2Btoken%2F1"), request.body.constData());
    QVERIFY(request.body.contains("grant_type=refresh_token"));
    QVERIFY(request.body.contains("client_id=client1"));
    QCOMPARE(request.header("authorization").isEmpty(), secret.isEmpty());
}

void TestTokenSet::sessionStoreKeepsTokensInTheKeychainOnly()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    secrets::MemoryStore keychain;
    SessionStore store(&keychain, &settings);
    const qint64 exp = Now.toSecsSinceEpoch() + 3600;
    TokenSet tokens = TokenSet::fromAuthenticationResult(
        {{QStringLiteral("IdToken"), idToken(exp)},
         {QStringLiteral("AccessToken"), accessToken(exp)},
         {QStringLiteral("RefreshToken"), QStringLiteral("the-refresh-token")}},
        Grant::Code, Now);
    tokens.tokenEndpoint =
        QUrl(QStringLiteral("https://x.auth.eu-west-1.amazoncognito.com/oauth2/token"));
    const SessionKey key = SessionKey::make(QUrl(QStringLiteral("http://127.0.0.1:9229/")),
                                            QStringLiteral("eu-west-1"), QStringLiteral("client1"),
                                            QStringLiteral("alice"));
    QCOMPARE(key.endpoint, QStringLiteral("http://127.0.0.1:9229"));
    QVERIFY(aws::await(store.save(key, tokens)));

    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("expiresAt"));
    QVERIFY(!stored.contains("the-refresh-token"));
    QVERIFY(!stored.contains(tokens.idToken.toLatin1().left(30)));
    QCOMPARE(keychain.entries().size(), 1);
    QVERIFY(keychain.entries().cbegin().value().contains(QLatin1String("the-refresh-token")));

    const auto loaded = aws::await(store.load(key));
    QVERIFY(loaded);
    QCOMPARE(loaded.value().refreshToken, tokens.refreshToken);
    QCOMPARE(loaded.value().idToken, tokens.idToken);
    QCOMPARE(loaded.value().grant, Grant::Code);
    QCOMPARE(loaded.value().expiresAt, tokens.expiresAt);
    QCOMPARE(loaded.value().tokenEndpoint, tokens.tokenEndpoint);
    QCOMPARE(store.list(), QList<SessionKey>{key});

    QVERIFY(aws::await(store.remove(key)));
    QVERIFY(keychain.entries().isEmpty());
    QVERIFY(store.list().isEmpty());
    const auto gone = aws::await(store.load(key));
    QVERIFY(!gone);
    QCOMPARE(gone.error().type, QStringLiteral("SessionNotFound"));
}

void TestTokenSet::sessionStoreReportsKeychainTrouble_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::newRow("locked") << int(secrets::SecretStatus::Locked)
                            << QStringLiteral("KeychainLocked");
    QTest::newRow("unavailable") << int(secrets::SecretStatus::Unavailable)
                                 << QStringLiteral("KeychainUnavailable");
    QTest::newRow("failed") << int(secrets::SecretStatus::Failed)
                            << QStringLiteral("KeychainError");
}

void TestTokenSet::sessionStoreReportsKeychainTrouble()
{
    QFETCH(int, status);
    QFETCH(QString, type);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    secrets::MemoryStore keychain;
    keychain.setFailure(secrets::SecretStatus(status));
    SessionStore store(&keychain, &settings);
    const SessionKey key = SessionKey::make({}, QStringLiteral("eu-west-1"),
                                            QStringLiteral("client1"), QStringLiteral("alice"));
    TokenSet tokens;
    tokens.refreshToken = QStringLiteral("r");
    const auto saved = aws::await(store.save(key, tokens));
    QVERIFY(!saved);
    QCOMPARE(saved.error().type, type);
    // Nothing is listed for a session whose tokens could not be stored.
    QVERIFY(store.list().isEmpty());
    QCOMPARE(key.endpoint, QStringLiteral("aws:eu-west-1"));
}

QTEST_GUILESS_MAIN(TestTokenSet)
#include "tst_tokenset.moc"
