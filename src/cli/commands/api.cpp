// api: call an API with a token.
#include "auth/sessionstore.h"
#include "auth/tokenendpoint.h"
#include "auth/tokenset.h"
#include "aws/endpoint.h"
#include "aws/future.h"
#include "aws/sigv4.h"
#include "cli/command.h"
#include "cli/context.h"
#include "cli/sessions.h"
#include "cli/text.h"
#include "cognito/identityprovider.h"
#include "secrets/keychainstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace cdesk::cli {

namespace {

constexpr int ApiTimeoutMs = 60000;

QUrl endpointOverride(const GlobalOptions &globals)
{
    return globals.endpointUrl.isEmpty() ? QUrl() : QUrl(globals.endpointUrl, QUrl::StrictMode);
}

int callApi(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const GlobalOptions &globals = context.globals();
    const QUrl url(arguments.positional.value(0), QUrl::StrictMode);
    const auto checked = aws::validateEndpointUrl(url);
    if (!checked)
        return context.fail(checked.error());

    const QString use = arguments.value(QStringLiteral("use"), QStringLiteral("id"));
    if (use != QLatin1String("id") && use != QLatin1String("access"))
        return context.usageError(tr("--use takes id or access, not \"%1\".").arg(use));
    const int sources = int(arguments.isSet(QStringLiteral("as"))) +
                        int(arguments.isSet(QStringLiteral("token-stdin"))) +
                        int(arguments.isSet(QStringLiteral("basic")));
    if (sources > 1)
        return context.usageError(tr("Give one of --as, --token-stdin and --basic."));
    const bool sigv4 = arguments.isSet(QStringLiteral("sigv4"));
    const QString service = arguments.value(QStringLiteral("sigv4"));
    const QString identityPoolId = arguments.value(QStringLiteral("identity-pool-id"));
    if (sigv4) {
        static const QRegularExpression serviceName(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        if (!serviceName.match(service).hasMatch())
            return context.usageError(
                tr("--sigv4 takes the service to sign for, e.g. execute-api, not \"%1\".")
                    .arg(service));
        if (!arguments.isSet(QStringLiteral("as")) || identityPoolId.isEmpty())
            return context.usageError(
                tr("--sigv4 signs with a user's identity-pool credentials: give --as USERNAME "
                   "and --identity-pool-id ID."));
        if (arguments.isSet(QStringLiteral("bearer")) || arguments.isSet(QStringLiteral("use")))
            return context.usageError(
                tr("--sigv4 sends no token: --bearer and --use do not apply."));
    } else if (!identityPoolId.isEmpty()) {
        return context.usageError(
            tr("--identity-pool-id goes with --sigv4 (the credentials that sign the call)."));
    }
    // A credential in argv can be read by every process of the machine: refused before
    // anything is read or sent.
    for (const QString &header : arguments.values(QStringLiteral("header"))) {
        const QString name = header.section(QLatin1Char(':'), 0, 0).trimmed();
        if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0 ||
            name.compare(QLatin1String("Proxy-Authorization"), Qt::CaseInsensitive) == 0)
            return context.usageError(
                tr("--header does not take %1: a credential on the command line can be read by "
                   "other processes. Give the token with --token-stdin (or --as, or --basic "
                   "USERNAME --password-stdin).")
                    .arg(name));
    }

    auth::ApiRequest request;
    request.url = url;
    request.timeoutMs = ApiTimeoutMs;
    if (arguments.isSet(QStringLiteral("basic"))) {
        const auto password =
            context.stdinSecret(arguments, QStringLiteral("password-stdin"), &exitCode);
        if (!password)
            return exitCode;
        request.headers.append(
            {"Authorization",
             auth::basicAuthorization(arguments.value(QStringLiteral("basic")), *password)});
    } else if (sigv4) {
        // Signed below, once the body and headers are known.
    } else if (sources == 1) {
        QString token;
        if (arguments.isSet(QStringLiteral("token-stdin"))) {
            const auto given =
                context.stdinSecret(arguments, QStringLiteral("token-stdin"), &exitCode);
            if (!given)
                return exitCode;
            token = given->trimmed();
        } else {
            const auto tokens =
                freshSession(context, arguments, arguments.value(QStringLiteral("as")),
                             DefaultMinTtlSeconds, SessionFailure::ErrorsOwnCode, &exitCode);
            if (!tokens)
                return exitCode;
            token = use == QLatin1String("id") ? tokens->idToken : tokens->accessToken;
        }
        if (token.isEmpty())
            return context.usageError(tr("There is no %1 token to send.").arg(use));
        // API Gateway's Cognito authorizer takes the bare token; --bearer for the others.
        const QString value =
            arguments.isSet(QStringLiteral("bearer")) ? QStringLiteral("Bearer ") + token : token;
        request.headers.append({"Authorization", value.toLatin1()});
    }

    const QString data = arguments.value(QStringLiteral("data"));
    if (data.startsWith(QLatin1Char('@'))) {
        QFile file(data.mid(1));
        if (!file.open(QIODevice::ReadOnly))
            return context.localError(
                tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        request.body = file.readAll();
    } else {
        request.body = data.toUtf8();
    }
    for (const QString &header : arguments.values(QStringLiteral("header"))) {
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return context.usageError(tr("--header takes 'Name: value', not \"%1\".").arg(header));
        request.headers.append(
            {header.left(colon).trimmed().toUtf8(), header.mid(colon + 1).trimmed().toUtf8()});
    }
    request.method =
        arguments
            .value(QStringLiteral("method"),
                   request.body.isEmpty() ? QStringLiteral("GET") : QStringLiteral("POST"))
            .toUpper()
            .toLatin1();

    if (sigv4) {
        const auto credentials =
            userIdentityCredentials(context, arguments, arguments.value(QStringLiteral("as")),
                                    identityPoolId, SessionFailure::ErrorsOwnCode, &exitCode);
        if (!credentials)
            return exitCode;
        const QString region = auth::apiSigningRegion(
            url, globals.region.isEmpty() ? cognito::identityPoolRegion(identityPoolId)
                                          : globals.region);
        // The body goes as application/json unless a header says otherwise: sign what is sent.
        const bool typed =
            std::any_of(request.headers.cbegin(), request.headers.cend(), [](const auto &header) {
                return header.first.compare("content-type", Qt::CaseInsensitive) == 0;
            });
        if (!request.body.isEmpty() && !typed)
            request.headers.append(
                {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        auth::signApiRequest(&request, credentials->credentials, service, region);
    }

    QNetworkAccessManager network;
    const auto sent = aws::await(auth::sendApiRequest(&network, request));
    if (!sent)
        return context.fail(sent.error());
    const auth::ApiReply &reply = sent.value();
    if (globals.verbose) {
        context.err() << "HTTP " << reply.status << ' ' << reply.reason << '\n';
        for (const auto &[name, value] : reply.headers)
            context.err() << QString::fromLatin1(name) << ": " << QString::fromLatin1(value)
                          << '\n';
        context.err().flush();
    }
    context.out() << QString::fromUtf8(reply.body);
    if (!reply.body.endsWith('\n') && !reply.body.isEmpty())
        context.out() << '\n';
    context.out().flush();

    if (arguments.isSet(QStringLiteral("save-as"))) {
        // A token endpoint's answer: its AuthenticationResult becomes the user's session,
        // the refresh token in the keychain only.
        const auto tokens = auth::tokensFromTokenEndpoint(reply);
        if (!tokens)
            return context.fail(tokens.error());
        const QString clientId =
            globals.clientId.isEmpty() ? tokens.value().clientId() : globals.clientId;
        secrets::KeychainStore keychain;
        QSettings settings;
        auth::SessionStore store(&keychain, &settings);
        const auto saved = aws::await(
            store.save(auth::SessionKey::make(endpointOverride(globals), globals.region, clientId,
                                              arguments.value(QStringLiteral("save-as"))),
                       tokens.value()));
        if (!saved)
            return context.fail(saved.error());
        if (globals.verbose)
            context.err() << tr("Saved the tokens as the session of %1.")
                                 .arg(arguments.value(QStringLiteral("save-as")))
                          << '\n';
        return Success;
    }
    if (reply.status < 200 || reply.status >= 300) {
        context.err() << tr("HTTP %1: the API refused the request.").arg(reply.status) << '\n';
        context.err().flush();
        return ServiceError;
    }
    return Success;
}

} // namespace

void addApiCommands(CommandList &commands)
{
    commands.append(
        {QStringLiteral("api"),
         QStringLiteral("call"),
         QStringLiteral("URL [--method POST] [--data JSON|@FILE] [--as USERNAME] [--token-stdin] "
                        "[--use id|access] [--bearer] [--header 'K: V']... [--basic USERNAME "
                        "--password-stdin] [--sigv4 SERVICE --identity-pool-id ID] "
                        "[--save-as USERNAME] [--client-secret-stdin]"),
         tr("Call an API with a token in Authorization (the ID token, no Bearer, by default), "
            "or signed with SigV4 by the user's identity-pool credentials (--sigv4); a saved "
            "session is refreshed first when it has expired."),
         {{QStringLiteral("method"), true, false,
           tr("The HTTP method (default GET, or POST with --data)."), QStringLiteral("METHOD")},
          {QStringLiteral("data"), true, false,
           tr("The request body, or @FILE to send a file's content."),
           QStringLiteral("JSON|@FILE")},
          {QStringLiteral("as"), true, false,
           tr("Send the saved session's token of this user (auth login --save)."),
           QStringLiteral("USERNAME")},
          {QStringLiteral("token-stdin"), false, false,
           tr("Read the token to send from standard input.")},
          {QStringLiteral("use"), true, false, tr("Which token to send: id (default) or access."),
           QStringLiteral("id|access")},
          {QStringLiteral("bearer"), false, false,
           tr("Prefix the token with \"Bearer \" in Authorization.")},
          {QStringLiteral("header"), true, true, tr("Add a request header (repeatable)."),
           QStringLiteral("'K: V'")},
          {QStringLiteral("basic"), true, false,
           tr("Send HTTP Basic credentials of this user instead of a token."),
           QStringLiteral("USERNAME")},
          {QStringLiteral("password-stdin"), false, false,
           tr("Read the --basic password from standard input.")},
          {QStringLiteral("sigv4"), true, false,
           tr("Sign the call with SigV4 for this service (execute-api for an API Gateway API "
              "with IAM authorization) with --as's identity-pool credentials."),
           QStringLiteral("SERVICE")},
          identityPoolIdOption(),
          {QStringLiteral("save-as"), true, false,
           tr("Keep the response's AuthenticationResult tokens as this user's session."),
           QStringLiteral("USERNAME")},
          {QStringLiteral("client-secret-stdin"), false, false,
           tr("Read the app client's secret from standard input (to refresh a session).")}},
         1,
         1,
         callApi,
         {{QStringLiteral("URL"), tr("The API's URL (https, or http on localhost).")}},
         QStringLiteral("api call https://api.example.com/orders --as alice --use access "
                        "--bearer")});
}

} // namespace cdesk::cli
