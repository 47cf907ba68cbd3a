#include "profilescontroller.h"

#include "aws/credentialsprovider.h"
#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "mirror/mirror.h"
#include "secrets/keychainstore.h"
#include "secrets/secretstore.h"

#include <QFutureWatcher>
#include <QSettings>

namespace cdesk::gui {

namespace {

const QString lastUsedKey = QStringLiteral("profiles/lastUsed");

// whenFinished() for the secret store, whose results are not aws::Results.
void whenSecret(const QFuture<secrets::SecretResult> &future, QObject *context,
                std::function<void(const secrets::SecretResult &)> callback)
{
    auto *watcher = new QFutureWatcher<secrets::SecretResult>(context);
    QObject::connect(watcher, &QFutureWatcher<secrets::SecretResult>::finished, context,
                     [watcher, callback = std::move(callback)] {
                         watcher->deleteLater();
                         const auto done = watcher->future();
                         if (done.resultCount() > 0) {
                             callback(done.result());
                             return;
                         }
                         secrets::SecretResult canceled;
                         canceled.status = secrets::SecretStatus::Failed;
                         canceled.message = QObject::tr("The keychain request was canceled.");
                         callback(canceled);
                     });
    watcher->setFuture(future);
}

using Step = std::function<void(std::function<void(const QString &error)>)>;

// Runs `steps` in order, stopping at the first error.
void runSteps(std::shared_ptr<QList<Step>> steps, std::function<void(const QString &)> done)
{
    if (steps->isEmpty()) {
        done({});
        return;
    }
    const Step step = steps->takeFirst();
    step([steps, done](const QString &error) {
        if (!error.isEmpty()) {
            done(error);
            return;
        }
        runSteps(steps, done);
    });
}

} // namespace

ProfilesController::ProfilesController(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<secrets::ProfileStore>())
    , m_keychain(std::make_unique<secrets::KeychainStore>())
    , m_secrets(m_keychain.get())
{}

ProfilesController::~ProfilesController() = default;

void ProfilesController::setSecretStore(secrets::SecretStore *store)
{
    m_secrets = store ? store : m_keychain.get();
}

secrets::SecretStore *ProfilesController::secretStore() const
{
    return m_secrets;
}

QStringList ProfilesController::names() const
{
    return m_store->names();
}

std::optional<secrets::Profile> ProfilesController::load(const QString &name) const
{
    return m_store->load(name);
}

QString ProfilesController::lastUsed() const
{
    return QSettings().value(lastUsedKey).toString();
}

void ProfilesController::setLastUsed(const QString &name)
{
    QSettings().setValue(lastUsedKey, name);
}

void ProfilesController::save(secrets::Profile profile, const QString &secretAccessKey,
                              const QString &clientSecret,
                              std::function<void(const QString &error)> done)
{
    if (!secrets::Profile::isValidName(profile.name)) {
        done(tr("A profile name has letters, digits, '.', '_' and '-' only."));
        return;
    }
    const std::optional<secrets::Profile> previous = m_store->load(profile.name);
    profile.secretAccessKeyStored = previous && previous->secretAccessKeyStored;
    profile.clientSecretStored = previous && previous->clientSecretStored;
    const bool usesKeys = !profile.accessKeyId.isEmpty();
    if (usesKeys && secretAccessKey.isEmpty() && !profile.secretAccessKeyStored) {
        done(tr("Enter the secret access key: it is stored in the system keychain."));
        return;
    }

    auto steps = std::make_shared<QList<Step>>();
    auto storeSecret = [this](const QString &entry, const QString &value) -> Step {
        return [this, entry, value](std::function<void(const QString &)> next) {
            whenSecret(value.isEmpty() ? m_secrets->remove(entry) : m_secrets->write(entry, value),
                       this, [next](const secrets::SecretResult &result) {
                           next(result.ok() ? QString() : secrets::describe(result));
                       });
        };
    };
    if (usesKeys && !secretAccessKey.isEmpty()) {
        steps->append(storeSecret(profile.secretAccessKeyEntry(), secretAccessKey));
        profile.secretAccessKeyStored = true;
    } else if (!usesKeys && profile.secretAccessKeyStored) {
        // The keys are no longer this profile's source: forget the secret too.
        steps->append(storeSecret(profile.secretAccessKeyEntry(), {}));
        profile.secretAccessKeyStored = false;
    }
    if (!clientSecret.isEmpty()) {
        steps->append(storeSecret(profile.clientSecretEntry(), clientSecret));
        profile.clientSecretStored = true;
    }
    runSteps(steps, [this, profile, done](const QString &error) {
        if (!error.isEmpty()) {
            done(tr("Nothing was saved. %1").arg(error));
            return;
        }
        m_store->save(profile);
        QString syncError;
        if (!m_store->sync(&syncError)) {
            done(syncError);
            return;
        }
        Q_EMIT profilesChanged();
        done({});
    });
}

void ProfilesController::remove(const QString &name, std::function<void(const QString &error)> done)
{
    const std::optional<secrets::Profile> profile = m_store->load(name);
    if (!profile) {
        done({});
        return;
    }
    auto steps = std::make_shared<QList<Step>>();
    for (const QString &entry : {profile->secretAccessKeyEntry(), profile->clientSecretEntry()})
        steps->append([this, entry](std::function<void(const QString &)> next) {
            whenSecret(m_secrets->remove(entry), this, [next](const secrets::SecretResult &result) {
                next(result.ok() ? QString() : secrets::describe(result));
            });
        });
    runSteps(steps, [this, removed = *profile, done](const QString &error) {
        // A keychain that cannot be reached keeps its entries; the profile goes anyway, and
        // the message says what was left behind.
        m_store->remove(removed.name);
        m_store->sync();
        // Its pools' local mirrors hold personal data: they go with it.
        mirror::forgetProfile(mirror::defaultFolder(), removed, m_store->loadAll());
        if (lastUsed() == removed.name)
            setLastUsed({});
        Q_EMIT profilesChanged();
        done(error.isEmpty()
                 ? QString()
                 : tr("The profile was removed, but its keychain entries were not: %1").arg(error));
    });
}

void ProfilesController::open(const secrets::Profile &profile, const QString &secretAccessKey,
                              std::function<void(const aws::Result<OpenedProfile> &)> done)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    auto finish = [profile, environment, done](std::shared_ptr<aws::CredentialsProvider> keys) {
        std::vector<aws::CredentialsChain::Link> links;
        if (keys) {
            links.push_back({QStringLiteral("profile"), keys});
        } else if (!profile.awsProfile.isEmpty()) {
            links.push_back({QStringLiteral("shared-files"),
                             std::make_shared<aws::SharedFileCredentialsProvider>(
                                 environment, profile.awsProfile)});
            links.push_back({QStringLiteral("credential-process"),
                             std::make_shared<aws::ProcessCredentialsProvider>(
                                 environment, profile.awsProfile)});
        } else {
            links.push_back({QStringLiteral("environment"),
                             std::make_shared<aws::EnvironmentCredentialsProvider>(environment)});
        }
        cognito::ConnectionSettings settings;
        settings.profileName = profile.name;
        settings.region = profile.region;
        if (settings.region.isEmpty() && !profile.awsProfile.isEmpty()) {
            const auto shared = aws::loadSharedProfile(environment, profile.awsProfile);
            if (shared)
                settings.region = shared.value().region;
        }
        if (settings.region.isEmpty())
            settings.region = cognito::regionFromEnvironment();
        settings.endpointUrl =
            profile.endpointUrl.isEmpty() ? QUrl() : QUrl(profile.endpointUrl, QUrl::StrictMode);
        settings.credentials = std::make_shared<aws::CredentialsChain>(std::move(links));
        auto connection = cognito::Connection::open(settings);
        if (!connection) {
            done(connection.forwardError<OpenedProfile>());
            return;
        }
        done(OpenedProfile{connection.value(), settings.credentials});
    };
    if (profile.accessKeyId.isEmpty()) {
        finish(nullptr);
        return;
    }
    auto withSecret = [profile, finish](const QString &secret) {
        aws::Credentials credentials;
        credentials.accessKeyId = profile.accessKeyId;
        credentials.secretAccessKey = secret;
        finish(std::make_shared<aws::StaticCredentialsProvider>(
            credentials, QStringLiteral("profile:%1 (keychain)").arg(profile.name)));
    };
    if (!secretAccessKey.isEmpty()) {
        withSecret(secretAccessKey);
        return;
    }
    whenSecret(m_secrets->read(profile.secretAccessKeyEntry()), this,
               [withSecret, done](const secrets::SecretResult &result) {
                   if (!result.ok()) {
                       done(aws::AwsError::local(QStringLiteral("KeychainError"),
                                                 secrets::describe(result)));
                       return;
                   }
                   withSecret(result.value);
               });
}

void ProfilesController::test(const secrets::Profile &profile, const QString &secretAccessKey,
                              std::function<void(bool ok, const QString &message)> done)
{
    open(profile, secretAccessKey, [this, done](const aws::Result<OpenedProfile> &opened) {
        if (!opened) {
            done(false, opened.error().toString());
            return;
        }
        const OpenedProfile connection = opened.value();
        aws::whenFinished(
            connection.connection->identityProvider()->listUserPools(1), this,
            [connection,
             done](const aws::Result<cognito::Page<cognito::UserPoolDescription>> &result) {
                if (!result) {
                    done(false, result.error().toString());
                    return;
                }
                auto *chain = dynamic_cast<aws::CredentialsChain *>(connection.credentials.get());
                done(true, tr("Connected to %1: ListUserPools answered, signed with %2.")
                               .arg(connection.connection->endpoint().url.toDisplayString(),
                                    chain ? chain->lastSource() : QString()));
            });
    });
}

} // namespace cdesk::gui
