#pragma once

#include "auth/tokenset.h"
#include "aws/result.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

namespace cdesk::secrets {
class SecretStore;
}

namespace cdesk::auth {

// Whose session: one user of one app client at one Cognito endpoint.
struct SessionKey
{
    QString endpoint; // the endpoint override URL, else "aws:<region>"
    QString clientId;
    QString username;

    static SessionKey make(const QUrl &endpointOverride, const QString &region,
                           const QString &clientId, const QString &username);
    // The stable text both stores file the session under.
    QString id() const;
    bool operator==(const SessionKey &other) const = default;
};

// What the metadata says of a saved session: enough to list it without unlocking the keychain.
struct SessionInfo
{
    SessionKey key;
    QDateTime expiresAt; // invalid when unknown
    QString grant;       // grantName()
};

// Saved sign-ins for `api call --as USER` and the GUI's token workbench. The tokens (ID,
// access and the refresh token) live only in the keychain; QSettings keeps what can be
// shown without unlocking it: expiry, issuer, client, grant, token endpoint.
//
// `auth login --save` (and `auth respond ... --save`) store their AuthenticationResult as:
//     SessionStore store(&keychain, &settings);
//     aws::await(store.save(SessionKey::make(endpointOverride, region, clientId, username),
//                           TokenSet::fromAuthenticationResult(result, Grant::Password, now)));
// (Grant::Srp for --flow srp); `auth hosted-ui --save` passes the hosted UI's TokenSet.
class SessionStore final
{
public:
    // Neither is owned; both must outlive the store.
    SessionStore(secrets::SecretStore *secrets, QSettings *settings);

    QFuture<aws::Result<aws::Empty>> save(const SessionKey &key, const TokenSet &tokens);
    // A missing session is the error type "SessionNotFound".
    QFuture<aws::Result<TokenSet>> load(const SessionKey &key);
    QFuture<aws::Result<aws::Empty>> remove(const SessionKey &key);
    // The saved sessions' keys, from the metadata only (no keychain access).
    QList<SessionKey> list() const;
    // The same with each session's expiry and grant (still no keychain access).
    QList<SessionInfo> sessions() const;

private:
    secrets::SecretStore *m_secrets;
    QSettings *m_settings;
};

} // namespace cdesk::auth
