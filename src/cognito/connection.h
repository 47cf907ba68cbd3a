#pragma once

#include "aws/credentialsprovider.h"
#include "aws/endpoint.h"
#include "aws/result.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <memory>

namespace cdesk::aws {
class AwsJsonClient;
}

namespace cdesk::cognito {

class IdentityPools;
class IdentityProvider;
class ImportRoleService;

// Where to connect and as whom: what a profile or the command line resolves to.
struct ConnectionSettings
{
    QString region;
    QUrl endpointUrl; // empty: the region's AWS endpoint
    std::shared_ptr<aws::CredentialsProvider> credentials;
    // IAM and STS (the import role); empty: importRoleEndpointUrl() decides (the
    // AWS_ENDPOINT_URL_IAM / _STS variables, AWS_ENDPOINT_URL, a loopback endpointUrl).
    QUrl iamEndpointUrl;
    QUrl stsEndpointUrl;
    // Cognito Identity (identity pools); empty: AWS_ENDPOINT_URL_COGNITO_IDENTITY,
    // AWS_ENDPOINT_URL, a loopback endpointUrl (as for IAM and STS), else AWS's.
    QUrl cognitoIdentityEndpointUrl;
    // The profile's name, for the audit log (AuditLog); empty: none was chosen.
    QString profileName;
};

// The Cognito endpoint override the environment names, as the AWS SDKs read it:
// COGNITO_DESK_ENDPOINT_URL, else AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER, else
// AWS_ENDPOINT_URL (aws::endpointUrlFromEnvironment).
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
    // The import role's IAM and STS calls, over the same transport (one QNAM, the same
    // credentials); made on first use. Fails on an unacceptable IAM or STS endpoint URL.
    aws::Result<ImportRoleService *> importRoles();
    // Cognito Identity in `region` (empty: the connection's), over the same transport; made on
    // first use per region. An identity pool lives in the region its id names
    // (identityPoolRegion). Fails on a missing region or an unacceptable endpoint URL.
    aws::Result<IdentityPools *> identityPools(const QString &region = {});

private:
    Connection(const aws::ServiceEndpoint &endpoint, const ConnectionSettings &settings);

    ConnectionSettings m_settings;
    aws::AwsJsonClient *m_client;
    IdentityProvider *m_identityProvider;
    ImportRoleService *m_importRoles = nullptr;
    QHash<QString, IdentityPools *> m_identityPools; // by region
};

} // namespace cdesk::cognito
