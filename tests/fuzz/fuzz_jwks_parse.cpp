// JWKS parsing (auth::parseKeySet, auth::hasKey) and the use of its keys (the RSA key
// construction from n and e in auth::verifyToken): input = the body of a jwks.json answer.
// The token verified is fuzzkeys.h's, signed with "fuzz-key": keep that kid in the seeds.
#include "auth/jwks.h"
#include "auth/jwtverifier.h"
#include "fuzzkeys.h"
#include "fuzzsupport.h"

#include <QJsonArray>

using namespace cdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QUrl url(QStringLiteral("https://cognito-idp.eu-west-1.amazonaws.com/"
                                         "eu-west-1_Fuzz0001/.well-known/jwks.json"));
    const aws::Result<QJsonObject> keys = auth::parseKeySet(fuzz::bytes(data, size), url);
    if (!keys) {
        FUZZ_CHECK(!keys.error().message.isEmpty());
        return 0;
    }
    FUZZ_CHECK(keys.value().value(QLatin1String("keys")).isArray());
    for (const QJsonValue &key : keys.value().value(QLatin1String("keys")).toArray()) {
        const QJsonValue kid = key.toObject().value(QLatin1String("kid"));
        if (kid.isString())
            FUZZ_CHECK(auth::hasKey(keys.value(), kid.toString()));
    }

    auth::TokenExpectations expected;
    expected.issuers = {QString::fromLatin1(fuzz::fuzzIssuer)};
    expected.clientId = QStringLiteral("fuzzclient");
    const QDateTime now = QDateTime::fromSecsSinceEpoch(fuzz::fuzzNow, Qt::UTC);
    const auth::Verification verification =
        auth::verifyToken(fuzz::fuzzIdToken(), keys.value(), expected, now);
    FUZZ_CHECK(verification.ok() == verification.reason.isEmpty());
    // Only the real key can make the token pass.
    if (verification.ok())
        FUZZ_CHECK(auth::hasKey(keys.value(), QStringLiteral("fuzz-key")));
    return 0;
}
