#include "backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace cdesk::cognito {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::cognito::Backup", text);
}

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

aws::AwsError invalid(const QString &message)
{
    return aws::AwsError::local(str("BackupInvalid"), message);
}

QJsonObject only(const QJsonObject &object, const QStringList &keys)
{
    QJsonObject kept;
    for (const QString &key : keys)
        if (object.contains(key))
            kept.insert(key, object.value(key));
    return kept;
}

bool isStringArray(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    return std::all_of(array.cbegin(), array.cend(),
                       [](const QJsonValue &item) { return item.isString(); });
}

// The standard attributes' defaults: a Schema entry is sent for one only when it differs.
bool isStandardAttribute(const QString &name)
{
    return !name.startsWith(QLatin1String("custom:")) && !name.startsWith(QLatin1String("dev:"));
}

} // namespace

BackupUser BackupUser::fromUser(const User &user)
{
    BackupUser backed;
    backed.username = user.username;
    backed.enabled = user.enabled;
    backed.status = user.status;
    for (const Attribute &attribute : user.attributes)
        if (attribute.name != QLatin1String("sub"))
            backed.attributes.append(attribute);
    return backed;
}

void Backup::setPool(const QJsonObject &describedPool)
{
    pool = describedPool;
    const QString prefix = describedPool.value(str("Domain")).toString();
    const QString custom = describedPool.value(str("CustomDomain")).toString();
    if (prefix.isEmpty() && custom.isEmpty()) {
        domain = QJsonValue::Null;
        return;
    }
    QJsonObject object;
    if (!prefix.isEmpty())
        object.insert(str("Domain"), prefix);
    if (!custom.isEmpty())
        object.insert(str("CustomDomain"), custom);
    domain = object;
}

void Backup::addClient(const QJsonObject &describedClient)
{
    QJsonObject client = describedClient;
    const bool hasSecret = !client.value(str("ClientSecret")).toString().isEmpty();
    client.remove(str("ClientSecret"));
    client.insert(str("HasSecret"), hasSecret);
    clients.append(client);
}

void Backup::addGroup(const QJsonObject &listedGroup)
{
    groups.append(only(listedGroup,
                       {str("GroupName"), str("Description"), str("Precedence"), str("RoleArn")}));
}

void Backup::addMembers(const QString &group, const QStringList &usernames)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < users.size(); ++i)
        index.insert(users.at(i).username, i);
    for (const QString &username : usernames) {
        const auto found = index.constFind(username);
        if (found != index.cend() && !users[*found].groups.contains(group))
            users[*found].groups.append(group);
    }
}

QJsonObject Backup::toJson() const
{
    QJsonArray userArray;
    for (const BackupUser &user : users)
        userArray.append(QJsonObject{{str("Username"), user.username},
                                     {str("Attributes"), attributesToJson(user.attributes)},
                                     {str("Enabled"), user.enabled},
                                     {str("UserStatus"), user.status},
                                     {str("Groups"), QJsonArray::fromStringList(user.groups)}});
    return {{str("Format"), str(BackupFormat)},
            {str("Version"), BackupVersion},
            {str("Created"), created.toUTC().toString(Qt::ISODate)},
            {str("Source"), QJsonObject{{str("Region"), region}, {str("UserPoolId"), userPoolId}}},
            {str("Pool"), pool},
            {str("Clients"), clients},
            {str("Groups"), groups},
            {str("Domain"), domain},
            {str("Users"), userArray}};
}

QByteArray Backup::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

