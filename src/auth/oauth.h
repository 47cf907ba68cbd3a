#pragma once

#include "aws/result.h"

#include <QFuture>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class QNetworkAccessManager;

namespace cdesk::auth {

// A cryptographically random base64url string of `bytes` random bytes (OpenSSL RAND_bytes).
QString randomUrlSafe(int bytes);

// RFC 7636 PKCE with S256: a random 43-128 character verifier and its challenge.
struct Pkce
{
    QString verifier;
    QString challenge;

    static Pkce generate(); // 64 random bytes: an 86-character verifier
    static QString challengeFor(const QString &verifier);
};

enum class HostedUiGrant
{
    Implicit, // response_type=token: tokens in the URL fragment, no refresh token
    Code,     // response_type=code with PKCE S256, exchanged at /oauth2/token
};

// One /oauth2/authorize request with its secrets (state, nonce, PKCE verifier).
struct AuthorizeRequest
{
    QUrl domain; // the hosted UI's origin, e.g. https://prefix.auth.eu-west-1.amazoncognito.com
    QString clientId;
    QUrl redirectUri;
    QStringList scopes;
    HostedUiGrant grant = HostedUiGrant::Code;
    QString state;
    QString nonce;
    Pkce pkce; // Code grant only

    // Fresh state, nonce and PKCE verifier.
    static AuthorizeRequest create(const QUrl &domain, const QString &clientId,
                                   const QUrl &redirectUri, const QStringList &scopes,
                                   HostedUiGrant grant);
    QUrl url() const;
    QUrl tokenEndpoint() const;
};

// The hosted UI endpoint under `domain` (adds the path to the origin).
QUrl hostedUiEndpoint(const QUrl &domain, const QString &path);

// A redirect URI the loopback receiver can serve: http to localhost, 127.0.0.1 or [::1]
// with an explicit port.
bool isLoopbackRedirect(const QUrl &url);

// Picks the redirect URI among a client's registered CallbackURLs: `preferred` when given
// (it must be registered, exactly), else the first loopback one. Nothing, with a
// sentence in *why, when there is none.
std::optional<QUrl> chooseRedirectUri(const QStringList &callbackUrls, const QUrl &preferred,
                                      QString *why);

// The UpdateUserPoolClient request that keeps everything DescribeUserPoolClient reported
// and adds `callbackUrl`: UpdateUserPoolClient resets every field left out to its default,
// so the whole configuration has to be sent back.
QJsonObject addCallbackUrlRequest(const QJsonObject &userPoolClient, const QUrl &callbackUrl);

// POSTs a form to the hosted UI's /oauth2/token, authenticating with client_secret_basic
// when there is a secret; answers the JSON object or the OAuth error (type = "error").
QFuture<aws::Result<QJsonObject>> postTokenRequest(QNetworkAccessManager *network,
                                                   const QUrl &tokenEndpoint, QUrlQuery form,
                                                   const QString &clientId,
                                                   const QString &clientSecret);

// grant_type=authorization_code with the PKCE verifier.
QFuture<aws::Result<QJsonObject>> exchangeCode(QNetworkAccessManager *network,
                                               const AuthorizeRequest &request, const QString &code,
                                               const QString &clientSecret);

} // namespace cdesk::auth
