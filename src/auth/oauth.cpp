#include "oauth.h"

#include "auth/jwt.h"
#include "aws/endpoint.h"
#include "aws/http.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <openssl/rand.h>

#include <memory>

namespace cdesk::auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::auth", text);
}

constexpr int TokenRequestTimeoutMs = 30000;
constexpr qint64 MaxTokenResponseBytes = 1024 * 1024;

// application/x-www-form-urlencoded with everything but the unreserved characters
// escaped: QUrlQuery leaves '+' alone, which a form decoder would read as a space.
QByteArray formBody(const QUrlQuery &form)
{
    QByteArray body;
    const auto items = form.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

aws::Result<QJsonObject> readTokenReply(const aws::Result<aws::HttpReply> &reply, const QUrl &url)
{
    if (!reply) {
        aws::AwsError error = reply.error();
        if (error.type == QLatin1String("HttpUnreachable")) {
            error.type = QStringLiteral("TokenEndpointUnreachable");
            error.message = tr("Could not reach %1: %2").arg(url.toString(), error.message);
        }
        return error;
    }
    const int status = reply.value().status;
    const QByteArray &body = reply.value().body;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (status == 200 && !object.isEmpty())
        return object;
    aws::AwsError error;
    error.httpStatus = status;
    if (object.contains(QLatin1String("error"))) {
        error.kind = aws::ErrorKind::Service;
        error.type = object.value(QLatin1String("error")).toString();
        error.message = object.value(QLatin1String("error_description")).toString();
        if (error.message.isEmpty())
            error.message = tr("The token endpoint refused the request (HTTP %1).").arg(status);
        return error;
    }
    error.kind = aws::ErrorKind::Protocol;
    error.type = QStringLiteral("InvalidTokenResponse");
    error.message =
        tr("%1 answered HTTP %2 without an OAuth response.").arg(url.toString()).arg(status);
    return error;
}

} // namespace

QString randomUrlSafe(int bytes)
{
    QByteArray buffer(bytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(buffer.data()), bytes) != 1)
        qFatal("OpenSSL could not produce random bytes");
    return QString::fromLatin1(base64UrlEncode(buffer));
}

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = randomUrlSafe(64);
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

