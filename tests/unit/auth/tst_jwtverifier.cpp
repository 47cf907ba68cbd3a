#include "auth/jwks.h"
#include "auth/jwtverifier.h"
#include "aws/future.h"
#include "support/fakehttpserver.h"
#include "testsigner.h"

#include <QNetworkAccessManager>
#include <QtTest>

using namespace cdesk;
using namespace cdesk::auth;

namespace {

const QString Issuer = QStringLiteral("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Test");
const QString Client = QStringLiteral("client123");
const QDateTime Now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

QJsonObject idClaims()
{
    const qint64 now = Now.toSecsSinceEpoch();
    return QJsonObject{{QStringLiteral("sub"), QStringLiteral("1111-2222")},
                       {QStringLiteral("iss"), Issuer},
                       {QStringLiteral("aud"), Client},
                       {QStringLiteral("token_use"), QStringLiteral("id")},
                       {QStringLiteral("cognito:username"), QStringLiteral("alice")},
                       {QStringLiteral("nonce"), QStringLiteral("n-1")},
                       {QStringLiteral("iat"), now - 10},
                       {QStringLiteral("exp"), now + 3590}};
}

QJsonObject accessClaims()
{
    const qint64 now = Now.toSecsSinceEpoch();
    return QJsonObject{{QStringLiteral("sub"), QStringLiteral("1111-2222")},
                       {QStringLiteral("iss"), Issuer},
                       {QStringLiteral("client_id"), Client},
                       {QStringLiteral("token_use"), QStringLiteral("access")},
                       {QStringLiteral("username"), QStringLiteral("alice")},
                       {QStringLiteral("iat"), now - 10},
                       {QStringLiteral("exp"), now + 3590}};
}

TokenExpectations expectations()
{
    TokenExpectations expected;
    expected.issuers =
        cognitoIssuers(QStringLiteral("eu-west-1"), QStringLiteral("eu-west-1_Test"));
    expected.clientId = Client;
    return expected;
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

QByteArray flipSignatureByte(const QByteArray &token)
{
    const qsizetype dot = token.lastIndexOf('.');
    QByteArray signature = *base64UrlDecode(token.mid(dot + 1));
    signature[10] = static_cast<char>(signature[10] ^ 0x01);
    return token.left(dot + 1) + base64UrlEncode(signature);
}

} // namespace

class TestJwtVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptsGenuineTokens_data();
    void acceptsGenuineTokens();
    void refusesTampered_data();
    void refusesTampered();
    void toleratesSmallSkew();
    void issuersOfAPool_data();
    void issuersOfAPool();
    void jwksOfAnIssuer();
    void cacheFetchesOncePerIssuer();
    void tokensVerifiedTogetherShareOneFetch();
    void unknownKidRefetchesAtMostOnceAMinute();
    void foreignIssuerNeverFetches();
    void unreachableKeysAreAnErrorNotARejection_data();
    void unreachableKeysAreAnErrorNotARejection();

private:
    std::unique_ptr<test::TestSigner> m_signer;
    std::unique_ptr<test::TestSigner> m_other; // same kid, another key: a forger's
    std::unique_ptr<test::TestSigner> m_weak;  // 1024 bits
};

void TestJwtVerifier::initTestCase()
{
    m_signer = std::make_unique<test::TestSigner>(QStringLiteral("key-1"));
    m_other = std::make_unique<test::TestSigner>(QStringLiteral("key-1"));
    m_weak = std::make_unique<test::TestSigner>(QStringLiteral("weak"), 1024);
}

