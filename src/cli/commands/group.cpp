// group: groups of a pool and their members.
#include "cli/command.h"
#include "cli/support.h"
#include "cli/text.h"
#include "cognito/identityprovider.h"

#include <QCoreApplication>

namespace cdesk::cli {

namespace {

const TableSpec groupTable{QStringLiteral("Groups"),
                           {{QStringLiteral("Group"), QStringLiteral("GroupName")},
                            {QStringLiteral("Precedence"), QStringLiteral("Precedence")},
                            {QStringLiteral("Description"), QStringLiteral("Description")},
                            {QStringLiteral("Created"), QStringLiteral("CreationDate")}}};
const TableSpec memberTable{QStringLiteral("Users"),
                            {{QStringLiteral("Username"), QStringLiteral("Username")},
                             {QStringLiteral("Status"), QStringLiteral("UserStatus")},
                             {QStringLiteral("Enabled"), QStringLiteral("Enabled")},
                             {QStringLiteral("Email"), QStringLiteral("Attributes/email")}}};
const TableSpec groupDetails = TableSpec::details(QStringLiteral("Group"));

int listGroups(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto limit = pageSize(context, arguments, QStringLiteral("limit"), 60, &exitCode);
    if (!limit)
        return exitCode;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    const PageFetch<cognito::Group> fetch = [&](const QString &token) {
        return to->provider->listGroups(to->poolId, *limit, token);
    };
    const auto result =
        collectPages(fetch, arguments.value(QStringLiteral("next-token")), QStringLiteral("Groups"),
                     arguments.isSet(QStringLiteral("all")));
    if (!result)
        return context.fail(result.error());
    return context.print(result.value(), groupTable);
}

int getGroup(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    const auto group = awaitOr(
        context, to->provider->getGroup(to->poolId, arguments.positional.value(0)), &exitCode);
    if (!group)
        return exitCode;
    return context.print(QJsonObject{{QStringLiteral("Group"), group->json}}, groupDetails);
}

int createGroup(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    cognito::CreateGroupRequest request;
    request.name = arguments.positional.value(0);
    request.description = arguments.value(QStringLiteral("description"));
    request.roleArn = arguments.value(QStringLiteral("role-arn"));
    if (arguments.isSet(QStringLiteral("precedence"))) {
        bool ok = false;
        const int precedence = arguments.value(QStringLiteral("precedence")).toInt(&ok);
        if (!ok || precedence < 0)
            return context.usageError(tr("--precedence takes a number from 0 up."));
        request.precedence = precedence;
    }
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    const auto group = awaitOr(context, to->provider->createGroup(to->poolId, request), &exitCode);
    if (!group)
        return exitCode;
    return context.print(QJsonObject{{QStringLiteral("Group"), group->json}}, groupDetails);
}

int deleteGroup(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    if (!awaitOr(context, to->provider->deleteGroup(to->poolId, arguments.positional.value(0)),
                 &exitCode))
        return exitCode;
    return context.printEmpty();
}

int groupMembers(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto limit = pageSize(context, arguments, QStringLiteral("limit"), 60, &exitCode);
    if (!limit)
        return exitCode;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    const QString groupName = arguments.positional.value(0);
    const PageFetch<cognito::User> fetch = [&](const QString &token) {
        return to->provider->listUsersInGroup(to->poolId, groupName, *limit, token);
    };
    const auto result =
        collectPages(fetch, arguments.value(QStringLiteral("next-token")), QStringLiteral("Users"),
                     arguments.isSet(QStringLiteral("all")));
    if (!result)
        return context.fail(result.error());
    return context.print(result.value(), memberTable);
}

int changeMembership(Context &context, const ParsedArguments &arguments, bool add)
{
    int exitCode = Success;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    const QString groupName = arguments.positional.value(0);
    const QString username = arguments.positional.value(1);
    const auto future =
        add ? to->provider->adminAddUserToGroup(to->poolId, username, groupName)
            : to->provider->adminRemoveUserFromGroup(to->poolId, username, groupName);
    if (!awaitOr(context, future, &exitCode))
        return exitCode;
    return context.printEmpty();
}

} // namespace

void addGroupCommands(CommandList &commands)
{
    const QString group = QStringLiteral("group");
    const ArgumentSpec nameArgument{QStringLiteral("NAME"), tr("The group's name.")};
    const ArgumentSpec userArgument{QStringLiteral("USERNAME"), tr("The user's username.")};
    commands.append({group,
                     QStringLiteral("list"),
                     QStringLiteral("[--limit N] [--next-token T] [--all]"),
                     tr("List the groups of the pool."),
                     pagingOptions(),
                     0,
                     0,
                     listGroups,
                     {},
                     QStringLiteral("group list --all --output table")});
    commands.append({group,
                     QStringLiteral("get"),
                     QStringLiteral("NAME"),
                     tr("Show a group."),
                     {},
                     1,
                     1,
                     getGroup,
                     {nameArgument},
                     QStringLiteral("group get testers")});
    commands.append({group,
                     QStringLiteral("create"),
                     QStringLiteral("NAME [--description D] [--precedence N] [--role-arn ARN]"),
                     tr("Create a group."),
                     {{QStringLiteral("description"), true, false, tr("What the group is for."),
                       QStringLiteral("TEXT")},
                      {QStringLiteral("precedence"), true, false,
                       tr("Which group's role wins when a user is in several (lower wins)."),
                       QStringLiteral("N")},
                      {QStringLiteral("role-arn"), true, false,
                       tr("The IAM role the group's members get from an identity pool."),
                       QStringLiteral("ARN")}},
                     1,
                     1,
                     createGroup,
                     {nameArgument},
                     QStringLiteral("group create testers --description \"QA accounts\" "
                                    "--precedence 10")});
    commands.append({group,
                     QStringLiteral("delete"),
                     QStringLiteral("NAME"),
                     tr("Delete a group (its members stay in the pool)."),
                     {},
                     1,
                     1,
                     deleteGroup,
                     {nameArgument},
                     QStringLiteral("group delete testers")});
    commands.append({group,
                     QStringLiteral("members"),
                     QStringLiteral("NAME [--limit N] [--next-token T] [--all]"),
                     tr("The users in a group (ListUsersInGroup)."),
                     pagingOptions(),
                     1,
                     1,
                     groupMembers,
                     {nameArgument},
                     QStringLiteral("group members testers --all")});
    commands.append({group,
                     QStringLiteral("add-user"),
                     QStringLiteral("NAME USERNAME"),
                     tr("Add a user to a group."),
                     {},
                     2,
                     2,
                     [](Context &context, const ParsedArguments &arguments) {
                         return changeMembership(context, arguments, true);
                     },
                     {nameArgument, userArgument},
                     QStringLiteral("group add-user testers grace")});
    commands.append({group,
                     QStringLiteral("remove-user"),
                     QStringLiteral("NAME USERNAME"),
                     tr("Remove a user from a group."),
                     {},
                     2,
                     2,
                     [](Context &context, const ParsedArguments &arguments) {
                         return changeMembership(context, arguments, false);
                     },
                     {nameArgument, userArgument},
                     QStringLiteral("group remove-user testers grace")});
}

} // namespace cdesk::cli
