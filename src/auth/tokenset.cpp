#include "tokenset.h"

#include "auth/jwt.h"
#include "auth/oauth.h"
#include "cognito/identityprovider.h"
#include "cognito/secrethash.h"

#include <QCoreApplication>

#include <algorithm>

namespace cdesk::auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::auth", text);
}

QJsonObject claimsOf(const QString &token)
{
    const auto jwt = Jwt::decode(token.toLatin1());
    return jwt ? jwt->claims : QJsonObject();
}

// The earlier of the tokens' exp claims, else now + expires_in.
QDateTime expiryOf(const TokenSet &tokens, qint64 expiresIn, const QDateTime &now)
{
    QDateTime expiry;
    for (const QString &token : {tokens.idToken, tokens.accessToken}) {
        const std::optional<qint64> exp = numericDate(claimsOf(token).value(QLatin1String("exp")));
        if (!exp)
            continue;
        const QDateTime at = QDateTime::fromSecsSinceEpoch(*exp, Qt::UTC);
        if (!expiry.isValid() || at < expiry)
            expiry = at;
    }
    if (!expiry.isValid() && expiresIn > 0)
        expiry = now.addSecs(expiresIn);
    return expiry;
}

qint64 secondsLeft(const QDateTime &expiresAt, const QDateTime &now)
{
    return expiresAt.isValid() ? std::max<qint64>(0, now.secsTo(expiresAt)) : 0;
}

} // namespace

QString grantName(Grant grant)
{
    switch (grant) {
    case Grant::Password:
        return QStringLiteral("password");
    case Grant::Srp:
        return QStringLiteral("srp");
    case Grant::Code:
        return QStringLiteral("code");
    case Grant::Implicit:
        return QStringLiteral("implicit");
    }
    return {};
}

std::optional<Grant> grantFromName(const QString &name)
{
    for (Grant grant : {Grant::Password, Grant::Srp, Grant::Code, Grant::Implicit})
        if (grantName(grant) == name)
            return grant;
    return std::nullopt;
}

QString TokenSet::issuer() const
{
    const QJsonObject claims = claimsOf(idToken.isEmpty() ? accessToken : idToken);
    return claims.value(QLatin1String("iss")).toString();
}

QString TokenSet::clientId() const
{
    const QJsonObject access = claimsOf(accessToken);
    if (access.contains(QLatin1String("client_id")))
        return access.value(QLatin1String("client_id")).toString();
    return claimsOf(idToken).value(QLatin1String("aud")).toString();
}

QString TokenSet::username() const
{
    const QJsonObject access = claimsOf(accessToken);
    if (access.contains(QLatin1String("username")))
        return access.value(QLatin1String("username")).toString();
    return claimsOf(idToken).value(QLatin1String("cognito:username")).toString();
}

bool TokenSet::isExpired(const QDateTime &now, int marginSeconds) const
{
    return !expiresAt.isValid() || now.addSecs(marginSeconds) >= expiresAt;
}

TokenSet TokenSet::fromAuthenticationResult(const QJsonObject &result, Grant grant,
                                            const QDateTime &now)
{
    TokenSet tokens;
    tokens.idToken = result.value(QLatin1String("IdToken")).toString();
    tokens.accessToken = result.value(QLatin1String("AccessToken")).toString();
    tokens.refreshToken = result.value(QLatin1String("RefreshToken")).toString();
    tokens.tokenType = result.value(QLatin1String("TokenType")).toString(QStringLiteral("Bearer"));
    tokens.grant = grant;
    tokens.expiresAt = expiryOf(tokens, result.value(QLatin1String("ExpiresIn")).toInteger(), now);
    return tokens;
}

TokenSet TokenSet::fromOAuthResponse(const QJsonObject &response, Grant grant, const QDateTime &now,
                                     const QUrl &tokenEndpoint)
{
    TokenSet tokens;
    tokens.idToken = response.value(QLatin1String("id_token")).toString();
    tokens.accessToken = response.value(QLatin1String("access_token")).toString();
    tokens.refreshToken = response.value(QLatin1String("refresh_token")).toString();
    tokens.tokenType =
        response.value(QLatin1String("token_type")).toString(QStringLiteral("Bearer"));
    tokens.grant = grant;
    tokens.tokenEndpoint = tokenEndpoint;
    // expires_in arrives as a number from /oauth2/token and as text in a fragment.
    const QJsonValue expiresIn = response.value(QLatin1String("expires_in"));
    const qint64 seconds =
        expiresIn.isString() ? expiresIn.toString().toLongLong() : expiresIn.toInteger();
    tokens.expiresAt = expiryOf(tokens, seconds, now);
    return tokens;
}

