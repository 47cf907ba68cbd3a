#include "credentialsprovider.h"

#include <QCoreApplication>

namespace cdesk::aws {

StaticCredentialsProvider::StaticCredentialsProvider(Credentials credentials)
    : m_credentials(std::move(credentials))
{}

Result<Credentials> StaticCredentialsProvider::credentials()
{
    if (!m_credentials.isValid())
        return AwsError::local(
            QStringLiteral("MissingCredentials"),
            QCoreApplication::translate("cdesk::aws", "No AWS credentials configured."));
    return m_credentials;
}

Result<Credentials> EnvironmentCredentialsProvider::credentials()
{
    Credentials credentials;
    credentials.accessKeyId = qEnvironmentVariable("AWS_ACCESS_KEY_ID");
    credentials.secretAccessKey = qEnvironmentVariable("AWS_SECRET_ACCESS_KEY");
    credentials.sessionToken = qEnvironmentVariable("AWS_SESSION_TOKEN");
    credentials.source = QStringLiteral("environment");
    if (!credentials.isValid())
        return AwsError::local(
            QStringLiteral("MissingCredentials"),
            QCoreApplication::translate(
                "cdesk::aws", "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set."));
    return credentials;
}

} // namespace cdesk::aws
