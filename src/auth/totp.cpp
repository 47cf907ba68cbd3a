#include "auth/totp.h"

#include "aws/future.h"
#include "cognito/identityprovider.h"
#include "secrets/secretstore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QtEndian>

namespace cdesk::auth {

namespace {

constexpr qint64 StepSeconds = 30;
const char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

std::optional<QByteArray> base32Decode(const QString &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('='))
            continue;
        const char upper = c.toUpper().toLatin1();
        int value = -1;
        if (upper >= 'A' && upper <= 'Z')
            value = upper - 'A';
        else if (upper >= '2' && upper <= '7')
            value = upper - '2' + 26;
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    return out;
}

QString base32Encode(const QByteArray &bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(Alphabet[(buffer >> bits) & 0x1f]));
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(Alphabet[(buffer << (5 - bits)) & 0x1f]));
    return out;
}

QString totpCode(const QByteArray &key, qint64 unixSeconds, int digits)
{
    // RFC 4226 §5.3: HMAC-SHA1 of the big-endian step counter, dynamically truncated.
    const quint64 counter = quint64(unixSeconds / StepSeconds);
    QByteArray message(8, '\0');
    qToBigEndian(counter, message.data());
    const QByteArray mac = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) |
                           (quint32(quint8(mac.at(offset + 1))) << 16) |
                           (quint32(quint8(mac.at(offset + 2))) << 8) |
                           quint32(quint8(mac.at(offset + 3)));
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(binary % modulus, digits, 10, QLatin1Char('0'));
}

int totpSecondsLeft(qint64 unixSeconds)
{
    return int(StepSeconds - unixSeconds % StepSeconds);
}

QString totpSecretKey(const QString &endpoint, const QString &userPoolId, const QString &username)
{
    return QStringLiteral("totp/%1/%2/%3").arg(endpoint, userPoolId, username);
}

QFuture<aws::Result<QString>>
enrolSoftwareToken(cognito::IdentityProvider *provider, secrets::SecretStore *secrets,
                   const QString &secretKey, const QString &accessToken, const QString &deviceName)
{
    using R = aws::Result<QString>;
    QPointer<cognito::IdentityProvider> guard(provider);
    const auto gone = [] {
        return R(aws::AwsError::local(str("Cancelled"), str("The connection was closed.")));
    };
    return provider->call(str("AssociateSoftwareToken"), {{str("AccessToken"), accessToken}})
        .then([=](aws::Result<QJsonObject> associated) -> QFuture<R> {
            if (!associated)
                return QtFuture::makeReadyFuture(R(associated.error()));
            const QString secret = associated.value().value(QLatin1String("SecretCode")).toString();
            const auto key = base32Decode(secret);
            if (secret.isEmpty() || !key || key->isEmpty())
                return QtFuture::makeReadyFuture(R(aws::AwsError::local(
                    str("InvalidResponse"), str("AssociateSoftwareToken gave no usable "
                                                "SecretCode."))));
            return secrets->write(secretKey, secret)
                .then([=](secrets::SecretResult written) -> QFuture<R> {
                    if (!written.ok())
                        return QtFuture::makeReadyFuture(R(aws::AwsError::local(
                            str("KeychainError"), secrets::describe(written))));
                    if (!guard)
                        return QtFuture::makeReadyFuture(gone());
                    const QString code = totpCode(*key, QDateTime::currentSecsSinceEpoch());
                    return guard
                        ->call(str("VerifySoftwareToken"),
                               {{str("AccessToken"), accessToken},
                                {str("UserCode"), code},
                                {str("FriendlyDeviceName"), deviceName}})
                        .then([=](aws::Result<QJsonObject> verified) -> QFuture<R> {
                            if (!verified)
                                return QtFuture::makeReadyFuture(R(verified.error()));
                            if (verified.value().value(QLatin1String("Status")).toString() !=
                                QLatin1String("SUCCESS"))
                                return QtFuture::makeReadyFuture(R(aws::AwsError::local(
                                    str("EnableSoftwareTokenMFAException"),
                                    str("The service did not accept the TOTP code."))));
                            if (!guard)
                                return QtFuture::makeReadyFuture(gone());
                            const QJsonObject settings{{str("Enabled"), true},
                                                       {str("PreferredMfa"), true}};
                            return guard
                                ->call(str("SetUserMFAPreference"),
                                       {{str("AccessToken"), accessToken},
                                        {str("SoftwareTokenMfaSettings"), settings}})
                                .then([=](aws::Result<QJsonObject> preferred) {
                                    return preferred ? R(secretKey) : R(preferred.error());
                                });
                        })
                        .unwrap();
                })
                .unwrap();
        })
        .unwrap();
}

} // namespace cdesk::auth
