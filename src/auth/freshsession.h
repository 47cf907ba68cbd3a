#pragma once

#include "auth/sessionstore.h"
#include "auth/tokenset.h"
#include "aws/awserror.h"

#include <QDateTime>
#include <QFuture>
#include <QString>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace cdesk::cognito {
class IdentityProvider;
}

namespace cdesk::auth {

// What it takes to refresh a saved session: the provider for password and SRP sessions
// (REFRESH_TOKEN_AUTH), the network for code-grant ones (the token endpoint), and the app
// client's secret for a confidential client.
struct RefreshMeans
{
    cognito::IdentityProvider *provider = nullptr;
    QNetworkAccessManager *network = nullptr;
    QString clientSecret;
};

// Asked only when a refresh is due, with the tokens about to expire. Nothing means the caller
// could not provide them and has said why (freshSession then stops at Means).
using RefreshMeansSource = std::function<std::optional<RefreshMeans>(const TokenSet &expiring)>;

// Where a fresh session came from, or where getting one stopped.
enum class FreshSessionStep
{
    Load,    // the saved tokens as they were (or: no such session, the keychain refused)
    Means,   // the caller gave no means to refresh
    Refresh, // refreshed (or: the refresh was refused)
    Save,    // saving the refreshed tokens failed
};

struct FreshSession
{
    std::optional<TokenSet> tokens; // set when it worked
    aws::AwsError error;            // otherwise
    FreshSessionStep step = FreshSessionStep::Load;

    bool ok() const { return tokens.has_value(); }
    bool refreshed() const { return ok() && step == FreshSessionStep::Refresh; }
};

// The saved session of `key`, refreshed first (and saved again under the same key) when it
// expires within `minTtlSeconds` of `now`. What the CLI's token get, exec and api call --as
// and the workbench's "Copy fresh token" hand out. `store` must outlive the future.
QFuture<FreshSession> freshSession(SessionStore *store, const SessionKey &key, int minTtlSeconds,
                                   RefreshMeansSource means,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace cdesk::auth
