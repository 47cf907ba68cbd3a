// backup: a pool's configuration, clients, groups, users and memberships in one file, and
// back into a pool (the document is cognito::Backup; the users are created by a bulk job).
#include "cognito/backup.h"

#include "aws/awsjsonclient.h"
#include "cli/command.h"
#include "cli/commands/bulkrun.h"
#include "cli/support.h"
#include "cli/text.h"
#include "cognito/bulkjob.h"
#include "cognito/identityprovider.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

namespace cdesk::cli {

namespace {

// Every page of a listing, item by item.
template <typename T>
aws::Result<QList<T>> allPages(const PageFetch<T> &fetch)
{
    QList<T> items;
    QString token;
    for (;;) {
        aws::Result<cognito::Page<T>> page = aws::await(fetch(token));
        if (!page)
            return page.error();
        items.append(page.value().items);
        token = page.value().nextToken;
        if (token.isEmpty())
            return items;
    }
}

int backupCreate(Context &context, const ParsedArguments &arguments)
{
    const QString path = arguments.positional.value(0);
    const bool withUsers = !arguments.isSet(str("no-users"));
    int exitCode = Success;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    cognito::IdentityProvider *provider = to->provider;
    const QString poolId = to->poolId;

    cognito::Backup backup;
    backup.created = QDateTime::currentDateTimeUtc();
    backup.region = provider->client()->endpoint().region;
    backup.userPoolId = poolId;
    const auto pool = awaitOr(context, provider->describeUserPool(poolId), &exitCode);
    if (!pool)
        return exitCode;
    backup.setPool(pool->json);

    const auto clients = allPages<cognito::UserPoolClientDescription>(
        [&](const QString &token) { return provider->listUserPoolClients(poolId, 60, token); });
    if (!clients)
        return context.fail(clients.error());
    for (const auto &description : clients.value()) {
        const auto client = awaitOr(context,
                                    provider->describeUserPoolClient(
                                        poolId, description.json.value(str("ClientId")).toString()),
                                    &exitCode);
        if (!client)
            return exitCode;
        backup.addClient(client->json);
    }

    const auto groups = allPages<cognito::Group>(
        [&](const QString &token) { return provider->listGroups(poolId, 60, token); });
    if (!groups)
        return context.fail(groups.error());
    for (const cognito::Group &group : groups.value())
        backup.addGroup(group.json);

    if (withUsers) {
        const auto users = allPages<cognito::User>([&](const QString &token) {
            return provider->listUsers(poolId, cognito::ListUsersQuery{}, token);
        });
        if (!users)
            return context.fail(users.error());
        for (const cognito::User &user : users.value())
            backup.users.append(cognito::BackupUser::fromUser(user));
        // Memberships: one listing per group, never one call per user.
        for (const cognito::Group &group : groups.value()) {
            const auto members = allPages<cognito::User>([&](const QString &token) {
                return provider->listUsersInGroup(poolId, group.name, 60, token);
            });
            if (!members)
                return context.fail(members.error());
            QStringList usernames;
            for (const cognito::User &member : members.value())
                usernames.append(member.username);
            backup.addMembers(group.name, usernames);
        }
    }

    const auto written = cognito::writeBackupFile(path, backup.toBytes());
    if (!written)
        return context.fail(written.error());
    return context.print({{str("File"), QFileInfo(path).absoluteFilePath()},
                          {str("UserPoolId"), poolId},
                          {str("Clients"), backup.clients.size()},
                          {str("Groups"), backup.groups.size()},
                          {str("Users"), backup.users.size()}});
}

int backupRestore(Context &context, const ParsedArguments &arguments)
{
    const QString path = arguments.positional.value(0);
    const QString intoPool = arguments.value(str("into-pool"));
    const QString newPool = arguments.value(str("new-pool"));
    const bool intoSet = arguments.isSet(str("into-pool"));
    const bool newSet = arguments.isSet(str("new-pool"));
    if (intoSet == newSet)
        return context.usageError(
            tr("backup restore needs one of --into-pool ID (an existing pool) or --new-pool "
               "NAME (a pool made from the backup's configuration)."));
    if ((intoSet && intoPool.isEmpty()) || (newSet && newPool.isEmpty()))
        return context.usageError(tr("--into-pool and --new-pool take a non-empty value."));
    const bool generate = arguments.isSet(str("generate-passwords"));
    const QString passwordsOut = arguments.value(str("passwords-out"));
    const bool suppress = arguments.isSet(str("suppress-message"));
    if (generate && passwordsOut.isEmpty())
        return context.usageError(tr("--generate-passwords needs --passwords-out FILE: the "
                                     "passwords are written only there."));
    if (!generate && !passwordsOut.isEmpty())
        return context.usageError(tr("--passwords-out goes with --generate-passwords."));
    if (generate && suppress)
        return context.usageError(
            tr("--generate-passwords and --suppress-message are alternatives: give each user "
               "a password you hand out, or let Cognito make one and send no message."));
    if (!passwordsOut.isEmpty() && QFile::exists(passwordsOut))
        return context.usageError(
            tr("%1 exists: --passwords-out never overwrites a file.").arg(passwordsOut));

    // The whole file is read and checked before anything is sent.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.localError(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const auto parsed = cognito::Backup::fromBytes(file.readAll());
    if (!parsed) {
        context.err() << path << ": ";
        const int code = context.fail(parsed.error());
        context.err() << tr("Nothing was sent.") << '\n';
        context.err().flush();
        return code;
    }
    const cognito::Backup &backup = parsed.value();

    int exitCode = Success;
    cognito::IdentityProvider *provider = context.identityProvider(&exitCode);
    if (!provider)
        return exitCode;
    QTextStream &err = context.err();

    QString poolId = intoPool;
    QStringList usernameAttributes;
    QJsonObject extra;
    if (newSet) {
        const auto created = awaitOr(
            context,
            provider->createUserPool(cognito::createUserPoolRequestFrom(backup.pool, newPool)),
            &exitCode);
        if (!created)
            return exitCode;
        poolId = created->id;
        usernameAttributes = created->usernameAttributes;
        err << tr("Created pool %1 (%2).").arg(poolId, newPool) << '\n';
        QJsonObject clientIds;
        for (const QJsonValue &value : backup.clients) {
            const QJsonObject old = value.toObject();
            const auto client = awaitOr(context,
                                        provider->createUserPoolClient(
                                            poolId, cognito::createUserPoolClientRequestFrom(old)),
                                        &exitCode);
            if (!client)
                return exitCode;
            clientIds.insert(old.value(str("ClientId")).toString(), client->clientId);
        }
        extra.insert(str("NewPoolId"), poolId);
        extra.insert(str("ClientIds"), clientIds);
    } else {
        const auto pool = awaitOr(context, provider->describeUserPool(poolId), &exitCode);
        if (!pool)
            return exitCode;
        usernameAttributes = pool->usernameAttributes;
    }
    if (backup.domain.isObject())
        err << tr("The backup's domain (%1) is not recreated: domain names are global. Create one "
                  "with: domain create NAME --user-pool-id %2")
                   .arg(backup.domain.toObject()
                            .value(str("Domain"))
                            .toString(
                                backup.domain.toObject().value(str("CustomDomain")).toString()),
                        poolId)
            << '\n';

    // Groups before the users who join them. Those the pool has already are left alone (a
    // re-run; a CreateGroup over one would be refused, or on some servers replace it and its
    // members), and one made meanwhile (GroupExistsException) is no error either.
    QSet<QString> groupsThere;
    if (intoSet) {
        const auto listed = allPages<cognito::Group>(
            [&](const QString &token) { return provider->listGroups(poolId, 60, token); });
        if (!listed)
            return context.fail(listed.error());
        for (const cognito::Group &group : listed.value())
            groupsThere.insert(group.name);
    }
    for (const QJsonValue &value : backup.groups) {
        const cognito::CreateGroupRequest request =
            cognito::createGroupRequestFrom(value.toObject());
        if (groupsThere.contains(request.name))
            continue;
        const auto group = aws::await(provider->createGroup(poolId, request));
        if (!group && group.error().type != QLatin1String("GroupExistsException"))
            return context.fail(group.error());
    }

    // Users already in the pool are left as they are (counted as skipped).
    QSet<QString> existing;
    if (intoSet && !backup.users.isEmpty()) {
        const auto users = allPages<cognito::User>([&](const QString &token) {
            return provider->listUsers(poolId, cognito::ListUsersQuery{}, token);
        });
        if (!users)
            return context.fail(users.error());
        for (const cognito::User &user : users.value()) {
            existing.insert(user.username);
            for (const QString &attribute : std::as_const(usernameAttributes))
                if (!user.attribute(attribute).isEmpty())
                    existing.insert(user.attribute(attribute));
        }
    }

    cognito::BulkJobSpec spec;
    spec.operation = cognito::BulkOperation::Create;
    spec.userPoolId = poolId;
    spec.generatePasswords = generate;
    spec.passwordsOut =
        passwordsOut.isEmpty() ? QString() : QFileInfo(passwordsOut).absoluteFilePath();
    spec.suppressMessage = suppress;
    spec.items = cognito::restoreItems(backup, usernameAttributes, existing, &spec.skipped);

    int otherStatus = 0;
    for (const cognito::BackupUser &user : backup.users)
        if (user.status != QLatin1String("FORCE_CHANGE_PASSWORD"))
            ++otherStatus;
    if (otherStatus > 0 && !spec.items.isEmpty())
        err << tr("Passwords are not in a backup: the users are created with a temporary "
                  "password (FORCE_CHANGE_PASSWORD), whatever their status was (%1 user(s) "
                  "were in another status).")
                   .arg(otherStatus)
            << '\n';
    err.flush();
    return runBulkJob(
        context, provider, 0, [&spec](cognito::BulkJob &job) { return job.start(spec); }, extra);
}

} // namespace

void addBackupCommands(CommandList &commands)
{
    const QString group = str("backup");
    const ArgumentSpec fileArgument{str("FILE"), tr("The backup file (JSON).")};
    commands.append(
        {group,
         str("create"),
         str("FILE [--no-users]"),
         tr("Write the pool's configuration, app clients (without secrets), groups, domain, "
            "users and memberships to FILE (owner-only, replaced atomically). Passwords cannot "
            "be read from Cognito and are not in it."),
         {{str("no-users"), false, false, tr("Leave the users and memberships out.")}},
         1,
         1,
         backupCreate,
         {fileArgument},
         str("backup create pool-backup.json --user-pool-id us-east-1_AbCdEf123")});
    commands.append(
        {group,
         str("restore"),
         str("FILE (--into-pool ID | --new-pool NAME) [--generate-passwords --passwords-out "
             "FILE | --suppress-message]"),
         tr("Recreate a backup's groups, users and memberships (with --new-pool, the pool and "
            "its clients too, printing the old to new client id map) as a resumable bulk job."),
         {{str("into-pool"), true, false,
           tr("Restore into this existing pool; users already in it are skipped."), str("ID")},
          {str("new-pool"), true, false,
           tr("Create a pool of this name from the backup's configuration, then its clients."),
           str("NAME")},
          {str("generate-passwords"), false, false,
           tr("Give each user a temporary password generated to the pool's policy.")},
          {str("passwords-out"), true, false,
           tr("Where the generated passwords go (created owner-only, never overwritten)."),
           str("FILE")},
          {str("suppress-message"), false, false, tr("Send no invitation message.")}},
         1,
         1,
         backupRestore,
         {fileArgument},
         str("backup restore pool-backup.json --new-pool acme-restored --suppress-message")});
}

} // namespace cdesk::cli
