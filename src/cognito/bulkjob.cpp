#include "bulkjob.h"

#include "aws/awsjsonclient.h"
#include "aws/awstransport.h"
#include "aws/future.h"
#include "aws/ratelimiter.h"
#include "cognito/csvcheck.h"
#include "cognito/identityprovider.h"
#include "cognito/passwordgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace cdesk::cognito {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::cognito::BulkJob", text);
}

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

struct OperationInfo
{
    BulkOperation operation;
    const char *name;
    const char *cognito;
    bool argument;
    bool users = true;
};

constexpr OperationInfo kOperations[] = {
    {BulkOperation::Create, "create", "AdminCreateUser", false},
    {BulkOperation::Disable, "disable", "AdminDisableUser", false},
    {BulkOperation::Enable, "enable", "AdminEnableUser", false},
    {BulkOperation::Delete, "delete", "AdminDeleteUser", false},
    {BulkOperation::AddToGroup, "add-to-group", "AdminAddUserToGroup", true},
    {BulkOperation::RemoveFromGroup, "remove-from-group", "AdminRemoveUserFromGroup", true},
    {BulkOperation::ResetPassword, "reset-password", "AdminResetUserPassword", false},
    {BulkOperation::SignOut, "sign-out", "AdminUserGlobalSignOut", false},
    {BulkOperation::SetAttribute, "set-attribute", "AdminUpdateUserAttributes", true},
    {BulkOperation::DeleteAttribute, "delete-attribute", "AdminDeleteUserAttributes", true},
    {BulkOperation::DeleteGroup, "delete-group", "DeleteGroup", false, false},
    {BulkOperation::DeleteAppClient, "delete-app-client", "DeleteUserPoolClient", false, false},
    {BulkOperation::DeleteUserPool, "delete-user-pool", "DeleteUserPool", false, false},
};

const OperationInfo &infoOf(BulkOperation operation)
{
    for (const OperationInfo &info : kOperations)
        if (info.operation == operation)
            return info;
    return kOperations[0];
}

