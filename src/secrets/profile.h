#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace cdesk::secrets {

// A named place to work: which endpoint, pool and app client, and whose AWS credentials.
// Only the names live here (in QSettings); the secrets themselves (the AWS secret key,
// the client secret) live in the keychain under secretAccessKeyEntry()/clientSecretEntry(),
// and the profile only remembers that they were stored.
struct Profile
{
    QString name;
    QString region;
    QString endpointUrl;
    QString userPoolId;
    QString clientId;
    QString hostedUiDomain;
    QString callbackUrl;
    QString awsProfile;  // take credentials from this AWS CLI profile ...
    QString accessKeyId; // ... or from these keys (secret in the keychain)
    bool secretAccessKeyStored = false;
    bool clientSecretStored = false;

    QString secretAccessKeyEntry() const;
    QString clientSecretEntry() const;

    // For `profile show`: the fields, secrets only as "stored in keychain".
    QJsonObject toJson() const;
    // Profile names: letters, digits, '.', '_' and '-', as for AWS CLI profiles.
    static bool isValidName(const QString &name);
};

// The profiles in QSettings (the application's settings unless a QSettings is given;
// tests point it at a temporary file or use QStandardPaths::setTestModeEnabled).
class ProfileStore final
{
public:
    ProfileStore();
    explicit ProfileStore(std::unique_ptr<QSettings> settings);
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    QStringList names() const;
    std::optional<Profile> load(const QString &name) const;
    // Every profile, by name.
    QList<Profile> loadAll() const;
    // Replaces a profile of the same name.
    void save(const Profile &profile);
    // False when there was no such profile.
    bool remove(const QString &name);
    // Flushes to disk; false (with the reason) when the settings cannot be written.
    bool sync(QString *error = nullptr);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace cdesk::secrets
