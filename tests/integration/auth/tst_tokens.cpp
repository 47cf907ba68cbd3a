#include "auth/jwks.h"
#include "auth/jwtverifier.h"
#include "auth/tokenset.h"
#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "cognito/secrethash.h"
#include "support/localstack.h"

#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace cdesk;
using namespace cdesk::auth;

// Real tokens from the server under test (cognito-local, cognito-sim), verified against its
// JWKS, then tampered with: every forgery is refused with its own reason, none crashes.
class TestTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void genuineTokensVerify_data();
    void genuineTokensVerify();
    void tamperedTokensAreRefused_data();
    void tamperedTokensAreRefused();
    void cliVerifiesAndRefuses_data();
    void cliVerifiesAndRefuses();
    void cliDecodes();
    void refreshKeepsTheSessionGoing_data();
    void refreshKeepsTheSessionGoing();

private:
    aws::Result<QJsonObject> login(const QString &client, const QString &username);
    TokenExpectations expectations(const QString &clientName) const;
    aws::Result<Verification> verify(const QByteArray &token, const TokenExpectations &expected,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());

    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    QNetworkAccessManager m_network;
    JwksCache *m_cache = nullptr;
    QJsonObject m_tokens; // alice's AuthenticationResult through demo-web
    QJsonObject m_jwks;
};

void TestTokens::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_stack = *stack;
    auto connection = m_stack.connect();
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().toString()));
    m_connection = connection.value();
    m_cache = new JwksCache(&m_network, this);
    const auto tokens = login(QStringLiteral("demo-web"), QStringLiteral("alice"));
    QVERIFY2(tokens, qPrintable(tokens ? QString() : tokens.error().toString()));
    m_tokens = tokens.value();
    QVERIFY(!m_tokens.value(QLatin1String("IdToken")).toString().isEmpty());

    QNetworkReply *reply = m_network.get(
        QNetworkRequest(QUrl(m_stack.endpoint.toString() + QLatin1Char('/') + m_stack.userPoolId() +
                             QLatin1String("/.well-known/jwks.json"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    m_jwks = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    QVERIFY(!m_jwks.value(QLatin1String("keys")).toArray().isEmpty());
}

aws::Result<QJsonObject> TestTokens::login(const QString &client, const QString &username)
{
    QJsonObject parameters{{QStringLiteral("USERNAME"), username},
                           {QStringLiteral("PASSWORD"), m_stack.password(username)}};
    const QString secret = m_stack.clientSecret(client);
    if (!secret.isEmpty())
        parameters.insert(QStringLiteral("SECRET_HASH"),
                          cognito::secretHash(username, m_stack.clientId(client), secret));
    const auto answer = aws::await(m_connection->identityProvider()->call(
        QStringLiteral("InitiateAuth"),
        {{QStringLiteral("AuthFlow"), QStringLiteral("USER_PASSWORD_AUTH")},
         {QStringLiteral("ClientId"), m_stack.clientId(client)},
         {QStringLiteral("AuthParameters"), parameters}}));
    if (!answer)
        return answer.error();
    return answer.value().value(QLatin1String("AuthenticationResult")).toObject();
}

TokenExpectations TestTokens::expectations(const QString &clientName) const
{
    TokenExpectations expected;
    expected.issuers = cognitoIssuers(m_stack.region, m_stack.userPoolId(), m_stack.endpoint);
    expected.clientId = m_stack.clientId(clientName);
    return expected;
}

aws::Result<Verification>
TestTokens::verify(const QByteArray &token, const TokenExpectations &expected, const QDateTime &now)
{
    JwtVerifier verifier(m_cache);
    verifier.setClock([now] { return now; });
    return aws::await(verifier.verify(token, expected));
}

void TestTokens::genuineTokensVerify_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("use");
    QTest::newRow("id-token") << QStringLiteral("IdToken") << int(TokenUse::Id);
    QTest::newRow("access-token") << QStringLiteral("AccessToken") << int(TokenUse::Access);
}

void TestTokens::genuineTokensVerify()
{
    QFETCH(QString, field);
    QFETCH(int, use);
    TokenExpectations expected = expectations(QStringLiteral("demo-web"));
    expected.tokenUse = TokenUse(use);
    const auto result = verify(m_tokens.value(field).toString().toLatin1(), expected);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QVERIFY2(result.value().ok(), qPrintable(result.value().reason));
    // The issuer is exactly endpoint + pool id, as the server state promises.
    QCOMPARE(result.value().jwt->claims.value(QLatin1String("iss")).toString(),
             m_stack.endpoint.toString(QUrl::StripTrailingSlash) + QLatin1Char('/') +
                 m_stack.userPoolId());
}

namespace {

QByteArray reheader(const QByteArray &token, const QJsonObject &changes,
                    const QByteArray &signature)
{
    const QList<QByteArray> parts = token.split('.');
    QJsonObject header = QJsonDocument::fromJson(*base64UrlDecode(parts[0])).object();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        header.insert(it.key(), it.value());
    return base64UrlEncode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' + parts[1] +
           '.' + signature;
}

QByteArray reclaim(const QByteArray &token, const QString &claim, const QJsonValue &value)
{
    const QList<QByteArray> parts = token.split('.');
    QJsonObject claims = QJsonDocument::fromJson(*base64UrlDecode(parts[1])).object();
    claims.insert(claim, value);
    return parts[0] + '.' + base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact)) +
           '.' + parts[2];
}

QByteArray flipSignatureByte(const QByteArray &token)
{
    const qsizetype dot = token.lastIndexOf('.');
    QByteArray signature = *base64UrlDecode(token.mid(dot + 1));
    signature[signature.size() / 2] = static_cast<char>(signature[signature.size() / 2] ^ 0x40);
    return token.left(dot + 1) + base64UrlEncode(signature);
}

} // namespace