aws::AwsError localError(const QString &type, const QString &message)
{
    return aws::AwsError::local(type, message);
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Writes all of `data` to `fd`: once write() returns, the bytes outlive the process (a kill
// loses nothing); fsync is what makes them outlive the machine.
bool writeAll(int fd, const QByteArray &data)
{
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        written += n;
    }
    return true;
}

// Writes all of `data` to `fd` and flushes it to the disk.
bool writeSynced(int fd, const QByteArray &data)
{
    return writeAll(fd, data) && ::fsync(fd) == 0;
}

QByteArray csvField(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

bool isUserNotFound(const aws::AwsError &error)
{
    return error.type == QLatin1String("UserNotFoundException");
}

bool isResourceNotFound(const aws::AwsError &error)
{
    return error.type == QLatin1String("ResourceNotFoundException");
}

} // namespace

QString bulkOperationName(BulkOperation operation)
{
    return str(infoOf(operation).name);
}

std::optional<BulkOperation> bulkOperationFromName(const QString &name)
{
    for (const OperationInfo &info : kOperations)
        if (name == QLatin1String(info.name))
            return info.operation;
    return std::nullopt;
}

bool bulkOperationTakesArgument(BulkOperation operation)
{
    return infoOf(operation).argument;
}

bool bulkOperationOnUsers(BulkOperation operation)
{
    return infoOf(operation).users;
}

QString bulkCognitoOperation(BulkOperation operation)
{
    return str(infoOf(operation).cognito);
}

QString bulkItemStateName(BulkItemState state)
{
    switch (state) {
    case BulkItemState::Pending:
        return str("pending");
    case BulkItemState::Unknown:
        return str("unknown");
    case BulkItemState::Succeeded:
        return str("succeeded");
    case BulkItemState::Failed:
        return str("failed");
    }
    return {};
}

// --- the spec

QJsonObject BulkJobSpec::toJson() const
{
    QJsonArray itemArray;
    for (const BulkItem &item : items) {
        QJsonObject object{{str("Username"), item.username}};
        if (!item.attributes.isEmpty())
            object.insert(str("Attributes"), attributesToJson(item.attributes));
        if (!item.groups.isEmpty())
            object.insert(str("Groups"), QJsonArray::fromStringList(item.groups));
        if (item.disabled)
            object.insert(str("Enabled"), false);
        itemArray.append(object);
    }
    return {{str("t"), str("job")},
            {str("JobId"), jobId},
            {str("Operation"), bulkOperationName(operation)},
            {str("Argument"), argument},
            {str("UserPoolId"), userPoolId},
            {str("Created"), created.toUTC().toString(Qt::ISODate)},
            {str("GeneratePasswords"), generatePasswords},
            {str("PasswordsOut"), passwordsOut},
            {str("SuppressMessage"), suppressMessage},
            {str("Skipped"), skipped},
            {str("Items"), itemArray}};
}

std::optional<BulkJobSpec> BulkJobSpec::fromJson(const QJsonObject &object)
{
    const auto operation = bulkOperationFromName(object.value(str("Operation")).toString());
    if (!operation || object.value(str("JobId")).toString().isEmpty())
        return std::nullopt;
    BulkJobSpec spec;
    spec.jobId = object.value(str("JobId")).toString();
    spec.operation = *operation;
    spec.argument = object.value(str("Argument")).toString();
    spec.userPoolId = object.value(str("UserPoolId")).toString();
    spec.created = QDateTime::fromString(object.value(str("Created")).toString(), Qt::ISODate);
    spec.generatePasswords = object.value(str("GeneratePasswords")).toBool();
    spec.passwordsOut = object.value(str("PasswordsOut")).toString();
    spec.suppressMessage = object.value(str("SuppressMessage")).toBool();
    spec.skipped = object.value(str("Skipped")).toInt();
    const QJsonArray itemArray = object.value(str("Items")).toArray();
    for (const QJsonValue &value : itemArray) {
        const QJsonObject item = value.toObject();
        BulkItem bulkItem;
        bulkItem.username = item.value(str("Username")).toString();
        bulkItem.attributes = attributesFromJson(item.value(str("Attributes")).toArray());
        for (const QJsonValue &group : item.value(str("Groups")).toArray())
            bulkItem.groups.append(group.toString());
        bulkItem.disabled = !item.value(str("Enabled")).toBool(true);
        spec.items.append(bulkItem);
    }
    return spec;
}

// --- the report and the journal read back

QJsonObject BulkReport::toJson() const
{
    QJsonArray failures;
    for (const auto &[username, error] : failed)
        failures.append(QJsonObject{{str("Username"), username}, {str("Error"), error}});
    return {{str("JobId"), jobId},
            {str("Succeeded"), succeeded},
            {str("Skipped"), skipped},
            {str("Failed"), failures}};
}

int BulkJournal::count(BulkItemState state) const
{
    return int(std::count_if(results.cbegin(), results.cend(),
                             [state](const BulkItemResult &r) { return r.state == state; }));
}

bool BulkJournal::finished() const
{
    return count(BulkItemState::Succeeded) + count(BulkItemState::Failed) == results.size();
}

QString BulkJournal::state() const
{
    if (running)
        return str("running");
    return finished() ? str("done") : str("interrupted");
}

BulkReport BulkJournal::report() const
{
    BulkReport report;
    report.jobId = spec.jobId;
    report.skipped = spec.skipped;
    report.finished = finished();
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (results.at(i).state == BulkItemState::Succeeded)
            ++report.succeeded;
        else if (results.at(i).state == BulkItemState::Failed)
            report.failed.append({spec.items.at(i).username, results.at(i).error});
    }
    return report;
}

QJsonObject BulkJournal::summaryJson() const
{
    return {{str("JobId"), spec.jobId},
            {str("Operation"), bulkOperationName(spec.operation)},
            {str("State"), state()},
            {str("Total"), int(results.size())},
            {str("Succeeded"), count(BulkItemState::Succeeded)},
            {str("Failed"), count(BulkItemState::Failed)},
            {str("Created"), spec.created.toUTC().toString(Qt::ISODate)}};
}

QJsonObject BulkJournal::detailsJson() const
{
    QJsonObject object = summaryJson();
    if (!spec.argument.isEmpty())
        object.insert(str("Argument"), spec.argument);
    object.insert(str("UserPoolId"), spec.userPoolId);
    object.insert(str("Skipped"), spec.skipped);
    QJsonArray items;
    for (qsizetype i = 0; i < results.size(); ++i) {
        QJsonObject item{{str("Username"), spec.items.at(i).username},
                         {str("Outcome"), bulkItemStateName(results.at(i).state)}};
        if (!results.at(i).error.isEmpty())
            item.insert(str("Error"), results.at(i).error);
        items.append(item);
    }
    object.insert(str("Items"), items);
    return object;
}

QString BulkJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QLatin1String("/bulk");
}

QString BulkJournal::journalPath(const QString &directory, const QString &jobId)
{
    return directory + QLatin1Char('/') + jobId + QLatin1String(".jsonl");
}

QString BulkJournal::lockPath(const QString &directory, const QString &jobId)
{
    return directory + QLatin1Char('/') + jobId + QLatin1String(".lock");
}

