#include "bulkcreate.h"

#include "cognito/identityprovider.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>
#include <QPromise>

#include <memory>

namespace cdesk::cognito {

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

// The standard attributes of every pool (OpenID Connect's), for a server whose
// DescribeUserPool lists no SchemaAttributes.
const QStringList &standardAttributes()
{
    static const QStringList names{str("address"),
                                   str("birthdate"),
                                   str("email"),
                                   str("email_verified"),
                                   str("family_name"),
                                   str("gender"),
                                   str("given_name"),
                                   str("locale"),
                                   str("middle_name"),
                                   str("name"),
                                   str("nickname"),
                                   str("phone_number"),
                                   str("phone_number_verified"),
                                   str("picture"),
                                   str("preferred_username"),
                                   str("profile"),
                                   str("zoneinfo"),
                                   str("updated_at"),
                                   str("website")};
    return names;
}

using Promise = QPromise<aws::Result<BulkCreatePool>>;

void deliver(const std::shared_ptr<Promise> &promise, aws::Result<BulkCreatePool> result)
{
    promise->addResult(std::move(result));
    promise->finish();
}

aws::AwsError gone()
{
    aws::AwsError error;
    error.kind = aws::ErrorKind::Canceled;
    error.type = str("Canceled");
    error.message = QCoreApplication::translate("cdesk::cognito", "The operation was canceled.");
    return error;
}

// ListGroups from `token` on, each page's names added to `pool`, then delivered.
void listGroups(QPointer<IdentityProvider> provider, std::shared_ptr<BulkCreatePool> pool,
                const QString &token, std::shared_ptr<Promise> promise)
{
    if (!provider) {
        deliver(promise, gone());
        return;
    }
    provider->listGroups(pool->userPoolId, 60, token)
        .then([provider, pool, promise](aws::Result<Page<Group>> page) {
            if (!page) {
                deliver(promise, page.error());
                return;
            }
            for (const Group &group : page.value().items)
                pool->groups.append(group.json.value(str("GroupName")).toString());
            if (page.value().nextToken.isEmpty()) {
                deliver(promise, *pool);
                return;
            }
            listGroups(provider, pool, page.value().nextToken, promise);
        });
}

} // namespace

BulkCreateCheck BulkCreatePool::check(const QByteArray &csv, const QStringList &extraGroups) const
{
    QStringList known = attributes;
    if (!schemaListed) {
        // Custom attributes are known by their prefix only then.
        const auto records = parseCsv(csv);
        if (records && !records->isEmpty())
            for (const QString &column : records->first().fields)
                if (column.trimmed().startsWith(QLatin1String("custom:")))
                    known.append(column.trimmed());
    }
    return checkBulkCreateCsv(csv, known, required, groups, extraGroups);
}

QFuture<aws::Result<BulkCreatePool>> fetchBulkCreatePool(IdentityProvider *provider,
                                                         const QString &userPoolId)
{
    auto promise = std::make_shared<Promise>();
    promise->start();
    QFuture<aws::Result<BulkCreatePool>> future = promise->future();
    const QPointer<IdentityProvider> self(provider);
    provider->describeUserPool(userPoolId)
        .then([self, userPoolId, promise](aws::Result<UserPool> described) {
            if (!described) {
                deliver(promise, described.error());
                return;
            }
            auto pool = std::make_shared<BulkCreatePool>();
            pool->userPoolId = userPoolId;
            pool->userPool = described.value().json;
            const QJsonArray schema = pool->userPool.value(str("SchemaAttributes")).toArray();
            for (const QJsonValue &value : schema) {
                const QJsonObject attribute = value.toObject();
                const QString name = attribute.value(str("Name")).toString();
                pool->attributes.append(name);
                if (attribute.value(str("Required")).toBool() && name != QLatin1String("sub"))
                    pool->required.append(name);
            }
            pool->schemaListed = !schema.isEmpty();
            if (!pool->schemaListed)
                pool->attributes = standardAttributes();
            listGroups(self, pool, {}, promise);
        });
    return future;
}

BulkJobSpec bulkCreateSpec(const QString &userPoolId, const BulkCreateCheck &check,
                           const BulkCreateOptions &options)
{
    BulkJobSpec spec;
    spec.operation = BulkOperation::Create;
    spec.userPoolId = userPoolId;
    spec.generatePasswords = options.generatePasswords;
    spec.passwordsOut = options.passwordsOut.isEmpty()
                            ? QString()
                            : QFileInfo(options.passwordsOut).absoluteFilePath();
    spec.suppressMessage = options.suppressMessage;
    for (const BulkCreateRow &row : check.rows) {
        BulkItem item;
        item.username = row.username;
        for (const auto &[name, value] : row.attributes)
            item.attributes.append({name, value});
        item.groups = row.groups;
        for (const QString &group : options.extraGroups)
            if (!item.groups.contains(group))
                item.groups.append(group);
        spec.items.append(item);
    }
    return spec;
}

} // namespace cdesk::cognito
