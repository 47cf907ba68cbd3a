#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace cdesk::auth {

// A JSON Web Token split into its parts. Decoding checks nothing: see JwtVerifier.
struct Jwt
{
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput; // base64url(header) "." base64url(payload)
    QByteArray signature;    // decoded bytes

    // Parses a compact JWS; on failure returns nothing and says why in `error`.
    static std::optional<Jwt> decode(const QByteArray &token, QString *error = nullptr);
};

} // namespace cdesk::auth
