#include "auth/tokenendpoint.h"
#include "cognito/types.h"

#include <QtTest>

using namespace cdesk;

// What a token endpoint may answer and how each answer is read (auth::tokensFromTokenEndpoint),
// HTTP Basic as curl -u sends it, and where a pool's hosted UI lives on AWS.
class TestTokenEndpointAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answers_data();
    void answers();
    void basicIsCurlsEncoding();
    void hostedUiUrlOfAPool_data();
    void hostedUiUrlOfAPool();
    void emptyDomainDescriptionIsNoDomain();
};

namespace {

const QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

// An unsigned JWT with these claims: enough for TokenSet's claim reading.
QString jwt(const QJsonObject &claims)
{
    const auto part = [](const QJsonObject &object) {
        return QJsonDocument(object)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(part({{QStringLiteral("alg"), QStringLiteral("none")}}) + '.' +
                               part(claims) + ".sig");
}

QJsonObject tokens()
{
    const qint64 exp = now.addSecs(3600).toSecsSinceEpoch();
    return {{QStringLiteral("IdToken"), jwt({{QStringLiteral("aud"), QStringLiteral("client-1")},
                                             {QStringLiteral("token_use"), QStringLiteral("id")},
                                             {QStringLiteral("exp"), exp}})},
            {QStringLiteral("AccessToken"),
             jwt({{QStringLiteral("client_id"), QStringLiteral("client-1")},
                  {QStringLiteral("token_use"), QStringLiteral("access")},
                  {QStringLiteral("exp"), exp}})},
            {QStringLiteral("RefreshToken"), QStringLiteral("opaque-refresh")},
            {QStringLiteral("ExpiresIn"), 3600},
            {QStringLiteral("TokenType"), QStringLiteral("Bearer")}};
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

void TestTokenEndpointAnswers::answers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorType"); // empty: tokens expected
    QTest::addColumn<QString>("says");

    const QByteArray jsonType("application/json");
    QTest::newRow("authentication-result")
        << 200 << jsonType << json({{QStringLiteral("AuthenticationResult"), tokens()}})
        << QString() << QString();
    QTest::newRow("tokens-at-the-top")
        << 200 << jsonType << json(tokens()) << QString() << QString();
    QTest::newRow("401") << 401 << jsonType << QByteArray(R"({"message":"Unauthorized"})")
                         << QStringLiteral("TokenEndpointRefused")
                         << QStringLiteral("refused the credentials (HTTP 401)");
    QTest::newRow("403") << 403 << jsonType << QByteArray(R"({"message":"Forbidden"})")
                         << QStringLiteral("TokenEndpointRefused")
                         << QStringLiteral("refused the credentials (HTTP 403)");
    QTest::newRow("500") << 500 << jsonType << QByteArray("{}")
                         << QStringLiteral("TokenEndpointFailed") << QStringLiteral("HTTP 500");
    QTest::newRow("html")
        << 200 << QByteArray("text/html") << QByteArray("<html>\n  <body>Sign in</body>\n</html>")
        << QStringLiteral("TokenEndpointNotJson")
        << QStringLiteral(
               "answered text/html, not a JSON object: <html> <body>Sign in</body> </html>");
    QTest::newRow("empty-body") << 200 << QByteArray() << QByteArray()
                                << QStringLiteral("TokenEndpointNotJson")
                                << QStringLiteral("without a Content-Type");
    QTest::newRow("json-array") << 200 << jsonType << QByteArray("[1,2]")
                                << QStringLiteral("TokenEndpointNotJson")
                                << QStringLiteral("not a JSON object");
    QTest::newRow("json-without-tokens")
        << 200 << jsonType << QByteArray(R"({"ok":true})") << QStringLiteral("NoTokensInAnswer")
        << QStringLiteral("holds no tokens");
    QTest::newRow("empty-authentication-result")
        << 200 << jsonType << QByteArray(R"({"AuthenticationResult":{}})")
        << QStringLiteral("NoTokensInAnswer") << QStringLiteral("holds no tokens");
    QTest::newRow("challenge") << 200 << jsonType
                               << QByteArray(R"({"ChallengeName":"SMS_MFA","Session":"s"})")
                               << QStringLiteral("NoTokensInAnswer")
                               << QStringLiteral("the challenge SMS_MFA, not tokens");
}

void TestTokenEndpointAnswers::answers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, errorType);
    QFETCH(QString, says);
    auth::ApiReply reply;
    reply.status = status;
    if (!contentType.isEmpty())
        reply.headers.append({"Content-Type", contentType});
    reply.body = body;
    const auto read = auth::tokensFromTokenEndpoint(reply, now);
    if (!errorType.isEmpty()) {
        QVERIFY(!read);
        QCOMPARE(read.error().type, errorType);
        QCOMPARE(read.error().httpStatus, status);
        QVERIFY2(read.error().message.contains(says), qPrintable(read.error().message));
        return;
    }
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    const QJsonObject expected = tokens();
    QCOMPARE(read.value().idToken, expected.value(QLatin1String("IdToken")).toString());
    QCOMPARE(read.value().accessToken, expected.value(QLatin1String("AccessToken")).toString());
    QCOMPARE(read.value().refreshToken, QStringLiteral("opaque-refresh"));
    QCOMPARE(read.value().grant, auth::Grant::Password);
    QCOMPARE(read.value().expiresAt, now.addSecs(3600));
    QCOMPARE(read.value().clientId(), QStringLiteral("client-1"));
}

