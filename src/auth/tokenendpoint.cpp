#include "tokenendpoint.h"

#include "aws/endpoint.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>

#include <memory>

namespace cdesk::auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::auth", text);
}

aws::AwsError answerError(aws::ErrorKind kind, const char *type, const QString &message, int status)
{
    aws::AwsError error;
    error.kind = kind;
    error.type = QString::fromLatin1(type);
    error.message = message;
    error.httpStatus = status;
    return error;
}

// The start of a body that is not JSON, on one line, for the message: enough to recognise
// an API Gateway or login page without printing the whole of it.
QString glimpse(const QByteArray &body)
{
    constexpr int Length = 80;
    QString text = QString::fromUtf8(body.left(Length * 4)).simplified();
    if (text.size() > Length)
        text = text.left(Length) + QStringLiteral("…");
    return text;
}

} // namespace

QByteArray ApiReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QByteArray basicAuthorization(const QString &username, const QString &password)
{
    // As curl -u: the UTF-8 bytes of "username:password", not percent-encoded (that is
    // OAuth's client_secret_basic, a different convention).
    return "Basic " + (username + QLatin1Char(':') + password).toUtf8().toBase64();
}

QFuture<aws::Result<ApiReply>> sendApiRequest(QNetworkAccessManager *network,
                                              const ApiRequest &request)
{
    using R = aws::Result<ApiReply>;
    const auto checked = aws::validateEndpointUrl(request.url);
    if (!checked)
        return QtFuture::makeReadyFuture(R(checked.error()));
    QNetworkRequest http(checked.value());
    http.setTransferTimeout(request.timeoutMs);
    if (!request.body.isEmpty())
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : request.headers)
        http.setRawHeader(name, value);

    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    QNetworkReply *reply = network->sendCustomRequest(http, request.method, request.body);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, promise] {
        reply->deleteLater();
        ApiReply answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (answer.status == 0) {
            aws::AwsError error;
            error.kind = reply->error() == QNetworkReply::OperationCanceledError
                             ? aws::ErrorKind::Timeout
                             : aws::ErrorKind::Network;
            error.type = QStringLiteral("ApiUnreachable");
            error.message = reply->errorString();
            promise->addResult(R(error));
            promise->finish();
            return;
        }
        answer.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        answer.headers = reply->rawHeaderPairs();
        answer.body = reply->readAll();
        promise->addResult(R(std::move(answer)));
        promise->finish();
    });
    return promise->future();
}

aws::Result<TokenSet> tokensFromTokenEndpoint(const ApiReply &reply, const QDateTime &now)
{
    if (reply.status == 401 || reply.status == 403)
        return answerError(
            aws::ErrorKind::Service, "TokenEndpointRefused",
            tr("The token endpoint refused the credentials (HTTP %1).").arg(reply.status),
            reply.status);
    if (reply.status < 200 || reply.status >= 300)
        return answerError(aws::ErrorKind::Service, "TokenEndpointFailed",
                           tr("The token endpoint answered HTTP %1 %2.")
                               .arg(reply.status)
                               .arg(reply.reason)
                               .trimmed(),
                           reply.status);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QByteArray type = reply.header("content-type");
        return answerError(
            aws::ErrorKind::Protocol, "TokenEndpointNotJson",
            tr("The token endpoint answered %1, not a JSON object: %2")
                .arg(type.isEmpty() ? tr("without a Content-Type") : QString::fromLatin1(type),
                     glimpse(reply.body)),
            reply.status);
    }
    const QJsonObject object = document.object();
    const QJsonObject result = object.contains(QLatin1String("AuthenticationResult"))
                                   ? object.value(QLatin1String("AuthenticationResult")).toObject()
                                   : object;
    TokenSet tokens = TokenSet::fromAuthenticationResult(result, Grant::Password, now);
    if (tokens.idToken.isEmpty() && tokens.accessToken.isEmpty()) {
        const QString challenge = object.value(QLatin1String("ChallengeName")).toString();
        return answerError(
            aws::ErrorKind::Protocol, "NoTokensInAnswer",
            challenge.isEmpty()
                ? tr("The token endpoint's answer holds no tokens (no IdToken or AccessToken, "
                     "at the top or in AuthenticationResult).")
                : tr("The token endpoint's answer is the challenge %1, not tokens.").arg(challenge),
            reply.status);
    }
    return tokens;
}

QFuture<aws::Result<TokenSet>> signInAtTokenEndpoint(QNetworkAccessManager *network,
                                                     const QUrl &url, const QString &username,
                                                     const QString &password,
                                                     const QByteArray &body)
{
    ApiRequest request;
    request.url = url;
    request.method = "POST";
    request.body = body;
    request.headers = {{"Authorization", basicAuthorization(username, password)},
                       {"Accept", "application/json"}};
    return sendApiRequest(network, request)
        .then([](aws::Result<ApiReply> reply) -> aws::Result<TokenSet> {
            if (!reply)
                return reply.forwardError<TokenSet>();
            return tokensFromTokenEndpoint(reply.value());
        });
}

} // namespace cdesk::auth
