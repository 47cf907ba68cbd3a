// bulk: jobs of many users x one operation, journaled, resumable, exactly once per item
// (the engine is cognito::BulkJob).
#include "cli/command.h"
#include "cli/commands/bulkrun.h"
#include "cli/commands/usersearch.h"
#include "cli/support.h"
#include "cli/text.h"
#include "cognito/bulkcreate.h"
#include "cognito/bulkjob.h"
#include "cognito/csvcheck.h"
#include "cognito/identityprovider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace cdesk::cli {

namespace {

const TableSpec jobsTable{str("Jobs"),
                          {{str("JobId"), str("JobId")},
                           {str("Operation"), str("Operation")},
                           {str("State"), str("State")},
                           {str("Total"), str("Total")},
                           {str("Succeeded"), str("Succeeded")},
                           {str("Failed"), str("Failed")},
                           {str("Created"), str("Created")}}};
const TableSpec itemsTable{str("Items"),
                           {{str("Username"), str("Username")},
                            {str("Outcome"), str("Outcome")},
                            {str("Error"), str("Error")}}};
const TableSpec failedTable{str("Failed"),
                            {{str("Username"), str("Username")}, {str("Error"), str("Error")}}};

std::optional<double> maxRps(Context &context, const ParsedArguments &arguments, int *exitCode)
{
    if (!arguments.isSet(str("max-rps")))
        return 0.0;
    bool ok = false;
    const double value = arguments.value(str("max-rps")).toDouble(&ok);
    if (!ok || value <= 0) {
        *exitCode = context.usageError(tr("--max-rps takes a number of requests per second "
                                          "greater than 0, not \"%1\".")
                                           .arg(arguments.value(str("max-rps"))));
        return std::nullopt;
    }
    return value;
}

// The search options that select users (the others only order, cap or date the selection).
const QStringList &searchSelectors()
{
    static const QStringList names{str("text"), str("where"), str("status"), str("enabled"),
                                   str("group")};
    return names;
}

int runJob(
    Context &context, cognito::IdentityProvider *provider, double rps,
    const std::function<QFuture<aws::Result<cognito::BulkReport>>(cognito::BulkJob &)> &begin)
{
    return runBulkJob(context, provider, rps, begin);
}

std::optional<QByteArray> readFile(Context &context, const QString &path, int *exitCode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *exitCode = context.localError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

int bulkCreate(Context &context, const ParsedArguments &arguments)
{
    const bool generate = arguments.isSet(str("generate-passwords"));
    const QString passwordsOut = arguments.value(str("passwords-out"));
    if (generate && passwordsOut.isEmpty())
        return context.usageError(tr("--generate-passwords needs --passwords-out FILE: the "
                                     "passwords are written only there."));
    if (!generate && !passwordsOut.isEmpty())
        return context.usageError(tr("--passwords-out goes with --generate-passwords."));
    if (!passwordsOut.isEmpty() && QFile::exists(passwordsOut))
        return context.usageError(
            tr("%1 exists: --passwords-out never overwrites a file.").arg(passwordsOut));
    int exitCode = Success;
    const auto rps = maxRps(context, arguments, &exitCode);
    if (!rps)
        return exitCode;
    const QString path = arguments.positional.value(0);
    const auto csv = readFile(context, path, &exitCode);
    if (!csv)
        return exitCode;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;

    // The pool's attributes and groups, to check the whole file before anything is sent.
    const auto pool =
        awaitOr(context, cognito::fetchBulkCreatePool(to->provider, to->poolId), &exitCode);
    if (!pool)
        return exitCode;
    const QStringList extraGroups = arguments.values(str("group"));
    const cognito::BulkCreateCheck check = pool->check(*csv, extraGroups);
    if (!check.ok()) {
        for (const auto &problem : check.problems)
            context.err() << path << ':' << problem.line << ": " << problem.message << '\n';
        if (check.problems.isEmpty())
            context.err() << path << tr(": no users.") << '\n';
        return context.usageError(tr("%1 was refused (%2 problem(s)); nothing was sent.")
                                      .arg(path)
                                      .arg(std::max<qsizetype>(1, check.problems.size())));
    }

    cognito::BulkCreateOptions options;
    options.generatePasswords = generate;
    options.passwordsOut = passwordsOut;
    options.suppressMessage = arguments.isSet(str("suppress-message"));
    options.extraGroups = extraGroups;
    const cognito::BulkJobSpec spec = cognito::bulkCreateSpec(to->poolId, check, options);
    return runJob(context, to->provider, *rps,
                  [&spec](cognito::BulkJob &job) { return job.start(spec); });
}

int bulkRun(Context &context, const ParsedArguments &arguments)
{
    const QString name = arguments.positional.value(0);
    const auto operation = cognito::bulkOperationFromName(name);
    if (!operation || *operation == cognito::BulkOperation::Create ||
        !cognito::bulkOperationOnUsers(*operation))
        return context.usageError(
            tr("Unknown operation %1: disable, enable, delete, add-to-group G, "
               "remove-from-group G, reset-password, sign-out, set-attribute NAME=VALUE or "
               "delete-attribute NAME (bulk create makes users).")
                .arg(name));
    const bool takesArgument = cognito::bulkOperationTakesArgument(*operation);
    const QString argument = arguments.positional.value(1);
    if (takesArgument && argument.isEmpty())
        return context.usageError(tr("%1 needs its argument (e.g. %2).")
                                      .arg(name, *operation == cognito::BulkOperation::SetAttribute
                                                     ? str("set-attribute custom:team=blue")
                                                     : name + str(" staff")));
    if (!takesArgument && arguments.positional.size() > 1)
        return context.usageError(tr("%1 takes no argument.").arg(name));
    if (*operation == cognito::BulkOperation::SetAttribute && !cognito::parseAttribute(argument))
        return context.usageError(tr("set-attribute takes NAME=VALUE, not \"%1\".").arg(argument));
    // The users: one per line of --users-from, or the ones the search options select from
    // the pool's local mirror (as user search would list them).
    const bool fromFile = arguments.isSet(str("users-from"));
    const bool selecting =
        std::any_of(searchSelectors().cbegin(), searchSelectors().cend(),
                    [&arguments](const QString &option) { return arguments.isSet(option); });
    const QList<OptionSpec> searchOptions = userSearchOptions();
    const bool searchOption = std::any_of(
        searchOptions.cbegin(), searchOptions.cend(),
        [&arguments](const OptionSpec &option) { return arguments.isSet(option.name); });
    if (fromFile && (selecting || searchOption))
        return context.usageError(tr("--users-from and the search options exclude each other: "
                                     "name the users one way."));
    if (!fromFile && !selecting)
        return context.usageError(
            tr("bulk run needs --users-from FILE (or - for standard input: one username per "
               "line), or search options that select users (--text, --where, --status, "
               "--enabled, --group)."));
    int exitCode = Success;
    const auto rps = maxRps(context, arguments, &exitCode);
    if (!rps)
        return exitCode;
    QStringList usernames;
    if (fromFile) {
        const QString from = arguments.value(str("users-from"));
        QByteArray text;
        if (from == QLatin1String("-")) {
            if (!context.input())
                return context.localError(tr("Standard input cannot be read."));
            text = context.input()->readAll();
        } else {
            const auto read = readFile(context, from, &exitCode);
            if (!read)
                return exitCode;
            text = *read;
        }
        for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n')))
            if (const QString username = line.trimmed(); !username.isEmpty())
                usernames.append(username);
        if (usernames.isEmpty())
            return context.usageError(tr("%1 names no users.").arg(from));
    } else {
        const auto users =
            selectMirroredUsers(context, arguments, arguments.value(str("text")), &exitCode);
        if (!users)
            return exitCode;
        for (const mirror::MirroredUser &user : *users)
            usernames.append(user.username());
        if (usernames.isEmpty()) {
            // Not an error: nothing matched, so there is no job and nothing was sent.
            context.err() << tr("No user matches the search: nothing was sent.") << '\n';
            return context.print(QJsonObject{{str("JobId"), QJsonValue::Null},
                                             {str("Succeeded"), 0},
                                             {str("Skipped"), 0},
                                             {str("Failed"), QJsonArray()}},
                                 failedTable);
        }
    }
    cognito::BulkJobSpec spec;
    spec.operation = *operation;
    spec.argument = argument;
    QSet<QString> seen;
    for (const QString &username : std::as_const(usernames)) {
        if (seen.contains(username)) {
            ++spec.skipped; // each user once
            continue;
        }
        seen.insert(username);
        spec.items.append({username, {}, {}});
    }
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    spec.userPoolId = to->poolId;
    return runJob(context, to->provider, *rps,
                  [&spec](cognito::BulkJob &job) { return job.start(spec); });
}

int bulkList(Context &context, const ParsedArguments &)
{
    const QString directory = cognito::BulkJournal::defaultDirectory();
    QJsonArray jobs;
    for (const QString &id : cognito::BulkJournal::jobIds(directory)) {
        const auto journal = cognito::BulkJournal::read(directory, id);
        if (journal)
            jobs.append(journal.value().summaryJson());
    }
    return context.print({{str("Jobs"), jobs}}, jobsTable);
}

int bulkShow(Context &context, const ParsedArguments &arguments)
{
    const auto journal = cognito::BulkJournal::read(cognito::BulkJournal::defaultDirectory(),
                                                    arguments.positional.value(0));
    if (!journal)
        return context.fail(journal.error());
    return context.print(journal.value().detailsJson(), itemsTable);
}

int bulkResume(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto rps = maxRps(context, arguments, &exitCode);
    if (!rps)
        return exitCode;
    const QString jobId = arguments.positional.value(0);
    const auto journal =
        cognito::BulkJournal::read(cognito::BulkJournal::defaultDirectory(), jobId);
    if (!journal)
        return context.fail(journal.error());
    if (journal.value().finished()) {
        // Nothing left to send: the report of the whole job.
        context.print(journal.value().report().toJson(), failedTable);
        return journal.value().report().failed.isEmpty() ? Success : ServiceError;
    }
    // The job's own pool, over the connection the global options name.
    auto *provider = context.identityProvider(&exitCode);
    if (!provider)
        return exitCode;
    return runJob(context, provider, *rps,
                  [&jobId](cognito::BulkJob &job) { return job.resume(jobId); });
}

} // namespace

int runBulkJob(
    Context &context, cognito::IdentityProvider *provider, double rps,
    const std::function<QFuture<aws::Result<cognito::BulkReport>>(cognito::BulkJob &)> &begin,
    const QJsonObject &extra)
{
    cognito::BulkJob job(provider, cognito::BulkJournal::defaultDirectory());
    job.setMaxRequestsPerSecond(rps);
    QTextStream &err = context.err();
    QElapsedTimer sincePrint;
    int lastDone = -1;
    bool announced = false;
    QObject::connect(
        &job, &cognito::BulkJob::progressChanged, &job, [&](const cognito::BulkProgress &p) {
            if (!announced) {
                announced = true;
                err << tr("Bulk job %1: %2 %3 item(s); if it is interrupted, finish it with: "
                          "bulk resume %1")
                           .arg(job.spec().jobId, cognito::bulkOperationName(job.spec().operation))
                           .arg(p.total)
                    << '\n';
            }
            // A line when the count moves, at most ten a second (and always the last one).
            if (p.done == lastDone ||
                (p.done < p.total && sincePrint.isValid() && sincePrint.elapsed() < 100))
                return;
            lastDone = p.done;
            sincePrint.start();
            err << tr("%1: %2/%3 done, %4 failed, %5/s, ETA %6")
                       .arg(job.spec().jobId)
                       .arg(p.done)
                       .arg(p.total)
                       .arg(p.failed)
                       .arg(p.ratePerSecond, 0, 'f', 1)
                       .arg(p.etaSeconds < 0 ? tr("unknown") : tr("%1 s").arg(p.etaSeconds))
                << '\n';
            err.flush();
        });
    const aws::Result<cognito::BulkReport> report = aws::await(begin(job));
    if (!report)
        return context.fail(report.error());
    QJsonObject printed = report.value().toJson();
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        printed.insert(it.key(), it.value());
    context.print(printed, failedTable);
    return report.value().failed.isEmpty() ? Success : ServiceError;
}

namespace {

// bulk run's options: --users-from, or --text and the search options of user search.
QList<OptionSpec> bulkRunOptions(const OptionSpec &rpsOption)
{
    QList<OptionSpec> options{
        {str("users-from"), true, false,
         tr("The users, one username per line (- reads standard input)."), str("FILE")},
        {str("text"), true, false,
         tr("Users whose username or any attribute value contains TEXT, in any case."),
         str("TEXT")}};
    options.append(userSearchOptions());
    options.append(rpsOption);
    return options;
}

} // namespace

void addBulkCommands(CommandList &commands)
{
    const QString group = str("bulk");
    const OptionSpec rpsOption{str("max-rps"), true, false,
                               tr("At most N requests per second (default: the operation's "
                                  "Cognito quota; higher for a raised quota). Lowered on "
                                  "throttling."),
                               str("N")};
    const ArgumentSpec jobArgument{str("JOB_ID"), tr("The job's id (bulk list shows them).")};
    commands.append(
        {group,
         str("create"),
         str("FILE.csv [--generate-passwords --passwords-out FILE] [--suppress-message] "
             "[--group G]... [--max-rps N]"),
         tr("Create one user per CSV row (header: username, attribute names, optionally "
            "groups). The whole file is checked first; nothing is sent if a line is bad."),
         {{str("generate-passwords"), false, false,
           tr("Give each user a temporary password generated to the pool's policy.")},
          {str("passwords-out"), true, false,
           tr("Where the generated passwords go (created owner-only, never overwritten)."),
           str("FILE")},
          {str("suppress-message"), false, false, tr("Send no invitation message.")},
          {str("group"), true, true, tr("Also add every user to group G (repeatable)."), str("G")},
          rpsOption},
         1,
         1,
         bulkCreate,
         {{str("FILE.csv"), tr("The users: a username column, attribute columns (email, "
                               "custom:x, ...) and an optional groups column (a;b).")}},
         str("bulk create class-of-2027.csv --generate-passwords --passwords-out passwords.csv "
             "--suppress-message --group students")});
    commands.append(
        {group,
         str("run"),
         str("OPERATION [ARGUMENT] (--users-from FILE|- | [--text TEXT] ") + userSearchSynopsis() +
             str(") [--max-rps N]"),
         tr("Run one operation on many users: disable, enable, delete, add-to-group G, "
            "remove-from-group G, reset-password, sign-out, set-attribute NAME=VALUE, "
            "delete-attribute NAME; the users named in a file, or selected by a search of the "
            "pool's local mirror as user search makes it."),
         bulkRunOptions(rpsOption),
         1,
         2,
         bulkRun,
         {{str("OPERATION"), tr("What to do to each user.")},
          {str("ARGUMENT"), tr("The group, NAME=VALUE or attribute NAME the operation takes.")}},
         str("bulk run disable --where custom:department=Finance --status "
             "FORCE_CHANGE_PASSWORD")});
    commands.append({group,
                     str("list"),
                     QString(),
                     tr("List the bulk jobs kept on this computer, newest last."),
                     {},
                     0,
                     0,
                     bulkList,
                     {},
                     str("bulk list --output table")});
    commands.append({group,
                     str("show"),
                     str("JOB_ID"),
                     tr("Show one bulk job with each item's outcome."),
                     {},
                     1,
                     1,
                     bulkShow,
                     {jobArgument},
                     str("bulk show bulk-20260301-101500-3fa2c1")});
    commands.append(
        {group,
         str("resume"),
         str("JOB_ID [--max-rps N]"),
         tr("Finish an interrupted job: items whose outcome is unknown are checked on the "
            "service first, so each takes effect exactly once. Prints the whole job's report."),
         {rpsOption},
         1,
         1,
         bulkResume,
         {jobArgument},
         str("bulk resume bulk-20260301-101500-3fa2c1")});
}

} // namespace cdesk::cli
