#include "mirror.h"

#include "aws/endpoint.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <cstdio>

namespace cdesk::mirror {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::mirror", text);
}

const QString missingType = QStringLiteral("MirrorMissing");
const QChar separator(0x1f); // between the searchable values: never typed in a query

aws::AwsError sqlError(const QString &what, const QSqlError &error)
{
    return aws::AwsError::local(QStringLiteral("MirrorError"),
                                tr("Local mirror: %1: %2").arg(what, error.text()));
}

// One QSqlDatabase connection, named uniquely and removed with it.
struct Connection
{
    QString name = QStringLiteral("cdesk-mirror-") + QUuid::createUuid().toString(QUuid::Id128);

    QSqlDatabase db() const { return QSqlDatabase::database(name, false); }

    bool open(const QString &path, QString *error)
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        if (!database.open()) {
            *error = database.lastError().text();
            return false;
        }
        return true;
    }

    ~Connection()
    {
        {
            QSqlDatabase database = db();
            if (database.isValid())
                database.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

bool exec(const QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError();
        return false;
    }
    return true;
}

// Owner-only: the mirror holds personal data.
void restrictToOwner(const QString &path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// Case folding for search: the same for the stored text and the query.
QString fold(const QString &text)
{
    return text.toCaseFolded();
}

double epochSeconds(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() / 1000.0 : 0;
}

// Writes one user (and its attributes, and its free-text row) through prepared queries.
struct UserWriter
{
    explicit UserWriter(const QSqlDatabase &db)
        : insertUser(db)
        , insertAttribute(db)
        , deleteAttributes(db)
        , insertJson(db)
    {
        insertJson.prepare(
            QStringLiteral("INSERT OR REPLACE INTO users_json (id, json) VALUES (?, ?)"));
        insertUser.prepare(QStringLiteral(
            "INSERT INTO users (username, status, enabled, created, modified, search) "
            "VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(username) DO UPDATE SET status = excluded.status, "
            "enabled = excluded.enabled, created = excluded.created, "
            "modified = excluded.modified, search = excluded.search "
            "RETURNING id"));
        insertAttribute.prepare(QStringLiteral("INSERT OR REPLACE INTO attributes (user_id, name, "
                                               "value, folded) VALUES (?, ?, ?, ?)"));
        deleteAttributes.prepare(QStringLiteral("DELETE FROM attributes WHERE user_id = ?"));
    }

    // The id of the written row, or -1.
    qint64 write(const QJsonObject &user, QSqlError *error)
    {
        const QString username = user.value(QLatin1String("Username")).toString();
        QStringList values{username};
        const QJsonArray attributes = user.value(QLatin1String("Attributes")).toArray();
        for (const QJsonValue &attribute : attributes)
            values.append(attribute.toObject().value(QLatin1String("Value")).toString());
        insertUser.addBindValue(username);
        insertUser.addBindValue(user.value(QLatin1String("UserStatus")).toString());
        insertUser.addBindValue(user.value(QLatin1String("Enabled")).toBool(true) ? 1 : 0);
        insertUser.addBindValue(epochSeconds(user.value(QLatin1String("UserCreateDate"))));
        insertUser.addBindValue(epochSeconds(user.value(QLatin1String("UserLastModifiedDate"))));
        insertUser.addBindValue(fold(values.join(separator)));
        if (!insertUser.exec() || !insertUser.next()) {
            *error = insertUser.lastError();
            return -1;
        }
        const qint64 id = insertUser.value(0).toLongLong();
        insertUser.finish();
        deleteAttributes.addBindValue(id);
        if (!deleteAttributes.exec()) {
            *error = deleteAttributes.lastError();
            return -1;
        }
        insertJson.addBindValue(id);
        insertJson.addBindValue(
            QString::fromUtf8(QJsonDocument(user).toJson(QJsonDocument::Compact)));
        if (!insertJson.exec()) {
            *error = insertJson.lastError();
            return -1;
        }
        for (const QJsonValue &attribute : attributes) {
            const QJsonObject object = attribute.toObject();
            const QString value = object.value(QLatin1String("Value")).toString();
            insertAttribute.addBindValue(id);
            insertAttribute.addBindValue(object.value(QLatin1String("Name")).toString());
            insertAttribute.addBindValue(value);
            insertAttribute.addBindValue(fold(value));
            if (!insertAttribute.exec()) {
                *error = insertAttribute.lastError();
                return -1;
            }
        }
        return id;
    }

    QSqlQuery insertUser;
    QSqlQuery insertAttribute;
    QSqlQuery deleteAttributes;
    QSqlQuery insertJson;
};

const char *const schema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE, "
    "status TEXT NOT NULL, enabled INTEGER NOT NULL, created REAL NOT NULL, "
    "modified REAL NOT NULL, search TEXT NOT NULL)",
    // ListUsers' item as the service sent it, apart from the narrow rows that searches scan.
    "CREATE TABLE users_json (id INTEGER PRIMARY KEY, json TEXT NOT NULL)",
    "CREATE TABLE attributes (user_id INTEGER NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, "
    "folded TEXT NOT NULL, PRIMARY KEY (user_id, name)) WITHOUT ROWID",
    "CREATE TABLE groups (name TEXT PRIMARY KEY)",
    "CREATE TABLE memberships (username TEXT NOT NULL, group_name TEXT NOT NULL, "
    "PRIMARY KEY (username, group_name)) WITHOUT ROWID",
    // The free-text index: trigrams of the folded username and attribute values, kept in
    // step with users by the triggers below.
    "CREATE VIRTUAL TABLE users_fts USING fts5(search, content='users', content_rowid='id', "
    "tokenize='trigram')",
    "CREATE TRIGGER users_ai AFTER INSERT ON users BEGIN "
    "INSERT INTO users_fts (rowid, search) VALUES (new.id, new.search); END",
    "CREATE TRIGGER users_ad AFTER DELETE ON users BEGIN "
    "INSERT INTO users_fts (users_fts, rowid, search) VALUES ('delete', old.id, old.search); END",
    "CREATE TRIGGER users_au AFTER UPDATE OF search ON users BEGIN "
    "INSERT INTO users_fts (users_fts, rowid, search) VALUES ('delete', old.id, old.search); "
    "INSERT INTO users_fts (rowid, search) VALUES (new.id, new.search); END",
};

// Indexes made after the bulk load (cheaper than keeping them up during it).
const char *const indexes[] = {
    "CREATE INDEX attributes_name_value ON attributes (name, value)",
    "CREATE INDEX attributes_name_folded ON attributes (name, folded)",
    "CREATE INDEX memberships_group ON memberships (group_name, username)",
    "CREATE INDEX users_status ON users (status)",
};

QString metaValue(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool validMirror(const QSqlDatabase &db)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
        check.value(0).toString() != QLatin1String("ok"))
        return false;
    check.finish();
    return metaValue(db, QStringLiteral("schema_version")).toInt() == Mirror::SchemaVersion &&
           metaValue(db, QStringLiteral("complete")) == QLatin1String("1");
}

