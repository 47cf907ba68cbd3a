#include "connection.h"

#include "aws/awsjsonclient.h"
#include "aws/awsqueryclient.h"
#include "identitypools.h"
#include "identityprovider.h"
#include "importrole.h"

namespace cdesk::cognito {

QUrl endpointUrlFromEnvironment()
{
    const QString ours = qEnvironmentVariable("COGNITO_DESK_ENDPOINT_URL");
    if (!ours.isEmpty())
        return QUrl(ours, QUrl::StrictMode);
    return aws::endpointUrlFromEnvironment(
        QString::fromLatin1(aws::serviceid::cognitoIdentityProvider));
}

QString regionFromEnvironment()
{
    const QString region = qEnvironmentVariable("AWS_REGION");
    return region.isEmpty() ? qEnvironmentVariable("AWS_DEFAULT_REGION") : region;
}

aws::Result<std::shared_ptr<Connection>> Connection::open(const ConnectionSettings &settings)
{
    auto endpoint = aws::ServiceEndpoint::cognito(settings.region, settings.endpointUrl);
    if (!endpoint)
        return endpoint.forwardError<std::shared_ptr<Connection>>();
    return std::shared_ptr<Connection>(new Connection(endpoint.value(), settings));
}

Connection::Connection(const aws::ServiceEndpoint &endpoint, const ConnectionSettings &settings)
    : m_settings(settings)
    , m_client(new aws::AwsJsonClient(endpoint, settings.credentials, this))
    , m_identityProvider(new IdentityProvider(m_client, this))
{
    m_identityProvider->setAuditLog(AuditLog::standard(), settings.profileName);
}

aws::Result<ImportRoleService *> Connection::importRoles()
{
    if (m_importRoles)
        return m_importRoles;
    const auto url = [this](const QUrl &given, const char *serviceId) {
        return given.isEmpty()
                   ? importRoleEndpointUrl(QString::fromLatin1(serviceId), m_settings.endpointUrl)
                   : given;
    };
    const auto iam = aws::ServiceEndpoint::iam(m_settings.region,
                                               url(m_settings.iamEndpointUrl, aws::serviceid::iam));
    if (!iam)
        return iam.forwardError<ImportRoleService *>();
    const auto sts = aws::ServiceEndpoint::sts(m_settings.region,
                                               url(m_settings.stsEndpointUrl, aws::serviceid::sts));
    if (!sts)
        return sts.forwardError<ImportRoleService *>();
    auto *transport = m_client->transport();
    m_importRoles = new ImportRoleService(
        new aws::AwsQueryClient(iam.value(), QStringLiteral("2010-05-08"), transport, this),
        new aws::AwsQueryClient(sts.value(), QStringLiteral("2011-06-15"), transport, this),
        m_settings.region, this);
    return m_importRoles;
}

aws::Result<IdentityPools *> Connection::identityPools(const QString &region)
{
    const QString where = region.isEmpty() ? m_settings.region : region;
    if (IdentityPools *existing = m_identityPools.value(where))
        return existing;
    // Where IAM and STS go, for the same reason: a session against a local server (a loopback
    // endpoint) never reaches AWS's identity pools.
    const QUrl url =
        m_settings.cognitoIdentityEndpointUrl.isEmpty()
            ? importRoleEndpointUrl(QString::fromLatin1(aws::serviceid::cognitoIdentity),
                                    m_settings.endpointUrl)
            : m_settings.cognitoIdentityEndpointUrl;
    const auto endpoint = aws::ServiceEndpoint::cognitoIdentity(where, url);
    if (!endpoint)
        return endpoint.forwardError<IdentityPools *>();
    auto *pools = new IdentityPools(
        new aws::AwsJsonClient(endpoint.value(), m_client->transport(), this), this);
    pools->setAuditLog(AuditLog::standard(), m_settings.profileName);
    m_identityPools.insert(where, pools);
    return pools;
}

Connection::~Connection() = default;

const aws::ServiceEndpoint &Connection::endpoint() const
{
    return m_client->endpoint();
}

} // namespace cdesk::cognito
