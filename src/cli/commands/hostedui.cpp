// auth hosted-ui: sign in through the hosted UI (implicit grant, or code + PKCE) and
// receive the redirect on this machine.
#include "auth/hostedui.h"

#include "auth/jwtverifier.h"
#include "auth/sessionstore.h"
#include "aws/endpoint.h"
#include "aws/future.h"
#include "cli/command.h"
#include "cli/context.h"
#include "cli/text.h"
#include "cognito/identityprovider.h"
#include "secrets/keychainstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpServer>

#include <unistd.h>

namespace cdesk::cli {

namespace {

constexpr int DefaultTimeoutSeconds = 300;

// The system browser. QDesktopServices would need QtGui (and a QGuiApplication) in a
// command-line program; on the desktops we target it ends in xdg-open anyway.
void openSystemBrowser(const QUrl &url, QTextStream &err)
{
    if (!QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)}))
        err << tr("Could not start a browser (xdg-open); open the URL above yourself.") << '\n';
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// Where the hosted UI lives: --domain, else the profile's hosted-UI domain, else what the
// pool says (auth::resolveHostedUiDomain: the endpoint override's origin for cognito-local
// and cognito-sim, else the pool's custom or prefix domain).
std::optional<QUrl> hostedUiDomain(Context &context, const ParsedArguments &arguments,
                                   cognito::IdentityProvider *provider, const QString &poolId,
                                   int *exitCode)
{
    QString given = arguments.value(QStringLiteral("domain"));
    if (given.isEmpty() && context.globals().cognitoProfile)
        given = context.globals().cognitoProfile->hostedUiDomain;
    QUrl domain;
    if (!given.isEmpty()) {
        if (!given.contains(QLatin1String("://")))
            given.prepend(QLatin1String("https://"));
        domain = QUrl(given, QUrl::StrictMode);
    } else {
        const auto resolved = aws::await(auth::resolveHostedUiDomain(provider, poolId));
        if (!resolved) {
            *exitCode = resolved.error().type == QLatin1String("NoHostedUiDomain")
                            ? context.usageError(resolved.error().message + QLatin1Char(' ') +
                                                 tr("Or give --domain."))
                            : context.fail(resolved.error());
            return std::nullopt;
        }
        domain = resolved.value();
    }
    const auto checked = aws::validateEndpointUrl(domain);
    if (!checked) {
        *exitCode = context.fail(checked.error());
        return std::nullopt;
    }
    return checked.value();
}

