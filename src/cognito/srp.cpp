#include "srp.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <openssl/bn.h>
#include <openssl/rand.h>

#include <memory>

namespace cdesk::cognito {

namespace {

const char groupN[] =
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A0879"
    "8E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B"
    "0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA4836"
    "1C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804"
    "F1746C08CA18217C32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6"
    "955817183995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64"
    "ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7ABF5AE8CDB0933D71E8C94E04A25619DCEE3D226"
    "1AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E2"
    "08E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF";

struct BnFree
{
    void operator()(BIGNUM *bn) const { BN_clear_free(bn); }
};
struct CtxFree
{
    void operator()(BN_CTX *ctx) const { BN_CTX_free(ctx); }
};
using Bn = std::unique_ptr<BIGNUM, BnFree>;
using Ctx = std::unique_ptr<BN_CTX, CtxFree>;

Bn newBn()
{
    return Bn(BN_new());
}

Bn fromBytes(const QByteArray &bytes)
{
    return Bn(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()),
                        static_cast<int>(bytes.size()), nullptr));
}

Bn fromHex(const QByteArray &hex)
{
    BIGNUM *bn = nullptr;
    if (hex.isEmpty() || BN_hex2bn(&bn, hex.constData()) != hex.size())
        return {};
    return Bn(bn);
}

QByteArray toBytes(const BIGNUM *bn)
{
    QByteArray bytes(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(bytes.data()));
    return bytes;
}

// Cognito's "padHex": the shortest big-endian bytes with a clear top bit (a leading
// zero byte when the top bit would be set), as Java's BigInteger.toByteArray() has it.
// Not padded to the length of N.
QByteArray padded(const BIGNUM *bn)
{
    QByteArray bytes = toBytes(bn);
    if (bytes.isEmpty() || (static_cast<unsigned char>(bytes.at(0)) & 0x80))
        bytes.prepend('\0');
    return bytes;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

aws::AwsError srpError(const char *message)
{
    return aws::AwsError::local(QStringLiteral("SrpError"),
                                QCoreApplication::translate("cdesk::cognito", message));
}

} // namespace

struct Srp::Numbers
{
    Ctx ctx{BN_CTX_new()};
    Bn n = fromHex(QByteArray(groupN));
    Bn g = newBn();
    Bn k;
    Bn a;
    Bn largeA = newBn();
};

Srp::Srp(const QByteArray &smallA)
    : m_numbers(new Numbers)
{
    Numbers &num = *m_numbers;
    BN_set_word(num.g.get(), 2);
    num.k = fromBytes(sha256(padded(num.n.get()) + padded(num.g.get())));
    QByteArray secret = smallA;
    if (secret.isEmpty()) {
        secret.resize(128);
        RAND_bytes(reinterpret_cast<unsigned char *>(secret.data()),
                   static_cast<int>(secret.size()));
    }
    num.a = fromBytes(secret);
    secret.fill('\0');
    BN_set_flags(num.a.get(), BN_FLG_CONSTTIME);
    BN_mod_exp(num.largeA.get(), num.g.get(), num.a.get(), num.n.get(), num.ctx.get());
}

Srp::~Srp()
{
    delete m_numbers;
}

QString Srp::largeAHex() const
{
    char *hex = BN_bn2hex(m_numbers->largeA.get());
    const QString text = QString::fromLatin1(hex).toLower();
    OPENSSL_free(hex);
    return text;
}

QString Srp::timestamp(const QDateTime &now)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = now.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    return QStringLiteral("%1 %2 %3 %4:%5:%6 UTC %7")
        .arg(QLatin1String(days[date.dayOfWeek() - 1]), QLatin1String(months[date.month() - 1]))
        .arg(date.day())
        .arg(time.hour(), 2, 10, QLatin1Char('0'))
        .arg(time.minute(), 2, 10, QLatin1Char('0'))
        .arg(time.second(), 2, 10, QLatin1Char('0'))
        .arg(date.year());
}

aws::Result<Srp::PasswordClaim>
Srp::passwordClaim(const QString &userPoolId, const QString &userIdForSrp, const QString &password,
                   const QString &saltHex, const QString &srpBHex, const QString &secretBlock,
                   const QDateTime &now) const
{
    Numbers &num = *m_numbers;
    BN_CTX *ctx = num.ctx.get();
    const Bn b = fromHex(srpBHex.toLatin1());
    const Bn salt = fromHex(saltHex.toLatin1());
    if (!b || !salt)
        return srpError("The PASSWORD_VERIFIER challenge carries a malformed SRP_B or SALT.");
    Bn check = newBn();
    BN_nnmod(check.get(), b.get(), num.n.get(), ctx);
    if (BN_is_zero(check.get()))
        return srpError("The server's SRP_B is not safe (B mod N = 0).");

    const Bn u = fromBytes(sha256(padded(num.largeA.get()) + padded(b.get())));
    if (BN_is_zero(u.get()))
        return srpError("The SRP scrambling parameter u is zero.");

    // The pool's name in these hashes is the part of its id after the region and '_'.
    const QString poolName = userPoolId.section(QLatin1Char('_'), 1);
    const QByteArray userHash =
        sha256((poolName + userIdForSrp + QLatin1Char(':') + password).toUtf8());
    const Bn x = fromBytes(sha256(padded(salt.get()) + userHash));

    // S = (B - k * g^x) ^ (a + u * x) mod N
    Bn gx = newBn();
    Bn kgx = newBn();
    Bn base = newBn();
    Bn exponent = newBn();
    Bn s = newBn();
    BN_mod_exp(gx.get(), num.g.get(), x.get(), num.n.get(), ctx);
    BN_mod_mul(kgx.get(), num.k.get(), gx.get(), num.n.get(), ctx);
    BN_mod_sub(base.get(), b.get(), kgx.get(), num.n.get(), ctx);
    BN_mul(exponent.get(), u.get(), x.get(), ctx);
    BN_add(exponent.get(), exponent.get(), num.a.get());
    BN_mod_exp(s.get(), base.get(), exponent.get(), num.n.get(), ctx);

    // HKDF-SHA256(ikm = pad(S), salt = pad(u), info = "Caldera Derived Key"), 16 bytes:
    // one expand block is enough, so extract and expand are two HMACs.
    const QByteArray prk = QMessageAuthenticationCode::hash(padded(s.get()), padded(u.get()),
                                                            QCryptographicHash::Sha256);
    const QByteArray key =
        QMessageAuthenticationCode::hash(QByteArrayLiteral("Caldera Derived Key\x01"), prk,
                                         QCryptographicHash::Sha256)
            .left(16);

    PasswordClaim claim;
    claim.timestamp = timestamp(now);
    claim.secretBlock = secretBlock;
    const QByteArray message = poolName.toUtf8() + userIdForSrp.toUtf8() +
                               QByteArray::fromBase64(secretBlock.toLatin1()) +
                               claim.timestamp.toUtf8();
    claim.signature = QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toBase64());
    claim.key = key;
    claim.uHex = QString::fromLatin1(toBytes(u.get()).toHex());
    claim.sHex = QString::fromLatin1(toBytes(s.get()).toHex());
    return claim;
}

} // namespace cdesk::cognito
