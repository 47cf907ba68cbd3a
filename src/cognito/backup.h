#pragma once

#include "aws/result.h"
#include "cognito/bulkjob.h"
#include "cognito/types.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cdesk::cognito {

// A pool's backup: `backup create` writes it, `backup restore` reads it. One JSON document:
// {"Format": "cognito-desk-backup", "Version": 1, "Created": ISO 8601, "Source": {"Region",
// "UserPoolId"}, "Pool": DescribeUserPool's UserPool, "Clients": [DescribeUserPoolClient's
// client without ClientSecret, with "HasSecret"], "Groups": [{"GroupName", "Description",
// "Precedence", "RoleArn"}], "Domain": {"Domain", "CustomDomain"} or null, "Users":
// [{"Username", "Attributes", "Enabled", "UserStatus", "Groups"}]}. Passwords cannot be read
// from Cognito and are never in it; `sub` is left out (Cognito gives each user a new one).
inline constexpr const char *BackupFormat = "cognito-desk-backup";
inline constexpr int BackupVersion = 1;

struct BackupUser
{
    QString username;
    QList<Attribute> attributes; // without sub
    bool enabled = true;
    QString status;     // as it was: restore cannot recreate it (see README)
    QStringList groups; // the groups the user was a member of

    // A listed user (ListUsers' UserType): `sub` dropped.
    static BackupUser fromUser(const User &user);
};

struct Backup
{
    QDateTime created;
    QString region;
    QString userPoolId;
    QJsonObject pool;   // DescribeUserPool's UserPool, as described
    QJsonArray clients; // each without its secret, with "HasSecret"
    QJsonArray groups;
    QJsonValue domain = QJsonValue::Null;
    QList<BackupUser> users;

    // The pool as described (its Domain and CustomDomain fill "Domain").
    void setPool(const QJsonObject &describedPool);
    // A described client: ClientSecret removed, "HasSecret" set.
    void addClient(const QJsonObject &describedClient);
    // A listed group: only what CreateGroup takes back.
    void addGroup(const QJsonObject &listedGroup);
    // ListUsersInGroup's usernames for `group`: each known user gets the group.
    void addMembers(const QString &group, const QStringList &usernames);

    QJsonObject toJson() const;
    QByteArray toBytes() const;
    // The whole file checked: anything else than this format at this version, or a field of
    // the wrong shape, is refused with a Local error (BackupInvalid) naming what is wrong.
    static aws::Result<Backup> fromBytes(const QByteArray &bytes);
};

// Writes `bytes` to `path` atomically (a temporary file beside it, fsync'ed, renamed over)
// and owner-only (0600): a backup holds personal data. An existing file is replaced only
// once the new one is complete.
aws::Result<bool> writeBackupFile(const QString &path, const QByteArray &bytes);

// The fields of CreateUserPoolRequest (botocore's service model), besides PoolName.
const QStringList &createUserPoolFields();
// The fields of CreateUserPoolClientRequest, besides UserPoolId.
const QStringList &createUserPoolClientFields();

// CreateUserPool's request for a new pool named `name` configured as the described `pool`:
// only the fields CreateUserPool accepts (Id, Arn, dates, Status, Domain, the user count...
// are left out), SchemaAttributes as Schema (the custom attributes, and the standard ones
// that are required; sub is Cognito's own).
CreateUserPoolRequest createUserPoolRequestFrom(const QJsonObject &pool, const QString &name);
// CreateUserPoolClient's request for a backed-up client: GenerateSecret when it had one.
CreateUserPoolClientRequest createUserPoolClientRequestFrom(const QJsonObject &client);
CreateGroupRequest createGroupRequestFrom(const QJsonObject &group);

// The create items of a restore: each user with its attributes and groups, disabled when it
// was. In a pool whose usernames are email addresses or phone numbers (`usernameAttributes`,
// the target pool's UsernameAttributes) a user is created by that attribute, since Cognito
// names it itself. Users in `existing` (usernames, or those attribute values, already in the
// target pool) are left out and counted in *skipped.
QList<BulkItem> restoreItems(const Backup &backup, const QStringList &usernameAttributes,
                             const QSet<QString> &existing, int *skipped);

} // namespace cdesk::cognito
