#include "controller.h"

#include "cognito/bulkjob.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>

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
    if (m_cancel)
        m_cancel();
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
    // The items with an outcome, so that those a cancel left unsent can be listed.
    auto reported = std::make_shared<QSet<int>>();
    connect(
        job, &cognito::BulkJob::itemFinished, this,
        [this, job, reported](int index, const QString &username, bool ok, const QString &error) {
            reported->insert(index);
            aws::AwsError failure;
            if (!ok) {
                failure.kind = aws::ErrorKind::Local;
                failure.message = error;
            }
            Q_EMIT bulkItemFinished(username, ok, failure);
            const cognito::BulkProgress progress = job->progress();
            Q_EMIT bulkProgress(progress.done, progress.total);
        });
    aws::whenFinished(
        job->start(spec), this,
        [this, job, generation, reported](const aws::Result<cognito::BulkReport> &report) {
            job->deleteLater();
            if (generation != m_generation)
                return;
            m_cancel = {};
            if (!report) {
                fail(report.error());
                return;
            }
            const QList<cognito::BulkItem> &items = job->spec().items;
            for (int index = 0; index < items.size(); ++index) {
                if (reported->contains(index))
                    continue;
                aws::AwsError notTried = canceledError();
                notTried.message = tr("Not tried: the run was canceled.");
                Q_EMIT bulkItemFinished(items.at(index).username, false, notTried);
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
