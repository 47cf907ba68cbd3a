#include "cognito/srp.h"

#include <QProcess>
#include <QtTest>

using cdesk::cognito::Srp;

// Our USER_SRP_AUTH client against amazon-cognito-identity-js (srp_reference.js), run at
// test time with the same fixed a, b, salt, secret block and clock: every intermediate
// value and the final signature must agree. End to end against cognito-sim's verifier is
// in tests/integration/cli (loginSrp...).
class TestSrp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithIdentityJs_data();
    void agreesWithIdentityJs();
    void wrongPasswordChangesSignature();
    void refusesUnsafeB();
    void timestampFormat_data();
    void timestampFormat();
};

namespace {
QJsonObject reference(const QJsonObject &input)
{
    QProcess node;
    node.start(QStringLiteral("node"),
               {QFINDTESTDATA("srp_reference.js"),
                QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact))});
    if (!node.waitForFinished(30000) || node.exitCode() != 0) {
        qWarning() << node.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(node.readAllStandardOutput()).object();
}

// identity-js prints BigIntegers without leading zeros; so do we.
QString trimmed(const QString &hex)
{
    qsizetype i = 0;
    while (i + 1 < hex.size() && hex.at(i) == QLatin1Char('0'))
        ++i;
    return hex.mid(i);
}
} // namespace

void TestSrp::agreesWithIdentityJs_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("salt");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("password");
    QTest::addColumn<qint64>("epochMs");

    const QString longA = QString(QStringLiteral("9f3c5a7e1b2d4f60")).repeated(16); // 128 bytes
    QTest::newRow("128-byte-a-high-bit-salt")
        << longA << QStringLiteral("c0ffee00deadbeef1234") << QStringLiteral("f1e2d3c4b5a69788")
        << QStringLiteral("alice") << QStringLiteral("Passw0rd!demo") << qint64(1795010679000);
    QTest::newRow("low-bit-salt-single-digit-day")
        << QStringLiteral("1234567890abcdef") << QStringLiteral("fedcba0987654321")
        << QStringLiteral("0a1b2c") << QStringLiteral("639fb052-9f58-4696-816e-2594d7518398")
        << QStringLiteral("Temp0rary!demo") << qint64(1793696645000); // Nov 3, single digits
    QTest::newRow("unicode-password")
        << QStringLiteral("deadbeef") << QStringLiteral("0123456789abcdef0123")
        << QStringLiteral("80") << QStringLiteral("jürgen") << QStringLiteral("Pässwörd-€1")
        << qint64(1704067200000);
}

void TestSrp::agreesWithIdentityJs()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, salt);
    QFETCH(QString, userId);
    QFETCH(QString, password);
    QFETCH(qint64, epochMs);
    const QString poolId = QStringLiteral("us-east-1_Xy12AbCdE");
    const QString secretBlock =
        QString::fromLatin1(QByteArray("a secret block from the server").toBase64());

    const QJsonObject expected = reference({{QStringLiteral("a"), a},
                                            {QStringLiteral("b"), b},
                                            {QStringLiteral("poolId"), poolId},
                                            {QStringLiteral("userId"), userId},
                                            {QStringLiteral("password"), password},
                                            {QStringLiteral("salt"), salt},
                                            {QStringLiteral("secretBlock"), secretBlock},
                                            {QStringLiteral("epochMs"), double(epochMs)}});
    QVERIFY2(!expected.isEmpty(), "srp_reference.js failed");

    const Srp srp(QByteArray::fromHex(a.toLatin1()));
    QCOMPARE(srp.largeAHex(), expected.value(QLatin1String("A")).toString());
    const auto claim = srp.passwordClaim(poolId, userId, password, salt,
                                         expected.value(QLatin1String("B")).toString(), secretBlock,
                                         QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC));
    QVERIFY2(claim.ok(), claim.ok() ? "" : qPrintable(claim.error().message));
    QCOMPARE(trimmed(claim.value().uHex), expected.value(QLatin1String("u")).toString());
    QCOMPARE(trimmed(claim.value().sHex), expected.value(QLatin1String("S")).toString());
    QCOMPARE(QString::fromLatin1(claim.value().key.toHex()),
             expected.value(QLatin1String("key")).toString());
    QCOMPARE(claim.value().timestamp, expected.value(QLatin1String("timestamp")).toString());
    QCOMPARE(claim.value().signature, expected.value(QLatin1String("signature")).toString());
}

void TestSrp::wrongPasswordChangesSignature()
{
    const Srp srp(QByteArray::fromHex("0102030405060708"));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1795010679, Qt::UTC);
    const auto right = srp.passwordClaim(
        QStringLiteral("eu-west-1_Pool"), QStringLiteral("bob"), QStringLiteral("Right1!pass"),
        QStringLiteral("abcd"), QStringLiteral("123456789abcdef"), QStringLiteral("c2VjcmV0"), now);
    const auto wrong = srp.passwordClaim(
        QStringLiteral("eu-west-1_Pool"), QStringLiteral("bob"), QStringLiteral("Wrong1!pass"),
        QStringLiteral("abcd"), QStringLiteral("123456789abcdef"), QStringLiteral("c2VjcmV0"), now);
    QVERIFY(right.ok() && wrong.ok());
    QVERIFY(right.value().signature != wrong.value().signature);
}

void TestSrp::refusesUnsafeB()
{
    const Srp srp;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // B = 0 and B = N are both 0 mod N: a server (or a man in the middle) could otherwise
    // fix S without knowing the password.
    const QString n = QStringLiteral(
        "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A0879"
        "8E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B"
        "0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA4836"
        "1C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804"
        "F1746C08CA18217C32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6"
        "955817183995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64"
        "ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7ABF5AE8CDB0933D71E8C94E04A25619DCEE3D226"
        "1AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E2"
        "08E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF");
    for (const QString &b : {QStringLiteral("0"), n, QStringLiteral("not hex")}) {
        const auto claim = srp.passwordClaim(QStringLiteral("us-east-1_P"), QStringLiteral("u"),
                                             QStringLiteral("p"), QStringLiteral("ab"), b,
                                             QStringLiteral("c2VjcmV0"), now);
        QVERIFY2(!claim.ok(), qPrintable(b.left(10)));
        QCOMPARE(claim.error().type, QStringLiteral("SrpError"));
    }
}

void TestSrp::timestampFormat_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected");
    QTest::newRow("single-digit-day-not-padded")
        << QDateTime(QDate(2026, 11, 3), QTime(9, 5, 7), Qt::UTC)
        << QStringLiteral("Tue Nov 3 09:05:07 UTC 2026");
    QTest::newRow("two-digit-day") << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC)
                                   << QStringLiteral("Thu Feb 29 23:59:59 UTC 2024");
    QTest::newRow("local-time-converted-to-utc")
        << QDateTime(QDate(2026, 1, 1), QTime(1, 0, 0), Qt::OffsetFromUTC, 3600)
        << QStringLiteral("Thu Jan 1 00:00:00 UTC 2026");
}

void TestSrp::timestampFormat()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);
    QCOMPARE(Srp::timestamp(now), expected);
}

QTEST_GUILESS_MAIN(TestSrp)
#include "tst_srp.moc"
