#pragma once

#include "aws/result.h"

#include <QByteArray>
#include <QFuture>
#include <QString>

namespace cdesk::cognito {
class IdentityProvider;
}
namespace cdesk::secrets {
class SecretStore;
}

namespace cdesk::auth {

// RFC 4648 base32 (A-Z2-7), the form Cognito's AssociateSoftwareToken hands out a TOTP secret
// in. Decoding ignores case, spaces and '=' padding; any other character gives nullopt.
std::optional<QByteArray> base32Decode(const QString &text);
QString base32Encode(const QByteArray &bytes);

// RFC 6238 TOTP with HMAC-SHA1, the only kind Cognito accepts: the `digits`-digit code for the
// 30-second step that holds `unixSeconds`.
QString totpCode(const QByteArray &key, qint64 unixSeconds, int digits = 6);
// The seconds the code of `unixSeconds` stays good for.
int totpSecondsLeft(qint64 unixSeconds);

// Where a test user's TOTP secret is kept: one keychain entry per endpoint, pool and user.
// `endpoint` is SessionKey's (the endpoint override, else "aws:<region>").
QString totpSecretKey(const QString &endpoint, const QString &userPoolId, const QString &username);

// Enrols TOTP for the user of `accessToken`: AssociateSoftwareToken, a code computed here,
// VerifySoftwareToken, then SetUserMFAPreference with TOTP enabled and preferred. The secret is
// written to `secrets` under `secretKey` before it is verified, so that an enrolment that
// succeeds is never left without its secret. Gives the secret's keychain key.
QFuture<aws::Result<QString>>
enrolSoftwareToken(cognito::IdentityProvider *provider, secrets::SecretStore *secrets,
                   const QString &secretKey, const QString &accessToken, const QString &deviceName);

} // namespace cdesk::auth