aws::Result<Backup> Backup::fromBytes(const QByteArray &bytes)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return invalid(tr("Not a Cognito Desk backup: the file is not a JSON object (%1).")
                           .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                        : tr("no object")));
    const QJsonObject object = document.object();
    if (object.value(str("Format")).toString() != QLatin1String(BackupFormat))
        return invalid(
            tr("Not a Cognito Desk backup: \"Format\" is not \"%1\".").arg(str(BackupFormat)));
    const QJsonValue version = object.value(str("Version"));
    if (!version.isDouble() || version.toDouble() != BackupVersion)
        return invalid(
            tr("This backup's version (%1) is not one this program reads (%2).")
                .arg(version.isDouble() ? QString::number(version.toDouble()) : tr("missing"),
                     QString::number(BackupVersion)));
    Backup backup;
    backup.created =
        QDateTime::fromString(object.value(str("Created")).toString(), Qt::ISODateWithMs);
    if (!backup.created.isValid())
        return invalid(tr("\"Created\" is not an ISO 8601 time."));
    const QJsonObject source = object.value(str("Source")).toObject();
    backup.region = source.value(str("Region")).toString();
    backup.userPoolId = source.value(str("UserPoolId")).toString();
    if (!object.value(str("Pool")).isObject())
        return invalid(tr("\"Pool\" is not an object."));
    backup.pool = object.value(str("Pool")).toObject();
    for (const char *key : {"Clients", "Groups", "Users"})
        if (!object.value(str(key)).isArray())
            return invalid(tr("\"%1\" is not a list.").arg(str(key)));
    backup.clients = object.value(str("Clients")).toArray();
    for (const QJsonValue &client : std::as_const(backup.clients))
        if (client.toObject().value(str("ClientName")).toString().isEmpty())
            return invalid(tr("A client has no \"ClientName\"."));
    backup.groups = object.value(str("Groups")).toArray();
    QSet<QString> groupNames;
    for (const QJsonValue &group : std::as_const(backup.groups)) {
        const QString name = group.toObject().value(str("GroupName")).toString();
        if (name.isEmpty())
            return invalid(tr("A group has no \"GroupName\"."));
        groupNames.insert(name);
    }
    backup.domain = object.value(str("Domain"));
    if (!backup.domain.isNull() && !backup.domain.isObject() && !backup.domain.isUndefined())
        return invalid(tr("\"Domain\" is neither an object nor null."));
    if (backup.domain.isUndefined())
        backup.domain = QJsonValue::Null;
    QSet<QString> usernames;
    const QJsonArray userArray = object.value(str("Users")).toArray();
    for (qsizetype i = 0; i < userArray.size(); ++i) {
        const QJsonObject user = userArray.at(i).toObject();
        const QString where = tr("User %1").arg(i + 1);
        BackupUser backed;
        backed.username = user.value(str("Username")).toString();
        if (backed.username.isEmpty())
            return invalid(tr("%1 has no \"Username\".").arg(where));
        if (usernames.contains(backed.username))
            return invalid(tr("%1 (%2) appears twice.").arg(where, backed.username));
        usernames.insert(backed.username);
        if (!user.value(str("Attributes")).isArray())
            return invalid(
                tr("%1 (%2): \"Attributes\" is not a list.").arg(where, backed.username));
        for (const QJsonValue &value : user.value(str("Attributes")).toArray()) {
            const QJsonObject attribute = value.toObject();
            if (!attribute.value(str("Name")).isString() ||
                attribute.value(str("Name")).toString().isEmpty() ||
                !attribute.value(str("Value")).isString())
                return invalid(tr("%1 (%2): an attribute is not {\"Name\", \"Value\"}.")
                                   .arg(where, backed.username));
            if (attribute.value(str("Name")).toString() != QLatin1String("sub"))
                backed.attributes.append({attribute.value(str("Name")).toString(),
                                          attribute.value(str("Value")).toString()});
        }
        if (!user.value(str("Enabled")).isBool())
            return invalid(
                tr("%1 (%2): \"Enabled\" is not true or false.").arg(where, backed.username));
        backed.enabled = user.value(str("Enabled")).toBool();
        backed.status = user.value(str("UserStatus")).toString();
        const QJsonValue groupsValue = user.value(str("Groups"));
        if (!groupsValue.isUndefined() && !isStringArray(groupsValue))
            return invalid(
                tr("%1 (%2): \"Groups\" is not a list of names.").arg(where, backed.username));
        for (const QJsonValue &group : groupsValue.toArray()) {
            if (!groupNames.contains(group.toString()))
                return invalid(tr("%1 (%2) is in group %3, which the backup does not hold.")
                                   .arg(where, backed.username, group.toString()));
            backed.groups.append(group.toString());
        }
        backup.users.append(backed);
    }
    return backup;
}