// SQL for a sort key, with its bound values.
QString sortExpression(const QString &sort, QVariantList *binds)
{
    if (sort.isEmpty() || sort == QLatin1String("Username"))
        return QStringLiteral("u.username");
    if (sort == QLatin1String("UserStatus"))
        return QStringLiteral("u.status");
    if (sort == QLatin1String("Enabled"))
        return QStringLiteral("u.enabled");
    if (sort == QLatin1String("UserCreateDate"))
        return QStringLiteral("u.created");
    if (sort == QLatin1String("UserLastModifiedDate"))
        return QStringLiteral("u.modified");
    if (sort == QLatin1String("Groups"))
        return QStringLiteral("(SELECT group_concat(group_name, ',') FROM (SELECT group_name FROM "
                              "memberships m WHERE m.username = u.username ORDER BY group_name))");
    binds->append(sort);
    return QStringLiteral(
        "(SELECT a.value FROM attributes a WHERE a.user_id = u.id AND a.name = ?)");
}

// The WHERE clause of a query (without the word), with its bound values.
QString whereClause(const Query &query, QVariantList *binds)
{
    QStringList parts;
    if (!query.text.isEmpty()) {
        const QString folded = fold(query.text);
        // The trigram index narrows the rows (it needs three characters); instr() decides,
        // so that the answer is the same substring test for every length.
        if (folded.toUcs4().size() >= 3) {
            parts.append(QStringLiteral("u.id IN (SELECT rowid FROM users_fts WHERE users_fts "
                                        "MATCH ?)"));
            QString phrase = folded;
            phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
            binds->append(QLatin1Char('"') + phrase + QLatin1Char('"'));
        }
        parts.append(QStringLiteral("instr(u.search, ?) > 0"));
        binds->append(folded);
    }
    for (const Condition &condition : query.conditions) {
        if (condition.name == QLatin1String("username") ||
            condition.name == QLatin1String("Username")) {
            if (condition.substring) {
                // The free-text column starts with the folded username.
                parts.append(
                    QStringLiteral("instr(substr(u.search, 1, length(u.username)), ?) > 0"));
                binds->append(fold(condition.value));
            } else {
                parts.append(QStringLiteral("u.username = ?"));
                binds->append(condition.value);
            }
            continue;
        }
        if (condition.substring) {
            parts.append(QStringLiteral("u.id IN (SELECT a.user_id FROM attributes a WHERE "
                                        "a.name = ? AND instr(a.folded, ?) > 0)"));
            binds->append(condition.name);
            binds->append(fold(condition.value));
        } else {
            parts.append(QStringLiteral("u.id IN (SELECT a.user_id FROM attributes a WHERE "
                                        "a.name = ? AND a.value = ?)"));
            binds->append(condition.name);
            binds->append(condition.value);
        }
    }
    if (!query.status.isEmpty()) {
        parts.append(QStringLiteral("u.status = ?"));
        binds->append(query.status);
    }
    if (query.enabled) {
        parts.append(QStringLiteral("u.enabled = ?"));
        binds->append(*query.enabled ? 1 : 0);
    }
    if (!query.group.isEmpty()) {
        parts.append(QStringLiteral("EXISTS (SELECT 1 FROM memberships m WHERE m.username = "
                                    "u.username AND m.group_name = ?)"));
        binds->append(query.group);
    }
    return parts.isEmpty() ? QStringLiteral("1") : parts.join(QLatin1String(" AND "));
}

} // namespace

