#include "importrunner.h"

#include "aws/future.h"
#include "cognito/identityprovider.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace cdesk::cognito {

using JobResult = aws::Result<UserImportJob>;

struct ImportRunner::Run
{
    QPromise<JobResult> promise;
    QString poolId;
    UserImportJob job;
    std::function<void()> cancelCall;             // the call under way
    QTimer *timer = nullptr;                      // between two descriptions
    QFutureWatcher<JobResult> *watcher = nullptr; // tells of QFuture::cancel()
    bool follow = true;
    bool done = false;

    bool stopped() const { return done || promise.isCanceled(); }
};

ImportRunner::ImportRunner(IdentityProvider *provider, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
{}

ImportRunner::~ImportRunner() = default;

void ImportRunner::setPollInterval(int ms)
{
    m_pollIntervalMs = ms;
}

bool ImportRunner::isWaiting() const
{
    const auto timers = findChildren<QTimer *>(Qt::FindDirectChildrenOnly);
    return std::any_of(timers.begin(), timers.end(),
                       [](const QTimer *timer) { return timer->isActive(); });
}

std::shared_ptr<ImportRunner::Run> ImportRunner::begin(const QString &poolId,
                                                       const UserImportJob &job)
{
    auto run = std::make_shared<Run>();
    run->poolId = poolId;
    run->job = job;
    run->promise.start();
    run->timer = new QTimer(this);
    run->timer->setSingleShot(true);
    connect(run->timer, &QTimer::timeout, this, [this, run] { describe(run); });
    // QFuture::cancel() reaches the run through a watcher: stop the call under way, or the
    // wait for the next one, and end without a result.
    run->watcher = new QFutureWatcher<JobResult>(this);
    connect(run->watcher, &QFutureWatcherBase::canceled, this, [run] {
        if (run->done)
            return;
        if (run->cancelCall)
            run->cancelCall();
        end(run, std::nullopt);
    });
    run->watcher->setFuture(run->promise.future());
    return run;
}

template <typename T, typename OnValue>
void ImportRunner::then(const std::shared_ptr<Run> &run, const QFuture<aws::Result<T>> &future,
                        OnValue onValue)
{
    run->cancelCall = [running = QFuture<aws::Result<T>>(future)]() mutable {
        running.cancel();
    };
    aws::whenFinished(future, this,
                      [run, onValue = std::move(onValue)](const aws::Result<T> &result) {
                          if (run->stopped())
                              return;
                          run->cancelCall = {};
                          if (!result.ok()) {
                              end(run, JobResult(result.error()));
                              return;
                          }
                          onValue(result.value());
                      });
}

QFuture<JobResult> ImportRunner::run(const QString &poolId, const QString &jobName,
                                     const QString &roleArn, const QByteArray &csv, bool follow)
{
    const auto run = begin(poolId, {});
    run->follow = follow;
    const QFuture<JobResult> future = run->promise.future();
    Q_EMIT stepStarted(ImportStep::Create, run->job);
    then(run, m_provider->createUserImportJob(poolId, jobName, roleArn),
         [this, run, csv](const UserImportJob &created) {
             update(run, ImportStep::Create, created);
             if (run->stopped())
                 return;
             Q_EMIT stepStarted(ImportStep::Upload, run->job);
             then(run, m_provider->uploadUserImportCsv(QUrl(run->job.preSignedUrl), csv),
                  [this, run](const aws::Empty &) {
                      Q_EMIT stepStarted(ImportStep::Start, run->job);
                      then(run, m_provider->startUserImportJob(run->poolId, run->job.jobId),
                           [this, run](const UserImportJob &started) {
                               update(run, ImportStep::Start, started);
                               if (run->follow)
                                   followOrEnd(run);
                               else
                                   end(run, JobResult(run->job));
                           });
                  });
         });
    return future;
}

QFuture<JobResult> ImportRunner::follow(const QString &poolId, const UserImportJob &job)
{
    const auto run = begin(poolId, job);
    const QFuture<JobResult> future = run->promise.future();
    followOrEnd(run);
    return future;
}

QFuture<JobResult> ImportRunner::stop(const QString &poolId, const UserImportJob &job)
{
    const auto run = begin(poolId, job);
    const QFuture<JobResult> future = run->promise.future();
    Q_EMIT stepStarted(ImportStep::Stop, run->job);
    then(run, m_provider->stopUserImportJob(poolId, job.jobId),
         [this, run](const UserImportJob &stopped) {
             update(run, ImportStep::Stop, stopped);
             followOrEnd(run);
         });
    return future;
}

void ImportRunner::update(const std::shared_ptr<Run> &run, ImportStep step,
                          const UserImportJob &job)
{
    const QString url = run->job.jobId == job.jobId ? run->job.preSignedUrl : QString();
    run->job = job;
    if (run->job.preSignedUrl.isEmpty())
        run->job.preSignedUrl = url;
    Q_EMIT jobChanged(step, run->job);
}

void ImportRunner::followOrEnd(const std::shared_ptr<Run> &run)
{
    if (run->stopped())
        return;
    if (run->job.isFinished())
        end(run, JobResult(run->job));
    else
        run->timer->start(m_pollIntervalMs);
}

void ImportRunner::describe(const std::shared_ptr<Run> &run)
{
    if (run->stopped())
        return;
    Q_EMIT stepStarted(ImportStep::Describe, run->job);
    then(run, m_provider->describeUserImportJob(run->poolId, run->job.jobId),
         [this, run](const UserImportJob &job) {
             update(run, ImportStep::Describe, job);
             followOrEnd(run);
         });
}

void ImportRunner::end(const std::shared_ptr<Run> &run, const std::optional<JobResult> &result)
{
    if (run->done)
        return;
    run->done = true;
    run->cancelCall = {};
    run->timer->stop();
    run->timer->deleteLater();
    run->watcher->disconnect();
    run->watcher->deleteLater();
    if (result)
        run->promise.addResult(*result);
    run->promise.finish();
}

} // namespace cdesk::cognito
