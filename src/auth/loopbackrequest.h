#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace cdesk::auth {

// The limits a request to the loopback receiver must keep. A browser's redirect is one
// short GET (or, for the implicit grant, one small POST from the capture page); anything
// much larger is not a sign-in.
struct LoopbackRequestLimits
{
    qsizetype maxRequestBytes = 64 * 1024; // request line, headers and body together
    qsizetype maxRequestLineBytes = 8 * 1024;
    qsizetype maxHeaderBytes = 16 * 1024; // request line and headers, up to the empty line
    int maxHeaderCount = 64;
};

// One HTTP/1.x request as the receiver needs it.
struct LoopbackRequest
{
    QByteArray method;
    QByteArray target;
    QByteArray host;   // lower-cased, empty when absent
    QByteArray origin; // lower-cased, empty when absent
    QByteArray body;
};

struct LoopbackParse
{
    enum class Status
    {
        NeedMore, // a prefix of a request that is within the limits: wait for more bytes
        Complete,
        Error, // answer `httpStatus` and close
    };
    enum class Error
    {
        None,
        NotHttp,            // 400: the request line is not METHOD SP /target SP HTTP/1.x
        BadHeader,          // 400: a header line without a name, a folded line, a stray CR
        DuplicateHeader,    // 400: Host or Content-Length given twice
        BadContentLength,   // 400: not a decimal number
        Chunked,            // 411: Transfer-Encoding (a redirect never has one)
        TooLarge,           // 413: more than maxRequestBytes (Content-Length included)
        RequestLineTooLong, // 414
        HeadersTooLarge,    // 431: maxHeaderBytes or maxHeaderCount exceeded
    };

    Status status = Status::NeedMore;
    Error error = Error::None;
    int httpStatus = 0; // for an Error
    LoopbackRequest request;
    qsizetype consumed = 0; // for Complete: the bytes the request took

    bool complete() const { return status == Status::Complete; }
};

// Parses the bytes received so far on a connection. Pure (no I/O, no state), so it can be
// tested and fuzzed on its own. Lines may end in CRLF or a bare LF (RFC 9112 §2.2); a CR
// anywhere else is an error. The size arithmetic cannot overflow: a Content-Length is
// compared with what is left of the limit, never added to anything.
LoopbackParse parseLoopbackRequest(QByteArrayView bytes, const LoopbackRequestLimits &limits = {});

} // namespace cdesk::auth
