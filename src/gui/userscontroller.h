#pragma once

#include "aws/result.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QWidget;

namespace cdesk::aws {
struct AwsError;
}

namespace cdesk::cognito {
enum class BulkOperation;
class BulkJob;
struct BulkJobSpec;
struct BulkReport;
class Connection;
} // namespace cdesk::cognito

namespace cdesk::models {
class AttributesModel;
class PagedListModel;
} // namespace cdesk::models

namespace cdesk::gui {

class BulkJobDialog;
class BusyIndicator;
class UsersMirror;

// The users of one pool beyond listing them: the selected user's attributes and groups,
// and enable / disable / delete of one or many users. Every call to the service is made
// here; the detail pane and the window only ask and show. Confirmations and reports go
// through Interaction.
class UsersController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersController)

public:
    // `users` is the pool's listing, kept in step with what is changed here; `window`
    // parents the questions and reports.
    UsersController(models::PagedListModel *users, QWidget *window, QObject *parent = nullptr);
    ~UsersController() override;

    void setPool(std::shared_ptr<cognito::Connection> connection, const QString &poolId);
    void setBusyIndicator(BusyIndicator *indicator);
    // The pool's local copy: its rows are found there too (the list shows its search while
    // it is open), and every change made here is written through to it.
    void setMirror(UsersMirror *mirror);

    models::AttributesModel *attributes() const { return m_attributes; }
    // The current user's groups (AdminListGroupsForUser).
    models::PagedListModel *userGroups() const { return m_userGroups; }
    // The pool's groups, to choose from when adding the user to one.
    models::PagedListModel *poolGroups() const { return m_poolGroups; }

    QString currentUser() const { return m_username; }
    // The users selected in the listing: the pane and every action work on these. One
    // selected user is also the current (shown) user; none or several show nobody.
    QStringList selection() const { return m_selection; }
    // The current user's row of the listing (empty when none).
    QJsonObject currentUserItem() const;
    bool isRunning() const { return m_running; }

    // Shows `username` from the listing's row (no AdminGetUser: it counts toward monthly
    // active users); empty clears.
    void showUser(const QString &username);
    // The listing's selection changed: shows the one selected user, or nobody.
    void setSelection(const QStringList &usernames);
    // Fetches `username`'s row again (ListUsers with username = "…", which does not count
    // as an active user) after a form changed it elsewhere; a user the listing does not
    // have yet (just created) is put at its top. Emits userRefreshed when the row is there.
    void refreshUser(const QString &username, bool addIfMissing = false);
    void setAttribute(const QString &name, const QString &value);
    void deleteAttributes(const QStringList &names);
    void addToGroup(const QString &groupName);
    void removeFromGroups(const QStringList &groupNames);

    // Each asks first (one user: a question; many deleted: the count typed), then runs one
    // job of the core's bulk engine (journaled, at the quota, each user once), on past
    // failures, followed in the job window (jobDialog()) when there are several users, and
    // reports which succeeded and which failed.
    void enableUsers(const QStringList &usernames);
    void disableUsers(const QStringList &usernames);
    void deleteUsers(const QStringList &usernames);
    // The other operations of the bulk engine on `usernames`, after a question, as one job:
    // AddToGroup and RemoveFromGroup (`argument`: the group), ResetPassword, SignOut,
    // SetAttribute (NAME=VALUE) and DeleteAttribute (NAME). The listing and the local copy
    // show each change as its user is done.
    void runOnUsers(cognito::BulkOperation operation, const QString &argument,
                    const QStringList &usernames);
    // Stops a bulk run after the calls on their way; the rest are reported as not attempted
    // (the job's journal keeps them: bulk resume finishes it).
    void cancel();
    // Creates the users of `spec` (a bulk create job: cognito::bulkCreateSpec) in the job
    // window, at most `maxRps` requests a second (0: the operation's quota); usersCreated
    // once the job ended.
    void createUsers(const cognito::BulkJobSpec &spec, double maxRps = 0);
    // Finishes the interrupted job `jobId` (BulkJob::resume) in the job window.
    void resumeJob(const QString &jobId);
    // The job window of the bulk run under way or last run on several users (null when none).
    BulkJobDialog *jobDialog() const;
    // Where the jobs' journals are (BulkJournal::defaultDirectory()).
    static QString journalDirectory();

Q_SIGNALS:
    // The shown user (or their attributes) changed.
    void userChanged(const QString &username);
    // The listing's selection changed (see selection()).
    void selectionChanged(const QStringList &usernames);
    // refreshUser() put `username`'s fresh row in the listing.
    void userRefreshed(const QString &username);
    // A service error for the shown user, as "Type: message"; empty clears it.
    void errorChanged(const QString &text);
    // A bulk run ended: who it was done to, who it failed for (with why).
    void bulkFinished(const QStringList &succeeded, const QStringList &failed);
    // A bulk create job (createUsers, or one resumed) ended: the users it created.
    void usersCreated(const QStringList &usernames);

private:
    enum class Bulk
    {
        Enable,
        Disable,
        Delete
    };
    struct Run;

    bool confirm(Bulk kind, const QStringList &usernames) const;
    // A title, the question and the busy text for runOnUsers' `operation`.
    struct Wording
    {
        QString title;
        QString question;
        QString busy;
        bool destructive = false;
    };
    Wording wording(cognito::BulkOperation operation, const QString &argument,
                    const QStringList &usernames) const;
    // What a done item of `run` changes in `username`'s row, the local copy and the pane.
    void showDone(const Run &run, const QString &username);
    void startBulk(Bulk kind, const QStringList &usernames);
    // Runs `run` (its operation and argument on its pending users) as one bulk job, busy
    // saying `busyText`.
    void startUsersJob(const std::shared_ptr<Run> &run, const QString &busyText);
    // Follows `job` (started or resumed: `future`) for `run`, in the job window when
    // `withWindow`.
    void runJob(const std::shared_ptr<Run> &run, cognito::BulkJob *job,
                const QFuture<aws::Result<cognito::BulkReport>> &future, bool withWindow);
    void finishBulk(const std::shared_ptr<Run> &run);
    void reloadUserGroups();
    // `username`'s row: the listing's, else the local copy's; empty when neither has it.
    QJsonObject rowOf(const QString &username) const;
    void removeFromGroupsStep(const QString &username, QStringList groupNames);
    void reportError(const aws::AwsError &error);
    void beginCall(const QString &text);
    void endCall();

    models::PagedListModel *m_users;
    QPointer<QWidget> m_window;
    models::AttributesModel *m_attributes;
    models::PagedListModel *m_userGroups;
    models::PagedListModel *m_poolGroups;
    std::shared_ptr<cognito::Connection> m_connection;
    QString m_poolId;
    QString m_username;
    QStringList m_selection;
    QPointer<BusyIndicator> m_busy;
    QPointer<UsersMirror> m_mirror;
    std::shared_ptr<Run> m_run;
    QPointer<cognito::BulkJob> m_job; // the core's bulk engine running m_run
    QPointer<BulkJobDialog> m_jobDialog;
    bool m_running = false;
};

} // namespace cdesk::gui