void TestJwtVerifier::acceptsGenuineTokens_data()
{
    QTest::addColumn<QJsonObject>("claims");
    QTest::addColumn<int>("use");
    QTest::newRow("id-token") << idClaims() << int(TokenUse::Id);
    QTest::newRow("access-token") << accessClaims() << int(TokenUse::Access);
    QTest::newRow("id-token-any-use") << idClaims() << int(TokenUse::Any);
    QTest::newRow("issuer-cognito-idp-host")
        << with(idClaims(), QStringLiteral("iss"),
                QStringLiteral("https://issuer-cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Test"))
        << int(TokenUse::Id);
    QTest::newRow("aud-array") << with(idClaims(), QStringLiteral("aud"),
                                       QJsonArray{QStringLiteral("x"), Client})
                               << int(TokenUse::Id);
}

void TestJwtVerifier::acceptsGenuineTokens()
{
    QFETCH(QJsonObject, claims);
    QFETCH(int, use);
    TokenExpectations expected = expectations();
    expected.tokenUse = TokenUse(use);
    expected.nonce = QStringLiteral("n-1");
    const Verification result =
        verifyToken(m_signer->sign(claims), m_signer->jwks(), expected, Now);
    QVERIFY2(result.ok(), qPrintable(result.reason));
    QVERIFY(result.reason.isEmpty());
    QCOMPARE(result.jwt->claims, claims);
}

