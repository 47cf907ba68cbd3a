#pragma once

#include "awstransport.h"
#include "credentialsprovider.h"
#include "endpoint.h"
#include "result.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>

#include <memory>

class QNetworkAccessManager;

namespace cdesk::aws {

// JSON 1.1 over HTTP POST with X-Amz-Target, as every Cognito operation is called.
// Owns the connection's AwsTransport (its network managers, credentials, signing,
// retries, rate limiter), which the connection's other clients (AwsQueryClient for IAM and
// STS) share; lives in the GUI/CLI thread.
class AwsJsonClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsJsonClient)

public:
    using Clock = AwsTransport::Clock;
    using Random = AwsTransport::Random;

    AwsJsonClient(ServiceEndpoint endpoint, std::shared_ptr<CredentialsProvider> credentials,
                  QObject *parent = nullptr);
    // A client of another JSON service (Cognito Identity) over a transport that another
    // client owns (the connection's one transport), which must outlive it.
    AwsJsonClient(ServiceEndpoint endpoint, AwsTransport *sharedTransport,
                  QObject *parent = nullptr);
    ~AwsJsonClient() override;

    const ServiceEndpoint &endpoint() const { return m_endpoint; }
    AwsTransport *transport() const { return m_transport; }
    CredentialsProvider *credentialsProvider() const { return m_transport->credentialsProvider(); }

    // The transport's settings (see AwsTransport), here for convenience.
    void setClock(Clock clock) { m_transport->setClock(std::move(clock)); }
    void setRandom(Random random) { m_transport->setRandom(std::move(random)); }
    void setRetryPolicy(const RetryPolicy &policy) { m_transport->setRetryPolicy(policy); }
    const RetryPolicy &retryPolicy() const { return m_transport->retryPolicy(); }
    void setRateLimiter(std::shared_ptr<RateLimiter> limiter)
    {
        m_transport->setRateLimiter(std::move(limiter));
    }
    RateLimiter *rateLimiter() const { return m_transport->rateLimiter(); }
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates)
    {
        m_transport->setExtraCaCertificates(certificates);
    }
    qint64 clockOffsetSeconds() const { return m_transport->clockOffsetSeconds(); }

    // Calls `operation` with `payload`; the future always finishes with a value or an
    // AwsError (or, after cancel(), without a result: whenFinished/await make that a
    // Canceled error).
    QFuture<Result<QJsonObject>> call(const QString &operation, const QJsonObject &payload,
                                      const CallOptions &options = {});

    QNetworkAccessManager *networkAccessManager() const
    {
        return m_transport->networkAccessManager();
    }

    // Reads a 2xx answer to `operation`: a JSON object (an empty body is an empty one), else
    // a Protocol error. Pure, for tests and fuzzing.
    static Result<QJsonObject> decodeReply(const QString &operation, const WireReply &reply);

private:
    ServiceEndpoint m_endpoint;
    AwsTransport *m_transport;
};

// Reads an AWS JSON error reply: __type (namespace stripped), message/Message,
// x-amzn-ErrorType and x-amzn-RequestId; tolerates empty and non-JSON bodies.
AwsError parseErrorReply(int httpStatus, const QByteArray &body, const QByteArray &errorTypeHeader,
                         const QByteArray &requestId);

} // namespace cdesk::aws