int hostedUi(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const GlobalOptions &globals = context.globals();
    if (globals.clientId.isEmpty())
        return context.usageError(tr("auth hosted-ui needs the app client: give --client-id or set "
                                     "COGNITO_DESK_CLIENT_ID."));
    const auto poolId = context.userPoolId(&exitCode);
    if (!poolId)
        return exitCode;
    const QString grantText = arguments.value(QStringLiteral("grant"), QStringLiteral("code"));
    if (grantText != QLatin1String("code") && grantText != QLatin1String("implicit"))
        return context.usageError(tr("--grant takes code or implicit, not \"%1\".").arg(grantText));
    const auth::HostedUiGrant grant = grantText == QLatin1String("code")
                                          ? auth::HostedUiGrant::Code
                                          : auth::HostedUiGrant::Implicit;
    bool timeoutOk = true;
    const int timeoutSeconds = arguments.isSet(QStringLiteral("timeout"))
                                   ? arguments.value(QStringLiteral("timeout")).toInt(&timeoutOk)
                                   : DefaultTimeoutSeconds;
    if (!timeoutOk || timeoutSeconds <= 0)
        return context.usageError(tr("--timeout takes a positive number of seconds."));
    QString clientSecret;
    if (arguments.isSet(QStringLiteral("client-secret-stdin"))) {
        const auto secret =
            context.stdinSecret(arguments, QStringLiteral("client-secret-stdin"), &exitCode);
        if (!secret)
            return exitCode;
        clientSecret = *secret;
    }

    auto *provider = context.identityProvider(&exitCode);
    if (!provider)
        return exitCode;

    // The client's registered callback URLs decide where the redirect may go.
    const auto described = aws::await(provider->call(
        QStringLiteral("DescribeUserPoolClient"),
        {{QStringLiteral("UserPoolId"), *poolId}, {QStringLiteral("ClientId"), globals.clientId}}));
    if (!described)
        return context.fail(described.error());
    const QJsonObject client = described.value().value(QLatin1String("UserPoolClient")).toObject();
    if (clientSecret.isEmpty())
        clientSecret = client.value(QLatin1String("ClientSecret")).toString();
    QStringList callbacks;
    const QJsonArray registered = client.value(QLatin1String("CallbackURLs")).toArray();
    for (const QJsonValue &url : registered)
        callbacks.append(url.toString());

    QString why;
    auto redirect = auth::chooseRedirectUri(
        callbacks, QUrl(arguments.value(QStringLiteral("redirect-uri")), QUrl::StrictMode), &why);
    if (!redirect) {
        const quint16 port = freeLoopbackPort();
        bool registerCallback = arguments.isSet(QStringLiteral("register-callback")) &&
                                !arguments.isSet(QStringLiteral("redirect-uri"));
        if (!registerCallback) {
            context.err() << why << '\n';
            if (!arguments.isSet(QStringLiteral("redirect-uri")) && isatty(STDIN_FILENO) &&
                isatty(STDERR_FILENO)) {
                // A person at a terminal: make the offer a question.
                context.err() << tr("Add http://127.0.0.1:%1/callback to the app client's callback "
                                    "URLs now (the rest of its configuration is sent back "
                                    "unchanged)? [y/N] ")
                                     .arg(port);
                context.err().flush();
                QTextStream terminal(stdin);
                registerCallback =
                    terminal.readLine().trimmed().toLower().startsWith(QLatin1Char('y'));
            } else {
                context.err() << tr("Run again with --register-callback to add "
                                    "http://127.0.0.1:%1/callback to the app client's callback "
                                    "URLs (the rest of its configuration is sent back unchanged).")
                                     .arg(port)
                              << '\n';
            }
            context.err().flush();
            if (!registerCallback)
                return UsageError;
        }
        // The address, not localhost (RFC 8252 §8.3): the browser then cannot go to an ::1
        // that some other program listens on.
        const QUrl added(QStringLiteral("http://127.0.0.1:%1/callback").arg(port),
                         QUrl::StrictMode);
        // UpdateUserPoolClient resets whatever it is not sent: send the whole client back.
        const auto updated = aws::await(provider->call(QStringLiteral("UpdateUserPoolClient"),
                                                       auth::addCallbackUrlRequest(client, added)));
        if (!updated)
            return context.fail(updated.error());
        context.err() << tr("Added %1 to the app client's callback URLs.").arg(added.toString())
                      << '\n';
        redirect = added;
    }

    // The hosted UI would only answer unauthorized_client after the sign-in: say it now.
    const QString flow =
        grant == auth::HostedUiGrant::Code ? QStringLiteral("code") : QStringLiteral("implicit");
    if (!client.value(QLatin1String("AllowedOAuthFlowsUserPoolClient")).toBool() ||
        !client.value(QLatin1String("AllowedOAuthFlows")).toArray().contains(QJsonValue(flow)))
        context.err() << tr("Warning: the app client does not allow the %1 grant "
                            "(AllowedOAuthFlows, AllowedOAuthFlowsUserPoolClient); the hosted UI "
                            "will refuse the sign-in.")
                             .arg(flow)
                      << '\n';

    const auto domain = hostedUiDomain(context, arguments, provider, *poolId, &exitCode);
    if (!domain)
        return exitCode;

    auth::HostedUiLogin::Options options;
    options.domain = *domain;
    options.clientId = globals.clientId;
    options.clientSecret = clientSecret;
    options.redirectUri = *redirect;
    options.grant = grant;
    options.timeoutMs = timeoutSeconds * 1000;
    // The implicit grant's tokens are verified against this pool's issuer before they are
    // printed or saved (a failure exits 5, see exitCodeFor).
    options.issuers = auth::cognitoIssuers(
        globals.region, *poolId,
        globals.endpointUrl.isEmpty() ? QUrl() : QUrl(globals.endpointUrl, QUrl::StrictMode));
    if (arguments.isSet(QStringLiteral("scope")))
        options.scopes =
            arguments.value(QStringLiteral("scope"))
                .split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);

    QNetworkAccessManager network;
    auth::HostedUiLogin login(&network, options);
    QTextStream &err = context.err();
    QObject::connect(&login, &auth::HostedUiLogin::requestRefused, &login,
                     [&err, verbose = globals.verbose](const QString &reason) {
                         if (verbose) {
                             err << reason << '\n';
                             err.flush();
                         }
                     });
    const bool openBrowser = !arguments.isSet(QStringLiteral("no-browser"));
    const auto result = aws::await(login.start([&err, openBrowser, redirect](const QUrl &url) {
        err << tr("Sign in at this URL (waiting on %1):").arg(redirect->toString()) << '\n'
            << url.toString(QUrl::FullyEncoded) << '\n';
        err.flush();
        if (openBrowser)
            openSystemBrowser(url, err);
    }));
    if (!result)
        return context.fail(result.error());
    const auth::TokenSet &tokens = result.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (arguments.isSet(QStringLiteral("save"))) {
        QUrl endpoint;
        if (!globals.endpointUrl.isEmpty())
            endpoint = QUrl(globals.endpointUrl, QUrl::StrictMode);
        secrets::KeychainStore keychain;
        QSettings settings;
        auth::SessionStore store(&keychain, &settings);
        const auto saved = aws::await(store.save(
            auth::SessionKey::make(endpoint, globals.region, globals.clientId, tokens.username()),
            tokens));
        if (!saved)
            return context.fail(saved.error());
    }
    return context.print(tokens.toOAuthJson(now));
}

} // namespace

