// user sync, user search, user export: the pool's local mirror (src/mirror/).
#include "aws/awsjsonclient.h"
#include "cli/command.h"
#include "cli/commands/usersearch.h"
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
    const auto summary = syncMirror(context, *to, *partitions, &exitCode);
    if (!summary)
        return exitCode;
    return context.print(QJsonObject{{QStringLiteral("UserPoolId"), summary->userPoolId},
                                     {QStringLiteral("Users"), summary->users},
                                     {QStringLiteral("Groups"), summary->groups},
                                     {QStringLiteral("Calls"), summary->calls},
                                     {QStringLiteral("Seconds"), summary->seconds}},
                         TableSpec::details({}));
}

int searchUsers(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto users =
        selectMirroredUsers(context, arguments, arguments.positional.value(0), &exitCode);
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
    const auto users =
        selectMirroredUsers(context, arguments, arguments.positional.value(0), &exitCode);
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
                     QStringLiteral("[TEXT] ") + userSearchSynopsis(),
                     tr("Search the local mirror: free text, attribute conditions, status, "
                        "enabled and group; syncs first when it is older than --max-age."),
                     userSearchOptions(),
                     0,
                     1,
                     searchUsers,
                     {textArgument},
                     QStringLiteral("user search kowalski --where custom:department~fin "
                                    "--status CONFIRMED --group staff --output table")});
    QList<OptionSpec> exportOptions = userSearchOptions();
    exportOptions.append({QStringLiteral("format"), true, false,
                          tr("csv (the default: a header of Username, UserStatus, Enabled, "
                             "Groups and every attribute name) or jsonl (one user a line)."),
                          QStringLiteral("csv|jsonl")});
    commands.append(
        {group,
         QStringLiteral("export"),
         QStringLiteral("[TEXT] ") + userSearchSynopsis() + QStringLiteral(" [--format csv|jsonl]"),
         tr("Write the users a search selects to stdout as CSV or JSON lines."),
         exportOptions,
         0,
         1,
         exportUsers,
         {textArgument},
         QStringLiteral("user export --group finance --format csv > finance.csv")});
}

} // namespace cdesk::cli
