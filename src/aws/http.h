#pragma once

#include "result.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace cdesk::aws {

// "cdesk.http": each request's method, origin, status and size, and every redirect followed
// or refused (info). Never headers, bodies or tokens.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One plain HTTP request outside the AWS JSON/Query protocols: JWKS, OAuth token endpoints,
// `api call`, the token workbench, S3 uploads to pre-signed URLs.
struct HttpRequest
{
    QUrl url;
    QByteArray method = "GET";
    HttpHeaders headers; // sent as given (Authorization included)
    QByteArray body;
    int timeoutMs = 30000; // from sending to the whole answer, redirects included
    QList<QSslCertificate> extraCaCertificates;
};

// What every caller of sendHttp gets for free; the defaults suit an API's JSON answer.
struct HttpLimits
{
    // Bigger answers are aborted while they download ("ResponseTooLarge"), not buffered.
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    // Redirects followed, each only within the request's origin (see sendHttp); 0 makes a
    // redirect an answer like any other.
    int maxRedirects = 5;
};

// An HTTP answer that arrived whole: the status is the caller's to judge.
struct HttpReply
{
    int status = 0;
    QString reason;
    HttpHeaders headers;
    QByteArray body;
    QUrl url; // where the answer came from, after redirects

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
};

// The one way the project sends a plain HTTP request. It:
// - refuses http:// except to loopback hosts (validateEndpointUrl), before sending;
// - follows a redirect only to the same origin (scheme, host and port), so a redirect can
//   never downgrade https to http, reach a non-loopback http host, or carry Authorization
//   (or anything else the caller set) to another origin; any other redirect is the error
//   "RedirectRefused", naming where it pointed;
// - sends and stores no cookies;
// - aborts an answer past limits.maxBodyBytes while it downloads ("ResponseTooLarge");
// - treats an answer that did not arrive whole (the connection closed early, a body shorter
//   than its Content-Length) as an error ("TruncatedResponse"), whatever its status;
// - maps "no answer" to one error: Network or Timeout kind, type "HttpUnreachable", retryable.
// Any HTTP answer that arrived whole, whatever its status, is a reply.
QFuture<Result<HttpReply>> sendHttp(QNetworkAccessManager *network, const HttpRequest &request,
                                    const HttpLimits &limits = {});

// Whether `to` has the origin of `from` (scheme, host, port with defaults).
bool isSameOrigin(const QUrl &from, const QUrl &to);

} // namespace cdesk::aws
