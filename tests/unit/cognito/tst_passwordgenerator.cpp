#include "cognito/passwordgenerator.h"

#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using namespace cdesk;
using cognito::PasswordPolicy;

Q_DECLARE_METATYPE(cdesk::cognito::PasswordPolicy)

class TestPasswordGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void satisfiesPolicy_data();
    void satisfiesPolicy();
    void readsPolicyFromDescribeUserPool();
    void violationsNameEachRule();
    void passwordsDiffer();
};

namespace {
PasswordPolicy policy(int length, bool upper, bool lower, bool numbers, bool symbols)
{
    PasswordPolicy p;
    p.minimumLength = length;
    p.requireUppercase = upper;
    p.requireLowercase = lower;
    p.requireNumbers = numbers;
    p.requireSymbols = symbols;
    return p;
}
} // namespace

void TestPasswordGenerator::satisfiesPolicy_data()
{
    QTest::addColumn<PasswordPolicy>("policy");
    QTest::addColumn<int>("expectedLength");
    QTest::newRow("service-default") << PasswordPolicy{} << 16;
    QTest::newRow("demo-pool-no-symbols") << policy(8, true, true, true, false) << 16;
    QTest::newRow("nothing-required") << policy(6, false, false, false, false) << 16;
    QTest::newRow("only-symbols") << policy(6, false, false, false, true) << 16;
    QTest::newRow("only-digits") << policy(8, false, false, true, false) << 16;
    QTest::newRow("long-everything") << policy(64, true, true, true, true) << 64;
    QTest::newRow("maximum-length") << policy(99, true, true, true, true) << 99;
}

void TestPasswordGenerator::satisfiesPolicy()
{
    QFETCH(PasswordPolicy, policy);
    QFETCH(int, expectedLength);
    const QString allowed = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                           "0123456789") +
                            cognito::passwordSymbols();
    // Random output: many draws, so a generator that only sometimes places a required class
    // (e.g. one that overwrites it while filling) is caught.
    for (int i = 0; i < 500; ++i) {
        const QString password = cognito::generatePassword(policy);
        QCOMPARE(password.size(), expectedLength);
        const QStringList violations = cognito::passwordPolicyViolations(policy, password);
        QVERIFY2(violations.isEmpty(), qPrintable(password + u' ' + violations.join(u' ')));
        // Checked independently of passwordPolicyViolations, which could share a bug.
        if (policy.requireUppercase)
            QVERIFY(std::any_of(password.cbegin(), password.cend(),
                                [](QChar c) { return c >= u'A' && c <= u'Z'; }));
        if (policy.requireLowercase)
            QVERIFY(std::any_of(password.cbegin(), password.cend(),
                                [](QChar c) { return c >= u'a' && c <= u'z'; }));
        if (policy.requireNumbers)
            QVERIFY(std::any_of(password.cbegin(), password.cend(),
                                [](QChar c) { return c >= u'0' && c <= u'9'; }));
        if (policy.requireSymbols)
            QVERIFY(std::any_of(password.cbegin(), password.cend(), [](QChar c) {
                return QStringLiteral("^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+-").contains(c);
            }));
        for (QChar c : password)
            QVERIFY2(allowed.contains(c), qPrintable(password));
    }
}

void TestPasswordGenerator::readsPolicyFromDescribeUserPool()
{
    const QJsonObject pool =
        QJsonDocument::fromJson(R"({"Id": "local_x", "Policies": {"PasswordPolicy": {
            "MinimumLength": 12, "RequireUppercase": false, "RequireLowercase": true,
            "RequireNumbers": false, "RequireSymbols": true,
            "TemporaryPasswordValidityDays": 3}}})")
            .object();
    const PasswordPolicy p = PasswordPolicy::fromUserPoolJson(pool);
    QCOMPARE(p.minimumLength, 12);
    QCOMPARE(p.requireUppercase, false);
    QCOMPARE(p.requireLowercase, true);
    QCOMPARE(p.requireNumbers, false);
    QCOMPARE(p.requireSymbols, true);
    QCOMPARE(p.temporaryPasswordValidityDays, 3);

    // No policy at all: the service's defaults.
    const PasswordPolicy defaults = PasswordPolicy::fromUserPoolJson(QJsonObject{});
    QCOMPARE(defaults.minimumLength, 8);
    QVERIFY(defaults.requireUppercase && defaults.requireLowercase && defaults.requireNumbers &&
            defaults.requireSymbols);
}

void TestPasswordGenerator::violationsNameEachRule()
{
    const PasswordPolicy p = policy(10, true, true, true, true);
    QCOMPARE(cognito::passwordPolicyViolations(p, QStringLiteral("short")).size(), 4);
    QCOMPARE(cognito::passwordPolicyViolations(p, QStringLiteral("abcdefghij")).size(), 3);
    QCOMPARE(cognito::passwordPolicyViolations(p, QStringLiteral("Abcdefghi1")).size(), 1);
    QVERIFY(cognito::passwordPolicyViolations(p, QStringLiteral("Abcdefgh1!")).isEmpty());
    // A space counts as a symbol for the service only inside the password; we never rely on it.
    QCOMPARE(cognito::passwordPolicyViolations(p, QStringLiteral("Abcdefgh1 x")).size(), 1);
}

void TestPasswordGenerator::passwordsDiffer()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i)
        seen.insert(cognito::generatePassword(PasswordPolicy{}));
    QCOMPARE(seen.size(), 200);
}

QTEST_GUILESS_MAIN(TestPasswordGenerator)
#include "tst_passwordgenerator.moc"
