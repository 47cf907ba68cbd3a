#pragma once

#include "aws/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cdesk::cognito {

// The client side of Cognito's USER_SRP_AUTH (SRP-6a over the RFC 5054 3072-bit group,
// g = 2, SHA-256), as amazon-cognito-identity-js computes it. The password never
// leaves the process; the service gets A and, after PASSWORD_VERIFIER, a signature.
class Srp final
{
public:
    // What PASSWORD_VERIFIER is answered with, and the values that led to it (for tests).
    struct PasswordClaim
    {
        QString signature; // PASSWORD_CLAIM_SIGNATURE, Base64
        QString timestamp; // TIMESTAMP, e.g. "Mon Nov 3 09:05:07 UTC 2026"
        QString secretBlock;
        QString uHex;
        QString sHex;
        QByteArray key; // the 16-byte HKDF output
    };

    // `smallA` is the secret exponent as big-endian bytes; empty draws 128 random bytes.
    explicit Srp(const QByteArray &smallA = {});
    ~Srp();
    Srp(const Srp &) = delete;
    Srp &operator=(const Srp &) = delete;

    // SRP_A: A = g^a mod N in lower-case hex.
    QString largeAHex() const;

    // Answers the PASSWORD_VERIFIER challenge. `userIdForSrp` is the challenge's
    // USER_ID_FOR_SRP, `saltHex`/`srpBHex` its SALT/SRP_B, `secretBlock` its SECRET_BLOCK.
    // Fails on a malformed or unsafe B (B mod N = 0) or u = 0.
    aws::Result<PasswordClaim> passwordClaim(const QString &userPoolId, const QString &userIdForSrp,
                                             const QString &password, const QString &saltHex,
                                             const QString &srpBHex, const QString &secretBlock,
                                             const QDateTime &now) const;

    // "EEE MMM d HH:mm:ss UTC yyyy" in English whatever the locale, day not zero-padded.
    static QString timestamp(const QDateTime &now);

private:
    struct Numbers;
    Numbers *m_numbers;
};

} // namespace cdesk::cognito
