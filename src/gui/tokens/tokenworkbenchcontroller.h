#pragma once

#include "auth/oauth.h"
#include "auth/sessionstore.h"
#include "auth/tokenendpoint.h"
#include "auth/tokenset.h"
#include "aws/awserror.h"
#include "cognito/identitypools.h"
#include "cognito/secrethash.h"
#include "cognito/types.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace cdesk::auth {
class HostedUiLogin;
class JwksCache;
} // namespace cdesk::auth

namespace cdesk::cognito {
class Connection;
}

namespace cdesk::models {
class ClaimsModel;
}

namespace cdesk::gui {

// The token workbench's work: signing in as a user of one pool (InitiateAuth flows, the
// hosted UI), answering challenges, checking and refreshing the tokens, calling an API
// with one. The workbench widget only shows what this says and passes on what is typed.
//
// One operation at a time: starting one while another runs is refused with busyChanged
// still true; cancel() drops whatever is under way (its answer, should it still come, is
// ignored).
class TokenWorkbenchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenWorkbenchController)

public:
    enum class Method
    {
        Password,         // InitiateAuth USER_PASSWORD_AUTH
        Srp,              // InitiateAuth USER_SRP_AUTH
        Admin,            // AdminInitiateAuth ADMIN_USER_PASSWORD_AUTH (signed)
        HostedUiCode,     // authorization code + PKCE through the loopback receiver
        HostedUiImplicit, // implicit grant through the loopback receiver
        TokenEndpoint,    // HTTP Basic to a token endpoint of one's own (auth/tokenendpoint.h)
    };
    Q_ENUM(Method)

    enum class TokenKind
    {
        Id,
        Access,
    };
    Q_ENUM(TokenKind)

    // The state of one token's signature and claims check.
    struct Check
    {
        enum class State
        {
            None,      // no token
            Checking,  // the issuer's keys are being fetched
            Valid,     // signature, iss, aud/client_id, token_use and exp all good
            Invalid,   // refused: `reason` says why (rejection name first)
            Unchecked, // the keys could not be fetched: `reason` has the error
        };
        State state = State::None;
        QString reason;
    };

    // A challenge waiting for an answer.
    struct Challenge
    {
        QString name; // NEW_PASSWORD_REQUIRED, SOFTWARE_TOKEN_MFA, SMS_MFA, ...
        QString session;
        QString username;               // the internal one SECRET_HASH takes from here on
        QStringList requiredAttributes; // NEW_PASSWORD_REQUIRED: without "userAttributes."
        QJsonObject parameters;         // ChallengeParameters as sent
        bool admin = false;             // answered with AdminRespondToAuthChallenge
        auth::Grant grant = auth::Grant::Password;
    };

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // A call to an API with one of the tokens in Authorization.
    struct ApiRequest
    {
        QUrl url;
        QByteArray method = "GET";
        Headers headers; // besides Authorization
        QByteArray body;
        TokenKind token = TokenKind::Id;
        bool bearer = false; // "Bearer <token>"; API Gateway's Cognito authorizer takes it bare
        // Signed with the identity-pool credentials (identityCredentials()) for `service`
        // instead of carrying a token: API Gateway's IAM authorization.
        bool sigv4 = false;
        QString service = QStringLiteral("execute-api");
    };

    struct ApiResponse
    {
        int status = 0;
        QString reason;
        Headers headers;
        QByteArray body;
    };

    using BrowserOpener = std::function<void(const QUrl &authorizeUrl)>;

    explicit TokenWorkbenchController(QObject *parent = nullptr);
    ~TokenWorkbenchController() override;

    // Lists the pool's app clients (clientsChanged); null clears everything.
    // The connection of the pool shown (null: none).
    const std::shared_ptr<cognito::Connection> &connection() const { return m_connection; }
    void setPool(std::shared_ptr<cognito::Connection> connection, const QString &poolId);
    const QString &poolId() const { return m_poolId; }
    const QList<cognito::UserPoolClientDescription> &clients() const { return m_clients; }

    // Describes the client (its secret, callback URLs, flows); clientChanged when known.
    void selectClient(const QString &clientId);
    const std::optional<cognito::UserPoolClient> &client() const { return m_client; }
    // The hosted UI's origin as the pool suggests it: the endpoint override's (cognito-local,
    // cognito-sim), else the pool's Cognito or custom domain (looked up on setPool).
    QUrl hostedUiDomain() const { return m_hostedUiDomain; }
    // The client's loopback callback URLs, the ones a hosted-UI sign-in can come back to.
    QStringList loopbackCallbacks() const;

    // How the authorize URL reaches a browser: QDesktopServices unless replaced (tests).
    void setBrowserOpener(BrowserOpener opener) { m_browserOpener = std::move(opener); }

    void signIn(Method method, const QString &username, const QString &password);
    // Listens on `redirectUri` (a loopback one registered on the client), hands the
    // authorize URL to the browser opener and waits for the redirect.
    void signInWithHostedUi(auth::HostedUiGrant grant, const QUrl &domain, const QUrl &redirectUri,
                            const QStringList &scopes);
    // POSTs HTTP Basic credentials to `url` (e.g. a Lambda running AdminInitiateAuth) and
    // adopts the AuthenticationResult it answers; needs no app client chosen.
    void signInAtTokenEndpoint(const QUrl &url, const QString &username, const QString &password);
    const std::optional<Challenge> &challenge() const { return m_challenge; }
    void answerNewPassword(const QString &newPassword, const QList<cognito::Attribute> &attributes);
    void answerMfa(const QString &code);
    void refresh();
    // The signed-in user's temporary AWS credentials from the identity pool `identityPoolId`
    // (REGION:UUID): GetId and GetCredentialsForIdentity with the ID token, as the CLI's
    // `identity credentials` gets them; then the pool's authenticated role, when the
    // connection may read it (GetIdentityPoolRoles). identityCredentialsChanged when known.
    void getIdentityCredentials(const QString &identityPoolId);
    const std::optional<cognito::IdentityCredentials> &identityCredentials() const
    {
        return m_identityCredentials;
    }
    // The identity pool's authenticated role ARN (empty when it could not be read).
    const QString &identityRole() const { return m_identityRole; }
    void send(const ApiRequest &request);
    void cancel();

    // Shows the tokens of a saved session as if just signed in as `username`: claims, checks.
    void useTokens(const auth::TokenSet &tokens, const QString &username);
    // Whom the tokens shown belong to, as signed in (the name typed, else the token's).
    const QString &signedInAs() const { return m_signedInAs; }
    // The SessionKey endpoint of the connection ("aws:<region>" or the override); empty without
    // one.
    QString sessionEndpoint() const;
    // Where the CLI's `token get USER` (and `exec --as USER`) (same endpoint, app client) finds the
    // tokens shown: the app client they were issued to, the user signed in as. Empty fields without
    // tokens.
    auth::SessionKey sessionKey() const;

    bool isBusy() const { return m_busy; }
    bool hasTokens() const
    {
        return !m_tokens.accessToken.isEmpty() || !m_tokens.idToken.isEmpty();
    }
    const auth::TokenSet &tokens() const { return m_tokens; }
    QString token(TokenKind kind) const;
    models::ClaimsModel *claims(TokenKind kind) const;
    const Check &check(TokenKind kind) const;
    const std::optional<aws::AwsError> &lastError() const { return m_lastError; }

    // The curl command line for `request`, the token included (single-quoted for a POSIX shell).
    // A SigV4 request carries its signed headers (valid for a few minutes), never the secret key.
    QString curlCommand(const ApiRequest &request) const;
    // What Authorization carries for `request`: the bare token or "Bearer <token>".
    QString authorization(const ApiRequest &request) const;