QString MirrorKey::fileName() const
{
    const QByteArray where =
        endpoint.toString(QUrl::StripTrailingSlash).toUtf8() + '\n' + region.toUtf8();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(where, QCryptographicHash::Sha256).toHex().left(16));
    QString pool = userPoolId;
    for (QChar &c : pool) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return pool + QLatin1Char('-') + hash + QStringLiteral(".sqlite");
}

QString defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/mirrors");
}

QString mirrorPath(const QString &folder, const MirrorKey &key)
{
    return QDir(folder).filePath(key.fileName());
}

bool forget(const QString &folder, const MirrorKey &key)
{
    const QString path = mirrorPath(folder, key);
    return !QFile::exists(path) || QFile::remove(path);
}

QStringList forgetProfile(const QString &folder, const secrets::Profile &removed,
                          const QList<secrets::Profile> &remaining)
{
    // Where a profile connects, as the connection resolves it (the regional endpoint when
    // the profile names none).
    const auto whereOf = [](const secrets::Profile &profile) -> std::optional<MirrorKey> {
        const auto endpoint =
            aws::ServiceEndpoint::cognito(profile.region, QUrl(profile.endpointUrl));
        if (!endpoint.ok())
            return std::nullopt;
        return MirrorKey{endpoint.value().url, endpoint.value().region, profile.userPoolId};
    };
    const std::optional<MirrorKey> gone = whereOf(removed);
    if (!gone)
        return {};
    const QString suffix = MirrorKey{gone->endpoint, gone->region, QString()}.fileName();
    bool shared = false;
    bool poolShared = false;
    for (const secrets::Profile &other : remaining) {
        const std::optional<MirrorKey> where = whereOf(other);
        if (!where || other.name == removed.name ||
            MirrorKey{where->endpoint, where->region, QString()}.fileName() != suffix)
            continue;
        shared = true;
        poolShared = poolShared || where->userPoolId == gone->userPoolId;
    }
    // A mirror is "<pool>-<hash>.sqlite"; its journal and a sync's partial files start with
    // the same name.
    QString pattern;
    if (!shared)
        pattern = QStringLiteral("*") + suffix + QStringLiteral("*");
    else if (!poolShared && !gone->userPoolId.isEmpty())
        pattern = gone->fileName() + QStringLiteral("*");
    QStringList deleted;
    if (pattern.isEmpty())
        return deleted;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({pattern}, QDir::Files | QDir::Hidden)) {
        if (QFile::remove(dir.filePath(name)))
            deleted.append(dir.filePath(name));
    }
    return deleted;
}

