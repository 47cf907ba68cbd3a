// auth: sign-up, login flows, challenges, refresh. (The hosted UI lives in hostedui.cpp.)
#include "auth/sessionstore.h"
#include "auth/tokenset.h"
#include "auth/totp.h"
#include "aws/future.h"
#include "cli/command.h"
#include "cli/sessions.h"
#include "cli/support.h"
#include "cli/text.h"
#include "cognito/identityprovider.h"
#include "secrets/keychainstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSettings>

namespace cdesk::cli {

namespace {

OptionSpec clientSecretOption()
{
    return {QStringLiteral("client-secret-stdin"), false, false,
            tr("Read the app client's secret from standard input (default: the profile's, from "
               "the keychain).")};
}
OptionSpec saveOption()
{
    return {QStringLiteral("save"), false, false,
            tr("Keep the tokens as this user's session (refresh token in the keychain) for api "
               "call --as.")};
}

// Prints the answer; with --save and tokens, keeps them as `username`'s session for
// `api call --as` (tokens in the keychain only, see auth/sessionstore.h).
int finishAuth(Context &context, const ParsedArguments &arguments, const QString &username,
               const cognito::AuthResponse &response, auth::Grant grant)
{
    const int code = context.printAuth(response);
    if (code != Success || !arguments.isSet(QStringLiteral("save")) ||
        !response.json.contains(QLatin1String("AuthenticationResult")))
        return code;
    const GlobalOptions &globals = context.globals();
    secrets::KeychainStore keychain;
    QSettings settings;
    auth::SessionStore store(&keychain, &settings);
    const auto saved = aws::await(store.save(
        auth::SessionKey::make(
            globals.endpointUrl.isEmpty() ? QUrl() : QUrl(globals.endpointUrl, QUrl::StrictMode),
            globals.region, globals.clientId, username),
        auth::TokenSet::fromAuthenticationResult(
            response.json.value(QLatin1String("AuthenticationResult")).toObject(), grant,
            QDateTime::currentDateTimeUtc())));
    if (!saved)
        return context.fail(saved.error());
    return Success;
}

int signUp(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto attributes =
        parseAttributes(context, arguments.values(QStringLiteral("attribute")), &exitCode);
    if (!attributes)
        return exitCode;
    const auto client = context.appClient(arguments, &exitCode);
    if (!client)
        return exitCode;
    const auto password =
        context.stdinSecret(arguments, QStringLiteral("password-stdin"), &exitCode);
    if (!password)
        return exitCode;
    auto *provider = context.identityProvider(&exitCode);
    if (!provider)
        return exitCode;
    const auto result = awaitOr(
        context, provider->signUp(*client, arguments.positional.value(0), *password, *attributes),
        &exitCode);
    return result ? context.print(result->json) : exitCode;
}

int confirmSignUp(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    if (!arguments.isSet(QStringLiteral("code")))
        return context.usageError(tr("--code is required."));
    const auto client = context.appClient(arguments, &exitCode);
    if (!client)
        return exitCode;
    auto *provider = context.identityProvider(&exitCode);
    if (!provider)
        return exitCode;
    if (!awaitOr(context,
                 provider->confirmSignUp(*client, arguments.positional.value(0),
                                         arguments.value(QStringLiteral("code"))),
                 &exitCode))
        return exitCode;
    return context.printEmpty();
}

int resendCode(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto client = context.appClient(arguments, &exitCode);
    if (!client)
        return exitCode;
    auto *provider = context.identityProvider(&exitCode);
    if (!provider)
        return exitCode;
    const auto result =
        awaitOr(context, provider->resendConfirmationCode(*client, arguments.positional.value(0)),
                &exitCode);
    return result ? context.print(*result) : exitCode;
}

// SOFTWARE_TOKEN_MFA answered with the code of the secret mfa enrol kept in the keychain; a
// user without one gets the challenge printed as usual (exit 3).
std::optional<cognito::AuthResponse>
answerWithTotp(Context &context, const cognito::AppClient &client, const QString &username,
               const cognito::AuthResponse &challenge, bool admin, int *exitCode)
{
    const auto poolId = context.userPoolId(exitCode);
    if (!poolId)
        return std::nullopt;
    secrets::KeychainStore keychain;
    const secrets::SecretResult secret =
        aws::await(keychain.read(totpEntry(context.globals(), *poolId, username)));
    const auto key = secret.ok() ? auth::base32Decode(secret.value) : std::nullopt;
    if (!key || key->isEmpty()) {
        context.warnAfterward(
            tr("--auto-mfa: the keychain holds no TOTP secret of %1 (%2); "
               "answer the challenge with auth respond mfa.")
                .arg(username, secret.ok() ? tr("not base32") : secrets::describe(secret)));
        return challenge;
    }
    auto *provider = context.identityProvider(exitCode);
    if (!provider)
        return std::nullopt;
    const QString challengeUser =
        challenge.challengeUsername().isEmpty() ? username : challenge.challengeUsername();
    return awaitOr(context,
                   provider->respondToMfa(client, challenge.challengeName, challenge.session,
                                          challengeUser,
                                          auth::totpCode(*key, QDateTime::currentSecsSinceEpoch()),
                                          admin ? std::optional<QString>(*poolId) : std::nullopt),
                   exitCode);
}

int login(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const QString flow = arguments.value(QStringLiteral("flow"), QStringLiteral("password"));
    const QStringList flows = {QStringLiteral("password"), QStringLiteral("srp"),
                               QStringLiteral("admin"), QStringLiteral("admin-no-srp")};
    if (!flows.contains(flow))
        return context.usageError(
            tr("--flow takes password, srp, admin or admin-no-srp, not \"%1\".").arg(flow));
    const auto client = context.appClient(arguments, &exitCode);
    if (!client)
        return exitCode;
    const auto password =
        context.stdinSecret(arguments, QStringLiteral("password-stdin"), &exitCode);
    if (!password)
        return exitCode;
    const QString username = arguments.positional.value(0);
    std::optional<QString> poolId;
    if (flow != QLatin1String("password")) {
        // SRP hashes the pool's name; the admin flows name the pool.
        poolId = context.userPoolId(&exitCode);
        if (!poolId)
            return exitCode;
    }
    auto *provider = context.identityProvider(&exitCode);
    if (!provider)
        return exitCode;
    QFuture<aws::Result<cognito::AuthResponse>> future;
    if (flow == QLatin1String("password"))
        future = provider->initiateUserPasswordAuth(*client, username, *password);
    else if (flow == QLatin1String("srp"))
        future = provider->loginWithSrp(*poolId, *client, username, *password);
    else
        future = provider->adminInitiateAuth(*poolId, *client,
                                             flow == QLatin1String("admin")
                                                 ? cognito::AdminAuthFlow::UserPassword
                                                 : cognito::AdminAuthFlow::NoSrp,
                                             username, *password);
    auto response = awaitOr(context, future, &exitCode);
    if (response && arguments.isSet(QStringLiteral("auto-mfa")) &&
        response->challengeName == QLatin1String("SOFTWARE_TOKEN_MFA")) {
        const auto answered = answerWithTotp(context, *client, username, *response,
                                             flow.startsWith(QLatin1String("admin")), &exitCode);
        if (!answered)
            return exitCode;
        response = answered;
    }
    return response
               ? finishAuth(context, arguments, username, *response,
                            flow == QLatin1String("srp") ? auth::Grant::Srp : auth::Grant::Password)
               : exitCode;
}

int respond(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const QString kind = arguments.positional.value(0);
    const QString username = arguments.positional.value(1);
    if (kind != QLatin1String("new-password") && kind != QLatin1String("mfa"))
        return context.usageError(
            tr("auth respond takes new-password or mfa, not \"%1\".").arg(kind));
    const bool sessionFromStdin = arguments.isSet(QStringLiteral("session-stdin"));
    if (sessionFromStdin == arguments.isSet(QStringLiteral("session")))
        return context.usageError(
            tr("Give the Session of the challenge with --session-stdin (or --session S)."));
    QString session;
    if (sessionFromStdin) {
        const auto line =
            context.stdinSecret(arguments, QStringLiteral("session-stdin"), &exitCode);
        if (!line)
            return exitCode;
        session = line->trimmed();
    } else {
        // Kept for the scripts that use it, but the session is a credential: in argv, every
        // process of the machine can read it.
        session = arguments.value(QStringLiteral("session"));
        context.warnAfterward(tr("Warning: --session puts the session where other processes "
                                 "can read it; use --session-stdin."));
    }
    const auto attributes =
        parseAttributes(context, arguments.values(QStringLiteral("attribute")), &exitCode);
    if (!attributes)
        return exitCode;
    QString mfaType = arguments.value(QStringLiteral("type"), QStringLiteral("SOFTWARE_TOKEN_MFA"));
    if (kind == QLatin1String("mfa")) {
        if (!arguments.isSet(QStringLiteral("code")))
            return context.usageError(tr("--code is required."));
        if (mfaType != QLatin1String("SOFTWARE_TOKEN_MFA") && mfaType != QLatin1String("SMS_MFA"))
            return context.usageError(tr("--type takes SOFTWARE_TOKEN_MFA or SMS_MFA."));
    }
    const auto client = context.appClient(arguments, &exitCode);
    if (!client)
        return exitCode;
    std::optional<QString> adminPoolId;
    if (arguments.isSet(QStringLiteral("admin"))) {
        adminPoolId = context.userPoolId(&exitCode);
        if (!adminPoolId)
            return exitCode;
    }
    QString newPassword;
    if (kind == QLatin1String("new-password")) {
        const auto secret =
            context.stdinSecret(arguments, QStringLiteral("new-password-stdin"), &exitCode);
        if (!secret)
            return exitCode;
        newPassword = *secret;
    }
    auto *provider = context.identityProvider(&exitCode);
    if (!provider)
        return exitCode;
    const auto future =
        kind == QLatin1String("new-password")
            ? provider->respondToNewPasswordRequired(*client, session, username, newPassword,
                                                     *attributes, adminPoolId)
            : provider->respondToMfa(*client, mfaType, session, username,
                                     arguments.value(QStringLiteral("code")), adminPoolId);
    const auto response = awaitOr(context, future, &exitCode);
    return response ? finishAuth(context, arguments, username, *response, auth::Grant::Password)
                    : exitCode;
}

int refresh(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto client = context.appClient(arguments, &exitCode);
    if (!client)
        return exitCode;
    const auto token =
        context.stdinSecret(arguments, QStringLiteral("refresh-token-stdin"), &exitCode);
    if (!token)
        return exitCode;
    auto *provider = context.identityProvider(&exitCode);
    if (!provider)
        return exitCode;
    const auto response = awaitOr(
        context, provider->initiateRefreshTokenAuth(*client, arguments.positional.value(0), *token),
        &exitCode);
    return response ? context.printAuth(*response) : exitCode;
}

} // namespace

void addAuthCommands(CommandList &commands)
{
    const QString group = QStringLiteral("auth");
    const ArgumentSpec userArgument{QStringLiteral("USERNAME"), tr("The user's username.")};
    const OptionSpec attributeOption{QStringLiteral("attribute"), true, true,
                                     tr("Set an attribute (repeatable)."),
                                     QStringLiteral("NAME=VALUE")};
    commands.append({group,
                     QStringLiteral("sign-up"),
                     QStringLiteral("USERNAME --password-stdin [--attribute NAME=VALUE]... "
                                    "[--client-secret-stdin]"),
                     tr("Sign a user up (SignUp)."),
                     {{QStringLiteral("password-stdin"), false, false,
                       tr("Read the password from standard input.")},
                      attributeOption,
                      clientSecretOption()},
                     1,
                     1,
                     signUp,
                     {userArgument},
                     QStringLiteral("auth sign-up dave --password-stdin --attribute "
                                    "email=dave@example.com < password.txt")});
    commands.append({group,
                     QStringLiteral("confirm-sign-up"),
                     QStringLiteral("USERNAME --code CODE [--client-secret-stdin]"),
                     tr("Confirm a sign-up with the emailed code (ConfirmSignUp)."),
                     {{QStringLiteral("code"), true, false,
                       tr("The confirmation code the user received."), QStringLiteral("CODE")},
                      clientSecretOption()},
                     1,
                     1,
                     confirmSignUp,
                     {userArgument},
                     QStringLiteral("auth confirm-sign-up dave --code 123456")});
    commands.append({group,
                     QStringLiteral("resend-code"),
                     QStringLiteral("USERNAME [--client-secret-stdin]"),
                     tr("Send the sign-up confirmation code again (ResendConfirmationCode)."),
                     {clientSecretOption()},
                     1,
                     1,
                     resendCode,
                     {userArgument},
                     QStringLiteral("auth resend-code dave")});
    commands.append(
        {group,
         QStringLiteral("login"),
         QStringLiteral("USERNAME --password-stdin [--flow password|srp|admin|admin-no-srp] "
                        "[--client-secret-stdin] [--save] [--auto-mfa]"),
         tr("Log in: USER_PASSWORD_AUTH, USER_SRP_AUTH, ADMIN_USER_PASSWORD_AUTH or "
            "ADMIN_NO_SRP_AUTH. Exits 3 on a challenge."),
         {{QStringLiteral("password-stdin"), false, false,
           tr("Read the password from standard input.")},
          {QStringLiteral("flow"), true, false,
           tr("password (USER_PASSWORD_AUTH), srp (USER_SRP_AUTH), admin "
              "(ADMIN_USER_PASSWORD_AUTH) or admin-no-srp (ADMIN_NO_SRP_AUTH)."),
           QStringLiteral("password|srp|admin|admin-no-srp")},
          clientSecretOption(),
          saveOption(),
          {QStringLiteral("auto-mfa"), false, false,
           tr("Answer SOFTWARE_TOKEN_MFA with the code of the secret mfa enrol kept in the "
              "keychain.")}},
         1,
         1,
         login,
         {userArgument},
         QStringLiteral("auth login alice --password-stdin --flow srp --save < password.txt")});
    commands.append(
        {group,
         QStringLiteral("respond"),
         QStringLiteral(
             "new-password USERNAME (--session-stdin | --session S) --new-password-stdin "
             "[--attribute NAME=VALUE]... [--admin] [--save] | mfa USERNAME (--session-stdin | "
             "--session S) --code CODE [--type SOFTWARE_TOKEN_MFA|SMS_MFA] [--admin] [--save]"),
         tr("Answer a challenge; USERNAME is the challenge's USER_ID_FOR_SRP when it differs."),
         {{QStringLiteral("session"), true, false,
           tr("The Session of the challenge (printed by auth login); --session-stdin keeps it "
              "off the command line."),
           QStringLiteral("S")},
          {QStringLiteral("session-stdin"), false, false,
           tr("Read the challenge's Session from standard input.")},
          {QStringLiteral("new-password-stdin"), false, false,
           tr("Read the new password from standard input (new-password).")},
          {QStringLiteral("attribute"), true, true,
           tr("A required attribute the challenge asks for (repeatable)."),
           QStringLiteral("NAME=VALUE")},
          {QStringLiteral("code"), true, false, tr("The MFA code (mfa)."), QStringLiteral("CODE")},
          {QStringLiteral("type"), true, false,
           tr("The MFA challenge answered (default SOFTWARE_TOKEN_MFA)."),
           QStringLiteral("SOFTWARE_TOKEN_MFA|SMS_MFA")},
          {QStringLiteral("admin"), false, false,
           tr("Answer with AdminRespondToAuthChallenge (after an admin flow).")},
          clientSecretOption(),
          saveOption()},
         2,
         2,
         respond,
         {{QStringLiteral("new-password|mfa"), tr("The challenge answered.")}, userArgument},
         QStringLiteral("auth respond new-password carol --session-stdin "
                        "--new-password-stdin < session-and-new-password.txt")});
    commands.append(
        {group,
         QStringLiteral("refresh"),
         QStringLiteral("USERNAME --refresh-token-stdin [--client-secret-stdin]"),
         tr("New tokens from a refresh token (REFRESH_TOKEN_AUTH); USERNAME feeds "
            "SECRET_HASH."),
         {{QStringLiteral("refresh-token-stdin"), false, false,
           tr("Read the refresh token from standard input.")},
          clientSecretOption()},
         1,
         1,
         refresh,
         {{QStringLiteral("USERNAME"), tr("The user the token belongs to (for SECRET_HASH).")}},
         QStringLiteral("auth refresh alice --refresh-token-stdin < refresh.txt")});
}

} // namespace cdesk::cli