void TestJwtVerifier::refusesTampered_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QJsonObject>("jwks");
    QTest::addColumn<int>("use");
    QTest::addColumn<int>("rejection");

    const QJsonObject keys = m_signer->jwks();
    const qint64 now = Now.toSecsSinceEpoch();
    const QByteArray genuine = m_signer->sign(idClaims());
    const int any = int(TokenUse::Any);

    QTest::newRow("flipped-signature-byte")
        << flipSignatureByte(genuine) << keys << any << int(Rejection::Signature);
    QTest::newRow("payload-swapped") // a genuine signature over other claims
        << (test::TestSigner::signingInput(
                QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                            {QStringLiteral("kid"), QStringLiteral("key-1")}},
                with(idClaims(), QStringLiteral("cognito:username"), QStringLiteral("mallory"))) +
            genuine.mid(genuine.lastIndexOf('.')))
        << keys << any << int(Rejection::Signature);
    QTest::newRow("signed-by-another-key-same-kid")
        << m_other->sign(idClaims()) << keys << any << int(Rejection::Signature);
    QTest::newRow("truncated-signature")
        << genuine.left(genuine.size() - 4) << keys << any << int(Rejection::Signature);
    QTest::newRow("empty-signature")
        << genuine.left(genuine.lastIndexOf('.') + 1) << keys << any << int(Rejection::Signature);

    const QJsonObject noneHeader{{QStringLiteral("alg"), QStringLiteral("none")},
                                 {QStringLiteral("kid"), QStringLiteral("key-1")}};
    QTest::newRow("alg-none") << (test::TestSigner::signingInput(noneHeader, idClaims()) + '.')
                              << keys << any << int(Rejection::Algorithm);
    QTest::newRow("alg-none-uppercase")
        << (test::TestSigner::signingInput(
                with(noneHeader, QStringLiteral("alg"), QStringLiteral("NONE")), idClaims()) +
            '.')
        << keys << any << int(Rejection::Algorithm);
    const QJsonObject hsHeader{{QStringLiteral("alg"), QStringLiteral("HS256")},
                               {QStringLiteral("kid"), QStringLiteral("key-1")}};
    const QByteArray hsInput = test::TestSigner::signingInput(hsHeader, idClaims());
    QTest::newRow("hs256-public-key-as-secret")
        << (hsInput + '.' +
            base64UrlEncode(test::TestSigner::hs256(hsInput, m_signer->publicPem())))
        << keys << any << int(Rejection::Algorithm);
    QTest::newRow("hs256-jwk-n-as-secret")
        << (hsInput + '.' +
            base64UrlEncode(test::TestSigner::hs256(
                hsInput, m_signer->jwk().value(QLatin1String("n")).toString().toLatin1())))
        << keys << any << int(Rejection::Algorithm);
    QTest::newRow("no-alg") << m_signer->sign(idClaims(), {{QStringLiteral("alg"), QJsonValue()}})
                            << keys << any << int(Rejection::Algorithm);

    QTest::newRow("unknown-kid") << m_signer->sign(idClaims(), {{QStringLiteral("kid"),
                                                                 QStringLiteral("key-9")}})
                                 << keys << any << int(Rejection::UnknownKey);
    QTest::newRow("no-kid") << m_signer->sign(idClaims(), {{QStringLiteral("kid"), QJsonValue()}})
                            << keys << any << int(Rejection::Malformed);
    QTest::newRow("key-too-short")
        << m_weak->sign(idClaims()) << m_weak->jwks() << any << int(Rejection::BadKey);
    QTest::newRow("key-not-for-signing")
        << genuine
        << QJsonObject{{QStringLiteral("keys"),
                        QJsonArray{
                            with(m_signer->jwk(), QStringLiteral("use"), QStringLiteral("enc"))}}}
        << any << int(Rejection::BadKey);
    QTest::newRow("key-not-rsa") << genuine
                                 << QJsonObject{{QStringLiteral("keys"),
                                                 QJsonArray{with(m_signer->jwk(),
                                                                 QStringLiteral("kty"),
                                                                 QStringLiteral("EC"))}}}
                                 << any << int(Rejection::BadKey);

    QTest::newRow("expired") << m_signer->sign(with(idClaims(), QStringLiteral("exp"), now - 3600))
                             << keys << any << int(Rejection::Expired);
    QTest::newRow("expired-beyond-skew")
        << m_signer->sign(with(idClaims(), QStringLiteral("exp"), now - 61)) << keys << any
        << int(Rejection::Expired);
    QTest::newRow("issued-in-the-future")
        << m_signer->sign(with(idClaims(), QStringLiteral("iat"), now + 600)) << keys << any
        << int(Rejection::NotYetValid);
    QTest::newRow("not-before-in-the-future")
        << m_signer->sign(with(idClaims(), QStringLiteral("nbf"), now + 600)) << keys << any
        << int(Rejection::NotYetValid);
    QTest::newRow("exp-missing") << m_signer->sign(with(idClaims(), QStringLiteral("exp"),
                                                        QJsonValue::Undefined))
                                 << keys << any << int(Rejection::Malformed);
    // Beyond what a qint64 holds: casting them was undefined behaviour (UBSan), and an
    // iat of 1e300 passed the issued-in-the-future check.
    QTest::newRow("exp-beyond-any-date")
        << m_signer->sign(with(idClaims(), QStringLiteral("exp"), 1e300)) << keys << any
        << int(Rejection::Malformed);
    QTest::newRow("iat-beyond-any-date")
        << m_signer->sign(with(idClaims(), QStringLiteral("iat"), 1e300)) << keys << any
        << int(Rejection::Malformed);
    QTest::newRow("nbf-beyond-any-date")
        << m_signer->sign(with(idClaims(), QStringLiteral("nbf"), -1e300)) << keys << any
        << int(Rejection::NotYetValid);
    QTest::newRow("exp-a-string") << m_signer->sign(with(idClaims(), QStringLiteral("exp"),
                                                         QStringLiteral("never")))
                                  << keys << any << int(Rejection::Malformed);

    QTest::newRow("wrong-audience")
        << m_signer->sign(with(idClaims(), QStringLiteral("aud"), QStringLiteral("other"))) << keys
        << any << int(Rejection::Audience);
    QTest::newRow("access-token-of-another-client")
        << m_signer->sign(
               with(accessClaims(), QStringLiteral("client_id"), QStringLiteral("other")))
        << keys << any << int(Rejection::Audience);
    QTest::newRow("wrong-issuer")
        << m_signer->sign(with(idClaims(), QStringLiteral("iss"),
                               QStringLiteral("https://cognito-idp.eu-west-1.amazonaws.com/"
                                              "eu-west-1_Other")))
        << keys << any << int(Rejection::Issuer);
    QTest::newRow("issuer-with-trailing-slash")
        << m_signer->sign(with(idClaims(), QStringLiteral("iss"), Issuer + QLatin1Char('/')))
        << keys << any << int(Rejection::Issuer);
    QTest::newRow("no-issuer") << m_signer->sign(with(idClaims(), QStringLiteral("iss"),
                                                      QJsonValue::Undefined))
                               << keys << any << int(Rejection::Malformed);
    QTest::newRow("access-token-where-id-expected")
        << m_signer->sign(accessClaims()) << keys << int(TokenUse::Id) << int(Rejection::TokenUse);
    QTest::newRow("id-token-where-access-expected")
        << genuine << keys << int(TokenUse::Access) << int(Rejection::TokenUse);
    QTest::newRow("token-use-refresh")
        << m_signer->sign(with(idClaims(), QStringLiteral("token_use"), QStringLiteral("refresh")))
        << keys << any << int(Rejection::TokenUse);
    QTest::newRow("wrong-nonce") << m_signer->sign(with(idClaims(), QStringLiteral("nonce"),
                                                        QStringLiteral("n-2")))
                                 << keys << any << int(Rejection::Nonce);

    QTest::newRow("garbage-base64")
        << QByteArray("!!!.@@@.###") << keys << any << int(Rejection::Malformed);
    QTest::newRow("padding-in-signature")
        << (genuine + "==") << keys << any << int(Rejection::Malformed);
    QTest::newRow("two-parts") << genuine.left(genuine.lastIndexOf('.')) << keys << any
                               << int(Rejection::Malformed);
    QTest::newRow("empty") << QByteArray() << keys << any << int(Rejection::Malformed);
    QTest::newRow("binary-noise") << QByteArray("\x01\xff.\x00\x80.\x7f", 7) << keys << any
                                  << int(Rejection::Malformed);
    QTest::newRow("empty-key-set") << genuine << QJsonObject() << any << int(Rejection::UnknownKey);
}

