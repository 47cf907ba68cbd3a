#include "setpassworddialog.h"

#include "ui_setpassworddialog.h"

#include "gui/users/userformscontroller.h"

#include <QEvent>
#include <QPushButton>

namespace cdesk::gui {

SetPasswordDialog::SetPasswordDialog(UserFormsController *controller, const QString &username,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SetPasswordDialog>())
    , m_controller(controller)
    , m_username(username)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("setPasswordDialog"));
    m_controller->setParent(this);
    m_ui->usernameValueLabel->setText(username);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Set Password"));
    m_ui->statusWidget->bind(m_controller, {m_ui->passwordEdit, m_ui->permanentCheckBox,
                                            m_ui->buttonBox->button(QDialogButtonBox::Ok)});
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SetPasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SetPasswordDialog::reject);
    connect(m_controller, &UserFormsController::poolLoaded, this, [this](const PoolProfile &pool) {
        m_ui->passwordEdit->setPolicy(pool.passwordPolicy);
    });
    connect(m_controller, &UserFormsController::passwordSet, this, [this] {
        Q_EMIT completed();
        QDialog::accept();
    });
    m_ui->passwordEdit->setFocus();
    m_controller->loadPool(); // the policy, for generating and for advice
}

SetPasswordDialog::~SetPasswordDialog() = default;

void SetPasswordDialog::accept()
{
    if (m_controller->isBusy())
        return;
    const QString password = m_ui->passwordEdit->password();
    if (password.isEmpty()) {
        m_ui->statusWidget->showProblems({tr("Enter or generate a password.")});
        return;
    }
    m_controller->setPassword(m_username, password, m_ui->permanentCheckBox->isChecked());
}

void SetPasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->usernameValueLabel->setText(m_username);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Set Password"));
    }
    QDialog::changeEvent(event);
}

} // namespace cdesk::gui
