// token: decode and verify JWTs.
#include "auth/jwks.h"
#include "auth/jwtverifier.h"
#include "aws/endpoint.h"
#include "aws/future.h"
#include "cli/command.h"
#include "cli/context.h"
#include "cli/sessions.h"
#include "cli/text.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace cdesk::cli {

namespace {

// TOKEN, or "-" / nothing for one line of standard input (a token is a credential: it is
// better piped than put in argv, where other processes can read it).
std::optional<QByteArray> tokenArgument(Context &context, const ParsedArguments &arguments,
                                        int *exitCode)
{
    const QString given = arguments.positional.value(0);
    if (!given.isEmpty() && given != QLatin1String("-")) {
        context.warnAfterward(tr("Warning: a token on the command line can be read by other "
                                 "processes; pipe it in instead (TOKEN omitted or -)."));
        return given.trimmed().toLatin1();
    }
    ParsedArguments fromStdin = arguments;
    fromStdin.options.prepend({QStringLiteral("token-stdin"), QString()});
    const auto line = context.stdinSecret(fromStdin, QStringLiteral("token-stdin"), exitCode);
    if (!line)
        return std::nullopt;
    return line->trimmed().toLatin1();
}

QJsonObject decodedJson(const auth::Jwt &jwt)
{
    return QJsonObject{{QStringLiteral("header"), jwt.header},
                       {QStringLiteral("claims"), jwt.claims}};
}

int decodeToken(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto token = tokenArgument(context, arguments, &exitCode);
    if (!token)
        return exitCode;
    QString error;
    const auto jwt = auth::Jwt::decode(*token, &error);
    if (!jwt)
        return context.usageError(tr("Not a JWT: %1").arg(error));
    return context.print(decodedJson(*jwt));
}

int verifyToken(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    auth::TokenExpectations expected;
    const QString use = arguments.value(QStringLiteral("token-use"));
    if (use == QLatin1String("id"))
        expected.tokenUse = auth::TokenUse::Id;
    else if (use == QLatin1String("access"))
        expected.tokenUse = auth::TokenUse::Access;
    else if (!use.isEmpty())
        return context.usageError(tr("--token-use takes id or access, not \"%1\".").arg(use));
    const GlobalOptions &globals = context.globals();
    if (globals.clientId.isEmpty())
        return context.usageError(
            tr("token verify checks the token's app client (aud or "
               "client_id): give --client-id or set COGNITO_DESK_CLIENT_ID."));
    expected.clientId = globals.clientId;
    QUrl endpoint;
    if (!globals.endpointUrl.isEmpty()) {
        const auto checked = aws::validateEndpointUrl(QUrl(globals.endpointUrl, QUrl::StrictMode));
        if (!checked)
            return context.fail(checked.error());
        endpoint = checked.value();
    }

    const auto token = tokenArgument(context, arguments, &exitCode);
    if (!token)
        return exitCode;
    // Without --user-pool-id the pool is read from the token's iss, but only the host that
    // the region (or the endpoint override) names is trusted, so a token cannot vouch for
    // its own issuer.
    QString poolId = globals.userPoolId;
    if (poolId.isEmpty()) {
        if (const auto jwt = auth::Jwt::decode(*token))
            poolId = QUrl(jwt->claims.value(QLatin1String("iss")).toString())
                         .path()
                         .section(QLatin1Char('/'), -1);
    }
    expected.issuers = auth::cognitoIssuers(globals.region, poolId, endpoint);
    if (expected.issuers.isEmpty() && !poolId.isEmpty())
        return context.usageError(
            tr("Cannot tell which issuer to trust for pool \"%1\": give --region or "
               "--endpoint-url.")
                .arg(poolId));

    QNetworkAccessManager network;
    auth::JwksCache cache(&network);
    auth::JwtVerifier verifier(&cache);
    const auto result = aws::await(verifier.verify(*token, expected));
    if (!result)
        return context.fail(result.error());
    const auth::Verification &verification = result.value();
    if (!verification.ok()) {
        context.err() << tr("Token refused (%1): %2")
                             .arg(auth::rejectionName(verification.rejection), verification.reason)
                      << '\n';
        context.err().flush();
        return VerificationFailed;
    }
    return context.print(decodedJson(*verification.jwt));
}

int getToken(Context &context, const ParsedArguments &arguments)
{
    int minTtl = DefaultMinTtlSeconds;
    if (arguments.isSet(QStringLiteral("min-ttl"))) {
        bool ok = false;
        minTtl = arguments.value(QStringLiteral("min-ttl")).toInt(&ok);
        // A Cognito token lives at most a day.
        if (!ok || minTtl < 0 || minTtl > 86400)
            return context.usageError(
                tr("--min-ttl takes a number of seconds from 0 to 86400, not \"%1\".")
                    .arg(arguments.value(QStringLiteral("min-ttl"))));
    }
    int exitCode = Success;
    const auto token =
        sessionToken(context, arguments, arguments.positional.value(0), minTtl, &exitCode);
    if (!token)
        return exitCode;
    // The token alone, so that $(cognito-desk-cli token get alice) is the token.
    context.out() << *token << '\n';
    context.out().flush();
    return Success;
}

} // namespace

void addTokenCommands(CommandList &commands)
{
    const ArgumentSpec tokenArgument{QStringLiteral("TOKEN|-"),
                                     tr("The JWT; - or nothing reads it from standard input.")};
    commands.append({QStringLiteral("token"),
                     QStringLiteral("decode"),
                     QStringLiteral("[TOKEN|-]"),
                     tr("Show a JWT's header and claims (nothing is checked)."),
                     {},
                     0,
                     1,
                     decodeToken,
                     {tokenArgument},
                     QStringLiteral("token decode - < id-token.txt")});
    commands.append(
        {QStringLiteral("token"),
         QStringLiteral("verify"),
         QStringLiteral("[TOKEN|-] [--token-use id|access]"),
         tr("Check a token's signature (the pool's JWKS), iss, aud/client_id, token_use and "
            "exp; exit 5 when refused."),
         {{QStringLiteral("token-use"), true, false,
           tr("The kind of token it must be: id or access."), QStringLiteral("id|access")}},
         0,
         1,
         verifyToken,
         {tokenArgument},
         QStringLiteral("token verify --token-use access - < access-token.txt")});
    QList<OptionSpec> getOptions = sessionTokenOptions();
    getOptions.insert(1, {QStringLiteral("min-ttl"), true, false,
                          tr("Refresh the session first when its token expires within this many "
                             "seconds (default 60)."),
                          QStringLiteral("SECONDS")});
    commands.append(
        {QStringLiteral("token"),
         QStringLiteral("get"),
         QStringLiteral("USERNAME [--use id|access] [--min-ttl SECONDS] [--client-secret-stdin]"),
         tr("Print one valid token of a saved session (auth login --save), refreshing it first "
            "when needed; exit 5 when it cannot be refreshed."),
         getOptions,
         1,
         1,
         getToken,
         {{QStringLiteral("USERNAME"), tr("The user whose saved session gives the token.")}},
         QStringLiteral("token get alice --use access --min-ttl 300")});
}

} // namespace cdesk::cli
