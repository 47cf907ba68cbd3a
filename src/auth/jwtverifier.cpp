#include "jwtverifier.h"

#include "auth/jwks.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <memory>

namespace cdesk::auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::auth", text);
}

constexpr int MinimumRsaBits = 2048;

Verification reject(Rejection rejection, const QString &reason, std::optional<Jwt> jwt = {})
{
    Verification verification;
    verification.rejection = rejection;
    verification.reason = reason;
    verification.jwt = std::move(jwt);
    return verification;
}

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct PkeyContextDeleter
{
    void operator()(EVP_PKEY_CTX *context) const { EVP_PKEY_CTX_free(context); }
};
struct MdContextDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
struct BignumDeleter
{
    void operator()(BIGNUM *number) const { BN_free(number); }
};
struct ParamBuildDeleter
{
    void operator()(OSSL_PARAM_BLD *build) const { OSSL_PARAM_BLD_free(build); }
};
struct ParamDeleter
{
    void operator()(OSSL_PARAM *params) const { OSSL_PARAM_free(params); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

BIGNUM *bignum(const QByteArray &bytes)
{
    return BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()),
                     static_cast<int>(bytes.size()), nullptr);
}

// An RSA public key from a JWK's n and e; nothing when they are not usable.
Pkey rsaKeyFromJwk(const QJsonObject &jwk, QString *why)
{
    if (jwk.value(QLatin1String("kty")).toString() != QLatin1String("RSA")) {
        *why = tr("The key is not an RSA key.");
        return {};
    }
    const QJsonValue use = jwk.value(QLatin1String("use"));
    if (!use.isUndefined() && use.toString() != QLatin1String("sig")) {
        *why = tr("The key is not meant for signatures.");
        return {};
    }
    const QJsonValue alg = jwk.value(QLatin1String("alg"));
    if (!alg.isUndefined() && alg.toString() != QLatin1String("RS256")) {
        *why = tr("The key is meant for %1, not RS256.").arg(alg.toString());
        return {};
    }
    const auto n = base64UrlDecode(jwk.value(QLatin1String("n")).toString().toLatin1());
    const auto e = base64UrlDecode(jwk.value(QLatin1String("e")).toString().toLatin1());
    if (!n || !e || n->isEmpty() || e->isEmpty()) {
        *why = tr("The key's modulus or exponent is missing or not base64url.");
        return {};
    }
    std::unique_ptr<BIGNUM, BignumDeleter> modulus(bignum(*n));
    std::unique_ptr<BIGNUM, BignumDeleter> exponent(bignum(*e));
    std::unique_ptr<OSSL_PARAM_BLD, ParamBuildDeleter> build(OSSL_PARAM_BLD_new());
    if (!modulus || !exponent || !build ||
        !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) ||
        !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get())) {
        *why = tr("The key could not be loaded.");
        return {};
    }
    std::unique_ptr<OSSL_PARAM, ParamDeleter> params(OSSL_PARAM_BLD_to_param(build.get()));
    std::unique_ptr<EVP_PKEY_CTX, PkeyContextDeleter> context(
        EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) <= 0 ||
        EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0) {
        *why = tr("The key could not be loaded.");
        return {};
    }
    Pkey result(key);
    if (EVP_PKEY_get_bits(key) < MinimumRsaBits) {
        *why = tr("The key is shorter than %1 bits.").arg(MinimumRsaBits);
        return {};
    }
    return result;
}

bool rs256Verify(EVP_PKEY *key, const QByteArray &input, const QByteArray &signature)
{
    if (signature.size() != EVP_PKEY_get_size(key))
        return false;
    std::unique_ptr<EVP_MD_CTX, MdContextDeleter> context(EVP_MD_CTX_new());
    if (!context || EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key) <= 0)
        return false;
    return EVP_DigestVerify(context.get(),
                            reinterpret_cast<const unsigned char *>(signature.constData()),
                            static_cast<size_t>(signature.size()),
                            reinterpret_cast<const unsigned char *>(input.constData()),
                            static_cast<size_t>(input.size())) == 1;
}

std::optional<QJsonObject> findKey(const QJsonObject &jwks, const QString &kid)
{
    const QJsonArray keys = jwks.value(QLatin1String("keys")).toArray();
    for (const QJsonValue &key : keys)
        if (key.toObject().value(QLatin1String("kid")).toString() == kid)
            return key.toObject();
    return std::nullopt;
}

