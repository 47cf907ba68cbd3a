#pragma once

#include "aws/result.h"
#include "secrets/profile.h"

#include <QObject>

#include <functional>
#include <memory>

namespace cdesk::aws {
class CredentialsProvider;
}

namespace cdesk::cognito {
class Connection;
}

namespace cdesk::secrets {
class SecretStore;
}

namespace cdesk::gui {

// A profile opened: the connection and the credentials it signs with (a chain that can
// say which source it used).
struct OpenedProfile
{
    std::shared_ptr<cognito::Connection> connection;
    std::shared_ptr<aws::CredentialsProvider> credentials;
};

// Where profiles are kept and what it takes to use one: names and fields in QSettings
// (ProfileStore), secrets in the SecretStore (the system keychain), never in plaintext.
// The profiles dialog and the window's switcher ask this; it makes the calls.
class ProfilesController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesController)

public:
    // The application's settings and the system keychain.
    explicit ProfilesController(QObject *parent = nullptr);
    ~ProfilesController() override;

    // For tests: another secret store (not owned; null restores the keychain).
    void setSecretStore(secrets::SecretStore *store);
    secrets::SecretStore *secretStore() const;

    QStringList names() const;
    std::optional<secrets::Profile> load(const QString &name) const;
    QString lastUsed() const;
    void setLastUsed(const QString &name);

    // Stores the secrets given (non-empty ones; empty keeps what is stored) in the
    // keychain, then the profile. If the keychain refuses, nothing is saved and `done`
    // gets its message.
    void save(secrets::Profile profile, const QString &secretAccessKey, const QString &clientSecret,
              std::function<void(const QString &error)> done);
    // Removes the profile and its keychain entries.
    void remove(const QString &name, std::function<void(const QString &error)> done);

    // Opens a connection with the profile's credentials source: its keychain keys
    // (`secretAccessKey` when given instead, for a test before saving), an AWS CLI
    // profile, or the environment.
    void open(const secrets::Profile &profile, const QString &secretAccessKey,
              std::function<void(const aws::Result<OpenedProfile> &)> done);
    // ListUserPools with the profile; `done` gets a sentence for the dialog and whether
    // it worked.
    void test(const secrets::Profile &profile, const QString &secretAccessKey,
              std::function<void(bool ok, const QString &message)> done);

Q_SIGNALS:
    void profilesChanged();

private:
    std::unique_ptr<secrets::ProfileStore> m_store;
    std::unique_ptr<secrets::SecretStore> m_keychain;
    secrets::SecretStore *m_secrets;
};

} // namespace cdesk::gui
