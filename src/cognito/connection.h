#pragma once

#include "aws/credentialsprovider.h"
#include "aws/endpoint.h"
#include "aws/result.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace cdesk::aws {
class AwsJsonClient;
}

namespace cdesk::cognito {

class IdentityProvider;

// Where to connect and as whom: what a profile or the command line resolves to.
struct ConnectionSettings
{
    QString region;
    QUrl endpointUrl; // empty: the region's AWS endpoint
    std::shared_ptr<aws::CredentialsProvider> credentials;
};

// The Cognito endpoint override the environment names, as the AWS SDKs read it:
// COGNITO_DESK_ENDPOINT_URL, else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER, else
// AWS_ENDPOINT_URL.
QUrl endpointUrlFromEnvironment();
// AWS_REGION, else AWS_DEFAULT_REGION.
QString regionFromEnvironment();

// One live connection to a Cognito endpoint: its client and its operations.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    // Fails (with a clear message) on a missing region or an unacceptable endpoint URL.
    static aws::Result<std::shared_ptr<Connection>> open(const ConnectionSettings &settings);
    ~Connection() override;

    const aws::ServiceEndpoint &endpoint() const;
    IdentityProvider *identityProvider() const { return m_identityProvider; }
    aws::AwsJsonClient *client() const { return m_client; }

private:
    Connection(const aws::ServiceEndpoint &endpoint,
               std::shared_ptr<aws::CredentialsProvider> credentials);

    aws::AwsJsonClient *m_client;
    IdentityProvider *m_identityProvider;
};

} // namespace cdesk::cognito
