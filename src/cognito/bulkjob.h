#pragma once

#include "aws/result.h"
#include "cognito/types.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QPromise>
#include <QQueue>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace cdesk::cognito {

class IdentityProvider;

// One bulk engine for the CLI's `bulk` commands and the app: a job is a list of items (users,
// or the groups, app clients or pools the app deletes several of at once) times one operation, run
// at the operation's Cognito quota (the transport's adaptive rate limiter, optionally capped),
// recorded in a journal on disk so that an interrupted job can be finished with every item done
// exactly once. See docs/architecture.md, "Bulk jobs".
enum class BulkOperation
{
    Create,
    Disable,
    Enable,
    Delete,
    AddToGroup,      // argument: the group
    RemoveFromGroup, // argument: the group
    ResetPassword,
    SignOut,
    SetAttribute,    // argument: NAME=VALUE
    DeleteAttribute, // argument: NAME
    // Items that are not users (the app's multi-select deletes; not `bulk` commands): the
    // item's "username" is the group's name, the app client's id or the pool's id.
    DeleteGroup,
    DeleteAppClient,
    DeleteUserPool, // the spec's userPoolId is empty
};

// "create", "disable", "add-to-group", ... as the CLI names them.
QString bulkOperationName(BulkOperation operation);
std::optional<BulkOperation> bulkOperationFromName(const QString &name);
bool bulkOperationTakesArgument(BulkOperation operation);
// Whether the items of `operation` are users (the operations `bulk` offers).
bool bulkOperationOnUsers(BulkOperation operation);
// The Cognito operation an item of `operation` sends.
QString bulkCognitoOperation(BulkOperation operation);

struct BulkItem
{
    QString username;
    QList<Attribute> attributes; // create only
    QStringList groups;          // create only: groups to add the new user to
    // create only: the new user is disabled after its groups are added (backup restore of
    // a disabled user); AdminDisableUser is idempotent, so a resumed item sends it again.
    bool disabled = false;
};

// What a job is: written as the journal's first record, never holding a password.
struct BulkJobSpec
{
    QString jobId;
    BulkOperation operation = BulkOperation::Disable;
    QString argument; // the group, NAME=VALUE or NAME, for the operations that take one
    QString userPoolId;
    QDateTime created;
    // create: a temporary password per user generated to the pool's policy and written to
    // passwordsOut (owner-only) before the user is sent; else Cognito makes one.
    bool generatePasswords = false;
    QString passwordsOut;
    bool suppressMessage = false;
    QList<BulkItem> items;
    int skipped = 0; // input lines left out (a username repeated in the input)

    QJsonObject toJson() const;
    static std::optional<BulkJobSpec> fromJson(const QJsonObject &object);
};

enum class BulkItemState
{
    Pending,   // never sent
    Unknown,   // sent, outcome not recorded: checked on the service before anything else
    Succeeded, // done (or found done)
    Failed,
};
QString bulkItemStateName(BulkItemState state);

struct BulkItemResult
{
    BulkItemState state = BulkItemState::Pending;
    QString error; // "<type>: <message>" when failed
};

// The report of a job: {"JobId", "Succeeded", "Skipped", "Failed": [{"Username", "Error"}]}.
struct BulkReport
{
    QString jobId;
    int succeeded = 0;
    int skipped = 0;
    QList<QPair<QString, QString>> failed; // username, error
    bool finished = false;                 // every item has an outcome

    QJsonObject toJson() const;
};

// A job's journal read back: the spec and each item's last recorded state.
struct BulkJournal
{
    BulkJobSpec spec;
    QList<BulkItemResult> results;
    bool running = false; // a live process holds the job's lock

    int count(BulkItemState state) const;
    bool finished() const;
    QString state() const; // "running", "interrupted" or "done"
    BulkReport report() const;
    // bulk list's item: {"JobId", "Operation", "State", "Total", "Succeeded", "Failed", "Created"}.
    QJsonObject summaryJson() const;
    // bulk show: the summary plus "Argument", "Skipped" and "Items": [{"Username", "Outcome",
    // "Error"}].
    QJsonObject detailsJson() const;
    // The report as CSV (RFC 4180: CRLF line ends, a field quoted when it holds a comma, a
    // quote or a line break): the header "Username,Outcome,Error", then one row per item in
    // the job's order, its outcome named as bulk show names it (bulkItemStateName).
    // In bulkcsv.cpp.
    QByteArray toCsv() const;

