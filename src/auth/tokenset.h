#pragma once

#include "aws/result.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace cdesk::cognito {
class IdentityProvider;
}

namespace cdesk::auth {

// How the tokens were obtained, which decides how they are refreshed.
enum class Grant
{
    Password, // InitiateAuth USER_PASSWORD_AUTH (or ADMIN_USER_PASSWORD_AUTH)
    Srp,      // USER_SRP_AUTH
    Code,     // hosted UI, authorization code (+ PKCE): refreshed at /oauth2/token
    Implicit, // hosted UI, implicit grant: no refresh token, sign in again
};

QString grantName(Grant grant);
std::optional<Grant> grantFromName(const QString &name);

// The tokens of one sign-in and when they stop being good.
struct TokenSet
{
    QString idToken;
    QString accessToken;
    QString refreshToken; // a secret: kept only in the keychain (SessionStore)
    QString tokenType = QStringLiteral("Bearer");
    QDateTime expiresAt; // the earlier of the ID and access token's exp
    Grant grant = Grant::Password;
    QUrl tokenEndpoint; // the hosted UI's /oauth2/token, for Code sessions

    // Read from the tokens' claims.
    QString issuer() const;
    QString clientId() const;
    // The internal username (cognito:username / username): what SECRET_HASH takes on refresh.
    QString username() const;

    bool isExpired(const QDateTime &now, int marginSeconds = 60) const;
    bool canRefresh() const { return !refreshToken.isEmpty() && grant != Grant::Implicit; }

    // From InitiateAuth / RespondToAuthChallenge's AuthenticationResult.
    static TokenSet fromAuthenticationResult(const QJsonObject &result, Grant grant,
                                             const QDateTime &now);
    // From the hosted UI: the /oauth2/token answer or the implicit grant's fragment.
    static TokenSet fromOAuthResponse(const QJsonObject &response, Grant grant,
                                      const QDateTime &now, const QUrl &tokenEndpoint = {});
    // The hosted UI's shape: access_token, id_token, token_type, expires_in[, refresh_token].
    QJsonObject toOAuthJson(const QDateTime &now) const;
    // The AuthenticationResult shape of the Cognito API.
    QJsonObject toAuthenticationResult(const QDateTime &now) const;
};

// Fresh tokens for a session: REFRESH_TOKEN_AUTH for password/SRP sessions, the token
// endpoint's refresh_token grant for code-grant sessions. The refresh token is kept unless
// the service hands out a new one. `clientSecret` is empty for public clients.
QFuture<aws::Result<TokenSet>>
refreshTokens(cognito::IdentityProvider *provider, QNetworkAccessManager *network,
              const TokenSet &tokens, const QString &clientSecret,
              const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace cdesk::auth