void TestJwtVerifier::refusesTampered()
{
    QFETCH(QByteArray, token);
    QFETCH(QJsonObject, jwks);
    QFETCH(int, use);
    QFETCH(int, rejection);
    TokenExpectations expected = expectations();
    expected.tokenUse = TokenUse(use);
    expected.nonce = QStringLiteral("n-1");
    const Verification result = verifyToken(token, jwks, expected, Now);
    QCOMPARE(rejectionName(result.rejection), rejectionName(Rejection(rejection)));
    QVERIFY(!result.ok());
    QVERIFY2(!result.reason.isEmpty(), "a refusal always says why");
}

void TestJwtVerifier::toleratesSmallSkew()
{
    const qint64 now = Now.toSecsSinceEpoch();
    const TokenExpectations expected = expectations();
    const auto verify = [&](const QJsonObject &claims) {
        return verifyToken(m_signer->sign(claims), m_signer->jwks(), expected, Now);
    };
    QVERIFY(verify(with(idClaims(), QStringLiteral("exp"), now - 30)).ok());
    QVERIFY(verify(with(idClaims(), QStringLiteral("iat"), now + 30)).ok());
    QCOMPARE(
        verify(with(idClaims(), QStringLiteral("exp"), now - 30 - expected.skewSeconds)).rejection,
        Rejection::Expired);
}

