#include "backupcontroller.h"

#include "aws/future.h"
#include "cognito/backup.h"
#include "cognito/backuprunner.h"
#include "cognito/bulkjob.h"
#include "cognito/connection.h"
#include "gui/bulkjobdialog.h"
#include "gui/busyindicator.h"
#include "gui/interaction.h"
#include "gui/restoredialog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace cdesk::gui {

BackupController::BackupController(QWidget *window, BusyIndicator *busy, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_busy(busy)
{}

BackupController::~BackupController() = default;

bool BackupController::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

RestoreDialog *BackupController::restoreDialog() const
{
    return m_restoreDialog;
}

BulkJobDialog *BackupController::jobDialog() const
{
    return m_jobDialog;
}

void BackupController::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

void BackupController::backUp(const std::shared_ptr<cognito::Connection> &connection,
                              const QString &poolId)
{
    if (!connection || poolId.isEmpty() || isRunning())
        return;
    const QString path = Interaction::current().saveFileName(
        m_window, tr("Back up pool"), poolId + QStringLiteral("-backup.json"),
        tr("Backups (*.json)"));
    if (path.isEmpty())
        return;
    auto *runner = new cognito::BackupRunner(connection->identityProvider(), this);
    m_runner = runner;
    if (m_busy)
        m_busy->start(tr("Backing up %1…").arg(poolId), 0, [runner] { runner->cancel(); });
    // The step under way, and how many of its items were read.
    auto counted = std::make_shared<int>(0);
    connect(
        runner, &cognito::BackupRunner::progress, this,
        [this, poolId, counted](cognito::BackupStep step, int count) {
            *counted = count == 0 ? 0 : *counted + count;
            if (!m_busy)
                return;
            QString text;
            switch (step) {
            case cognito::BackupStep::Pool:
                text = tr("Backing up %1: its configuration…").arg(poolId);
                break;
            case cognito::BackupStep::Clients:
                text = tr("Backing up %1: %n app client(s)…", nullptr, *counted).arg(poolId);
                break;
            case cognito::BackupStep::Groups:
                text = tr("Backing up %1: %n group(s)…", nullptr, *counted).arg(poolId);
                break;
            case cognito::BackupStep::Users:
                text = tr("Backing up %1: %n user(s)…", nullptr, *counted).arg(poolId);
                break;
            case cognito::BackupStep::Members:
                text =
                    tr("Backing up %1: the members of %n group(s)…", nullptr, *counted).arg(poolId);
                break;
            }
            m_busy->setText(text);
        });
    aws::whenFinished(
        runner->create(poolId), this,
        [this, runner, poolId, path](const aws::Result<cognito::Backup> &backup) {
            runner->deleteLater();
            if (m_busy)
                m_busy->finish();
            if (!backup) {
                if (backup.error().kind == aws::ErrorKind::Canceled) {
                    Q_EMIT message(tr("Backup of %1 canceled: nothing was written.").arg(poolId));
                    return;
                }
                const QString text =
                    tr("Could not back up %1: %2").arg(poolId, backup.error().toString());
                Interaction::current().warning(m_window, tr("Back up pool"), text);
                Q_EMIT message(text);
                return;
            }
            const auto written = cognito::writeBackupFile(path, backup.value().toBytes());
            if (!written) {
                const QString text = tr("Could not write the backup to %1: %2")
                                         .arg(path, written.error().toString());
                Interaction::current().warning(m_window, tr("Back up pool"), text);
                Q_EMIT message(text);
                return;
            }
            Q_EMIT message(tr("Backed up %1 to %2: %n user(s), %3 group(s), %4 app client(s).",
                              nullptr, static_cast<int>(backup.value().users.size()))
                               .arg(poolId, QFileInfo(path).absoluteFilePath())
                               .arg(backup.value().groups.size())
                               .arg(backup.value().clients.size()));
            Q_EMIT backupWritten(path);
        });
}

void BackupController::restore(const std::shared_ptr<cognito::Connection> &connection,
                               const QString &selectedPoolId)
{
    if (!connection || isRunning())
        return;
    const QString path = Interaction::current().openFileName(m_window, tr("Restore from backup"),
                                                             tr("Backups (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    // The whole file is read and checked before anything is asked or sent.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Interaction::current().warning(m_window, tr("Restore"),
                                       tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const auto backup = cognito::Backup::fromBytes(file.readAll());
    if (!backup) {
        Interaction::current().warning(
            m_window, tr("Restore"),
            tr("%1 cannot be restored: %2 Nothing was sent.")
                .arg(path, backup.error().message.endsWith(QLatin1Char('.'))
                               ? backup.error().message
                               : backup.error().message + QLatin1Char('.')));
        return;
    }
    if (m_restoreDialog)
        m_restoreDialog->close();
    auto *dialog = new RestoreDialog(backup.value(), path, selectedPoolId, m_window);
    dialog->setObjectName(QStringLiteral("restoreDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_restoreDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, connection, dialog, read = backup.value()] {
        startRestore(connection, read, dialog->options());
    });
    dialog->open();
}

void BackupController::startRestore(const std::shared_ptr<cognito::Connection> &connection,
                                    const cognito::Backup &backup,
                                    const cognito::RestoreOptions &options)
{
    if (isRunning())
        return;
    const QString directory = cognito::BulkJournal::defaultDirectory();
    auto *runner = new cognito::BackupRunner(connection->identityProvider(), this);
    auto *job = new cognito::BulkJob(connection->identityProvider(), directory, runner);
    m_runner = runner;
    // Until the users' job starts (the pool, its clients, the groups), the status bar says
    // where it is; then the job window takes over.
    const QString target = options.newPool() ? options.newPoolName : options.intoPool;
    if (m_busy)
        m_busy->start(tr("Restoring into %1…").arg(target), 0, [runner] { runner->cancel(); });
    auto madePool = std::make_shared<QString>(options.intoPool);
    connect(runner, &cognito::BackupRunner::poolCreated, this,
            [this, madePool](const QString &poolId, const QString &name) {
                *madePool = poolId;
                if (m_busy)
                    m_busy->setText(tr("Created pool %1 (%2); its app clients…").arg(poolId, name));
            });
    connect(runner, &cognito::BackupRunner::targetReady, this, [this](const QString &poolId) {
        if (m_busy)
            m_busy->setText(tr("Restoring into %1: the groups…").arg(poolId));
    });
    connect(runner, &cognito::BackupRunner::jobStarting, this,
            [this, job, directory](const cognito::BulkJobSpec &) {
                if (m_busy)
                    m_busy->finish();
                if (m_jobDialog && !m_jobDialog->isRunning())
                    m_jobDialog->close();
                auto *dialog = new BulkJobDialog(job, directory, m_window);
                dialog->setObjectName(QStringLiteral("restoreJobDialog"));
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                m_jobDialog = dialog;
            });
    connect(runner, &cognito::BackupRunner::jobStarted, this, [this] {
        if (!m_jobDialog)
            return;
        m_jobDialog->jobStarted();
        m_jobDialog->setWindowTitle(tr("Restore, job %1").arg(m_jobDialog->jobId()));
        m_jobDialog->show();
    });
    aws::whenFinished(runner->restore(backup, options, job), this,
                      [this, runner, madePool](const aws::Result<cognito::RestoreResult> &result) {
                          runner->deleteLater();
                          restoreDone(result, *madePool);
                      });
}

void BackupController::restoreDone(const aws::Result<cognito::RestoreResult> &result,
                                   const QString &madePoolId)
{
    if (m_busy)
        m_busy->finish();
    if (m_jobDialog && m_jobDialog->isRunning()) {
        if (result)
            m_jobDialog->jobFinished(result.value().report);
        else
            m_jobDialog->jobFinished(result.error());
    }
    if (!result) {
        const QString text = result.error().kind == aws::ErrorKind::Canceled
                                 ? tr("Restore canceled.")
                                 : tr("The restore stopped: %1").arg(result.error().toString());
        if (result.error().kind != aws::ErrorKind::Canceled)
            Interaction::current().warning(m_window, tr("Restore"), text);
        Q_EMIT message(madePoolId.isEmpty() ? text : tr("%1 (pool %2)").arg(text, madePoolId));
        Q_EMIT restoreFinished(madePoolId, false);
        return;
    }
    const cognito::RestoreResult &restored = result.value();
    const cognito::BulkReport &report = restored.report;
    QString text =
        report.finished
            ? tr("Restored into %1: %2 user(s) created, %3 skipped, %4 failed (job %5).")
            : tr("Restore into %1 canceled: %2 user(s) created, %3 skipped, %4 failed; resume "
                 "job %5 to finish it.");
    text = text.arg(restored.poolId)
               .arg(report.succeeded)
               .arg(report.skipped)
               .arg(report.failed.size())
               .arg(report.jobId);
    Q_EMIT message(text);
    // A new pool's clients have new ids: the map from the old ones, as the CLI reports it.
    if (!restored.newPoolId.isEmpty()) {
        QStringList lines;
        for (auto it = restored.clientIds.constBegin(); it != restored.clientIds.constEnd(); ++it)
            lines.append(tr("%1 → %2").arg(it.key(), it.value().toString()));
        QString body = tr("The backup was restored into the new pool %1.").arg(restored.newPoolId);
        body += QLatin1Char('\n');
        body += lines.isEmpty() ? tr("The backup had no app client.")
                                : tr("Its app clients have new ids (old → new):\n%1")
                                      .arg(lines.join(QLatin1Char('\n')));
        Interaction::current().information(m_window, tr("Restore"), body);
    }
    Q_EMIT restoreFinished(restored.poolId, report.finished && report.failed.isEmpty());
}

} // namespace cdesk::gui
