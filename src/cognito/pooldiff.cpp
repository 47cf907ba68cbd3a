#include "pooldiff.h"

#include "cognito/identityprovider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QRegularExpression>

#include <algorithm>

namespace cdesk::cognito {

namespace {

// Arrays that Cognito treats as sets: the order the service lists them in means nothing.
bool isSetLike(const QString &key)
{
    static const QStringList keys = {
        QStringLiteral("AliasAttributes"),
        QStringLiteral("AllowedFirstAuthFactors"),
        QStringLiteral("AllowedOAuthFlows"),
        QStringLiteral("AllowedOAuthScopes"),
        QStringLiteral("AttributesRequireVerificationBeforeUpdate"),
        QStringLiteral("AutoVerifiedAttributes"),
        QStringLiteral("CallbackURLs"),
        QStringLiteral("ExplicitAuthFlows"),
        QStringLiteral("LogoutURLs"),
        QStringLiteral("ReadAttributes"),
        QStringLiteral("RecoveryMechanisms"),
        QStringLiteral("SupportedIdentityProviders"),
        QStringLiteral("UsernameAttributes"),
        QStringLiteral("WriteAttributes"),
    };
    return keys.contains(key);
}

QString compactText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

// arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE with the region and a 12-digit account as
// placeholders, so the same configuration in two accounts or regions compares equal.
QString normalizedArn(const QString &text)
{
    if (!text.startsWith(QLatin1String("arn:")))
        return text;
    QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() < 6)
        return text;
    static const QRegularExpression account(QStringLiteral("^\\d{12}$"));
    if (!parts.at(3).isEmpty())
        parts[3] = QStringLiteral("{region}");
    if (account.match(parts.at(4)).hasMatch())
        parts[4] = QStringLiteral("{account}");
    return parts.join(QLatin1Char(':'));
}

QJsonValue normalized(const QString &key, const QJsonValue &value);

QJsonObject normalizedObject(const QJsonObject &object)
{
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(it.key(), normalized(it.key(), it.value()));
    return result;
}

QJsonValue normalized(const QString &key, const QJsonValue &value)
{
    if (value.isString())
        return normalizedArn(value.toString());
    if (value.isObject())
        return normalizedObject(value.toObject());
    if (!value.isArray())
        return value;
    QJsonArray items;
    for (const QJsonValue &item : value.toArray())
        items.append(normalized(QString(), item));
    if (!isSetLike(key))
        return items;
    QList<QJsonValue> sorted(items.begin(), items.end());
    std::sort(sorted.begin(), sorted.end(), [](const QJsonValue &left, const QJsonValue &right) {
        return compactText(left) < compactText(right);
    });
    QJsonArray result;
    for (const QJsonValue &item : std::as_const(sorted))
        result.append(item);
    return result;
}

QJsonObject without(QJsonObject object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
        object.remove(QLatin1String(key));
    return object;
}

// ["name"], the name as a JSON string.
QString keyedPath(const QString &name)
{
    const QString quoted = compactText(name);
    return QLatin1Char('[') + quoted.mid(1, quoted.size() - 2) + QLatin1Char(']');
}

// Members whose children are named things (schema attributes): shown as ["name"].
bool hasNamedChildren(const QString &path)
{
    return path == QLatin1String("Pool.SchemaAttributes");
}

void diffValues(const QString &path, const QJsonValue &a, const QJsonValue &b,
                QList<PoolDifference> *out)
{
    if (a == b)
        return;
    if (!a.isObject() || !b.isObject()) {
        // A side that lacks the setting is null.
        out->append({path, a.isUndefined() ? QJsonValue() : a, b.isUndefined() ? QJsonValue() : b});
        return;
    }
    const QJsonObject left = a.toObject();
    const QJsonObject right = b.toObject();
    QStringList keys = left.keys() + right.keys();
    keys.sort();
    keys.removeDuplicates();
    const bool named = hasNamedChildren(path);
    for (const QString &key : std::as_const(keys)) {
        const QString childPath = named ? path + keyedPath(key) : path + QLatin1Char('.') + key;
        diffValues(childPath, left.value(key), right.value(key), out);
    }
}

void diffMaps(const QString &prefix, const QMap<QString, QJsonObject> &a,
              const QMap<QString, QJsonObject> &b, QJsonObject (*normalize)(const QJsonObject &),
              QList<PoolDifference> *out)
{
    QStringList names = a.keys() + b.keys();
    names.sort();
    names.removeDuplicates();
    for (const QString &name : std::as_const(names)) {
        const QJsonValue left =
            a.contains(name) ? QJsonValue(normalize(a.value(name))) : QJsonValue();
        const QJsonValue right =
            b.contains(name) ? QJsonValue(normalize(b.value(name))) : QJsonValue();
        diffValues(prefix + keyedPath(name), left, right, out);
    }
}

QJsonValue optionalDomain(const std::optional<QJsonObject> &domain)
{
    return domain ? QJsonValue(normalizedDomain(*domain)) : QJsonValue();
}

} // namespace

