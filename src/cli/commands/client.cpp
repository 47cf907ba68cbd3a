// client: the app clients of a pool.
#include "cli/command.h"
#include "cli/support.h"
#include "cognito/identityprovider.h"

#include <QCoreApplication>

namespace cdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::cli", text);
}

const TableSpec clientTable{QStringLiteral("UserPoolClients"),
                            {{QStringLiteral("ClientId"), QStringLiteral("ClientId")},
                             {QStringLiteral("Name"), QStringLiteral("ClientName")}}};
const TableSpec clientDetails = TableSpec::details(QStringLiteral("UserPoolClient"));

int printClient(Context &context, const cognito::UserPoolClient &client)
{
    return context.print(QJsonObject{{QStringLiteral("UserPoolClient"), client.json}},
                         clientDetails);
}

int listClients(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    const auto maxResults =
        pageSize(context, arguments, QStringLiteral("max-results"), 60, &exitCode);
    if (!maxResults)
        return exitCode;
    const PageFetch<cognito::UserPoolClientDescription> fetch = [&](const QString &token) {
        return to->provider->listUserPoolClients(to->poolId, *maxResults, token);
    };
    const auto result =
        collectPages(fetch, arguments.value(QStringLiteral("next-token")),
                     QStringLiteral("UserPoolClients"), arguments.isSet(QStringLiteral("all")));
    if (!result)
        return context.fail(result.error());
    return context.print(result.value(), clientTable);
}

int describeClient(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    const auto client = awaitOr(
        context, to->provider->describeUserPoolClient(to->poolId, arguments.positional.value(0)),
        &exitCode);
    return client ? printClient(context, *client) : exitCode;
}

QList<OptionSpec> configurationOptions()
{
    return {{QStringLiteral("explicit-auth-flows"), true, true},
            {QStringLiteral("callback-url"), true, true},
            {QStringLiteral("logout-url"), true, true},
            {QStringLiteral("oauth-flows"), true, true},
            {QStringLiteral("oauth-scopes"), true, true},
            {QStringLiteral("identity-providers"), true, true}};
}

int createClient(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    cognito::CreateUserPoolClientRequest request;
    request.clientName = arguments.positional.value(0);
    request.generateSecret = arguments.isSet(QStringLiteral("generate-secret"));
    request.explicitAuthFlows = commaList(arguments, QStringLiteral("explicit-auth-flows"));
    request.callbackUrls = arguments.values(QStringLiteral("callback-url"));
    request.logoutUrls = arguments.values(QStringLiteral("logout-url"));
    request.allowedOAuthFlows = commaList(arguments, QStringLiteral("oauth-flows"));
    request.allowedOAuthScopes = commaList(arguments, QStringLiteral("oauth-scopes"));
    request.supportedIdentityProviders = commaList(arguments, QStringLiteral("identity-providers"));
    if (!request.allowedOAuthFlows.isEmpty() && request.supportedIdentityProviders.isEmpty())
        request.supportedIdentityProviders = {QStringLiteral("COGNITO")};
    const auto client =
        awaitOr(context, to->provider->createUserPoolClient(to->poolId, request), &exitCode);
    return client ? printClient(context, *client) : exitCode;
}

// Changes only what the options name: the rest of the configuration is described first
// and sent back whole, because UpdateUserPoolClient resets every field left out.
int updateClient(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    auto client = awaitOr(
        context, to->provider->describeUserPoolClient(to->poolId, arguments.positional.value(0)),
        &exitCode);
    if (!client)
        return exitCode;
    if (arguments.isSet(QStringLiteral("name")))
        client->clientName = arguments.value(QStringLiteral("name"));
    if (arguments.isSet(QStringLiteral("explicit-auth-flows")))
        client->explicitAuthFlows = commaList(arguments, QStringLiteral("explicit-auth-flows"));
    if (arguments.isSet(QStringLiteral("callback-url")))
        client->callbackUrls = arguments.values(QStringLiteral("callback-url"));
    if (arguments.isSet(QStringLiteral("logout-url")))
        client->logoutUrls = arguments.values(QStringLiteral("logout-url"));
    if (arguments.isSet(QStringLiteral("oauth-flows"))) {
        client->allowedOAuthFlows = commaList(arguments, QStringLiteral("oauth-flows"));
        client->allowedOAuthFlowsUserPoolClient = !client->allowedOAuthFlows.isEmpty();
    }
    if (arguments.isSet(QStringLiteral("oauth-scopes")))
        client->allowedOAuthScopes = commaList(arguments, QStringLiteral("oauth-scopes"));
    if (arguments.isSet(QStringLiteral("identity-providers")))
        client->supportedIdentityProviders =
            commaList(arguments, QStringLiteral("identity-providers"));
    const auto updated = awaitOr(context, to->provider->updateUserPoolClient(*client), &exitCode);
    return updated ? printClient(context, *updated) : exitCode;
}

int deleteClient(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    if (!awaitOr(context,
                 to->provider->deleteUserPoolClient(to->poolId, arguments.positional.value(0)),
                 &exitCode))
        return exitCode;
    return context.printEmpty();
}

} // namespace

void addClientCommands(CommandList &commands)
{
    const QString group = QStringLiteral("client");
    commands.append({group, QStringLiteral("list"),
                     QStringLiteral("[--max-results N] [--next-token T] [--all]"),
                     tr("List the app clients of the pool."),
                     pagingOptions(QStringLiteral("max-results")), 0, 0, listClients});
    commands.append({group,
                     QStringLiteral("describe"),
                     QStringLiteral("CLIENT_ID"),
                     tr("Describe an app client."),
                     {},
                     1,
                     1,
                     describeClient});
    QList<OptionSpec> createOptions = configurationOptions();
    createOptions.append({QStringLiteral("generate-secret"), false});
    commands.append({group, QStringLiteral("create"),
                     QStringLiteral("NAME [--generate-secret] [--explicit-auth-flows "
                                    "ALLOW_USER_PASSWORD_AUTH,...] [--callback-url URL]... "
                                    "[--logout-url URL]... [--oauth-flows code,implicit] "
                                    "[--oauth-scopes openid,email,...] [--identity-providers "
                                    "COGNITO,...]"),
                     tr("Create an app client."), createOptions, 1, 1, createClient});
    QList<OptionSpec> updateOptions = configurationOptions();
    updateOptions.append({QStringLiteral("name"), true});
    commands.append({group, QStringLiteral("update"),
                     QStringLiteral("CLIENT_ID [--name NAME] [--explicit-auth-flows ...] "
                                    "[--callback-url URL]... [--logout-url URL]... "
                                    "[--oauth-flows ...] [--oauth-scopes ...] "
                                    "[--identity-providers ...]"),
                     tr("Change an app client; options left out keep their current value."),
                     updateOptions, 1, 1, updateClient});
    commands.append({group,
                     QStringLiteral("delete"),
                     QStringLiteral("CLIENT_ID"),
                     tr("Delete an app client."),
                     {},
                     1,
                     1,
                     deleteClient});
}

} // namespace cdesk::cli
