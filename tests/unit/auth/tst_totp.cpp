#include "auth/totp.h"

#include <QtTest>

using namespace cdesk;

// TOTP as Cognito's authenticator apps compute it: RFC 6238's own test vectors (HMAC-SHA1),
// RFC 4648's base32 vectors, and the secret format AssociateSoftwareToken hands out.
class TestTotp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc6238Vectors_data();
    void rfc6238Vectors();
    void sixDigitsAreTheLastSix();
    void secondsLeftInTheStep();
    void base32Vectors_data();
    void base32Vectors();
    void base32IgnoresCaseSpacesAndPadding();
    void base32RefusesOtherCharacters();
    void keysDifferPerEndpointPoolAndUser();
};

void TestTotp::rfc6238Vectors_data()
{
    // RFC 6238 appendix B, SHA1 column (8 digits), key "12345678901234567890".
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("code");
    QTest::newRow("59") << qint64(59) << QStringLiteral("94287082");
    QTest::newRow("1111111109") << qint64(1111111109) << QStringLiteral("07081804");
    QTest::newRow("1111111111") << qint64(1111111111) << QStringLiteral("14050471");
    QTest::newRow("1234567890") << qint64(1234567890) << QStringLiteral("89005924");
    QTest::newRow("2000000000") << qint64(2000000000) << QStringLiteral("69279037");
    QTest::newRow("20000000000") << qint64(20000000000) << QStringLiteral("65353130");
}

void TestTotp::rfc6238Vectors()
{
    QFETCH(qint64, time);
    QFETCH(QString, code);
    QCOMPARE(auth::totpCode("12345678901234567890", time, 8), code);
}

void TestTotp::sixDigitsAreTheLastSix()
{
    // Cognito's codes have six digits: the same truncation modulo 10^6 (leading zeros kept).
    QCOMPARE(auth::totpCode("12345678901234567890", 59), QStringLiteral("287082"));
    QCOMPARE(auth::totpCode("12345678901234567890", 1111111109), QStringLiteral("081804"));
    // Every second of one step gives the same code; the next step another.
    QCOMPARE(auth::totpCode("k", 60), auth::totpCode("k", 89));
    QVERIFY(auth::totpCode("12345678901234567890", 1111111109) !=
            auth::totpCode("12345678901234567890", 1111111111));
}

void TestTotp::secondsLeftInTheStep()
{
    QCOMPARE(auth::totpSecondsLeft(60), 30);
    QCOMPARE(auth::totpSecondsLeft(89), 1);
    QCOMPARE(auth::totpSecondsLeft(75), 15);
}

void TestTotp::base32Vectors_data()
{
    // RFC 4648 §10 (without padding, which Cognito's secrets do not carry).
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY");
    QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ");
    QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6");
    QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ");
    QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
    QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI");
    QTest::newRow("rfc6238 key") << QByteArray("12345678901234567890")
                                 << QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
}

void TestTotp::base32Vectors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(auth::base32Encode(bytes), text);
    const auto decoded = auth::base32Decode(text);
    QVERIFY(decoded);
    QCOMPARE(*decoded, bytes);
}

void TestTotp::base32IgnoresCaseSpacesAndPadding()
{
    const auto decoded = auth::base32Decode(QStringLiteral("mzxw 6ytb oi======"));
    QVERIFY(decoded);
    QCOMPARE(*decoded, QByteArray("foobar"));
}

void TestTotp::base32RefusesOtherCharacters()
{
    QVERIFY(!auth::base32Decode(QStringLiteral("MZXW1")));  // 1 is not in the alphabet
    QVERIFY(!auth::base32Decode(QStringLiteral("MZXW-6"))); // nor is -
}

void TestTotp::keysDifferPerEndpointPoolAndUser()
{
    const QString key = auth::totpSecretKey(QStringLiteral("aws:eu-west-1"),
                                            QStringLiteral("eu-west-1_A"), QStringLiteral("alice"));
    QVERIFY(key != auth::totpSecretKey(QStringLiteral("aws:eu-west-2"),
                                       QStringLiteral("eu-west-1_A"), QStringLiteral("alice")));
    QVERIFY(key != auth::totpSecretKey(QStringLiteral("aws:eu-west-1"),
                                       QStringLiteral("eu-west-1_B"), QStringLiteral("alice")));
    QVERIFY(key != auth::totpSecretKey(QStringLiteral("aws:eu-west-1"),
                                       QStringLiteral("eu-west-1_A"), QStringLiteral("bob")));
}

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
