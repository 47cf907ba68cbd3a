#include "connection.h"

#include "aws/awsjsonclient.h"
#include "identityprovider.h"

namespace cdesk::cognito {

QUrl endpointUrlFromEnvironment()
{
    for (const char *name : {"COGNITO_DESK_ENDPOINT_URL",
                             "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", "AWS_ENDPOINT_URL"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return QUrl(value, QUrl::StrictMode);
    }
    return {};
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
    return std::shared_ptr<Connection>(new Connection(endpoint.value(), settings.credentials));
}

Connection::Connection(const aws::ServiceEndpoint &endpoint,
                       std::shared_ptr<aws::CredentialsProvider> credentials)
    : m_client(new aws::AwsJsonClient(endpoint, std::move(credentials), this))
    , m_identityProvider(new IdentityProvider(m_client, this))
{}

Connection::~Connection() = default;

const aws::ServiceEndpoint &Connection::endpoint() const
{
    return m_client->endpoint();
}

} // namespace cdesk::cognito