QJsonObject TokenSet::toOAuthJson(const QDateTime &now) const
{
    QJsonObject json{{QStringLiteral("access_token"), accessToken},
                     {QStringLiteral("token_type"), tokenType},
                     {QStringLiteral("expires_in"), secondsLeft(expiresAt, now)}};
    if (!idToken.isEmpty())
        json.insert(QStringLiteral("id_token"), idToken);
    if (!refreshToken.isEmpty())
        json.insert(QStringLiteral("refresh_token"), refreshToken);
    return json;
}

QJsonObject TokenSet::toAuthenticationResult(const QDateTime &now) const
{
    QJsonObject json{{QStringLiteral("AccessToken"), accessToken},
                     {QStringLiteral("TokenType"), tokenType},
                     {QStringLiteral("ExpiresIn"), secondsLeft(expiresAt, now)}};
    if (!idToken.isEmpty())
        json.insert(QStringLiteral("IdToken"), idToken);
    if (!refreshToken.isEmpty())
        json.insert(QStringLiteral("RefreshToken"), refreshToken);
    return json;
}

QFuture<aws::Result<TokenSet>> refreshTokens(cognito::IdentityProvider *provider,
                                             QNetworkAccessManager *network, const TokenSet &tokens,
                                             const QString &clientSecret, const QDateTime &now)
{
    using R = aws::Result<TokenSet>;
    if (!tokens.canRefresh())
        return QtFuture::makeReadyFuture(R(aws::AwsError::local(
            QStringLiteral("NoRefreshToken"),
            tokens.grant == Grant::Implicit
                ? tr("Tokens from the implicit grant come without a refresh token: sign in "
                     "again.")
                : tr("This session has no refresh token: sign in again."))));
    const QString clientId = tokens.clientId();
    // Keeps what the answer leaves out: a refresh answers without a refresh token unless
    // the client rotates them.
    const auto merge = [tokens](const TokenSet &fresh) {
        TokenSet merged = fresh;
        merged.grant = tokens.grant;
        merged.tokenEndpoint = tokens.tokenEndpoint;
        if (merged.refreshToken.isEmpty())
            merged.refreshToken = tokens.refreshToken;
        if (merged.idToken.isEmpty())
            merged.idToken = tokens.idToken;
        return merged;
    };

    if (tokens.grant == Grant::Code) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("client_id"), clientId);
        form.addQueryItem(QStringLiteral("refresh_token"), tokens.refreshToken);
        const QUrl endpoint = tokens.tokenEndpoint;
        return postTokenRequest(network, endpoint, form, clientId, clientSecret)
            .then([merge, now, endpoint](aws::Result<QJsonObject> answer) -> R {
                if (!answer)
                    return answer.error();
                return merge(
                    TokenSet::fromOAuthResponse(answer.value(), Grant::Code, now, endpoint));
            });
    }

    QJsonObject parameters{{QStringLiteral("REFRESH_TOKEN"), tokens.refreshToken}};
    if (!clientSecret.isEmpty())
        parameters.insert(QStringLiteral("SECRET_HASH"),
                          cognito::secretHash(tokens.username(), clientId, clientSecret));
    const QJsonObject request{{QStringLiteral("AuthFlow"), QStringLiteral("REFRESH_TOKEN_AUTH")},
                              {QStringLiteral("ClientId"), clientId},
                              {QStringLiteral("AuthParameters"), parameters}};
    const Grant grant = tokens.grant;
    return provider->call(QStringLiteral("InitiateAuth"), request)
        .then([merge, now, grant](aws::Result<QJsonObject> answer) -> R {
            if (!answer)
                return answer.error();
            const QJsonObject result =
                answer.value().value(QLatin1String("AuthenticationResult")).toObject();
            if (result.isEmpty())
                return aws::AwsError::local(
                    QStringLiteral("UnexpectedChallenge"),
                    tr("The refresh answered with a challenge (%1) instead of tokens.")
                        .arg(answer.value().value(QLatin1String("ChallengeName")).toString()));
            return merge(TokenSet::fromAuthenticationResult(result, grant, now));
        });
}

} // namespace cdesk::auth
