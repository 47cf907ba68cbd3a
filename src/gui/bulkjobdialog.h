#pragma once

#include "aws/result.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class BulkJobDialog;
}

namespace cdesk::cognito {
class BulkJob;
struct BulkReport;
} // namespace cdesk::cognito

namespace cdesk::gui {

// The job window: follows one job of the core's bulk engine (cognito::BulkJob) as the
// window runs it — done / total, succeeded, failed, the rate and the time left; Pause,
// Resume and Cancel; each user's outcome as it comes; and "Save report…", the job's report
// as CSV (BulkJournal::toCsv, read from its journal). Not modal: the window stays usable.
class BulkJobDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkJobDialog)

public:
    // Follows `job` (not owned) whose journals are in `journalDirectory`.
    BulkJobDialog(cognito::BulkJob *job, QString journalDirectory, QWidget *parent = nullptr);
    ~BulkJobDialog() override;

    // The job was started or resumed: its spec is known. Shows what it is, and for a
    // resumed job the outcomes its journal already holds.
    void jobStarted();
    // The job's future finished (canceled, done, or unable to run).
    void jobFinished(const aws::Result<cognito::BulkReport> &report);

    QString jobId() const { return m_jobId; }
    bool isRunning() const { return m_running; }
    // Writes the report as CSV to `path`; false (and says why) when it could not.
    bool saveReport(const QString &path);

    void reject() override;

Q_SIGNALS:
    void reportSaved(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showProgress();
    void showItem(int index, const QString &username, const QString &outcome, const QString &error);
    void updateButtons();
    void askSaveReport();

    std::unique_ptr<Ui::BulkJobDialog> m_ui;
    QPointer<cognito::BulkJob> m_job;
    QString m_directory;
    QString m_jobId;
    QHash<int, QTreeWidgetItem *> m_rows;
    bool m_running = true;
};

} // namespace cdesk::gui
