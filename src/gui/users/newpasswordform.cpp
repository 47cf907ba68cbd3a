#include "newpasswordform.h"

#include "ui_newpasswordform.h"

#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>

namespace cdesk::gui {

NewPasswordForm::NewPasswordForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NewPasswordForm>())
{
    m_ui->setupUi(this);
    // As PasswordEdit: the form's focus is its first field's, and it has a focus policy so
    // that the tab order of the forms it is placed in can name it.
    setFocusProxy(m_ui->newPasswordEdit);
    setFocusPolicy(Qt::StrongFocus);
    // A generated password is seen once and copied; asking to retype it would defeat that.
    connect(m_ui->newPasswordEdit, &PasswordEdit::generated, m_ui->confirmPasswordLineEdit,
            &QLineEdit::setText);
    connect(m_ui->newPasswordEdit, &PasswordEdit::passwordChanged, this, &NewPasswordForm::changed);
    connect(m_ui->confirmPasswordLineEdit, &QLineEdit::textChanged, this,
            &NewPasswordForm::changed);
    connect(m_ui->requiredAttributesForm, &AttributesForm::changed, this,
            &NewPasswordForm::changed);
    setRequiredAttributes({});
}

NewPasswordForm::~NewPasswordForm() = default;

void NewPasswordForm::setPolicy(const cognito::PasswordPolicy &policy)
{
    m_ui->newPasswordEdit->setPolicy(policy);
}

void NewPasswordForm::setRequiredAttributes(const QStringList &names,
                                            const QList<SchemaAttribute> &schema)
{
    // Only the required ones: the challenge accepts writable attributes, and asking for
    // more would only slow down the walk-through.
    m_ui->requiredAttributesForm->setAttributes({}, names);
    QList<SchemaAttribute> known;
    for (const SchemaAttribute &attribute : schema)
        if (names.contains(attribute.name))
            known << attribute;
    if (!known.isEmpty())
        m_ui->requiredAttributesForm->setAttributes(known, names);
    // The offer to add more appears only with a schema; none is wanted here.
    m_ui->requiredAttributesLabel->setVisible(!names.isEmpty());
    m_ui->requiredAttributesForm->setVisible(!names.isEmpty());
}

QStringList NewPasswordForm::requiredAttributesOf(const cognito::AuthResponse &challenge)
{
    const QString text =
        challenge.challengeParameters.value(QLatin1String("requiredAttributes")).toString();
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array) {
        QString name = value.toString();
        const QLatin1String prefix("userAttributes.");
        if (name.startsWith(prefix))
            name.remove(0, prefix.size());
        if (!name.isEmpty())
            out << name;
    }
    return out;
}

QString NewPasswordForm::newPassword() const
{
    return m_ui->newPasswordEdit->password();
}

QList<cognito::Attribute> NewPasswordForm::attributes() const
{
    return m_ui->requiredAttributesForm->attributes();
}

QStringList NewPasswordForm::validate() const
{
    QStringList problems;
    if (newPassword().isEmpty())
        problems << tr("Enter the new password.");
    else if (newPassword() != m_ui->confirmPasswordLineEdit->text())
        problems << tr("The two passwords differ.");
    problems << m_ui->requiredAttributesForm->validate();
    return problems;
}

void NewPasswordForm::clear()
{
    m_ui->newPasswordEdit->setPassword({});
    m_ui->confirmPasswordLineEdit->clear();
}

void NewPasswordForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace cdesk::gui
