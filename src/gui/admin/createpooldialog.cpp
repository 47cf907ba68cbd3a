#include "createpooldialog.h"

#include "ui_createpooldialog.h"

#include "gui/admin/admincontrollers.h"

#include <QEvent>
#include <QPushButton>
#include <QRegularExpression>

namespace cdesk::gui::admin {

namespace {

enum EmailSending
{
    CognitoMailer, // COGNITO_DEFAULT
    AmazonSes,     // DEVELOPER
};

bool looksLikeEmail(const QString &text)
{
    // Display names are allowed in From ("Name <a@b>"); only the address is checked.
    static const QRegularExpression address(QStringLiteral("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+"));
    return address.match(text).hasMatch();
}

} // namespace

CreatePoolDialog::CreatePoolDialog(std::shared_ptr<cognito::Connection> connection, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreatePoolDialog>())
    , m_controller(new PoolController(std::move(connection), this))
{
    m_ui->setupUi(this);
    m_ui->statusWidget->attach(m_controller);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreatePoolDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreatePoolDialog::reject);
    const auto changed = [this] {
        updateButtons();
    };
    for (QLineEdit *edit : {m_ui->nameLineEdit, m_ui->sesSourceArnLineEdit, m_ui->fromLineEdit,
                            m_ui->replyToLineEdit})
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->emailSendingComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->emailUsernameCheckBox, &QCheckBox::toggled, this, changed);
    connect(m_ui->verifyEmailCheckBox, &QCheckBox::toggled, this, changed);
    connect(m_controller, &Controller::busyChanged, this, changed);
    connect(m_controller, &PoolController::created, this, [this](const cognito::UserPool &pool) {
        Q_EMIT created(pool.id);
        QDialog::accept();
    });
    updateButtons();
}

CreatePoolDialog::~CreatePoolDialog() = default;

QString CreatePoolDialog::validationError() const
{
    const QString name = m_ui->nameLineEdit->text();
    static const QRegularExpression namePattern(QStringLiteral("^[\\w\\s+=,.@-]+$"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    if (name.trimmed().isEmpty())
        return tr("Enter the pool's name.");
    if (name.size() > 128 || !namePattern.match(name).hasMatch())
        return tr("A pool name is 1 to 128 letters, digits, spaces or + = , . @ -.");
    const bool ses = m_ui->emailSendingComboBox->currentIndex() == AmazonSes;
    const QString source = m_ui->sesSourceArnLineEdit->text().trimmed();
    if (ses && !source.startsWith(QLatin1String("arn:")))
        return tr("Sending through Amazon SES needs the ARN of a verified SES identity.");
    // Cognito's own mailer always sends as no-reply@verificationemail.com: From is for SES only
    // (its field is disabled otherwise).
    const QString from = m_ui->fromLineEdit->text().trimmed();
    if (ses && !from.isEmpty() && !looksLikeEmail(from))
        return tr("The From address is not an email address.");
    const QString replyTo = m_ui->replyToLineEdit->text().trimmed();
    if (!replyTo.isEmpty() && !looksLikeEmail(replyTo))
        return tr("The reply-to address is not an email address.");
    return {};
}

cognito::CreateUserPoolRequest CreatePoolDialog::request() const
{
    cognito::CreateUserPoolRequest request;
    request.name = m_ui->nameLineEdit->text().trimmed();
    if (m_ui->emailUsernameCheckBox->isChecked())
        request.usernameAttributes = {QStringLiteral("email")};
    if (m_ui->verifyEmailCheckBox->isChecked())
        request.autoVerifiedAttributes = {QStringLiteral("email")};
    request.adminCreateUserOnly = m_ui->adminOnlyCheckBox->isChecked();
    const bool ses = m_ui->emailSendingComboBox->currentIndex() == AmazonSes;
    if (ses)
        request.emailSourceArn = m_ui->sesSourceArnLineEdit->text().trimmed();
    request.replyTo = m_ui->replyToLineEdit->text().trimmed();
    const QString from = m_ui->fromLineEdit->text().trimmed();
    if (ses && !from.isEmpty()) {
        // The request type has no From yet: send the whole EmailConfiguration ourselves.
        QJsonObject email{{QStringLiteral("EmailSendingAccount"), QStringLiteral("DEVELOPER")},
                          {QStringLiteral("SourceArn"), request.emailSourceArn},
                          {QStringLiteral("From"), from}};
        if (!request.replyTo.isEmpty())
            email.insert(QStringLiteral("ReplyToEmailAddress"), request.replyTo);
        request.extra.insert(QStringLiteral("EmailConfiguration"), email);
    }
    request.extra.insert(
        QStringLiteral("Policies"),
        QJsonObject{
            {QStringLiteral("PasswordPolicy"),
             QJsonObject{{QStringLiteral("MinimumLength"), m_ui->minimumLengthSpinBox->value()},
                         {QStringLiteral("RequireUppercase"), m_ui->uppercaseCheckBox->isChecked()},
                         {QStringLiteral("RequireLowercase"), m_ui->lowercaseCheckBox->isChecked()},
                         {QStringLiteral("RequireNumbers"), m_ui->numbersCheckBox->isChecked()},
                         {QStringLiteral("RequireSymbols"), m_ui->symbolsCheckBox->isChecked()},
                         {QStringLiteral("TemporaryPasswordValidityDays"),
                          m_ui->temporaryValiditySpinBox->value()}}}});
    return request;
}

void CreatePoolDialog::updateButtons()
{
    const bool busy = m_controller->isBusy();
    const bool ses = m_ui->emailSendingComboBox->currentIndex() == AmazonSes;
    m_ui->sesSourceArnLineEdit->setEnabled(ses);
    m_ui->fromLineEdit->setEnabled(ses);
    const QString error = validationError();
    m_ui->validationLabel->setText(m_ui->nameLineEdit->text().isEmpty() ? QString() : error);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy && error.isEmpty());
    m_ui->formWidget->setEnabled(!busy);
}

void CreatePoolDialog::accept()
{
    if (m_controller->isBusy() || !validationError().isEmpty())
        return;
    m_controller->create(request());
}

void CreatePoolDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const int sending = m_ui->emailSendingComboBox->currentIndex();
        m_ui->retranslateUi(this);
        m_ui->emailSendingComboBox->setCurrentIndex(sending);
        updateButtons();
    }
    QDialog::changeEvent(event);
}

} // namespace cdesk::gui::admin
