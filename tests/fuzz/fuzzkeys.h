#pragma once

#include <QByteArray>

// The public half of the RSA key the seed corpora's tokens were signed with (the private
// half was thrown away), as a one-key JWKS "fuzz-key": the JWT fuzzer verifies against it,
// and the seed tokens get past the signature to the claim checks.
namespace cdesk::fuzz {

inline QByteArray fuzzKeySet()
{
    return QByteArrayLiteral(
        R"({"keys":[{"kty":"RSA","kid":"fuzz-key","alg":"RS256","use":"sig","e":"AQAB","n":")"
        "hV7gDevJKlkSmrPflx6ZIatvWL8zlnUthAxw9Rw6nTmK2GsFoyBUYKmMjrsys4f3xijA9ZdTxgALA0x-"
        "cqdPd8yyPLnRsF4A5CGnWeJln22cUGvMuri38aV9ZBmprUbKN_e7rbltzdxLM3PE_sCrc_"
        "5M5nIC4TzbaUuXNjJG71RISRnjIjmeDQd42NpA5TUutsgdjeMLaGEA8KTPzs6y7n1QXajUCIIvq9Z5BvI3otNYAZWz"
        "gEIG0RosebOUQF6bJqHAfaAo2CliVhgsaVKHC57xbK7wJesLaZ5qOa6aLYfBTZ9mzx7SdlNk9mnC_"
        "MHrhyaptfR2iNZo12Rk8qDC2w"
        R"("},{"kty":"EC","kid":"ec-key","crv":"P-256","x":"AA","y":"AA"}]})");
}

// An ID token for client "fuzzclient" with nonce "n0nce", signed with "fuzz-key".
inline QByteArray fuzzIdToken()
{
    return QByteArrayLiteral(
        "eyJraWQiOiJmdXp6LWtleSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiJ1MSIsImF1ZCI6ImZ1enpjbGll"
        "bnQiLCJ0b2tlbl91c2UiOiJpZCIsImlzcyI6Imh0dHBzOi8vY29nbml0by1pZHAuZXUtd2VzdC0xLmFt"
        "YXpvbmF3cy5jb20vZXUtd2VzdC0xX0Z1enowMDAxIiwiZXhwIjoxOTAwMDAzNjAwLCJpYXQiOjE4OTk5"
        "OTk5OTAsIm5vbmNlIjoibjBuY2UiLCJlbWFpbCI6ImFAZXhhbXBsZS5jb20ifQ.DNFroeTE9s7HPQ50I"
        "g_9LKQQ4q_bxVRM5Cb_pA2kVisaeLsGeHGXYb8DysdCRq60n2SiMLi2Tv8nE4DhS8c-VtFihCDhXTLAy"
        "piMBhNimJ0SYraelKF9609gBtSYX92vQs0-lz9L4MVoLqT-X3fBLd0rCHlmBxdVhlCzyGcMgb0NnWH-v"
        "BPSj4xoLyhCPl5uw52NIpy_KS5xyvGW9V3xMnUn7K3qpsTbx2JUiSDRiksysqdKRwBjKp_k6lcwwcjGx"
        "CXxWGpL3UlT7zNficlWCO7kMA8StxaAQD-B6oBenp6uYv48IbjR_VfKa7toX4CjnB85TzxGbXIvbr1ZC"
        "thVBQ");
}

inline constexpr char fuzzIssuer[] =
    "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Fuzz0001";
inline constexpr qint64 fuzzNow = 1900000000; // the seed tokens' iat lies just before it

} // namespace cdesk::fuzz
