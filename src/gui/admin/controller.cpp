#include "controller.h"

#include "cognito/bulkjob.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"

#include <QCoreApplication>
#include <QPointer>

namespace cdesk::gui::admin {

Controller::Controller(std::shared_ptr<cognito::Connection> connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
{}

Controller::~Controller()
{
    // A dialog closed mid-call: let the call go (the service may still act on it) but stop
    // waiting for it.
    ++m_generation;
    if (m_cancel)
        m_cancel();
}

cognito::IdentityProvider *Controller::provider() const
{
    return m_connection->identityProvider();
}

void Controller::cancel()
{
    if (m_bulk && m_bulk->isRunning())
        m_bulk->cancel();
    else if (m_cancel)
        m_cancel();
}

void Controller::runBulk(const QStringList &items,
                         std::function<QFuture<aws::Result<aws::Empty>>(const QString &)> step)
{
    if (!m_bulk) {
        m_bulk = new BulkRun(this);
        connect(m_bulk, &BulkRun::progress, this, &Controller::bulkProgress);
        connect(m_bulk, &BulkRun::itemFinished, this, &Controller::bulkItemFinished);
        connect(m_bulk, &BulkRun::finished, this, [this] {
            Q_EMIT bulkFinished();
            finish();
        });
    }
    setBusy(true);
    m_bulk->start(items, std::move(step));
}

void Controller::runJob(const cognito::BulkJobSpec &spec)
{
    auto *job = new cognito::BulkJob(provider(), cognito::BulkJournal::defaultDirectory(), this);
    setBusy(true);
    const quint64 generation = ++m_generation;
    m_cancel = [job = QPointer<cognito::BulkJob>(job)] {
        if (job)
            job->cancel();
    };
    Q_EMIT bulkProgress(0, static_cast<int>(spec.items.size()));
    connect(job, &cognito::BulkJob::itemFinished, this,
            [this, job](int, const QString &username, bool ok, const QString &error) {
                aws::AwsError failure;
                if (!ok) {
                    failure.kind = aws::ErrorKind::Local;
                    failure.message = error;
                }
                Q_EMIT bulkItemFinished(username, ok, failure);
                const cognito::BulkProgress progress = job->progress();
                Q_EMIT bulkProgress(progress.done, progress.total);
            });
    aws::whenFinished(job->start(spec), this,
                      [this, job, generation](const aws::Result<cognito::BulkReport> &report) {
                          job->deleteLater();
                          if (generation != m_generation)
                              return;
                          m_cancel = {};
                          if (!report) {
                              fail(report.error());
                              return;
                          }
                          Q_EMIT bulkFinished();
                          finish();
                      });
}

void Controller::finish()
{
    setBusy(false);
    Q_EMIT succeeded();
}

void Controller::fail(const aws::AwsError &error)
{
    m_lastError = error;
    setBusy(false);
    Q_EMIT failed(error);
}

aws::AwsError Controller::canceledError()
{
    aws::AwsError error;
    error.kind = aws::ErrorKind::Canceled;
    error.type = QStringLiteral("Canceled");
    error.message = tr("The operation was canceled.");
    return error;
}

void Controller::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

BulkRun::BulkRun(QObject *parent)
    : QObject(parent)
{}

BulkRun::~BulkRun()
{
    if (m_running)
        m_current.cancel();
}

void BulkRun::start(const QStringList &items, Step step)
{
    m_items = items;
    m_step = std::move(step);
    m_succeeded.clear();
    m_failures.clear();
    m_index = 0;
    m_running = true;
    m_canceled = false;
    Q_EMIT progress(0, int(m_items.size()));
    next();
}

void BulkRun::cancel()
{
    m_canceled = true;
}

void BulkRun::next()
{
    if (m_index >= m_items.size() || m_canceled) {
        for (; m_index < m_items.size(); ++m_index) {
            aws::AwsError error;
            error.kind = aws::ErrorKind::Canceled;
            error.type = QStringLiteral("Canceled");
            error.message = tr("Not tried: the run was canceled.");
            m_failures.append({m_items.at(m_index), error});
            Q_EMIT itemFinished(m_items.at(m_index), false, error);
        }
        m_running = false;
        Q_EMIT finished();
        return;
    }
    const QString item = m_items.at(m_index);
    m_current = m_step(item);
    aws::whenFinished(m_current, this, [this, item](const aws::Result<aws::Empty> &result) {
        if (result.ok()) {
            m_succeeded.append(item);
            Q_EMIT itemFinished(item, true, {});
        } else {
            m_failures.append({item, result.error()});
            Q_EMIT itemFinished(item, false, result.error());
        }
        ++m_index;
        Q_EMIT progress(m_index, int(m_items.size()));
        next();
    });
}

QString describeError(const aws::AwsError &error)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("cdesk::gui::admin", text);
    };
    switch (error.kind) {
    case aws::ErrorKind::Service:
        return tr("%1: %2").arg(error.type, error.message);
    case aws::ErrorKind::Canceled:
        return tr("Canceled.");
    case aws::ErrorKind::Network:
        return tr("Network error: %1").arg(error.message);
    case aws::ErrorKind::Timeout:
        return tr("No answer in time: %1").arg(error.message);
    case aws::ErrorKind::Protocol:
        return tr("Unexpected answer: %1").arg(error.message);
    case aws::ErrorKind::Local:
        return error.type.isEmpty() ? error.message : tr("%1: %2").arg(error.type, error.message);
    }
    return error.message;
}

} // namespace cdesk::gui::admin
