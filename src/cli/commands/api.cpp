// api: call an API with a token.
#include "auth/sessionstore.h"
#include "auth/tokenset.h"
#include "aws/endpoint.h"
#include "aws/future.h"
#include "cli/command.h"
#include "cli/context.h"
#include "cognito/identityprovider.h"
#include "secrets/keychainstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>

namespace cdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::cli", text);
}

constexpr int ApiTimeoutMs = 60000;

QUrl endpointOverride(const GlobalOptions &globals)
{
    return globals.endpointUrl.isEmpty() ? QUrl() : QUrl(globals.endpointUrl, QUrl::StrictMode);
}

// The saved session of `username`, refreshed first (and saved again) when it has expired.
std::optional<auth::TokenSet> savedSession(Context &context, const ParsedArguments &arguments,
                                           const QString &username, int *exitCode)
{
    const GlobalOptions &globals = context.globals();
    if (globals.clientId.isEmpty()) {
        *exitCode = context.usageError(tr("--as needs the app client the session belongs to: give "
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
        *exitCode = context.fail(loaded.error());
        return std::nullopt;
    }
    auth::TokenSet tokens = loaded.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!tokens.isExpired(now))
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
        context.err() << tr("The saved session of %1 has expired; refreshing it.").arg(username)
                      << '\n';
    QNetworkAccessManager network;
    const auto refreshed =
        aws::await(auth::refreshTokens(provider, &network, tokens, clientSecret, now));
    if (!refreshed) {
        *exitCode = context.fail(refreshed.error());
        return std::nullopt;
    }
    const auto saved = aws::await(store.save(key, refreshed.value()));
    if (!saved) {
        *exitCode = context.fail(saved.error());
        return std::nullopt;
    }
    return refreshed.value();
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

    QNetworkRequest request(url);
    request.setTransferTimeout(ApiTimeoutMs);
    if (arguments.isSet(QStringLiteral("basic"))) {
        const auto password =
            context.stdinSecret(arguments, QStringLiteral("password-stdin"), &exitCode);
        if (!password)
            return exitCode;
        request.setRawHeader("Authorization", "Basic " + (arguments.value(QStringLiteral("basic")) +
                                                          QLatin1Char(':') + *password)
                                                             .toUtf8()
                                                             .toBase64());
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
                savedSession(context, arguments, arguments.value(QStringLiteral("as")), &exitCode);
            if (!tokens)
                return exitCode;
            token = use == QLatin1String("id") ? tokens->idToken : tokens->accessToken;
        }
        if (token.isEmpty())
            return context.usageError(tr("There is no %1 token to send.").arg(use));
        // API Gateway's Cognito authorizer takes the bare token; --bearer for the others.
        const QString value =
            arguments.isSet(QStringLiteral("bearer")) ? QStringLiteral("Bearer ") + token : token;
        request.setRawHeader("Authorization", value.toLatin1());
    }

    QByteArray body;
    const QString data = arguments.value(QStringLiteral("data"));
    if (data.startsWith(QLatin1Char('@'))) {
        QFile file(data.mid(1));
        if (!file.open(QIODevice::ReadOnly))
            return context.localError(
                tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        body = file.readAll();
    } else {
        body = data.toUtf8();
    }
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const QString &header : arguments.values(QStringLiteral("header"))) {
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return context.usageError(tr("--header takes 'Name: value', not \"%1\".").arg(header));
        request.setRawHeader(header.left(colon).trimmed().toUtf8(),
                             header.mid(colon + 1).trimmed().toUtf8());
    }
    const QByteArray method =
        arguments
            .value(QStringLiteral("method"),
                   body.isEmpty() ? QStringLiteral("GET") : QStringLiteral("POST"))
            .toUpper()
            .toLatin1();

    QNetworkAccessManager network;
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        aws::AwsError error;
        error.kind = reply->error() == QNetworkReply::OperationCanceledError
                         ? aws::ErrorKind::Timeout
                         : aws::ErrorKind::Network;
        error.type = QStringLiteral("ApiUnreachable");
        error.message = reply->errorString();
        return context.fail(error);
    }
    const QByteArray answer = reply->readAll();
    if (globals.verbose) {
        context.err() << "HTTP " << status << ' '
                      << reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()
                      << '\n';
        for (const auto &[name, value] : reply->rawHeaderPairs())
            context.err() << QString::fromLatin1(name) << ": " << QString::fromLatin1(value)
                          << '\n';
        context.err().flush();
    }
    context.out() << QString::fromUtf8(answer);
    if (!answer.endsWith('\n') && !answer.isEmpty())
        context.out() << '\n';
    context.out().flush();
    if (status < 200 || status >= 300) {
        context.err() << tr("HTTP %1: the API refused the request.").arg(status) << '\n';
        context.err().flush();
        return ServiceError;
    }

    if (arguments.isSet(QStringLiteral("save-as"))) {
        // A token endpoint's answer: the AuthenticationResult, or the tokens at the top.
        const QJsonObject object = QJsonDocument::fromJson(answer).object();
        const QJsonObject result =
            object.contains(QLatin1String("AuthenticationResult"))
                ? object.value(QLatin1String("AuthenticationResult")).toObject()
                : object;
        const auth::TokenSet tokens = auth::TokenSet::fromAuthenticationResult(
            result, auth::Grant::Password, QDateTime::currentDateTimeUtc());
        if (tokens.accessToken.isEmpty() && tokens.idToken.isEmpty())
            return context.localError(
                tr("--save-as: the answer holds no AuthenticationResult tokens to save."));
        const QString clientId = globals.clientId.isEmpty() ? tokens.clientId() : globals.clientId;
        secrets::KeychainStore keychain;
        QSettings settings;
        auth::SessionStore store(&keychain, &settings);
        const auto saved = aws::await(
            store.save(auth::SessionKey::make(endpointOverride(globals), globals.region, clientId,
                                              arguments.value(QStringLiteral("save-as"))),
                       tokens));
        if (!saved)
            return context.fail(saved.error());
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
                        "--password-stdin] [--save-as USERNAME] [--client-secret-stdin]"),
         tr("Call an API with a token in Authorization (the ID token, no Bearer, by default); "
            "a saved session is refreshed first when it has expired."),
         {{QStringLiteral("method"), true},
          {QStringLiteral("data"), true},
          {QStringLiteral("as"), true},
          {QStringLiteral("token-stdin"), false},
          {QStringLiteral("use"), true},
          {QStringLiteral("bearer"), false},
          {QStringLiteral("header"), true, true},
          {QStringLiteral("basic"), true},
          {QStringLiteral("password-stdin"), false},
          {QStringLiteral("save-as"), true},
          {QStringLiteral("client-secret-stdin"), false}},
         1,
         1,
         callApi});
}

} // namespace cdesk::cli