aws::Result<bool> writeBackupFile(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    const QString directory = info.absolutePath();
    QByteArray templ = QFile::encodeName(
        QDir(directory).filePath(str(".") + info.fileName() + str(".tmp-XXXXXX")));
    const auto failed = [&path](const QString &what) {
        return aws::AwsError::local(
            str("BackupUnwritable"),
            tr("Cannot write %1: %2 (%3).")
                .arg(path, what, QString::fromLocal8Bit(std::strerror(errno))));
    };
    // mkstemp makes the file 0600; fchmod in case the umask or the platform did otherwise.
    const int fd = ::mkstemp(templ.data());
    if (fd < 0)
        return failed(tr("cannot create a temporary file"));
    ::fchmod(fd, 0600);
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const aws::AwsError error = failed(tr("write failed"));
            ::close(fd);
            ::unlink(templ.constData());
            return error;
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        const aws::AwsError error = failed(tr("fsync failed"));
        ::close(fd);
        ::unlink(templ.constData());
        return error;
    }
    ::close(fd);
    if (::rename(templ.constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        const aws::AwsError error = failed(tr("rename failed"));
        ::unlink(templ.constData());
        return error;
    }
    // The rename itself on disk.
    const int dirFd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}

const QStringList &createUserPoolFields()
{
    // botocore/data/cognito-idp/2016-04-18/service-2.json, CreateUserPoolRequest.
    static const QStringList fields{str("Policies"),
                                    str("DeletionProtection"),
                                    str("LambdaConfig"),
                                    str("AutoVerifiedAttributes"),
                                    str("AliasAttributes"),
                                    str("UsernameAttributes"),
                                    str("SmsVerificationMessage"),
                                    str("EmailVerificationMessage"),
                                    str("EmailVerificationSubject"),
                                    str("VerificationMessageTemplate"),
                                    str("SmsAuthenticationMessage"),
                                    str("MfaConfiguration"),
                                    str("UserAttributeUpdateSettings"),
                                    str("DeviceConfiguration"),
                                    str("EmailConfiguration"),
                                    str("SmsConfiguration"),
                                    str("UserPoolTags"),
                                    str("AdminCreateUserConfig"),
                                    str("Schema"),
                                    str("UserPoolAddOns"),
                                    str("UsernameConfiguration"),
                                    str("AccountRecoverySetting")};
    return fields;
}

const QStringList &createUserPoolClientFields()
{
    // botocore/data/cognito-idp/2016-04-18/service-2.json, CreateUserPoolClientRequest.
    static const QStringList fields{str("ClientName"),
                                    str("GenerateSecret"),
                                    str("RefreshTokenValidity"),
                                    str("AccessTokenValidity"),
                                    str("IdTokenValidity"),
                                    str("TokenValidityUnits"),
                                    str("ReadAttributes"),
                                    str("WriteAttributes"),
                                    str("ExplicitAuthFlows"),
                                    str("SupportedIdentityProviders"),
                                    str("CallbackURLs"),
                                    str("LogoutURLs"),
                                    str("DefaultRedirectURI"),
                                    str("AllowedOAuthFlows"),
                                    str("AllowedOAuthScopes"),
                                    str("AllowedOAuthFlowsUserPoolClient"),
                                    str("AnalyticsConfiguration"),
                                    str("PreventUserExistenceErrors"),
                                    str("EnableTokenRevocation"),
                                    str("EnablePropagateAdditionalUserContextData"),
                                    str("AuthSessionValidity")};
    return fields;
}

