#include "backuprunner.h"

#include "aws/awsjsonclient.h"
#include "aws/future.h"
#include "cognito/identityprovider.h"

#include <QCoreApplication>
#include <QPointer>
#include <QPromise>
#include <QSet>

namespace cdesk::cognito {

namespace {

// `count` steps one after the other: step(i, next) calls next() when step i is done (or
// never, when the run ended), then `done()` once the last one is.
struct Sequence
{
    qsizetype count = 0;
    qsizetype index = 0;
    std::function<void(qsizetype, std::function<void()>)> step;
    std::function<void()> done;
};

void advance(const std::shared_ptr<Sequence> &sequence)
{
    if (sequence->index >= sequence->count) {
        const std::function<void()> done = std::move(sequence->done);
        done();
        return;
    }
    const qsizetype index = sequence->index++;
    sequence->step(index, [sequence] { advance(sequence); });
}

void each(qsizetype count, std::function<void(qsizetype, std::function<void()>)> step,
          std::function<void()> done)
{
    auto sequence = std::make_shared<Sequence>();
    sequence->count = count;
    sequence->step = std::move(step);
    sequence->done = std::move(done);
    advance(sequence);
}

aws::AwsError canceledError()
{
    aws::AwsError error;
    error.kind = aws::ErrorKind::Canceled;
    error.type = QStringLiteral("Canceled");
    error.message =
        QCoreApplication::translate("cdesk::cognito::BackupRunner", "The operation was canceled.");
    return error;
}

} // namespace

QJsonObject RestoreResult::extra() const
{
    QJsonObject extra;
    if (!newPoolId.isEmpty()) {
        extra.insert(QStringLiteral("NewPoolId"), newPoolId);
        extra.insert(QStringLiteral("ClientIds"), clientIds);
    }
    return extra;
}

struct BackupRunner::Run
{
    std::function<void(const aws::AwsError &)> fail; // ends the run's future with an error
    std::function<void()> cancelCall;                // the call under way
    QPointer<BulkJob> job;                           // once the users' job is started
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

BackupRunner::BackupRunner(IdentityProvider *provider, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
{}

BackupRunner::~BackupRunner()
{
    if (m_run && !m_run->done && m_run->cancelCall)
        m_run->cancelCall();
}

bool BackupRunner::isRunning() const
{
    return m_run && !m_run->done;
}

void BackupRunner::cancel()
{
    if (!isRunning())
        return;
    // The users' job stops after the users under way and ends with its report.
    if (m_run->job) {
        m_run->job->cancel();
        return;
    }
    if (m_run->cancelCall)
        m_run->cancelCall();
    m_run->end(canceledError());
}

std::shared_ptr<BackupRunner::Run>
BackupRunner::begin(std::function<void(const aws::AwsError &)> fail)
{
    auto run = std::make_shared<Run>();
    run->fail = std::move(fail);
    m_run = run;
    return run;
}

template <typename T, typename OnValue>
void BackupRunner::then(const std::shared_ptr<Run> &run, const QFuture<aws::Result<T>> &future,
                        OnValue onValue)
{
    run->cancelCall = [running = QFuture<aws::Result<T>>(future)]() mutable {
        running.cancel();
    };
    aws::whenFinished(future, this,
                      [run, onValue = std::move(onValue)](const aws::Result<T> &result) mutable {
                          if (run->done)
                              return;
                          run->cancelCall = {};
                          if (!result.ok()) {
                              run->end(result.error());
                              return;
                          }
                          onValue(result.value());
                      });
}

template <typename T>
void BackupRunner::allPages(const std::shared_ptr<Run> &run, PageFetch<T> fetch,
                            std::function<void(QList<T>)> done, std::function<void(int)> onPage,
                            QList<T> items, const QString &token)
{
    const QFuture<aws::Result<Page<T>>> page = fetch(token);
    then(run, page,
         [this, run, fetch = std::move(fetch), done = std::move(done), onPage = std::move(onPage),
          items = std::move(items)](const Page<T> &read) mutable {
             items.append(read.items);
             if (onPage)
                 onPage(static_cast<int>(read.items.size()));
             if (read.nextToken.isEmpty()) {
                 done(std::move(items));
                 return;
             }
             allPages<T>(run, std::move(fetch), std::move(done), std::move(onPage),
                         std::move(items), read.nextToken);
         });
}

QFuture<aws::Result<Backup>> BackupRunner::create(const QString &poolId, bool withUsers)
{
    auto promise = std::make_shared<QPromise<aws::Result<Backup>>>();
    promise->start();
    const QFuture<aws::Result<Backup>> future = promise->future();
    const auto run = begin([promise](const aws::AwsError &error) {
        promise->addResult(aws::Result<Backup>(error));
        promise->finish();
    });
    auto backup = std::make_shared<Backup>();
    backup->created = QDateTime::currentDateTimeUtc();
    backup->region = m_provider->client()->endpoint().region;
    backup->userPoolId = poolId;
    IdentityProvider *provider = m_provider;

    // The end: the memberships of each group (one listing per group), then the backup.
    const auto finish = [run, promise, backup] {
        run->done = true;
        promise->addResult(aws::Result<Backup>(*backup));
        promise->finish();
    };
    const auto members = [this, run, provider, poolId, backup, finish](const QList<Group> &groups) {
        Q_EMIT progress(BackupStep::Members, 0);
        each(
            groups.size(),
            [this, run, provider, poolId, backup, groups](qsizetype i, std::function<void()> next) {
                const QString name = groups.at(i).name;
                allPages<User>(
                    run,
                    [provider, poolId, name](const QString &token) {
                        return provider->listUsersInGroup(poolId, name, 60, token);
                    },
                    [this, backup, name, next](const QList<User> &users) {
                        QStringList usernames;
                        for (const User &member : users)
                            usernames.append(member.username);
                        backup->addMembers(name, usernames);
                        Q_EMIT progress(BackupStep::Members, 1);
                        next();
                    });
            },
            finish);
    };
    const auto users = [this, run, provider, poolId, backup, members, finish,
                        withUsers](const QList<Group> &groups) {
        if (!withUsers) {
            finish();
            return;
        }
        Q_EMIT progress(BackupStep::Users, 0);
        allPages<User>(
            run,
            [provider, poolId](const QString &token) {
                return provider->listUsers(poolId, ListUsersQuery{}, token);
            },
            [backup, members, groups](const QList<User> &listed) {
                for (const User &user : listed)
                    backup->users.append(BackupUser::fromUser(user));
                members(groups);
            },
            [this](int count) { Q_EMIT progress(BackupStep::Users, count); });
    };
    const auto groups = [this, run, provider, poolId, backup, users] {
        Q_EMIT progress(BackupStep::Groups, 0);
        allPages<Group>(
            run,
            [provider, poolId](const QString &token) {
                return provider->listGroups(poolId, 60, token);
            },
            [backup, users](const QList<Group> &listed) {
                for (const Group &group : listed)
                    backup->addGroup(group.json);
                users(listed);
            },
            [this](int count) { Q_EMIT progress(BackupStep::Groups, count); });
    };
    const auto clients = [this, run, provider, poolId, backup, groups] {
        Q_EMIT progress(BackupStep::Clients, 0);
        allPages<UserPoolClientDescription>(
            run,
            [provider, poolId](const QString &token) {
                return provider->listUserPoolClients(poolId, 60, token);
            },
            [this, run, provider, poolId, backup,
             groups](const QList<UserPoolClientDescription> &listed) {
                each(
                    listed.size(),
                    [this, run, provider, poolId, backup, listed](qsizetype i,
                                                                  std::function<void()> next) {
                        const QString clientId =
                            listed.at(i).json.value(QLatin1String("ClientId")).toString();
                        then(run, provider->describeUserPoolClient(poolId, clientId),
                             [this, backup, next](const UserPoolClient &client) {
                                 backup->addClient(client.json);
                                 Q_EMIT progress(BackupStep::Clients, 1);
                                 next();
                             });
                    },
                    groups);
            });
    };
    Q_EMIT progress(BackupStep::Pool, 0);
    then(run, provider->describeUserPool(poolId), [backup, clients](const UserPool &pool) {
        backup->setPool(pool.json);
        clients();
    });
    return future;
}

QFuture<aws::Result<RestoreResult>>
BackupRunner::restore(const Backup &backup, const RestoreOptions &options, BulkJob *job)
{
    auto promise = std::make_shared<QPromise<aws::Result<RestoreResult>>>();
    promise->start();
    const QFuture<aws::Result<RestoreResult>> future = promise->future();
    const auto run = begin([promise](const aws::AwsError &error) {
        promise->addResult(aws::Result<RestoreResult>(error));
        promise->finish();
    });
    struct State
    {
        Backup backup;
        RestoreOptions options;
        RestoreResult result;
        QStringList usernameAttributes;
        QSet<QString> groupsThere;
    };
    auto state = std::make_shared<State>();
    state->backup = backup;
    state->options = options;
    IdentityProvider *provider = m_provider;
    const QPointer<BulkJob> bulkJob(job);

    // Last: the users and their memberships, as a bulk job; users already in the pool (by
    // username, or by the attribute that names them) are skipped.
    const auto startJob = [this, run, promise, state, bulkJob](const QSet<QString> &existing) {
        if (!bulkJob) {
            run->end(canceledError());
            return;
        }
        BulkJobSpec spec;
        spec.operation = BulkOperation::Create;
        spec.userPoolId = state->result.poolId;
        spec.generatePasswords = state->options.generatePasswords;
        spec.passwordsOut = state->options.passwordsOut;
        spec.suppressMessage = state->options.suppressMessage;
        spec.items =
            restoreItems(state->backup, state->usernameAttributes, existing, &spec.skipped);
        Q_EMIT jobStarting(spec);
        run->job = bulkJob;
        const QFuture<aws::Result<BulkReport>> started = bulkJob->start(spec);
        Q_EMIT jobStarted();
        aws::whenFinished(started, this,
                          [run, promise, state](const aws::Result<BulkReport> &report) {
                              if (run->done)
                                  return;
                              if (!report) {
                                  run->end(report.error());
                                  return;
                              }
                              run->done = true;
                              state->result.report = report.value();
                              promise->addResult(aws::Result<RestoreResult>(state->result));
                              promise->finish();
                          });
    };
    const auto users = [run, provider, state, startJob, this] {
        if (state->options.newPool() || state->backup.users.isEmpty()) {
            startJob({});
            return;
        }
        allPages<User>(
            run,
            [provider, poolId = state->result.poolId](const QString &token) {
                return provider->listUsers(poolId, ListUsersQuery{}, token);
            },
            [state, startJob](const QList<User> &listed) {
                QSet<QString> existing;
                for (const User &user : listed) {
                    existing.insert(user.username);
                    for (const QString &attribute : std::as_const(state->usernameAttributes))
                        if (!user.attribute(attribute).isEmpty())
                            existing.insert(user.attribute(attribute));
                }
                startJob(existing);
            });
    };
    // Groups before the users who join them. Those the pool has already are left alone (a
    // re-run; a CreateGroup over one would be refused, or on some servers replace it and its
    // members), and one made meanwhile (GroupExistsException) is no error either.
    const auto createGroups = [this, run, provider, state, users] {
        each(
            state->backup.groups.size(),
            [this, run, provider, state](qsizetype i, std::function<void()> next) {
                const CreateGroupRequest request =
                    createGroupRequestFrom(state->backup.groups.at(i).toObject());
                if (state->groupsThere.contains(request.name)) {
                    next();
                    return;
                }
                then(run,
                     provider->createGroup(state->result.poolId, request)
                         .then([](const aws::Result<Group> &group) -> aws::Result<aws::Empty> {
                             if (!group &&
                                 group.error().type != QLatin1String("GroupExistsException"))
                                 return group.error();
                             return aws::Empty{};
                         }),
                     [next](const aws::Empty &) { next(); });
            },
            users);
    };
    const auto groups = [this, run, provider, state, createGroups] {
        Q_EMIT targetReady(state->result.poolId);
        if (state->options.newPool()) {
            createGroups();
            return;
        }
        allPages<Group>(
            run,
            [provider, poolId = state->result.poolId](const QString &token) {
                return provider->listGroups(poolId, 60, token);
            },
            [state, createGroups](const QList<Group> &listed) {
                for (const Group &group : listed)
                    state->groupsThere.insert(group.name);
                createGroups();
            });
    };

    if (options.newPool()) {
        then(run,
             provider->createUserPool(createUserPoolRequestFrom(backup.pool, options.newPoolName)),
             [this, run, provider, state, groups](const UserPool &created) {
                 state->result.poolId = created.id;
                 state->result.newPoolId = created.id;
                 state->usernameAttributes = created.usernameAttributes;
                 Q_EMIT poolCreated(created.id, state->options.newPoolName);
                 each(
                     state->backup.clients.size(),
                     [this, run, provider, state](qsizetype i, std::function<void()> next) {
                         const QJsonObject old = state->backup.clients.at(i).toObject();
                         then(run,
                              provider->createUserPoolClient(state->result.poolId,
                                                             createUserPoolClientRequestFrom(old)),
                              [state, old, next](const UserPoolClient &client) {
                                  state->result.clientIds.insert(
                                      old.value(QLatin1String("ClientId")).toString(),
                                      client.clientId);
                                  next();
                              });
                     },
                     groups);
             });
    } else {
        state->result.poolId = options.intoPool;
        then(run, provider->describeUserPool(options.intoPool),
             [state, groups](const UserPool &pool) {
                 state->usernameAttributes = pool.usernameAttributes;
                 groups();
             });
    }
    return future;
}

} // namespace cdesk::cognito
