#include "auditlogdialog.h"

#include "ui_auditlogdialog.h"

#include "cognito/auditlog.h"
#include "gui/interaction.h"
#include "models/auditlogmodel.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QSaveFile>

namespace cdesk::gui {

AuditLogDialog::AuditLogDialog(QString path, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditLogDialog>())
    , m_path(std::move(path))
    , m_model(new models::AuditLogModel(this))
    , m_filter(new models::AuditLogFilter(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_ui->entriesTableView->setModel(m_filter);
    m_ui->entriesTableView->sortByColumn(models::AuditColumn::Time, Qt::DescendingOrder);
    m_ui->entriesTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->entriesTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->sinceDateTimeEdit->setDateTime(Interaction::current().now().addDays(-1));
    m_ui->sinceDateTimeEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AuditLogDialog::reject);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &AuditLogDialog::reload);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AuditLogDialog::askExport);
    connect(m_ui->userLineEdit, &QLineEdit::textChanged, this, [this](const QString &user) {
        m_filter->setUser(user);
        showCount();
    });
    connect(m_ui->operationComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setOperation(m_ui->operationComboBox->currentData().toString());
        showCount();
    });
    connect(m_ui->sinceCheckBox, &QCheckBox::toggled, this, &AuditLogDialog::updateSince);
    connect(m_ui->sinceDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this,
            &AuditLogDialog::updateSince);
    reload();
}

AuditLogDialog::~AuditLogDialog() = default;

void AuditLogDialog::reload()
{
    const cognito::AuditLog log(m_path);
    cognito::AuditLog::Contents contents = log.read();
    m_warnings = contents.warnings;
    m_model->setRecords(cognito::auditRecords(contents.entries));
    fillOperations();
    showCount();
}

bool AuditLogDialog::exportTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(cognito::auditRecordsToCsv(m_filter->shownRecords())) < 0 || !file.commit()) {
        Interaction::current().warning(
            this, tr("Export"), tr("Could not export to %1: %2").arg(path, file.errorString()));
        return false;
    }
    Q_EMIT exported(path);
    return true;
}

void AuditLogDialog::askExport()
{
    const QString path = Interaction::current().saveFileName(
        this, tr("Export the audit log"), QStringLiteral("audit.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditLogDialog::fillOperations()
{
    // The choice survives a reload when the operation is still in the log.
    const QString chosen = m_ui->operationComboBox->currentData().toString();
    const QSignalBlocker blocker(m_ui->operationComboBox);
    m_ui->operationComboBox->clear();
    m_ui->operationComboBox->addItem(tr("Any operation"), QString());
    for (const QString &operation : m_model->operations())
        m_ui->operationComboBox->addItem(operation, operation);
    const int index = m_ui->operationComboBox->findData(chosen);
    m_ui->operationComboBox->setCurrentIndex(index < 0 ? 0 : index);
    m_filter->setOperation(m_ui->operationComboBox->currentData().toString());
}

void AuditLogDialog::updateSince()
{
    const bool on = m_ui->sinceCheckBox->isChecked();
    m_ui->sinceDateTimeEdit->setEnabled(on);
    m_filter->setSince(on ? m_ui->sinceDateTimeEdit->dateTime() : QDateTime());
    showCount();
}

void AuditLogDialog::showCount()
{
    m_ui->headingLabel->setText(
        tr("Every write made through Cognito Desk on this computer, by the app or the command "
           "line: %1")
            .arg(m_path));
    m_ui->countLabel->setText(
        tr("%n of %1 writes shown.", nullptr, m_filter->rowCount()).arg(m_model->rowCount()));
    m_ui->warningLabel->setVisible(!m_warnings.isEmpty());
    m_ui->warningLabel->setText(m_warnings.join(QLatin1Char('\n')));
    m_ui->exportButton->setEnabled(m_filter->rowCount() > 0);
}

void AuditLogDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        const QSignalBlocker blocker(m_ui->operationComboBox);
        m_ui->operationComboBox->setItemText(0, tr("Any operation"));
        showCount();
    }
    QDialog::changeEvent(event);
}

} // namespace cdesk::gui