QStringList BulkJournal::jobIds(const QString &directory)
{
    // Ids start with the creation time, so their order is the jobs' order.
    QStringList ids;
    const QStringList files =
        QDir(directory).entryList({str("bulk-*.jsonl")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        ids.append(file.chopped(6));
    return ids;
}

aws::Result<BulkJournal> BulkJournal::read(const QString &directory, const QString &jobId)
{
    QFile file(journalPath(directory, jobId));
    if (!file.open(QIODevice::ReadOnly))
        return localError(str("JobNotFound"),
                          tr("No bulk job %1 (bulk list shows the jobs).").arg(jobId));
    BulkJournal journal;
    bool haveSpec = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        // A record cut off by a crash is the last line; it is ignored.
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        const QString type = record.value(str("t")).toString();
        if (type == QLatin1String("job")) {
            const auto spec = BulkJobSpec::fromJson(record);
            if (!spec)
                break;
            journal.spec = *spec;
            journal.results = QList<BulkItemResult>(spec->items.size());
            haveSpec = true;
            continue;
        }
        if (!haveSpec)
            break;
        const int index = record.value(str("i")).toInt(-1);
        if (index < 0 || index >= journal.results.size())
            continue;
        BulkItemResult &result = journal.results[index];
        if (type == QLatin1String("sent")) {
            if (result.state == BulkItemState::Pending)
                result.state = BulkItemState::Unknown;
        } else if (type == QLatin1String("ok")) {
            result = {BulkItemState::Succeeded, {}};
        } else if (type == QLatin1String("failed")) {
            result = {BulkItemState::Failed, record.value(str("error")).toString()};
        }
    }
    if (!haveSpec)
        return localError(str("JournalDamaged"),
                          tr("The journal of %1 has no job record.").arg(jobId));
    QLockFile lock(lockPath(directory, jobId));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        lock.unlock();
    else
        journal.running = lock.error() == QLockFile::LockFailedError;
    return journal;
}

// --- the engine

BulkJob::BulkJob(IdentityProvider *provider, QString journalDirectory, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_directory(std::move(journalDirectory))
{}

BulkJob::~BulkJob()
{
    if (m_journalFd >= 0)
        ::close(m_journalFd);
    if (m_passwordsFd >= 0)
        ::close(m_passwordsFd);
}

QString BulkJob::newJobId()
{
    return QLatin1String("bulk-") +
           QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
           QLatin1Char('-') +
           QString::number(QRandomGenerator::system()->bounded(0x1000000), 16)
               .rightJustified(6, QLatin1Char('0'));
}

QFuture<aws::Result<BulkReport>> BulkJob::start(BulkJobSpec spec)
{
    if (spec.jobId.isEmpty())
        spec.jobId = newJobId();
    if (!spec.created.isValid())
        spec.created = QDateTime::currentDateTimeUtc();
    m_spec = std::move(spec);
    m_results = QList<BulkItemResult>(m_spec.items.size());
    m_newJob = true;
    return run();
}

QFuture<aws::Result<BulkReport>> BulkJob::resume(const QString &jobId)
{
    m_promise = std::make_shared<QPromise<aws::Result<BulkReport>>>();
    m_promise->start();
    auto future = m_promise->future();
    const auto journal = BulkJournal::read(m_directory, jobId);
    if (!journal) {
        finishJob(journal.error());
        return future;
    }
    if (journal.value().running) {
        finishJob(localError(str("JobRunning"),
                             tr("Bulk job %1 is running in another process.").arg(jobId)));
        return future;
    }
    m_spec = journal.value().spec;
    m_results = journal.value().results;
    m_newJob = false;
    m_promise.reset();
    return run();
}

QFuture<aws::Result<BulkReport>> BulkJob::run()
{
    m_promise = std::make_shared<QPromise<aws::Result<BulkReport>>>();
    m_promise->start();
    auto future = m_promise->future();
    const auto prepared = prepare();
    if (!prepared) {
        finishJob(prepared.error());
        return future;
    }
    if (m_spec.operation == BulkOperation::Create && m_spec.generatePasswords) {
        // The pool's password policy, for the temporary passwords.
        aws::whenFinished(m_provider->describeUserPool(m_spec.userPoolId), this,
                          [this](const aws::Result<UserPool> &pool) {
                              if (!pool) {
                                  finishJob(pool.error());
                                  return;
                              }
                              m_passwordPolicy = pool.value().json;
                              beginWork();
                          });
    } else {
        // Later, in the event loop: the caller connects to the signals first.
        QTimer::singleShot(0, this, &BulkJob::beginWork);
    }
    return future;
}

aws::Result<bool> BulkJob::prepare()
{
    if (!QDir().mkpath(m_directory))
        return localError(str("JournalUnwritable"), tr("Cannot create %1.").arg(m_directory));
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_lock = std::make_unique<QLockFile>(BulkJournal::lockPath(m_directory, m_spec.jobId));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0))
        return localError(str("JobRunning"),
                          tr("Bulk job %1 is running in another process.").arg(m_spec.jobId));
    const QByteArray path = QFile::encodeName(BulkJournal::journalPath(m_directory, m_spec.jobId));
    const int flags = O_WRONLY | O_APPEND | O_CLOEXEC | (m_newJob ? O_CREAT | O_EXCL : 0);
    m_journalFd = ::open(path.constData(), flags, 0600);
    if (m_journalFd < 0)
        return localError(
            str("JournalUnwritable"),
            tr("Cannot open the journal %1: %2").arg(QString::fromLocal8Bit(path), errnoText()));
    ::fchmod(m_journalFd, 0600);
    if (m_newJob) {
        const auto written = appendJournal(m_spec.toJson());
        if (!written)
            return written;
    }
    if (m_spec.operation == BulkOperation::Create && m_spec.generatePasswords) {
        const auto opened = openPasswords(m_newJob);
        if (!opened)
            return opened;
    }
    // --max-rps replaces the quota as the job's writes' ceiling (lower to spare the account,
    // higher for an account whose quota was raised); the limiter lowers the rate on
    // throttling either way.
    if (aws::RateLimiter *limiter = m_provider->client()->transport()->rateLimiter();
        limiter && m_maxRps > 0) {
        QStringList operations{bulkCognitoOperation(m_spec.operation)};
        if (m_spec.operation == BulkOperation::Create)
            operations.append(str("AdminAddUserToGroup"));
        for (const QString &operation : operations)
            limiter->setLimit(aws::RateLimiter::categoryOf(operation), m_maxRps);
    }
    return true;
}

