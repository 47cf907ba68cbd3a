#include "newpassworddialog.h"

#include "ui_newpassworddialog.h"

#include "gui/users/newpasswordform.h"
#include "gui/users/userformscontroller.h"

#include <QComboBox>
#include <QEvent>
#include <QPushButton>

namespace cdesk::gui {

NewPasswordDialog::NewPasswordDialog(UserFormsController *controller, const QString &username,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewPasswordDialog>())
    , m_controller(controller)
    , m_username(username)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("newPasswordDialog"));
    m_controller->setParent(this);
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->signInPage);
    m_ui->usernameValueLabel->setText(username);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    m_ui->statusWidget->bind(m_controller, {m_ui->pagesStackedWidget, ok});
    // After the status widget's own connection, which enables OK whenever a call ends.
    connect(m_controller, &UserFormsController::busyChanged, this, &NewPasswordDialog::updateOk);
    // The app client decides the flows allowed: nobody gets the first one by default.
    connect(m_ui->clientComboBox, &QComboBox::currentIndexChanged, this,
            &NewPasswordDialog::updateOk);
    retranslate();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewPasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewPasswordDialog::reject);

    connect(m_controller, &UserFormsController::poolLoaded, this, [this](const PoolProfile &pool) {
        m_pool = pool;
        m_ui->newPasswordForm->setPolicy(pool.passwordPolicy);
        m_controller->loadClients();
    });
    connect(m_controller, &UserFormsController::clientsLoaded, this,
            [this](const QList<cognito::UserPoolClient> &clients) {
                m_clients.clear();
                m_ui->clientComboBox->clear();
                for (const cognito::UserPoolClient &client : clients) {
                    if (!UserFormsController::allowsAdminPasswordAuth(client))
                        continue;
                    m_clients << client;
                    m_ui->clientComboBox->addItem(client.clientName, client.clientId);
                }
                m_ui->clientComboBox->setCurrentIndex(-1);
                if (m_clients.isEmpty())
                    m_ui->statusWidget->showProblems(
                        {tr("No app client of this pool allows ALLOW_ADMIN_USER_PASSWORD_AUTH; "
                            "enable it on one to walk users through their first sign-in.")});
                updateOk();
            });
    connect(m_controller, &UserFormsController::challenged, this,
            [this](const cognito::AuthResponse &challenge) {
                m_ui->newPasswordForm->setRequiredAttributes(
                    NewPasswordForm::requiredAttributesOf(challenge), m_pool.schema);
                m_ui->pagesStackedWidget->setCurrentWidget(m_ui->newPasswordPage);
                retranslate();
                updateOk();
                m_ui->newPasswordForm->setFocus();
            });
    connect(m_controller, &UserFormsController::newPasswordAccepted, this, [this] {
        Q_EMIT completed();
        QDialog::accept();
    });
    // The form is filled top to bottom: the app client first, then the temporary password.
    m_ui->clientComboBox->setFocus();
    m_controller->loadPool();
}

NewPasswordDialog::~NewPasswordDialog() = default;

cognito::UserPoolClient NewPasswordDialog::selectedClient() const
{
    const QString id = m_ui->clientComboBox->currentData().toString();
    for (const cognito::UserPoolClient &client : m_clients)
        if (client.clientId == id)
            return client;
    return {};
}

void NewPasswordDialog::retranslate()
{
    const bool answering = m_ui->pagesStackedWidget->currentWidget() == m_ui->newPasswordPage;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setText(answering ? tr("&Set New Password") : tr("&Sign In"));
    m_ui->clientComboBox->setPlaceholderText(tr("Choose an app client…"));
}

void NewPasswordDialog::updateOk()
{
    const bool answering = m_ui->pagesStackedWidget->currentWidget() == m_ui->newPasswordPage;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_controller->isBusy() &&
                     (answering || m_ui->clientComboBox->currentIndex() >= 0));
}

void NewPasswordDialog::accept()
{
    if (m_controller->isBusy())
        return;
    if (m_ui->pagesStackedWidget->currentWidget() == m_ui->newPasswordPage) {
        const QStringList problems = m_ui->newPasswordForm->validate();
        if (!problems.isEmpty()) {
            m_ui->statusWidget->showProblems(problems);
            return;
        }
        m_controller->answerNewPasswordChallenge(m_ui->newPasswordForm->newPassword(),
                                                 m_ui->newPasswordForm->attributes());
        return;
    }
    const QString temporaryPassword = m_ui->temporaryPasswordLineEdit->text();
    if (m_ui->clientComboBox->currentIndex() < 0) {
        m_ui->statusWidget->showProblems({tr("Choose an app client.")});
        return;
    }
    if (temporaryPassword.isEmpty()) {
        m_ui->statusWidget->showProblems({tr("Enter the user's temporary password.")});
        return;
    }
    m_controller->startNewPasswordChallenge(selectedClient(), m_username, temporaryPassword);
}

void NewPasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->usernameValueLabel->setText(m_username);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace cdesk::gui
