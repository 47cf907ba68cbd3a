#include "sigv4.h"

// The signer sits on every request and in a benchmark against botocore: it uses OpenSSL's
// SHA-256 block functions directly (SHA-NI/AVX2 code paths) and HMAC built on copies of
// precomputed contexts. They are deprecated in OpenSSL 3 in favour of EVP, whose per-call
// context set-up costs more than the hashing of a typical request.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <QVarLengthArray>

#include <openssl/sha.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <vector>

namespace cdesk::aws::SigV4 {

namespace {

constexpr char kHexLower[] = "0123456789abcdef";
constexpr char kHexUpper[] = "0123456789ABCDEF";
constexpr int kDigest = SHA256_DIGEST_LENGTH;

void appendHex(QByteArray &out, const unsigned char *bytes, int size)
{
    const qsizetype at = out.size();
    out.resize(at + 2 * size);
    char *p = out.data() + at;
    for (int i = 0; i < size; ++i) {
        *p++ = kHexLower[bytes[i] >> 4];
        *p++ = kHexLower[bytes[i] & 0xF];
    }
}

void sha256(QByteArrayView data, unsigned char *digest)
{
    SHA256_CTX ctx;
    SHA256_Init(&ctx);
    SHA256_Update(&ctx, data.data(), size_t(data.size()));
    SHA256_Final(digest, &ctx);
}

// HMAC-SHA256 with the key's inner and outer pads already absorbed: one MAC then
// costs two context copies and the message's own blocks.
struct HmacKey
{
    SHA256_CTX inner;
    SHA256_CTX outer;

    explicit HmacKey(QByteArrayView key)
    {
        unsigned char block[SHA256_CBLOCK] = {};
        if (key.size() > SHA256_CBLOCK)
            sha256(key, block);
        else
            std::memcpy(block, key.data(), size_t(key.size()));
        unsigned char pad[SHA256_CBLOCK];
        for (int i = 0; i < SHA256_CBLOCK; ++i)
            pad[i] = block[i] ^ 0x36;
        SHA256_Init(&inner);
        SHA256_Update(&inner, pad, sizeof pad);
        for (int i = 0; i < SHA256_CBLOCK; ++i)
            pad[i] = block[i] ^ 0x5c;
        SHA256_Init(&outer);
        SHA256_Update(&outer, pad, sizeof pad);
    }

    void mac(QByteArrayView data, unsigned char *out) const
    {
        SHA256_CTX ctx = inner;
        SHA256_Update(&ctx, data.data(), size_t(data.size()));
        unsigned char innerDigest[kDigest];
        SHA256_Final(innerDigest, &ctx);
        ctx = outer;
        SHA256_Update(&ctx, innerDigest, sizeof innerDigest);
        SHA256_Final(out, &ctx);
    }
};

QByteArray hmacOnce(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(kDigest, Qt::Uninitialized);
    HmacKey(key).mac(data, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

// The derived key depends on the secret, the day, the region and the service only; it
// is the same for every request of a day. Memoised per thread (with the UTF-8 forms of
// the scope and the key id) so that sign() stays a pure function to its callers while
// skipping four HMACs, a key set-up and several conversions per request.
struct SigningContext
{
    QString secret;
    QByteArray day;
    QString region;
    QString service;
    QString accessKeyId;
    std::optional<HmacKey> key;
    QByteArray credentialScope; // day/region/service/aws4_request
    QByteArray accessKeyUtf8;
    QString sessionToken;
    QByteArray sessionTokenUtf8;
};

const SigningContext &signingContext(const Credentials &credentials, QByteArrayView day,
                                     const SigningScope &scope)
{
    thread_local SigningContext cache;
    if (!cache.key || cache.day != day || cache.secret != credentials.secretAccessKey ||
        cache.region != scope.region || cache.service != scope.service) {
        const QByteArray region = scope.region.toUtf8();
        const QByteArray service = scope.service.toUtf8();
        QByteArray key = hmacOnce("AWS4" + credentials.secretAccessKey.toUtf8(), day);
        key = hmacOnce(key, region);
        key = hmacOnce(key, service);
        key = hmacOnce(key, "aws4_request");
        cache.secret = credentials.secretAccessKey;
        cache.day = day.toByteArray();
        cache.region = scope.region;
        cache.service = scope.service;
        cache.key.emplace(key);
        cache.credentialScope = cache.day + '/' + region + '/' + service + "/aws4_request";
        key.fill(0);
    }
    if (cache.accessKeyId != credentials.accessKeyId) {
        cache.accessKeyId = credentials.accessKeyId;
        cache.accessKeyUtf8 = credentials.accessKeyId.toUtf8();
    }
    if (cache.sessionToken != credentials.sessionToken) {
        cache.sessionToken = credentials.sessionToken;
        cache.sessionTokenUtf8 = credentials.sessionToken.toUtf8();
    }
    return cache;
}

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

void appendLower(QByteArray &out, QByteArrayView text)
{
    const qsizetype at = out.size();
    out.resize(at + text.size());
    char *p = out.data() + at;
    for (char c : text)
        *p++ = lowerAscii(c);
}

// Case-insensitive order of header names, as their lower-case forms sort.
bool lessIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char x = lowerAscii(a[i]);
        const char y = lowerAscii(b[i]);
        if (x != y)
            return static_cast<unsigned char>(x) < static_cast<unsigned char>(y);
    }
    return a.size() < b.size();
}

bool equalIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && !lessIgnoringCase(a, b) && !lessIgnoringCase(b, a);
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

// Python's str.split() whitespace within ASCII, which is what botocore folds.
bool isFoldedSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Trims and folds runs of whitespace to one space, as the canonical header value requires.
void appendCanonicalHeaderValue(QByteArray &out, QByteArrayView value)
{
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && isFoldedSpace(value[begin]))
        ++begin;
    while (end > begin && isFoldedSpace(value[end - 1]))
        --end;
    value = value.sliced(begin, end - begin);
    // Usual case, in one append: nothing to fold.
    bool simple = true;
    for (qsizetype i = 0; i < value.size() && simple; ++i)
        simple = !isFoldedSpace(value[i]) || (value[i] == ' ' && !isFoldedSpace(value[i + 1]));
    if (simple) {
        out += value;
        return;
    }
    const qsizetype at = out.size();
    out.resize(at + value.size());
    char *p = out.data() + at;
    bool pendingSpace = false;
    for (char c : value) {
        if (isFoldedSpace(c)) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace) {
            *p++ = ' ';
            pendingSpace = false;
        }
        *p++ = c;
    }
    out.truncate(p - out.constData());
}

