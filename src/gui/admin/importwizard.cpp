#include "importwizard.h"

#include "ui_importwizard.h"

#include "cognito/connection.h"
#include "gui/admin/admincontrollers.h"
#include "gui/interaction.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>

namespace cdesk::gui::admin {

ImportWizardPage::ImportWizardPage(QWidget *parent)
    : QWizardPage(parent)
{}

ImportWizardPage::~ImportWizardPage() = default;

void ImportWizardPage::setCompleteCheck(std::function<bool()> check)
{
    m_check = std::move(check);
    recheck();
}

void ImportWizardPage::recheck()
{
    Q_EMIT completeChanged();
}

bool ImportWizardPage::isComplete() const
{
    return m_check ? m_check() : QWizardPage::isComplete();
}

ImportWizard::ImportWizard(std::shared_ptr<cognito::Connection> connection, QString poolId,
                           QWidget *parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::ImportWizard>())
    , m_connection(std::move(connection))
    , m_controller(new ImportController(m_connection, this))
    , m_roleController(new ImportRoleController(m_connection, this))
    , m_poolId(std::move(poolId))
{
    m_ui->setupUi(this);
    // QWizard makes its buttons before the pages' fields exist, so Tab would reach Back,
    // Next and Cancel before the page: they go after the pages, as they are shown below them.
    for (const WizardButton which :
         {HelpButton, BackButton, NextButton, CommitButton, FinishButton, CancelButton}) {
        QWidget *last = previousInFocusChain();
        while (last != this && last->focusPolicy() == Qt::NoFocus)
            last = last->previousInFocusChain();
        QAbstractButton *shown = button(which);
        if (last != this && last != shown)
            setTabOrder(last, shown);
    }
    setWindowTitle(tr("Import users into %1").arg(m_poolId));
    m_ui->headerStatusWidget->attach(m_controller);
    m_ui->runStatusWidget->attach(m_controller);
    m_ui->roleStatusWidget->attach(m_roleController);
    connect(m_roleController, &ImportRoleController::busyChanged, this,
            &ImportWizard::updateRoleButton);
    connect(m_roleController, &ImportRoleController::roleReady, this,
            [this](const QString &roleArn, bool changed) {
                m_ui->roleArnLineEdit->setText(roleArn);
                m_ui->roleArnLineEdit->setToolTip(
                    changed ? tr("Created for this import (with its CloudWatch Logs policy).")
                            : tr("The role was there already, trusted by Cognito."));
            });

    page(HeaderPage)->setCompleteCheck([this] { return !m_header.isEmpty(); });
    page(FilePage)->setCompleteCheck([this] { return m_check.ok && !m_controller->isBusy(); });
    page(JobPage)->setCompleteCheck([this] { return jobValidationError().isEmpty(); });
    page(RunPage)->setCompleteCheck(
        [this] { return job().isFinished() && !m_controller->isBusy(); });

    connect(m_ui->saveHeaderButton, &QPushButton::clicked, this, &ImportWizard::saveHeader);
    connect(m_ui->reloadHeaderButton, &QPushButton::clicked, this,
            [this] { m_controller->loadHeader(m_poolId); });
    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    connect(m_ui->stopJobButton, &QPushButton::clicked, m_controller, &ImportController::stop);
    connect(m_ui->createRoleButton, &QPushButton::clicked, this, &ImportWizard::createRole);
    for (QLineEdit *edit : {m_ui->jobNameLineEdit, m_ui->roleArnLineEdit})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_ui->jobValidationLabel->setText(jobValidationError());
            page(JobPage)->recheck();
        });

    connect(m_controller, &ImportController::headerLoaded, this,
            [this](const QStringList &header, const QStringList &required) {
                m_header = header;
                m_requiredAttributes = required;
                m_ui->headerPlainTextEdit->setPlainText(header.join(QLatin1Char(',')));
                QStringList needed{QStringLiteral("cognito:username"),
                                   QStringLiteral("cognito:mfa_enabled")};
                needed += required;
                m_ui->requiredLabel->setText(
                    tr("Required columns: %1.").arg(needed.join(QLatin1String(", "))));
                m_ui->saveHeaderButton->setEnabled(true);
                page(HeaderPage)->recheck();
            });
    connect(m_controller, &ImportController::jobChanged, this, &ImportWizard::showJob);
    connect(m_controller, &Controller::busyChanged, this, [this](bool busy) {
        m_ui->stopJobButton->setEnabled(!job().jobId.isEmpty() &&
                                        (job().status == QLatin1String("Pending") ||
                                         job().status == QLatin1String("InProgress")));
        m_ui->reloadHeaderButton->setEnabled(!busy);
        for (PageId id : {HeaderPage, FilePage, RunPage})
            page(id)->recheck();
    });
    connect(m_controller, &Controller::failed, this, [this] {
        // Back and Next again makes a new job.
        button(QWizard::BackButton)->setEnabled(true);
    });

    m_ui->saveHeaderButton->setEnabled(false);
    m_ui->stopJobButton->setEnabled(false);
    m_controller->loadHeader(m_poolId);
}

ImportWizard::~ImportWizard() = default;

ImportWizardPage *ImportWizard::page(PageId id) const
{
    return static_cast<ImportWizardPage *>(QWizard::page(id));
}

const cognito::UserImportJob &ImportWizard::job() const
{
    return m_controller->job();
}

