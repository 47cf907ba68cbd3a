// auth: sign-up, login flows, challenges, refresh. (The hosted UI lives in hostedui.cpp.)
#include "auth/sessionstore.h"
#include "auth/tokenset.h"
#include "cli/command.h"
#include "cli/support.h"
#include "cognito/identityprovider.h"
#include "secrets/keychainstore.h"

#include <QCoreApplication>
#include <QSettings>

namespace cdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::cli", text);
}

const OptionSpec clientSecretOption{QStringLiteral("client-secret-stdin"), false};
const OptionSpec saveOption{QStringLiteral("save"), false};

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
    const auto response = awaitOr(context, future, &exitCode);
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
        context.err() << tr("Warning: --session puts the session where other processes can read "
                            "it; use --session-stdin.")
                      << '\n';
        context.err().flush();
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
    commands.append({group,
                     QStringLiteral("sign-up"),
                     QStringLiteral("USERNAME --password-stdin [--attribute NAME=VALUE]... "
                                    "[--client-secret-stdin]"),
                     tr("Sign a user up (SignUp)."),
                     {{QStringLiteral("password-stdin"), false},
                      {QStringLiteral("attribute"), true, true},
                      clientSecretOption},
                     1,
                     1,
                     signUp});
    commands.append({group,
                     QStringLiteral("confirm-sign-up"),
                     QStringLiteral("USERNAME --code CODE [--client-secret-stdin]"),
                     tr("Confirm a sign-up with the emailed code (ConfirmSignUp)."),
                     {{QStringLiteral("code"), true}, clientSecretOption},
                     1,
                     1,
                     confirmSignUp});
    commands.append({group,
                     QStringLiteral("resend-code"),
                     QStringLiteral("USERNAME [--client-secret-stdin]"),
                     tr("Send the sign-up confirmation code again (ResendConfirmationCode)."),
                     {clientSecretOption},
                     1,
                     1,
                     resendCode});
    commands.append(
        {group,
         QStringLiteral("login"),
         QStringLiteral("USERNAME --password-stdin [--flow password|srp|admin|admin-no-srp] "
                        "[--client-secret-stdin] [--save]"),
         tr("Log in: USER_PASSWORD_AUTH, USER_SRP_AUTH, ADMIN_USER_PASSWORD_AUTH or "
            "ADMIN_NO_SRP_AUTH. Exits 3 on a challenge."),
         {{QStringLiteral("password-stdin"), false},
          {QStringLiteral("flow"), true},
          clientSecretOption,
          saveOption},
         1,
         1,
         login});
    commands.append(
        {group,
         QStringLiteral("respond"),
         QStringLiteral(
             "new-password USERNAME (--session-stdin | --session S) --new-password-stdin "
             "[--attribute NAME=VALUE]... [--admin] [--save] | mfa USERNAME (--session-stdin | "
             "--session S) --code CODE [--type SOFTWARE_TOKEN_MFA|SMS_MFA] [--admin] [--save]"),
         tr("Answer a challenge; USERNAME is the challenge's USER_ID_FOR_SRP when it differs."),
         {{QStringLiteral("session"), true},
          {QStringLiteral("session-stdin"), false},
          {QStringLiteral("new-password-stdin"), false},
          {QStringLiteral("attribute"), true, true},
          {QStringLiteral("code"), true},
          {QStringLiteral("type"), true},
          {QStringLiteral("admin"), false},
          clientSecretOption,
          saveOption},
         2,
         2,
         respond});
    commands.append({group,
                     QStringLiteral("refresh"),
                     QStringLiteral("USERNAME --refresh-token-stdin [--client-secret-stdin]"),
                     tr("New tokens from a refresh token (REFRESH_TOKEN_AUTH); USERNAME feeds "
                        "SECRET_HASH."),
                     {{QStringLiteral("refresh-token-stdin"), false}, clientSecretOption},
                     1,
                     1,
                     refresh});
}

} // namespace cdesk::cli