void appendUriEncoded(QByteArray &out, QByteArrayView bytes, bool encodeSlash)
{
    const qsizetype at = out.size();
    out.resize(at + 3 * bytes.size());
    char *p = out.data() + at;
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (isUnreserved(ch) || (ch == '/' && !encodeSlash)) {
            *p++ = ch;
        } else {
            *p++ = '%';
            *p++ = kHexUpper[c >> 4];
            *p++ = kHexUpper[c & 0xF];
        }
    }
    out.truncate(p - out.constData());
}

bool headerIs(const QByteArray &name, QByteArrayView lowerName)
{
    return name.compare(lowerName, Qt::CaseInsensitive) == 0;
}

// Civil date from days since 1970-01-01 (H. Hinnant's algorithm): QDateTime's own
// formatting costs more than the rest of a signature.
void civilFromDays(qint64 z, int &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

} // namespace

QByteArray uriEncode(QByteArrayView bytes, bool encodeSlash)
{
    QByteArray out;
    out.reserve(bytes.size() * 3);
    appendUriEncoded(out, bytes, encodeSlash);
    return out;
}

QByteArray canonicalUri(const QByteArray &wirePath, const SigningOptions &options)
{
    if (wirePath.isEmpty())
        return QByteArrayLiteral("/");
    if (wirePath == "/")
        return wirePath;

    QByteArray path;
    if (options.normalizePath) {
        // RFC 3986 dot segments; AWS also wants runs of slashes collapsed.
        std::vector<QByteArrayView> kept;
        const QByteArrayView view(wirePath);
        qsizetype start = 0;
        while (start <= view.size()) {
            qsizetype end = view.indexOf('/', start);
            if (end < 0)
                end = view.size();
            const QByteArrayView segment = view.sliced(start, end - start);
            if (segment == "..") {
                if (!kept.empty())
                    kept.pop_back();
            } else if (!segment.isEmpty() && segment != ".") {
                kept.push_back(segment);
            }
            start = end + 1;
        }
        path.reserve(wirePath.size());
        if (wirePath.startsWith('/'))
            path += '/';
        for (size_t i = 0; i < kept.size(); ++i) {
            if (i > 0)
                path += '/';
            path += kept[i];
        }
        if (wirePath.endsWith('/') && !kept.empty())
            path += '/';
    } else {
        path = wirePath;
    }

    QByteArray out;
    out.reserve(path.size() * 3);
    if (options.doubleEncodePath) {
        // The wire form is the first encoding; this is the second.
        appendUriEncoded(out, path, false);
    } else {
        // Re-encode each segment from its decoded form, so that any wire spelling of the
        // same path ("%7e", "~", a raw space) gives the same canonical URI.
        const QList<QByteArray> segments = path.split('/');
        for (qsizetype i = 0; i < segments.size(); ++i) {
            if (i > 0)
                out += '/';
            appendUriEncoded(out, QByteArray::fromPercentEncoding(segments.at(i)), true);
        }
    }
    if (out.isEmpty() || out.front() != '/')
        out.prepend('/');
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
        // Decode then encode: the canonical form of whatever spelling the wire used.
        pairs.emplace_back(uriEncode(QByteArray::fromPercentEncoding(key)),
                           uriEncode(QByteArray::fromPercentEncoding(value)));
    }
    // By encoded key, then (repeated keys) by encoded value.
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
    const qint64 seconds = now.toSecsSinceEpoch();
    qint64 days = seconds / 86400;
    qint64 secondOfDay = seconds % 86400;
    if (secondOfDay < 0) {
        secondOfDay += 86400;
        --days;
    }
    int year;
    unsigned month;
    unsigned day;
    civilFromDays(days, year, month, day);
    const auto hour = unsigned(secondOfDay / 3600);
    const auto minute = unsigned(secondOfDay / 60 % 60);
    const auto second = unsigned(secondOfDay % 60);
    char buffer[17];
    const auto two = [](char *p, unsigned v) {
        p[0] = char('0' + v / 10);
        p[1] = char('0' + v % 10);
    };
    two(buffer, unsigned(year) / 100);
    two(buffer + 2, unsigned(year) % 100);
    two(buffer + 4, month);
    two(buffer + 6, day);
    buffer[8] = 'T';
    two(buffer + 9, hour);
    two(buffer + 11, minute);
    two(buffer + 13, second);
    buffer[15] = 'Z';
    buffer[16] = 0;
    return QByteArray(buffer, 16);
}

