// backup: a pool's configuration, clients, groups, users and memberships in one file, and
// back into a pool (the document is cognito::Backup; the users are created by a bulk job).
#include "cognito/backup.h"

#include "aws/awsjsonclient.h"
#include "cli/command.h"
#include "cli/commands/bulkrun.h"
#include "cli/support.h"
#include "cli/text.h"
#include "cognito/backuprunner.h"
#include "cognito/bulkjob.h"
#include "cognito/identityprovider.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

namespace cdesk::cli {

namespace {

int backupCreate(Context &context, const ParsedArguments &arguments)
{
    const QString path = arguments.positional.value(0);
    const bool withUsers = !arguments.isSet(str("no-users"));
    int exitCode = Success;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    const QString poolId = to->poolId;

    // Every page of the clients, groups, users and memberships (the core's BackupRunner, as
    // the app's File > Back up pool runs it).
    cognito::BackupRunner runner(to->provider);
    const auto made = aws::await(runner.create(poolId, withUsers));
    if (!made)
        return context.fail(made.error());
    const cognito::Backup &backup = made.value();

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

    // The pool (with --new-pool) and its clients, the groups, then the users as a bulk job:
    // the core's BackupRunner, as the app's File > Restore runs it. What it says on the way
    // comes from its signals, in the order the steps are made.
    cognito::RestoreOptions options;
    options.intoPool = intoPool;
    options.newPoolName = newPool;
    options.generatePasswords = generate;
    options.passwordsOut =
        passwordsOut.isEmpty() ? QString() : QFileInfo(passwordsOut).absoluteFilePath();
    options.suppressMessage = suppress;
    cognito::BackupRunner runner(provider);
    QObject::connect(&runner, &cognito::BackupRunner::poolCreated, &runner,
                     [&err](const QString &poolId, const QString &name) {
                         err << tr("Created pool %1 (%2).").arg(poolId, name) << '\n';
                     });
    QObject::connect(
        &runner, &cognito::BackupRunner::targetReady, &runner,
        [&err, &backup](const QString &poolId) {
            if (backup.domain.isObject())
                err << tr("The backup's domain (%1) is not recreated: domain names are global. "
                          "Create one with: domain create NAME --user-pool-id %2")
                           .arg(backup.domain.toObject()
                                    .value(str("Domain"))
                                    .toString(backup.domain.toObject()
                                                  .value(str("CustomDomain"))
                                                  .toString()),
                                poolId)
                    << '\n';
        });
    QObject::connect(
        &runner, &cognito::BackupRunner::jobStarting, &runner,
        [&err, &backup](const cognito::BulkJobSpec &spec) {
            int otherStatus = 0;
            for (const cognito::BackupUser &user : backup.users)
                if (user.status != QLatin1String("FORCE_CHANGE_PASSWORD"))
                    ++otherStatus;
            if (otherStatus > 0 && !spec.items.isEmpty())
                err << tr("Passwords are not in a backup: the users are created with a temporary "
                          "password (FORCE_CHANGE_PASSWORD), whatever their status was (%1 "
                          "user(s) were in another status).")
                           .arg(otherStatus)
                    << '\n';
            err.flush();
        });
    // The report gets NewPoolId and ClientIds once the restore is done (runBulkJob reads
    // `extra` after the job's future finished).
    QJsonObject extra;
    return runBulkJob(
        context, provider, 0,
        [&](cognito::BulkJob &job) {
            return runner.restore(backup, options, &job)
                .then([&extra](const aws::Result<cognito::RestoreResult> &restored)
                          -> aws::Result<cognito::BulkReport> {
                    if (!restored)
                        return restored.error();
                    extra = restored.value().extra();
                    return restored.value().report;
                });
        },
        extra);
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
