#include "identityprovider.h"

#include <QJsonArray>
#include <QSet>

namespace cdesk::cognito {

IdentityProvider::IdentityProvider(aws::AwsJsonClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

bool IdentityProvider::isPublicOperation(const QString &operation)
{
    // The operations the Cognito API reference lists as not needing IAM credentials.
    static const QSet<QString> publicOperations = {
        QStringLiteral("AssociateSoftwareToken"),
        QStringLiteral("ChangePassword"),
        QStringLiteral("ConfirmDevice"),
        QStringLiteral("ConfirmForgotPassword"),
        QStringLiteral("ConfirmSignUp"),
        QStringLiteral("DeleteUser"),
        QStringLiteral("DeleteUserAttributes"),
        QStringLiteral("ForgetDevice"),
        QStringLiteral("ForgotPassword"),
        QStringLiteral("GetDevice"),
        QStringLiteral("GetUser"),
        QStringLiteral("GetUserAttributeVerificationCode"),
        QStringLiteral("GlobalSignOut"),
        QStringLiteral("InitiateAuth"),
        QStringLiteral("ListDevices"),
        QStringLiteral("ResendConfirmationCode"),
        QStringLiteral("RespondToAuthChallenge"),
        QStringLiteral("RevokeToken"),
        QStringLiteral("SetUserMFAPreference"),
        QStringLiteral("SignUp"),
        QStringLiteral("UpdateDeviceStatus"),
        QStringLiteral("UpdateUserAttributes"),
        QStringLiteral("VerifySoftwareToken"),
        QStringLiteral("VerifyUserAttribute"),
    };
    return publicOperations.contains(operation);
}

QFuture<aws::Result<QJsonObject>> IdentityProvider::call(const QString &operation,
                                                         const QJsonObject &payload)
{
    aws::CallOptions options;
    options.signing = isPublicOperation(operation) ? aws::Signing::Unsigned : aws::Signing::Signed;
    return m_client->call(operation, payload, options);
}

QFuture<aws::Result<Page<UserPoolDescription>>>
IdentityProvider::listUserPools(int maxResults, const QString &nextToken)
{
    QJsonObject payload{{QStringLiteral("MaxResults"), maxResults}};
    if (!nextToken.isEmpty())
        payload.insert(QStringLiteral("NextToken"), nextToken);
    return call(QStringLiteral("ListUserPools"), payload)
        .then([](aws::Result<QJsonObject> result) -> aws::Result<Page<UserPoolDescription>> {
            if (!result)
                return result.forwardError<Page<UserPoolDescription>>();
            Page<UserPoolDescription> page;
            const QJsonArray pools = result.value().value(QLatin1String("UserPools")).toArray();
            for (const QJsonValue &pool : pools)
                page.items.append(UserPoolDescription::fromJson(pool.toObject()));
            page.nextToken = result.value().value(QLatin1String("NextToken")).toString();
            return page;
        });
}

} // namespace cdesk::cognito
