// JWT decoding (auth::Jwt::decode, base64url), verification against a fixed key set
// (auth::verifyToken) and what a session reads from unverified tokens (auth::TokenSet: the
// expiry from exp, the issuer, the username): input = a compact JWS, as a user pastes it
// into the token workbench or a token endpoint answers it.
#include "auth/jwt.h"
#include "auth/jwtverifier.h"
#include "auth/tokenset.h"
#include "fuzzkeys.h"
#include "fuzzsupport.h"

#include <QJsonDocument>

using namespace cdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);

    QString error;
    const auto jwt = auth::Jwt::decode(input, &error);
    FUZZ_CHECK(jwt.has_value() == error.isEmpty());
    if (jwt) {
        // The signing input is the token's first two parts as they came.
        FUZZ_CHECK(input.trimmed().startsWith(jwt->signingInput + '.'));
    }

    // base64url: whatever we encode, we decode to the same bytes, and the encoding never
    // contains padding or characters outside the URL-safe alphabet.
    const QByteArray encoded = auth::base64UrlEncode(input);
    FUZZ_CHECK(!encoded.contains('=') && !encoded.contains('+') && !encoded.contains('/'));
    const auto decoded = auth::base64UrlDecode(encoded);
    FUZZ_CHECK(decoded && *decoded == input);
    (void)auth::base64UrlDecode(input);

    static const QJsonObject keys = QJsonDocument::fromJson(fuzz::fuzzKeySet()).object();
    auth::TokenExpectations expected;
    expected.issuers = {QString::fromLatin1(fuzz::fuzzIssuer)};
    expected.clientId = QStringLiteral("fuzzclient");
    expected.nonce = QStringLiteral("n0nce");
    const QDateTime now = QDateTime::fromSecsSinceEpoch(fuzz::fuzzNow, Qt::UTC);
    const auth::Verification verification = auth::verifyToken(input, keys, expected, now);
    FUZZ_CHECK(verification.ok() == verification.reason.isEmpty());
    FUZZ_CHECK(!auth::rejectionName(verification.rejection).isEmpty());
    if (!jwt)
        FUZZ_CHECK(verification.rejection == auth::Rejection::Malformed);

    const QString token = QString::fromLatin1(input);
    const auth::TokenSet tokens =
        auth::TokenSet::fromOAuthResponse(QJsonObject{{QStringLiteral("id_token"), token},
                                                      {QStringLiteral("access_token"), token},
                                                      {QStringLiteral("expires_in"), 3600}},
                                          auth::Grant::Code, now);
    FUZZ_CHECK(tokens.expiresAt.isValid());
    (void)tokens.isExpired(now);
    (void)tokens.issuer();
    (void)tokens.clientId();
    (void)tokens.username();
    return 0;
}