void TestTokens::tamperedTokensAreRefused_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("pool");
    QTest::addColumn<int>("hoursLater");
    QTest::addColumn<int>("rejection");
    const QByteArray id = m_tokens.value(QLatin1String("IdToken")).toString().toLatin1();
    const QByteArray access = m_tokens.value(QLatin1String("AccessToken")).toString().toLatin1();
    const QString web = QStringLiteral("demo-web");
    const QString pool = m_stack.userPoolId();

    QTest::newRow("flipped-signature-byte")
        << flipSignatureByte(id) << web << pool << 0 << int(Rejection::Signature);
    QTest::newRow("claims-edited")
        << reclaim(id, QStringLiteral("cognito:username"), QStringLiteral("mallory")) << web << pool
        << 0 << int(Rejection::Signature);
    QTest::newRow("access-scope-widened")
        << reclaim(access, QStringLiteral("scope"),
                   QStringLiteral("aws.cognito.signin.user.admin admin"))
        << web << pool << 0 << int(Rejection::Signature);
    QTest::newRow("alg-none") << reheader(id, {{QStringLiteral("alg"), QStringLiteral("none")}}, {})
                              << web << pool << 0 << int(Rejection::Algorithm);
    const QByteArray hsUnsigned =
        reheader(id, {{QStringLiteral("alg"), QStringLiteral("HS256")}}, {});
    const QByteArray publicKey =
        QJsonDocument(m_jwks.value(QLatin1String("keys")).toArray().first().toObject())
            .toJson(QJsonDocument::Compact);
    QTest::newRow("hs256-public-key-as-secret")
        << (hsUnsigned +
            base64UrlEncode(QMessageAuthenticationCode::hash(
                hsUnsigned.left(hsUnsigned.size() - 1), publicKey, QCryptographicHash::Sha256)))
        << web << pool << 0 << int(Rejection::Algorithm);
    QTest::newRow("unknown-kid") << reheader(id,
                                             {{QStringLiteral("kid"),
                                               QStringLiteral("not-a-key-of-this-pool")}},
                                             id.mid(id.lastIndexOf('.') + 1))
                                 << web << pool << 0 << int(Rejection::UnknownKey);
    QTest::newRow("expired") << id << web << pool << 2 << int(Rejection::Expired);
    QTest::newRow("access-expired") << access << web << pool << 2 << int(Rejection::Expired);
    QTest::newRow("wrong-audience")
        << id << QStringLiteral("demo-backend") << pool << 0 << int(Rejection::Audience);
    QTest::newRow("access-wrong-client")
        << access << QStringLiteral("demo-backend") << pool << 0 << int(Rejection::Audience);
    QTest::newRow("wrong-issuer") << id << web << (pool + QLatin1String("x")) << 0
                                  << int(Rejection::Issuer);
    QTest::newRow("garbage-base64")
        << QByteArray("eyJ!!!.@@@.###") << web << pool << 0 << int(Rejection::Malformed);
    QTest::newRow("refresh-token-is-not-a-jwt-to-trust")
        << m_tokens.value(QLatin1String("RefreshToken")).toString().toLatin1() << web << pool << 0
        << -1; // cognito-local's is a JWT, AWS's and the sim's are not: refused either way
}

