#pragma once

#include "auth/tokenset.h"
#include "cli/arguments.h"
#include "cognito/identitypools.h"

#include <QList>

#include <optional>

namespace cdesk::cli {

class Context;

// What a caller does when no usable session can be had: `api call` reports the error's own
// exit code; `token get` and `exec` promise scripts exit 5 ("no valid token").
// How close to expiry a saved token may be and still be handed out without a refresh.
constexpr int DefaultMinTtlSeconds = 60;

enum class SessionFailure
{
    ErrorsOwnCode,
    VerificationFailed,
};

// The saved session of `username` (auth login --save, auth hosted-ui --save) for the
// context's endpoint and app client, refreshed first (and saved again) when it expires within
// `minTtlSeconds`. Reads the client secret from --client-secret-stdin when the command was
// given it. On failure the error has been reported and *exitCode set.
std::optional<auth::TokenSet> freshSession(Context &context, const ParsedArguments &arguments,
                                           const QString &username, int minTtlSeconds,
                                           SessionFailure failure, int *exitCode);

// The options of a command that hands out a session's token: --use, --client-secret-stdin.
const QList<OptionSpec> &sessionTokenOptions();

// The --use token ("id", the default, or "access") of `username`'s fresh session; exit 5 when
// there is none. On failure the error has been reported and *exitCode set.
std::optional<QString> sessionToken(Context &context, const ParsedArguments &arguments,
                                    const QString &username, int minTtlSeconds, int *exitCode);

// The temporary AWS credentials of the identity pool `identityPoolId` (REGION:UUID) for
// `username`, from the ID token of their fresh saved session (freshSession, with `failure`):
// GetId and GetCredentialsForIdentity, with the login of the user pool the token's iss names.
// A session without an ID token is exit 5. On failure the error has been reported and
// *exitCode set.
std::optional<cognito::IdentityCredentials>
userIdentityCredentials(Context &context, const ParsedArguments &arguments, const QString &username,
                        const QString &identityPoolId, SessionFailure failure, int *exitCode);

// The options --identity-pool-id and the session's --client-secret-stdin, for the commands that
// hand out identity-pool credentials.
OptionSpec identityPoolIdOption();

struct GlobalOptions;

// The keychain entry of `username`'s TOTP secret in `userPoolId` at the context's endpoint
// (mfa enrol writes it; mfa code and auth login --auto-mfa read it).
QString totpEntry(const GlobalOptions &globals, const QString &userPoolId, const QString &username);

// The endpoint keychain entries are named after: the endpoint override, else "aws:<region>".
QString keychainEndpoint(const GlobalOptions &globals);

// The keychain entry of the password `fixtures apply` set for `username`.
QString fixturePasswordEntry(const GlobalOptions &globals, const QString &userPoolId,
                             const QString &username);

} // namespace cdesk::cli
