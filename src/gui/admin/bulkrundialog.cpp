#include "bulkrundialog.h"

#include "ui_bulkrundialog.h"

#include "gui/admin/controller.h"

#include <QEvent>
#include <QPushButton>
#include <QTreeWidgetItem>

namespace cdesk::gui::admin {

namespace {
enum ResultColumn
{
    ItemColumn,
    OutcomeColumn,
};
} // namespace

BulkRunDialog::BulkRunDialog(Controller *controller, const QString &title, const QString &heading,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BulkRunDialog>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
    m_controller->setParent(this);
    setWindowTitle(title);
    m_ui->headingLabel->setText(heading);
    m_ui->statusWidget->attach(m_controller);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BulkRunDialog::reject);
    connect(m_controller, &Controller::bulkProgress, this, [this](int done, int total) {
        m_ui->progressBar->setMaximum(total);
        m_ui->progressBar->setValue(done);
    });
    connect(m_controller, &Controller::bulkItemFinished, this,
            [this](const QString &item, bool ok, const aws::AwsError &error) {
                auto *row = new QTreeWidgetItem(m_ui->resultsTreeWidget);
                row->setText(ItemColumn, item);
                row->setText(OutcomeColumn, ok ? tr("Done") : describeError(error));
                row->setData(OutcomeColumn, Qt::UserRole, ok);
            });
    connect(m_controller, &Controller::bulkFinished, this, [this] {
        m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(true);
        const QStringList failed = failedItems();
        const QStringList succeeded = succeededItems();
        Q_EMIT runFinished(succeeded);
        if (failed.isEmpty()) {
            accept();
            return;
        }
        m_ui->statusWidget->showErrorText(tr("Failed: %1 of %2. Succeeded: %3.")
                                              .arg(failed.size())
                                              .arg(failed.size() + succeeded.size())
                                              .arg(succeeded.size()));
    });
    // A failure that ends the run before any item (the describe before a confirmation).
    connect(m_controller, &Controller::failed, this,
            [this] { m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(true); });
}

BulkRunDialog::~BulkRunDialog() = default;

void BulkRunDialog::setHeading(const QString &heading)
{
    m_ui->headingLabel->setText(heading);
}

QStringList BulkRunDialog::succeededItems() const
{
    QStringList out;
    for (int i = 0; i < m_ui->resultsTreeWidget->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = m_ui->resultsTreeWidget->topLevelItem(i);
        if (row->data(OutcomeColumn, Qt::UserRole).toBool())
            out.append(row->text(ItemColumn));
    }
    return out;
}

QStringList BulkRunDialog::failedItems() const
{
    QStringList out;
    for (int i = 0; i < m_ui->resultsTreeWidget->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = m_ui->resultsTreeWidget->topLevelItem(i);
        if (!row->data(OutcomeColumn, Qt::UserRole).toBool())
            out.append(row->text(ItemColumn));
    }
    return out;
}

void BulkRunDialog::reject()
{
    // Escape while running stops the run after the call under way rather than leaving it
    // going in the background.
    if (m_controller->isBusy()) {
        m_controller->cancel();
        return;
    }
    QDialog::reject();
}

void BulkRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace cdesk::gui::admin
