#include "fixturesrunner.h"

#include "auth/totp.h"
#include "aws/future.h"
#include "cognito/identityprovider.h"
#include "cognito/passwordgenerator.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QPromise>

namespace cdesk::auth {

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

aws::AwsError canceledError()
{
    aws::AwsError error;
    error.kind = aws::ErrorKind::Canceled;
    error.type = str("Canceled");
    error.message =
        QCoreApplication::translate("cdesk::auth::FixturesRunner", "The operation was canceled.");
    return error;
}

QJsonArray attributeList(const QList<QPair<QString, QString>> &attributes)
{
    QJsonArray list;
    for (const auto &[name, value] : attributes)
        list.append(QJsonObject{{str("Name"), name}, {str("Value"), value}});
    return list;
}

} // namespace

// One plan() or apply(): its users one after the other.
struct FixturesRunner::Run
{
    QList<FixtureCheck> checks;
    QList<FixtureOutcome> outcomes;
    std::function<void(const aws::AwsError &)> fail; // ends the run's future with an error
    std::function<void()> finish;                    // ends it with its result
    std::function<void()> cancelCall;                // the call under way
    bool done = false;

    void end(const aws::AwsError &error)
    {
        if (done)
            return;
        done = true;
        cancelCall = {};
        fail(error);
    }
};