QString MirroredUser::username() const
{
    return json.value(QLatin1String("Username")).toString();
}

QJsonObject MirroredUser::toJson() const
{
    QJsonObject object = json;
    object.insert(QStringLiteral("Groups"), QJsonArray::fromStringList(groups));
    return object;
}

std::optional<Condition> Condition::parse(const QString &text)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    const qsizetype tilde = text.indexOf(QLatin1Char('~'));
    qsizetype at = -1;
    if (equals >= 0 && (tilde < 0 || equals < tilde))
        at = equals;
    else if (tilde >= 0)
        at = tilde;
    if (at <= 0)
        return std::nullopt;
    return Condition{text.left(at), text.mid(at + 1), at == tilde};
}

// --- Mirror

struct Mirror::Private
{
    Connection connection;
};

Mirror::~Mirror() = default;

aws::Result<std::unique_ptr<Mirror>> Mirror::open(const QString &path)
{
    if (!QFileInfo::exists(path))
        return aws::AwsError::local(missingType, tr("There is no local mirror of this pool."));
    std::unique_ptr<Mirror> mirror(new Mirror);
    mirror->d = std::make_unique<Private>();
    mirror->m_path = path;
    QString error;
    bool valid = mirror->d->connection.open(path, &error);
    if (valid) {
        // A corrupt file may open and fail only on its first read: validMirror() reads.
        valid = validMirror(mirror->d->connection.db());
    }
    if (!valid) {
        mirror.reset();
        QFile::remove(path);
        return aws::AwsError::local(
            missingType, tr("The local mirror was unreadable or of another version; it was "
                            "removed and will be rebuilt by the next sync."));
    }
    restrictToOwner(path);
    return mirror;
}

QString Mirror::userPoolId() const
{
    return metaValue(d->connection.db(), QStringLiteral("user_pool_id"));
}

QDateTime Mirror::syncedAt() const
{
    return QDateTime::fromString(metaValue(d->connection.db(), QStringLiteral("synced_at")),
                                 Qt::ISODateWithMs);
}

