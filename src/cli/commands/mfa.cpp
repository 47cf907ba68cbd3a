// mfa: TOTP for test users, enrolled and answered by Cognito Desk.
#include "auth/totp.h"
#include "aws/future.h"
#include "cli/command.h"
#include "cli/context.h"
#include "cli/sessions.h"
#include "cli/text.h"
#include "secrets/keychainstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace cdesk::cli {

namespace {

int enrol(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const QString username = arguments.positional.value(0);
    const auto poolId = context.userPoolId(&exitCode);
    if (!poolId)
        return exitCode;
    // The user's own session: AssociateSoftwareToken and VerifySoftwareToken take its access
    // token, as an authenticator app's enrolment does.
    const auto tokens = freshSession(context, arguments, username, DefaultMinTtlSeconds,
                                     SessionFailure::ErrorsOwnCode, &exitCode);
    if (!tokens)
        return exitCode;
    auto *provider = context.identityProvider(&exitCode);
    if (!provider)
        return exitCode;
    secrets::KeychainStore keychain;
    const auto enrolled = aws::await(auth::enrolSoftwareToken(
        provider, &keychain, totpEntry(context.globals(), *poolId, username), tokens->accessToken,
        arguments.value(QStringLiteral("device-name"), QStringLiteral("cognito-desk"))));
    if (!enrolled)
        return context.fail(enrolled.error());
    // The secret stays in the keychain; VerifySoftwareToken's answer says it took.
    return context.print({{QStringLiteral("Status"), QStringLiteral("SUCCESS")}});
}

int code(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const QString username = arguments.positional.value(0);
    const auto poolId = context.userPoolId(&exitCode);
    if (!poolId)
        return exitCode;
    secrets::KeychainStore keychain;
    const secrets::SecretResult secret =
        aws::await(keychain.read(totpEntry(context.globals(), *poolId, username)));
    if (secret.status == secrets::SecretStatus::NotFound)
        return context.localError(
            tr("No TOTP secret of %1 in pool %2 is in the keychain: enrol it with "
               "'cognito-desk-cli mfa enrol %1'.")
                .arg(username, *poolId));
    if (!secret.ok())
        return context.localError(secrets::describe(secret));
    const auto key = auth::base32Decode(secret.value);
    if (!key || key->isEmpty())
        return context.localError(
            tr("The keychain's TOTP secret of %1 is not base32; enrol it again.").arg(username));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // The code alone, as token get prints the token; how long it lasts goes to stderr.
    context.out() << auth::totpCode(*key, now) << '\n';
    context.out().flush();
    if (context.globals().verbose)
        context.err() << tr("Good for another %1 s.").arg(auth::totpSecondsLeft(now)) << '\n';
    return Success;
}

} // namespace

void addMfaCommands(CommandList &commands)
{
    const QString group = QStringLiteral("mfa");
    const ArgumentSpec userArgument{QStringLiteral("USERNAME"), tr("The test user.")};
    commands.append(
        {group,
         QStringLiteral("enrol"),
         QStringLiteral("USERNAME [--device-name NAME] [--client-secret-stdin]"),
         tr("Set up TOTP for a test user with a saved session (auth login --save): the secret "
            "goes to the keychain, never to the output, and TOTP becomes the user's preferred "
            "MFA."),
         {{QStringLiteral("device-name"), true, false,
           tr("The name the pool keeps for the authenticator (default cognito-desk)."),
           QStringLiteral("NAME")},
          {QStringLiteral("client-secret-stdin"), false, false,
           tr("Read the app client's secret from standard input (to refresh the session).")}},
         1,
         1,
         enrol,
         {userArgument},
         QStringLiteral("mfa enrol alice")});
    commands.append({group,
                     QStringLiteral("code"),
                     QStringLiteral("USERNAME"),
                     tr("Print the current TOTP code of a test user enrolled with mfa enrol."),
                     {},
                     1,
                     1,
                     code,
                     {userArgument},
                     QStringLiteral("mfa code alice")});
}

} // namespace cdesk::cli
