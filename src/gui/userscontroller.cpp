#include "userscontroller.h"

#include "aws/future.h"
#include "cognito/bulkjob.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "cognito/userfilter.h"
#include "gui/bulkjobdialog.h"
#include "gui/busyindicator.h"
#include "gui/interaction.h"
#include "gui/users/usersmirror.h"
#include "models/attributesmodel.h"
#include "models/listings.h"
#include "models/pagedlistmodel.h"

#include <QJsonArray>
#include <QWidget>

namespace cdesk::gui {

// A bulk run: the users still to do, and what became of the others.
struct UsersController::Run
{
    cognito::BulkOperation operation = cognito::BulkOperation::Disable;
    QString argument; // the group, NAME=VALUE or NAME
    QString title;
    QStringList pending;
    QStringList succeeded;
    QStringList failed; // "name (Type: message)"
    int total = 0;
    bool canceled = false;
};

UsersController::UsersController(models::PagedListModel *users, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_users(users)
    , m_window(window)
    , m_attributes(new models::AttributesModel(this))
    , m_userGroups(models::createGroupsModel(this))
    , m_poolGroups(models::createGroupsModel(this))
{}

UsersController::~UsersController() = default;

void UsersController::setBusyIndicator(BusyIndicator *indicator)
{
    m_busy = indicator;
}

void UsersController::setMirror(UsersMirror *mirror)
{
    m_mirror = mirror;
}

QJsonObject UsersController::rowOf(const QString &username) const
{
    if (username.isEmpty())
        return {};
    const int row = m_users->rowOf(username);
    if (row >= 0)
        return m_users->item(row);
    return m_mirror ? m_mirror->user(username) : QJsonObject();
}

void UsersController::setPool(std::shared_ptr<cognito::Connection> connection,
                              const QString &poolId)
{
    cancel();
    m_connection = std::move(connection);
    m_poolId = poolId;
    m_poolGroups->setFetcher(
        m_connection && !poolId.isEmpty()
            ? models::makeFetcher(m_connection->identityProvider(), models::listGroups(),
                                  QJsonObject{{QStringLiteral("UserPoolId"), poolId}})
            : models::PagedListModel::Fetcher());
    m_poolGroups->fetchMore({});
    setSelection({});
}

QJsonObject UsersController::currentUserItem() const
{
    return rowOf(m_username);
}

void UsersController::showUser(const QString &username)
{
    m_username = username;
    Q_EMIT errorChanged({});
    const QJsonObject user = rowOf(username);
    m_attributes->setAttributes(user.value(QLatin1String("Attributes")).toArray());
    reloadUserGroups();
    Q_EMIT userChanged(username);
}

void UsersController::setSelection(const QStringList &usernames)
{
    m_selection = usernames;
    const QString shown = usernames.size() == 1 ? usernames.first() : QString();
    if (shown != m_username)
        showUser(shown);
    Q_EMIT selectionChanged(m_selection);
}

void UsersController::reloadUserGroups()
{
    if (!m_connection || m_username.isEmpty()) {
        m_userGroups->setFetcher({});
        return;
    }
    m_userGroups->setFetcher(
        models::makeFetcher(m_connection->identityProvider(), models::listGroupsForUser(),
                            QJsonObject{{QStringLiteral("UserPoolId"), m_poolId},
                                        {QStringLiteral("Username"), m_username}}));
    m_userGroups->fetchMore({});
}

void UsersController::reportError(const aws::AwsError &error)
{
    Q_EMIT errorChanged(error.toString());
}

void UsersController::beginCall(const QString &text)
{
    Q_EMIT errorChanged({});
    if (m_busy && !m_running)
        m_busy->start(text, 0, {});
}

void UsersController::endCall()
{
    if (m_busy && !m_running)
        m_busy->finish();
}

void UsersController::setAttribute(const QString &name, const QString &value)
{
    if (!m_connection || m_username.isEmpty() || name.isEmpty())
        return;
    const QString username = m_username;
    beginCall(tr("Updating %1 of %2…").arg(name, username));
    // The listed row is what the user had: the audit log's value before.
    aws::whenFinished(m_connection->identityProvider()->adminUpdateUserAttributes(
                          m_poolId, username, {{name, value}}, rowOf(username)),
                      this, [this, username](const aws::Result<aws::Empty> &result) {
                          endCall();
                          if (!result) {
                              reportError(result.error());
                              return;
                          }
                          refreshUser(username);
                      });
}

void UsersController::deleteAttributes(const QStringList &names)
{
    if (!m_connection || m_username.isEmpty() || names.isEmpty())
        return;
    const QString username = m_username;
    beginCall(tr("Deleting attributes of %1…").arg(username));
    aws::whenFinished(m_connection->identityProvider()->adminDeleteUserAttributes(
                          m_poolId, username, names, rowOf(username)),
                      this, [this, username](const aws::Result<aws::Empty> &result) {
                          endCall();
                          if (!result) {
                              reportError(result.error());
                              return;
                          }
                          refreshUser(username);
                      });
}

void UsersController::addToGroup(const QString &groupName)
{
    if (!m_connection || m_username.isEmpty() || groupName.isEmpty())
        return;
    const QString username = m_username;
    beginCall(tr("Adding %1 to %2…").arg(username, groupName));
    aws::whenFinished(
        m_connection->identityProvider()->adminAddUserToGroup(m_poolId, username, groupName), this,
        [this, username, groupName](const aws::Result<aws::Empty> &result) {
            endCall();
            if (!result) {
                reportError(result.error());
                return;
            }
            if (m_mirror)
                m_mirror->membershipChanged(username, groupName, true);
            if (username == m_username)
                reloadUserGroups();
        });
}

void UsersController::removeFromGroups(const QStringList &groupNames)
{
    if (!m_connection || m_username.isEmpty() || groupNames.isEmpty())
        return;
    // A handful at most (a user's groups): one after another, stopping at the first error,
    // which is shown in place.
    beginCall(tr("Removing %1 from groups…").arg(m_username));
    removeFromGroupsStep(m_username, groupNames);
}

void UsersController::removeFromGroupsStep(const QString &username, QStringList groupNames)
{
    if (groupNames.isEmpty() || !m_connection) {
        endCall();
        if (username == m_username)
            reloadUserGroups();
        return;
    }
    const QString group = groupNames.takeFirst();
    aws::whenFinished(
        m_connection->identityProvider()->adminRemoveUserFromGroup(m_poolId, username, group), this,
        [this, username, group, groupNames](const aws::Result<aws::Empty> &result) {
            if (result && m_mirror)
                m_mirror->membershipChanged(username, group, false);
            if (!result) {
                endCall();
                if (username == m_username)
                    reloadUserGroups();
                reportError(result.error());
                return;
            }
            removeFromGroupsStep(username, groupNames);
        });
}

void UsersController::refreshUser(const QString &username, bool addIfMissing)
{
    if (!m_connection)
        return;
    cognito::ListUsersQuery query;
    query.filter =
        cognito::UserFilter::equals(QStringLiteral("username"), username).value_or(QString());
    query.limit = 1;
    aws::whenFinished(
        m_connection->identityProvider()->listUsers(m_poolId, query), this,
        [this, username, addIfMissing](const aws::Result<cognito::Page<cognito::User>> &result) {
            if (!result) {
                reportError(result.error());
                return;
            }
            if (result.value().items.isEmpty()) {
                m_users->removeItem(username);
                if (m_mirror)
                    m_mirror->userRemoved(username);
            } else {
                const QJsonObject user = result.value().items.first().json;
                if (addIfMissing && m_users->rowOf(username) < 0)
                    m_users->prependItem(user);
                else
                    m_users->updateItem(username, user);
                if (m_mirror)
                    m_mirror->userChanged(user);
            }
            if (username == m_username) {
                m_attributes->setAttributes(
                    rowOf(username).value(QLatin1String("Attributes")).toArray());
                Q_EMIT userChanged(username);
            }
            if (!rowOf(username).isEmpty())
                Q_EMIT userRefreshed(username);
        });
}

bool UsersController::confirm(Bulk kind, const QStringList &usernames) const
{
    Interaction &ask = Interaction::current();
    const int count = static_cast<int>(usernames.size());
    switch (kind) {
    case Bulk::Enable:
        return ask.question(
                   m_window, tr("Enable users"),
                   count == 1
                       ? tr("Enable %1? They will be able to sign in again.").arg(usernames.first())
                       : tr("Enable %n users? They will be able to sign in again.", nullptr, count),
                   false) == Interaction::Answer::Yes;
    case Bulk::Disable:
        return ask.question(
                   m_window, tr("Disable users"),
                   count == 1
                       ? tr("Disable %1? They will not be able to sign in.").arg(usernames.first())
                       : tr("Disable %n users? They will not be able to sign in.", nullptr, count),
                   true) == Interaction::Answer::Yes;
    case Bulk::Delete:
        if (count == 1)
            return ask.question(m_window, tr("Delete user"),
                                tr("Delete %1? This cannot be undone.").arg(usernames.first()),
                                true) == Interaction::Answer::Yes;
        return ask.confirmByTyping(
            m_window, tr("Delete users"),
            tr("Delete %n users? This cannot be undone. Type the number of users to confirm.",
               nullptr, count),
            QString::number(count));
    }
    return false;
}

void UsersController::enableUsers(const QStringList &usernames)
{
    startBulk(Bulk::Enable, usernames);
}

void UsersController::disableUsers(const QStringList &usernames)
{
    startBulk(Bulk::Disable, usernames);
}

void UsersController::deleteUsers(const QStringList &usernames)
{
    startBulk(Bulk::Delete, usernames);
}

void UsersController::startBulk(Bulk kind, const QStringList &usernames)
{
    if (!m_connection || usernames.isEmpty() || m_running)
        return;
    if (!confirm(kind, usernames))
        return;
    auto run = std::make_shared<Run>();
    run->operation = kind == Bulk::Enable    ? cognito::BulkOperation::Enable
                     : kind == Bulk::Disable ? cognito::BulkOperation::Disable
                                             : cognito::BulkOperation::Delete;
    run->title = kind == Bulk::Enable    ? tr("Enable users")
                 : kind == Bulk::Disable ? tr("Disable users")
                                         : tr("Delete users");
    run->pending = usernames;
    startUsersJob(run, kind == Bulk::Enable    ? tr("Enabling users…")
                       : kind == Bulk::Disable ? tr("Disabling users…")
                                               : tr("Deleting users…"));
}

void UsersController::startUsersJob(const std::shared_ptr<Run> &run, const QString &busyText)
{
    run->total = static_cast<int>(run->pending.size());
    if (m_busy)
        m_busy->start(busyText, run->total, [this] { cancel(); });
    // The core's engine, as `bulk run` uses it: at the operation's quota, journaled, and each
    // user's outcome checked on the service when an answer is lost.
    cognito::BulkJobSpec spec;
    spec.operation = run->operation;
    spec.argument = run->argument;
    spec.userPoolId = m_poolId;
    for (const QString &username : std::as_const(run->pending))
        spec.items.append({username, {}, {}});
    auto *job = new cognito::BulkJob(m_connection->identityProvider(), journalDirectory(), this);
    // One user needs no job window: the row says it.
    runJob(run, job, job->start(spec), run->total > 1);
}

UsersController::Wording UsersController::wording(cognito::BulkOperation operation,
                                                  const QString &argument,
                                                  const QStringList &usernames) const
{
    using cognito::BulkOperation;
    const int count = static_cast<int>(usernames.size());
    const QString one = usernames.value(0);
    const auto pick = [count](const QString &single, const QString &many) {
        return count == 1 ? single : many;
    };
    switch (operation) {
    case BulkOperation::AddToGroup:
        return {tr("Add to group"),
                pick(tr("Add %1 to the group %2?").arg(one, argument),
                     tr("Add %n users to the group %1?", nullptr, count).arg(argument)),
                tr("Adding users to %1…").arg(argument), false};
    case BulkOperation::RemoveFromGroup:
        return {tr("Remove from group"),
                pick(tr("Remove %1 from the group %2?").arg(one, argument),
                     tr("Remove %n users from the group %1?", nullptr, count).arg(argument)),
                tr("Removing users from %1…").arg(argument), true};
    case BulkOperation::ResetPassword:
        return {tr("Reset passwords"),
                pick(tr("Reset the password of %1? They must choose a new one with a code "
                        "sent to them before they can sign in.")
                         .arg(one),
                     tr("Reset the passwords of %n users? They must choose a new one with a "
                        "code sent to them before they can sign in.",
                        nullptr, count)),
                tr("Resetting passwords…"), true};
    case BulkOperation::SignOut:
        return {tr("Sign out everywhere"),
                pick(tr("Sign %1 out of every device? Their refresh tokens stop working.").arg(one),
                     tr("Sign %n users out of every device? Their refresh tokens stop working.",
                        nullptr, count)),
                tr("Signing users out…"), true};
    case BulkOperation::SetAttribute:
        return {tr("Set attribute"),
                pick(tr("Set %1 for %2?").arg(argument, one),
                     tr("Set %1 for %n users?", nullptr, count).arg(argument)),
                tr("Setting %1…").arg(argument), false};
    case BulkOperation::DeleteAttribute:
        return {tr("Delete attribute"),
                pick(tr("Delete the attribute %1 of %2?").arg(argument, one),
                     tr("Delete the attribute %1 of %n users?", nullptr, count).arg(argument)),
                tr("Deleting %1…").arg(argument), true};
    default:
        return {};
    }
}

void UsersController::runOnUsers(cognito::BulkOperation operation, const QString &argument,
                                 const QStringList &usernames)
{
    if (!m_connection || usernames.isEmpty())
        return;
    const Wording words = wording(operation, argument, usernames);
    if (words.title.isEmpty())
        return; // enable, disable, delete and create have their own entries
    if (m_running) {
        Interaction::current().warning(m_window, words.title,
                                       tr("Another bulk job is running: start this one once it "
                                          "has ended."));
        return;
    }
    if (Interaction::current().question(m_window, words.title, words.question, words.destructive) !=
        Interaction::Answer::Yes)
        return;
    auto run = std::make_shared<Run>();
    run->operation = operation;
    run->argument = argument;
    run->title = words.title;
    run->pending = usernames;
    startUsersJob(run, words.busy);
}

void UsersController::createUsers(const cognito::BulkJobSpec &spec, double maxRps)
{
    if (!m_connection || spec.items.isEmpty())
        return;
    if (m_running) {
        Interaction::current().warning(m_window, tr("Create users"),
                                       tr("Another bulk job is running: create the users once "
                                          "it has ended."));
        return;
    }
    auto run = std::make_shared<Run>();
    run->operation = cognito::BulkOperation::Create;
    run->title = tr("Create users");
    for (const cognito::BulkItem &item : spec.items)
        run->pending.append(item.username);
    run->total = static_cast<int>(run->pending.size());
    if (m_busy)
        m_busy->start(tr("Creating users…"), run->total, [this] { cancel(); });
    // The core's engine, as `bulk create` uses it: journaled, the passwords written
    // owner-only before each user is sent, each user created once.
    auto *job = new cognito::BulkJob(m_connection->identityProvider(), journalDirectory(), this);
    job->setMaxRequestsPerSecond(maxRps);
    runJob(run, job, job->start(spec), true);
}

void UsersController::resumeJob(const QString &jobId)
{
    if (!m_connection || m_running)
        return;
    const auto journal = cognito::BulkJournal::read(journalDirectory(), jobId);
    if (!journal) {
        Interaction::current().warning(m_window, tr("Resume job"), journal.error().toString());
        return;
    }
    auto run = std::make_shared<Run>();
    run->operation = journal.value().spec.operation;
    run->argument = journal.value().spec.argument;
    run->title = tr("Resume job %1").arg(jobId);
    for (qsizetype i = 0; i < journal.value().results.size(); ++i) {
        const cognito::BulkItemState state = journal.value().results.at(i).state;
        if (state == cognito::BulkItemState::Pending || state == cognito::BulkItemState::Unknown)
            run->pending.append(journal.value().spec.items.at(i).username);
    }
    run->total = static_cast<int>(run->pending.size());
    if (m_busy)
        m_busy->start(tr("Resuming job %1…").arg(jobId), run->total, [this] { cancel(); });
    auto *job = new cognito::BulkJob(m_connection->identityProvider(), journalDirectory(), this);
    runJob(run, job, job->resume(jobId), true);
}

void UsersController::runJob(const std::shared_ptr<Run> &run, cognito::BulkJob *job,
                             const QFuture<aws::Result<cognito::BulkReport>> &future,
                             bool withWindow)
{
    m_run = run;
    m_running = true;
    m_job = job;
    BulkJobDialog *dialog = nullptr;
    if (withWindow) {
        if (m_jobDialog && !m_jobDialog->isRunning())
            m_jobDialog->close();
        dialog = new BulkJobDialog(job, journalDirectory(), m_window);
        dialog->setObjectName(QStringLiteral("bulkJobDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_jobDialog = dialog;
        dialog->jobStarted();
        dialog->show();
    }
    connect(job, &cognito::BulkJob::itemFinished, this,
            [this, run](int, const QString &username, bool ok, const QString &error) {
                run->pending.removeOne(username);
                if (ok) {
                    run->succeeded.append(username);
                    showDone(*run, username);
                } else {
                    run->failed.append(tr("%1 (%2)").arg(username, error));
                }
                if (m_busy)
                    m_busy->setProgress(
                        static_cast<int>(run->succeeded.size() + run->failed.size()));
            });
    aws::whenFinished(
        future, this,
        [this, run, job,
         dialog = QPointer<BulkJobDialog>(dialog)](const aws::Result<cognito::BulkReport> &report) {
            if (dialog)
                dialog->jobFinished(report);
            job->deleteLater();
            if (!report) {
                // The job could not run at all (its journal): nobody was done.
                for (const QString &username : std::as_const(run->pending))
                    run->failed.append(tr("%1 (%2)").arg(username, report.error().toString()));
                run->pending.clear();
            }
            finishBulk(run);
        });
}

void UsersController::showDone(const Run &run, const QString &username)
{
    using cognito::BulkOperation;
    if (run.operation == BulkOperation::Delete) {
        m_users->removeItem(username);
        if (m_mirror)
            m_mirror->userRemoved(username);
        if (username == m_username)
            showUser({});
        return;
    }
    if (run.operation == BulkOperation::AddToGroup ||
        run.operation == BulkOperation::RemoveFromGroup) {
        if (m_mirror)
            m_mirror->membershipChanged(username, run.argument,
                                        run.operation == BulkOperation::AddToGroup);
        if (username == m_username)
            reloadUserGroups();
        return;
    }
    QJsonObject user = rowOf(username);
    if (user.isEmpty())
        return;
    switch (run.operation) {
    case BulkOperation::Enable:
    case BulkOperation::Disable:
        user.insert(QStringLiteral("Enabled"), run.operation == BulkOperation::Enable);
        break;
    case BulkOperation::ResetPassword:
        user.insert(QStringLiteral("UserStatus"), QStringLiteral("RESET_REQUIRED"));
        break;
    case BulkOperation::SetAttribute:
    case BulkOperation::DeleteAttribute: {
        const auto set = cognito::parseAttribute(run.argument);
        const QString name = run.operation == BulkOperation::SetAttribute
                                 ? set.value_or(cognito::Attribute{}).name
                                 : run.argument;
        QJsonArray attributes;
        for (const QJsonValue &attribute : user.value(QLatin1String("Attributes")).toArray())
            if (attribute.toObject().value(QLatin1String("Name")).toString() != name)
                attributes.append(attribute);
        if (run.operation == BulkOperation::SetAttribute && set)
            attributes.append(QJsonObject{{QStringLiteral("Name"), set->name},
                                          {QStringLiteral("Value"), set->value}});
        user.insert(QStringLiteral("Attributes"), attributes);
        break;
    }
    default:
        return; // a sign-out shows nowhere
    }
    if (m_users->rowOf(username) >= 0)
        m_users->updateItem(username, user);
    if (m_mirror)
        m_mirror->userChanged(user);
    if (username == m_username) {
        m_attributes->setAttributes(user.value(QLatin1String("Attributes")).toArray());
        Q_EMIT userChanged(username);
    }
}

BulkJobDialog *UsersController::jobDialog() const
{
    return m_jobDialog;
}

QString UsersController::journalDirectory()
{
    return cognito::BulkJournal::defaultDirectory();
}

void UsersController::cancel()
{
    if (m_run)
        m_run->canceled = true;
    if (m_job)
        m_job->cancel();
}

void UsersController::finishBulk(const std::shared_ptr<Run> &run)
{
    m_running = false;
    if (m_run == run)
        m_run.reset();
    if (m_busy)
        m_busy->finish();
    QStringList lines;
    if (!run->succeeded.isEmpty())
        lines << tr("Done (%n):", nullptr, static_cast<int>(run->succeeded.size()))
              << run->succeeded.join(QStringLiteral(", "));
    if (!run->failed.isEmpty())
        lines << tr("Failed (%n):", nullptr, static_cast<int>(run->failed.size())) << run->failed;
    if (!run->pending.isEmpty())
        lines << tr("Not attempted, canceled (%n):", nullptr, static_cast<int>(run->pending.size()))
              << run->pending.join(QStringLiteral(", "));
    const QString &title = run->title;
    Interaction &tell = Interaction::current();
    if (run->failed.isEmpty() && run->pending.isEmpty()) {
        // A single success needs no box: the row says it.
        if (run->total > 1)
            tell.information(m_window, title, lines.join(u'\n'));
    } else {
        tell.warning(m_window, title, lines.join(u'\n'));
    }
    Q_EMIT bulkFinished(run->succeeded, run->failed);
    if (run->operation == cognito::BulkOperation::Create)
        Q_EMIT usersCreated(run->succeeded);
}

} // namespace cdesk::gui
