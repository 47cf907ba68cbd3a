#pragma once

#include "auth/tokenset.h"
#include "aws/credentials.h"
#include "aws/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace cdesk::auth {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One call to an HTTP API: what `api call` sends and what the token workbench's "Token
// endpoint" sign-in sends.
struct ApiRequest
{
    QUrl url;
    QByteArray method = "GET";
    QByteArray body; // sent as application/json unless a Content-Type header says otherwise
    HttpHeaders headers;
    int timeoutMs = 60000;
    qint64 maxBodyBytes = 16 * 1024 * 1024; // bigger answers are aborted, not buffered
};

// Whatever the server answered, whatever the status: judging it is the caller's.
struct ApiReply
{
    int status = 0;
    QString reason;
    HttpHeaders headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
};

// The region a SigV4 signature of an API call to `url` is scoped to: the one an AWS host
// names (ID.execute-api.REGION.amazonaws.com, SERVICE.REGION.amazonaws.com), else `fallback`.
QString apiSigningRegion(const QUrl &url, const QString &fallback);

// Signs `request` (its method, URL, headers and body as they will be sent) with `credentials`
// (temporary ones: the session token is sent too) for `service` in `region`: adds
// X-Amz-Date, X-Amz-Security-Token and Authorization. Used for API Gateway's IAM
// authorization with an identity pool's credentials.
void signApiRequest(ApiRequest *request, const aws::Credentials &credentials,
                    const QString &service, const QString &region,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());

// "Basic base64(username:password)", as `curl -u USERNAME:PASSWORD` sends it.
QByteArray basicAuthorization(const QString &username, const QString &password);

// Sends the request through aws::sendHttp (http only to loopback hosts, redirects only
// within the origin, answers capped at maxBodyBytes). Any whole HTTP answer is a reply; no
// answer is a Network or Timeout error of type "ApiUnreachable"; an answer cut off is
// "TruncatedResponse", one too large "ResponseTooLarge", a redirect elsewhere
// "RedirectRefused".
QFuture<aws::Result<ApiReply>> sendApiRequest(QNetworkAccessManager *network,
                                              const ApiRequest &request);

// The tokens in a token endpoint's answer: Cognito's {"AuthenticationResult": {IdToken,
// AccessToken, RefreshToken, ExpiresIn, TokenType}}, or the same fields at the top level
// (what a Lambda that returns AdminInitiateAuth's result unwrapped sends). Errors, each
// saying what the endpoint did: "TokenEndpointRefused" (HTTP 401/403: the credentials),
// "TokenEndpointFailed" (any other non-2xx), "TokenEndpointNotJson" (an HTML page or
// other text), "NoTokensInAnswer" (JSON without IdToken/AccessToken; a pending challenge
// is named). The session is Grant::Password: it refreshes with REFRESH_TOKEN_AUTH.
aws::Result<TokenSet>
tokensFromTokenEndpoint(const ApiReply &reply,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());

// A sign-in at a token endpoint of one's own (e.g. a Lambda behind API Gateway that runs
// AdminInitiateAuth): POSTs `body` (may be empty) with HTTP Basic credentials and reads
// the tokens as above. To adopt them as the user's session (refresh token only in the
// keychain), save them like `auth login --save` does:
//     SessionStore(&keychain, &settings).save(
//         SessionKey::make(endpointOverride, region, clientId.isEmpty() ? tokens.clientId()
//                                                                       : clientId,
//                          username),
//         tokens);
QFuture<aws::Result<TokenSet>> signInAtTokenEndpoint(QNetworkAccessManager *network,
                                                     const QUrl &url, const QString &username,
                                                     const QString &password,
                                                     const QByteArray &body = {});

} // namespace cdesk::auth
