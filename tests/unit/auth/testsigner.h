#pragma once

// Signs tokens the way Cognito does (RS256 with a kid), and the ways an attacker might,
// so that every check of the verifier can be exercised on a validly built token.

#include "auth/jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>

namespace cdesk::test {

class TestSigner
{
public:
    explicit TestSigner(QString kid, unsigned bits = 2048)
        : m_kid(std::move(kid))
        , m_key(EVP_RSA_gen(bits))
    {}
    ~TestSigner() { EVP_PKEY_free(m_key); }
    TestSigner(const TestSigner &) = delete;
    TestSigner &operator=(const TestSigner &) = delete;

    const QString &kid() const { return m_kid; }

    QJsonObject jwk() const
    {
        return QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                           {QStringLiteral("alg"), QStringLiteral("RS256")},
                           {QStringLiteral("use"), QStringLiteral("sig")},
                           {QStringLiteral("kid"), m_kid},
                           {QStringLiteral("n"), bigParam(OSSL_PKEY_PARAM_RSA_N)},
                           {QStringLiteral("e"), bigParam(OSSL_PKEY_PARAM_RSA_E)}};
    }
    QJsonObject jwks() const { return QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk()}}}; }

    // The public key as PEM: what an HS256 forger would use as the HMAC secret.
    QByteArray publicPem() const
    {
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PUBKEY(bio, m_key);
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        QByteArray pem(data, static_cast<qsizetype>(size));
        BIO_free(bio);
        return pem;
    }

    QByteArray sign(const QJsonObject &claims, QJsonObject header = {}) const
    {
        if (!header.contains(QLatin1String("alg")))
            header.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
        if (!header.contains(QLatin1String("kid")))
            header.insert(QStringLiteral("kid"), m_kid);
        const QByteArray input = signingInput(header, claims);
        return input + '.' + auth::base64UrlEncode(rs256(input));
    }

    static QByteArray signingInput(const QJsonObject &header, const QJsonObject &claims)
    {
        return auth::base64UrlEncode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
               auth::base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    }

    static QByteArray hs256(const QByteArray &input, const QByteArray &secret)
    {
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        HMAC(EVP_sha256(), secret.constData(), static_cast<int>(secret.size()),
             reinterpret_cast<const unsigned char *>(input.constData()),
             static_cast<size_t>(input.size()), out, &length);
        return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(length));
    }

private:
    QByteArray rs256(const QByteArray &input) const
    {
        EVP_MD_CTX *context = EVP_MD_CTX_new();
        EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, m_key);
        size_t length = 0;
        EVP_DigestSign(context, nullptr, &length,
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       static_cast<size_t>(input.size()));
        QByteArray signature(static_cast<qsizetype>(length), '\0');
        EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       static_cast<size_t>(input.size()));
        EVP_MD_CTX_free(context);
        signature.resize(static_cast<qsizetype>(length));
        return signature;
    }

    QString bigParam(const char *name) const
    {
        BIGNUM *number = nullptr;
        EVP_PKEY_get_bn_param(m_key, name, &number);
        QByteArray bytes(BN_num_bytes(number), '\0');
        BN_bn2bin(number, reinterpret_cast<unsigned char *>(bytes.data()));
        BN_free(number);
        return QString::fromLatin1(auth::base64UrlEncode(bytes));
    }

    QString m_kid;
    EVP_PKEY *m_key;
};

} // namespace cdesk::test
