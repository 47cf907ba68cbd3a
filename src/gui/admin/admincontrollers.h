#pragma once

#include "cognito/types.h"
#include "gui/admin/controller.h"

#include <QJsonObject>

namespace cdesk::cognito {
class DomainWaiter;
class ImportRunner;
} // namespace cdesk::cognito

namespace cdesk::gui::admin {

// Groups: create, delete many, add and remove many members.
class GroupController final : public Controller
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupController)

public:
    using Controller::Controller;

    void create(const QString &poolId, const cognito::CreateGroupRequest &request);
    void deleteGroups(const QString &poolId, const QStringList &groupNames);
    void addMembers(const QString &poolId, const QString &groupName, const QStringList &usernames);
    void removeMembers(const QString &poolId, const QString &groupName,
                       const QStringList &usernames);

Q_SIGNALS:
    void created(const cdesk::cognito::Group &group);
};

// App clients: create, describe, update with the whole configuration, delete many.
class ClientController final : public Controller
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientController)

public:
    using Controller::Controller;

    void create(const QString &poolId, const cognito::CreateUserPoolClientRequest &request);
    void describe(const QString &poolId, const QString &clientId);
    // `client` is a described client with the edits applied; all of it is sent back.
    void update(const cognito::UserPoolClient &client);
    void deleteClients(const QString &poolId, const QStringList &clientIds);

Q_SIGNALS:
    void created(const cdesk::cognito::UserPoolClient &client);
    void described(const cdesk::cognito::UserPoolClient &client);
    void updated(const cdesk::cognito::UserPoolClient &client);
};

// User pools: create, describe, delete many.
class PoolController final : public Controller
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolController)

public:
    using Controller::Controller;

    void create(const cognito::CreateUserPoolRequest &request);
    void describe(const QString &poolId);
    void deletePools(const QStringList &poolIds);
    // UpdateUserPool with the pool's whole configuration and `changes` (the service resets
    // what an update leaves out), then the pool described again: updated().
    void update(const cognito::UserPool &pool, const cognito::UserPoolChanges &changes);

Q_SIGNALS:
    void created(const cdesk::cognito::UserPool &pool);
    void described(const cdesk::cognito::UserPool &pool);
    void updated(const cdesk::cognito::UserPool &pool);
};

// The hosted-UI domain of a pool: create (prefix or custom), delete, and the status while it
// provisions, followed by the core's DomainWaiter until it is ACTIVE (or FAILED).
class DomainController final : public Controller
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainController)

public:
    explicit DomainController(std::shared_ptr<cognito::Connection> connection,
                              QObject *parent = nullptr);
    ~DomainController() override;

    // Milliseconds between DescribeUserPoolDomain calls while the domain is not ACTIVE.
    void setPollInterval(int ms);
    int pollInterval() const;

    // Describes `domain` and keeps describing it until its status is final.
    void watch(const QString &domain);
    // A custom domain when `certificateArn` is set (an ACM certificate in us-east-1).
    void create(const QString &poolId, const QString &domain, const QString &certificateArn);
    void remove(const QString &poolId, const QString &domain);

    // True while the timer waits for the next DescribeUserPoolDomain.
    bool isPolling() const;
    // cancel() stops the polling too (the domain goes on provisioning).

Q_SIGNALS:
    // Each description as it is polled; !exists() when the domain is gone.
    void described(const cdesk::cognito::DomainDescription &description);
    // `cloudFrontDomain`: where a custom domain's DNS alias must point (empty for a prefix).
    void created(const QString &domain, const QString &cloudFrontDomain);
    void removed(const QString &domain);

private:
    void stopWaiting();

    cognito::DomainWaiter *m_waiter;
    QFuture<aws::Result<cognito::DomainDescription>> m_waiting;
    QString m_domain;
};

// The CSV import: the pool's header and required attributes, then the core's ImportRunner
// (create job → upload → start → DescribeUserImportJob until the job's status is final).
class ImportController final : public Controller
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    explicit ImportController(std::shared_ptr<cognito::Connection> connection,
                              QObject *parent = nullptr);
    ~ImportController() override;

    void setPollInterval(int ms);
    int pollInterval() const;

    // GetCSVHeader and DescribeUserPool (for its required attributes).
    void loadHeader(const QString &poolId);
    void importCsv(const QString &poolId, const QString &jobName, const QString &roleArn,
                   const QByteArray &csv);
    // StopUserImportJob for the job this controller started, then follows it to its end.
    void stop();
    // cancel() stops following the job (the job goes on; stop() stops it).

    const cognito::UserImportJob &job() const { return m_job; }

Q_SIGNALS:
    void headerLoaded(const QStringList &header, const QStringList &requiredAttributes);
    // Every state of the job as it was created, started and described.
    void jobChanged(const cdesk::cognito::UserImportJob &job);

private:
    void follow(const QFuture<aws::Result<cognito::UserImportJob>> &future);
    void updateJob(const cognito::UserImportJob &job);

    cognito::ImportRunner *m_runner;
    QFuture<aws::Result<cognito::UserImportJob>> m_following;
    QString m_poolId;
    QString m_jobName;
    qsizetype m_csvSize = 0;
    cognito::UserImportJob m_job;
};

// The IAM role Cognito writes an import job's CloudWatch logs with: found, or created with
// its policy, as the console's "Create the role for me" does (IAM and STS through the core).
class ImportRoleController final : public Controller
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRoleController)

public:
    explicit ImportRoleController(std::shared_ptr<cognito::Connection> connection,
                                  QObject *parent = nullptr);
    ~ImportRoleController() override;

    void ensureRole();

Q_SIGNALS:
    // `changed`: something was created or attached (false: all of it was there already).
    void roleReady(const QString &roleArn, bool changed);
};

} // namespace cdesk::gui::admin