void TestTokens::tamperedTokensAreRefused()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, client);
    QFETCH(QString, pool);
    QFETCH(int, hoursLater);
    QFETCH(int, rejection);
    TokenExpectations expected = expectations(client);
    expected.issuers = cognitoIssuers(m_stack.region, pool, m_stack.endpoint);
    // "Later" counts from the token's own exp: cognito-local issues 24-hour tokens, AWS and
    // the sim one-hour ones.
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (hoursLater > 0) {
        const auto jwt = Jwt::decode(token);
        QVERIFY(jwt);
        now = QDateTime::fromSecsSinceEpoch(
            jwt->claims.value(QLatin1String("exp")).toInteger() + hoursLater * 3600, Qt::UTC);
    }
    const auto result = verify(token, expected, now);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QVERIFY(!result.value().ok());
    QVERIFY(!result.value().reason.isEmpty());
    if (rejection >= 0)
        QCOMPARE(rejectionName(result.value().rejection), rejectionName(Rejection(rejection)));
}

void TestTokens::cliVerifiesAndRefuses_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("tamper");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    const QString web = QStringLiteral("demo-web");
    QTest::newRow("id-token") << "IdToken" << false << web << QStringList() << 0 << QString();
    QTest::newRow("access-token-as-access")
        << "AccessToken" << false << web
        << QStringList{QStringLiteral("--token-use"), QStringLiteral("access")} << 0 << QString();
    QTest::newRow("access-token-as-id")
        << "AccessToken" << false << web
        << QStringList{QStringLiteral("--token-use"), QStringLiteral("id")} << 5
        << QStringLiteral("token-use");
    QTest::newRow("flipped-signature")
        << "IdToken" << true << web << QStringList() << 5 << QStringLiteral("signature");
    QTest::newRow("wrong-client") << "IdToken" << false << QStringLiteral("demo-backend")
                                  << QStringList() << 5 << QStringLiteral("audience");
    QTest::newRow("wrong-pool") << "IdToken" << false << web
                                << QStringList{QStringLiteral("--user-pool-id"),
                                               QStringLiteral("us-east-1_Nope")}
                                << 5 << QStringLiteral("issuer");
}

void TestTokens::cliVerifiesAndRefuses()
{
    QFETCH(QString, field);
    QFETCH(bool, tamper);
    QFETCH(QString, client);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    QByteArray token = m_tokens.value(field).toString().toLatin1();
    if (tamper)
        token = flipSignatureByte(token);
    // The token on stdin ("-"), where no other process can read it.
    const auto result = test::runProcess(
        test::cliPath(),
        QStringList{QStringLiteral("--endpoint-url"), m_stack.endpoint.toString(),
                    QStringLiteral("--client-id"), m_stack.clientId(client),
                    QStringLiteral("token"), QStringLiteral("verify"), QStringLiteral("-")} +
            extra,
        m_stack.environment(), token + '\n');
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == exitCode, result.err.constData());
    if (exitCode == 0) {
        const QJsonObject printed = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(printed.value(QLatin1String("claims")).toObject().value(QLatin1String("sub")),
                 QJsonDocument::fromJson(*base64UrlDecode(token.split('.')[1]))
                     .object()
                     .value(QLatin1String("sub")));
    } else {
        QVERIFY2(result.err.contains(reason.toLatin1()), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }
}