void TestJwtVerifier::issuersOfAPool_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("pool");
    QTest::addColumn<QUrl>("endpoint");
    QTest::addColumn<QStringList>("issuers");
    QTest::newRow("aws")
        << QStringLiteral("us-east-1") << QStringLiteral("us-east-1_Ab") << QUrl()
        << QStringList{
               QStringLiteral("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Ab"),
               QStringLiteral("https://issuer-cognito-idp.us-east-1.amazonaws.com/us-east-1_Ab")};
    QTest::newRow("region-from-pool-id")
        << QString() << QStringLiteral("ap-southeast-2_Xy") << QUrl()
        << QStringList{
               QStringLiteral("https://cognito-idp.ap-southeast-2.amazonaws.com/ap-southeast-2_Xy"),
               QStringLiteral(
                   "https://issuer-cognito-idp.ap-southeast-2.amazonaws.com/ap-southeast-2_Xy")};
    QTest::newRow("endpoint-override")
        << QStringLiteral("us-east-1") << QStringLiteral("local_5kqx")
        << QUrl(QStringLiteral("http://127.0.0.1:9229/"))
        << QStringList{QStringLiteral("http://127.0.0.1:9229/local_5kqx")};
    QTest::newRow("no-pool") << QStringLiteral("us-east-1") << QString() << QUrl() << QStringList();
    QTest::newRow("no-region") << QString() << QStringLiteral("local_5kqx") << QUrl()
                               << QStringList();
}

void TestJwtVerifier::issuersOfAPool()
{
    QFETCH(QString, region);
    QFETCH(QString, pool);
    QFETCH(QUrl, endpoint);
    QFETCH(QStringList, issuers);
    QCOMPARE(cognitoIssuers(region, pool, endpoint), issuers);
}

void TestJwtVerifier::jwksOfAnIssuer()
{
    QCOMPARE(
        jwksUrlForIssuer(QStringLiteral("https://issuer-cognito-idp.us-east-1.amazonaws.com/"
                                        "us-east-1_Ab")),
        QUrl(QStringLiteral(
            "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Ab/.well-known/jwks.json")));
    QCOMPARE(jwksUrlForIssuer(QStringLiteral("http://127.0.0.1:9229/local_5kqx")),
             QUrl(QStringLiteral("http://127.0.0.1:9229/local_5kqx/.well-known/jwks.json")));
}

namespace {
struct Fixture
{
    test::FakeHttpServer server;
    QNetworkAccessManager network;
    JwksCache cache{&network};
    JwtVerifier verifier{&cache};
    QDateTime clock = Now;
    QString issuer = server.url().toString(QUrl::StripTrailingSlash) + QLatin1String("/pool_1");

