#include "sessionstore.h"

#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSettings>

namespace cdesk::auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::auth", text);
}

const QString SettingsGroup = QStringLiteral("sessions");

QString keychainKey(const SessionKey &key)
{
    return QStringLiteral("session:") + key.id();
}

// One QSettings group per session; '/' and the like are escaped so the id stays one level.
QString settingsGroup(const SessionKey &key)
{
    return SettingsGroup + QLatin1Char('/') +
           QString::fromLatin1(QUrl::toPercentEncoding(key.id()).replace('%', '_'));
}

aws::AwsError keychainError(const secrets::SecretResult &result)
{
    QString type;
    switch (result.status) {
    case secrets::SecretStatus::NotFound:
        type = QStringLiteral("SessionNotFound");
        break;
    case secrets::SecretStatus::Locked:
        type = QStringLiteral("KeychainLocked");
        break;
    case secrets::SecretStatus::Unavailable:
        type = QStringLiteral("KeychainUnavailable");
        break;
    case secrets::SecretStatus::Ok:
    case secrets::SecretStatus::Failed:
        type = QStringLiteral("KeychainError");
        break;
    }
    return aws::AwsError::local(type, secrets::describe(result));
}

} // namespace

SessionKey SessionKey::make(const QUrl &endpointOverride, const QString &region,
                            const QString &clientId, const QString &username)
{
    SessionKey key;
    // One spelling per endpoint: "http://h:1/" and "http://h:1" are the same server.
    QString endpoint =
        endpointOverride.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    while (endpoint.endsWith(QLatin1Char('/')))
        endpoint.chop(1);
    key.endpoint = endpointOverride.isEmpty() ? QStringLiteral("aws:") + region : endpoint;
    key.clientId = clientId;
    key.username = username;
    return key;
}

QString SessionKey::id() const
{
    return endpoint + QLatin1Char('|') + clientId + QLatin1Char('|') + username;
}

SessionStore::SessionStore(secrets::SecretStore *secrets, QSettings *settings)
    : m_secrets(secrets)
    , m_settings(settings)
{}

QFuture<aws::Result<aws::Empty>> SessionStore::save(const SessionKey &key, const TokenSet &tokens)
{
    const QJsonObject secret{{QStringLiteral("id_token"), tokens.idToken},
                             {QStringLiteral("access_token"), tokens.accessToken},
                             {QStringLiteral("refresh_token"), tokens.refreshToken}};
    QSettings *settings = m_settings;
    return m_secrets
        ->write(keychainKey(key),
                QString::fromUtf8(QJsonDocument(secret).toJson(QJsonDocument::Compact)))
        .then([settings, key,
               tokens](const secrets::SecretResult &written) -> aws::Result<aws::Empty> {
            if (!written.ok())
                return keychainError(written);
            // Metadata only after the secret is safe, so a listed session always has tokens.
            settings->beginGroup(settingsGroup(key));
            settings->setValue(QStringLiteral("endpoint"), key.endpoint);
            settings->setValue(QStringLiteral("clientId"), key.clientId);
            settings->setValue(QStringLiteral("username"), key.username);
            settings->setValue(QStringLiteral("grant"), grantName(tokens.grant));
            settings->setValue(QStringLiteral("expiresAt"),
                               tokens.expiresAt.toUTC().toString(Qt::ISODate));
            settings->setValue(QStringLiteral("issuer"), tokens.issuer());
            settings->setValue(QStringLiteral("tokenEndpoint"), tokens.tokenEndpoint.toString());
            settings->endGroup();
            settings->sync();
            return aws::Empty{};
        });
}

QFuture<aws::Result<TokenSet>> SessionStore::load(const SessionKey &key)
{
    using R = aws::Result<TokenSet>;
    m_settings->sync(); // another process (the CLI, the GUI) may have refreshed it meanwhile
    m_settings->beginGroup(settingsGroup(key));
    const bool known = m_settings->contains(QStringLiteral("grant"));
    const QString grant = m_settings->value(QStringLiteral("grant")).toString();
    const QDateTime expiresAt = QDateTime::fromString(
        m_settings->value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
    const QUrl tokenEndpoint(m_settings->value(QStringLiteral("tokenEndpoint")).toString());
    m_settings->endGroup();
    if (!known)
        return QtFuture::makeReadyFuture(R(aws::AwsError::local(
            QStringLiteral("SessionNotFound"),
            tr("No saved session for %1 with app client %2 at %3: sign in with --save first.")
                .arg(key.username, key.clientId, key.endpoint))));
    return m_secrets->read(keychainKey(key))
        .then([grant, expiresAt, tokenEndpoint](const secrets::SecretResult &read) -> R {
            if (!read.ok())
                return keychainError(read);
            const QJsonObject secret = QJsonDocument::fromJson(read.value.toUtf8()).object();
            TokenSet tokens;
            tokens.idToken = secret.value(QLatin1String("id_token")).toString();
            tokens.accessToken = secret.value(QLatin1String("access_token")).toString();
            tokens.refreshToken = secret.value(QLatin1String("refresh_token")).toString();
            tokens.grant = grantFromName(grant).value_or(Grant::Password);
            tokens.expiresAt = expiresAt;
            tokens.tokenEndpoint = tokenEndpoint;
            return tokens;
        });
}

QFuture<aws::Result<aws::Empty>> SessionStore::remove(const SessionKey &key)
{
    m_settings->remove(settingsGroup(key));
    m_settings->sync();
    return m_secrets->remove(keychainKey(key))
        .then([](const secrets::SecretResult &removed) -> aws::Result<aws::Empty> {
            if (!removed.ok())
                return keychainError(removed);
            return aws::Empty{};
        });
}

QList<SessionKey> SessionStore::list() const
{
    QList<SessionKey> keys;
    m_settings->sync();
    m_settings->beginGroup(SettingsGroup);
    const QStringList groups = m_settings->childGroups();
    for (const QString &group : groups) {
        SessionKey key;
        key.endpoint = m_settings->value(group + QLatin1String("/endpoint")).toString();
        key.clientId = m_settings->value(group + QLatin1String("/clientId")).toString();
        key.username = m_settings->value(group + QLatin1String("/username")).toString();
        keys.append(key);
    }
    m_settings->endGroup();
    return keys;
}

QList<SessionInfo> SessionStore::sessions() const
{
    QList<SessionInfo> sessions;
    m_settings->sync();
    m_settings->beginGroup(SettingsGroup);
    const QStringList groups = m_settings->childGroups();
    for (const QString &group : groups) {
        SessionInfo info;
        info.key.endpoint = m_settings->value(group + QLatin1String("/endpoint")).toString();
        info.key.clientId = m_settings->value(group + QLatin1String("/clientId")).toString();
        info.key.username = m_settings->value(group + QLatin1String("/username")).toString();
        info.expiresAt = QDateTime::fromString(
            m_settings->value(group + QLatin1String("/expiresAt")).toString(), Qt::ISODate);
        info.grant = m_settings->value(group + QLatin1String("/grant")).toString();
        sessions.append(info);
    }
    m_settings->endGroup();
    return sessions;
}

} // namespace cdesk::auth