QJsonObject normalizedPool(const QJsonObject &pool)
{
    QJsonObject result =
        normalizedObject(without(pool, {"Id", "Name", "Arn", "CreationDate", "LastModifiedDate",
                                        "EstimatedNumberOfUsers", "Domain", "CustomDomain"}));
    // The deprecated AdminCreateUserConfig.UnusedAccountValidityDays beside the password
    // policy's TemporaryPasswordValidityDays: the policy's value is the one in force (an
    // update sends only that one, see userPoolUpdateRequest), so only it is compared.
    const bool temporaryInPolicy = pool.value(QLatin1String("Policies"))
                                       .toObject()
                                       .value(QLatin1String("PasswordPolicy"))
                                       .toObject()
                                       .contains(QLatin1String("TemporaryPasswordValidityDays"));
    if (temporaryInPolicy && result.contains(QLatin1String("AdminCreateUserConfig"))) {
        QJsonObject adminCreateUser =
            result.value(QLatin1String("AdminCreateUserConfig")).toObject();
        adminCreateUser.remove(QLatin1String("UnusedAccountValidityDays"));
        result.insert(QLatin1String("AdminCreateUserConfig"), adminCreateUser);
    }
    // Schema attributes by name.
    if (pool.value(QLatin1String("SchemaAttributes")).isArray()) {
        QJsonObject byName;
        for (const QJsonValue &attribute :
             pool.value(QLatin1String("SchemaAttributes")).toArray()) {
            QJsonObject object = attribute.toObject();
            const QString name = object.take(QLatin1String("Name")).toString();
            byName.insert(name, normalizedObject(object));
        }
        result.insert(QLatin1String("SchemaAttributes"), byName);
    }
    return result;
}

QJsonObject normalizedClient(const QJsonObject &client)
{
    QJsonObject result =
        normalizedObject(without(client, {"UserPoolId", "ClientId", "ClientName", "ClientSecret",
                                          "CreationDate", "LastModifiedDate"}));
    // Never the secret itself: only whether there is one.
    result.insert(QLatin1String("HasClientSecret"),
                  !client.value(QLatin1String("ClientSecret")).toString().isEmpty());
    return result;
}

QJsonObject normalizedGroup(const QJsonObject &group)
{
    QJsonObject result;
    for (const char *key : {"Description", "Precedence", "RoleArn"}) {
        const QJsonValue value = group.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull())
            result.insert(QLatin1String(key), normalized(QLatin1String(key), value));
    }
    return result;
}

QJsonObject normalizedDomain(const QJsonObject &domain)
{
    return normalizedObject(without(domain, {"Domain", "UserPoolId", "AWSAccountId",
                                             "CloudFrontDistribution", "S3Bucket", "Version"}));
}

QList<PoolDifference> diffPools(const PoolSnapshot &a, const PoolSnapshot &b)
{
    QList<PoolDifference> differences;
    diffValues(QStringLiteral("Pool"), normalizedPool(a.pool), normalizedPool(b.pool),
               &differences);
    diffMaps(QStringLiteral("Clients"), a.clients, b.clients, &normalizedClient, &differences);
    diffMaps(QStringLiteral("Groups"), a.groups, b.groups, &normalizedGroup, &differences);
    diffValues(QStringLiteral("Domain"), optionalDomain(a.domain), optionalDomain(b.domain),
               &differences);
    std::stable_sort(differences.begin(), differences.end(),
                     [](const PoolDifference &left, const PoolDifference &right) {
                         return left.path < right.path;
                     });
    return differences;
}

