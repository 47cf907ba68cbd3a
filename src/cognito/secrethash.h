#pragma once

#include <QString>

namespace cdesk::cognito {

// SECRET_HASH = Base64(HMAC-SHA256(client secret, username + client id)). On challenge
// answers and refreshes the username is the internal one (USER_ID_FOR_SRP, the sub in
// pools that sign in by email), not what the user typed.
QString secretHash(const QString &username, const QString &clientId, const QString &clientSecret);

// An app client as the auth operations need it: its id and, for a confidential client,
// its secret (kept only in memory; it comes from stdin or the keychain).
struct AppClient
{
    QString clientId;
    QString clientSecret;

    bool hasSecret() const { return !clientSecret.isEmpty(); }
    // The SECRET_HASH for `username`, or an empty string for a public client.
    QString secretHashFor(const QString &username) const;
};

} // namespace cdesk::cognito
