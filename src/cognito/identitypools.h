#pragma once

#include "aws/credentials.h"
#include "aws/result.h"
#include "cognito/types.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <memory>

namespace cdesk::aws {
class AwsJsonClient;
}

namespace cdesk::cognito {

class AuditLog;

// A user pool's app client as an identity pool trusts it (CognitoIdentityProvider).
struct IdentityPoolProvider
{
    QString providerName; // cognito-idp.REGION.amazonaws.com/POOL_ID
    QString clientId;
    bool serverSideTokenCheck = false;
};

// An identity pool (Cognito Identity's IdentityPool); field names as the API reference's.
struct IdentityPool
{
    QString identityPoolId; // REGION:UUID
    QString identityPoolName;
    bool allowUnauthenticatedIdentities = false;
    bool allowClassicFlow = false;
    QList<IdentityPoolProvider> cognitoIdentityProviders;
    QJsonObject json; // the answer as it came

    static IdentityPool fromJson(const QJsonObject &json);
    // CreateIdentityPool's request (no IdentityPoolId).
    QJsonObject toCreateRequest() const;
};

// An identity's temporary AWS credentials (GetCredentialsForIdentity).
struct IdentityCredentials
{
    QString identityId;
    aws::Credentials credentials; // with the session token and the expiration

    static aws::Result<IdentityCredentials> fromJson(const QJsonObject &json);
    // What an AWS SDK's credential_process expects on stdout: {"Version": 1, "AccessKeyId",
    // "SecretAccessKey", "SessionToken", "Expiration" (ISO 8601, UTC)}.
    QJsonObject toCredentialProcessJson() const;
};

// The Logins key of a user pool: "cognito-idp.REGION.amazonaws.com/POOL_ID", REGION from the
// pool id's prefix (China's regions end in amazonaws.com.cn). Empty for a malformed id.
QString userPoolProviderName(const QString &userPoolId);
// The region an identity pool (or identity) id names: the part before ':'; empty if none.
QString identityPoolRegion(const QString &identityPoolId);

// Cognito Identity (identity pools), one method per operation: the admin operations SigV4-signed
// with the connection's credentials, GetId and GetCredentialsForIdentity unsigned (they need only
// the user's token), as the service requires. Writes go to the audit log like every Cognito
// call. Get one from Connection::identityPools(); lives in the GUI/CLI thread.
class IdentityPools final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityPools)

public:
    template <typename T>
    using Future = QFuture<aws::Result<T>>;
    using Logins = QMap<QString, QString>; // provider name → token

    IdentityPools(aws::AwsJsonClient *client, QObject *parent = nullptr);
    ~IdentityPools() override;

    aws::AwsJsonClient *client() const { return m_client; }
    void setAuditLog(std::shared_ptr<AuditLog> log, const QString &profile);

    static bool isPublicOperation(const QString &operation);

    Future<IdentityPool> createIdentityPool(const IdentityPool &pool);
    Future<IdentityPool> describeIdentityPool(const QString &identityPoolId);
    Future<Page<IdentityPool>> listIdentityPools(int maxResults = 60,
                                                 const QString &nextToken = {});
    Future<aws::Empty> deleteIdentityPool(const QString &identityPoolId);
    // Roles: "authenticated" / "unauthenticated" → role ARN.
    Future<aws::Empty> setIdentityPoolRoles(const QString &identityPoolId,
                                            const QMap<QString, QString> &roles);
    Future<QMap<QString, QString>> getIdentityPoolRoles(const QString &identityPoolId);

    Future<QString> getId(const QString &identityPoolId, const Logins &logins);
    Future<IdentityCredentials> getCredentialsForIdentity(const QString &identityId,
                                                          const Logins &logins);
    // The workflow a signed-in user runs: GetId with the user pool's ID token, then
    // GetCredentialsForIdentity with the same login.
    Future<IdentityCredentials> credentialsForUserPoolToken(const QString &identityPoolId,
                                                            const QString &userPoolId,
                                                            const QString &idToken);

    // The raw call (audited, signed unless public), for the typed methods and tests.
    Future<QJsonObject> call(const QString &operation, const QJsonObject &payload);

private:
    aws::AwsJsonClient *m_client;
    std::shared_ptr<AuditLog> m_audit;
    QString m_auditProfile;
};

} // namespace cdesk::cognito
