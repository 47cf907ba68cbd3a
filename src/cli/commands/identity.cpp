// identity: a user's identity-pool credentials.
#include "cli/command.h"
#include "cli/context.h"
#include "cli/sessions.h"
#include "cli/text.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cdesk::cli {

namespace {

int printCredentials(Context &context, const ParsedArguments &arguments)
{
    const QString username = arguments.value(QStringLiteral("as"));
    if (username.isEmpty())
        return context.usageError(
            tr("identity credentials needs --as USERNAME: whose saved session to use."));
    const QString identityPoolId = arguments.value(QStringLiteral("identity-pool-id"));
    if (identityPoolId.isEmpty())
        return context.usageError(
            tr("identity credentials needs --identity-pool-id ID (REGION:UUID)."));
    int exitCode = Success;
    const auto credentials = userIdentityCredentials(context, arguments, username, identityPoolId,
                                                     SessionFailure::VerificationFailed, &exitCode);
    if (!credentials)
        return exitCode;
    // credential_process reads JSON whatever --output says.
    context.out() << QString::fromUtf8(
        QJsonDocument(credentials->toCredentialProcessJson()).toJson(QJsonDocument::Indented));
    context.out().flush();
    return Success;
}

} // namespace

void addIdentityCommands(CommandList &commands)
{
    commands.append(
        {QStringLiteral("identity"),
         QStringLiteral("credentials"),
         QStringLiteral("--as USERNAME --identity-pool-id ID [--client-secret-stdin]"),
         tr("Exchange the user's ID token (saved session, refreshed when needed) for temporary "
            "AWS credentials of an identity pool, printed as credential_process JSON; exit 5 "
            "when there is no valid session."),
         {{QStringLiteral("as"), true, false,
           tr("The user whose saved session gives the ID token (required)."),
           QStringLiteral("USERNAME")},
          identityPoolIdOption(),
          {QStringLiteral("client-secret-stdin"), false, false,
           tr("Read the app client's secret from standard input (to refresh the session).")}},
         0,
         0,
         printCredentials,
         {},
         QStringLiteral("identity credentials --as alice --identity-pool-id "
                        "us-east-1:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")});
}

} // namespace cdesk::cli
