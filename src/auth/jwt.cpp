#include "jwt.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace cdesk::auth {

QByteArray base64UrlEncode(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> base64UrlDecode(const QByteArray &text)
{
    // Qt accepts '=' padding in the middle of the input with AbortOnBase64DecodingErrors;
    // JOSE never pads, so any '=' is an error here.
    if (text.contains('='))
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<qint64> numericDate(const QJsonValue &value)
{
    constexpr double Year9999 = 253402300799.0; // 9999-12-31T23:59:59Z
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    if (!(std::abs(seconds) <= Year9999)) // false for NaN too
        return std::nullopt;
    return static_cast<qint64>(seconds);
}

namespace {

std::optional<QJsonObject> jsonObject(const QByteArray &part)
{
    const auto bytes = base64UrlDecode(part);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

std::optional<Jwt> Jwt::decode(const QByteArray &token, QString *error)
{
    const auto fail = [error](const char *why) -> std::optional<Jwt> {
        if (error)
            *error = QCoreApplication::translate("cdesk::auth", why);
        return std::nullopt;
    };
    const QList<QByteArray> parts = token.trimmed().split('.');
    if (parts.size() != 3)
        return fail("A JWT has three dot-separated parts.");
    const auto header = jsonObject(parts[0]);
    if (!header)
        return fail("The JWT header is not base64url-encoded JSON.");
    const auto claims = jsonObject(parts[1]);
    if (!claims)
        return fail("The JWT payload is not base64url-encoded JSON.");
    const auto signature = base64UrlDecode(parts[2]);
    if (!signature)
        return fail("The JWT signature is not base64url-encoded.");
    Jwt jwt;
    jwt.header = *header;
    jwt.claims = *claims;
    jwt.signingInput = parts[0] + '.' + parts[1];
    jwt.signature = *signature;
    return jwt;
}

} // namespace cdesk::auth
