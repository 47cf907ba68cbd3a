#pragma once

#include "support/localstack.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>

namespace cdesk::test {

// A self-signed certificate and key for 127.0.0.1, made for one test by openssl(1), for a
// QSslServer that the code under test must (or must not) trust.
struct TlsFixture
{
    QTemporaryDir dir;
    QSslCertificate certificate;
    QSslKey key;

    // On failure says why in *why (openssl's own words where it ran).
    bool make(QString *why)
    {
        const QString keyFile = dir.filePath(QStringLiteral("key.pem"));
        const QString certFile = dir.filePath(QStringLiteral("cert.pem"));
        const auto run =
            runProcess(QStringLiteral("openssl"),
                       {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certFile,
                        QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                        QStringLiteral("subjectAltName=IP:127.0.0.1")},
                       QProcessEnvironment::systemEnvironment());
        if (!run.finished || run.exitCode != 0) {
            *why = QString::fromUtf8(run.err);
            return false;
        }
        QFile c(certFile);
        QFile k(keyFile);
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly)) {
            *why = QStringLiteral("could not read the certificate or key openssl wrote");
            return false;
        }
        certificate = QSslCertificate(c.readAll());
        key = QSslKey(k.readAll(), QSsl::Ec);
        return !certificate.isNull() && !key.isNull();
    }
};

} // namespace cdesk::test