QString Pkce::challengeFor(const QString &verifier)
{
    return QString::fromLatin1(
        base64UrlEncode(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

AuthorizeRequest AuthorizeRequest::create(const QUrl &domain, const QString &clientId,
                                          const QUrl &redirectUri, const QStringList &scopes,
                                          HostedUiGrant grant)
{
    AuthorizeRequest request;
    request.domain = domain;
    request.clientId = clientId;
    request.redirectUri = redirectUri;
    request.scopes = scopes;
    request.grant = grant;
    request.state = randomUrlSafe(32);
    request.nonce = randomUrlSafe(32);
    if (grant == HostedUiGrant::Code)
        request.pkce = Pkce::generate();
    return request;
}

QUrl hostedUiEndpoint(const QUrl &domain, const QString &path)
{
    QUrl url = domain.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

QUrl AuthorizeRequest::url() const
{
    QUrl url = hostedUiEndpoint(domain, QStringLiteral("/oauth2/authorize"));
    QUrlQuery query;
    const auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"),
        grant == HostedUiGrant::Code ? QStringLiteral("code") : QStringLiteral("token"));
    add(QStringLiteral("client_id"), clientId);
    add(QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded));
    add(QStringLiteral("state"), state);
    if (!scopes.isEmpty())
        add(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    add(QStringLiteral("nonce"), nonce);
    if (grant == HostedUiGrant::Code) {
        add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        add(QStringLiteral("code_challenge"), pkce.challenge);
    }
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QUrl AuthorizeRequest::tokenEndpoint() const
{
    return hostedUiEndpoint(domain, QStringLiteral("/oauth2/token"));
}

bool isLoopbackRedirect(const QUrl &url)
{
    if (url.scheme() != QLatin1String("http") || url.port() <= 0 || !url.fragment().isEmpty())
        return false;
    const QString host = url.host();
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
           host == QLatin1String("::1");
}

std::optional<QUrl> chooseRedirectUri(const QStringList &callbackUrls, const QUrl &preferred,
                                      QString *why)
{
    if (!preferred.isEmpty()) {
        // Cognito compares redirect URIs as strings: port and trailing slash included.
        if (!callbackUrls.contains(preferred.toString(QUrl::FullyEncoded))) {
            *why = tr("%1 is not one of the app client's callback URLs (%2); Cognito only "
                      "redirects to a registered URL, exactly as registered.")
                       .arg(preferred.toString(), callbackUrls.isEmpty()
                                                      ? tr("it has none")
                                                      : callbackUrls.join(QLatin1String(", ")));
            return std::nullopt;
        }
        if (!isLoopbackRedirect(preferred)) {
            *why = tr("%1 does not lead back to this machine: the sign-in can only be "
                      "received on http://localhost, 127.0.0.1 or [::1] with a port.")
                       .arg(preferred.toString());
            return std::nullopt;
        }
        return preferred;
    }
    for (const QString &text : callbackUrls) {
        const QUrl url(text, QUrl::StrictMode);
        if (isLoopbackRedirect(url))
            return url;
    }
    *why = tr("The app client has no callback URL on this machine (http://localhost:PORT/..., "
              "http://127.0.0.1:PORT/... or http://[::1]:PORT/...), so the hosted UI has no way "
              "to hand the sign-in back. Its callback URLs: %1.")
               .arg(callbackUrls.isEmpty() ? tr("none") : callbackUrls.join(QLatin1String(", ")));
    return std::nullopt;
}

QJsonObject addCallbackUrlRequest(const QJsonObject &userPoolClient, const QUrl &callbackUrl)
{
    // The request members of UpdateUserPoolClient; everything else DescribeUserPoolClient
    // reports (ClientSecret, CreationDate, LastModifiedDate, ...) is read-only.
    static const char *const writable[] = {
        "UserPoolId",
        "ClientId",
        "ClientName",
        "RefreshTokenValidity",
        "AccessTokenValidity",
        "IdTokenValidity",
        "TokenValidityUnits",
        "ReadAttributes",
        "WriteAttributes",
        "ExplicitAuthFlows",
        "SupportedIdentityProviders",
        "CallbackURLs",
        "LogoutURLs",
        "DefaultRedirectURI",
        "AllowedOAuthFlows",
        "AllowedOAuthScopes",
        "AllowedOAuthFlowsUserPoolClient",
        "AnalyticsConfiguration",
        "PreventUserExistenceErrors",
        "EnableTokenRevocation",
        "EnablePropagateAdditionalUserContextData",
        "AuthSessionValidity",
        "RefreshTokenRotation",
    };
    QJsonObject request;
    for (const char *key : writable) {
        const QJsonValue value = userPoolClient.value(QLatin1String(key));
        if (!value.isUndefined())
            request.insert(QLatin1String(key), value);
    }
    QJsonArray callbacks = request.value(QLatin1String("CallbackURLs")).toArray();
    const QString url = callbackUrl.toString(QUrl::FullyEncoded);
    if (!callbacks.contains(QJsonValue(url)))
        callbacks.append(url);
    request.insert(QStringLiteral("CallbackURLs"), callbacks);
    return request;
}

QFuture<aws::Result<QJsonObject>> postTokenRequest(QNetworkAccessManager *network,
                                                   const QUrl &tokenEndpoint, QUrlQuery form,
                                                   const QString &clientId,
                                                   const QString &clientSecret)
{
    using R = aws::Result<QJsonObject>;
    const auto checked = aws::validateEndpointUrl(tokenEndpoint);
    if (!checked)
        return QtFuture::makeReadyFuture(R(checked.error()));
    // client_id goes in the body even with Basic authentication: AWS accepts it there,
    // and cognito-local requires it.
    if (!form.hasQueryItem(QStringLiteral("client_id")))
        form.addQueryItem(QStringLiteral("client_id"), clientId);
    aws::HttpRequest request;
    request.url = tokenEndpoint;
    request.method = "POST";
    request.timeoutMs = TokenRequestTimeoutMs;
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                       {"Accept", "application/json"}};
    if (!clientSecret.isEmpty()) {
        const QByteArray credentials =
            QUrl::toPercentEncoding(clientId) + ':' + QUrl::toPercentEncoding(clientSecret);
        request.headers.append(
            qMakePair(QByteArray("Authorization"), "Basic " + credentials.toBase64()));
    }
    request.body = formBody(form);
    aws::HttpLimits limits;
    limits.maxBodyBytes = MaxTokenResponseBytes;
    limits.maxRedirects = 0; // a token endpoint answers; it does not send the secret on
    return aws::sendHttp(network, request, limits)
        .then([tokenEndpoint](aws::Result<aws::HttpReply> reply) {
            return readTokenReply(reply, tokenEndpoint);
        });
}

QFuture<aws::Result<QJsonObject>> exchangeCode(QNetworkAccessManager *network,
                                               const AuthorizeRequest &request, const QString &code,
                                               const QString &clientSecret)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("client_id"), request.clientId);
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"),
                      request.redirectUri.toString(QUrl::FullyEncoded));
    form.addQueryItem(QStringLiteral("code_verifier"), request.pkce.verifier);
    return postTokenRequest(network, request.tokenEndpoint(), form, request.clientId, clientSecret);
}

} // namespace cdesk::auth
