#pragma once

#include "aws/awserror.h"
#include "aws/result.h"
#include "cognito/backup.h"
#include "cognito/bulkjob.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace cdesk::cognito {

class IdentityProvider;

// What a restore makes and how its users get their temporary password.
struct RestoreOptions
{
    // One of the two: an existing pool (users already in it are skipped), or the name of a
    // pool made from the backup's configuration (then its clients too).
    QString intoPool;
    QString newPoolName;
    // A temporary password per user generated to the pool's policy, written to passwordsOut
    // (created owner-only, never overwritten); else Cognito makes one.
    bool generatePasswords = false;
    QString passwordsOut;
    bool suppressMessage = false; // no invitation message

    bool newPool() const { return !newPoolName.isEmpty(); }
};

// A restore's outcome: the users' bulk report and, for a new pool, its id and the new id of
// each backed-up client.
struct RestoreResult
{
    QString poolId;
    QString newPoolId;     // empty when restored into an existing pool
    QJsonObject clientIds; // old client id -> new client id (a new pool only)
    BulkReport report;

    // What backup restore adds to the bulk report: {"NewPoolId", "ClientIds"} for a new
    // pool, nothing otherwise.
    QJsonObject extra() const;
};

// The listings a backup reads, in the order BackupRunner::create() reads them.
enum class BackupStep
{
    Pool,    // DescribeUserPool
    Clients, // ListUserPoolClients, then DescribeUserPoolClient for each
    Groups,  // ListGroups
    Users,   // ListUsers
    Members, // ListUsersInGroup, one group after the other
};

// Backup and restore, written once for the app and the command line. create() reads every
// page of a pool's clients, groups, users and memberships into a Backup; restore() makes the
// pool when asked, its clients, the groups, then the users and their memberships as a bulk
// job (cognito::BulkJob: journaled, resumable). Front ends tell the steps from the signals.
// Lives in the GUI/CLI thread. cancel() stops the run after the call under way: it then ends
// with a Canceled error (a restore's job stops as BulkJob::cancel() says).
class BackupRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupRunner)

public:
    explicit BackupRunner(IdentityProvider *provider, QObject *parent = nullptr);
    ~BackupRunner() override;

    // The backup of pool `poolId` (created now, in the provider's region): its
    // configuration, clients (described, without secrets), groups and, with `withUsers`,
    // users and memberships (one ListUsersInGroup listing per group, never a call per user).
    QFuture<aws::Result<Backup>> create(const QString &poolId, bool withUsers = true);
    // Restores `backup` as `options` say; the users go through `job` (not owned, not yet
    // started: the caller follows its progress). Ends with the job's report, or with the
    // first error before the job (nothing after it is made: groups and users made before it
    // stay).
    QFuture<aws::Result<RestoreResult>> restore(const Backup &backup, const RestoreOptions &options,
                                                BulkJob *job);

    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // create(): a step began, or `count` more of its items were read so far.
    void progress(cdesk::cognito::BackupStep step, int count);
    // restore(): the new pool was created (before its clients).
    void poolCreated(const QString &poolId, const QString &name);
    // restore(): the pool is there (created with its clients, or described); the groups are
    // next.
    void targetReady(const QString &poolId);
    // restore(): the users' job is about to start with `spec`.
    void jobStarting(const cdesk::cognito::BulkJobSpec &spec);
    // restore(): the job was started (its spec, with its id, is the job's).
    void jobStarted();

private:
    struct Run;
    template <typename T, typename OnValue>
    void then(const std::shared_ptr<Run> &run, const QFuture<aws::Result<T>> &future,
              OnValue onValue);
    template <typename T>
    using PageFetch = std::function<QFuture<aws::Result<Page<T>>>(const QString &token)>;
    // Every page of a listing, from `token` on, appended to `items`; `done` gets them all.
    template <typename T>
    void allPages(const std::shared_ptr<Run> &run, PageFetch<T> fetch,
                  std::function<void(QList<T>)> done, std::function<void(int)> onPage = {},
                  QList<T> items = {}, const QString &token = {});
    std::shared_ptr<Run> begin(std::function<void(const aws::AwsError &)> fail);

    IdentityProvider *m_provider;
    std::shared_ptr<Run> m_run;
};

} // namespace cdesk::cognito
