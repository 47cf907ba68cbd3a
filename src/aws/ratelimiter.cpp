#include "ratelimiter.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace cdesk::aws {

QHash<QString, double> RateLimiter::defaultLimits()
{
    return {
        {QStringLiteral("UserAuthentication"), 120}, {QStringLiteral("UserCreation"), 50},
        {QStringLiteral("UserAccountRecovery"), 30}, {QStringLiteral("UserRead"), 120},
        {QStringLiteral("UserUpdate"), 25},          {QStringLiteral("UserList"), 30},
        {QStringLiteral("UserResourceRead"), 50},    {QStringLiteral("UserResourceUpdate"), 25},
        {QStringLiteral("UserPoolRead"), 20},        {QStringLiteral("UserPoolUpdate"), 15},
        {QStringLiteral("UserPoolClientRead"), 15},  {QStringLiteral("UserPoolClientUpdate"), 15},
        {QStringLiteral("UserToken"), 120},
    };
}

QString RateLimiter::categoryOf(const QString &operation)
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const auto put = [&t](const char *category, std::initializer_list<const char *> ops) {
            for (const char *op : ops)
                t.insert(QLatin1String(op), QLatin1String(category));
        };
        put("UserAuthentication", {"InitiateAuth", "RespondToAuthChallenge", "AdminInitiateAuth",
                                   "AdminRespondToAuthChallenge"});
        put("UserCreation", {"SignUp", "AdminCreateUser"});
        // NEW_PASSWORD_REQUIRED responses count here too (the quota page says so), but they
        // travel as RespondToAuthChallenge: the caller can pass the category explicitly.
        put("UserAccountRecovery", {"ForgotPassword", "ConfirmForgotPassword", "ChangePassword",
                                    "AdminResetUserPassword", "AdminSetUserPassword"});
        put("UserRead", {"GetUser", "AdminGetUser", "AdminListGroupsForUser"});
        put("UserUpdate", {"AdminAddUserToGroup",
                           "AdminConfirmSignUp",
                           "AdminDeleteUser",
                           "AdminDeleteUserAttributes",
                           "AdminDisableUser",
                           "AdminEnableUser",
                           "AdminRemoveUserFromGroup",
                           "AdminUpdateUserAttributes",
                           "AdminUserGlobalSignOut",
                           "AdminSetUserMFAPreference",
                           "AdminLinkProviderForUser",
                           "AdminDisableProviderForUser",
                           "ConfirmSignUp",
                           "ResendConfirmationCode",
                           "DeleteUser",
                           "DeleteUserAttributes",
                           "UpdateUserAttributes",
                           "VerifyUserAttribute",
                           "GetUserAttributeVerificationCode",
                           "GlobalSignOut",
                           "SetUserMFAPreference"});
        put("UserList", {"ListUsers", "ListUsersInGroup"});
        put("UserResourceRead", {"GetGroup", "ListGroups", "GetCSVHeader", "DescribeUserImportJob",
                                 "ListUserImportJobs", "AdminGetDevice", "AdminListDevices",
                                 "AdminListUserAuthEvents", "GetDevice", "ListDevices"});
        put("UserResourceUpdate",
            {"CreateGroup", "UpdateGroup", "DeleteGroup", "CreateUserImportJob",
             "StartUserImportJob", "StopUserImportJob", "AdminForgetDevice"});
        put("UserPoolRead",
            {"DescribeUserPool", "ListUserPools", "GetUserPoolMfaConfig", "DescribeUserPoolDomain",
             "DescribeIdentityProvider", "ListIdentityProviders", "DescribeResourceServer",
             "ListResourceServers"});
        put("UserPoolUpdate",
            {"CreateUserPool", "UpdateUserPool", "DeleteUserPool", "SetUserPoolMfaConfig",
             "CreateUserPoolDomain", "DeleteUserPoolDomain", "UpdateUserPoolDomain",
             "CreateIdentityProvider", "UpdateIdentityProvider", "DeleteIdentityProvider",
             "CreateResourceServer", "UpdateResourceServer", "DeleteResourceServer"});
        put("UserPoolClientRead", {"DescribeUserPoolClient", "ListUserPoolClients"});
        put("UserPoolClientUpdate",
            {"CreateUserPoolClient", "UpdateUserPoolClient", "DeleteUserPoolClient"});
        put("UserToken", {"RevokeToken"});
        return t;
    }();
    return table.value(operation);
}

RateLimiter::RateLimiter(MonotonicClock clock)
    : m_clock(std::move(clock))
    , m_limits(defaultLimits())
{
    if (!m_clock) {
        m_clock = [timer = std::make_shared<QElapsedTimer>()] {
            if (!timer->isValid())
                timer->start();
            return timer->elapsed();
        };
    }
}

void RateLimiter::setLimit(const QString &category, double requestsPerSecond)
{
    m_limits.insert(category, requestsPerSecond);
    m_buckets.remove(category);
}

double RateLimiter::limit(const QString &category) const
{
    return m_limits.value(category, 0);
}

double RateLimiter::currentRate(const QString &category) const
{
    const auto it = m_buckets.constFind(category);
    return it == m_buckets.cend() ? limit(category) : it->rate;
}

RateLimiter::Bucket &RateLimiter::bucket(const QString &category)
{
    auto it = m_buckets.find(category);
    if (it == m_buckets.end()) {
        Bucket fresh;
        fresh.limit = limit(category);
        fresh.rate = fresh.limit;
        fresh.tokens = std::max(1.0, fresh.rate);
        fresh.lastRefillMs = m_clock();
        fresh.lastMaxRate = fresh.limit;
        it = m_buckets.insert(category, fresh);
    }
    return *it;
}

void RateLimiter::refill(Bucket &b, qint64 now)
{
    const double capacity = std::max(1.0, b.rate);
    b.tokens = std::min(capacity, b.tokens + double(now - b.lastRefillMs) / 1000.0 * b.rate);
    b.lastRefillMs = now;
}

qint64 RateLimiter::reserve(const QString &category)
{
    if (limit(category) <= 0)
        return 0; // unknown category or limiting turned off
    Bucket &b = bucket(category);
    const qint64 now = m_clock();
    refill(b, now);
    b.tokens -= 1.0;
    if (b.tokens >= 0)
        return 0;
    // In debt: wait until the bucket has refilled to zero.
    return qint64(std::ceil(-b.tokens / b.rate * 1000.0));
}

void RateLimiter::onThrottled(const QString &category)
{
    if (limit(category) <= 0)
        return;
    Bucket &b = bucket(category);
    const qint64 now = m_clock();
    refill(b, now);
    b.lastMaxRate = b.rate;
    b.lastThrottleMs = now;
    b.rate = std::max(kMinRate, b.rate * kBeta);
    b.tokens = std::min(b.tokens, std::max(1.0, b.rate));
}

void RateLimiter::onSuccess(const QString &category)
{
    if (limit(category) <= 0)
        return;
    Bucket &b = bucket(category);
    if (b.lastThrottleMs < 0 || b.rate >= b.limit)
        return;
    const qint64 now = m_clock();
    refill(b, now);
    // W(t) = C (t - K)^3 + Wmax, K = cbrt(Wmax (1 - β) / C): back to Wmax after K seconds,
    // then probing above it (capped at the configured limit).
    const double k = std::cbrt(b.lastMaxRate * (1 - kBeta) / kScale);
    const double t = double(now - b.lastThrottleMs) / 1000.0;
    const double cubic = kScale * std::pow(t - k, 3) + b.lastMaxRate;
    b.rate = std::clamp(cubic, kMinRate, b.limit);
}

} // namespace cdesk::aws