aws::Result<bool> BulkJob::openPasswords(bool create)
{
    if (m_spec.passwordsOut.isEmpty())
        return localError(str("PasswordsOutMissing"),
                          tr("Generated passwords need a file to go to (--passwords-out)."));
    const QByteArray path = QFile::encodeName(m_spec.passwordsOut);
    if (!create) {
        // The passwords already given out: a user sent before the interruption keeps the
        // password written for it.
        QFile file(m_spec.passwordsOut);
        if (file.open(QIODevice::ReadOnly)) {
            const auto records = parseCsv(file.readAll());
            if (records)
                for (qsizetype i = 1; i < records->size(); ++i)
                    if (records->at(i).fields.size() == 2)
                        m_passwords.insert(records->at(i).fields.at(0),
                                           records->at(i).fields.at(1));
        }
    }
    const int flags = O_WRONLY | O_APPEND | O_CLOEXEC | O_CREAT | (create ? O_EXCL : 0);
    m_passwordsFd = ::open(path.constData(), flags, 0600);
    if (m_passwordsFd < 0)
        return localError(str("PasswordsOutUnwritable"),
                          tr("Cannot create %1: %2 (an existing file is never overwritten).")
                              .arg(m_spec.passwordsOut, errnoText()));
    ::fchmod(m_passwordsFd, 0600);
    struct stat info = {};
    if (::fstat(m_passwordsFd, &info) == 0 && info.st_size == 0 &&
        !writeSynced(m_passwordsFd, "Username,TemporaryPassword\n"))
        return localError(str("PasswordsOutUnwritable"),
                          tr("Cannot write %1: %2").arg(m_spec.passwordsOut, errnoText()));
    return true;
}

QString BulkJob::passwordFor(int index, bool *isNew)
{
    const QString &username = m_spec.items.at(index).username;
    *isNew = !m_passwords.contains(username);
    if (*isNew)
        m_passwords.insert(username, generatePassword(PasswordPolicy::fromUserPoolJson(
                                         m_passwordPolicy.value_or(QJsonObject()))));
    return m_passwords.value(username);
}

aws::Result<bool> BulkJob::appendJournal(const QJsonObject &record, Sync sync)
{
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    const bool ok =
        sync == Sync::Now ? writeSynced(m_journalFd, line) : writeAll(m_journalFd, line);
    if (!ok)
        return localError(str("JournalUnwritable"),
                          tr("Cannot write the journal of %1: %2").arg(m_spec.jobId, errnoText()));
    m_journalUnsynced = sync == Sync::Later;
    return true;
}

