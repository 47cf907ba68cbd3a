#pragma once

#include "aws/result.h"
#include "cognito/types.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace cdesk::cognito {

class IdentityProvider;

// The calls of a CSV import, in the order run() makes them.
enum class ImportStep
{
    Create,   // CreateUserImportJob
    Upload,   // the CSV file to the job's pre-signed S3 URL
    Start,    // StartUserImportJob
    Describe, // DescribeUserImportJob, while following the job
    Stop,     // StopUserImportJob (stop())
};

// The CSV import workflow, written once for the app and the command line: create the job,
// upload the file, start it, and follow it with DescribeUserImportJob until its status is
// final. Front ends report the steps from the signals; the runner owns the order of the
// calls, the polling and the cancellation. Lives in the GUI/CLI thread.
//
// Canceling a returned future stops the run after (or, while it waits between two
// descriptions, instead of) the call under way: it then ends without a result (a Canceled
// error for whenFinished() and await()). A job already started runs on at the service;
// stop() stops it.
class ImportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRunner)

public:
    // As the console polls, and as the CLI's import run --wait always has.
    static constexpr int DefaultPollIntervalMs = 1000;

    explicit ImportRunner(IdentityProvider *provider, QObject *parent = nullptr);
    ~ImportRunner() override;

    // Milliseconds between two DescribeUserImportJob calls.
    void setPollInterval(int ms);
    int pollInterval() const { return m_pollIntervalMs; }

    // Create → upload `csv` → start; with `follow`, then describes the job every
    // pollInterval() until it is finished (UserImportJob::isFinished()). Ends with the job's
    // last state (as started without `follow`), or the first error.
    QFuture<aws::Result<UserImportJob>> run(const QString &poolId, const QString &jobName,
                                            const QString &roleArn, const QByteArray &csv,
                                            bool follow = true);
    // Follows a started job: after one interval and then every interval, describes it until
    // it is finished (at once when `job` is finished already).
    QFuture<aws::Result<UserImportJob>> follow(const QString &poolId, const UserImportJob &job);
    // StopUserImportJob, then follows the job as follow() does.
    QFuture<aws::Result<UserImportJob>> stop(const QString &poolId, const UserImportJob &job);

    // True while a run waits for its next DescribeUserImportJob.
    bool isWaiting() const;

Q_SIGNALS:
    // Before each call; `job` is the job as known so far (empty before Create).
    void stepStarted(cdesk::cognito::ImportStep step, const cdesk::cognito::UserImportJob &job);
    // After each answer that carries the job: `step` says which call it answered. The job
    // keeps the pre-signed URL of its creation (later answers do not all repeat it).
    void jobChanged(cdesk::cognito::ImportStep step, const cdesk::cognito::UserImportJob &job);

private:
    struct Run;
    std::shared_ptr<Run> begin(const QString &poolId, const UserImportJob &job);
    template <typename T, typename OnValue>
    void then(const std::shared_ptr<Run> &run, const QFuture<aws::Result<T>> &future,
              OnValue onValue);
    void update(const std::shared_ptr<Run> &run, ImportStep step, const UserImportJob &job);
    void followOrEnd(const std::shared_ptr<Run> &run);
    void describe(const std::shared_ptr<Run> &run);
    // Finishes the run's future with `result`, or without one (canceled).
    static void end(const std::shared_ptr<Run> &run,
                    const std::optional<aws::Result<UserImportJob>> &result);

    IdentityProvider *m_provider;
    int m_pollIntervalMs = DefaultPollIntervalMs;
};

} // namespace cdesk::cognito
