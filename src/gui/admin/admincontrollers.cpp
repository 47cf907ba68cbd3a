#include "admincontrollers.h"

#include "cognito/bulkjob.h"
#include "cognito/connection.h"
#include "cognito/domainwaiter.h"
#include "cognito/identityprovider.h"
#include "cognito/importrole.h"
#include "cognito/importrunner.h"

#include <QJsonArray>
#include <QUrl>

namespace cdesk::gui::admin {

// --- groups

namespace {

// Adding or removing members is a job of the core's bulk engine, as `bulk run add-to-group`;
// so is deleting several groups, app clients or pools (no argument): journaled, at the
// operation's quota, and each item checked on the service when its answer was lost.
cognito::BulkJobSpec itemsJob(cognito::BulkOperation operation, const QString &poolId,
                              const QString &argument, const QStringList &items)
{
    cognito::BulkJobSpec spec;
    spec.operation = operation;
    spec.argument = argument;
    spec.userPoolId = poolId;
    QStringList unique = items;
    unique.removeDuplicates();
    spec.skipped = static_cast<int>(items.size() - unique.size());
    for (const QString &item : std::as_const(unique))
        spec.items.append({item, {}, {}});
    return spec;
}

} // namespace

void GroupController::create(const QString &poolId, const cognito::CreateGroupRequest &request)
{
    Q_EMIT progress(tr("Creating group %1…").arg(request.name));
    run(provider()->createGroup(poolId, request), [this](const cognito::Group &group) {
        Q_EMIT created(group);
        finish();
    });
}

void GroupController::deleteGroups(const QString &poolId, const QStringList &groupNames)
{
    runJob(itemsJob(cognito::BulkOperation::DeleteGroup, poolId, {}, groupNames));
}

void GroupController::addMembers(const QString &poolId, const QString &groupName,
                                 const QStringList &usernames)
{
    runJob(itemsJob(cognito::BulkOperation::AddToGroup, poolId, groupName, usernames));
}

void GroupController::removeMembers(const QString &poolId, const QString &groupName,
                                    const QStringList &usernames)
{
    runJob(itemsJob(cognito::BulkOperation::RemoveFromGroup, poolId, groupName, usernames));
}

// --- app clients

void ClientController::create(const QString &poolId,
                              const cognito::CreateUserPoolClientRequest &request)
{
    Q_EMIT progress(tr("Creating app client %1…").arg(request.clientName));
    run(provider()->createUserPoolClient(poolId, request),
        [this](const cognito::UserPoolClient &client) {
            Q_EMIT created(client);
            finish();
        });
}

void ClientController::describe(const QString &poolId, const QString &clientId)
{
    Q_EMIT progress(tr("Describing app client %1…").arg(clientId));
    run(provider()->describeUserPoolClient(poolId, clientId),
        [this](const cognito::UserPoolClient &client) {
            Q_EMIT described(client);
            finish();
        });
}

void ClientController::update(const cognito::UserPoolClient &client)
{
    Q_EMIT progress(tr("Saving app client %1…").arg(client.clientName));
    run(provider()->updateUserPoolClient(client), [this](const cognito::UserPoolClient &saved) {
        Q_EMIT updated(saved);
        finish();
    });
}

void ClientController::deleteClients(const QString &poolId, const QStringList &clientIds)
{
    runJob(itemsJob(cognito::BulkOperation::DeleteAppClient, poolId, {}, clientIds));
}

// --- pools

void PoolController::create(const cognito::CreateUserPoolRequest &request)
{
    Q_EMIT progress(tr("Creating user pool %1…").arg(request.name));
    run(provider()->createUserPool(request), [this](const cognito::UserPool &pool) {
        Q_EMIT created(pool);
        finish();
    });
}

void PoolController::describe(const QString &poolId)
{
    Q_EMIT progress(tr("Describing user pool %1…").arg(poolId));
    run(provider()->describeUserPool(poolId), [this](const cognito::UserPool &pool) {
        Q_EMIT described(pool);
        finish();
    });
}

void PoolController::update(const cognito::UserPool &pool, const cognito::UserPoolChanges &changes)
{
    Q_EMIT progress(tr("Saving the settings of user pool %1…").arg(pool.id));
    run(provider()->updateUserPool(pool, changes), [this, id = pool.id](const aws::Empty &) {
        run(provider()->describeUserPool(id), [this](const cognito::UserPool &described) {
            Q_EMIT updated(described);
            finish();
        });
    });
}

void PoolController::deletePools(const QStringList &poolIds)
{
    runJob(itemsJob(cognito::BulkOperation::DeleteUserPool, {}, {}, poolIds));
}

// --- hosted-UI domain

DomainController::DomainController(std::shared_ptr<cognito::Connection> connection, QObject *parent)
    : Controller(std::move(connection), parent)
    , m_waiter(new cognito::DomainWaiter(provider(), this))
{
    connect(m_waiter, &cognito::DomainWaiter::describing, this, [this](const QString &domain) {
        Q_EMIT progress(tr("Checking domain %1…").arg(domain));
    });
    connect(m_waiter, &cognito::DomainWaiter::described, this,
            [this](const cognito::DomainDescription &description) {
                Q_EMIT described(description);
                if (description.exists() && !cognito::isSettledDomainStatus(description.status))
                    Q_EMIT progress(tr("Domain %1 is %2; checking again shortly…")
                                        .arg(m_domain, description.status));
            });
}

DomainController::~DomainController() = default;

void DomainController::setPollInterval(int ms)
{
    m_waiter->setPollInterval(ms);
}

int DomainController::pollInterval() const
{
    return m_waiter->pollInterval();
}

bool DomainController::isPolling() const
{
    return m_waiter->isWaiting();
}

void DomainController::stopWaiting()
{
    m_waiting.cancel();
    m_waiting = {};
}

void DomainController::watch(const QString &domain)
{
    m_domain = domain;
    stopWaiting();
    m_waiting = m_waiter->wait(domain);
    run(m_waiting, [this](const cognito::DomainDescription &) { finish(); });
}

void DomainController::create(const QString &poolId, const QString &domain,
                              const QString &certificateArn)
{
    stopWaiting();
    Q_EMIT progress(tr("Creating domain %1…").arg(domain));
    run(provider()->createUserPoolDomain(poolId, domain, certificateArn),
        [this, domain](const cognito::CreatedDomain &answer) {
            Q_EMIT created(domain, answer.cloudFrontDomain);
            watch(domain);
        });
}

void DomainController::remove(const QString &poolId, const QString &domain)
{
    stopWaiting();
    Q_EMIT progress(tr("Deleting domain %1…").arg(domain));
    run(provider()->deleteUserPoolDomain(poolId, domain), [this, domain](const aws::Empty &) {
        Q_EMIT removed(domain);
        finish();
    });
}

// --- CSV import

ImportController::ImportController(std::shared_ptr<cognito::Connection> connection, QObject *parent)
    : Controller(std::move(connection), parent)
    , m_runner(new cognito::ImportRunner(provider(), this))
{
    connect(m_runner, &cognito::ImportRunner::stepStarted, this,
            [this](cognito::ImportStep step, const cognito::UserImportJob &job) {
                switch (step) {
                case cognito::ImportStep::Create:
                    Q_EMIT progress(tr("Creating import job %1…").arg(m_jobName));
                    return;
                case cognito::ImportStep::Upload:
                    Q_EMIT progress(
                        tr("Uploading the CSV file (%n byte(s))…", nullptr, int(m_csvSize)));
                    return;
                case cognito::ImportStep::Start:
                    Q_EMIT progress(tr("Starting import job %1…").arg(job.jobId));
                    return;
                case cognito::ImportStep::Stop:
                    Q_EMIT progress(tr("Stopping import job %1…").arg(job.jobId));
                    return;
                case cognito::ImportStep::Describe:
                    return;
                }
            });
    connect(m_runner, &cognito::ImportRunner::jobChanged, this,
            [this](cognito::ImportStep, const cognito::UserImportJob &job) { updateJob(job); });
}

ImportController::~ImportController() = default;

void ImportController::setPollInterval(int ms)
{
    m_runner->setPollInterval(ms);
}

int ImportController::pollInterval() const
{
    return m_runner->pollInterval();
}

void ImportController::loadHeader(const QString &poolId)
{
    m_poolId = poolId;
    Q_EMIT progress(tr("Reading the pool's CSV header…"));
    run(provider()->getCsvHeader(poolId), [this, poolId](const QStringList &header) {
        run(provider()->describeUserPool(poolId), [this, header](const cognito::UserPool &pool) {
            QStringList required;
            const QJsonArray schema = pool.json.value(QLatin1String("SchemaAttributes")).toArray();
            for (const QJsonValue &attribute : schema) {
                const QJsonObject object = attribute.toObject();
                const QString name = object.value(QLatin1String("Name")).toString();
                // sub is generated by the service, never imported.
                if (object.value(QLatin1String("Required")).toBool() &&
                    name != QLatin1String("sub"))
                    required.append(name);
            }
            Q_EMIT headerLoaded(header, required);
            finish();
        });
    });
}

void ImportController::importCsv(const QString &poolId, const QString &jobName,
                                 const QString &roleArn, const QByteArray &csv)
{
    m_poolId = poolId;
    m_jobName = jobName;
    m_csvSize = csv.size();
    follow(m_runner->run(poolId, jobName, roleArn, csv));
}

void ImportController::stop()
{
    if (m_job.jobId.isEmpty())
        return;
    follow(m_runner->stop(m_poolId, m_job));
}

void ImportController::follow(const QFuture<aws::Result<cognito::UserImportJob>> &future)
{
    // One run at a time: the one it replaces stops following (its result is dropped).
    m_following.cancel();
    m_following = future;
    Controller::run(future, [this](const cognito::UserImportJob &) { finish(); });
}

void ImportController::updateJob(const cognito::UserImportJob &job)
{
    m_job = job; // the runner keeps the upload URL of the created job
    Q_EMIT jobChanged(m_job);
    Q_EMIT progress(tr("Import job %1: %2").arg(m_job.jobId, m_job.status));
}

ImportRoleController::ImportRoleController(std::shared_ptr<cognito::Connection> connection,
                                           QObject *parent)
    : Controller(std::move(connection), parent)
{}

ImportRoleController::~ImportRoleController() = default;

void ImportRoleController::ensureRole()
{
    const auto service = connection()->importRoles();
    if (!service) {
        fail(service.error());
        return;
    }
    Q_EMIT progress(tr("Finding or creating the role %1…")
                        .arg(QString::fromLatin1(cognito::kDefaultImportRoleName)));
    run(service.value()->ensureRole(), [this](const cognito::ImportRole &role) {
        Q_EMIT roleReady(role.roleArn, role.changedAnything());
        finish();
    });
}

} // namespace cdesk::gui::admin
