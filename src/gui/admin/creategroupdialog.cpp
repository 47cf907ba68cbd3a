#include "creategroupdialog.h"

#include "ui_creategroupdialog.h"

#include "gui/admin/admincontrollers.h"

#include <QEvent>
#include <QPushButton>
#include <QRegularExpression>

namespace cdesk::gui::admin {

CreateGroupDialog::CreateGroupDialog(std::shared_ptr<cognito::Connection> connection,
                                     QString poolId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateGroupDialog>())
    , m_controller(new GroupController(std::move(connection), this))
    , m_poolId(std::move(poolId))
{
    m_ui->setupUi(this);
    m_ui->poolLabel->setText(m_poolId);
    m_ui->statusWidget->attach(m_controller);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateGroupDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateGroupDialog::reject);
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &CreateGroupDialog::updateButtons);
    connect(m_ui->roleArnLineEdit, &QLineEdit::textChanged, this,
            &CreateGroupDialog::updateButtons);
    connect(m_ui->precedenceCheckBox, &QCheckBox::toggled, m_ui->precedenceSpinBox,
            &QWidget::setEnabled);
    connect(m_controller, &Controller::busyChanged, this, &CreateGroupDialog::updateButtons);
    connect(m_controller, &GroupController::created, this, [this](const cognito::Group &group) {
        Q_EMIT created(group.name);
        QDialog::accept();
    });
    m_ui->precedenceSpinBox->setEnabled(false);
    updateButtons();
}

CreateGroupDialog::~CreateGroupDialog() = default;

QString CreateGroupDialog::validationError() const
{
    const QString name = m_ui->nameLineEdit->text();
    if (name.trimmed().isEmpty())
        return tr("Enter the group's name.");
    // The service's pattern for GroupName: no control characters, at most 128.
    static const QRegularExpression namePattern(
        QStringLiteral("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$"));
    if (name.size() > 128 || !namePattern.match(name).hasMatch())
        return tr("A group name is 1 to 128 letters, digits or punctuation, without spaces.");
    const QString role = m_ui->roleArnLineEdit->text().trimmed();
    if (!role.isEmpty() && !role.startsWith(QLatin1String("arn:")))
        return tr("The role must be an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME).");
    return {};
}

void CreateGroupDialog::updateButtons()
{
    const QString error = validationError();
    m_ui->validationLabel->setText(m_ui->nameLineEdit->text().isEmpty() ? QString() : error);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(error.isEmpty() && !m_controller->isBusy());
    m_ui->formWidget->setEnabled(!m_controller->isBusy());
}

void CreateGroupDialog::accept()
{
    if (!validationError().isEmpty() || m_controller->isBusy())
        return;
    cognito::CreateGroupRequest request;
    request.name = m_ui->nameLineEdit->text();
    request.description = m_ui->descriptionLineEdit->text().trimmed();
    if (m_ui->precedenceCheckBox->isChecked())
        request.precedence = m_ui->precedenceSpinBox->value();
    request.roleArn = m_ui->roleArnLineEdit->text().trimmed();
    m_controller->create(m_poolId, request);
}

void CreateGroupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->poolLabel->setText(m_poolId);
        updateButtons();
    }
    QDialog::changeEvent(event);
}

} // namespace cdesk::gui::admin