void TestTokens::cliDecodes()
{
    const QByteArray token = m_tokens.value(QLatin1String("IdToken")).toString().toLatin1();
    const auto result = test::runProcess(
        test::cliPath(),
        {QStringLiteral("token"), QStringLiteral("decode"), QString::fromLatin1(token)},
        m_stack.environment());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject printed = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(
        printed.value(QLatin1String("header")).toObject().value(QLatin1String("alg")).toString(),
        QStringLiteral("RS256"));
    QCOMPARE(printed.value(QLatin1String("claims"))
                 .toObject()
                 .value(QLatin1String("cognito:username"))
                 .toString(),
             QStringLiteral("alice"));
    const auto garbage = test::runProcess(
        test::cliPath(), {QStringLiteral("token"), QStringLiteral("decode"), QStringLiteral("-")},
        m_stack.environment(), "not.a.jwt\n");
    QCOMPARE(garbage.exitCode, 2);
    QVERIFY(!garbage.err.isEmpty());
}

void TestTokens::refreshKeepsTheSessionGoing_data()
{
    QTest::addColumn<QString>("client");
    QTest::newRow("public-client") << QStringLiteral("demo-web");
    QTest::newRow("client-with-secret") << QStringLiteral("demo-backend");
}

void TestTokens::refreshKeepsTheSessionGoing()
{
    QFETCH(QString, client);
    const auto signedIn = login(client, QStringLiteral("bob"));
    QVERIFY2(signedIn, qPrintable(signedIn ? QString() : signedIn.error().toString()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TokenSet tokens = TokenSet::fromAuthenticationResult(signedIn.value(), Grant::Password, now);
    QVERIFY(!tokens.isExpired(now));
    const qint64 exp =
        Jwt::decode(tokens.accessToken.toLatin1())->claims.value(QLatin1String("exp")).toInteger();
    QVERIFY(tokens.expiresAt <= QDateTime::fromSecsSinceEpoch(exp, Qt::UTC));
    QVERIFY(tokens.isExpired(QDateTime::fromSecsSinceEpoch(exp, Qt::UTC)));
    QVERIFY(!tokens.isExpired(QDateTime::fromSecsSinceEpoch(exp - 120, Qt::UTC)));
    QCOMPARE(tokens.username(), QStringLiteral("bob"));
    QCOMPARE(tokens.clientId(), m_stack.clientId(client));
    const auto refreshed = aws::await(refreshTokens(m_connection->identityProvider(), &m_network,
                                                    tokens, m_stack.clientSecret(client)));
    QVERIFY2(refreshed, qPrintable(refreshed ? QString() : refreshed.error().toString()));
    QCOMPARE(refreshed.value().refreshToken, tokens.refreshToken);
    QCOMPARE(refreshed.value().grant, Grant::Password);
    TokenExpectations expected = expectations(client);
    const auto verified = verify(refreshed.value().idToken.toLatin1(), expected);
    QVERIFY2(verified.value().ok(), qPrintable(verified.value().reason));
    QCOMPARE(verified.value().jwt->claims.value(QLatin1String("cognito:username")).toString(),
             QStringLiteral("bob"));

    // A wrong refresh token is the service's refusal, not a crash or a silent success.
    TokenSet forged = tokens;
    forged.refreshToken = QStringLiteral("forged-refresh-token");
    const auto refused = aws::await(refreshTokens(m_connection->identityProvider(), &m_network,
                                                  forged, m_stack.clientSecret(client)));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, aws::ErrorKind::Service);
}

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
