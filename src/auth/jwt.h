#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace cdesk::auth {

// A JSON Web Token split into its parts. Decoding checks nothing: see verifyToken().
struct Jwt
{
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput; // base64url(header) "." base64url(payload)
    QByteArray signature;    // decoded bytes

    // Parses a compact JWS; on failure returns nothing and says why in `error`.
    static std::optional<Jwt> decode(const QByteArray &token, QString *error = nullptr);
};

// A NumericDate claim (exp, iat, nbf, auth_time) as whole seconds since the epoch; nothing
// when it is not a number or no plausible time (NaN, beyond the year 9999 either way), which
// a plain cast to qint64 would turn into undefined behaviour.
std::optional<qint64> numericDate(const QJsonValue &value);

// base64url without padding, as JOSE and PKCE use it.
QByteArray base64UrlEncode(const QByteArray &bytes);
// Strict: any character outside the base64url alphabet fails.
std::optional<QByteArray> base64UrlDecode(const QByteArray &text);

} // namespace cdesk::auth
