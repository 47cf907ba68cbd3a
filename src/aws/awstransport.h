#pragma once

#include "credentialsprovider.h"
#include "endpoint.h"
#include "result.h"

#include <QByteArray>
#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPair>
#include <QPromise>
#include <QSslCertificate>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

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

// What an operation does to the service, for deciding what may be sent again.
enum class OperationClass
{
    Read,            // changes nothing: always safe to resend
    IdempotentWrite, // sending it twice leaves the same state as once (set, enable, add to)
    Create,          // makes a new object: a second send makes a second one or fails
};

// The class of every operation the core sends (Cognito, IAM, STS). Unknown operations
// count as creates: resending blind is the one thing that is never safe.
OperationClass operationClassOf(const QString &operation);
const char *operationClassName(OperationClass operationClass);

// Options of one call; the defaults suit every Cognito operation.
struct CallOptions
{
    Signing signing = Signing::Signed;
    int timeoutMs = 0;     // per attempt, from sending to the whole answer; 0: the policy's
    int maxAttempts = 0;   // 0: the client's RetryPolicy
    QString quotaCategory; // empty: RateLimiter::categoryOf(operation)
    // Unset: operationClassOf(operation). Throttling is retried for every class; after an
    // answer that leaves the outcome unknown (timeout or reset after sending, 5xx), reads
    // and idempotent writes are retried and a create is not: its error has outcomeUnknown
    // set, and the caller checks the service before sending it again.
    std::optional<OperationClass> operationClass;
    // Answers bigger than this are aborted while they download.
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    // Told the x-amzn-RequestId of a successful answer (AwsJsonClient; for the audit log).
    std::function<void(const QString &requestId)> onSuccessRequestId;
};

// The AWS SDKs' "standard" retry mode: up to maxAttempts, waiting
// random[0,1) × min(maxBackoffMs, baseDelayMs × 2^(failures-1)) between them (full jitter).
struct RetryPolicy
{
    int maxAttempts = 3;
    int baseDelayMs = 1000;
    int maxBackoffMs = 20000;
    int attemptTimeoutMs = 30000; // for calls whose CallOptions give none
    // A server Date further than this from our clock, on a signature-time error, is skew.
    int skewThresholdSeconds = 4 * 60;
};

// The wait before the attempt after `failures` failed ones, for a random value in [0, 1).
int backoffDelayMs(int failures, const RetryPolicy &policy, double random);

// Throttling error codes, as the SDKs' standard retry mode lists them.
bool isThrottlingError(const QString &type);
// Errors that mean "your clock is off" (with the server's Date, correctable).
bool isClockSkewError(const QString &type);
// Whether an error answer is worth another attempt: throttling, 5xx, the services'
// internal-failure codes.
bool isRetryableServiceError(int httpStatus, const QString &type);

// Completes an error a protocol's parser read (type, message, request id, HTTP status):
// retryable from the status and type; without a type, the answer was no AWS error at all (an
// HTML page from a proxy, an empty 500, ...) and becomes a Protocol error HttpError<status>
// saying what came instead.
AwsError completeErrorReply(AwsError parsed, const QByteArray &body);

// One POST of an AWS protocol (JSON 1.1, Query, ...): what differs between protocols.
struct WireRequest
{
    QString operation; // for logs and the rate limiter
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers; // sent and signed, e.g. x-amz-target
    QByteArray body;
};

// An HTTP answer as it came; the protocol's client reads it.
struct WireReply
{
    int httpStatus = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int attempts = 0; // requests sent for this answer

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
    QByteArray requestId() const;                    // x-amzn-RequestId
};

// Reads a non-2xx answer into an AwsError (type, message, retryable) as its protocol
// shapes it.
using ErrorParser = std::function<AwsError(const WireReply &reply)>;

// The transport every AWS client of one connection shares: its network managers (see Lane),
// the credentials, SigV4 with a clock corrected for skew, the rate limiter, per-attempt
// timeouts, retries per the RetryPolicy and cancellation through QFuture::cancel(). TLS
// peers are always verified; http:// is refused for anything but loopback hosts. Lives in
// the GUI/CLI thread.
class AwsTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsTransport)