Q_SIGNALS:
    void clientsChanged();
    void clientChanged();
    void hostedUiDomainChanged();
    // `what` says what is under way ("Signing in..."); empty when idle.
    void busyChanged(bool busy, const QString &what);
    void challengeRequested();
    void tokensChanged();
    void checkChanged(cdesk::gui::TokenWorkbenchController::TokenKind kind);
    // Cleared (nullopt) when an operation starts.
    void errorChanged();
    void apiResponded(const cdesk::gui::TokenWorkbenchController::ApiResponse &response);
    // getIdentityCredentials got credentials, or new tokens cleared them.
    void identityCredentialsChanged();
    // A hosted-UI redirect that was refused (forged state, wrong path...).
    void hostedUiRequestRefused(const QString &reason);

private:
    // Starts an operation; false (with an error) when one is running or there is no pool.
    bool begin(const QString &what, bool needsClient = true);
    void end();
    void fail(const aws::AwsError &error);
    void handleAuthResponse(const cognito::AuthResponse &response, const QString &username,
                            bool admin, auth::Grant grant);
    // `ownClient`: the tokens are for the chosen app client (not a token endpoint's own).
    void adoptTokens(const auth::TokenSet &tokens, bool ownClient = true);
    // Checks one token's signature and claims, then runs `next`.
    void verify(TokenKind kind, const std::function<void()> &next);
    cognito::AppClient appClient() const;
    // `request` as it goes out: with its token, or SigV4-signed with the identity credentials.
    auth::ApiRequest prepared(const ApiRequest &request) const;
    QDateTime now() const;

    std::shared_ptr<cognito::Connection> m_connection;
    // After m_connection: it uses the connection's network and must go first.
    std::unique_ptr<auth::JwksCache> m_jwks;
    QString m_poolId;
    QList<cognito::UserPoolClientDescription> m_clients;
    std::optional<cognito::UserPoolClient> m_client;
    QString m_selectedClientId;
    QUrl m_hostedUiDomain;
    BrowserOpener m_browserOpener;

    int m_generation = 0;     // answers of older operations are dropped
    int m_poolGeneration = 0; // answers about a pool no longer shown are dropped
    bool m_busy = false;
    std::function<void()> m_cancelPending;
    QPointer<auth::HostedUiLogin> m_hostedUi;

    std::optional<Challenge> m_challenge;
    auth::TokenSet m_tokens;
    QString m_signedInAs;
    QString m_expectedClientId; // what aud / client_id must be
    models::ClaimsModel *m_idClaims;
    models::ClaimsModel *m_accessClaims;
    Check m_idCheck;
    Check m_accessCheck;
    int m_checkGeneration = 0;
    std::optional<aws::AwsError> m_lastError;
    std::optional<cognito::IdentityCredentials> m_identityCredentials;
    QString m_identityPoolId;
    QString m_identityRole;
};

} // namespace cdesk::gui