aws::Result<bool> BulkJob::syncJournal()
{
    if (!m_journalUnsynced)
        return true;
    if (::fsync(m_journalFd) != 0)
        return localError(str("JournalUnwritable"),
                          tr("Cannot write the journal of %1: %2").arg(m_spec.jobId, errnoText()));
    m_journalUnsynced = false;
    return true;
}

aws::Result<bool> BulkJob::recordSent(const QList<Work> &batch)
{
    // Generated passwords first: the password is on disk before the user is, so a crash
    // never loses it.
    if (m_spec.operation == BulkOperation::Create && m_spec.generatePasswords) {
        QByteArray lines;
        for (const Work &work : batch) {
            if (work.check)
                continue;
            bool isNew = false;
            const QString password = passwordFor(work.index, &isNew);
            if (isNew)
                lines += csvField(m_spec.items.at(work.index).username) + ',' + csvField(password) +
                         '\n';
        }
        if (!lines.isEmpty() && !writeSynced(m_passwordsFd, lines))
            return localError(str("PasswordsOutUnwritable"),
                              tr("Cannot write %1: %2").arg(m_spec.passwordsOut, errnoText()));
    }
    // The journal says "sent" before the item is: after a crash, the item is checked first.
    for (const Work &work : batch) {
        if (work.check || m_results.at(work.index).state == BulkItemState::Unknown)
            continue;
        const auto written =
            appendJournal({{str("t"), str("sent")}, {str("i"), work.index}}, Sync::Later);
        if (!written)
            return written;
        m_results[work.index].state = BulkItemState::Unknown;
    }
    // One fsync for the whole batch, and for the outcomes written since the last one.
    return syncJournal();
}

void BulkJob::beginWork()
{
    m_clock.start();
    for (int i = 0; i < m_results.size(); ++i) {
        const BulkItemState state = m_results.at(i).state;
        if (state == BulkItemState::Pending || state == BulkItemState::Unknown)
            m_queue.enqueue({i, state == BulkItemState::Unknown, 0, 0});
    }
    Q_EMIT progressChanged(progress());
    pump();
}

void BulkJob::pause()
{
    m_paused = true;
}

void BulkJob::unpause()
{
    m_paused = false;
    pump();
}

void BulkJob::cancel()
{
    m_canceled = true;
    pump();
}

BulkProgress BulkJob::progress() const
{
    BulkProgress p;
    p.total = int(m_results.size());
    for (const BulkItemResult &result : m_results) {
        if (result.state == BulkItemState::Succeeded)
            ++p.succeeded;
        else if (result.state == BulkItemState::Failed)
            ++p.failed;
    }
    p.done = p.succeeded + p.failed;
    const qint64 elapsed = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (elapsed > 0 && m_doneThisRun > 0) {
        p.ratePerSecond = m_doneThisRun * 1000.0 / double(elapsed);
        p.etaSeconds = qint64((p.total - p.done) / p.ratePerSecond + 0.5);
    }
    return p;
}

void BulkJob::pump()
{
    if (m_finished || !m_promise)
        return;
    // Everything that may start now starts together, behind one fsync of the journal: the
    // replies that came in while the last one ran are handled first (postPump), so the
    // batch grows with the disk's latency instead of the disk capping the rate.
    QList<Work> batch;
    while (!m_paused && !m_canceled && m_inFlight + batch.size() < m_concurrency &&
           !m_queue.isEmpty())
        batch.append(m_queue.dequeue());
    if (!batch.isEmpty()) {
        if (const auto recorded = recordSent(batch); !recorded) {
            finishJob(recorded.error());
            return;
        }
        for (const Work &work : batch) {
            ++m_inFlight;
            process(work);
            if (m_finished)
                return;
        }
    }
    if (m_inFlight == 0 && (m_queue.isEmpty() || m_canceled))
        finishJob();
}

void BulkJob::postPump()
{
    // Not from inside the callback chain: the queue is refilled from the event loop, once
    // for all the items that finished meanwhile.
    if (m_pumpPosted)
        return;
    m_pumpPosted = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpPosted = false;
        pump();
    });
}

void BulkJob::process(Work work)
{
    if (work.check)
        check(work);
    else
        send(work);
}

