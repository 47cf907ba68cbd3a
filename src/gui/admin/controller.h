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

    // Cancels the operation under way (it then fails with a Canceled error); a bulk job stops
    // after the calls under way.
    virtual void cancel();

Q_SIGNALS:
    void busyChanged(bool busy);
    // A bulk job (runJob): how far it is, each item's outcome, then the end.
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
    // A job of the core's bulk engine (cognito::BulkJob: journaled, at the operation's quota,
    // each item done once, resumable): bulkItemFinished per item (the engine's "Type: message"
    // as a Local error's message), bulkProgress, then bulkFinished and succeeded(), also when
    // some items failed (the dialog lists them). cancel() stops it after the items under way;
    // the items never sent are reported failed as Canceled (they stay in the job's journal).
    void runJob(const cognito::BulkJobSpec &spec);
    // Ends the current run successfully.
    void finish();
    void fail(const aws::AwsError &error);
    static aws::AwsError canceledError();
    void setBusy(bool busy);

private:
    std::shared_ptr<cognito::Connection> m_connection;
    std::function<void()> m_cancel;
    aws::AwsError m_lastError;
    quint64 m_generation = 0;
    bool m_busy = false;
};

// A translated one-line description of `error` for a status line: the service's type and
// message, or what went wrong locally.
QString describeError(const aws::AwsError &error);

} // namespace cdesk::gui::admin
