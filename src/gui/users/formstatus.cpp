#include "formstatus.h"

#include "ui_formstatus.h"

#include "gui/users/userformscontroller.h"

#include <QEvent>

namespace cdesk::gui {

FormStatus::FormStatus(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FormStatus>())
{
    m_ui->setupUi(this);
    QPalette palette = m_ui->errorLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_ui->errorLabel->setPalette(palette);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->cancel();
    });
    clear();
    m_ui->busyWidget->hide();
}

FormStatus::~FormStatus() = default;

void FormStatus::bind(UserFormsController *controller, const QList<QWidget *> &disabledWhileBusy)
{
    m_controller = controller;
    for (QWidget *widget : disabledWhileBusy)
        m_disabledWhileBusy << widget;
    connect(controller, &UserFormsController::busyChanged, this, [this](bool busy) {
        if (busy)
            clear();
        updateBusy();
    });
    connect(controller, &UserFormsController::failed, this, &FormStatus::showError);
    updateBusy();
}

void FormStatus::updateBusy()
{
    const bool busy = m_controller && m_controller->isBusy();
    // Disabling the focused field moves the focus on (to a button): remember where it was
    // and put it back afterwards, so a keyboard user types on where they were.
    if (busy && !m_focusBeforeBusy)
        m_focusBeforeBusy = window()->focusWidget();
    m_ui->busyWidget->setVisible(busy);
    m_ui->activityLabel->setText(busy ? m_controller->activity() : QString());
    for (const QPointer<QWidget> &widget : std::as_const(m_disabledWhileBusy))
        if (widget)
            widget->setEnabled(!busy);
    if (!busy && m_focusBeforeBusy) {
        if (m_focusBeforeBusy->isEnabled())
            m_focusBeforeBusy->setFocus(Qt::OtherFocusReason);
        m_focusBeforeBusy.clear();
    }
}

void FormStatus::showError(const aws::AwsError &error)
{
    clear();
    const QString text =
        error.type.isEmpty() ? error.message : tr("%1: %2").arg(error.type, error.message);
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
}

void FormStatus::showProblems(const QStringList &problems)
{
    clear();
    m_ui->errorLabel->setText(problems.join(u'\n'));
    m_ui->errorLabel->setVisible(!problems.isEmpty());
}

void FormStatus::showMessage(const QString &message)
{
    clear();
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void FormStatus::clear()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
    m_ui->messageLabel->clear();
    m_ui->messageLabel->hide();
}

QString FormStatus::errorText() const
{
    return m_ui->errorLabel->text();
}

void FormStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace cdesk::gui
