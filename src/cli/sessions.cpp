#include "cli/sessions.h"

#include "auth/sessionstore.h"
#include "auth/totp.h"
#include "aws/future.h"
#include "cli/context.h"
#include "cli/text.h"
#include "cognito/fixtures.h"
#include "cognito/identityprovider.h"
#include "secrets/keychainstore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSettings>

namespace cdesk::cli {

namespace {

QUrl endpointOverride(const GlobalOptions &globals)
{
    return globals.endpointUrl.isEmpty() ? QUrl() : QUrl(globals.endpointUrl, QUrl::StrictMode);
}

} // namespace

std::optional<auth::TokenSet> freshSession(Context &context, const ParsedArguments &arguments,
                                           const QString &username, int minTtlSeconds,
                                           SessionFailure failure, int *exitCode)
{
    const auto fail = [&](const aws::AwsError &error) -> std::optional<auth::TokenSet> {
        const int code = context.fail(error);
        *exitCode = failure == SessionFailure::VerificationFailed ? int(VerificationFailed) : code;
        return std::nullopt;
    };
    const GlobalOptions &globals = context.globals();
    if (globals.clientId.isEmpty()) {
        *exitCode = context.usageError(tr("A saved session belongs to an app client: give "
                                          "--client-id or set COGNITO_DESK_CLIENT_ID."));
        return std::nullopt;
    }
    secrets::KeychainStore keychain;
    QSettings settings;
    auth::SessionStore store(&keychain, &settings);
    const auth::SessionKey key = auth::SessionKey::make(endpointOverride(globals), globals.region,
                                                        globals.clientId, username);
    auto loaded = aws::await(store.load(key));
    if (!loaded) {
        // A locked or missing keychain stays a local problem (exit 4) for every caller.
        if (loaded.error().type != QLatin1String("SessionNotFound")) {
            *exitCode = context.fail(loaded.error());
            return std::nullopt;
        }
        return fail(loaded.error());
    }
    auth::TokenSet tokens = loaded.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!tokens.isExpired(now, minTtlSeconds))
        return tokens;

    QString clientSecret;
    if (arguments.isSet(QStringLiteral("client-secret-stdin"))) {
        const auto secret =
            context.stdinSecret(arguments, QStringLiteral("client-secret-stdin"), exitCode);
        if (!secret)
            return std::nullopt;
        clientSecret = *secret;
    }
    cognito::IdentityProvider *provider = nullptr;
    if (tokens.grant != auth::Grant::Code) {
        provider = context.identityProvider(exitCode);
        if (!provider)
            return std::nullopt;
    }
    if (globals.verbose)
        context.err() << tr("The saved session of %1 expires within %2 s; refreshing it.")
                             .arg(username)
                             .arg(minTtlSeconds)
                      << '\n';
    QNetworkAccessManager network;
    const auto refreshed =
        aws::await(auth::refreshTokens(provider, &network, tokens, clientSecret, now));
    if (!refreshed)
        return fail(refreshed.error());
    const auto saved = aws::await(store.save(key, refreshed.value()));
    if (!saved) {
        *exitCode = context.fail(saved.error());
        return std::nullopt;
    }
    return refreshed.value();
}

QString totpEntry(const GlobalOptions &globals, const QString &userPoolId, const QString &username)
{
    const QString endpoint =
        auth::SessionKey::make(endpointOverride(globals), globals.region, {}, username).endpoint;
    return auth::totpSecretKey(endpoint, userPoolId, username);
}

QString fixturePasswordEntry(const GlobalOptions &globals, const QString &userPoolId,
                             const QString &username)
{
    const QString endpoint =
        auth::SessionKey::make(endpointOverride(globals), globals.region, {}, username).endpoint;
    return cognito::fixturePasswordKey(endpoint, userPoolId, username);
}

const QList<OptionSpec> &sessionTokenOptions()
{
    static const QList<OptionSpec> options{
        {QStringLiteral("use"), true, false, tr("Which token: id (default) or access."),
         QStringLiteral("id|access")},
        {QStringLiteral("client-secret-stdin"), false, false,
         tr("Read the app client's secret from standard input (to refresh the session).")}};
    return options;
}

std::optional<QString> sessionToken(Context &context, const ParsedArguments &arguments,
                                    const QString &username, int minTtlSeconds, int *exitCode)
{
    const QString use = arguments.value(QStringLiteral("use"), QStringLiteral("id"));
    if (use != QLatin1String("id") && use != QLatin1String("access")) {
        *exitCode = context.usageError(tr("--use takes id or access, not \"%1\".").arg(use));
        return std::nullopt;
    }
    const auto tokens = freshSession(context, arguments, username, minTtlSeconds,
                                     SessionFailure::VerificationFailed, exitCode);
    if (!tokens)
        return std::nullopt;
    const QString token = use == QLatin1String("id") ? tokens->idToken : tokens->accessToken;
    if (token.isEmpty()) {
        context.err() << tr("The saved session of %1 has no %2 token.").arg(username, use) << '\n';
        context.err().flush();
        *exitCode = VerificationFailed;
        return std::nullopt;
    }
    return token;
}

} // namespace cdesk::cli
