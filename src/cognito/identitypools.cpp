#include "identitypools.h"

#include "aws/awsjsonclient.h"
#include "cognito/auditlog.h"
#include "cognito/identityprovider.h"

#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>

namespace cdesk::cognito {

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

QJsonObject loginsJson(const IdentityPools::Logins &logins)
{
    QJsonObject out;
    for (auto it = logins.cbegin(); it != logins.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace

IdentityPool IdentityPool::fromJson(const QJsonObject &json)
{
    IdentityPool pool;
    pool.json = json;
    pool.identityPoolId = json.value(str("IdentityPoolId")).toString();
    pool.identityPoolName = json.value(str("IdentityPoolName")).toString();
    pool.allowUnauthenticatedIdentities =
        json.value(str("AllowUnauthenticatedIdentities")).toBool();
    pool.allowClassicFlow = json.value(str("AllowClassicFlow")).toBool();
    for (const QJsonValue &value : json.value(str("CognitoIdentityProviders")).toArray()) {
        const QJsonObject provider = value.toObject();
        pool.cognitoIdentityProviders.append(
            {provider.value(str("ProviderName")).toString(),
             provider.value(str("ClientId")).toString(),
             provider.value(str("ServerSideTokenCheck")).toBool()});
    }
    return pool;
}

QJsonObject IdentityPool::toCreateRequest() const
{
    QJsonObject request{{str("IdentityPoolName"), identityPoolName},
                        {str("AllowUnauthenticatedIdentities"), allowUnauthenticatedIdentities}};
    if (allowClassicFlow)
        request.insert(str("AllowClassicFlow"), true);
    if (!cognitoIdentityProviders.isEmpty()) {
        QJsonArray providers;
        for (const IdentityPoolProvider &provider : cognitoIdentityProviders)
            providers.append(
                QJsonObject{{str("ProviderName"), provider.providerName},
                            {str("ClientId"), provider.clientId},
                            {str("ServerSideTokenCheck"), provider.serverSideTokenCheck}});
        request.insert(str("CognitoIdentityProviders"), providers);
    }
    return request;
}

aws::Result<IdentityCredentials> IdentityCredentials::fromJson(const QJsonObject &json)
{
    const QJsonObject credentials = json.value(str("Credentials")).toObject();
    IdentityCredentials out;
    out.identityId = json.value(str("IdentityId")).toString();
    out.credentials.accessKeyId = credentials.value(str("AccessKeyId")).toString();
    out.credentials.secretAccessKey = credentials.value(str("SecretKey")).toString();
    out.credentials.sessionToken = credentials.value(str("SessionToken")).toString();
    // A timestamp in JSON 1.1 is epoch seconds (fractions allowed).
    const QJsonValue expiration = credentials.value(str("Expiration"));
    if (expiration.isDouble())
        out.credentials.expiration =
            QDateTime::fromMSecsSinceEpoch(qint64(expiration.toDouble() * 1000), Qt::UTC);
    out.credentials.source = QStringLiteral("identity pool");
    if (!out.credentials.isValid() || out.credentials.sessionToken.isEmpty() ||
        !out.credentials.expiration.isValid()) {
        aws::AwsError error;
        error.kind = aws::ErrorKind::Protocol;
        error.type = QStringLiteral("MalformedResponse");
        error.message = QObject::tr("GetCredentialsForIdentity answered without complete "
                                    "credentials (AccessKeyId, SecretKey, SessionToken, "
                                    "Expiration).");
        return error;
    }
    return out;
}

QJsonObject IdentityCredentials::toCredentialProcessJson() const
{
    return {{str("Version"), 1},
            {str("AccessKeyId"), credentials.accessKeyId},
            {str("SecretAccessKey"), credentials.secretAccessKey},
            {str("SessionToken"), credentials.sessionToken},
            {str("Expiration"), credentials.expiration.toUTC().toString(Qt::ISODate)}};
}

QString userPoolProviderName(const QString &userPoolId)
{
    static const QRegularExpression poolId(QStringLiteral("^([a-z]{2}(?:-[a-z]+)+-\\d+)_\\w+$"));
    const auto match = poolId.match(userPoolId);
    if (!match.hasMatch())
        return {};
    const QString region = match.captured(1);
    const QString suffix = region.startsWith(QLatin1String("cn-"))
                               ? QStringLiteral("amazonaws.com.cn")
                               : QStringLiteral("amazonaws.com");
    return QStringLiteral("cognito-idp.%1.%2/%3").arg(region, suffix, userPoolId);
}

QString identityPoolRegion(const QString &identityPoolId)
{
    const qsizetype colon = identityPoolId.indexOf(QLatin1Char(':'));
    return colon > 0 ? identityPoolId.left(colon) : QString();
}

IdentityPools::IdentityPools(aws::AwsJsonClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

IdentityPools::~IdentityPools() = default;

void IdentityPools::setAuditLog(std::shared_ptr<AuditLog> log, const QString &profile)
{
    m_audit = std::move(log);
    m_auditProfile = profile;
}

bool IdentityPools::isPublicOperation(const QString &operation)
{
    // The Cognito Identity API reference: these need no AWS credentials (the logins vouch).
    return operation == QLatin1String("GetId") ||
           operation == QLatin1String("GetCredentialsForIdentity") ||
           operation == QLatin1String("GetOpenIdToken") ||
           operation == QLatin1String("UnlinkIdentity");
}

IdentityPools::Future<QJsonObject> IdentityPools::call(const QString &operation,
                                                       const QJsonObject &payload)
{
    aws::CallOptions options;
    options.signing = isPublicOperation(operation) ? aws::Signing::Unsigned : aws::Signing::Signed;
    return auditedCall(m_client, m_audit, m_auditProfile, operation, payload, options);
}

IdentityPools::Future<IdentityPool> IdentityPools::createIdentityPool(const IdentityPool &pool)
{
    return call(str("CreateIdentityPool"), pool.toCreateRequest())
        .then([](aws::Result<QJsonObject> r) -> aws::Result<IdentityPool> {
            return r ? aws::Result<IdentityPool>(IdentityPool::fromJson(r.value())) : r.error();
        });
}

IdentityPools::Future<IdentityPool>
IdentityPools::describeIdentityPool(const QString &identityPoolId)
{
    return call(str("DescribeIdentityPool"), {{str("IdentityPoolId"), identityPoolId}})
        .then([](aws::Result<QJsonObject> r) -> aws::Result<IdentityPool> {
            return r ? aws::Result<IdentityPool>(IdentityPool::fromJson(r.value())) : r.error();
        });
}

IdentityPools::Future<Page<IdentityPool>> IdentityPools::listIdentityPools(int maxResults,
                                                                           const QString &nextToken)
{
    QJsonObject payload{{str("MaxResults"), maxResults}};
    if (!nextToken.isEmpty())
        payload.insert(str("NextToken"), nextToken);
    return call(str("ListIdentityPools"), payload)
        .then([](aws::Result<QJsonObject> r) -> aws::Result<Page<IdentityPool>> {
            if (!r)
                return r.error();
            Page<IdentityPool> page;
            page.json = r.value();
            for (const QJsonValue &item : r.value().value(str("IdentityPools")).toArray())
                page.items.append(IdentityPool::fromJson(item.toObject()));
            page.nextToken = r.value().value(str("NextToken")).toString();
            return page;
        });
}

IdentityPools::Future<aws::Empty> IdentityPools::deleteIdentityPool(const QString &identityPoolId)
{
    return call(str("DeleteIdentityPool"), {{str("IdentityPoolId"), identityPoolId}})
        .then([](aws::Result<QJsonObject> r) -> aws::Result<aws::Empty> {
            return r ? aws::Result<aws::Empty>(aws::Empty{}) : r.error();
        });
}

IdentityPools::Future<aws::Empty>
IdentityPools::setIdentityPoolRoles(const QString &identityPoolId,
                                    const QMap<QString, QString> &roles)
{
    QJsonObject rolesJson;
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        rolesJson.insert(it.key(), it.value());
    return call(str("SetIdentityPoolRoles"),
                {{str("IdentityPoolId"), identityPoolId}, {str("Roles"), rolesJson}})
        .then([](aws::Result<QJsonObject> r) -> aws::Result<aws::Empty> {
            return r ? aws::Result<aws::Empty>(aws::Empty{}) : r.error();
        });
}

IdentityPools::Future<QMap<QString, QString>>
IdentityPools::getIdentityPoolRoles(const QString &identityPoolId)
{
    return call(str("GetIdentityPoolRoles"), {{str("IdentityPoolId"), identityPoolId}})
        .then([](aws::Result<QJsonObject> r) -> aws::Result<QMap<QString, QString>> {
            if (!r)
                return r.error();
            QMap<QString, QString> roles;
            const QJsonObject json = r.value().value(str("Roles")).toObject();
            for (auto it = json.begin(); it != json.end(); ++it)
                roles.insert(it.key(), it.value().toString());
            return roles;
        });
}

IdentityPools::Future<QString> IdentityPools::getId(const QString &identityPoolId,
                                                    const Logins &logins)
{
    QJsonObject payload{{str("IdentityPoolId"), identityPoolId}};
    if (!logins.isEmpty())
        payload.insert(str("Logins"), loginsJson(logins));
    return call(str("GetId"), payload).then([](aws::Result<QJsonObject> r) -> aws::Result<QString> {
        if (!r)
            return r.error();
        const QString id = r.value().value(str("IdentityId")).toString();
        if (id.isEmpty()) {
            aws::AwsError error;
            error.kind = aws::ErrorKind::Protocol;
            error.type = QStringLiteral("MalformedResponse");
            error.message = QObject::tr("GetId answered without an IdentityId.");
            return error;
        }
        return id;
    });
}

IdentityPools::Future<IdentityCredentials>
IdentityPools::getCredentialsForIdentity(const QString &identityId, const Logins &logins)
{
    QJsonObject payload{{str("IdentityId"), identityId}};
    if (!logins.isEmpty())
        payload.insert(str("Logins"), loginsJson(logins));
    return call(str("GetCredentialsForIdentity"), payload)
        .then([](aws::Result<QJsonObject> r) -> aws::Result<IdentityCredentials> {
            return r ? IdentityCredentials::fromJson(r.value()) : r.error();
        });
}

IdentityPools::Future<IdentityCredentials>
IdentityPools::credentialsForUserPoolToken(const QString &identityPoolId, const QString &userPoolId,
                                           const QString &idToken)
{
    using R = aws::Result<IdentityCredentials>;
    const QString provider = userPoolProviderName(userPoolId);
    if (provider.isEmpty())
        return QtFuture::makeReadyFuture(R(aws::AwsError::local(
            QStringLiteral("InvalidParameter"),
            tr("\"%1\" is not a user pool id (REGION_ID): cannot name the identity pool's "
               "login for it.")
                .arg(userPoolId))));
    const Logins logins{{provider, idToken}};
    return getId(identityPoolId, logins)
        .then([guard = QPointer<IdentityPools>(this), logins](aws::Result<QString> id) {
            if (!id)
                return QtFuture::makeReadyFuture(R(id.error()));
            if (!guard) {
                aws::AwsError gone;
                gone.kind = aws::ErrorKind::Canceled;
                gone.type = QStringLiteral("Canceled");
                gone.message = tr("The connection was closed.");
                return QtFuture::makeReadyFuture(R(gone));
            }
            return guard->getCredentialsForIdentity(id.value(), logins);
        })
        .unwrap();
}

} // namespace cdesk::cognito
