#pragma once

#include "aws/awserror.h"
#include "aws/future.h"
#include "aws/result.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace cdesk::cognito {
class Connection;
class IdentityProvider;
struct BulkJobSpec;
} // namespace cdesk::cognito

namespace cdesk::gui::admin {

class BulkRun;

// The network side of one administration dialog: it calls the core, one operation at a time,
// and reports busy, failed(AwsError) and succeeded. Dialogs show that state and never hold a
// future themselves. Feature controllers add typed operations on top of run().
class Controller : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Controller)

public:
    explicit Controller(std::shared_ptr<cognito::Connection> connection, QObject *parent = nullptr);
    ~Controller() override;

    cognito::IdentityProvider *provider() const;
    const std::shared_ptr<cognito::Connection> &connection() const { return m_connection; }

    bool isBusy() const { return m_busy; }
    const aws::AwsError &lastError() const { return m_lastError; }

    // Cancels the operation under way (it then fails with a Canceled error); a bulk run stops
    // after the call under way.
    virtual void cancel();

    // The bulk run of the last runBulk(), for its succeeded and failed items.
    BulkRun *bulkRun() const { return m_bulk; }

Q_SIGNALS:
    void busyChanged(bool busy);
    // A bulk run: how far it is, then which items succeeded and which failed (bulkRun()).
    void bulkProgress(int done, int total);
    void bulkItemFinished(const QString &item, bool ok, const cdesk::aws::AwsError &error);
    void bulkFinished();
    // `what` says which step (translated), for the dialog's status line.
    void progress(const QString &what);
    void failed(const cdesk::aws::AwsError &error);
    void succeeded();

protected:
    // Runs `future`, busy until it finishes; `onValue` gets the value and may start the next
    // step with run() (the controller then stays busy) or end with finish(). A failure ends
    // the run with failed().
    template <typename T, typename OnValue>
    void run(const QFuture<aws::Result<T>> &future, OnValue &&onValue)
    {
        setBusy(true);
        m_cancel = [running = QFuture<aws::Result<T>>(future)]() mutable {
            running.cancel();
        };
        const quint64 generation = ++m_generation;
        aws::whenFinished(future, this,
                          [this, generation,
                           onValue = std::forward<OnValue>(onValue)](const aws::Result<T> &result) {
                              if (generation != m_generation)
                                  return; // a later run replaced this one
                              m_cancel = {};
                              if (!result.ok()) {
                                  fail(result.error());
                                  return;
                              }
                              onValue(result.value());
                          });
    }
    // One call per item, continuing past failures; busy until the last, then bulkFinished()
    // and succeeded() (also when some items failed: the dialog lists them).
    void runBulk(const QStringList &items,
                 std::function<QFuture<aws::Result<aws::Empty>>(const QString &)> step);
    // A job of the core's bulk engine (cognito::BulkJob: journaled, at the operation's quota,
    // each user done once, resumable) with the signals of runBulk: bulkItemFinished per user
    // (the engine's "Type: message" as a Local error's message), bulkProgress, bulkFinished.
    // cancel() stops it after the users under way (the rest stay in its journal).
    void runJob(const cognito::BulkJobSpec &spec);
    // Ends the current run successfully.
    void finish();
    void fail(const aws::AwsError &error);
    static aws::AwsError canceledError();
    void setBusy(bool busy);

private:
    std::shared_ptr<cognito::Connection> m_connection;
    std::function<void()> m_cancel;
    BulkRun *m_bulk = nullptr;
    aws::AwsError m_lastError;
    quint64 m_generation = 0;
    bool m_busy = false;
};

// One call per item (delete these groups, clients or pools: operations the core's bulk engine
// has none of; users go through runJob), one after the other; a failure does not stop the
// run. finished() tells which items succeeded and which failed, and why.
class BulkRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRun)

public:
    using Step = std::function<QFuture<aws::Result<aws::Empty>>(const QString &item)>;
    struct Failure
    {
        QString item;
        aws::AwsError error;
    };

    explicit BulkRun(QObject *parent = nullptr);
    ~BulkRun() override;

    void start(const QStringList &items, Step step);
    // Stops after the call under way; the items not tried count as failed (Canceled).
    void cancel();
    bool isRunning() const { return m_running; }

    const QStringList &succeededItems() const { return m_succeeded; }
    const QList<Failure> &failures() const { return m_failures; }

Q_SIGNALS:
    void progress(int done, int total);
    void itemFinished(const QString &item, bool ok, const cdesk::aws::AwsError &error);
    void finished();

private:
    void next();

    Step m_step;
    QStringList m_items;
    QStringList m_succeeded;
    QList<Failure> m_failures;
    QFuture<aws::Result<aws::Empty>> m_current;
    int m_index = 0;
    bool m_running = false;
    bool m_canceled = false;
};

// A translated one-line description of `error` for a status line: the service's type and
// message, or what went wrong locally.
QString describeError(const aws::AwsError &error);

} // namespace cdesk::gui::admin