void BulkJob::check(Work work)
{
    const BulkItem &item = m_spec.items.at(work.index);
    const QString pool = m_spec.userPoolId;
    // What the service shows: done (counts as succeeded), not done (sent now), or an error
    // (the check is tried again later).
    const auto decide = [this, work](std::optional<Found> found, const aws::AwsError &error) {
        if (!found) {
            onError(work, error, false);
            return;
        }
        Work next = work;
        next.check = false;
        if (*found == Found::NotDone) {
            send(next);
        } else if (m_spec.operation == BulkOperation::Create) {
            addGroups(next, 0); // the user this job created: its groups are added (idempotent)
        } else {
            succeed(next);
        }
    };
    const auto userCheck = [this, decide, item, pool](auto predicate, bool absentIsDone) {
        aws::whenFinished(m_provider->adminGetUser(pool, item.username), this,
                          [decide, predicate, absentIsDone](const aws::Result<User> &user) {
                              if (!user && isUserNotFound(user.error()))
                                  decide(absentIsDone ? Found::Done : Found::NotDone, {});
                              else if (!user)
                                  decide(std::nullopt, user.error());
                              else
                                  decide(predicate(user.value()), {});
                          });
    };
    // A group, app client or pool to delete: done once the service no longer has it.
    const auto resourceCheck = [this](const auto &described, auto decided) {
        aws::whenFinished(described, this, [decided](const auto &found) {
            if (!found && isResourceNotFound(found.error()))
                decided(Found::Done, {});
            else if (!found)
                decided(std::nullopt, found.error());
            else
                decided(Found::NotDone, {});
        });
    };
    const QString argument = m_spec.argument;
    switch (m_spec.operation) {
    case BulkOperation::Create:
        aws::whenFinished(
            m_provider->adminGetUser(pool, item.username), this,
            [this, decide, work, item](const aws::Result<User> &user) {
                if (!user && isUserNotFound(user.error())) {
                    decide(Found::NotDone, {});
                    return;
                }
                if (!user) {
                    decide(std::nullopt, user.error());
                    return;
                }
                const bool same = std::all_of(
                    item.attributes.cbegin(), item.attributes.cend(),
                    [&](const Attribute &a) { return user.value().attribute(a.name) == a.value; });
                if (same) {
                    decide(Found::Done, {});
                    return;
                }
                fail(work, str("CreateConflict: ") +
                               tr("A user %1 exists and differs from the one this job sent.")
                                   .arg(item.username));
            });
        return;
    case BulkOperation::Disable:
        userCheck([](const User &u) { return u.enabled ? Found::NotDone : Found::Done; }, false);
        return;
    case BulkOperation::Enable:
        userCheck([](const User &u) { return u.enabled ? Found::Done : Found::NotDone; }, false);
        return;
    case BulkOperation::Delete:
        userCheck([](const User &) { return Found::NotDone; }, true);
        return;
    case BulkOperation::ResetPassword:
        userCheck(
            [](const User &u) {
                return u.status == QLatin1String("RESET_REQUIRED") ? Found::Done : Found::NotDone;
            },
            false);
        return;
    case BulkOperation::SetAttribute: {
        const auto attribute = parseAttribute(argument).value_or(Attribute{});
        userCheck(
            [attribute](const User &u) {
                return u.attribute(attribute.name) == attribute.value ? Found::Done
                                                                      : Found::NotDone;
            },
            false);
        return;
    }
    case BulkOperation::DeleteAttribute:
        userCheck(
            [argument](const User &u) {
                const bool present =
                    std::any_of(u.attributes.cbegin(), u.attributes.cend(),
                                [&argument](const Attribute &a) { return a.name == argument; });
                return present ? Found::NotDone : Found::Done;
            },
            false);
        return;
    case BulkOperation::AddToGroup:
    case BulkOperation::RemoveFromGroup: {
        const bool adding = m_spec.operation == BulkOperation::AddToGroup;
        aws::whenFinished(m_provider->adminListGroupsForUser(pool, item.username, 60), this,
                          [decide, argument, adding](const aws::Result<Page<Group>> &page) {
                              if (!page && isUserNotFound(page.error())) {
                                  decide(Found::NotDone, {}); // the send reports it
                                  return;
                              }
                              if (!page) {
                                  decide(std::nullopt, page.error());
                                  return;
                              }
                              bool member = false;
                              for (const Group &group : page.value().items)
                                  member = member || group.name == argument;
                              if (!member && !page.value().nextToken.isEmpty()) {
                                  // Past the first page: sending again is harmless.
                                  decide(Found::NotDone, {});
                                  return;
                              }
                              decide(member == adding ? Found::Done : Found::NotDone, {});
                          });
        return;
    }
    case BulkOperation::SignOut:
        // Nothing shows a global sign-out; sending it again changes nothing more.
        decide(Found::NotDone, {});
        return;
    case BulkOperation::DeleteGroup:
        resourceCheck(m_provider->getGroup(pool, item.username), decide);
        return;
    case BulkOperation::DeleteAppClient:
        resourceCheck(m_provider->describeUserPoolClient(pool, item.username), decide);
        return;
    case BulkOperation::DeleteUserPool:
        resourceCheck(m_provider->describeUserPool(item.username), decide);
        return;
    }
}

