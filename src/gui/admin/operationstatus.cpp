#include "operationstatus.h"

#include "ui_operationstatus.h"

#include "gui/admin/controller.h"

#include <QEvent>

namespace cdesk::gui::admin {

OperationStatus::OperationStatus(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OperationStatus>())
{
    m_ui->setupUi(this);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &OperationStatus::cancelRequested);
    clear();
}

OperationStatus::~OperationStatus() = default;

void OperationStatus::attach(Controller *controller)
{
    connect(controller, &Controller::busyChanged, this, [this](bool busy) { setBusy(busy); });
    connect(controller, &Controller::progress, this,
            [this](const QString &what) { setBusy(true, what); });
    connect(controller, &Controller::failed, this, &OperationStatus::showError);
    connect(this, &OperationStatus::cancelRequested, controller, &Controller::cancel);
}

void OperationStatus::setBusy(bool busy, const QString &what)
{
    const bool wasBusy = !m_ui->busyProgressBar->isHidden();
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);
    if (busy) {
        m_ui->errorLabel->clear();
        m_ui->errorLabel->hide();
        // The step under way; a bare busy signal keeps the step a progress signal named.
        if (!what.isEmpty() || !wasBusy)
            m_ui->messageLabel->setText(what.isEmpty() ? tr("Working…") : what);
        m_ui->messageLabel->show();
        return;
    }
    // The dialog says how it ended.
    m_ui->messageLabel->clear();
    m_ui->messageLabel->hide();
}

void OperationStatus::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
}

void OperationStatus::showError(const aws::AwsError &error)
{
    setBusy(false);
    m_ui->messageLabel->clear();
    m_ui->messageLabel->hide();
    showErrorText(describeError(error));
}

void OperationStatus::showErrorText(const QString &text)
{
    setBusy(false);
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

void OperationStatus::clear()
{
    m_ui->busyProgressBar->hide();
    m_ui->cancelButton->hide();
    m_ui->messageLabel->clear();
    m_ui->messageLabel->hide();
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
}

QString OperationStatus::errorText() const
{
    return m_ui->errorLabel->text();
}

QString OperationStatus::messageText() const
{
    return m_ui->messageLabel->text();
}

void OperationStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace cdesk::gui::admin
