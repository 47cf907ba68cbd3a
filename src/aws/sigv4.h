#pragma once

#include "credentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace cdesk::aws {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// What the signer needs to know of an HTTP request. Nothing here touches the
// network: the signer is a pure function of this, the credentials and a time.
struct SigningRequest
{
    QByteArray method = "POST";
    QString path = QStringLiteral("/"); // decoded path, as the URL holds it
    QByteArray query;                   // raw query string without '?', as sent
    HeaderList headers;                 // as they will be sent; must include host
    QByteArray body;
};

struct SigningScope
{
    QString region;
    QString service;
};

struct SignatureResult
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature;     // lower-case hex
    QByteArray authorization; // the Authorization header value
    HeaderList addedHeaders;  // X-Amz-Date, X-Amz-Security-Token: add these to the request
};

namespace SigV4 {

// Signs the request as of `now` (UTC). Headers named in the request are all signed.
SignatureResult sign(const SigningRequest &request, const Credentials &credentials,
                     const SigningScope &scope, const QDateTime &now);

// Building blocks, exposed for the test vectors.
QByteArray canonicalUri(const QString &decodedPath);
QByteArray canonicalQuery(const QByteArray &rawQuery);
QByteArray uriEncode(const QByteArray &bytes, bool encodeSlash = true);
QByteArray amzDate(const QDateTime &now);

} // namespace SigV4
} // namespace cdesk::aws
