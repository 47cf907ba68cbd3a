#include "confirmsignupdialog.h"

#include "ui_confirmsignupdialog.h"

#include "gui/users/userformscontroller.h"

#include <QEvent>
#include <QPushButton>

namespace cdesk::gui {

ConfirmSignUpDialog::ConfirmSignUpDialog(UserFormsController *controller, const QString &username,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfirmSignUpDialog>())
    , m_controller(controller)
    , m_username(username)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("confirmSignUpDialog"));
    m_controller->setParent(this);
    retranslate();
    m_ui->statusWidget->bind(m_controller, {m_ui->buttonBox->button(QDialogButtonBox::Ok)});
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConfirmSignUpDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConfirmSignUpDialog::reject);
    connect(m_controller, &UserFormsController::signUpConfirmed, this, [this] {
        Q_EMIT completed();
        QDialog::accept();
    });
}

ConfirmSignUpDialog::~ConfirmSignUpDialog() = default;

void ConfirmSignUpDialog::accept()
{
    if (!m_controller->isBusy())
        m_controller->adminConfirmSignUp(m_username);
}

void ConfirmSignUpDialog::retranslate()
{
    m_ui->explanationLabel->setText(
        tr("Confirm the sign-up of %1 without the code the user was sent? The user can sign "
           "in with the password chosen at sign-up; email and phone number stay unverified.")
            .arg(m_username));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Confirm Sign-up"));
}

void ConfirmSignUpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace cdesk::gui
