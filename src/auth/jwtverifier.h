#pragma once

#include "auth/jwt.h"
#include "aws/result.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace cdesk::auth {

class JwksCache;

enum class TokenUse
{
    Any, // an ID or an access token
    Id,
    Access,
};

// What a token has to be to be accepted.
struct TokenExpectations
{
    QStringList issuers; // accepted `iss` values, compared exactly
    QString clientId;    // `aud` of an ID token, `client_id` of an access token
    TokenUse tokenUse = TokenUse::Any;
    int skewSeconds = 60; // clock difference tolerated on exp and iat
    QString nonce;        // when set, the ID token's `nonce` must equal it
};

// Why a token was refused; each tampering the verifier knows of has its own reason.
enum class Rejection
{
    None,
    Malformed,   // not three base64url JSON parts, or a required claim missing / mistyped
    Algorithm,   // anything but RS256 (alg: none, HS256, ...)
    UnknownKey,  // the issuer's key set has no key with this kid
    BadKey,      // the key with this kid is not a usable RSA signing key
    Signature,   // the RS256 signature does not match
    Issuer,      // iss is not the expected pool
    Audience,    // aud / client_id is not the expected app client
    TokenUse,    // token_use is not the expected one
    Expired,     // exp is past (beyond the skew)
    NotYetValid, // iat or nbf lies in the future (beyond the skew)
    Nonce,       // the ID token's nonce is not the one the sign-in sent
};

struct Verification
{
    Rejection rejection = Rejection::None;
    QString reason; // a sentence for people, empty when accepted
    std::optional<Jwt> jwt;

    bool ok() const { return rejection == Rejection::None; }
};

// A short stable name for a rejection ("expired", "signature", ...), for scripts and logs.
QString rejectionName(Rejection rejection);

// Checks `token` against the key set `jwks` and `expected`, at `now`. Pure: no network.
Verification verifyToken(const QByteArray &token, const QJsonObject &jwks,
                         const TokenExpectations &expected, const QDateTime &now);

// The issuers a Cognito pool signs with: the cognito-idp. and issuer-cognito-idp. hosts of
// its region, or, with an endpoint override (cognito-local, cognito-sim), the override's
// origin followed by the pool id.
QStringList cognitoIssuers(const QString &region, const QString &userPoolId,
                           const QUrl &endpointOverride = {});
// The region a pool id names ("eu-west-1_AbC" -> "eu-west-1"); empty for others.
QString regionOfPool(const QString &userPoolId);
// Where the keys of `issuer` live. AWS documents the JWKS only on the cognito-idp. host,
// so an issuer-cognito-idp. issuer's keys are fetched from there.
QUrl jwksUrlForIssuer(const QString &issuer);

// Verifies tokens with keys from a JwksCache. The JWKS is only fetched for an issuer
// that `expected` trusts, so a forged iss cannot make us fetch keys from its own server.
class JwtVerifier final
{
public:
    using Clock = std::function<QDateTime()>;

    // `cache` is not owned and must outlive the verifier.
    explicit JwtVerifier(JwksCache *cache);

    void setClock(Clock clock) { m_clock = std::move(clock); }

    // The error is a failure to check (keys unreachable); a refused token is a
    // Verification with a rejection.
    QFuture<aws::Result<Verification>> verify(const QByteArray &token,
                                              const TokenExpectations &expected);

private:
    JwksCache *m_cache;
    Clock m_clock;
};

} // namespace cdesk::auth