SignatureResult sign(const SigningRequest &request, const Credentials &credentials,
                     const SigningScope &scope, const QDateTime &now, const SigningOptions &options)
{
    SignatureResult result;
    const QByteArray date = amzDate(now);
    const QByteArrayView day = QByteArrayView(date).first(8);
    const SigningContext &context = signingContext(credentials, day, scope);

    // Names compared without case; a stable sort keeps repeated headers in the order sent,
    // and their values are then joined with commas.
    struct Header
    {
        QByteArrayView name; // trimmed, original case
        QByteArrayView value;
    };
    QVarLengthArray<Header, 16> headers;
    bool hasDate = false;
    bool hasToken = false;
    for (const auto &[name, value] : request.headers) {
        const QByteArrayView trimmed = QByteArrayView(name).trimmed();
        hasDate = hasDate || headerIs(name, "x-amz-date");
        hasToken = hasToken || headerIs(name, "x-amz-security-token");
        headers.append({trimmed, value});
    }
    QByteArray token;
    if (!hasDate)
        result.addedHeaders.append({QByteArrayLiteral("X-Amz-Date"), date});
    if (!credentials.sessionToken.isEmpty() && !hasToken) {
        token = context.sessionTokenUtf8;
        result.addedHeaders.append({QByteArrayLiteral("X-Amz-Security-Token"), token});
    }
    if (!hasDate)
        headers.append({"x-amz-date", date});
    if (!token.isEmpty())
        headers.append({"x-amz-security-token", token});
    std::stable_sort(headers.begin(), headers.end(), [](const Header &a, const Header &b) {
        return lessIgnoringCase(a.name, b.name);
    });

    QByteArray &creq = result.canonicalRequest;
    creq.reserve(1024);
    creq += request.method;
    creq += '\n';
    if (request.path == "/")
        creq += '/';
    else
        creq += canonicalUri(request.path, options);
    creq += '\n';
    if (!request.query.isEmpty())
        creq += canonicalQuery(request.query);
    creq += '\n';
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (i > 0 && equalIgnoringCase(headers[i].name, headers[i - 1].name)) {
            creq += ',';
        } else {
            if (i > 0)
                creq += '\n';
            appendLower(creq, headers[i].name);
            creq += ':';
        }
        appendCanonicalHeaderValue(creq, headers[i].value);
    }
    creq += "\n\n";
    const qsizetype signedHeadersAt = creq.size();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (i > 0 && equalIgnoringCase(headers[i].name, headers[i - 1].name))
            continue;
        if (i > 0)
            creq += ';';
        appendLower(creq, headers[i].name);
    }
    const qsizetype signedHeadersSize = creq.size() - signedHeadersAt;
    creq += '\n';
    unsigned char digest[kDigest];
    sha256(request.body, digest);
    appendHex(creq, digest, kDigest);

    QByteArray &sts = result.stringToSign;
    sts.reserve(256);
    sts += "AWS4-HMAC-SHA256\n";
    sts += date;
    sts += '\n';
    sts += context.credentialScope;
    sts += '\n';
    sha256(creq, digest);
    appendHex(sts, digest, kDigest);

    context.key->mac(sts, digest);
    result.signature.reserve(2 * kDigest);
    appendHex(result.signature, digest, kDigest);

    QByteArray &authorization = result.authorization;
    authorization.reserve(256 + signedHeadersSize);
    authorization += "AWS4-HMAC-SHA256 Credential=";
    authorization += context.accessKeyUtf8;
    authorization += '/';
    authorization += context.credentialScope;
    authorization += ", SignedHeaders=";
    authorization.append(creq.constData() + signedHeadersAt, signedHeadersSize);
    authorization += ", Signature=";
    authorization += result.signature;
    return result;
}

} // namespace cdesk::aws::SigV4