    Fixture()
    {
        cache.setClock([this] { return clock; });
        verifier.setClock([this] { return clock; });
    }
    TokenExpectations expected() const
    {
        TokenExpectations e;
        e.issuers = {issuer};
        e.clientId = Client;
        return e;
    }
    QByteArray token(const test::TestSigner &signer) const
    {
        return signer.sign(with(idClaims(), QStringLiteral("iss"), issuer));
    }
    aws::Result<Verification> verify(const QByteArray &token)
    {
        return aws::await(verifier.verify(token, expected()));
    }
};
QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

void TestJwtVerifier::cacheFetchesOncePerIssuer()
{
    Fixture f;
    f.server.setDefaultReply(test::FakeHttpServer::Reply::json(200, json(m_signer->jwks())));
    for (int i = 0; i < 3; ++i) {
        const auto result = f.verify(f.token(*m_signer));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QVERIFY2(result.value().ok(), qPrintable(result.value().reason));
    }
    QCOMPARE(f.cache.fetchCount(), 1);
    QCOMPARE(f.server.requests().size(), 1);
    QCOMPARE(f.server.requests().first().target, QByteArray("/pool_1/.well-known/jwks.json"));
    QCOMPARE(f.server.requests().first().method, QByteArray("GET"));
}

void TestJwtVerifier::tokensVerifiedTogetherShareOneFetch()
{
    // Tokens checked at once with nothing cached yet: one request, and every check gets
    // its answer.
    Fixture f;
    f.server.setDefaultReply(test::FakeHttpServer::Reply::json(200, json(m_signer->jwks())));
    const QByteArray token = f.token(*m_signer);
    QList<QFuture<aws::Result<Verification>>> checks;
    for (int i = 0; i < 3; ++i)
        checks.append(f.verifier.verify(token, f.expected()));
    for (const auto &check : std::as_const(checks)) {
        const auto result = aws::await(check);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QVERIFY2(result.value().ok(), qPrintable(result.value().reason));
    }
    QCOMPARE(f.cache.fetchCount(), 1);
    QCOMPARE(f.server.requests().size(), 1);
}

void TestJwtVerifier::unknownKidRefetchesAtMostOnceAMinute()
{
    Fixture f;
    test::TestSigner rotated(QStringLiteral("key-2"));
    f.server.setDefaultReply(test::FakeHttpServer::Reply::json(200, json(m_signer->jwks())));
    QVERIFY(f.verify(f.token(*m_signer)).value().ok());

    // A token with a kid the cache lacks, within the minute: no new fetch.
    f.clock = Now.addSecs(30);
    auto result = f.verify(f.token(rotated));
    QCOMPARE(result.value().rejection, Rejection::UnknownKey);
    QCOMPARE(f.cache.fetchCount(), 1);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(f.verify(f.token(rotated)).value().rejection, Rejection::UnknownKey);
    QCOMPARE(f.server.requests().size(), 1);

    // The issuer rotated its keys; after a minute the unknown kid refetches once.
    QJsonObject both = m_signer->jwks();
    QJsonArray keys = both.value(QLatin1String("keys")).toArray();
    keys.append(rotated.jwk());
    both.insert(QStringLiteral("keys"), keys);
    f.server.setDefaultReply(test::FakeHttpServer::Reply::json(200, json(both)));
    f.clock = Now.addSecs(JwksCache::RefetchIntervalSeconds);
    result = f.verify(f.token(rotated));
    QVERIFY2(result.value().ok(), qPrintable(result.value().reason));
    QCOMPARE(f.cache.fetchCount(), 2);
    QVERIFY(f.verify(f.token(*m_signer)).value().ok());
    QCOMPARE(f.cache.fetchCount(), 2);

    // A forged kid right after: refused without another fetch.
    test::TestSigner forged(QStringLiteral("key-3"));
    QCOMPARE(f.verify(f.token(forged)).value().rejection, Rejection::UnknownKey);
    QCOMPARE(f.server.requests().size(), 2);
}

void TestJwtVerifier::foreignIssuerNeverFetches()
{
    Fixture f;
    f.server.setDefaultReply(test::FakeHttpServer::Reply::json(200, json(m_signer->jwks())));
    const auto result = f.verify(m_signer->sign(
        with(idClaims(), QStringLiteral("iss"), QStringLiteral("http://127.0.0.1:1/x"))));
    QCOMPARE(result.value().rejection, Rejection::Issuer);
    const auto none =
        f.verify(test::TestSigner::signingInput({{QStringLiteral("alg"), QStringLiteral("none")},
                                                 {QStringLiteral("kid"), QStringLiteral("key-1")}},
                                                with(idClaims(), QStringLiteral("iss"), f.issuer)) +
                 '.');
    QCOMPARE(none.value().rejection, Rejection::Algorithm);
    QCOMPARE(f.server.requests().size(), 0);
}

void TestJwtVerifier::unreachableKeysAreAnErrorNotARejection_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("http-500") << 500 << QByteArray("{}") << int(aws::ErrorKind::Protocol);
    QTest::newRow("not-json") << 200 << QByteArray("<html>") << int(aws::ErrorKind::Protocol);
    QTest::newRow("no-keys-array")
        << 200 << QByteArray(R"({"keys":{}})") << int(aws::ErrorKind::Protocol);
    QTest::newRow("connection-dropped") << -1 << QByteArray() << int(aws::ErrorKind::Network);
}

void TestJwtVerifier::unreachableKeysAreAnErrorNotARejection()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    Fixture f;
    f.server.setDefaultReply(status < 0 ? test::FakeHttpServer::Reply::closeConnection()
                                        : test::FakeHttpServer::Reply::json(status, body));
    const auto result = f.verify(f.token(*m_signer));
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().kind), kind);
    QVERIFY(!result.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestJwtVerifier)
#include "tst_jwtverifier.moc"
