#include "domainwaiter.h"

#include "aws/future.h"
#include "cognito/identityprovider.h"

#include <QDeadlineTimer>
#include <QFutureWatcher>
#include <QPromise>
#include <QTimer>

#include <algorithm>

namespace cdesk::cognito {

using DomainResult = aws::Result<DomainDescription>;

bool isSettledDomainStatus(const QString &status)
{
    return status != QLatin1String("CREATING") && status != QLatin1String("UPDATING") &&
           status != QLatin1String("DELETING");
}

struct DomainWaiter::Wait
{
    QPromise<DomainResult> promise;
    QString domain;
    QDeadlineTimer deadline = QDeadlineTimer::Forever;
    QFuture<DomainResult> call;                      // the DescribeUserPoolDomain under way
    QTimer *timer = nullptr;                         // between two descriptions
    QFutureWatcher<DomainResult> *watcher = nullptr; // tells of QFuture::cancel()
    bool done = false;

    bool stopped() const { return done || promise.isCanceled(); }
};

DomainWaiter::DomainWaiter(IdentityProvider *provider, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
{}

DomainWaiter::~DomainWaiter() = default;

void DomainWaiter::setPollInterval(int ms)
{
    m_pollIntervalMs = ms;
}

bool DomainWaiter::isWaiting() const
{
    const auto timers = findChildren<QTimer *>(Qt::FindDirectChildrenOnly);
    return std::any_of(timers.begin(), timers.end(),
                       [](const QTimer *timer) { return timer->isActive(); });
}

QFuture<DomainResult> DomainWaiter::wait(const QString &domain, qint64 timeoutMs)
{
    auto wait = std::make_shared<Wait>();
    wait->domain = domain;
    if (timeoutMs > 0)
        wait->deadline = QDeadlineTimer(timeoutMs);
    wait->promise.start();
    const QFuture<DomainResult> future = wait->promise.future();
    wait->timer = new QTimer(this);
    wait->timer->setSingleShot(true);
    connect(wait->timer, &QTimer::timeout, this, [this, wait] { describe(wait); });
    wait->watcher = new QFutureWatcher<DomainResult>(this);
    connect(wait->watcher, &QFutureWatcherBase::canceled, this, [wait] {
        if (wait->done)
            return;
        wait->call.cancel();
        end(wait, std::nullopt);
    });
    wait->watcher->setFuture(future);
    describe(wait);
    return future;
}

void DomainWaiter::describe(const std::shared_ptr<Wait> &wait)
{
    if (wait->stopped())
        return;
    Q_EMIT describing(wait->domain);
    wait->call = m_provider->describeUserPoolDomain(wait->domain);
    aws::whenFinished(wait->call, this, [this, wait](const DomainResult &result) {
        if (wait->stopped())
            return;
        if (!result.ok()) {
            end(wait, result);
            return;
        }
        const DomainDescription &description = result.value();
        Q_EMIT described(description);
        if (wait->stopped())
            return;
        if (isSettledDomainStatus(description.status)) {
            end(wait, result);
        } else if (wait->deadline.hasExpired()) {
            aws::AwsError error;
            error.kind = aws::ErrorKind::Timeout;
            error.type = QString::fromLatin1(domainwaiterror::timedOut);
            error.message = tr("%1 is still %2.").arg(description.domain, description.status);
            end(wait, DomainResult(error));
        } else {
            wait->timer->start(m_pollIntervalMs);
        }
    });
}

void DomainWaiter::end(const std::shared_ptr<Wait> &wait, const std::optional<DomainResult> &result)
{
    if (wait->done)
        return;
    wait->done = true;
    wait->call = {};
    wait->timer->stop();
    wait->timer->deleteLater();
    wait->watcher->disconnect();
    wait->watcher->deleteLater();
    if (result)
        wait->promise.addResult(*result);
    wait->promise.finish();
}

} // namespace cdesk::cognito