void TestTokenEndpointAnswers::basicIsCurlsEncoding()
{
    // curl -u 'alice:pa:ss wörd' sends the UTF-8 bytes, unescaped; the first colon splits.
    QCOMPARE(auth::basicAuthorization(QStringLiteral("alice"), QStringLiteral("pa:ss w\u00f6rd")),
             QByteArray("Basic YWxpY2U6cGE6c3Mgd8O2cmQ="));
}

void TestTokenEndpointAnswers::hostedUiUrlOfAPool_data()
{
    QTest::addColumn<QJsonObject>("pool");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QUrl>("url");
    QTest::newRow("prefix") << QJsonObject{{QStringLiteral("Domain"), QStringLiteral("desk")}}
                            << QStringLiteral("eu-west-1")
                            << QUrl(
                                   QStringLiteral("https://desk.auth.eu-west-1.amazoncognito.com"));
    QTest::newRow("custom-wins") << QJsonObject{{QStringLiteral("Domain"), QStringLiteral("desk")},
                                                {QStringLiteral("CustomDomain"),
                                                 QStringLiteral("auth.example.com")}}
                                 << QStringLiteral("eu-west-1")
                                 << QUrl(QStringLiteral("https://auth.example.com"));
    QTest::newRow("none") << QJsonObject{{QStringLiteral("Id"), QStringLiteral("p")}}
                          << QStringLiteral("us-east-1") << QUrl();
}

void TestTokenEndpointAnswers::hostedUiUrlOfAPool()
{
    QFETCH(QJsonObject, pool);
    QFETCH(QString, region);
    QFETCH(QUrl, url);
    QCOMPARE(cognito::UserPool::fromJson(pool).hostedUiUrl(region), url);
}

void TestTokenEndpointAnswers::emptyDomainDescriptionIsNoDomain()
{
    QVERIFY(!cognito::DomainDescription::fromJson({}).exists());
    const auto custom = cognito::DomainDescription::fromJson(
        {{QStringLiteral("Domain"), QStringLiteral("auth.example.com")},
         {QStringLiteral("Status"), QStringLiteral("CREATING")},
         {QStringLiteral("CustomDomainConfig"),
          QJsonObject{{QStringLiteral("CertificateArn"), QStringLiteral("arn:x")}}}});
    QVERIFY(custom.exists());
    QVERIFY(!custom.isActive());
    QCOMPARE(custom.certificateArn, QStringLiteral("arn:x"));
    QVERIFY(cognito::isCustomDomain(custom.domain));
    QVERIFY(!cognito::isCustomDomain(QStringLiteral("desk")));
    QCOMPARE(cognito::domainHostName(QStringLiteral("desk"), QStringLiteral("ap-south-1")),
             QStringLiteral("desk.auth.ap-south-1.amazoncognito.com"));
    QCOMPARE(cognito::domainHostName(custom.domain, QStringLiteral("ap-south-1")), custom.domain);
}

QTEST_GUILESS_MAIN(TestTokenEndpointAnswers)
#include "tst_tokenendpointanswers.moc"