public:
    using Clock = std::function<QDateTime()>;
    using Random = std::function<double()>; // uniform in [0, 1)

    explicit AwsTransport(std::shared_ptr<CredentialsProvider> credentials,
                          QObject *parent = nullptr);
    ~AwsTransport() override;

    CredentialsProvider *credentialsProvider() const { return m_credentials.get(); }
    QNetworkAccessManager *networkAccessManager() const { return m_network; }

    void setClock(Clock clock);
    void setRandom(Random random);
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    // On by default at the account's standard Cognito quotas (RateLimiter::defaultLimits);
    // operations of other services have no category and are not limited. Null turns
    // limiting off.
    void setRateLimiter(std::shared_ptr<RateLimiter> limiter);
    RateLimiter *rateLimiter() const { return m_limiter.get(); }
    // Certificate authorities trusted in addition to the system's (a corporate proxy's,
    // a test server's). Verification itself can never be turned off.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    // Learnt from the server's Date after a clock-skew error; added to our clock.
    qint64 clockOffsetSeconds() const { return m_clockOffsetSeconds; }

    // Sends `request` to `endpoint`; the future finishes with `decode(2xx reply)` or an
    // AwsError (or, after cancel(), without a result: whenFinished/await make that a
    // Canceled error).
    template <typename T>
    QFuture<Result<T>> call(const ServiceEndpoint &endpoint, WireRequest request,
                            const CallOptions &options, ErrorParser parseError,
                            std::function<Result<T>(const WireReply &)> decode);

private:
    struct PendingCall;
    using Completion = std::function<void(std::optional<Result<WireReply>>)>;
    // `complete` is called exactly once: with the outcome, or nullopt once canceled.
    std::shared_ptr<PendingCall> start(const ServiceEndpoint &endpoint, WireRequest request,
                                       const CallOptions &options, ErrorParser parseError,
                                       Completion complete);
    void cancel(const std::weak_ptr<PendingCall> &call);
    // Runs `next` after `delayMs` (at once when 0), unless the call is done by then.
    void schedule(const std::shared_ptr<PendingCall> &pending, qint64 delayMs,
                  void (AwsTransport::*next)(const std::shared_ptr<PendingCall> &));
    void attempt(const std::shared_ptr<PendingCall> &pending);
    void send(const std::shared_ptr<PendingCall> &pending);
    void onReply(const std::shared_ptr<PendingCall> &pending);
    void onReadyRead(const std::shared_ptr<PendingCall> &pending, QNetworkReply *reply);
    void finish(const std::shared_ptr<PendingCall> &pending,
                std::optional<Result<WireReply>> result);
    QDateTime now() const;
    // The lane for the next request: the first with a free connection, a new one while
    // there may be kMaxLanes, else the least busy.
    int pickLane();

    // Qt 6.4 opens at most six HTTP/1.1 connections per host and manager (the setting,
    // QHttp1Configuration, arrives in 6.5), which held a bulk job to six requests in flight:
    // at 100 ms a request, 60 a second, under a raised quota's rate. Requests beyond six
    // in flight go through further managers ("lanes") of the same transport, like the
    // connection pools of the AWS SDKs.
    static constexpr int kConnectionsPerLane = 6;
    static constexpr int kMaxLanes = 8;
    struct Lane
    {
        QNetworkAccessManager *network = nullptr;
        int inFlight = 0;
    };

    std::shared_ptr<CredentialsProvider> m_credentials;
    QNetworkAccessManager *m_network; // the first lane, shared with sendHttp's callers
    std::vector<Lane> m_lanes;
    Clock m_clock;
    Random m_random;
    RetryPolicy m_policy;
    std::shared_ptr<RateLimiter> m_limiter;
    QList<QSslCertificate> m_extraCaCertificates;
    qint64 m_clockOffsetSeconds = 0;
};

template <typename T>
QFuture<Result<T>> AwsTransport::call(const ServiceEndpoint &endpoint, WireRequest request,
                                      const CallOptions &options, ErrorParser parseError,
                                      std::function<Result<T>(const WireReply &)> decode)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> future = promise->future();
    // QFuture::cancel() reaches us through a watcher: abort what is in flight or waiting.
    auto *watcher = new QFutureWatcher<Result<T>>(this);
    auto pending = std::make_shared<std::weak_ptr<PendingCall>>();
    connect(watcher, &QFutureWatcherBase::canceled, this, [this, pending] { cancel(*pending); });
    watcher->setFuture(future);
    *pending = start(
        endpoint, std::move(request), options, std::move(parseError),
        [promise, watcher, decode = std::move(decode)](std::optional<Result<WireReply>> outcome) {
            if (outcome) {
                promise->addResult(outcome->ok() ? decode(outcome->value())
                                                 : Result<T>(outcome->error()));
            }
            promise->finish();
            watcher->disconnect();
            watcher->deleteLater();
        });
    return future;
}

} // namespace cdesk::aws