// Checks what can be checked without keys; on success returns nothing.
std::optional<Verification> checkHeader(const Jwt &jwt, const TokenExpectations &expected)
{
    const QString alg = jwt.header.value(QLatin1String("alg")).toString();
    if (alg != QLatin1String("RS256"))
        return reject(Rejection::Algorithm,
                      tr("The token is signed with \"%1\"; Cognito tokens are RS256 and "
                         "nothing else is accepted.")
                          .arg(alg.isEmpty() ? QStringLiteral("(none)") : alg),
                      jwt);
    if (!jwt.header.value(QLatin1String("kid")).isString())
        return reject(Rejection::Malformed, tr("The token header names no key (kid)."), jwt);
    const QJsonValue iss = jwt.claims.value(QLatin1String("iss"));
    if (!iss.isString())
        return reject(Rejection::Malformed, tr("The token has no issuer (iss)."), jwt);
    if (!expected.issuers.contains(iss.toString()))
        return reject(Rejection::Issuer,
                      tr("The token was issued by %1, not by %2.")
                          .arg(iss.toString(), expected.issuers.join(tr(" or "))),
                      jwt);
    return std::nullopt;
}

Verification checkClaims(const Jwt &jwt, const TokenExpectations &expected, const QDateTime &now)
{
    const QJsonObject &claims = jwt.claims;
    const QString tokenUse = claims.value(QLatin1String("token_use")).toString();
    if (tokenUse != QLatin1String("id") && tokenUse != QLatin1String("access"))
        return reject(
            Rejection::TokenUse,
            tr("token_use is \"%1\"; a Cognito token is \"id\" or \"access\".").arg(tokenUse), jwt);
    const QString wanted = expected.tokenUse == TokenUse::Id       ? QStringLiteral("id")
                           : expected.tokenUse == TokenUse::Access ? QStringLiteral("access")
                                                                   : tokenUse;
    if (tokenUse != wanted)
        return reject(
            Rejection::TokenUse,
            tr("This is an %1 token, but an %2 token was expected.").arg(tokenUse, wanted), jwt);

    if (!expected.clientId.isEmpty()) {
        if (tokenUse == QLatin1String("id")) {
            const QJsonValue aud = claims.value(QLatin1String("aud"));
            const bool matches = aud.isArray()
                                     ? aud.toArray().contains(QJsonValue(expected.clientId))
                                     : aud.toString() == expected.clientId;
            if (!matches)
                return reject(
                    Rejection::Audience,
                    tr("The ID token is for app client %1 (aud), not %2.")
                        .arg(aud.isArray() ? tr("(several)") : aud.toString(), expected.clientId),
                    jwt);
        } else {
            const QString clientId = claims.value(QLatin1String("client_id")).toString();
            if (clientId != expected.clientId)
                return reject(Rejection::Audience,
                              tr("The access token is for app client %1 (client_id), not %2.")
                                  .arg(clientId, expected.clientId),
                              jwt);
        }
    }

    const qint64 nowSeconds = now.toSecsSinceEpoch();
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    const QJsonValue iat = claims.value(QLatin1String("iat"));
    if (!exp.isDouble() || !iat.isDouble())
        return reject(Rejection::Malformed, tr("The token lacks a numeric exp or iat."), jwt);
    const std::optional<qint64> expiry = numericDate(exp);
    if (!expiry || !numericDate(iat))
        return reject(Rejection::Malformed, tr("The token's exp or iat is no plausible time."),
                      jwt);
    const qint64 expSeconds = *expiry;
    if (nowSeconds > expSeconds + expected.skewSeconds)
        return reject(
            Rejection::Expired,
            tr("The token expired at %1.")
                .arg(QDateTime::fromSecsSinceEpoch(expSeconds, Qt::UTC).toString(Qt::ISODate)),
            jwt);
    for (const char *name : {"iat", "nbf"}) {
        const QJsonValue value = claims.value(QLatin1String(name));
        if (value.isUndefined())
            continue;
        const std::optional<qint64> seconds = numericDate(value);
        if (!seconds || *seconds > nowSeconds + expected.skewSeconds)
            return reject(Rejection::NotYetValid,
                          tr("The token's %1 lies in the future: check this machine's clock.")
                              .arg(QLatin1String(name)),
                          jwt);
    }
    if (!expected.nonce.isEmpty() && tokenUse == QLatin1String("id") &&
        claims.value(QLatin1String("nonce")).toString() != expected.nonce)
        return reject(Rejection::Nonce,
                      tr("The ID token's nonce is not the one this sign-in sent."), jwt);
    Verification verification;
    verification.jwt = jwt;
    return verification;
}

