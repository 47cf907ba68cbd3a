#pragma once

#include "credentialsprovider.h"
#include "endpoint.h"
#include "result.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace cdesk::aws {

enum class Signing
{
    Signed,
    Unsigned, // the service's public operations (InitiateAuth, SignUp, ...)
};

// Options of one call; the defaults suit every Cognito operation.
struct CallOptions
{
    Signing signing = Signing::Signed;
    int timeoutMs = 30000;
};

// JSON 1.1 over HTTP POST with X-Amz-Target, as every Cognito operation is called.
// Owns the one QNetworkAccessManager of its service; lives in the GUI/CLI thread.
class AwsJsonClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsJsonClient)

public:
    using Clock = std::function<QDateTime()>;

    AwsJsonClient(ServiceEndpoint endpoint, std::shared_ptr<CredentialsProvider> credentials,
                  QObject *parent = nullptr);
    ~AwsJsonClient() override;

    const ServiceEndpoint &endpoint() const { return m_endpoint; }
    void setClock(Clock clock);

    // Calls `operation` with `payload`; the future always finishes with a value or an AwsError.
    QFuture<Result<QJsonObject>> call(const QString &operation, const QJsonObject &payload,
                                      const CallOptions &options = {});

    QNetworkAccessManager *networkAccessManager() const { return m_network; }

private:
    struct PendingCall;
    void send(std::shared_ptr<PendingCall> pending);

    ServiceEndpoint m_endpoint;
    std::shared_ptr<CredentialsProvider> m_credentials;
    QNetworkAccessManager *m_network;
    Clock m_clock;
};

// Reads an AWS JSON error reply: __type (namespace stripped), message/Message,
// x-amzn-ErrorType and x-amzn-RequestId; tolerates empty and non-JSON bodies.
AwsError parseErrorReply(int httpStatus, const QByteArray &body, const QByteArray &errorTypeHeader,
                         const QByteArray &requestId);

} // namespace cdesk::aws
