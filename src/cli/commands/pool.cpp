#include "cli/command.h"
#include "cli/context.h"
#include "cli/listing.h"
#include "cognito/identityprovider.h"

#include <QCoreApplication>

namespace cdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::cli", text);
}

const TableSpec poolTable{QStringLiteral("UserPools"),
                          {{QStringLiteral("Id"), QStringLiteral("Id")},
                           {QStringLiteral("Name"), QStringLiteral("Name")},
                           {QStringLiteral("Created"), QStringLiteral("CreationDate")}}};

int listPools(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    auto *provider = context.identityProvider(&exitCode);
    if (!provider)
        return exitCode;
    bool ok = true;
    const int maxResults =
        arguments.value(QStringLiteral("max-results"), QStringLiteral("60")).toInt(&ok);
    if (!ok || maxResults < 1 || maxResults > 60)
        return context.usageError(tr("--max-results takes a number from 1 to 60."));
    QJsonObject payload{{QStringLiteral("MaxResults"), maxResults}};
    if (arguments.isSet(QStringLiteral("next-token")))
        payload.insert(QStringLiteral("NextToken"), arguments.value(QStringLiteral("next-token")));
    const auto result =
        runListing(provider, {QStringLiteral("ListUserPools"), QStringLiteral("UserPools")},
                   payload, arguments.isSet(QStringLiteral("all")));
    if (!result)
        return context.fail(result.error());
    return context.print(result.value(), poolTable);
}

} // namespace

void addPoolCommands(CommandList &commands)
{
    commands.append(Command{
        QStringLiteral("pool"),
        QStringLiteral("list"),
        QStringLiteral("[--max-results N] [--next-token T] [--all]"),
        tr("List the user pools of the account and region."),
        {{QStringLiteral("max-results"), true},
         {QStringLiteral("next-token"), true},
         {QStringLiteral("all"), false}},
        0,
        0,
        listPools,
    });
}

} // namespace cdesk::cli
