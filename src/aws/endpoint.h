#pragma once

#include "result.h"

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
};

// http:// is only allowed to loopback hosts; anything else must be https://.
Result<QUrl> validateEndpointUrl(const QUrl &url);
bool isLoopbackHost(const QString &host);

} // namespace cdesk::aws
