#pragma once

#include "aws/result.h"
#include "cognito/types.h"
#include "secrets/profile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace cdesk::mirror {

// Which pool a mirror holds: the endpoint (AWS's regional one, or a local server), the
// region and the pool. One SQLite file each, in the cache folder.
struct MirrorKey
{
    QUrl endpoint;
    QString region;
    QString userPoolId;

    // "<pool id>-<hash of endpoint and region>.sqlite": safe as a file name, distinct per
    // account endpoint and region.
    QString fileName() const;
};

// QStandardPaths::CacheLocation + "/mirrors".
QString defaultFolder();
QString mirrorPath(const QString &folder, const MirrorKey &key);
// Deletes the key's mirror ("Forget local data", a removed profile); true if none is left.
bool forget(const QString &folder, const MirrorKey &key);
// What a removed profile leaves behind: the mirror of every pool reached through its endpoint
// and region. When one of `remaining` connects to the same endpoint and region, those mirrors
// may be that profile's, so only the removed profile's own pool is forgotten (and not even
// that when a remaining profile names the same pool). Returns the files deleted.
QStringList forgetProfile(const QString &folder, const secrets::Profile &removed,
                          const QList<secrets::Profile> &remaining);

// One user as mirrored: ListUsers' item (Username, Attributes, UserStatus, Enabled,
// UserCreateDate, UserLastModifiedDate) and the groups it is a member of, sorted.
struct MirroredUser
{
    QJsonObject json;
    QStringList groups;

    QString username() const;
    // ListUsers' item with "Groups": [names], as `user search` prints it.
    QJsonObject toJson() const;
};

// One per-attribute condition: NAME=VALUE (exact) or NAME~TEXT (case-insensitive substring).
struct Condition
{
    QString name;
    QString value;
    bool substring = false;

    // "NAME=VALUE" or "NAME~TEXT"; nothing when neither (or the name is empty).
    static std::optional<Condition> parse(const QString &text);
};

// A search over the mirror; every part given must hold (AND).
struct Query
{
    QString text; // case-insensitive substring of the username or of any attribute value
    QList<Condition> conditions;
    QString status;              // UserStatus, exactly
    std::optional<bool> enabled; // Enabled
    QString group;               // a member of this group
    // Username, UserStatus, Enabled, UserCreateDate, UserLastModifiedDate or an attribute
    // name; empty: Username. Ties (and users without the attribute, first) are ordered by
    // username, so the order is stable.
    QString sort;
    bool descending = false;
    int limit = -1; // < 0: all
};

// A complete mirror, opened for reading and for the write-through of changes made through
// the app or the CLI. Not thread-safe: one thread per Mirror.
class Mirror final
{
public:
    // Version 2: users (narrow rows), users_json, attributes, groups, memberships, users_fts
    // (trigram).
    static constexpr int SchemaVersion = 2;

    ~Mirror();
    Mirror(const Mirror &) = delete;
    Mirror &operator=(const Mirror &) = delete;

    // Opens the mirror at `path`. No file: a Local error of type "MirrorMissing". A file of
    // another schema version, an incomplete or a corrupt one is deleted, never trusted, and
    // reported as missing too (a sync rebuilds it).
    static aws::Result<std::unique_ptr<Mirror>> open(const QString &path);

    QString path() const { return m_path; }
    QString userPoolId() const;
    QDateTime syncedAt() const;
    qint64 userCount() const;
    QStringList groupNames() const;

    aws::Result<QList<MirroredUser>> search(const Query &query) const;
    // How many users the query matches, without its limit.
    aws::Result<qint64> count(const Query &query) const;
    // The ids of the users the query matches, in its order: what a view of many users keeps,
    // reading the users themselves a screenful at a time (users()). An id stays the user's
    // while the mirror is open, whatever is written through.
    aws::Result<QList<qint64>> ids(const Query &query) const;
    // The users with these ids, in the order given; an id no longer there is left out.
    aws::Result<QList<MirroredUser>> users(const QList<qint64> &ids) const;
    // A user's id; -1 when the user is not in the mirror.
    aws::Result<qint64> idOf(const QString &username) const;

    // Write-through: what the app or the CLI just changed, at once.
    aws::Result<aws::Empty> upsertUser(const QJsonObject &user);
    aws::Result<aws::Empty> removeUser(const QString &username);
    aws::Result<aws::Empty> setMembership(const QString &username, const QString &group,
                                          bool member);

private:
    Mirror() = default;
    struct Private;
    std::unique_ptr<Private> d;
    QString m_path;
};

// Builds a new mirror beside `path` and puts it in place only when commit() is called, so
// the last complete mirror stays usable until then. Destroyed without commit(): the
// partial file is deleted.
class MirrorWriter final
{
public:
    ~MirrorWriter();
    MirrorWriter(const MirrorWriter &) = delete;
    MirrorWriter &operator=(const MirrorWriter &) = delete;

    // Partial files of `path` not written to for this long are left from a killed sync, and
    // create() deletes them.
    static constexpr int StalePartialSeconds = 3600;

    static aws::Result<std::unique_ptr<MirrorWriter>> create(const QString &path,
                                                             const QString &userPoolId);

    aws::Result<aws::Empty> addUsers(const QList<cognito::User> &users);
    aws::Result<aws::Empty> addGroup(const QString &group);
    aws::Result<aws::Empty> addMembers(const QString &group, const QStringList &usernames);
    // Indexes, marks the file complete and renames it over `path` (atomic on one file system).
    aws::Result<aws::Empty> commit(const QDateTime &syncedAt = QDateTime::currentDateTimeUtc());

    QString partialPath() const { return m_partialPath; }

private:
    MirrorWriter() = default;
    struct Private;
    std::unique_ptr<Private> d;
    QString m_path;
    QString m_partialPath;
    bool m_committed = false;
};

} // namespace cdesk::mirror
