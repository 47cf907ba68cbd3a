#pragma once

#include <QHash>
#include <QString>

#include <functional>

namespace cdesk::aws {

// Client-side rate limiting with one token bucket per Cognito quota category, so that a
// bulk job (CSV import, mass password reset) stays under the account's quota instead of
// living on throttling errors.
//
// Adaptive like the AWS SDKs' "adaptive" retry mode: a throttling answer cuts the
// category's rate (CUBIC, β = 0.7), and successes grow it back along the cubic curve
// towards, and at most up to, the configured limit.
class RateLimiter final
{
public:
    using MonotonicClock = std::function<qint64()>; // milliseconds, never going back

    struct Bucket
    {
        double limit = 0;  // configured requests per second
        double rate = 0;   // current (adaptive) requests per second
        double tokens = 0; // available now; capacity = max(1, rate)
        qint64 lastRefillMs = 0;
        // CUBIC state, as in the SDKs' adaptive mode.
        double lastMaxRate = 0;
        qint64 lastThrottleMs = -1;
    };

    // The account-level quotas of Cognito user pools (requests per second), from the
    // "Quotas in Amazon Cognito" page; accounts with raised quotas override them.
    static QHash<QString, double> defaultLimits();
    // The quota category of an operation, e.g. ListUsers -> UserList; empty if unknown.
    static QString categoryOf(const QString &operation);

    explicit RateLimiter(MonotonicClock clock = {});

    void setLimit(const QString &category, double requestsPerSecond);
    double limit(const QString &category) const;
    double currentRate(const QString &category) const;

    // Takes a token for `category` and answers how long to wait before sending (0: now).
    // The token is taken at once, so concurrent callers queue up behind each other.
    qint64 reserve(const QString &category);

    void onThrottled(const QString &category);
    void onSuccess(const QString &category);

    static constexpr double kBeta = 0.7;
    static constexpr double kScale = 0.4; // CUBIC C
    static constexpr double kMinRate = 0.5;

private:
    Bucket &bucket(const QString &category);
    void refill(Bucket &bucket, qint64 now);

    MonotonicClock m_clock;
    QHash<QString, double> m_limits;
    QHash<QString, Bucket> m_buckets;
};

} // namespace cdesk::aws