void BulkJob::send(Work work)
{
    const BulkItem &item = m_spec.items.at(work.index);
    // An item that comes here after a check was recorded as sent before (the check is what
    // an unknown outcome gets), with its password; one from pump() was recorded by
    // recordSent().
    const bool needsPassword = m_spec.operation == BulkOperation::Create &&
                               m_spec.generatePasswords && !m_passwords.contains(item.username);
    if (m_results.at(work.index).state != BulkItemState::Unknown || needsPassword) {
        if (const auto recorded = recordSent({work}); !recorded) {
            finishJob(recorded.error());
            return;
        }
    }
    const QString pool = m_spec.userPoolId;
    if (m_spec.operation == BulkOperation::Create) {
        CreateUserRequest request;
        request.username = item.username;
        request.attributes = item.attributes;
        if (m_spec.generatePasswords)
            request.temporaryPassword = m_passwords.value(item.username);
        request.messageAction =
            m_spec.suppressMessage ? MessageAction::Suppress : MessageAction::Default;
        // The invitation goes where the user can get it: Cognito's default medium is SMS,
        // which a user with only an email address cannot receive (InvalidParameterException).
        if (!m_spec.suppressMessage) {
            for (const auto &[attribute, medium] :
                 {std::pair{"email", "EMAIL"}, std::pair{"phone_number", "SMS"}}) {
                // Named, not captured as a structured binding (which clang 14 refuses).
                const QLatin1String name(attribute);
                if (std::any_of(item.attributes.cbegin(), item.attributes.cend(),
                                [name](const Attribute &a) {
                                    return a.name == name && !a.value.isEmpty();
                                }))
                    request.desiredDeliveryMediums.append(str(medium));
            }
        }
        // adminCreateUser checks the service itself after a lost answer (never resent blind).
        if (!m_sentAt.contains(work.index))
            m_sentAt.insert(work.index, QDateTime::currentDateTimeUtc());
        aws::whenFinished(m_provider->adminCreateUser(pool, request), this,
                          [this, work](const aws::Result<User> &user) {
                              if (!user &&
                                  user.error().type == QLatin1String("UsernameExistsException")) {
                                  existsAfterSend(work, user.error());
                                  return;
                              }
                              if (!user) {
                                  onError(work, user.error(), false);
                                  return;
                              }
                              addGroups(work, 0);
                          });
        return;
    }
    QJsonObject payload{{str("UserPoolId"), pool}, {str("Username"), item.username}};
    switch (m_spec.operation) {
    case BulkOperation::DeleteGroup:
        payload = {{str("UserPoolId"), pool}, {str("GroupName"), item.username}};
        break;
    case BulkOperation::DeleteAppClient:
        payload = {{str("UserPoolId"), pool}, {str("ClientId"), item.username}};
        break;
    case BulkOperation::DeleteUserPool:
        payload = {{str("UserPoolId"), item.username}};
        break;
    case BulkOperation::AddToGroup:
    case BulkOperation::RemoveFromGroup:
        payload.insert(str("GroupName"), m_spec.argument);
        break;
    case BulkOperation::SetAttribute:
        payload.insert(str("UserAttributes"),
                       attributesToJson({parseAttribute(m_spec.argument).value_or(Attribute{})}));
        break;
    case BulkOperation::DeleteAttribute:
        payload.insert(str("UserAttributeNames"), QJsonArray{m_spec.argument});
        break;
    default:
        break;
    }
    // Sent as a create is: an answer that leaves the outcome unknown is not resent blind;
    // the engine checks the service, so that a delete done twice is no "user not found" and
    // a reset is not sent twice.
    aws::CallOptions options;
    options.operationClass = aws::OperationClass::Create;
    aws::whenFinished(m_provider->call(bulkCognitoOperation(m_spec.operation), payload, options),
                      this, [this, work](const aws::Result<QJsonObject> &answer) {
                          if (!answer) {
                              onError(work, answer.error(), false);
                              return;
                          }
                          succeed(work);
                      });
}

