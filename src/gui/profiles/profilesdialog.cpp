#include "profilesdialog.h"

#include "ui_profilesdialog.h"

#include "aws/sharedfiles.h"
#include "gui/interaction.h"
#include "gui/profiles/profilescontroller.h"
#include "secrets/profile.h"

#include <QEvent>
#include <QLineEdit>
#include <QPointer>

namespace cdesk::gui {

ProfilesDialog::ProfilesDialog(ProfilesController *controller, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
    m_ui->awsProfileComboBox->addItems(aws::sharedProfileNames());
    // Whose keys to use is a choice, not the first name in ~/.aws/config.
    m_ui->awsProfileComboBox->setCurrentIndex(-1);
    retranslatePlaceholders();
    m_ui->environmentRadioButton->setChecked(true);
    connect(m_ui->profilesListWidget, &QListWidget::currentTextChanged, this,
            [this](const QString &name) {
                if (!name.isEmpty() && name != m_current)
                    selectProfile(name);
            });
    connect(m_ui->newProfileButton, &QPushButton::clicked, this, [this] { selectProfile({}); });
    connect(m_ui->deleteProfileButton, &QPushButton::clicked, this, &ProfilesDialog::removeCurrent);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfilesDialog::test);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    for (QRadioButton *radio :
         {m_ui->awsProfileRadioButton, m_ui->keychainRadioButton, m_ui->environmentRadioButton})
        connect(radio, &QRadioButton::toggled, this, &ProfilesDialog::updateCredentialFields);
    connect(m_controller, &ProfilesController::profilesChanged, this, &ProfilesDialog::fillList);
    fillList();
    const QStringList names = m_controller->names();
    selectProfile(names.contains(m_controller->lastUsed()) ? m_controller->lastUsed()
                                                           : names.value(0));
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::fillList()
{
    const QSignalBlocker blocker(m_ui->profilesListWidget);
    m_ui->profilesListWidget->clear();
    m_ui->profilesListWidget->addItems(m_controller->names());
    const QList<QListWidgetItem *> current =
        m_ui->profilesListWidget->findItems(m_current, Qt::MatchExactly);
    if (!current.isEmpty())
        m_ui->profilesListWidget->setCurrentItem(current.first());
}

void ProfilesDialog::selectProfile(const QString &name)
{
    secrets::Profile profile;
    if (!name.isEmpty()) {
        const std::optional<secrets::Profile> loaded = m_controller->load(name);
        if (loaded)
            profile = *loaded;
    }
    m_current = profile.name;
    showProfile(profile);
    fillList();
    setMessage({}, false);
    m_ui->testResultLabel->clear();
}

void ProfilesDialog::showProfile(const secrets::Profile &profile)
{
    // A saved profile keeps its name (its keychain entries are filed under it).
    m_ui->nameLineEdit->setText(profile.name);
    m_ui->nameLineEdit->setReadOnly(!profile.name.isEmpty());
    m_ui->regionLineEdit->setText(profile.region);
    m_ui->endpointLineEdit->setText(profile.endpointUrl);
    m_ui->userPoolIdLineEdit->setText(profile.userPoolId);
    m_ui->clientIdLineEdit->setText(profile.clientId);
    m_ui->hostedUiDomainLineEdit->setText(profile.hostedUiDomain);
    m_ui->callbackUrlLineEdit->setText(profile.callbackUrl);
    m_ui->clientSecretLineEdit->clear();
    m_ui->clientSecretLineEdit->setPlaceholderText(
        profile.clientSecretStored ? tr("stored in the keychain; type to replace")
                                   : tr("none (public client)"));
    m_ui->secretAccessKeyLineEdit->clear();
    m_ui->secretAccessKeyLineEdit->setPlaceholderText(
        profile.secretAccessKeyStored ? tr("stored in the keychain; type to replace")
                                      : tr("Secret access key"));
    m_ui->accessKeyIdLineEdit->setText(profile.accessKeyId);
    m_ui->awsProfileComboBox->setCurrentText(profile.awsProfile);
    if (!profile.awsProfile.isEmpty())
        m_ui->awsProfileRadioButton->setChecked(true);
    else if (!profile.accessKeyId.isEmpty())
        m_ui->keychainRadioButton->setChecked(true);
    else
        m_ui->environmentRadioButton->setChecked(true);
    m_ui->deleteProfileButton->setEnabled(!profile.name.isEmpty());
    updateCredentialFields();
}

void ProfilesDialog::updateCredentialFields()
{
    m_ui->awsProfileComboBox->setEnabled(m_ui->awsProfileRadioButton->isChecked());
    m_ui->accessKeyIdLineEdit->setEnabled(m_ui->keychainRadioButton->isChecked());
    m_ui->secretAccessKeyLineEdit->setEnabled(m_ui->keychainRadioButton->isChecked());
}

secrets::Profile ProfilesDialog::editedProfile() const
{
    secrets::Profile profile;
    profile.name = m_ui->nameLineEdit->text().trimmed();
    profile.region = m_ui->regionLineEdit->text().trimmed();
    profile.endpointUrl = m_ui->endpointLineEdit->text().trimmed();
    profile.userPoolId = m_ui->userPoolIdLineEdit->text().trimmed();
    profile.clientId = m_ui->clientIdLineEdit->text().trimmed();
    profile.hostedUiDomain = m_ui->hostedUiDomainLineEdit->text().trimmed();
    profile.callbackUrl = m_ui->callbackUrlLineEdit->text().trimmed();
    if (m_ui->awsProfileRadioButton->isChecked())
        profile.awsProfile = m_ui->awsProfileComboBox->currentText().trimmed();
    else if (m_ui->keychainRadioButton->isChecked())
        profile.accessKeyId = m_ui->accessKeyIdLineEdit->text().trimmed();
    if (const auto saved = m_controller->load(profile.name)) {
        profile.secretAccessKeyStored = saved->secretAccessKeyStored;
        profile.clientSecretStored = saved->clientSecretStored;
    }
    return profile;
}

void ProfilesDialog::setMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ProfilesDialog::save()
{
    const secrets::Profile profile = editedProfile();
    if (m_current.isEmpty() && m_controller->names().contains(profile.name)) {
        setMessage(tr("A profile named %1 exists already.").arg(profile.name), true);
        return;
    }
    m_ui->saveButton->setEnabled(false);
    setMessage(tr("Saving…"), false);
    QPointer<ProfilesDialog> self(this);
    m_controller->save(profile, m_ui->secretAccessKeyLineEdit->text(),
                       m_ui->clientSecretLineEdit->text(), [self, profile](const QString &error) {
                           if (!self)
                               return;
                           self->m_ui->saveButton->setEnabled(true);
                           if (!error.isEmpty()) {
                               self->setMessage(error, true);
                               return;
                           }
                           self->selectProfile(profile.name);
                           self->setMessage(tr("Saved %1.").arg(profile.name), false);
                       });
}

void ProfilesDialog::removeCurrent()
{
    if (m_current.isEmpty())
        return;
    if (Interaction::current().question(
            this, tr("Delete profile"),
            tr("Delete the profile %1 and its keychain entries?").arg(m_current),
            true) != Interaction::Answer::Yes)
        return;
    QPointer<ProfilesDialog> self(this);
    m_controller->remove(m_current, [self](const QString &error) {
        if (!self)
            return;
        const QStringList names = self->m_controller->names();
        self->selectProfile(names.value(0));
        if (!error.isEmpty())
            self->setMessage(error, true);
    });
}

void ProfilesDialog::test()
{
    m_ui->testButton->setEnabled(false);
    m_ui->testResultLabel->setStyleSheet({});
    m_ui->testResultLabel->setText(tr("Testing…"));
    QPointer<ProfilesDialog> self(this);
    m_controller->test(editedProfile(), m_ui->secretAccessKeyLineEdit->text(),
                       [self](bool ok, const QString &message) {
                           if (!self)
                               return;
                           self->m_ui->testButton->setEnabled(true);
                           self->m_ui->testResultLabel->setStyleSheet(
                               ok ? QString() : QStringLiteral("color: #b00020;"));
                           self->m_ui->testResultLabel->setText(message);
                       });
}

void ProfilesDialog::retranslatePlaceholders()
{
    m_ui->awsProfileComboBox->lineEdit()->setPlaceholderText(tr("Choose an AWS profile…"));
}

void ProfilesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslatePlaceholders();
    }
    QDialog::changeEvent(event);
}

} // namespace cdesk::gui