QMap<QString, QJsonObject> keyedByName(QList<QPair<QString, QJsonObject>> named,
                                       QJsonObject (*normalize)(const QJsonObject &))
{
    const auto text = [normalize](const QJsonObject &object) {
        return QJsonDocument(normalize(object)).toJson(QJsonDocument::Compact);
    };
    std::stable_sort(named.begin(), named.end(), [&](const auto &left, const auto &right) {
        if (left.first != right.first)
            return left.first < right.first;
        return text(left.second) < text(right.second);
    });
    QMap<QString, QJsonObject> result;
    for (const auto &[name, object] : std::as_const(named)) {
        QString key = name;
        for (int n = 2; result.contains(key); ++n)
            key = QStringLiteral("%1 (%2)").arg(name).arg(n);
        result.insert(key, object);
    }
    return result;
}

QJsonObject differencesToJson(const QList<PoolDifference> &differences)
{
    QJsonArray items;
    for (const PoolDifference &difference : differences)
        items.append(QJsonObject{{QStringLiteral("Path"), difference.path},
                                 {QStringLiteral("A"), difference.a},
                                 {QStringLiteral("B"), difference.b}});
    return QJsonObject{{QStringLiteral("Differences"), items}};
}

namespace {

// One readPoolSnapshot under way: each step starts the next from its answer, without a
// context object (the core's idiom), so it needs nothing but the provider.
struct SnapshotRead
{
    IdentityProvider *provider = nullptr;
    QString poolId;
    QString domain;
    QPromise<aws::Result<PoolSnapshot>> promise;
    PoolSnapshot snapshot;
    QStringList clientIds;
    QList<QPair<QString, QJsonObject>> clients;
    QList<QPair<QString, QJsonObject>> groups;

    void finish(const aws::Result<PoolSnapshot> &result)
    {
        promise.addResult(result);
        promise.finish();
    }
};
using SnapshotReadPtr = std::shared_ptr<SnapshotRead>;

void readDomain(const SnapshotReadPtr &read)
{
    if (read->domain.isEmpty()) {
        read->finish(read->snapshot);
        return;
    }
    read->provider->describeUserPoolDomain(read->domain)
        .then([read](const aws::Result<DomainDescription> &description) {
            if (!description.ok())
                return read->finish(description.error());
            if (description.value().exists())
                read->snapshot.domain = description.value().json;
            read->finish(read->snapshot);
        });
}

void readGroups(const SnapshotReadPtr &read, const QString &token)
{
    read->provider->listGroups(read->poolId, 60, token)
        .then([read](const aws::Result<Page<Group>> &page) {
            if (!page.ok())
                return read->finish(page.error());
            for (const Group &group : page.value().items)
                read->groups.append({group.name, group.json});
            if (!page.value().nextToken.isEmpty())
                return readGroups(read, page.value().nextToken);
            read->snapshot.groups = keyedByName(read->groups, &normalizedGroup);
            readDomain(read);
        });
}

void readClient(const SnapshotReadPtr &read, qsizetype index)
{
    if (index == read->clientIds.size()) {
        read->snapshot.clients = keyedByName(read->clients, &normalizedClient);
        readGroups(read, {});
        return;
    }
    read->provider->describeUserPoolClient(read->poolId, read->clientIds.at(index))
        .then([read, index](const aws::Result<UserPoolClient> &client) {
            if (!client.ok())
                return read->finish(client.error());
            read->clients.append({client.value().clientName, client.value().json});
            readClient(read, index + 1);
        });
}

void readClients(const SnapshotReadPtr &read, const QString &token)
{
    read->provider->listUserPoolClients(read->poolId, 60, token)
        .then([read](const aws::Result<Page<UserPoolClientDescription>> &page) {
            if (!page.ok())
                return read->finish(page.error());
            for (const UserPoolClientDescription &item : page.value().items)
                read->clientIds.append(item.clientId);
            if (!page.value().nextToken.isEmpty())
                return readClients(read, page.value().nextToken);
            readClient(read, 0);
        });
}

} // namespace

QFuture<aws::Result<PoolSnapshot>> readPoolSnapshot(IdentityProvider *provider,
                                                    const QString &poolId)
{
    auto read = std::make_shared<SnapshotRead>();
    read->provider = provider;
    read->poolId = poolId;
    read->promise.start();
    QFuture<aws::Result<PoolSnapshot>> future = read->promise.future();
    provider->describeUserPool(poolId).then([read](const aws::Result<UserPool> &pool) {
        if (!pool.ok())
            return read->finish(pool.error());
        read->snapshot.pool = pool.value().json;
        read->domain =
            pool.value().customDomain.isEmpty() ? pool.value().domain : pool.value().customDomain;
        readClients(read, {});
    });
    return future;
}

} // namespace cdesk::cognito
