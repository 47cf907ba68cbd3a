// user sync, user search, user export: the pool's local mirror (src/mirror/).
#include "aws/awsjsonclient.h"
#include "cli/command.h"
#include "cli/support.h"
#include "cli/text.h"
#include "cognito/identityprovider.h"
#include "mirror/mirror.h"
#include "mirror/mirrorsync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <set>

namespace cdesk::cli {

namespace {

const TableSpec mirrorTable{QStringLiteral("Users"),
                            {{QStringLiteral("Username"), QStringLiteral("Username")},
                             {QStringLiteral("Status"), QStringLiteral("UserStatus")},
                             {QStringLiteral("Enabled"), QStringLiteral("Enabled")},
                             {QStringLiteral("Email"), QStringLiteral("Attributes/email")},
                             {QStringLiteral("Groups"), QStringLiteral("Groups")}}};

constexpr int defaultMaxAgeSeconds = 300;

QString mirrorPathFor(const PoolTarget &to)
{
    const aws::ServiceEndpoint &endpoint = to.provider->client()->endpoint();
    return mirror::mirrorPath(mirror::defaultFolder(),
                              mirror::MirrorKey{endpoint.url, endpoint.region, to.poolId});
}

// A whole number within [minimum, maximum] from --option; a usage error otherwise.
std::optional<int> numberOption(Context &context, const ParsedArguments &arguments,
                                const QString &option, int minimum, int maximum, int fallback,
                                int *exitCode)
{
    if (!arguments.isSet(option))
        return fallback;
    bool ok = false;
    const int value = arguments.value(option).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        *exitCode = context.usageError(
            tr("--%1 takes a number from %2 to %3.").arg(option).arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return value;
}

// Runs a sync, with progress on stderr; the summary, or nothing (reported, *exitCode set).
std::optional<mirror::SyncSummary> sync(Context &context, const PoolTarget &to, int partitions,
                                        int *exitCode)
{
    mirror::MirrorSync syncer(to.provider, mirrorPathFor(to));
    syncer.setPartitions(partitions);
    QElapsedTimer sinceLine;
    sinceLine.start();
    QObject::connect(&syncer, &mirror::MirrorSync::progress, &syncer,
                     [&context, &sinceLine](const mirror::SyncProgress &progress) {
                         if (sinceLine.elapsed() < 1000)
                             return;
                         sinceLine.restart();
                         QString line = tr("Synced %1 users in %2 calls (%3 users/s)")
                                            .arg(progress.users)
                                            .arg(progress.calls)
                                            .arg(progress.rate(), 0, 'f', 0);
                         if (progress.eta() >= 0)
                             line += tr(", about %1 s to go").arg(progress.eta(), 0, 'f', 0);
                         context.err() << line << '\n';
                         context.err().flush();
                     });
    auto result = aws::await(syncer.run(to.poolId));
    if (!result) {
        *exitCode = context.fail(result.error());
        return std::nullopt;
    }
    return result.value();
}

int syncUsers(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto partitions = numberOption(context, arguments, QStringLiteral("partitions"), 1,
                                         mirror::MirrorSync::MaxPartitions,
                                         mirror::MirrorSync::MaxPartitions, &exitCode);
    if (!partitions)
        return exitCode;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    const auto summary = sync(context, *to, *partitions, &exitCode);
    if (!summary)
        return exitCode;
    return context.print(QJsonObject{{QStringLiteral("UserPoolId"), summary->userPoolId},
                                     {QStringLiteral("Users"), summary->users},
                                     {QStringLiteral("Groups"), summary->groups},
                                     {QStringLiteral("Calls"), summary->calls},
                                     {QStringLiteral("Seconds"), summary->seconds}},
                         TableSpec::details({}));
}

// The search options as a query; a usage error on a bad one.
std::optional<mirror::Query> searchQuery(Context &context, const ParsedArguments &arguments,
                                         int *exitCode)
{
    mirror::Query query;
    query.text = arguments.positional.value(0);
    for (const QString &where : arguments.values(QStringLiteral("where"))) {
        const auto condition = mirror::Condition::parse(where);
        if (!condition) {
            *exitCode = context.usageError(tr("\"%1\" is not NAME=VALUE or NAME~TEXT.").arg(where));
            return std::nullopt;
        }
        query.conditions.append(*condition);
    }
    query.status = arguments.value(QStringLiteral("status"));
    if (arguments.isSet(QStringLiteral("enabled"))) {
        const QString enabled = arguments.value(QStringLiteral("enabled"));
        if (enabled != QLatin1String("true") && enabled != QLatin1String("false")) {
            *exitCode = context.usageError(tr("--enabled takes true or false."));
            return std::nullopt;
        }
        query.enabled = enabled == QLatin1String("true");
    }
    query.group = arguments.value(QStringLiteral("group"));
    query.sort = arguments.value(QStringLiteral("sort"));
    if (arguments.isSet(QStringLiteral("limit"))) {
        const auto limit = numberOption(context, arguments, QStringLiteral("limit"), 1,
                                        std::numeric_limits<int>::max(), -1, exitCode);
        if (!limit)
            return std::nullopt;
        query.limit = *limit;
    }
    if (arguments.isSet(QStringLiteral("offline")) && arguments.isSet(QStringLiteral("max-age"))) {
        *exitCode = context.usageError(tr("--offline and --max-age exclude each other."));
        return std::nullopt;
    }
    return query;
}

// The users the search options select: from the mirror, synced first when it is missing or
// older than --max-age (never with --offline).
std::optional<QList<mirror::MirroredUser>>
selectUsers(Context &context, const ParsedArguments &arguments, int *exitCode)
{
    const auto query = searchQuery(context, arguments, exitCode);
    if (!query)
        return std::nullopt;
    const auto maxAge =
        numberOption(context, arguments, QStringLiteral("max-age"), 0,
                     std::numeric_limits<int>::max(), defaultMaxAgeSeconds, exitCode);
    if (!maxAge)
        return std::nullopt;
    const auto to = poolTarget(context, exitCode);
    if (!to)
        return std::nullopt;
    const QString path = mirrorPathFor(*to);
    auto opened = mirror::Mirror::open(path);
    const bool offline = arguments.isSet(QStringLiteral("offline"));
    const bool fresh =
        opened && opened.value()->syncedAt().secsTo(QDateTime::currentDateTimeUtc()) < *maxAge;
    if (!fresh && !offline) {
        if (opened)
            opened = aws::AwsError{}; // closed before the sync replaces the file
        if (!sync(context, *to, mirror::MirrorSync::MaxPartitions, exitCode))
            return std::nullopt;
        opened = mirror::Mirror::open(path);
    }
    if (!opened) {
        *exitCode = context.localError(
            offline ? tr("There is no local mirror of this pool; run \"user sync\" first.")
                    : opened.error().message);
        return std::nullopt;
    }
    auto users = opened.value()->search(*query);
    if (!users) {
        *exitCode = context.fail(users.error());
        return std::nullopt;
    }
    return std::move(users).value();
}

int searchUsers(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto users = selectUsers(context, arguments, &exitCode);
    if (!users)
        return exitCode;
    QJsonArray items;
    for (const mirror::MirroredUser &user : *users)
        items.append(user.toJson());
    return context.print(QJsonObject{{QStringLiteral("Users"), items}}, mirrorTable);
}

// RFC 4180: quoted when it holds a comma, a quote or a line break (or spaces at an end).
QString csvField(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       value != value.trimmed();
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

int exportUsers(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const QString format = arguments.value(QStringLiteral("format"), QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("jsonl"))
        return context.usageError(tr("--format takes csv or jsonl."));
    const auto users = selectUsers(context, arguments, &exitCode);
    if (!users)
        return exitCode;
    QTextStream &out = context.out();
    if (format == QLatin1String("jsonl")) {
        for (const mirror::MirroredUser &user : *users)
            out << QJsonDocument(user.toJson()).toJson(QJsonDocument::Compact) << '\n';
        out.flush();
        return Success;
    }
    // Every attribute name present, in name order, after the fixed columns.
    std::set<QString> names;
    for (const mirror::MirroredUser &user : *users) {
        const QJsonArray attributes = user.json.value(QLatin1String("Attributes")).toArray();
        for (const QJsonValue &attribute : attributes)
            names.insert(attribute.toObject().value(QLatin1String("Name")).toString());
    }
    QStringList header = {QStringLiteral("Username"), QStringLiteral("UserStatus"),
                          QStringLiteral("Enabled"), QStringLiteral("Groups")};
    for (const QString &name : names)
        header.append(csvField(name));
    out << header.join(QLatin1Char(',')) << "\r\n";
    for (const mirror::MirroredUser &user : *users) {
        QHash<QString, QString> values;
        const QJsonArray attributes = user.json.value(QLatin1String("Attributes")).toArray();
        for (const QJsonValue &attribute : attributes) {
            const QJsonObject object = attribute.toObject();
            values.insert(object.value(QLatin1String("Name")).toString(),
                          object.value(QLatin1String("Value")).toString());
        }
        QStringList row = {csvField(user.username()),
                           csvField(user.json.value(QLatin1String("UserStatus")).toString()),
                           user.json.value(QLatin1String("Enabled")).toBool(true)
                               ? QStringLiteral("true")
                               : QStringLiteral("false"),
                           csvField(user.groups.join(QLatin1Char(';')))};
        for (const QString &name : names)
            row.append(csvField(values.value(name)));
        out << row.join(QLatin1Char(',')) << "\r\n";
    }
    out.flush();
    return Success;
}

QList<OptionSpec> searchOptions()
{
    return {
        {QStringLiteral("where"), true, true,
         tr("NAME=VALUE: attribute NAME is exactly VALUE; NAME~TEXT: it contains TEXT, in any "
            "case (repeatable; custom attributes too)."),
         QStringLiteral("NAME=VALUE|NAME~TEXT")},
        {QStringLiteral("status"), true, false,
         tr("Only users of this status (CONFIRMED, FORCE_CHANGE_PASSWORD, ...)."),
         QStringLiteral("S")},
        {QStringLiteral("enabled"), true, false,
         tr("Only enabled (true) or disabled (false) users."), QStringLiteral("true|false")},
        {QStringLiteral("group"), true, false, tr("Only members of this group."),
         QStringLiteral("G")},
        {QStringLiteral("sort"), true, false,
         tr("Sort by Username (the default), UserStatus, Enabled, UserCreateDate, "
            "UserLastModifiedDate or an attribute name; ties by username."),
         QStringLiteral("NAME")},
        {QStringLiteral("limit"), true, false, tr("At most N users."), QStringLiteral("N")},
        {QStringLiteral("max-age"), true, false,
         tr("Sync first when the mirror is older than this (default 300)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("offline"), false, false,
         tr("Never call the service: search the mirror as it is.")},
    };
}

const QString searchSynopsis =
    QStringLiteral("[TEXT] [--where NAME=VALUE | NAME~TEXT]... [--status S] "
                   "[--enabled true|false] [--group G] [--sort NAME] [--limit N] "
                   "[--max-age SECONDS | --offline]");

} // namespace

void addUserMirrorCommands(CommandList &commands)
{
    const QString group = QStringLiteral("user");
    const ArgumentSpec textArgument{
        QStringLiteral("TEXT"),
        tr("Users whose username or any attribute value contains TEXT, in any case.")};
    commands.append(
        {group,
         QStringLiteral("sync"),
         QStringLiteral("[--partitions N]"),
         tr("Mirror the pool's users and group memberships into the local cache, within the "
            "UserList quota."),
         {{QStringLiteral("partitions"), true, false,
           tr("List users in N parallel partitions by sub prefix (1-16, default 16)."),
           QStringLiteral("N")}},
         0,
         0,
         syncUsers,
         {},
         QStringLiteral("user sync --partitions 16")});
    commands.append({group,
                     QStringLiteral("search"),
                     searchSynopsis,
                     tr("Search the local mirror: free text, attribute conditions, status, "
                        "enabled and group; syncs first when it is older than --max-age."),
                     searchOptions(),
                     0,
                     1,
                     searchUsers,
                     {textArgument},
                     QStringLiteral("user search kowalski --where custom:department~fin "
                                    "--status CONFIRMED --group staff --output table")});
    QList<OptionSpec> exportOptions = searchOptions();
    exportOptions.append({QStringLiteral("format"), true, false,
                          tr("csv (the default: a header of Username, UserStatus, Enabled, "
                             "Groups and every attribute name) or jsonl (one user a line)."),
                          QStringLiteral("csv|jsonl")});
    commands.append({group,
                     QStringLiteral("export"),
                     searchSynopsis + QStringLiteral(" [--format csv|jsonl]"),
                     tr("Write the users a search selects to stdout as CSV or JSON lines."),
                     exportOptions,
                     0,
                     1,
                     exportUsers,
                     {textArgument},
                     QStringLiteral("user export --group finance --format csv > finance.csv")});
}

} // namespace cdesk::cli
