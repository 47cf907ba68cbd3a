#pragma once

#include "auth/jwtverifier.h"
#include "auth/loopbackreceiver.h"
#include "auth/oauth.h"
#include "auth/tokenset.h"
#include "aws/result.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace cdesk::cognito {
class IdentityProvider;
}

namespace cdesk::auth {

// Where a pool's hosted UI lives when the profile (or --domain) names no domain. Against
// an endpoint override (cognito-sim, cognito-local) it is the override's origin, which
// serves every pool's hosted UI; against AWS it is the pool's custom domain, else its
// prefix domain (DescribeUserPool's CustomDomain / Domain). A pool without a domain is
// the error "NoHostedUiDomain".
QFuture<aws::Result<QUrl>> resolveHostedUiDomain(cognito::IdentityProvider *provider,
                                                 const QString &userPoolId);

// One hosted-UI sign-in from start to tokens: the loopback receiver on the redirect URI,
// the authorize URL handed to a browser, then the fragment's tokens (implicit) or the
// code exchanged at /oauth2/token with the PKCE verifier (code). The ID token's nonce is
// checked against the one sent. The implicit grant's tokens come through the browser, from
// whoever managed to post to the receiver, so they are verified in full (signature against
// the issuer's JWKS, iss, aud/client_id, token_use, exp, and the nonce, which must be
// there) before anyone sees them; a token that fails is the error "TokenRejected". Opening the
// browser is the caller's (QDesktopServices lives in QtGui, which this library does not use).
class HostedUiLogin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostedUiLogin)

public:
    struct Options
    {
        QUrl domain;
        QString clientId;
        QString clientSecret; // empty for public clients
        QUrl redirectUri;     // a loopback URI registered on the client
        QStringList scopes{QStringLiteral("openid"), QStringLiteral("email"),
                           QStringLiteral("profile")};
        HostedUiGrant grant = HostedUiGrant::Code;
        int timeoutMs = 300000;
        // The issuers whose tokens the implicit grant accepts (cognitoIssuers()); none means
        // no implicit-grant token is accepted.
        QStringList issuers;
        // The time tokens are checked at; the system clock when empty.
        std::function<QDateTime()> clock;
    };
    using BrowserOpener = std::function<void(const QUrl &authorizeUrl)>;

    // `network` is not owned and must outlive the login.
    HostedUiLogin(QNetworkAccessManager *network, Options options, QObject *parent = nullptr);
    ~HostedUiLogin() override;

    const AuthorizeRequest &request() const { return m_request; }

    // Starts listening, then calls `openBrowser` with the authorize URL.
    QFuture<aws::Result<TokenSet>> start(const BrowserOpener &openBrowser);

Q_SIGNALS:
    // Passed on from the receiver: forged or stray requests, for --verbose and the GUI.
    void requestRefused(const QString &reason);

private:
    QNetworkAccessManager *m_network;
    Options m_options;
    AuthorizeRequest m_request;
    LoopbackReceiver *m_receiver;
    JwksCache *m_jwks;
    JwtVerifier m_verifier;
};

} // namespace cdesk::auth
