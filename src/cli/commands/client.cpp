// client: the app clients of a pool.
#include "cli/command.h"
#include "cli/support.h"
#include "cli/text.h"
#include "cognito/identityprovider.h"

#include <QCoreApplication>

namespace cdesk::cli {

namespace {

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
    return {{QStringLiteral("explicit-auth-flows"), true, true,
             tr("The sign-in flows the client allows (comma-separated, e.g. "
                "ALLOW_USER_PASSWORD_AUTH,ALLOW_REFRESH_TOKEN_AUTH)."),
             QStringLiteral("FLOW,...")},
            {QStringLiteral("callback-url"), true, true,
             tr("A URL the hosted UI may redirect to after sign-in (repeatable)."),
             QStringLiteral("URL")},
            {QStringLiteral("logout-url"), true, true,
             tr("A URL the hosted UI may redirect to after sign-out (repeatable)."),
             QStringLiteral("URL")},
            {QStringLiteral("oauth-flows"), true, true,
             tr("The OAuth grants allowed: code, implicit, client_credentials."),
             QStringLiteral("code,implicit")},
            {QStringLiteral("oauth-scopes"), true, true,
             tr("The OAuth scopes allowed (comma-separated)."), QStringLiteral("openid,email,...")},
            {QStringLiteral("identity-providers"), true, true,
             tr("The identity providers of the hosted UI (default: COGNITO)."),
             QStringLiteral("COGNITO,...")}};
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
    const ArgumentSpec clientArgument{QStringLiteral("CLIENT_ID"), tr("The app client's id.")};
    commands.append({group,
                     QStringLiteral("list"),
                     QStringLiteral("[--max-results N] [--next-token T] [--all]"),
                     tr("List the app clients of the pool."),
                     pagingOptions(QStringLiteral("max-results")),
                     0,
                     0,
                     listClients,
                     {},
                     QStringLiteral("client list --all")});
    commands.append({group,
                     QStringLiteral("describe"),
                     QStringLiteral("CLIENT_ID"),
                     tr("Describe an app client."),
                     {},
                     1,
                     1,
                     describeClient,
                     {clientArgument},
                     QStringLiteral("client describe 4k2example --output table")});
    QList<OptionSpec> createOptions = configurationOptions();
    createOptions.append({QStringLiteral("generate-secret"), false, false,
                          tr("Give the client a secret (confidential clients).")});
    commands.append({group,
                     QStringLiteral("create"),
                     QStringLiteral("NAME [--generate-secret] [--explicit-auth-flows "
                                    "ALLOW_USER_PASSWORD_AUTH,...] [--callback-url URL]... "
                                    "[--logout-url URL]... [--oauth-flows code,implicit] "
                                    "[--oauth-scopes openid,email,...] [--identity-providers "
                                    "COGNITO,...]"),
                     tr("Create an app client."),
                     createOptions,
                     1,
                     1,
                     createClient,
                     {{QStringLiteral("NAME"), tr("The new client's name.")}},
                     QStringLiteral("client create web --explicit-auth-flows "
                                    "ALLOW_USER_SRP_AUTH,ALLOW_REFRESH_TOKEN_AUTH "
                                    "--callback-url http://localhost:8765/callback "
                                    "--oauth-flows code --oauth-scopes openid,email")});
    QList<OptionSpec> updateOptions = configurationOptions();
    updateOptions.append(
        {QStringLiteral("name"), true, false, tr("A new name."), QStringLiteral("NAME")});
    commands.append({group,
                     QStringLiteral("update"),
                     QStringLiteral("CLIENT_ID [--name NAME] [--explicit-auth-flows ...] "
                                    "[--callback-url URL]... [--logout-url URL]... "
                                    "[--oauth-flows ...] [--oauth-scopes ...] "
                                    "[--identity-providers ...]"),
                     tr("Change an app client; options left out keep their current value."),
                     updateOptions,
                     1,
                     1,
                     updateClient,
                     {clientArgument},
                     QStringLiteral("client update 4k2example --callback-url "
                                    "https://app.example.com/callback")});
    commands.append({group,
                     QStringLiteral("delete"),
                     QStringLiteral("CLIENT_ID"),
                     tr("Delete an app client."),
                     {},
                     1,
                     1,
                     deleteClient,
                     {clientArgument},
                     QStringLiteral("client delete 4k2example")});
}

} // namespace cdesk::cli
