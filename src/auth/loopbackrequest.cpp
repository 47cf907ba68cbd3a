#include "loopbackrequest.h"

namespace cdesk::auth {

namespace {

LoopbackParse failure(LoopbackParse::Error error)
{
    LoopbackParse parse;
    parse.status = LoopbackParse::Status::Error;
    parse.error = error;
    switch (error) {
    case LoopbackParse::Error::Chunked:
        parse.httpStatus = 411;
        break;
    case LoopbackParse::Error::TooLarge:
        parse.httpStatus = 413;
        break;
    case LoopbackParse::Error::RequestLineTooLong:
        parse.httpStatus = 414;
        break;
    case LoopbackParse::Error::HeadersTooLarge:
        parse.httpStatus = 431;
        break;
    default:
        parse.httpStatus = 400;
        break;
    }
    return parse;
}

bool isTokenChar(char c)
{
    // RFC 9110 tchar.
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text)
        if (!isTokenChar(c))
            return false;
    return true;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

} // namespace

LoopbackParse parseLoopbackRequest(QByteArrayView bytes, const LoopbackRequestLimits &limits)
{
    using Error = LoopbackParse::Error;
    LoopbackParse parse;
    bool haveHost = false;
    bool haveLength = false;
    qsizetype contentLength = 0;
    int headerCount = 0;
    qsizetype position = 0;
    for (bool requestLine = true;; requestLine = false) {
        const qsizetype newline = bytes.indexOf('\n', position);
        if (newline < 0) {
            // An unfinished line: wait, unless it is already past what is allowed.
            const qsizetype pending = bytes.size() - position;
            if (requestLine && pending > limits.maxRequestLineBytes)
                return failure(Error::RequestLineTooLong);
            if (bytes.size() > limits.maxHeaderBytes)
                return failure(Error::HeadersTooLarge);
            return parse;
        }
        QByteArrayView line = bytes.sliced(position, newline - position);
        position = newline + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (requestLine && line.size() > limits.maxRequestLineBytes)
            return failure(Error::RequestLineTooLong);
        if (position > limits.maxHeaderBytes)
            return failure(Error::HeadersTooLarge);
        if (line.contains('\r') || line.contains('\0'))
            return failure(requestLine ? Error::NotHttp : Error::BadHeader);
        if (requestLine) {
            const qsizetype first = line.indexOf(' ');
            const qsizetype last = line.lastIndexOf(' ');
            if (first <= 0 || last <= first)
                return failure(Error::NotHttp);
            const QByteArrayView method = line.first(first);
            const QByteArrayView target = line.sliced(first + 1, last - first - 1);
            const QByteArrayView version = line.sliced(last + 1);
            if (!isToken(method) || !target.startsWith('/') || target.contains(' ') ||
                target.contains('\t') || (version != "HTTP/1.1" && version != "HTTP/1.0"))
                return failure(Error::NotHttp);
            parse.request.method = method.toByteArray();
            parse.request.target = target.toByteArray();
            continue;
        }
        if (line.isEmpty())
            break; // the end of the headers
        if (++headerCount > limits.maxHeaderCount)
            return failure(Error::HeadersTooLarge);
        const qsizetype colon = line.indexOf(':');
        // No whitespace before the colon and no obsolete line folding: both have been used
        // to make two parsers read one request differently.
        if (colon <= 0 || !isToken(line.first(colon)))
            return failure(Error::BadHeader);
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (name == "host") {
            if (haveHost)
                return failure(Error::DuplicateHeader);
            haveHost = true;
            parse.request.host = value.toByteArray().toLower();
        } else if (name == "origin") {
            parse.request.origin = value.toByteArray().toLower();
        } else if (name == "content-length") {
            if (haveLength)
                return failure(Error::DuplicateHeader);
            haveLength = true;
            if (value.isEmpty())
                return failure(Error::BadContentLength);
            // Digit by digit, stopping as soon as it passes the limit: no overflow.
            contentLength = 0;
            for (char c : value) {
                if (c < '0' || c > '9')
                    return failure(Error::BadContentLength);
                if (contentLength > limits.maxRequestBytes)
                    continue; // already too large; keep checking the syntax
                contentLength = contentLength * 10 + (c - '0');
            }
        } else if (name == "transfer-encoding") {
            return failure(Error::Chunked);
        }
    }
    // position is the size of the head, at most maxHeaderBytes: the subtraction is safe.
    if (contentLength > limits.maxRequestBytes - position)
        return failure(Error::TooLarge);
    if (bytes.size() - position < contentLength)
        return parse; // the body is still on its way
    parse.request.body = bytes.sliced(position, contentLength).toByteArray();
    parse.status = LoopbackParse::Status::Complete;
    parse.consumed = position + contentLength;
    return parse;
}

} // namespace cdesk::auth