void BulkJob::existsAfterSend(Work work, const aws::AwsError &error)
{
    // The HTTP stack may send a request again by itself when a connection drops before the
    // answer (after the service did it): the second send then meets the user the first one
    // made. A user made after this item was first sent, with the attributes sent, is that one.
    static constexpr qint64 kClockMarginSeconds = 300;
    const BulkItem &item = m_spec.items.at(work.index);
    const QDateTime sentAt = m_sentAt.value(work.index);
    aws::whenFinished(
        m_provider->adminGetUser(m_spec.userPoolId, item.username), this,
        [this, work, error, item, sentAt](const aws::Result<User> &user) {
            const bool ours = user && user.value().created.isValid() && sentAt.isValid() &&
                              user.value().created.secsTo(sentAt) <= kClockMarginSeconds &&
                              std::all_of(item.attributes.cbegin(), item.attributes.cend(),
                                          [&](const Attribute &a) {
                                              return user.value().attribute(a.name) == a.value;
                                          });
            if (ours) {
                qCInfo(lcCognito).nospace().noquote()
                    << "bulk " << m_spec.jobId << ": " << item.username
                    << " exists as this job sent it after its first send; counted as created";
                addGroups(work, 0);
                return;
            }
            fail(work, error.toString());
        });
}

void BulkJob::addGroups(Work work, int next)
{
    const BulkItem &item = m_spec.items.at(work.index);
    if (next >= item.groups.size()) {
        if (!item.disabled) {
            succeed(work);
            return;
        }
        // Last, so that a user is never left disabled without its groups.
        aws::whenFinished(m_provider->adminDisableUser(m_spec.userPoolId, item.username), this,
                          [this, work](const aws::Result<aws::Empty> &disabled) {
                              if (!disabled) {
                                  onError(work, disabled.error(), true);
                                  return;
                              }
                              succeed(work);
                          });
        return;
    }
    aws::whenFinished(
        m_provider->adminAddUserToGroup(m_spec.userPoolId, item.username, item.groups.at(next)),
        this, [this, work, next](const aws::Result<aws::Empty> &added) {
            if (!added) {
                onError(work, added.error(), true);
                return;
            }
            addGroups(work, next + 1);
        });
}

void BulkJob::onError(Work work, const aws::AwsError &error, bool userCreated)
{
    static constexpr int kMaxThrottles = 20;
    static constexpr int kMaxUnknowns = 10;
    const bool throttled = aws::isThrottlingError(error.type);
    if (throttled && ++work.throttles <= kMaxThrottles) {
        // Nothing was done; a created user's groups are added after a check.
        work.check = work.check || userCreated;
        m_queue.enqueue(work);
        finishItem();
        return;
    }
    // No answer, or one that leaves the outcome unknown: checked on the service, then sent
    // again only when it was not done.
    const bool unknown = error.outcomeUnknown || error.kind == aws::ErrorKind::Network ||
                         error.kind == aws::ErrorKind::Timeout;
    if (!throttled && unknown && ++work.unknowns <= kMaxUnknowns) {
        work.check = true;
        m_queue.enqueue(work);
        finishItem();
        return;
    }
    fail(work, error.toString());
}

void BulkJob::succeed(const Work &work)
{
    // Not synced one by one: an outcome lost in a crash leaves the item unknown, and resume
    // checks such items on the service. The next batch's fsync, or the job's end, syncs it.
    const auto written =
        appendJournal({{str("t"), str("ok")}, {str("i"), work.index}}, Sync::Later);
    if (!written) {
        finishJob(written.error());
        return;
    }
    m_results[work.index] = {BulkItemState::Succeeded, {}};
    ++m_doneThisRun;
    Q_EMIT itemFinished(work.index, m_spec.items.at(work.index).username, true, {});
    finishItem();
}

void BulkJob::fail(const Work &work, const QString &error)
{
    const auto written = appendJournal(
        {{str("t"), str("failed")}, {str("i"), work.index}, {str("error"), error}}, Sync::Later);
    if (!written) {
        finishJob(written.error());
        return;
    }
    m_results[work.index] = {BulkItemState::Failed, error};
    ++m_doneThisRun;
    Q_EMIT itemFinished(work.index, m_spec.items.at(work.index).username, false, error);
    finishItem();
}

void BulkJob::finishItem()
{
    --m_inFlight;
    Q_EMIT progressChanged(progress());
    postPump();
}

void BulkJob::finishJob(std::optional<aws::AwsError> error)
{
    if (m_finished || !m_promise)
        return;
    m_finished = true;
    if (m_journalFd >= 0) {
        if (const auto synced = syncJournal(); !synced && !error)
            error = synced.error();
        ::close(m_journalFd);
        m_journalFd = -1;
    }
    if (m_passwordsFd >= 0) {
        ::close(m_passwordsFd);
        m_passwordsFd = -1;
    }
    if (m_lock)
        m_lock->unlock();
    if (error) {
        m_promise->addResult(aws::Result<BulkReport>(*error));
    } else {
        BulkJournal journal;
        journal.spec = m_spec;
        journal.results = m_results;
        m_promise->addResult(aws::Result<BulkReport>(journal.report()));
    }
    m_promise->finish();
}

} // namespace cdesk::cognito
