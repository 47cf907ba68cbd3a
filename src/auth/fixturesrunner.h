#pragma once

#include "aws/result.h"
#include "cognito/fixtures.h"
#include "cognito/secrethash.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace cdesk::cognito {
class IdentityProvider;
}
namespace cdesk::secrets {
class SecretStore;
}

namespace cdesk::auth {

// One fixture user as FixturesRunner::plan() found it: what the service and the keychain
// hold, and the writes that would make it match the file.
struct FixtureCheck
{
    cognito::FixtureUser user;
    std::optional<cognito::FixtureState> state; // nullopt: the user does not exist
    cognito::FixtureSecrets secrets;
    cognito::FixturePlan plan;
    QString error; // not empty: the user could not be read (the plan means nothing)

    bool ok() const { return error.isEmpty(); }
};

// What FixturesRunner::apply() did for one user.
struct FixtureOutcome
{
    enum class Kind
    {
        Created,
        Updated,
        Unchanged,
        Failed,
    };
    QString username;
    Kind kind = Kind::Unchanged;
    QString error; // Failed: why
};

// Fixtures (docs/fixtures.md), written once for the app and the command line, in two steps:
// plan() reads every user (AdminGetUser, AdminListGroupsForUser) and its secrets in the
// keychain and gives each one's cognito::FixturePlan, writing nothing; apply() performs the
// plans' writes, one user after another. The keychain holds the passwords and TOTP secrets and
// is written before the service is told a password, so none is ever lost. A user that fails
// does not stop the others. Lives in the GUI/CLI thread; cancel() stops the run after the
// call under way, which then ends with a Canceled error.
class FixturesRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FixturesRunner)

public:
    // The app client TOTP enrolment signs in with (ADMIN_USER_PASSWORD_AUTH), asked for the
    // first time a user is enrolled; an error is that user's failure.
    using ClientSource = std::function<aws::Result<cognito::AppClient>()>;

    // `endpoint` is SessionKey's (the endpoint override, else "aws:<region>"): the keychain
    // entries are named after it. Neither `provider` nor `secrets` is owned.
    FixturesRunner(cognito::IdentityProvider *provider, secrets::SecretStore *secrets,
                   QString userPoolId, QString endpoint, QObject *parent = nullptr);
    ~FixturesRunner() override;

    void setClientSource(ClientSource source);

    QFuture<aws::Result<QList<FixtureCheck>>> plan(const QList<cognito::FixtureUser> &users);
    // Performs `checks` (plan()'s): a check that failed is that user's failure, an unchanged
    // one is sent nothing.
    QFuture<aws::Result<QList<FixtureOutcome>>> apply(const QList<FixtureCheck> &checks);

    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // plan(): user `index` was read.
    void checked(int index, const cdesk::auth::FixtureCheck &check);
    // apply(): user `index` was done.
    void applied(int index, const cdesk::auth::FixtureOutcome &outcome);

private:
    struct Run;
    using Fail = std::function<void(const QString &)>;
    // `onValue(value)` once `future` succeeds; `fail(message)` when it does not.
    template <typename T, typename OnValue>
    void call(const std::shared_ptr<Run> &run, const QFuture<aws::Result<T>> &future, Fail fail,
              OnValue onValue);
    void readState(const std::shared_ptr<Run> &run, int index,
                   std::function<void(std::optional<cognito::FixtureState>)> done, Fail fail);
    void readGroups(const std::shared_ptr<Run> &run, const QString &username,
                    std::shared_ptr<cognito::FixtureState> state, const QString &token,
                    std::function<void()> done, Fail fail);
    void readSecret(const std::shared_ptr<Run> &run, const QString &key,
                    std::function<void(std::optional<QString>)> done, Fail fail);
    void planUser(const std::shared_ptr<Run> &run, int index);
    void applyUser(const std::shared_ptr<Run> &run, int index);
    void password(const std::shared_ptr<Run> &run, const FixtureCheck &check,
                  std::function<void(QString)> done, Fail fail);
    void writes(const std::shared_ptr<Run> &run, const FixtureCheck &check, const QString &password,
                std::function<void()> done, Fail fail);
    // `calls` (operation, payload) from `index` on, one after the other, then `done()`.
    void sendCalls(const std::shared_ptr<Run> &run, const QList<QPair<QString, QJsonObject>> &calls,
                   int index, std::function<void()> done, Fail fail);
    void enrolTotp(const std::shared_ptr<Run> &run, const FixtureCheck &check,
                   const QString &password, std::function<void()> done, Fail fail);
    std::shared_ptr<Run> begin();
    QString passwordKey(const QString &username) const;
    QString totpKey(const QString &username) const;

    cognito::IdentityProvider *m_provider;
    secrets::SecretStore *m_secrets;
    QString m_poolId;
    QString m_endpoint;
    ClientSource m_clientSource;
    std::optional<cognito::AppClient> m_client;
    std::optional<QJsonObject> m_userPool; // DescribeUserPool's, for generated passwords
    std::shared_ptr<Run> m_run;
};

} // namespace cdesk::auth

Q_DECLARE_METATYPE(cdesk::auth::FixtureCheck)
Q_DECLARE_METATYPE(cdesk::auth::FixtureOutcome)