void ImportWizard::saveHeader()
{
    if (m_header.isEmpty())
        return;
    const QString fileName = Interaction::current().saveFileName(
        this, tr("Save the CSV header"), QStringLiteral("%1-import.csv").arg(m_poolId),
        tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(m_header.join(QLatin1Char(',')).toUtf8() + "\n") < 0 || !file.commit()) {
        Interaction::current().warning(this, tr("Save the CSV header"),
                                       tr("Cannot write %1: %2").arg(fileName, file.errorString()));
        return;
    }
    m_ui->headerSavedLabel->setText(tr("Saved to %1. Add one line per user and pick the file "
                                       "on the next page.")
                                        .arg(QDir::toNativeSeparators(fileName)));
}

void ImportWizard::chooseFile()
{
    const QString fileName = Interaction::current().openFileName(
        this, tr("Choose the CSV file to import"), tr("CSV files (*.csv);;All files (*)"));
    if (fileName.isEmpty())
        return;
    m_fileName = fileName;
    m_ui->fileLabel->setText(QDir::toNativeSeparators(fileName));
    QFile file(fileName);
    m_csv.clear();
    if (!file.open(QIODevice::ReadOnly)) {
        m_check = {};
        m_check.problem = tr("Cannot read %1: %2").arg(fileName, file.errorString());
    } else if (file.size() > cognito::CsvCheck::maxBytes) {
        m_check = {};
        m_check.problem = tr("The file is larger than the 100 MB an import job takes.");
    } else {
        m_csv = file.readAll();
        m_check = cognito::checkImportCsv(m_csv, m_header, m_requiredAttributes);
    }
    if (m_check.ok) {
        m_ui->checkLabel->setStyleSheet(QString());
        m_ui->checkLabel->setText(tr("%n user(s) to import; the columns match the pool's header.",
                                     nullptr, m_check.rows));
    } else {
        m_ui->checkLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_ui->checkLabel->setText(m_check.badLine > 0
                                      ? tr("Line %1: %2").arg(m_check.badLine).arg(m_check.problem)
                                      : m_check.problem);
    }
    if (m_ui->jobNameLineEdit->text().isEmpty() || m_ui->jobNameLineEdit->isModified() == false)
        m_ui->jobNameLineEdit->setText(QStringLiteral("%1-%2").arg(
            QFileInfo(fileName).completeBaseName().left(100),
            Interaction::current().now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    page(FilePage)->recheck();
}

QString ImportWizard::jobValidationError() const
{
    static const QRegularExpression namePattern(QStringLiteral("^[\\w\\s+=,.@-]{1,128}$"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    if (!namePattern.match(m_ui->jobNameLineEdit->text()).hasMatch())
        return tr("A job name is 1 to 128 letters, digits, spaces or + = , . @ -.");
    static const QRegularExpression rolePattern(
        QStringLiteral("^arn:[\\w+=/,.@-]+:iam::\\d{12}:role/[\\w+=/,.@-]+$"));
    const QString role = m_ui->roleArnLineEdit->text().trimmed();
    if (role.isEmpty())
        return tr("Enter the ARN of the role that lets Cognito write the job's CloudWatch logs.");
    if (!rolePattern.match(role).hasMatch())
        return tr("%1 is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME).").arg(role);
    return {};
}

void ImportWizard::createRole()
{
    m_roleController->ensureRole();
}

void ImportWizard::updateRoleButton()
{
    m_ui->createRoleButton->setEnabled(!m_roleController->isBusy());
}

void ImportWizard::initializePage(int id)
{
    if (id == RunPage) {
        m_ui->jobIdLabel->clear();
        m_ui->jobStatusLabel->clear();
        m_ui->importedLabel->clear();
        m_ui->skippedLabel->clear();
        m_ui->failedLabel->clear();
        m_ui->completionLabel->clear();
        m_jobReported = false;
        m_controller->importCsv(m_poolId, m_ui->jobNameLineEdit->text(),
                                m_ui->roleArnLineEdit->text().trimmed(), m_csv);
    }
    QWizard::initializePage(id);
}

void ImportWizard::cleanupPage(int id)
{
    // Back from the run page: stop following the job (it runs on in the service).
    if (id == RunPage && m_controller->isBusy())
        m_controller->cancel();
    QWizard::cleanupPage(id);
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage && !m_check.ok)
        return false;
    return QWizard::validateCurrentPage();
}

void ImportWizard::showJob(const cognito::UserImportJob &job)
{
    if (!m_jobReported && !job.jobId.isEmpty()) {
        m_jobReported = true;
        Q_EMIT jobCreated(job.jobId);
    }
    const QLocale locale;
    m_ui->jobIdLabel->setText(job.jobId);
    m_ui->jobStatusLabel->setText(job.status);
    m_ui->importedLabel->setText(locale.toString(job.importedUsers));
    m_ui->skippedLabel->setText(locale.toString(job.skippedUsers));
    m_ui->failedLabel->setText(locale.toString(job.failedUsers));
    m_ui->completionLabel->setText(job.completionMessage);
    m_ui->stopJobButton->setEnabled(job.status == QLatin1String("Pending") ||
                                    job.status == QLatin1String("InProgress"));
    if (job.isFinished()) {
        if (job.status == QLatin1String("Succeeded"))
            m_ui->runStatusWidget->showMessage(
                tr("The import finished: %n user(s) imported.", nullptr, int(job.importedUsers)));
        else
            m_ui->runStatusWidget->showErrorText(
                tr("The job ended %1: %2").arg(job.status, job.completionMessage));
        Q_EMIT jobFinished(job);
    }
    page(RunPage)->recheck();
}

void ImportWizard::reject()
{
    m_controller->cancel();
    QWizard::reject();
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setWindowTitle(tr("Import users into %1").arg(m_poolId));
    }
    QWizard::changeEvent(event);
}

} // namespace cdesk::gui::admin
