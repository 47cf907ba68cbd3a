#pragma once

#include "credentialsprovider.h"
#include "endpoint.h"
#include "result.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QSslCertificate>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace cdesk::aws {

// "cdesk.aws": operation, status, attempts, latency and request id of each call (info),
// each retry (debug). Never headers, bodies, keys or tokens.
Q_DECLARE_LOGGING_CATEGORY(lcAws)

class RateLimiter;

enum class Signing
{
    Signed,
    Unsigned, // the service's public operations (InitiateAuth, SignUp, ...)
};

// Options of one call; the defaults suit every Cognito operation.
struct CallOptions
{
    Signing signing = Signing::Signed;
    int timeoutMs = 30000; // per attempt, from sending to the whole answer
    int maxAttempts = 0;   // 0: the client's RetryPolicy
    QString quotaCategory; // empty: RateLimiter::categoryOf(operation)
};

// The AWS SDKs' "standard" retry mode: up to maxAttempts, waiting
// random[0,1) × min(maxBackoffMs, baseDelayMs × 2^(failures-1)) between them (full jitter).
struct RetryPolicy
{
    int maxAttempts = 3;
    int baseDelayMs = 1000;
    int maxBackoffMs = 20000;
    // A server Date further than this from our clock, on a signature-time error, is skew.
    int skewThresholdSeconds = 4 * 60;
};

// The wait before the attempt after `failures` failed ones, for a random value in [0, 1).
int backoffDelayMs(int failures, const RetryPolicy &policy, double random);

// JSON 1.1 over HTTP POST with X-Amz-Target, as every Cognito operation is called.
// Owns the one QNetworkAccessManager of its service; lives in the GUI/CLI thread.
//
// Every call: rate-limited per quota category (when a limiter is set), signed with the
// clock corrected for skew, timed out per attempt, retried per the RetryPolicy, and
// cancellable through QFuture::cancel(). TLS peers are always verified; http:// is refused
// for anything but loopback hosts.
class AwsJsonClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsJsonClient)

public:
    using Clock = std::function<QDateTime()>;
    using Random = std::function<double()>; // uniform in [0, 1)

    AwsJsonClient(ServiceEndpoint endpoint, std::shared_ptr<CredentialsProvider> credentials,
                  QObject *parent = nullptr);
    ~AwsJsonClient() override;

    const ServiceEndpoint &endpoint() const { return m_endpoint; }
    CredentialsProvider *credentialsProvider() const { return m_credentials.get(); }

    void setClock(Clock clock);
    void setRandom(Random random);
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    // On by default at the account's standard quotas (RateLimiter::defaultLimits); share one
    // between the clients of one account and region, raise limits for raised quotas; null
    // turns limiting off.
    void setRateLimiter(std::shared_ptr<RateLimiter> limiter);
    RateLimiter *rateLimiter() const { return m_limiter.get(); }
    // Certificate authorities trusted in addition to the system's (a corporate proxy's,
    // a test server's). Verification itself can never be turned off.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    // Learnt from the server's Date after a clock-skew error; added to our clock.
    qint64 clockOffsetSeconds() const { return m_clockOffsetSeconds; }

    // Calls `operation` with `payload`; the future always finishes with a value or an
    // AwsError (or, after cancel(), without a result: whenFinished/await make that a
    // Canceled error).
    QFuture<Result<QJsonObject>> call(const QString &operation, const QJsonObject &payload,
                                      const CallOptions &options = {});

    QNetworkAccessManager *networkAccessManager() const { return m_network; }

private:
    struct PendingCall;
    void schedule(const std::shared_ptr<PendingCall> &pending, qint64 delayMs);
    void attempt(const std::shared_ptr<PendingCall> &pending);
    void send(const std::shared_ptr<PendingCall> &pending);
    void onReply(const std::shared_ptr<PendingCall> &pending);
    void finish(const std::shared_ptr<PendingCall> &pending, Result<QJsonObject> result);
    QDateTime now() const;

    ServiceEndpoint m_endpoint;
    std::shared_ptr<CredentialsProvider> m_credentials;
    QNetworkAccessManager *m_network;
    Clock m_clock;
    Random m_random;
    RetryPolicy m_policy;
    std::shared_ptr<RateLimiter> m_limiter;
    QList<QSslCertificate> m_extraCaCertificates;
    qint64 m_clockOffsetSeconds = 0;
};

// Reads an AWS JSON error reply: __type (namespace stripped), message/Message,
// x-amzn-ErrorType and x-amzn-RequestId; tolerates empty and non-JSON bodies.
AwsError parseErrorReply(int httpStatus, const QByteArray &body, const QByteArray &errorTypeHeader,
                         const QByteArray &requestId);

// Throttling error codes, as the SDKs' standard retry mode lists them.
bool isThrottlingError(const QString &type);
// Errors that mean "your clock is off" (with the server's Date, correctable).
bool isClockSkewError(const QString &type);

} // namespace cdesk::aws