Verification verifyDecoded(const Jwt &jwt, const QJsonObject &jwks,
                           const TokenExpectations &expected, const QDateTime &now)
{
    if (auto refused = checkHeader(jwt, expected))
        return *refused;
    const QString kid = jwt.header.value(QLatin1String("kid")).toString();
    const auto jwk = findKey(jwks, kid);
    if (!jwk)
        return reject(Rejection::UnknownKey, tr("The issuer has no signing key \"%1\".").arg(kid),
                      jwt);
    QString why;
    const Pkey key = rsaKeyFromJwk(*jwk, &why);
    if (!key)
        return reject(Rejection::BadKey, tr("Signing key \"%1\": %2").arg(kid, why), jwt);
    if (!rs256Verify(key.get(), jwt.signingInput, jwt.signature))
        return reject(Rejection::Signature,
                      tr("The signature does not match: the token was altered or signed by "
                         "someone else."),
                      jwt);
    return checkClaims(jwt, expected, now);
}

} // namespace

QString rejectionName(Rejection rejection)
{
    switch (rejection) {
    case Rejection::None:
        return QStringLiteral("none");
    case Rejection::Malformed:
        return QStringLiteral("malformed");
    case Rejection::Algorithm:
        return QStringLiteral("algorithm");
    case Rejection::UnknownKey:
        return QStringLiteral("unknown-key");
    case Rejection::BadKey:
        return QStringLiteral("bad-key");
    case Rejection::Signature:
        return QStringLiteral("signature");
    case Rejection::Issuer:
        return QStringLiteral("issuer");
    case Rejection::Audience:
        return QStringLiteral("audience");
    case Rejection::TokenUse:
        return QStringLiteral("token-use");
    case Rejection::Expired:
        return QStringLiteral("expired");
    case Rejection::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case Rejection::Nonce:
        return QStringLiteral("nonce");
    }
    return QStringLiteral("unknown");
}

Verification verifyToken(const QByteArray &token, const QJsonObject &jwks,
                         const TokenExpectations &expected, const QDateTime &now)
{
    QString error;
    const auto jwt = Jwt::decode(token, &error);
    if (!jwt)
        return reject(Rejection::Malformed, error);
    return verifyDecoded(*jwt, jwks, expected, now);
}

QString regionOfPool(const QString &userPoolId)
{
    const qsizetype underscore = userPoolId.indexOf(QLatin1Char('_'));
    if (underscore <= 0)
        return {};
    const QString region = userPoolId.left(underscore);
    // Region names are lower-case words and digits joined by dashes (us-east-1).
    for (const QChar c : region)
        if (!(c.isLower() || c.isDigit() || c == QLatin1Char('-')))
            return {};
    return region.count(QLatin1Char('-')) >= 2 ? region : QString();
}

QStringList cognitoIssuers(const QString &region, const QString &userPoolId,
                           const QUrl &endpointOverride)
{
    if (userPoolId.isEmpty())
        return {};
    if (endpointOverride.isValid() && !endpointOverride.isEmpty()) {
        QString origin =
            endpointOverride.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                .toString();
        return {origin + QLatin1Char('/') + userPoolId};
    }
    const QString poolRegion = region.isEmpty() ? regionOfPool(userPoolId) : region;
    if (poolRegion.isEmpty())
        return {};
    return {
        QStringLiteral("https://cognito-idp.%1.amazonaws.com/%2").arg(poolRegion, userPoolId),
        QStringLiteral("https://issuer-cognito-idp.%1.amazonaws.com/%2")
            .arg(poolRegion, userPoolId),
    };
}

QUrl jwksUrlForIssuer(const QString &issuer)
{
    QUrl url(issuer + QLatin1String("/.well-known/jwks.json"), QUrl::StrictMode);
    if (url.host().startsWith(QLatin1String("issuer-cognito-idp.")) &&
        url.host().endsWith(QLatin1String(".amazonaws.com")))
        url.setHost(url.host().mid(qstrlen("issuer-")));
    return url;
}

JwtVerifier::JwtVerifier(JwksCache *cache)
    : m_cache(cache)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

QFuture<aws::Result<Verification>> JwtVerifier::verify(const QByteArray &token,
                                                       const TokenExpectations &expected)
{
    using R = aws::Result<Verification>;
    QString error;
    const auto jwt = Jwt::decode(token, &error);
    if (!jwt)
        return QtFuture::makeReadyFuture(R(reject(Rejection::Malformed, error)));
    // Everything that needs no key first: an alg: none token or a foreign issuer never
    // causes a fetch.
    if (auto refused = checkHeader(*jwt, expected))
        return QtFuture::makeReadyFuture(R(*refused));
    const QString issuer = jwt->claims.value(QLatin1String("iss")).toString();
    const QString kid = jwt->header.value(QLatin1String("kid")).toString();
    const Clock clock = m_clock;
    return m_cache->keySet(jwksUrlForIssuer(issuer), kid)
        .then([jwt = *jwt, expected, clock](aws::Result<QJsonObject> keys) -> R {
            if (!keys)
                return keys.error();
            return verifyDecoded(jwt, keys.value(), expected, clock());
        });
}

} // namespace cdesk::auth
