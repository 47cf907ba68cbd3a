#pragma once

#include "aws/result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QWidget;

namespace cdesk::cognito {
struct Backup;
class BackupRunner;
class Connection;
struct RestoreOptions;
struct RestoreResult;
} // namespace cdesk::cognito

namespace cdesk::gui {

class BulkJobDialog;
class BusyIndicator;
class RestoreDialog;

// File > Back up pool… and File > Restore…: what the CLI's backup create and backup restore
// do, through the same core (cognito::BackupRunner). A backup runs with the status bar's busy
// indicator (Cancel stops it; nothing is written then) and is written owner-only; a restore
// asks for the file, checks it, asks how (RestoreDialog), then runs in the job window
// (BulkJobDialog: progress, pause, resume, cancel, report) and tells the new client ids.
// Questions and file choosers go through Interaction. One run at a time.
class BackupController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupController)

public:
    BackupController(QWidget *window, BusyIndicator *busy, QObject *parent = nullptr);
    ~BackupController() override;

    // Asks where to save (<pool id>-backup.json), then backs `poolId` up.
    void backUp(const std::shared_ptr<cognito::Connection> &connection, const QString &poolId);
    // Asks for the backup file, checks it, then opens the restore dialog (`selectedPoolId`,
    // possibly empty, is offered as the pool to restore into).
    void restore(const std::shared_ptr<cognito::Connection> &connection,
                 const QString &selectedPoolId);

    bool isRunning() const;
    // The restore's dialog while it is open, and its job window.
    RestoreDialog *restoreDialog() const;
    BulkJobDialog *jobDialog() const;
    void cancel();

Q_SIGNALS:
    // A line for the status bar.
    void message(const QString &text);
    void backupWritten(const QString &path);
    // A restore ended (done, canceled or failed); `poolId` is the pool restored into (a new
    // pool's id once it was made), empty when nothing was made.
    void restoreFinished(const QString &poolId, bool ok);

private:
    void startRestore(const std::shared_ptr<cognito::Connection> &connection,
                      const cognito::Backup &backup, const cognito::RestoreOptions &options);
    void restoreDone(const aws::Result<cognito::RestoreResult> &result, const QString &madePoolId);

    QWidget *m_window;
    QPointer<BusyIndicator> m_busy;
    QPointer<cognito::BackupRunner> m_runner;
    QPointer<RestoreDialog> m_restoreDialog;
    QPointer<BulkJobDialog> m_jobDialog;
};

} // namespace cdesk::gui
