#pragma once

#include "cognito/csvcheck.h"
#include "cognito/types.h"

#include <QWizard>
#include <QWizardPage>

#include <functional>
#include <memory>

namespace Ui {
class ImportWizard;
}

namespace cdesk::cognito {
class Connection;
}

namespace cdesk::gui::admin {

class ImportController;
class ImportRoleController;

// A wizard page whose Next/Finish follows a check the wizard gives it.
class ImportWizardPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizardPage)

public:
    explicit ImportWizardPage(QWidget *parent = nullptr);
    ~ImportWizardPage() override;

    void setCompleteCheck(std::function<bool()> check);
    // Call when what the check looks at changed.
    void recheck();
    bool isComplete() const override;

private:
    std::function<bool()> m_check;
};

// The CSV import job, step by step: the pool's CSV header (saved to a file to fill in), the
// file (checked against the header before anything is uploaded), the job's name and the
// CloudWatch Logs role, then the job created, the file uploaded and the job started and
// followed until it ends, with its counts.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId
    {
        HeaderPage,
        FilePage,
        JobPage,
        RunPage,
    };
    Q_ENUM(PageId)

    ImportWizard(std::shared_ptr<cognito::Connection> connection, QString poolId,
                 QWidget *parent = nullptr);
    ~ImportWizard() override;

    ImportController *controller() const { return m_controller; }
    ImportRoleController *roleController() const { return m_roleController; }
    const QStringList &header() const { return m_header; }
    const cognito::CsvCheck &csvCheck() const { return m_check; }
    const cognito::UserImportJob &job() const;
    // Why the job page cannot go on; empty when it can.
    QString jobValidationError() const;

    void initializePage(int id) override;
    void cleanupPage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

Q_SIGNALS:
    // The service created a job (the job list changed).
    void jobCreated(const QString &jobId);
    // The job reached a final status.
    void jobFinished(const cdesk::cognito::UserImportJob &job);

protected:
    void changeEvent(QEvent *event) override;

private:
    void saveHeader();
    void chooseFile();
    void showJob(const cognito::UserImportJob &job);
    void createRole();
    void updateRoleButton();
    ImportWizardPage *page(PageId id) const;

    std::unique_ptr<Ui::ImportWizard> m_ui;
    std::shared_ptr<cognito::Connection> m_connection;
    ImportController *m_controller;
    ImportRoleController *m_roleController;
    QString m_poolId;
    QStringList m_header;
    QStringList m_requiredAttributes;
    QString m_fileName;
    QByteArray m_csv;
    cognito::CsvCheck m_check;
    bool m_jobReported = false;
};

} // namespace cdesk::gui::admin
