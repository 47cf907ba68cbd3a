#pragma once

#include "aws/result.h"

#include <QFuture>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <optional>

namespace cdesk::cognito {

class IdentityProvider;

// What `pool diff` compares of one pool, as the service describes it.
struct PoolSnapshot
{
    QJsonObject pool;                   // DescribeUserPool's UserPool
    QMap<QString, QJsonObject> clients; // DescribeUserPoolClient's UserPoolClient by ClientName
    QMap<QString, QJsonObject> groups;  // ListGroups' groups by GroupName
    std::optional<QJsonObject> domain;  // DescribeUserPoolDomain's DomainDescription, if any
};

// Reads everything the comparison takes of a pool, reads only: DescribeUserPool, every page
// of ListUserPoolClients with DescribeUserPoolClient for each, every page of ListGroups, and
// DescribeUserPoolDomain when the pool has a domain. Ends with the first error. `provider`
// must outlive the future.
QFuture<aws::Result<PoolSnapshot>> readPoolSnapshot(IdentityProvider *provider,
                                                    const QString &poolId);

// One setting that differs: A or B is null where that pool lacks it.
struct PoolDifference
{
    QString path; // e.g. Pool.Policies.PasswordPolicy.MinimumLength, Clients["web"].CallbackURLs
    QJsonValue a;
    QJsonValue b;

    friend bool operator==(const PoolDifference &, const PoolDifference &) = default;
};

// The settings of two pools that differ, sorted by path. Left out, because they differ
// between any two pools: ids, ARNs' account and region (replaced by placeholders), dates,
// the user count, the pool's and the domain's names. Client secrets are never compared or
// returned, only whether a client has one (HasClientSecret). Arrays that are sets in
// Cognito compare in any order; schema attributes by Name, clients by ClientName, groups by
// GroupName.
QList<PoolDifference> diffPools(const PoolSnapshot &a, const PoolSnapshot &b);

// The snapshot's parts as compared (for tests and for showing one side).
QJsonObject normalizedPool(const QJsonObject &pool);
QJsonObject normalizedClient(const QJsonObject &client);
QJsonObject normalizedGroup(const QJsonObject &group);
QJsonObject normalizedDomain(const QJsonObject &domain);

// Named objects (clients, groups) keyed by name, for a PoolSnapshot. A name used twice in one
// pool (Cognito allows that for clients) gets " (2)", " (3)", ... in the order of the objects'
// settings as compared (`normalize`), so the keys do not depend on the order the service
// lists them in.
QMap<QString, QJsonObject> keyedByName(QList<QPair<QString, QJsonObject>> named,
                                       QJsonObject (*normalize)(const QJsonObject &));

// {"Differences": [{"Path", "A", "B"}, ...]}
QJsonObject differencesToJson(const QList<PoolDifference> &differences);

} // namespace cdesk::cognito
