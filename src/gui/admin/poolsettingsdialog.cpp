#include "poolsettingsdialog.h"

#include "ui_poolsettingsdialog.h"

#include "gui/admin/admincontrollers.h"

#include <QEvent>
#include <QJsonObject>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>

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

PoolSettingsDialog::PoolSettingsDialog(std::shared_ptr<cognito::Connection> connection,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PoolSettingsDialog>())
    , m_controller(new PoolController(std::move(connection), this))
{
    setUp();
}

PoolSettingsDialog::PoolSettingsDialog(std::shared_ptr<cognito::Connection> connection,
                                       cognito::UserPool pool, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PoolSettingsDialog>())
    , m_controller(new PoolController(std::move(connection), this))
    , m_pool(std::move(pool))
{
    setUp();
    fill(*m_pool);
}

void PoolSettingsDialog::setUp()
{
    m_ui->setupUi(this);
    m_ui->statusWidget->attach(m_controller);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PoolSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PoolSettingsDialog::reject);
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
    connect(m_controller, &PoolController::updated, this, [this](const cognito::UserPool &pool) {
        m_pool = pool;
        Q_EMIT saved(pool);
        QDialog::accept();
    });
    updateButtons();
}

void PoolSettingsDialog::fill(const cognito::UserPool &pool)
{
    setWindowTitle(tr("Settings of user pool %1").arg(pool.name));
    m_ui->nameLineEdit->setText(pool.name);
    m_ui->nameLineEdit->setReadOnly(true);
    m_ui->emailUsernameCheckBox->setChecked(
        pool.usernameAttributes.contains(QLatin1String("email")));
    m_ui->emailUsernameCheckBox->setEnabled(false);
    m_ui->emailUsernameCheckBox->setToolTip(tr("Set when a pool is created; it cannot change."));
    m_ui->verifyEmailCheckBox->setChecked(
        pool.autoVerifiedAttributes.contains(QLatin1String("email")));
    const QJsonObject &json = pool.json;
    m_ui->adminOnlyCheckBox->setChecked(json.value(QLatin1String("AdminCreateUserConfig"))
                                            .toObject()
                                            .value(QLatin1String("AllowAdminCreateUserOnly"))
                                            .toBool());
    const QJsonObject policy = json.value(QLatin1String("Policies"))
                                   .toObject()
                                   .value(QLatin1String("PasswordPolicy"))
                                   .toObject();
    m_ui->minimumLengthSpinBox->setValue(policy.value(QLatin1String("MinimumLength")).toInt(8));
    m_ui->uppercaseCheckBox->setChecked(policy.value(QLatin1String("RequireUppercase")).toBool());
    m_ui->lowercaseCheckBox->setChecked(policy.value(QLatin1String("RequireLowercase")).toBool());
    m_ui->numbersCheckBox->setChecked(policy.value(QLatin1String("RequireNumbers")).toBool());
    m_ui->symbolsCheckBox->setChecked(policy.value(QLatin1String("RequireSymbols")).toBool());
    m_ui->temporaryValiditySpinBox->setValue(
        policy.value(QLatin1String("TemporaryPasswordValidityDays")).toInt(7));
    const cognito::EmailConfiguration &email = pool.emailConfiguration;
    const bool ses = email.sendingAccount == cognito::EmailSendingAccount::Developer;
    m_ui->emailSendingComboBox->setCurrentIndex(ses ? AmazonSes : CognitoMailer);
    m_ui->sesSourceArnLineEdit->setText(ses ? email.sourceArn : QString());
    m_ui->fromLineEdit->setText(email.from);
    m_ui->replyToLineEdit->setText(email.replyToEmailAddress);
    const QString mfa = json.value(QLatin1String("MfaConfiguration")).toString();
    m_ui->mfaComboBox->setCurrentIndex(mfa == QLatin1String("ON")         ? 2
                                       : mfa == QLatin1String("OPTIONAL") ? 1
                                                                          : 0);
    m_ui->deletionProtectionCheckBox->setChecked(
        json.value(QLatin1String("DeletionProtection")).toString() == QLatin1String("ACTIVE"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    updateButtons();
}

PoolSettingsDialog::~PoolSettingsDialog() = default;

QString PoolSettingsDialog::validationError() const
{
    // A pool's name is set at its creation; the one of a pool being edited is the service's.
    const QString name = m_ui->nameLineEdit->text();
    static const QRegularExpression namePattern(QStringLiteral("^[\\w\\s+=,.@-]+$"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    if (!isEditing() && name.trimmed().isEmpty())
        return tr("Enter the pool's name.");
    if (!isEditing() && (name.size() > 128 || !namePattern.match(name).hasMatch()))
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

cognito::CreateUserPoolRequest PoolSettingsDialog::request() const
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
    request.extra.insert(QStringLiteral("Policies"),
                         QJsonObject{{QStringLiteral("PasswordPolicy"), passwordPolicy()}});
    if (const QString mfa = mfaConfiguration(); mfa != QLatin1String("OFF"))
        request.extra.insert(QStringLiteral("MfaConfiguration"), mfa);
    if (m_ui->deletionProtectionCheckBox->isChecked())
        request.extra.insert(QStringLiteral("DeletionProtection"), QStringLiteral("ACTIVE"));
    return request;
}

QJsonObject PoolSettingsDialog::passwordPolicy() const
{
    // The pool's other password rules (PasswordHistorySize, ...) stay as they are.
    QJsonObject policy = m_pool ? m_pool->json.value(QLatin1String("Policies"))
                                      .toObject()
                                      .value(QLatin1String("PasswordPolicy"))
                                      .toObject()
                                : QJsonObject();
    policy.insert(QStringLiteral("MinimumLength"), m_ui->minimumLengthSpinBox->value());
    policy.insert(QStringLiteral("RequireUppercase"), m_ui->uppercaseCheckBox->isChecked());
    policy.insert(QStringLiteral("RequireLowercase"), m_ui->lowercaseCheckBox->isChecked());
    policy.insert(QStringLiteral("RequireNumbers"), m_ui->numbersCheckBox->isChecked());
    policy.insert(QStringLiteral("RequireSymbols"), m_ui->symbolsCheckBox->isChecked());
    policy.insert(QStringLiteral("TemporaryPasswordValidityDays"),
                  m_ui->temporaryValiditySpinBox->value());
    return policy;
}

cognito::EmailConfiguration PoolSettingsDialog::emailConfiguration() const
{
    cognito::EmailConfiguration email =
        m_pool ? m_pool->emailConfiguration : cognito::EmailConfiguration();
    const bool ses = m_ui->emailSendingComboBox->currentIndex() == AmazonSes;
    email.sendingAccount = ses ? cognito::EmailSendingAccount::Developer
                               : cognito::EmailSendingAccount::CognitoDefault;
    if (ses)
        email.sourceArn = m_ui->sesSourceArnLineEdit->text().trimmed();
    email.from = ses ? m_ui->fromLineEdit->text().trimmed() : QString();
    if (!ses)
        email.configurationSet.clear(); // SES only
    email.replyToEmailAddress = m_ui->replyToLineEdit->text().trimmed();
    return email;
}

QString PoolSettingsDialog::mfaConfiguration() const
{
    switch (m_ui->mfaComboBox->currentIndex()) {
    case 1:
        return QStringLiteral("OPTIONAL");
    case 2:
        return QStringLiteral("ON");
    default:
        return QStringLiteral("OFF");
    }
}

cognito::UserPoolChanges PoolSettingsDialog::changes() const
{
    cognito::UserPoolChanges changes;
    if (!m_pool)
        return changes;
    const cognito::UserPool &pool = *m_pool;
    const QJsonObject &json = pool.json;
    // Only what the form changes, so that a setting it shows differently from the service
    // (the order of a list, a default) is sent back exactly as described.
    if (const QJsonObject policy = passwordPolicy();
        policy != json.value(QLatin1String("Policies"))
                      .toObject()
                      .value(QLatin1String("PasswordPolicy"))
                      .toObject())
        changes.passwordPolicy = policy;
    QStringList verified = pool.autoVerifiedAttributes;
    verified.removeAll(QStringLiteral("email"));
    if (m_ui->verifyEmailCheckBox->isChecked())
        verified.prepend(QStringLiteral("email"));
    if (QSet<QString>(verified.cbegin(), verified.cend()) !=
        QSet<QString>(pool.autoVerifiedAttributes.cbegin(), pool.autoVerifiedAttributes.cend()))
        changes.autoVerifiedAttributes = verified;
    const bool adminOnly = m_ui->adminOnlyCheckBox->isChecked();
    if (adminOnly != json.value(QLatin1String("AdminCreateUserConfig"))
                         .toObject()
                         .value(QLatin1String("AllowAdminCreateUserOnly"))
                         .toBool())
        changes.adminCreateUserOnly = adminOnly;
    if (const cognito::EmailConfiguration email = emailConfiguration();
        !(email == pool.emailConfiguration))
        changes.emailConfiguration = email;
    const QString mfa = mfaConfiguration();
    if (mfa != json.value(QLatin1String("MfaConfiguration")).toString(QStringLiteral("OFF")))
        changes.mfaConfiguration = mfa;
    const bool protectedPool = m_ui->deletionProtectionCheckBox->isChecked();
    if (protectedPool !=
        (json.value(QLatin1String("DeletionProtection")).toString() == QLatin1String("ACTIVE")))
        changes.deletionProtection = protectedPool;
    return changes;
}

void PoolSettingsDialog::updateButtons()
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

void PoolSettingsDialog::accept()
{
    if (m_controller->isBusy() || !validationError().isEmpty())
        return;
    if (m_pool)
        m_controller->update(*m_pool, changes());
    else
        m_controller->create(request());
}

void PoolSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const int sending = m_ui->emailSendingComboBox->currentIndex();
        const int mfa = m_ui->mfaComboBox->currentIndex();
        m_ui->retranslateUi(this);
        m_ui->emailSendingComboBox->setCurrentIndex(sending);
        m_ui->mfaComboBox->setCurrentIndex(mfa);
        if (m_pool) {
            setWindowTitle(tr("Settings of user pool %1").arg(m_pool->name));
            m_ui->emailUsernameCheckBox->setToolTip(
                tr("Set when a pool is created; it cannot change."));
            m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
        }
        updateButtons();
    }
    QDialog::changeEvent(event);
}

} // namespace cdesk::gui::admin