    // The journals' folder: "bulk" in the app's data folder (created owner-only).
    static QString defaultDirectory();
    static QString journalPath(const QString &directory, const QString &jobId);
    static QString lockPath(const QString &directory, const QString &jobId);
    // The jobs in `directory`, oldest first.
    static QStringList jobIds(const QString &directory);
    static aws::Result<BulkJournal> read(const QString &directory, const QString &jobId);
};

struct BulkProgress
{
    int total = 0;
    int done = 0; // with an outcome, succeeded or failed
    int succeeded = 0;
    int failed = 0;
    double ratePerSecond = 0; // items finished per second in this run
    qint64 etaSeconds = -1;   // -1: not known yet
};

// Runs one job. The future finishes with the report when every item has an outcome, or when
// the job was canceled (report.finished false: `resume` finishes it later); with an error
// when the job cannot run at all (journal, lock, passwords file, pool).
class BulkJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkJob)

public:
    BulkJob(IdentityProvider *provider, QString journalDirectory, QObject *parent = nullptr);
    ~BulkJob() override;

    // A new id: bulk-YYYYMMDD-HHMMSS-XXXXXX.
    static QString newJobId();

    // 0: at most the operation's default quota; else at most this many requests per second
    // (above the quota for an account whose quota was raised). Lowered adaptively on
    // throttling either way.
    void setMaxRequestsPerSecond(double requestsPerSecond) { m_maxRps = requestsPerSecond; }
    // Requests in flight at once (the limiter paces them).
    void setConcurrency(int concurrency) { m_concurrency = std::max(1, concurrency); }

    // Writes the journal's first record, then runs the job. `spec.jobId` and `created` are
    // filled in when empty.
    QFuture<aws::Result<BulkReport>> start(BulkJobSpec spec);
    // Finishes an interrupted job: items whose outcome is unknown are checked first.
    QFuture<aws::Result<BulkReport>> resume(const QString &jobId);

    // No new item is sent while paused; those in flight finish.
    void pause();
    void unpause();
    bool isPaused() const { return m_paused; }
    // Sends nothing more; the future finishes once the items in flight are done.
    void cancel();

    const BulkJobSpec &spec() const { return m_spec; }
    BulkProgress progress() const;

Q_SIGNALS:
    void progressChanged(const cdesk::cognito::BulkProgress &progress);
    void itemFinished(int index, const QString &username, bool succeeded, const QString &error);

private:
    struct Work
    {
        int index = 0;
        bool check = false; // ask the service whether it was done before sending
        int throttles = 0;
        int unknowns = 0;
    };
    enum class Found
    {
        Done,
        NotDone,
    };

    QFuture<aws::Result<BulkReport>> run();
    aws::Result<bool> prepare();
    void beginWork();
    void pump();
    void process(Work work);
    void send(Work work);
    void addGroups(Work work, int next);
    void existsAfterSend(Work work, const aws::AwsError &error);
    void check(Work work);
    void onError(Work work, const aws::AwsError &error, bool userCreated);
    void succeed(const Work &work);
    void fail(const Work &work, const QString &error);
    void finishItem();
    void finishJob(std::optional<aws::AwsError> error = {});
    enum class Sync
    {
        Now,   // written and fsync'd
        Later, // written (it outlives the process); fsync'd with the next batch or at the end
    };
    aws::Result<bool> appendJournal(const QJsonObject &record, Sync sync = Sync::Now);
    aws::Result<bool> syncJournal();
    // Writes the passwords of `batch`'s new creates and its "sent" records, then one fsync.
    aws::Result<bool> recordSent(const QList<Work> &batch);
    void postPump();
    aws::Result<bool> openPasswords(bool create);
    QString passwordFor(int index, bool *isNew);

    IdentityProvider *m_provider;
    QString m_directory;
    BulkJobSpec m_spec;
    QList<BulkItemResult> m_results;
    std::unique_ptr<QLockFile> m_lock;
    int m_journalFd = -1;
    int m_passwordsFd = -1;
    bool m_journalUnsynced = false;
    bool m_pumpPosted = false;
    bool m_newJob = false;
    QHash<int, QDateTime> m_sentAt;      // when each create was first sent in this run
    QHash<QString, QString> m_passwords; // username -> the password written to passwordsOut
    std::optional<QJsonObject> m_passwordPolicy;
    QQueue<Work> m_queue;
    int m_inFlight = 0;
    int m_concurrency = 32;
    double m_maxRps = 0;
    bool m_paused = false;
    bool m_canceled = false;
    bool m_finished = false;
    int m_doneThisRun = 0;
    QElapsedTimer m_clock;
    std::shared_ptr<QPromise<aws::Result<BulkReport>>> m_promise;
};

} // namespace cdesk::cognito