FixturesRunner::FixturesRunner(cognito::IdentityProvider *provider, secrets::SecretStore *secrets,
                               QString userPoolId, QString endpoint, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_secrets(secrets)
    , m_poolId(std::move(userPoolId))
    , m_endpoint(std::move(endpoint))
{}

FixturesRunner::~FixturesRunner()
{
    if (m_run && !m_run->done && m_run->cancelCall)
        m_run->cancelCall();
}

void FixturesRunner::setClientSource(ClientSource source)
{
    m_clientSource = std::move(source);
    m_client.reset();
}

bool FixturesRunner::isRunning() const
{
    return m_run && !m_run->done;
}

void FixturesRunner::cancel()
{
    if (!isRunning())
        return;
    if (m_run->cancelCall)
        m_run->cancelCall();
    m_run->end(canceledError());
}

std::shared_ptr<FixturesRunner::Run> FixturesRunner::begin()
{
    auto run = std::make_shared<Run>();
    m_run = run;
    return run;
}

QString FixturesRunner::passwordKey(const QString &username) const
{
    return cognito::fixturePasswordKey(m_endpoint, m_poolId, username);
}

QString FixturesRunner::totpKey(const QString &username) const
{
    return totpSecretKey(m_endpoint, m_poolId, username);
}

template <typename T, typename OnValue>
void FixturesRunner::call(const std::shared_ptr<Run> &run, const QFuture<aws::Result<T>> &future,
                          Fail fail, OnValue onValue)
{
    run->cancelCall = [running = QFuture<aws::Result<T>>(future)]() mutable {
        running.cancel();
    };
    aws::whenFinished(future, this,
                      [run, fail = std::move(fail),
                       onValue = std::move(onValue)](const aws::Result<T> &result) mutable {
                          if (run->done)
                              return;
                          run->cancelCall = {};
                          if (!result.ok()) {
                              fail(result.error().toString());
                              return;
                          }
                          onValue(result.value());
                      });
}

void FixturesRunner::readSecret(const std::shared_ptr<Run> &run, const QString &key,
                                std::function<void(std::optional<QString>)> done, Fail fail)
{
    auto *watcher = new QFutureWatcher<secrets::SecretResult>(this);
    connect(watcher, &QFutureWatcher<secrets::SecretResult>::finished, this,
            [run, watcher, done = std::move(done), fail = std::move(fail)] {
                watcher->deleteLater();
                if (run->done)
                    return;
                const QFuture<secrets::SecretResult> future = watcher->future();
                secrets::SecretResult result;
                if (future.resultCount() > 0)
                    result = future.result();
                if (result.ok())
                    done(result.value);
                else if (result.status == secrets::SecretStatus::NotFound)
                    done(std::nullopt);
                else
                    fail(secrets::describe(result));
            });
    watcher->setFuture(m_secrets->read(key));
}

QFuture<aws::Result<QList<FixtureCheck>>>
FixturesRunner::plan(const QList<cognito::FixtureUser> &users)
{
    auto promise = std::make_shared<QPromise<aws::Result<QList<FixtureCheck>>>>();
    promise->start();
    const auto future = promise->future();
    const auto run = begin();
    run->fail = [promise](const aws::AwsError &error) {
        promise->addResult(aws::Result<QList<FixtureCheck>>(error));
        promise->finish();
    };
    // Not `run` itself: the run holds this function, and would then never be freed.
    run->finish = [weak = std::weak_ptr<Run>(run), promise] {
        const std::shared_ptr<Run> self = weak.lock();
        if (!self)
            return;
        self->done = true;
        promise->addResult(aws::Result<QList<FixtureCheck>>(self->checks));
        promise->finish();
    };
    for (const cognito::FixtureUser &user : users) {
        FixtureCheck check;
        check.user = user;
        run->checks.append(check);
    }
    planUser(run, 0);
    return future;
}

void FixturesRunner::planUser(const std::shared_ptr<Run> &run, int index)
{
    if (run->done)
        return;
    if (index >= run->checks.size()) {
        run->finish();
        return;
    }
    const auto next = [this, run, index] {
        Q_EMIT checked(index, run->checks.at(index));
        planUser(run, index + 1);
    };
    const Fail fail = [run, index, next](const QString &message) {
        run->checks[index].error = message;
        next();
    };
    const QString username = run->checks.at(index).user.username;
    readState(
        run, index,
        [this, run, index, username, next, fail](std::optional<cognito::FixtureState> state) {
            run->checks[index].state = std::move(state);
            readSecret(
                run, passwordKey(username),
                [this, run, index, username, next, fail](std::optional<QString> password) {
                    run->checks[index].secrets.password = std::move(password);
                    readSecret(
                        run, totpKey(username),
                        [run, index, next](std::optional<QString> totp) {
                            FixtureCheck &check = run->checks[index];
                            check.secrets.totpSecret = totp.has_value();
                            check.plan =
                                cognito::planFixture(check.user, check.state, check.secrets);
                            next();
                        },
                        fail);
                },
                fail);
        },
        fail);
}

void FixturesRunner::readState(const std::shared_ptr<Run> &run, int index,
                               std::function<void(std::optional<cognito::FixtureState>)> done,
                               Fail fail)
{
    const QString username = run->checks.at(index).user.username;
    const auto future = m_provider->call(
        str("AdminGetUser"), {{str("UserPoolId"), m_poolId}, {str("Username"), username}});
    run->cancelCall = [running = future]() mutable {
        running.cancel();
    };
    aws::whenFinished(future, this,
                      [this, run, username, done = std::move(done),
                       fail = std::move(fail)](const aws::Result<QJsonObject> &user) mutable {
                          if (run->done)
                              return;
                          run->cancelCall = {};
                          if (!user) {
                              if (user.error().type == QLatin1String("UserNotFoundException"))
                                  done(std::nullopt);
                              else
                                  fail(user.error().toString());
                              return;
                          }
                          auto state = std::make_shared<cognito::FixtureState>();
                          const QJsonObject &json = user.value();
                          state->status = json.value(QLatin1String("UserStatus")).toString();
                          state->enabled = json.value(QLatin1String("Enabled")).toBool(true);
                          for (const QJsonValue &attribute :
                               json.value(QLatin1String("UserAttributes")).toArray())
                              state->attributes.insert(
                                  attribute.toObject().value(QLatin1String("Name")).toString(),
                                  attribute.toObject().value(QLatin1String("Value")).toString());
                          for (const QJsonValue &setting :
                               json.value(QLatin1String("UserMFASettingList")).toArray())
                              state->mfaSettings.append(setting.toString());
                          readGroups(
                              run, username, state, {}, [state, done] { done(*state); }, fail);
                      });
}

void FixturesRunner::readGroups(const std::shared_ptr<Run> &run, const QString &username,
                                std::shared_ptr<cognito::FixtureState> state, const QString &token,
                                std::function<void()> done, Fail fail)
{
    QJsonObject request{
        {str("UserPoolId"), m_poolId}, {str("Username"), username}, {str("Limit"), 60}};
    if (!token.isEmpty())
        request.insert(str("NextToken"), token);
    call(run, m_provider->call(str("AdminListGroupsForUser"), request), fail,
         [this, run, username, state, done, fail](const QJsonObject &page) {
             for (const QJsonValue &group : page.value(QLatin1String("Groups")).toArray())
                 state->groups.append(
                     group.toObject().value(QLatin1String("GroupName")).toString());
             const QString next = page.value(QLatin1String("NextToken")).toString();
             if (next.isEmpty())
                 done();
             else
                 readGroups(run, username, state, next, done, fail);
         });
}

QFuture<aws::Result<QList<FixtureOutcome>>> FixturesRunner::apply(const QList<FixtureCheck> &checks)
{
    auto promise = std::make_shared<QPromise<aws::Result<QList<FixtureOutcome>>>>();
    promise->start();
    const auto future = promise->future();
    const auto run = begin();
    run->checks = checks;
    run->fail = [promise](const aws::AwsError &error) {
        promise->addResult(aws::Result<QList<FixtureOutcome>>(error));
        promise->finish();
    };
    // Not `run` itself: the run holds this function, and would then never be freed.
    run->finish = [weak = std::weak_ptr<Run>(run), promise] {
        const std::shared_ptr<Run> self = weak.lock();
        if (!self)
            return;
        self->done = true;
        promise->addResult(aws::Result<QList<FixtureOutcome>>(self->outcomes));
        promise->finish();
    };
    applyUser(run, 0);
    return future;
}

void FixturesRunner::applyUser(const std::shared_ptr<Run> &run, int index)
{
    if (run->done)
        return;
    if (index >= run->checks.size()) {
        run->finish();
        return;
    }
    const FixtureCheck check = run->checks.at(index);
    const auto finish = [this, run, index](FixtureOutcome outcome) {
        outcome.username = run->checks.at(index).user.username;
        run->outcomes.append(outcome);
        Q_EMIT applied(index, outcome);
        applyUser(run, index + 1);
    };
    const Fail fail = [finish](const QString &message) {
        finish({{}, FixtureOutcome::Kind::Failed, message});
    };
    if (!check.ok()) {
        fail(check.error);
        return;
    }
    using Plan = cognito::FixturePlan;
    if (check.plan.kind == Plan::Kind::Unchanged) {
        finish({{}, FixtureOutcome::Kind::Unchanged, {}});
        return;
    }
    const FixtureOutcome::Kind kind = check.plan.kind == Plan::Kind::Create
                                          ? FixtureOutcome::Kind::Created
                                          : FixtureOutcome::Kind::Updated;
    password(
        run, check,
        [this, run, check, kind, finish, fail](const QString &password) {
            const auto send = [this, run, check, password, kind, finish, fail] {
                writes(
                    run, check, password,
                    [finish, kind] {
                        finish({{}, kind, {}});
                    },
                    fail);
            };
            if (!check.plan.setPassword) {
                send();
                return;
            }
            // The keychain first: a password the service has is never one nobody knows.
            auto *watcher = new QFutureWatcher<secrets::SecretResult>(this);
            connect(watcher, &QFutureWatcher<secrets::SecretResult>::finished, this,
                    [run, watcher, send, fail] {
                        watcher->deleteLater();
                        if (run->done)
                            return;
                        const QFuture<secrets::SecretResult> future = watcher->future();
                        secrets::SecretResult kept;
                        if (future.resultCount() > 0)
                            kept = future.result();
                        if (!kept.ok()) {
                            fail(secrets::describe(kept));
                            return;
                        }
                        send();
                    });
            watcher->setFuture(m_secrets->write(passwordKey(check.user.username), password));
        },
        fail);
}

void FixturesRunner::password(const std::shared_ptr<Run> &run, const FixtureCheck &check,
                              std::function<void(QString)> done, Fail fail)
{
    // The password the user signs in with from now on: the file's, else the one fixtures set
    // before, else one generated to the pool's policy.
    if (check.user.password) {
        done(*check.user.password);
        return;
    }
    if (check.secrets.password) {
        done(*check.secrets.password);
        return;
    }
    const auto generate = [this, done] {
        done(cognito::generatePassword(cognito::PasswordPolicy::fromUserPoolJson(*m_userPool)));
    };
    if (m_userPool) {
        generate();
        return;
    }
    call(run, m_provider->call(str("DescribeUserPool"), {{str("UserPoolId"), m_poolId}}), fail,
         [this, generate](const QJsonObject &pool) {
             m_userPool = pool.value(QLatin1String("UserPool")).toObject();
             generate();
         });
}

void FixturesRunner::writes(const std::shared_ptr<Run> &run, const FixtureCheck &check,
                            const QString &password, std::function<void()> done, Fail fail)
{
    using Plan = cognito::FixturePlan;
    const Plan &plan = check.plan;
    const QJsonObject who{{str("UserPoolId"), m_poolId}, {str("Username"), check.user.username}};
    const auto with = [&who](std::initializer_list<QPair<QString, QJsonValue>> more) {
        QJsonObject object = who;
        for (const auto &[key, value] : more)
            object.insert(key, value);
        return object;
    };
    // The calls before TOTP enrolment, in order; disabling comes after it (enrolment signs in).
    using Call = QPair<QString, QJsonObject>;
    QList<Call> before;
    if (plan.kind == Plan::Kind::Create)
        before.append({str("AdminCreateUser"),
                       with({{str("UserAttributes"), attributeList(plan.setAttributes)},
                             {str("MessageAction"), str("SUPPRESS")},
                             {str("TemporaryPassword"), password}})});
    else if (!plan.setAttributes.isEmpty())
        before.append({str("AdminUpdateUserAttributes"),
                       with({{str("UserAttributes"), attributeList(plan.setAttributes)}})});
    if (plan.setPassword)
        before.append({str("AdminSetUserPassword"),
                       with({{str("Password"), password}, {str("Permanent"), true}})});
    for (const QString &group : plan.addGroups)
        before.append({str("AdminAddUserToGroup"), with({{str("GroupName"), group}})});
    for (const QString &group : plan.removeGroups)
        before.append({str("AdminRemoveUserFromGroup"), with({{str("GroupName"), group}})});
    if (plan.enable)
        before.append({str("AdminEnableUser"), who});
    if (plan.disableTotp)
        before.append(
            {str("AdminSetUserMFAPreference"),
             with({{str("SoftwareTokenMfaSettings"),
                    QJsonObject{{str("Enabled"), false}, {str("PreferredMfa"), false}}}})});
    QList<Call> after;
    if (plan.disable)
        after.append({str("AdminDisableUser"), who});

    const auto last = [this, run, after, done, fail] {
        sendCalls(run, after, 0, done, fail);
    };
    sendCalls(
        run, before, 0,
        [this, run, check, password, last, fail] {
            if (check.plan.enrolTotp)
                enrolTotp(run, check, password, last, fail);
            else
                last();
        },
        fail);
}

void FixturesRunner::sendCalls(const std::shared_ptr<Run> &run,
                               const QList<QPair<QString, QJsonObject>> &calls, int index,
                               std::function<void()> done, Fail fail)
{
    if (index >= calls.size()) {
        done();
        return;
    }
    const auto &[operation, payload] = calls.at(index);
    call(run, m_provider->call(operation, payload), fail,
         [this, run, calls, index, done, fail](const QJsonObject &) {
             sendCalls(run, calls, index + 1, done, fail);
         });
}

void FixturesRunner::enrolTotp(const std::shared_ptr<Run> &run, const FixtureCheck &check,
                               const QString &password, std::function<void()> done, Fail fail)
{
    // Enrolment is the user's own act: sign in as the user (before a disable).
    if (!m_client) {
        if (!m_clientSource) {
            fail(tr("TOTP enrolment signs in as the user: choose an app client that allows "
                    "ADMIN_USER_PASSWORD_AUTH."));
            return;
        }
        const aws::Result<cognito::AppClient> client = m_clientSource();
        if (!client) {
            fail(client.error().message);
            return;
        }
        m_client = client.value();
    }
    const QString username = check.user.username;
    call(run,
         m_provider->adminInitiateAuth(m_poolId, *m_client, cognito::AdminAuthFlow::UserPassword,
                                       username, password),
         fail, [this, run, username, done, fail](const cognito::AuthResponse &signedIn) {
             if (!signedIn.result) {
                 fail(tr("TOTP enrolment: signing in as %1 answered %2 instead of tokens.")
                          .arg(username, signedIn.challengeName));
                 return;
             }
             call(run,
                  enrolSoftwareToken(m_provider, m_secrets, totpKey(username),
                                     signedIn.result->accessToken, str("cognito-desk")),
                  fail, [done](const QString &) { done(); });
         });
}

} // namespace cdesk::auth
