#include "signupdialog.h"

#include "ui_signupdialog.h"

#include "gui/users/userformscontroller.h"

#include <QComboBox>
#include <QEvent>
#include <QPushButton>

namespace cdesk::gui {

SignUpDialog::SignUpDialog(UserFormsController *controller, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignUpDialog>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("signUpDialog"));
    m_controller->setParent(this);
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->signUpPage);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(false); // until the pool and its clients are known
    m_ui->statusWidget->bind(
        m_controller, {m_ui->pagesStackedWidget, m_ui->buttonBox->button(QDialogButtonBox::Ok)});
    // After the status widget's own connection, which enables OK whenever a call ends.
    connect(m_controller, &UserFormsController::busyChanged, this, &SignUpDialog::updateOk);
    // The app client decides SECRET_HASH and the flows: nobody gets the first one by default.
    connect(m_ui->clientComboBox, &QComboBox::currentIndexChanged, this, &SignUpDialog::updateOk);
    retranslate();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignUpDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignUpDialog::reject);
    connect(m_ui->resendCodeButton, &QPushButton::clicked, this, [this] {
        if (!m_controller->isBusy())
            m_controller->resendConfirmationCode(m_client, m_username);
    });

    // The pool first (schema and policy), then its clients; one call at a time.
    connect(m_controller, &UserFormsController::poolLoaded, this, [this](const PoolProfile &pool) {
        m_ui->passwordEdit->setPolicy(pool.passwordPolicy);
        m_ui->attributesForm->setAttributes(pool.schema, pool.requiredAttributes(),
                                            pool.pool.usernameAttributes);
        m_poolLoaded = true;
        m_controller->loadClients();
    });
    connect(m_controller, &UserFormsController::clientsLoaded, this,
            [this](const QList<cognito::UserPoolClient> &clients) {
                m_clients = clients;
                m_ui->clientComboBox->clear();
                for (const cognito::UserPoolClient &client : clients)
                    m_ui->clientComboBox->addItem(
                        client.clientSecret.isEmpty()
                            ? client.clientName
                            : tr("%1 (with secret)").arg(client.clientName),
                        client.clientId);
                m_ui->clientComboBox->setCurrentIndex(-1);
                if (clients.isEmpty())
                    m_ui->statusWidget->showProblems(
                        {tr("This pool has no app client: create one first.")});
                updateOk();
            });
    connect(m_controller, &UserFormsController::signedUp, this,
            [this](const cognito::SignUpResult &result) {
                Q_EMIT signedUp();
                if (result.userConfirmed) { // a pre-sign-up trigger confirmed it already
                    Q_EMIT completed();
                    QDialog::accept();
                    return;
                }
                showCodePage(result.json.value(QLatin1String("CodeDeliveryDetails")).toObject());
            });
    connect(m_controller, &UserFormsController::codeResent, this,
            [this](const QJsonObject &details) {
                showCodePage(details);
                m_ui->statusWidget->showMessage(tr("A new code was sent."));
            });
    connect(m_controller, &UserFormsController::signUpConfirmed, this, [this] {
        Q_EMIT completed();
        QDialog::accept();
    });
    m_ui->usernameLineEdit->setFocus();
    m_controller->loadPool();
}

SignUpDialog::~SignUpDialog() = default;

cognito::UserPoolClient SignUpDialog::selectedClient() const
{
    const QString id = m_ui->clientComboBox->currentData().toString();
    for (const cognito::UserPoolClient &client : m_clients)
        if (client.clientId == id)
            return client;
    return {};
}

void SignUpDialog::updateOk()
{
    const bool codePage = m_ui->pagesStackedWidget->currentWidget() == m_ui->codePage;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_controller->isBusy() &&
                     (codePage || (m_poolLoaded && m_ui->clientComboBox->currentIndex() >= 0)));
}

void SignUpDialog::showCodePage(const QJsonObject &codeDeliveryDetails)
{
    m_delivery = codeDeliveryDetails;
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->codePage);
    retranslate();
    updateOk();
    m_ui->codeLineEdit->setFocus();
}

void SignUpDialog::retranslate()
{
    const bool codePage = m_ui->pagesStackedWidget->currentWidget() == m_ui->codePage;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setText(codePage ? tr("&Confirm") : tr("&Sign Up"));
    m_ui->clientComboBox->setPlaceholderText(tr("Choose an app client…"));
    const QString destination = m_delivery.value(QLatin1String("Destination")).toString();
    const QString medium = m_delivery.value(QLatin1String("DeliveryMedium")).toString();
    m_ui->codeSentLabel->setText(
        destination.isEmpty()
            ? tr("%1 is signed up. Enter the confirmation code the user received.").arg(m_username)
            : tr("%1 is signed up. A code was sent by %2 to %3; enter it here.")
                  .arg(m_username, medium, destination));
}

void SignUpDialog::accept()
{
    if (m_controller->isBusy())
        return;
    if (m_ui->pagesStackedWidget->currentWidget() == m_ui->codePage) {
        const QString code = m_ui->codeLineEdit->text().trimmed();
        if (code.isEmpty()) {
            m_ui->statusWidget->showProblems({tr("Enter the confirmation code.")});
            return;
        }
        m_controller->confirmSignUp(m_client, m_username, code);
        return;
    }
    if (!m_poolLoaded)
        return;
    QStringList problems;
    const QString username = m_ui->usernameLineEdit->text().trimmed();
    if (username.isEmpty())
        problems << tr("Enter the username.");
    if (m_ui->passwordEdit->password().isEmpty())
        problems << tr("Enter or generate the password.");
    if (selectedClient().clientId.isEmpty())
        problems << tr("Choose an app client.");
    problems << m_ui->attributesForm->validate();
    if (!problems.isEmpty()) {
        m_ui->statusWidget->showProblems(problems);
        return;
    }
    m_client = selectedClient();
    m_username = username;
    m_controller->signUp(m_client, username, m_ui->passwordEdit->password(),
                         m_ui->attributesForm->attributes());
}

void SignUpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace cdesk::gui
