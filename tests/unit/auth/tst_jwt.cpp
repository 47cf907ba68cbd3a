#include "auth/jwt.h"

#include <QtTest>

using namespace cdesk::auth;

class TestJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesParts();
    void refusesMalformed_data();
    void refusesMalformed();
};

namespace {
QByteArray part(const QByteArray &json)
{
    return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

void TestJwt::decodesParts()
{
    const QByteArray token = part(R"({"alg":"RS256","kid":"k1"})") + '.' +
                             part(R"({"sub":"abc","token_use":"id"})") + '.' + part("sig");
    QString error;
    const auto jwt = Jwt::decode(token, &error);
    QVERIFY2(jwt, qPrintable(error));
    QCOMPARE(jwt->header.value(QLatin1String("kid")).toString(), QStringLiteral("k1"));
    QCOMPARE(jwt->claims.value(QLatin1String("token_use")).toString(), QStringLiteral("id"));
    QCOMPARE(jwt->signature, QByteArray("sig"));
    QCOMPARE(jwt->signingInput, token.left(token.lastIndexOf('.')));
}

void TestJwt::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("two-parts") << QByteArray("a.b");
    QTest::newRow("garbage-base64") << QByteArray("!!!.@@@.###");
    QTest::newRow("header-not-json") << (part("nope") + '.' + part("{}") + '.' + part("s"));
    QTest::newRow("payload-array") << (part("{}") + '.' + part("[1]") + '.' + part("s"));
}

void TestJwt::refusesMalformed()
{
    QFETCH(QByteArray, token);
    QString error;
    QVERIFY(!Jwt::decode(token, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