void addHostedUiCommands(CommandList &commands)
{
    commands.append(
        {QStringLiteral("auth"),
         QStringLiteral("hosted-ui"),
         QStringLiteral("[--grant implicit|code] [--domain URL] [--redirect-uri URL] "
                        "[--scope \"openid email\"] [--no-browser] [--timeout SECONDS] [--save] "
                        "[--register-callback] [--client-secret-stdin]"),
         tr("Sign in through the hosted UI in a browser; the redirect is received on this "
            "machine and the tokens printed."),
         {{QStringLiteral("grant"), true, false, tr("The OAuth grant: code (default) or implicit."),
           QStringLiteral("implicit|code")},
          {QStringLiteral("domain"), true, false,
           tr("The hosted UI's domain (default: the profile's, else the pool's)."),
           QStringLiteral("URL")},
          {QStringLiteral("redirect-uri"), true, false,
           tr("A loopback callback URL of the client to listen on."), QStringLiteral("URL")},
          {QStringLiteral("scope"), true, false, tr("The scopes asked for, space-separated."),
           QStringLiteral("\"openid email\"")},
          {QStringLiteral("no-browser"), false, false,
           tr("Only print the authorize URL; open it yourself.")},
          {QStringLiteral("timeout"), true, false,
           tr("How long to wait for the redirect, in seconds (default 300)."),
           QStringLiteral("SECONDS")},
          {QStringLiteral("save"), false, false,
           tr("Keep the tokens as the user's session for api call --as and token get.")},
          {QStringLiteral("register-callback"), false, false,
           tr("Add a loopback callback URL to the app client when it has none.")},
          {QStringLiteral("client-secret-stdin"), false, false,
           tr("Read the app client's secret from standard input.")}},
         0,
         0,
         hostedUi,
         {},
         QStringLiteral("auth hosted-ui --grant code --scope \"openid email\" --save")});
}

} // namespace cdesk::cli
