#include "profile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace cdesk::secrets {

namespace {

const QString groupPrefix = QStringLiteral("profiles/");

struct Field
{
    const char *key;
    QString Profile::*member;
    const char *jsonName;
};

const Field fields[] = {
    {"region", &Profile::region, "Region"},
    {"endpointUrl", &Profile::endpointUrl, "EndpointUrl"},
    {"userPoolId", &Profile::userPoolId, "UserPoolId"},
    {"clientId", &Profile::clientId, "ClientId"},
    {"hostedUiDomain", &Profile::hostedUiDomain, "HostedUiDomain"},
    {"callbackUrl", &Profile::callbackUrl, "CallbackUrl"},
    {"awsProfile", &Profile::awsProfile, "AwsProfile"},
    {"accessKeyId", &Profile::accessKeyId, "AccessKeyId"},
};

} // namespace

QString Profile::secretAccessKeyEntry() const
{
    return QStringLiteral("profile/%1/aws-secret-access-key").arg(name);
}

QString Profile::clientSecretEntry() const
{
    return QStringLiteral("profile/%1/client-secret").arg(name);
}

QJsonObject Profile::toJson() const
{
    QJsonObject object{{QStringLiteral("Name"), name}};
    for (const Field &field : fields)
        if (!(this->*field.member).isEmpty())
            object.insert(QLatin1String(field.jsonName), this->*field.member);
    const QString stored = QCoreApplication::translate("cdesk::secrets", "stored in keychain");
    if (secretAccessKeyStored)
        object.insert(QStringLiteral("SecretAccessKey"), stored);
    if (clientSecretStored)
        object.insert(QStringLiteral("ClientSecret"), stored);
    return object;
}

bool Profile::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>())
{}

ProfileStore::ProfileStore(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{}

ProfileStore::~ProfileStore() = default;

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(QStringLiteral("profiles"));
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    names.sort();
    return names;
}

QList<Profile> ProfileStore::loadAll() const
{
    QList<Profile> profiles;
    for (const QString &name : names()) {
        if (std::optional<Profile> profile = load(name))
            profiles.append(std::move(*profile));
    }
    return profiles;
}

std::optional<Profile> ProfileStore::load(const QString &name) const
{
    if (!Profile::isValidName(name) || !names().contains(name))
        return std::nullopt;
    Profile profile;
    profile.name = name;
    m_settings->beginGroup(groupPrefix + name);
    for (const Field &field : fields)
        profile.*field.member = m_settings->value(QLatin1String(field.key)).toString();
    profile.secretAccessKeyStored =
        m_settings->value(QStringLiteral("secretAccessKeyStored"), false).toBool();
    profile.clientSecretStored =
        m_settings->value(QStringLiteral("clientSecretStored"), false).toBool();
    m_settings->endGroup();
    return profile;
}

void ProfileStore::save(const Profile &profile)
{
    m_settings->remove(groupPrefix + profile.name);
    m_settings->beginGroup(groupPrefix + profile.name);
    for (const Field &field : fields)
        if (!(profile.*field.member).isEmpty())
            m_settings->setValue(QLatin1String(field.key), profile.*field.member);
    // Marks only: the secrets themselves are in the keychain, never here.
    m_settings->setValue(QStringLiteral("secretAccessKeyStored"), profile.secretAccessKeyStored);
    m_settings->setValue(QStringLiteral("clientSecretStored"), profile.clientSecretStored);
    m_settings->endGroup();
}

bool ProfileStore::remove(const QString &name)
{
    if (!Profile::isValidName(name) || !names().contains(name))
        return false;
    m_settings->remove(groupPrefix + name);
    return true;
}

bool ProfileStore::sync(QString *error)
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return true;
    if (error)
        *error = QCoreApplication::translate("cdesk::secrets", "Cannot write the settings file %1.")
                     .arg(m_settings->fileName());
    return false;
}

} // namespace cdesk::secrets
