#include "bulkjobdialog.h"

#include "ui_bulkjobdialog.h"

#include "cognito/bulkjob.h"
#include "gui/interaction.h"

#include <QEvent>
#include <QFile>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidgetItem>

namespace cdesk::gui {

namespace {
enum Column
{
    UsernameColumn,
    OutcomeColumn,
    ErrorColumn,
};
} // namespace

BulkJobDialog::BulkJobDialog(cognito::BulkJob *job, QString journalDirectory, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BulkJobDialog>())
    , m_job(job)
    , m_directory(std::move(journalDirectory))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Bulk job"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BulkJobDialog::reject);
    connect(m_ui->pauseButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->pause();
        updateButtons();
    });
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->unpause();
        updateButtons();
    });
    connect(m_ui->cancelJobButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_ui->cancelJobButton->setEnabled(false);
        m_ui->pauseButton->setEnabled(false);
        m_ui->resumeButton->setEnabled(false);
        m_ui->stateLabel->setText(
            tr("Canceling: the users under way finish, nothing new is sent."));
    });
    connect(m_ui->saveReportButton, &QPushButton::clicked, this, &BulkJobDialog::askSaveReport);
    connect(job, &cognito::BulkJob::progressChanged, this, &BulkJobDialog::showProgress);
    connect(job, &cognito::BulkJob::itemFinished, this,
            [this](int index, const QString &username, bool ok, const QString &error) {
                showItem(index, username,
                         cognito::bulkItemStateName(ok ? cognito::BulkItemState::Succeeded
                                                       : cognito::BulkItemState::Failed),
                         error);
            });
    updateButtons();
}

BulkJobDialog::~BulkJobDialog() = default;

void BulkJobDialog::jobStarted()
{
    if (!m_job)
        return;
    const cognito::BulkJobSpec &spec = m_job->spec();
    m_jobId = spec.jobId;
    const QString operation =
        spec.argument.isEmpty()
            ? cognito::bulkOperationName(spec.operation)
            : tr("%1 %2").arg(cognito::bulkOperationName(spec.operation), spec.argument);
    m_ui->headingLabel->setText(
        tr("Job %1: %2, %n user(s) of pool %3.", nullptr, static_cast<int>(spec.items.size()))
            .arg(m_jobId, operation, spec.userPoolId));
    setWindowTitle(tr("Bulk job %1").arg(m_jobId));
    // A resumed job: what its journal already says.
    const auto journal = cognito::BulkJournal::read(m_directory, m_jobId);
    if (journal) {
        const cognito::BulkJournal &read = journal.value();
        for (qsizetype i = 0; i < read.results.size() && i < read.spec.items.size(); ++i) {
            const cognito::BulkItemResult &result = read.results.at(i);
            if (result.state == cognito::BulkItemState::Succeeded ||
                result.state == cognito::BulkItemState::Failed)
                showItem(static_cast<int>(i), read.spec.items.at(i).username,
                         cognito::bulkItemStateName(result.state), result.error);
        }
    }
    showProgress();
    updateButtons();
}

void BulkJobDialog::jobFinished(const aws::Result<cognito::BulkReport> &report)
{
    m_running = false;
    showProgress();
    if (!report)
        m_ui->stateLabel->setText(tr("The job could not run: %1").arg(report.error().toString()));
    else if (report.value().finished)
        m_ui->stateLabel->setText(tr("Finished."));
    else
        m_ui->stateLabel->setText(tr("Canceled. The users not done are kept in the job's "
                                     "journal: the job can be resumed later."));
    updateButtons();
}

void BulkJobDialog::showProgress()
{
    if (!m_job)
        return;
    const cognito::BulkProgress progress = m_job->progress();
    m_ui->progressBar->setMaximum(std::max(progress.total, 1));
    m_ui->progressBar->setValue(progress.done);
    m_ui->countsLabel->setText(
        tr("Succeeded: %1. Failed: %2.").arg(progress.succeeded).arg(progress.failed));
    QString eta = tr("unknown");
    if (progress.etaSeconds >= 0)
        eta = progress.etaSeconds < 60
                  ? tr("%n second(s)", nullptr, static_cast<int>(progress.etaSeconds))
                  : tr("%n minute(s)", nullptr, static_cast<int>((progress.etaSeconds + 59) / 60));
    m_ui->rateLabel->setText(tr("%1 users per second, time left: %2")
                                 .arg(QLocale().toString(progress.ratePerSecond, 'f', 1), eta));
}

void BulkJobDialog::showItem(int index, const QString &username, const QString &outcome,
                             const QString &error)
{
    QTreeWidgetItem *row = m_rows.value(index);
    if (!row) {
        row = new QTreeWidgetItem(m_ui->itemsTreeWidget);
        m_rows.insert(index, row);
    }
    row->setText(UsernameColumn, username);
    row->setText(OutcomeColumn, outcome);
    row->setText(ErrorColumn, error);
}

void BulkJobDialog::updateButtons()
{
    const bool live = m_running && m_job;
    const bool paused = live && m_job->isPaused();
    m_ui->pauseButton->setEnabled(live && !paused);
    m_ui->resumeButton->setEnabled(paused);
    m_ui->cancelJobButton->setEnabled(live);
    m_ui->saveReportButton->setEnabled(!m_jobId.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(!m_running);
    if (paused)
        m_ui->stateLabel->setText(
            tr("Paused: the users under way finish, nothing new is sent until Resume."));
    else if (live)
        m_ui->stateLabel->setText(tr("Running."));
}

void BulkJobDialog::askSaveReport()
{
    const QString path = Interaction::current().saveFileName(
        this, tr("Save report"), m_jobId + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveReport(path);
}

bool BulkJobDialog::saveReport(const QString &path)
{
    const auto journal = cognito::BulkJournal::read(m_directory, m_jobId);
    QString error;
    if (!journal) {
        error = journal.error().toString();
    } else {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(journal.value().toCsv()) < 0 ||
            !file.commit())
            error = file.errorString();
    }
    if (!error.isEmpty()) {
        Interaction::current().warning(this, tr("Save report"),
                                       tr("Could not save the report to %1: %2").arg(path, error));
        return false;
    }
    Q_EMIT reportSaved(path);
    return true;
}

void BulkJobDialog::reject()
{
    // Escape while the job runs leaves it running and the window open: Cancel job stops it.
    if (m_running)
        return;
    QDialog::reject();
}

void BulkJobDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showProgress();
        updateButtons();
    }
    QDialog::changeEvent(event);
}

} // namespace cdesk::gui
