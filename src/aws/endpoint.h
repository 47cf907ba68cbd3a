#pragma once

#include "result.h"

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace cdesk::aws {

// Where a service lives and how requests to it are signed.
struct ServiceEndpoint
{
    QUrl url;
    QString region;
    QString signingName;  // e.g. cognito-idp
    QString targetPrefix; // e.g. AWSCognitoIdentityProviderService

    // The Cognito user-pools endpoint: the override when given, else the regional one.
    static Result<ServiceEndpoint> cognito(const QString &region, const QUrl &overrideUrl = {});
    // IAM is global: one endpoint per partition (https://iam.amazonaws.com, signed for
    // us-east-1; China and GovCloud have their own), whatever the region.
    static Result<ServiceEndpoint> iam(const QString &region, const QUrl &overrideUrl = {});
    // STS, regional: https://sts.REGION.amazonaws.com.
    static Result<ServiceEndpoint> sts(const QString &region, const QUrl &overrideUrl = {});
    // Cognito Identity (identity pools), regional: https://cognito-identity.REGION.amazonaws.com,
    // JSON 1.1 with target prefix AWSCognitoIdentityService.
    static Result<ServiceEndpoint> cognitoIdentity(const QString &region,
                                                   const QUrl &overrideUrl = {});
};

// Service ids as the SDKs name them in AWS_ENDPOINT_URL_<SERVICE_ID>.
namespace serviceid {
inline constexpr char cognitoIdentityProvider[] = "Cognito Identity Provider";
inline constexpr char cognitoIdentity[] = "Cognito Identity";
inline constexpr char iam[] = "IAM";
inline constexpr char sts[] = "STS";
} // namespace serviceid

// The endpoint the environment sets for a service, as the AWS SDKs and CLI read it:
// AWS_ENDPOINT_URL_<SERVICE_ID> (the service id upper-cased, spaces as underscores, e.g.
// AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER), else AWS_ENDPOINT_URL; neither when
// AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is true. Empty when none is set.
QUrl endpointUrlFromEnvironment(
    const QString &serviceId,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
// AWS_ENDPOINT_URL_<SERVICE_ID> for `serviceId`.
QString endpointVariableName(const QString &serviceId);

// http:// is only allowed to loopback hosts; anything else must be https://.
Result<QUrl> validateEndpointUrl(const QUrl &url);
bool isLoopbackHost(const QString &host);

} // namespace cdesk::aws