qint64 Mirror::userCount() const
{
    QSqlQuery query(d->connection.db());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM users")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QStringList Mirror::groupNames() const
{
    QStringList names;
    QSqlQuery query(d->connection.db());
    if (query.exec(QStringLiteral("SELECT name FROM groups ORDER BY name"))) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

namespace {

// A user's ListUsers item and groups, as the first columns of a SELECT over `users u`.
const QString userColumns =
    QStringLiteral("(SELECT j.json FROM users_json j WHERE j.id = u.id), (SELECT "
                   "group_concat(group_name, char(31)) FROM (SELECT group_name FROM memberships "
                   "m WHERE m.username = u.username ORDER BY group_name))");

MirroredUser userFrom(const QSqlQuery &query, int column)
{
    MirroredUser user;
    user.json = QJsonDocument::fromJson(query.value(column).toString().toUtf8()).object();
    const QString groups = query.value(column + 1).toString();
    if (!groups.isEmpty())
        user.groups = groups.split(separator);
    return user;
}

// SELECT `columns` FROM users u matching the query, in its order, with its limit.
QString selectSql(const QString &columns, const Query &request, QVariantList *binds)
{
    QVariantList sortBinds;
    const QString sortKey = sortExpression(request.sort, &sortBinds);
    const QString where = whereClause(request, binds);
    binds->append(sortBinds);
    const QString direction = request.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString sql = QStringLiteral("SELECT %1 FROM users u WHERE %2 ORDER BY %3%4, u.username%4")
                      .arg(columns, where, sortKey, direction);
    if (request.limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(request.limit);
    return sql;
}

} // namespace

aws::Result<QList<MirroredUser>> Mirror::search(const Query &request) const
{
    QVariantList binds;
    QSqlQuery query(d->connection.db());
    query.setForwardOnly(true);
    if (!query.prepare(selectSql(userColumns, request, &binds)))
        return sqlError(tr("search"), query.lastError());
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(tr("search"), query.lastError());
    QList<MirroredUser> users;
    while (query.next())
        users.append(userFrom(query, 0));
    return users;
}

aws::Result<QList<qint64>> Mirror::ids(const Query &request) const
{
    QVariantList binds;
    QSqlQuery query(d->connection.db());
    query.setForwardOnly(true);
    if (!query.prepare(selectSql(QStringLiteral("u.id"), request, &binds)))
        return sqlError(tr("search"), query.lastError());
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(tr("search"), query.lastError());
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

aws::Result<QList<MirroredUser>> Mirror::users(const QList<qint64> &ids) const
{
    QHash<qint64, MirroredUser> found;
    // A few hundred at a time: far below SQLite's limit on bound values.
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        const QList<qint64> part = ids.mid(from, chunk);
        QStringList marks(part.size(), QStringLiteral("?"));
        QSqlQuery query(d->connection.db());
        query.setForwardOnly(true);
        if (!query.prepare(QStringLiteral("SELECT u.id, %1 FROM users u WHERE u.id IN (%2)")
                               .arg(userColumns, marks.join(QLatin1Char(',')))))
            return sqlError(tr("search"), query.lastError());
        for (qint64 id : part)
            query.addBindValue(id);
        if (!query.exec())
            return sqlError(tr("search"), query.lastError());
        while (query.next())
            found.insert(query.value(0).toLongLong(), userFrom(query, 1));
    }
    QList<MirroredUser> users;
    users.reserve(found.size());
    for (qint64 id : ids) {
        const auto at = found.constFind(id);
        if (at != found.constEnd())
            users.append(at.value());
    }
    return users;
}

aws::Result<qint64> Mirror::idOf(const QString &username) const
{
    QSqlQuery query(d->connection.db());
    query.prepare(QStringLiteral("SELECT id FROM users WHERE username = ?"));
    query.addBindValue(username);
    if (!query.exec())
        return sqlError(tr("search"), query.lastError());
    return query.next() ? query.value(0).toLongLong() : qint64(-1);
}

aws::Result<qint64> Mirror::count(const Query &request) const
{
    QVariantList binds;
    const QString sql =
        QStringLiteral("SELECT count(*) FROM users u WHERE %1").arg(whereClause(request, &binds));
    QSqlQuery query(d->connection.db());
    if (!query.prepare(sql))
        return sqlError(tr("count"), query.lastError());
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return sqlError(tr("count"), query.lastError());
    return query.value(0).toLongLong();
}

aws::Result<aws::Empty> Mirror::upsertUser(const QJsonObject &user)
{
    QSqlDatabase db = d->connection.db();
    db.transaction();
    QSqlError error;
    UserWriter writer(db);
    if (writer.write(user, &error) < 0) {
        db.rollback();
        return sqlError(tr("update"), error);
    }
    db.commit();
    return aws::Empty{};
}

aws::Result<aws::Empty> Mirror::removeUser(const QString &username)
{
    QSqlDatabase db = d->connection.db();
    db.transaction();
    QSqlQuery query(db);
    const QStringList statements = {
        QStringLiteral("DELETE FROM attributes WHERE user_id IN (SELECT id FROM users WHERE "
                       "username = ?)"),
        QStringLiteral("DELETE FROM users_json WHERE id IN (SELECT id FROM users WHERE "
                       "username = ?)"),
        QStringLiteral("DELETE FROM memberships WHERE username = ?"),
        QStringLiteral("DELETE FROM users WHERE username = ?")};
    for (const QString &statement : statements) {
        query.prepare(statement);
        query.addBindValue(username);
        if (!query.exec()) {
            const QSqlError error = query.lastError();
            db.rollback();
            return sqlError(tr("update"), error);
        }
    }
    db.commit();
    return aws::Empty{};
}

aws::Result<aws::Empty> Mirror::setMembership(const QString &username, const QString &group,
                                              bool member)
{
    QSqlQuery query(d->connection.db());
    query.prepare(member ? QStringLiteral("INSERT OR IGNORE INTO memberships (username, "
                                          "group_name) VALUES (?, ?)")
                         : QStringLiteral("DELETE FROM memberships WHERE username = ? AND "
                                          "group_name = ?"));
    query.addBindValue(username);
    query.addBindValue(group);
    if (!query.exec())
        return sqlError(tr("update"), query.lastError());
    if (member) {
        QSqlQuery addGroup(d->connection.db());
        addGroup.prepare(QStringLiteral("INSERT OR IGNORE INTO groups (name) VALUES (?)"));
        addGroup.addBindValue(group);
        addGroup.exec();
    }
    return aws::Empty{};
}

// --- MirrorWriter

struct MirrorWriter::Private
{
    Connection connection;
    std::optional<UserWriter> users;
};

MirrorWriter::~MirrorWriter()
{
    d.reset(); // close before removing
    if (!m_committed && !m_partialPath.isEmpty()) {
        QFile::remove(m_partialPath);
        QFile::remove(m_partialPath + QStringLiteral("-journal"));
    }
}

aws::Result<std::unique_ptr<MirrorWriter>> MirrorWriter::create(const QString &path,
                                                                const QString &userPoolId)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return aws::AwsError::local(QStringLiteral("MirrorError"),
                                    tr("Cannot create the folder %1.").arg(info.absolutePath()));
    QFile::setPermissions(info.absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // What a sync that was killed (SIGKILL, power loss) left behind. A sync under way
    // writes its file all the time, so one untouched for an hour is nobody's.
    const QFileInfoList partials =
        QDir(info.absolutePath())
            .entryInfoList({info.fileName() + QStringLiteral(".partial-*")},
                           QDir::Files | QDir::Hidden);
    const QDateTime staleBefore = QDateTime::currentDateTimeUtc().addSecs(-StalePartialSeconds);
    for (const QFileInfo &partial : partials) {
        if (partial.lastModified().toUTC() < staleBefore)
            QFile::remove(partial.absoluteFilePath());
    }
    std::unique_ptr<MirrorWriter> writer(new MirrorWriter);
    writer->m_path = path;
    writer->m_partialPath =
        path + QStringLiteral(".partial-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    // Created owner-only before SQLite writes anything into it.
    {
        QFile file(writer->m_partialPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return aws::AwsError::local(
                QStringLiteral("MirrorError"),
                tr("Cannot create %1: %2").arg(writer->m_partialPath, file.errorString()));
    }
    writer->d = std::make_unique<Private>();
    QString error;
    if (!writer->d->connection.open(writer->m_partialPath, &error))
        return aws::AwsError::local(QStringLiteral("MirrorError"), error);
    QSqlDatabase db = writer->d->connection.db();
    QSqlError sql;
    // A file being built is worth nothing after a crash: no journal to keep it consistent.
    for (const char *pragma : {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF"}) {
        if (!exec(db, QString::fromLatin1(pragma), &sql))
            return sqlError(tr("create"), sql);
    }
    db.transaction();
    for (const char *statement : schema) {
        if (!exec(db, QString::fromLatin1(statement), &sql))
            return sqlError(tr("create"), sql);
    }
    {
        QSqlQuery meta(db);
        meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        meta.addBindValue(QVariantList{QStringLiteral("schema_version"),
                                       QStringLiteral("user_pool_id"), QStringLiteral("complete")});
        meta.addBindValue(
            QVariantList{QString::number(Mirror::SchemaVersion), userPoolId, QStringLiteral("0")});
        if (!meta.execBatch())
            return sqlError(tr("create"), meta.lastError());
    }
    writer->d->users.emplace(db);
    return writer;
}

aws::Result<aws::Empty> MirrorWriter::addUsers(const QList<cognito::User> &users)
{
    QSqlError error;
    for (const cognito::User &user : users) {
        if (d->users->write(user.json, &error) < 0)
            return sqlError(tr("write"), error);
    }
    return aws::Empty{};
}

aws::Result<aws::Empty> MirrorWriter::addGroup(const QString &group)
{
    QSqlQuery query(d->connection.db());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO groups (name) VALUES (?)"));
    query.addBindValue(group);
    if (!query.exec())
        return sqlError(tr("write"), query.lastError());
    return aws::Empty{};
}

aws::Result<aws::Empty> MirrorWriter::addMembers(const QString &group, const QStringList &usernames)
{
    if (usernames.isEmpty())
        return aws::Empty{};
    QSqlQuery query(d->connection.db());
    query.prepare(
        QStringLiteral("INSERT OR IGNORE INTO memberships (username, group_name) VALUES (?, ?)"));
    QVariantList names;
    QVariantList groups;
    for (const QString &username : usernames) {
        names.append(username);
        groups.append(group);
    }
    query.addBindValue(names);
    query.addBindValue(groups);
    if (!query.execBatch())
        return sqlError(tr("write"), query.lastError());
    return aws::Empty{};
}

aws::Result<aws::Empty> MirrorWriter::commit(const QDateTime &syncedAt)
{
    QSqlDatabase db = d->connection.db();
    QSqlError error;
    for (const char *statement : indexes) {
        if (!exec(db, QString::fromLatin1(statement), &error))
            return sqlError(tr("index"), error);
    }
    // Memberships of users that ListUsers did not return (deleted during the sync) go.
    if (!exec(db,
              QStringLiteral("DELETE FROM memberships WHERE username NOT IN (SELECT username "
                             "FROM users)"),
              &error))
        return sqlError(tr("index"), error);
    {
        QSqlQuery meta(db);
        meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
        meta.addBindValue(QVariantList{QStringLiteral("synced_at"), QStringLiteral("complete")});
        meta.addBindValue(
            QVariantList{syncedAt.toUTC().toString(Qt::ISODateWithMs), QStringLiteral("1")});
        if (!meta.execBatch())
            return sqlError(tr("commit"), meta.lastError());
    }
    d->users.reset();
    if (!db.commit())
        return sqlError(tr("commit"), db.lastError());
    db = QSqlDatabase();
    d.reset();
    restrictToOwner(m_partialPath);
    if (::rename(QFile::encodeName(m_partialPath).constData(),
                 QFile::encodeName(m_path).constData()) != 0)
        return aws::AwsError::local(QStringLiteral("MirrorError"),
                                    tr("Cannot put the new mirror in place at %1.").arg(m_path));
    m_committed = true;
    return aws::Empty{};
}

} // namespace cdesk::mirror
