#include "jwt.h"

#include <QCoreApplication>
#include <QJsonDocument>

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
