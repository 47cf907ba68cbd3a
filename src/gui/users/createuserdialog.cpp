#include "createuserdialog.h"

#include "ui_createuserdialog.h"

#include "gui/users/userformscontroller.h"

#include <QEvent>
#include <QPushButton>
#include <QRegularExpression>

namespace cdesk::gui {

namespace {

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    return pattern.match(text).hasMatch();
}

bool looksLikePhoneNumber(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[0-9]{4,15}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

CreateUserDialog::CreateUserDialog(UserFormsController *controller, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateUserDialog>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("createUserDialog"));
    m_controller->setParent(this);
    for (int i = 0; i < 3; ++i)
        m_ui->messageActionComboBox->addItem({});
    retranslate();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(false); // until the pool's schema is known
    m_ui->statusWidget->bind(m_controller, {m_ui->usernameLineEdit, m_ui->messageActionComboBox,
                                            m_ui->emailCheckBox, m_ui->smsCheckBox,
                                            m_ui->temporaryPasswordEdit, m_ui->attributesForm, ok});
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateUserDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateUserDialog::reject);
    connect(m_ui->messageActionComboBox, &QComboBox::currentIndexChanged, this,
            &CreateUserDialog::updateMessageAction);
    connect(m_controller, &UserFormsController::poolLoaded, this, &CreateUserDialog::applyPool);
    connect(m_controller, &UserFormsController::userCreated, this, [this] {
        Q_EMIT completed();
        QDialog::accept();
    });
    m_ui->usernameLineEdit->setFocus();
    updateMessageAction();
    m_controller->loadPool();
}

CreateUserDialog::~CreateUserDialog() = default;

void CreateUserDialog::retranslate()
{
    m_ui->messageActionComboBox->setItemText(0, tr("Send the invitation"));
    m_ui->messageActionComboBox->setItemText(1, tr("Send nothing (suppress)"));
    m_ui->messageActionComboBox->setItemText(2, tr("Send the invitation again (existing user)"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("C&reate User"));
    m_ui->temporaryPasswordEdit->setPlaceholderText(
        tr("empty: Cognito generates one and sends it"));
    if (m_poolLoaded) {
        if (m_pool.signsInWithEmail() && m_pool.signsInWithPhone())
            m_ui->usernameLabel->setText(tr("&Email or phone number:"));
        else if (m_pool.signsInWithEmail())
            m_ui->usernameLabel->setText(tr("&Email address:"));
        else if (m_pool.signsInWithPhone())
            m_ui->usernameLabel->setText(tr("&Phone number:"));
    }
}

void CreateUserDialog::applyPool(const PoolProfile &pool)
{
    m_pool = pool;
    m_poolLoaded = true;
    m_ui->temporaryPasswordEdit->setPolicy(pool.passwordPolicy);
    // In pools that sign in with an email address or phone number the username becomes
    // that attribute: it is not asked for twice.
    m_ui->attributesForm->setAttributes(pool.schema, pool.requiredAttributes(),
                                        pool.pool.usernameAttributes);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
    retranslate();
}

void CreateUserDialog::updateMessageAction()
{
    const bool suppress = m_ui->messageActionComboBox->currentIndex() == 1;
    const bool resend = m_ui->messageActionComboBox->currentIndex() == 2;
    m_ui->emailCheckBox->setEnabled(!suppress);
    m_ui->smsCheckBox->setEnabled(!suppress);
    // A resend touches an existing user: its attributes stay as they are.
    m_ui->attributesForm->setVisible(!resend);
    m_ui->attributesLabel->setVisible(!resend);
}

QStringList CreateUserDialog::problems() const
{
    QStringList out;
    const QString username = m_ui->usernameLineEdit->text().trimmed();
    const int action = m_ui->messageActionComboBox->currentIndex();
    const bool suppress = action == 1;
    const bool resend = action == 2;
    const bool byEmail = m_pool.signsInWithEmail() && looksLikeEmail(username);
    const bool byPhone = m_pool.signsInWithPhone() && looksLikePhoneNumber(username);
    if (username.isEmpty())
        out << tr("Enter the username.");
    else if (!resend && !m_pool.pool.usernameAttributes.isEmpty() && !byEmail && !byPhone)
        out << (m_pool.signsInWithEmail() && m_pool.signsInWithPhone()
                    ? tr("This pool's usernames are email addresses or phone numbers "
                         "(+15551234567).")
                : m_pool.signsInWithEmail()
                    ? tr("This pool's usernames are email addresses.")
                    : tr("This pool's usernames are phone numbers (+15551234567)."));
    if (!resend)
        out << m_ui->attributesForm->validate();
    if (!suppress) {
        const bool email = m_ui->emailCheckBox->isChecked();
        const bool sms = m_ui->smsCheckBox->isChecked();
        if (!email && !sms)
            out << tr("Choose how the invitation is delivered: email, SMS or both.");
        QString emailValue, phoneValue;
        for (const cognito::Attribute &attribute : m_ui->attributesForm->attributes()) {
            if (attribute.name == QLatin1String("email"))
                emailValue = attribute.value;
            if (attribute.name == QLatin1String("phone_number"))
                phoneValue = attribute.value;
        }
        if (!resend && email && emailValue.isEmpty() && !byEmail)
            out << tr("An invitation by email needs the email attribute.");
        if (!resend && sms && phoneValue.isEmpty() && !byPhone)
            out << tr("An invitation by SMS needs the phone_number attribute.");
    }
    const QString password = m_ui->temporaryPasswordEdit->password();
    if (suppress && password.isEmpty())
        out << tr("No invitation is sent: type or generate the temporary password, or nobody "
                  "will know it.");
    return out;
}

void CreateUserDialog::accept()
{
    if (m_controller->isBusy() || !m_poolLoaded)
        return;
    const QStringList found = problems();
    if (!found.isEmpty()) {
        m_ui->statusWidget->showProblems(found);
        return;
    }
    cognito::CreateUserRequest request;
    request.username = m_ui->usernameLineEdit->text().trimmed();
    request.temporaryPassword = m_ui->temporaryPasswordEdit->password();
    switch (m_ui->messageActionComboBox->currentIndex()) {
    case 1:
        request.messageAction = cognito::MessageAction::Suppress;
        break;
    case 2:
        request.messageAction = cognito::MessageAction::Resend;
        break;
    default:
        request.messageAction = cognito::MessageAction::Default;
        break;
    }
    if (request.messageAction != cognito::MessageAction::Resend)
        request.attributes = m_ui->attributesForm->attributes();
    if (request.messageAction != cognito::MessageAction::Suppress) {
        if (m_ui->emailCheckBox->isChecked())
            request.desiredDeliveryMediums << QStringLiteral("EMAIL");
        if (m_ui->smsCheckBox->isChecked())
            request.desiredDeliveryMediums << QStringLiteral("SMS");
    }
    m_controller->createUser(request);
}

void CreateUserDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace cdesk::gui
