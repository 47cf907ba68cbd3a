#include "tokenendpoint.h"

#include "aws/endpoint.h"
#include "aws/http.h"
#include "aws/sigv4.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>

#include <algorithm>

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

QString apiSigningRegion(const QUrl &url, const QString &fallback)
{
    static const QRegularExpression awsHost(
        QStringLiteral("\\.([a-z]{2}(?:-[a-z]+)+-\\d+)\\.amazonaws\\.com(?:\\.cn)?$"));
    const auto match = awsHost.match(url.host().toLower());
    return match.hasMatch() ? match.captured(1) : fallback;
}

namespace {

// The Host header Qt sends for `url`: the host, and the port unless it is the scheme's own.
QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = url.port();
    const int defaultPort =
        url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
    if (port != -1 && port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

} // namespace

void signApiRequest(ApiRequest *request, const aws::Credentials &credentials,
                    const QString &service, const QString &region, const QDateTime &now)
{
    aws::SigningRequest signing;
    signing.method = request->method;
    signing.path = request->url.path(QUrl::FullyEncoded).toLatin1();
    if (signing.path.isEmpty())
        signing.path = "/";
    signing.query = request->url.query(QUrl::FullyEncoded).toLatin1();
    signing.headers = {{"host", hostHeader(request->url)}};
    for (const auto &[name, value] : request->headers)
        signing.headers.append({name, value});
    signing.body = request->body;
    const aws::SignatureResult signature =
        aws::SigV4::sign(signing, credentials, {region, service}, now);
    for (const auto &header : signature.addedHeaders)
        request->headers.append({header.first, header.second});
    request->headers.append({"Authorization", signature.authorization});
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
    aws::HttpRequest http;
    http.url = request.url;
    http.method = request.method;
    http.body = request.body;
    http.timeoutMs = request.timeoutMs;
    const bool typed =
        std::any_of(request.headers.cbegin(), request.headers.cend(),
                    [](const QPair<QByteArray, QByteArray> &header) {
                        return header.first.compare("content-type", Qt::CaseInsensitive) == 0;
                    });
    if (!request.body.isEmpty() && !typed)
        http.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    http.headers.append(request.headers);
    aws::HttpLimits limits;
    limits.maxBodyBytes = request.maxBodyBytes;
    // The one HTTP path: same-origin redirects only (Authorization never leaves the origin),
    // the size cap while downloading, a cut-off answer is an error.
    return aws::sendHttp(network, http, limits)
        .then([](aws::Result<aws::HttpReply> sent) -> aws::Result<ApiReply> {
            if (!sent) {
                aws::AwsError error = sent.error();
                if (error.type == QLatin1String("HttpUnreachable"))
                    error.type = QStringLiteral("ApiUnreachable");
                return error;
            }
            ApiReply answer;
            answer.status = sent.value().status;
            answer.reason = sent.value().reason;
            answer.headers = sent.value().headers;
            answer.body = sent.value().body;
            return answer;
        });
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
