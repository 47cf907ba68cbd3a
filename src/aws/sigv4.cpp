#include "sigv4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace cdesk::aws::SigV4 {

namespace {

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

// Trims and folds runs of spaces to one, as the canonical header value requires.
QByteArray canonicalHeaderValue(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    bool pendingSpace = false;
    for (char c : value) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += ' ';
            pendingSpace = false;
        }
        out += c;
    }
    return out;
}

} // namespace

QByteArray uriEncode(const QByteArray &bytes, bool encodeSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (isUnreserved(ch) || (ch == '/' && !encodeSlash)) {
            out += ch;
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

QByteArray canonicalUri(const QString &decodedPath)
{
    // RFC 3986 normalisation: drop empty and '.' segments, resolve '..'.
    const QStringList segments = decodedPath.split(QLatin1Char('/'));
    QStringList kept;
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == QLatin1String("."))
            continue;
        if (segment == QLatin1String("..")) {
            if (!kept.isEmpty())
                kept.removeLast();
            continue;
        }
        kept.append(segment);
    }
    QByteArray out;
    for (const QString &segment : std::as_const(kept)) {
        out += '/';
        out += uriEncode(segment.toUtf8());
    }
    const bool trailingSlash = decodedPath.endsWith(QLatin1Char('/')) && !kept.isEmpty();
    if (out.isEmpty() || trailingSlash)
        out += '/';
    return out;
}

QByteArray canonicalQuery(const QByteArray &rawQuery)
{
    if (rawQuery.isEmpty())
        return {};
    std::vector<std::pair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &part : rawQuery.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        pairs.emplace_back(uriEncode(QByteArray::fromPercentEncoding(key)),
                           uriEncode(QByteArray::fromPercentEncoding(value)));
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const auto &[key, value] : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += key + '=' + value;
    }
    return out;
}

QByteArray amzDate(const QDateTime &now)
{
    return now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

SignatureResult sign(const SigningRequest &request, const Credentials &credentials,
                     const SigningScope &scope, const QDateTime &now)
{
    SignatureResult result;
    const QByteArray date = amzDate(now);
    const QByteArray day = date.left(8);

    HeaderList headers = request.headers;
    const auto hasHeader = [&headers](QByteArrayView name) {
        return std::any_of(headers.cbegin(), headers.cend(), [name](const auto &header) {
            return header.first.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    if (!hasHeader("x-amz-date")) {
        result.addedHeaders.append({QByteArrayLiteral("X-Amz-Date"), date});
        headers.append(result.addedHeaders.last());
    }
    if (!credentials.sessionToken.isEmpty() && !hasHeader("x-amz-security-token")) {
        result.addedHeaders.append(
            {QByteArrayLiteral("X-Amz-Security-Token"), credentials.sessionToken.toUtf8()});
        headers.append(result.addedHeaders.last());
    }

    // Lower-cased names in order; repeated headers join their values with commas.
    std::map<QByteArray, QByteArray> canonical;
    for (const auto &[name, value] : std::as_const(headers)) {
        QByteArray &slot = canonical[name.toLower().trimmed()];
        if (!slot.isNull())
            slot += ',';
        else
            slot = QByteArray("");
        slot += canonicalHeaderValue(value);
    }
    QByteArray canonicalHeaders;
    QByteArray signedHeaders;
    for (const auto &[name, value] : canonical) {
        canonicalHeaders += name + ':' + value + '\n';
        if (!signedHeaders.isEmpty())
            signedHeaders += ';';
        signedHeaders += name;
    }

    result.canonicalRequest = request.method + '\n' + canonicalUri(request.path) + '\n' +
                              canonicalQuery(request.query) + '\n' + canonicalHeaders + '\n' +
                              signedHeaders + '\n' + sha256Hex(request.body);

    const QByteArray credentialScope =
        day + '/' + scope.region.toUtf8() + '/' + scope.service.toUtf8() + "/aws4_request";
    result.stringToSign = "AWS4-HMAC-SHA256\n" + date + '\n' + credentialScope + '\n' +
                          sha256Hex(result.canonicalRequest);

    QByteArray key = hmac("AWS4" + credentials.secretAccessKey.toUtf8(), day);
    key = hmac(key, scope.region.toUtf8());
    key = hmac(key, scope.service.toUtf8());
    key = hmac(key, "aws4_request");
    result.signature = hmac(key, result.stringToSign).toHex();

    result.authorization = "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId.toUtf8() + '/' +
                           credentialScope + ", SignedHeaders=" + signedHeaders +
                           ", Signature=" + result.signature;
    return result;
}

} // namespace cdesk::aws::SigV4
