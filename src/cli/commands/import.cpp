// import: CSV user import jobs, from the header to the finished job.
#include "cli/command.h"
#include "cli/support.h"
#include "cli/text.h"
#include "cognito/identityprovider.h"
#include "cognito/importrole.h"
#include "cognito/importrunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace cdesk::cli {

namespace {

const TableSpec jobTable{QStringLiteral("UserImportJobs"),
                         {{QStringLiteral("JobId"), QStringLiteral("JobId")},
                          {QStringLiteral("Name"), QStringLiteral("JobName")},
                          {QStringLiteral("Status"), QStringLiteral("Status")},
                          {QStringLiteral("Imported"), QStringLiteral("ImportedUsers")},
                          {QStringLiteral("Failed"), QStringLiteral("FailedUsers")},
                          {QStringLiteral("Created"), QStringLiteral("CreationDate")}}};
const TableSpec jobDetails = TableSpec::details(QStringLiteral("UserImportJob"));

int printJob(Context &context, const cognito::UserImportJob &job)
{
    return context.print(QJsonObject{{QStringLiteral("UserImportJob"), job.json}}, jobDetails);
}

int csvHeader(Context &context, const ParsedArguments &)
{
    int exitCode = Success;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    const auto header = awaitOr(context, to->provider->getCsvHeader(to->poolId), &exitCode);
    if (!header)
        return exitCode;
    return context.print({{QStringLiteral("UserPoolId"), to->poolId},
                          {QStringLiteral("CSVHeader"), QJsonArray::fromStringList(*header)}});
}

int listJobs(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto maxResults =
        pageSize(context, arguments, QStringLiteral("max-results"), 60, &exitCode);
    if (!maxResults)
        return exitCode;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    const PageFetch<cognito::UserImportJob> fetch = [&](const QString &token) {
        return to->provider->listUserImportJobs(to->poolId, *maxResults, token);
    };
    const auto result =
        collectPages(fetch, arguments.value(QStringLiteral("next-token")),
                     QStringLiteral("UserImportJobs"), arguments.isSet(QStringLiteral("all")));
    if (!result)
        return context.fail(result.error());
    return context.print(result.value(), jobTable);
}

using JobAction = cognito::IdentityProvider::Future<cognito::UserImportJob> (
    cognito::IdentityProvider::*)(const QString &, const QString &);

int runJobAction(Context &context, const ParsedArguments &arguments, JobAction action)
{
    int exitCode = Success;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    const auto job = awaitOr(
        context, (to->provider->*action)(to->poolId, arguments.positional.value(0)), &exitCode);
    return job ? printJob(context, *job) : exitCode;
}

int createJob(Context &context, const ParsedArguments &arguments)
{
    if (!arguments.isSet(QStringLiteral("role-arn")))
        return context.usageError(
            tr("--role-arn is required: the role that lets Cognito write the job's CloudWatch "
               "logs."));
    int exitCode = Success;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    const auto job =
        awaitOr(context,
                to->provider->createUserImportJob(to->poolId, arguments.positional.value(0),
                                                  arguments.value(QStringLiteral("role-arn"))),
                &exitCode);
    return job ? printJob(context, *job) : exitCode;
}

// The role from --role-arn, else the one create-role finds or makes (with progress on
// stderr).
std::optional<QString> importRoleArn(Context &context, const ParsedArguments &arguments,
                                     int *exitCode)
{
    if (arguments.isSet(QStringLiteral("role-arn")))
        return arguments.value(QStringLiteral("role-arn"));
    auto *roles = context.importRoles(exitCode);
    if (!roles)
        return std::nullopt;
    const QString name = QString::fromLatin1(cognito::kDefaultImportRoleName);
    context.err() << tr("Finding or creating the IAM role %1 (import create-role)...").arg(name)
                  << '\n';
    context.err().flush();
    const auto role = awaitOr(context, roles->ensureRole(name), exitCode);
    if (!role)
        return std::nullopt;
    return role->roleArn;
}

int createRole(Context &context, const ParsedArguments &arguments)
{
    const QString name = arguments.value(QStringLiteral("role-name"),
                                         QString::fromLatin1(cognito::kDefaultImportRoleName));
    const auto checked = cognito::checkRoleName(name);
    if (!checked)
        return context.usageError(checked.error().message);
    int exitCode = Success;
    auto *roles = context.importRoles(&exitCode);
    if (!roles)
        return exitCode;
    const auto role = awaitOr(context, roles->ensureRole(name), &exitCode);
    if (!role)
        return exitCode;
    if (context.globals().verbose) {
        context.err() << (role->roleCreated ? tr("Created the role %1.") : tr("Found the role %1."))
                             .arg(role->roleArn)
                      << '\n'
                      << (role->policyCreated ? tr("Created the policy %1.")
                                              : tr("Found the policy %1."))
                             .arg(role->policyArn)
                      << '\n'
                      << (role->policyAttached ? tr("Attached the policy to the role.")
                                               : tr("The policy was attached already."))
                      << '\n';
        context.err().flush();
    }
    return context.print({{QStringLiteral("RoleArn"), role->roleArn}},
                         TableSpec::details(QString()));
}

std::optional<QByteArray> readCsv(Context &context, const QString &path, int *exitCode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *exitCode = context.localError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

int uploadCsv(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto csv = readCsv(context, arguments.positional.value(1), &exitCode);
    if (!csv)
        return exitCode;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    const auto job = awaitOr(
        context, to->provider->describeUserImportJob(to->poolId, arguments.positional.value(0)),
        &exitCode);
    if (!job)
        return exitCode;
    if (!awaitOr(context, to->provider->uploadUserImportCsv(QUrl(job->preSignedUrl), *csv),
                 &exitCode))
        return exitCode;
    return context.printEmpty();
}

// All the steps: header check, job, upload, start and (with --wait) the finished job.
int runImport(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const QString path = arguments.positional.value(0);
    const auto csv = readCsv(context, path, &exitCode);
    if (!csv)
        return exitCode;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    QTextStream &err = context.err();

    const auto header = awaitOr(context, to->provider->getCsvHeader(to->poolId), &exitCode);
    if (!header)
        return exitCode;
    const QStringList columns =
        QString::fromUtf8(csv->left(csv->indexOf('\n'))).trimmed().split(QLatin1Char(','));
    QStringList unknown;
    for (const QString &column : columns)
        if (!header->contains(column.trimmed()))
            unknown.append(column);
    if (!unknown.isEmpty())
        return context.usageError(
            tr("%1: the pool's CSV header (import csv-header) has no column %2.")
                .arg(path, unknown.join(QLatin1String(", "))));

    const auto roleArn = importRoleArn(context, arguments, &exitCode);
    if (!roleArn)
        return exitCode;
    const QString name = arguments.value(
        QStringLiteral("job-name"),
        QFileInfo(path).completeBaseName() + QLatin1Char('-') +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    cognito::ImportRunner runner(to->provider);
    QObject::connect(&runner, &cognito::ImportRunner::stepStarted, &runner,
                     [&](cognito::ImportStep step, const cognito::UserImportJob &job) {
                         switch (step) {
                         case cognito::ImportStep::Create:
                             err << tr("Creating import job %1...").arg(name) << '\n';
                             break;
                         case cognito::ImportStep::Upload:
                             err << tr("Uploading %1 (%2 bytes)...").arg(path).arg(csv->size())
                                 << '\n';
                             break;
                         case cognito::ImportStep::Start:
                             err << tr("Starting %1...").arg(job.jobId) << '\n';
                             break;
                         case cognito::ImportStep::Describe:
                         case cognito::ImportStep::Stop:
                             return;
                         }
                         err.flush();
                     });
    // Each state the job is described in while --wait follows it.
    QObject::connect(&runner, &cognito::ImportRunner::jobChanged, &runner,
                     [&err](cognito::ImportStep step, const cognito::UserImportJob &job) {
                         if (step != cognito::ImportStep::Describe)
                             return;
                         err << tr("%1: %2, %3 imported, %4 skipped, %5 failed")
                                    .arg(job.jobId, job.status)
                                    .arg(job.importedUsers)
                                    .arg(job.skippedUsers)
                                    .arg(job.failedUsers)
                             << '\n';
                         err.flush();
                     });
    const auto current = awaitOr(
        context,
        runner.run(to->poolId, name, *roleArn, *csv, arguments.isSet(QStringLiteral("wait"))),
        &exitCode);
    if (!current)
        return exitCode;
    printJob(context, *current);
    if (current->status == QLatin1String("Failed") || current->status == QLatin1String("Expired"))
        return context.fail(aws::AwsError::local(QStringLiteral("ImportJob") + current->status,
                                                 current->completionMessage));
    return Success;
}

} // namespace

void addImportCommands(CommandList &commands)
{
    const QString group = QStringLiteral("import");
    const ArgumentSpec jobArgument{QStringLiteral("JOB_ID"),
                                   tr("The import job's id (import-...).")};
    const OptionSpec roleOption{QStringLiteral("role-arn"), true, false,
                                tr("The IAM role the job writes its CloudWatch logs with."),
                                QStringLiteral("ARN")};
    commands.append({group,
                     QStringLiteral("csv-header"),
                     QString(),
                     tr("The CSV columns the pool's import expects (GetCSVHeader)."),
                     {},
                     0,
                     0,
                     csvHeader,
                     {},
                     QStringLiteral("import csv-header")});
    commands.append({group,
                     QStringLiteral("list"),
                     QStringLiteral("[--max-results N] [--next-token T] [--all]"),
                     tr("List the pool's import jobs."),
                     pagingOptions(QStringLiteral("max-results")),
                     0,
                     0,
                     listJobs,
                     {},
                     QStringLiteral("import list --output table")});
    const auto action = [&commands, &group, &jobArgument](const char *name, const QString &summary,
                                                          JobAction call) {
        commands.append(
            {group,
             QString::fromLatin1(name),
             QStringLiteral("JOB_ID"),
             summary,
             {},
             1,
             1,
             [call](Context &context, const ParsedArguments &arguments) {
                 return runJobAction(context, arguments, call);
             },
             {jobArgument},
             QStringLiteral("import %1 import-dDfo2QkcPB").arg(QString::fromLatin1(name))});
    };
    action("describe", tr("Show an import job."),
           &cognito::IdentityProvider::describeUserImportJob);
    action("start", tr("Start an import job whose file is uploaded."),
           &cognito::IdentityProvider::startUserImportJob);
    action("stop", tr("Stop a running import job."), &cognito::IdentityProvider::stopUserImportJob);
    commands.append({group,
                     QStringLiteral("create-job"),
                     QStringLiteral("NAME --role-arn ARN"),
                     tr("Create an import job (its upload URL is valid for 15 minutes)."),
                     {roleOption},
                     1,
                     1,
                     createJob,
                     {{QStringLiteral("NAME"), tr("The job's name.")}},
                     QStringLiteral("import create-job march --role-arn "
                                    "arn:aws:iam::123456789012:role/Cognito-UserImport-Role")});
    commands.append(
        {group,
         QStringLiteral("upload"),
         QStringLiteral("JOB_ID FILE"),
         tr("Upload the CSV to the job's pre-signed URL."),
         {},
         2,
         2,
         uploadCsv,
         {jobArgument, {QStringLiteral("FILE"), tr("The CSV file, with the pool's header.")}},
         QStringLiteral("import upload import-dDfo2QkcPB users.csv")});
    commands.append(
        {group,
         QStringLiteral("run"),
         QStringLiteral("FILE [--role-arn ARN] [--job-name NAME] [--wait]"),
         tr("Create, upload and start an import job; --wait follows it to the end. "
            "Without --role-arn, uses the role create-role makes."),
         {roleOption,
          {QStringLiteral("job-name"), true, false,
           tr("The job's name (default: the file's name and the time)."), QStringLiteral("NAME")},
          {QStringLiteral("wait"), false, false,
           tr("Follow the job until it ends and print its outcome.")}},
         1,
         1,
         runImport,
         {{QStringLiteral("FILE"), tr("The CSV file, with the pool's header.")}},
         QStringLiteral("import run users.csv --wait")});
    commands.append({group,
                     QStringLiteral("create-role"),
                     QStringLiteral("[--role-name %1]")
                         .arg(QString::fromLatin1(cognito::kDefaultImportRoleName)),
                     tr("Create, or find, the IAM role that lets import jobs write CloudWatch "
                        "logs (trusted by cognito-idp.amazonaws.com) and its policy; prints "
                        "the RoleArn. Running it twice changes nothing."),
                     {{QStringLiteral("role-name"), true, false,
                       tr("The role's name (default %1).")
                           .arg(QString::fromLatin1(cognito::kDefaultImportRoleName)),
                       QStringLiteral("NAME")}},
                     0,
                     0,
                     createRole,
                     {},
                     QStringLiteral("import create-role")});
}

} // namespace cdesk::cli
