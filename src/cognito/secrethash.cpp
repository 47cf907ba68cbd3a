#include "secrethash.h"

#include <QMessageAuthenticationCode>

namespace cdesk::cognito {

QString secretHash(const QString &username, const QString &clientId, const QString &clientSecret)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(
        (username + clientId).toUtf8(), clientSecret.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.toBase64());
}

QString AppClient::secretHashFor(const QString &username) const
{
    return hasSecret() ? secretHash(username, clientId, clientSecret) : QString();
}

} // namespace cdesk::cognito
