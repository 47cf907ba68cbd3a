#include "aws/awsjsonclient.h"
#include "aws/ratelimiter.h"

#include <QtTest>

using namespace cdesk::aws;

// Token buckets per quota category and their adaptive rate, on a mock clock; the
// standard-mode backoff formula.
class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void categoriesFollowTheQuotaTable_data();
    void categoriesFollowTheQuotaTable();
    void burstThenSpacedAtTheLimit();
    void categoriesAreIndependent();
    void raisedQuotaIsHonoured();
    void throttlingSlowsDownAndRecovers();
    void repeatedThrottlingFloorsAtMinimum();
    void backoffIsExponentialWithFullJitter_data();
    void backoffIsExponentialWithFullJitter();
};

void TestRateLimiter::categoriesFollowTheQuotaTable_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("category");
    QTest::addColumn<double>("limit");
    QTest::newRow("InitiateAuth") << "InitiateAuth"
                                  << "UserAuthentication" << 120.0;
    QTest::newRow("AdminCreateUser") << "AdminCreateUser"
                                     << "UserCreation" << 50.0;
    QTest::newRow("AdminSetUserPassword") << "AdminSetUserPassword"
                                          << "UserAccountRecovery" << 30.0;
    QTest::newRow("AdminGetUser") << "AdminGetUser"
                                  << "UserRead" << 120.0;
    QTest::newRow("AdminDisableUser") << "AdminDisableUser"
                                      << "UserUpdate" << 25.0;
    QTest::newRow("ListUsers") << "ListUsers"
                               << "UserList" << 30.0;
    QTest::newRow("ListGroups") << "ListGroups"
                                << "UserResourceRead" << 50.0;
    QTest::newRow("CreateGroup") << "CreateGroup"
                                 << "UserResourceUpdate" << 25.0;
    QTest::newRow("ListUserPools") << "ListUserPools"
                                   << "UserPoolRead" << 20.0;
    QTest::newRow("UpdateUserPoolClient") << "UpdateUserPoolClient"
                                          << "UserPoolClientUpdate" << 15.0;
    QTest::newRow("unknown") << "NoSuchOperation"
                             << "" << 0.0;
}

void TestRateLimiter::categoriesFollowTheQuotaTable()
{
    QFETCH(QString, operation);
    QFETCH(QString, category);
    QFETCH(double, limit);
    QCOMPARE(RateLimiter::categoryOf(operation), category);
    QCOMPARE(RateLimiter(([] { return qint64(0); })).limit(category), limit);
}

void TestRateLimiter::burstThenSpacedAtTheLimit()
{
    qint64 now = 1000;
    RateLimiter limiter([&now] { return now; });
    const QString list = QStringLiteral("UserList"); // 30 per second
    for (int i = 0; i < 30; ++i)
        QCOMPARE(limiter.reserve(list), qint64(0));
    // The bucket is empty: each further request waits 1/30 s more than the one before.
    QCOMPARE(limiter.reserve(list), qint64(34));
    QCOMPARE(limiter.reserve(list), qint64(67));
    now += 1000; // a second later the debt is paid and ~28 tokens are back
    QCOMPARE(limiter.reserve(list), qint64(0));
    now += 100000; // never more than one second's burst
    for (int i = 0; i < 30; ++i)
        QCOMPARE(limiter.reserve(list), qint64(0));
    QVERIFY(limiter.reserve(list) > 0);
    QCOMPARE(limiter.reserve(QStringLiteral("NotACategory")), qint64(0));
}

void TestRateLimiter::categoriesAreIndependent()
{
    qint64 now = 0;
    RateLimiter limiter([&now] { return now; });
    for (int i = 0; i < 15; ++i)
        limiter.reserve(QStringLiteral("UserPoolClientUpdate"));
    QVERIFY(limiter.reserve(QStringLiteral("UserPoolClientUpdate")) > 0);
    QCOMPARE(limiter.reserve(QStringLiteral("UserRead")), qint64(0));
}

void TestRateLimiter::raisedQuotaIsHonoured()
{
    qint64 now = 0;
    RateLimiter limiter([&now] { return now; });
    limiter.setLimit(QStringLiteral("UserList"), 300);
    QCOMPARE(limiter.limit(QStringLiteral("UserList")), 300.0);
    for (int i = 0; i < 300; ++i)
        QCOMPARE(limiter.reserve(QStringLiteral("UserList")), qint64(0));
    QCOMPARE(limiter.reserve(QStringLiteral("UserList")), qint64(4)); // 1/300 s, rounded up
    limiter.setLimit(QStringLiteral("UserRead"), 0);                  // off
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(limiter.reserve(QStringLiteral("UserRead")), qint64(0));
}

void TestRateLimiter::throttlingSlowsDownAndRecovers()
{
    qint64 now = 0;
    RateLimiter limiter([&now] { return now; });
    const QString category = QStringLiteral("UserUpdate"); // 25 per second
    QCOMPARE(limiter.currentRate(category), 25.0);
    limiter.onThrottled(category);
    QCOMPARE(limiter.currentRate(category), 25.0 * RateLimiter::kBeta);
    limiter.onThrottled(category);
    const double slowed = 25.0 * RateLimiter::kBeta * RateLimiter::kBeta;
    QCOMPARE(limiter.currentRate(category), slowed);

    // Slower means longer waits once the burst is used.
    for (int i = 0; i < 20; ++i)
        limiter.reserve(category);
    QVERIFY(limiter.reserve(category) >= qint64(1000 / slowed));

    // Recovery follows the cubic: below the last maximum until K seconds have passed,
    // then back at (and capped to) the configured limit.
    const double k =
        std::cbrt(25.0 * RateLimiter::kBeta * (1 - RateLimiter::kBeta) / RateLimiter::kScale);
    now += 500;
    limiter.onSuccess(category);
    const double early = limiter.currentRate(category);
    QVERIFY2(early > slowed && early < 25.0 * RateLimiter::kBeta,
             qPrintable(QString::number(early)));
    now = qint64(k * 1000) + 10;
    limiter.onSuccess(category);
    QVERIFY(qAbs(limiter.currentRate(category) - 25.0 * RateLimiter::kBeta) < 0.1);
    now += 60000;
    limiter.onSuccess(category);
    QCOMPARE(limiter.currentRate(category), 25.0);
}

void TestRateLimiter::repeatedThrottlingFloorsAtMinimum()
{
    qint64 now = 0;
    RateLimiter limiter([&now] { return now; });
    for (int i = 0; i < 50; ++i)
        limiter.onThrottled(QStringLiteral("UserList"));
    QCOMPARE(limiter.currentRate(QStringLiteral("UserList")), RateLimiter::kMinRate);
    limiter.reserve(QStringLiteral("UserList"));
    QCOMPARE(limiter.reserve(QStringLiteral("UserList")), qint64(2000));
}

void TestRateLimiter::backoffIsExponentialWithFullJitter_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("expected");
    QTest::newRow("first-max") << 1 << 0.999999 << 999;
    QTest::newRow("first-half") << 1 << 0.5 << 500;
    QTest::newRow("second-half") << 2 << 0.5 << 1000;
    QTest::newRow("third-half") << 3 << 0.5 << 2000;
    QTest::newRow("zero-jitter") << 3 << 0.0 << 0;
    QTest::newRow("capped") << 12 << 0.5 << 10000;
}

void TestRateLimiter::backoffIsExponentialWithFullJitter()
{
    QFETCH(int, failures);
    QFETCH(double, random);
    QFETCH(int, expected);
    QCOMPARE(backoffDelayMs(failures, RetryPolicy(), random), expected);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