CreateUserPoolRequest createUserPoolRequestFrom(const QJsonObject &pool, const QString &name)
{
    QJsonObject fields = only(pool, createUserPoolFields());
    // Schema: DescribeUserPool's SchemaAttributes, as CreateUserPool takes them: custom and
    // developer-only attributes by their bare name, standard ones only where they differ from
    // the default (required, or immutable); sub is Cognito's own.
    QJsonArray schema;
    for (const QJsonValue &value : pool.value(str("SchemaAttributes")).toArray()) {
        QJsonObject attribute = only(
            value.toObject(), {str("Name"), str("AttributeDataType"), str("DeveloperOnlyAttribute"),
                               str("Mutable"), str("Required"), str("NumberAttributeConstraints"),
                               str("StringAttributeConstraints")});
        QString attributeName = attribute.value(str("Name")).toString();
        if (attributeName.isEmpty() || attributeName == QLatin1String("sub"))
            continue;
        if (isStandardAttribute(attributeName)) {
            if (!attribute.value(str("Required")).toBool() &&
                attribute.value(str("Mutable")).toBool(true))
                continue;
        } else {
            for (const char *prefix : {"dev:custom:", "custom:", "dev:"})
                if (attributeName.startsWith(QLatin1String(prefix))) {
                    attributeName = attributeName.mid(qsizetype(std::strlen(prefix)));
                    break;
                }
            attribute.insert(str("Name"), attributeName);
        }
        schema.append(attribute);
    }
    if (!schema.isEmpty())
        fields.insert(str("Schema"), schema);
    // The service refuses the old UnusedAccountValidityDays next to the password policy's
    // TemporaryPasswordValidityDays, which replaced it.
    QJsonObject adminCreate = fields.value(str("AdminCreateUserConfig")).toObject();
    if (adminCreate.contains(str("UnusedAccountValidityDays")) &&
        fields.value(str("Policies"))
            .toObject()
            .value(str("PasswordPolicy"))
            .toObject()
            .contains(str("TemporaryPasswordValidityDays"))) {
        adminCreate.remove(str("UnusedAccountValidityDays"));
        fields.insert(str("AdminCreateUserConfig"), adminCreate);
    }
    CreateUserPoolRequest request;
    request.name = name;
    request.extra = fields;
    return request;
}

CreateUserPoolClientRequest createUserPoolClientRequestFrom(const QJsonObject &client)
{
    QJsonObject fields = only(client, createUserPoolClientFields());
    CreateUserPoolClientRequest request;
    request.clientName = client.value(str("ClientName")).toString();
    fields.remove(str("ClientName"));
    request.generateSecret = client.value(str("HasSecret")).toBool() ||
                             !client.value(str("ClientSecret")).toString().isEmpty();
    fields.remove(str("GenerateSecret"));
    request.extra = fields;
    return request;
}

CreateGroupRequest createGroupRequestFrom(const QJsonObject &group)
{
    CreateGroupRequest request;
    request.name = group.value(str("GroupName")).toString();
    request.description = group.value(str("Description")).toString();
    if (group.value(str("Precedence")).isDouble())
        request.precedence = group.value(str("Precedence")).toInt();
    request.roleArn = group.value(str("RoleArn")).toString();
    return request;
}

QList<BulkItem> restoreItems(const Backup &backup, const QStringList &usernameAttributes,
                             const QSet<QString> &existing, int *skipped)
{
    QList<BulkItem> items;
    for (const BackupUser &user : backup.users) {
        BulkItem item;
        item.username = user.username;
        for (const QString &attribute : usernameAttributes) {
            const auto found =
                std::find_if(user.attributes.cbegin(), user.attributes.cend(),
                             [&attribute](const Attribute &a) { return a.name == attribute; });
            if (found != user.attributes.cend() && !found->value.isEmpty()) {
                item.username = found->value;
                break;
            }
        }
        if (existing.contains(item.username)) {
            if (skipped)
                ++*skipped;
            continue;
        }
        item.attributes = user.attributes;
        item.groups = user.groups;
        item.disabled = !user.enabled;
        items.append(item);
    }
    return items;
}

} // namespace cdesk::cognito
