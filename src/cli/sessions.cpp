#include "cli/sessions.h"

#include "auth/freshsession.h"
#include "auth/jwt.h"
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
    QNetworkAccessManager network;
    // Asked only when the session expires within minTtlSeconds: the client secret is read and
    // the provider made only then. Each reports its own failure.
    bool meansFailed = false;
    const auto means = [&](const auth::TokenSet &expiring) -> std::optional<auth::RefreshMeans> {
        auth::RefreshMeans given;
        given.network = &network;
        if (arguments.isSet(QStringLiteral("client-secret-stdin"))) {
            const auto secret =
                context.stdinSecret(arguments, QStringLiteral("client-secret-stdin"), exitCode);
            if (!secret) {
                meansFailed = true;
                return std::nullopt;
            }
            given.clientSecret = *secret;
        }
        if (expiring.grant != auth::Grant::Code) {
            given.provider = context.identityProvider(exitCode);
            if (!given.provider) {
                meansFailed = true;
                return std::nullopt;
            }
        }
        if (globals.verbose)
            context.err() << tr("The saved session of %1 expires within %2 s; refreshing it.")
                                 .arg(username)
                                 .arg(minTtlSeconds)
                          << '\n';
        return given;
    };
    const auth::FreshSession session = aws::await(
        auth::freshSession(&store, key, minTtlSeconds, means, QDateTime::currentDateTimeUtc()));
    if (session.ok())
        return session.tokens;
    switch (session.step) {
    case auth::FreshSessionStep::Load:
        // A locked or missing keychain stays a local problem (exit 4) for every caller.
        if (session.error.type != QLatin1String("SessionNotFound")) {
            *exitCode = context.fail(session.error);
            return std::nullopt;
        }
        return fail(session.error);
    case auth::FreshSessionStep::Means:
        if (meansFailed)
            return std::nullopt; // reported, *exitCode set
        return fail(session.error);
    case auth::FreshSessionStep::Refresh:
        return fail(session.error);
    case auth::FreshSessionStep::Save:
        *exitCode = context.fail(session.error);
        return std::nullopt;
    }
    return fail(session.error);
}

std::optional<cognito::IdentityCredentials>
userIdentityCredentials(Context &context, const ParsedArguments &arguments, const QString &username,
                        const QString &identityPoolId, SessionFailure failure, int *exitCode)
{
    const QString region = cognito::identityPoolRegion(identityPoolId);
    if (region.isEmpty()) {
        *exitCode = context.usageError(
            tr("\"%1\" is not an identity pool id: it looks like REGION:UUID, e.g. "
               "us-east-1:0a1b2c3d-….")
                .arg(identityPoolId));
        return std::nullopt;
    }
    const auto tokens =
        freshSession(context, arguments, username, DefaultMinTtlSeconds, failure, exitCode);
    if (!tokens)
        return std::nullopt;
    const QString &idToken = tokens->idToken;
    if (idToken.isEmpty()) {
        context.err() << tr("The saved session of %1 has no ID token.").arg(username) << '\n';
        context.err().flush();
        *exitCode = VerificationFailed;
        return std::nullopt;
    }
    // The login names the user pool that issued the token (its iss ends in the pool id).
    QString error;
    const auto jwt = auth::Jwt::decode(idToken.toLatin1(), &error);
    const QString userPoolId = jwt ? QUrl(jwt->claims.value(QLatin1String("iss")).toString())
                                         .path()
                                         .section(QLatin1Char('/'), -1)
                                   : QString();
    if (userPoolId.isEmpty()) {
        *exitCode = context.localError(
            tr("The saved session's ID token does not name its user pool (iss): %1")
                .arg(error.isEmpty() ? tr("no issuer") : error));
        return std::nullopt;
    }
    cognito::IdentityPools *pools = context.identityPools(region, exitCode);
    if (!pools)
        return std::nullopt;
    const auto credentials =
        aws::await(pools->credentialsForUserPoolToken(identityPoolId, userPoolId, idToken));
    if (!credentials) {
        *exitCode = context.fail(credentials.error());
        return std::nullopt;
    }
    return credentials.value();
}

OptionSpec identityPoolIdOption()
{
    return {QStringLiteral("identity-pool-id"), true, false,
            tr("The identity pool (REGION:UUID) that exchanges the user's ID token for AWS "
               "credentials."),
            QStringLiteral("ID")};
}

QString keychainEndpoint(const GlobalOptions &globals)
{
    return auth::SessionKey::make(endpointOverride(globals), globals.region, {}, {}).endpoint;
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
