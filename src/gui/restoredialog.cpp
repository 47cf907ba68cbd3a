#include "restoredialog.h"

#include "ui_restoredialog.h"

#include "gui/interaction.h"

#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>

namespace cdesk::gui {

RestoreDialog::RestoreDialog(const cognito::Backup &backup, const QString &path,
                             const QString &selectedPoolId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RestoreDialog>())
    , m_backup(backup)
    , m_path(path)
    , m_selectedPoolId(selectedPoolId)
{
    m_ui->setupUi(this);
    m_ui->intoPoolRadioButton->setEnabled(!m_selectedPoolId.isEmpty());
    // A name to start from: the backed-up pool's, marked as restored.
    const QString oldName = m_backup.pool.value(QLatin1String("Name")).toString();
    if (!oldName.isEmpty())
        m_ui->newPoolLineEdit->setText(tr("%1-restored").arg(oldName));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    for (QRadioButton *radio : {m_ui->intoPoolRadioButton, m_ui->newPoolRadioButton,
                                m_ui->generateRadioButton, m_ui->suppressRadioButton})
        connect(radio, &QRadioButton::toggled, this, &RestoreDialog::updateState);
    connect(m_ui->newPoolLineEdit, &QLineEdit::textChanged, this, &RestoreDialog::updateState);
    connect(m_ui->passwordsFileLineEdit, &QLineEdit::textChanged, this,
            &RestoreDialog::updateState);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &RestoreDialog::browse);
    retranslate();
    updateState();
}

RestoreDialog::~RestoreDialog() = default;

cognito::RestoreOptions RestoreDialog::options() const
{
    cognito::RestoreOptions options;
    if (m_ui->newPoolRadioButton->isChecked())
        options.newPoolName = m_ui->newPoolLineEdit->text().trimmed();
    else
        options.intoPool = m_selectedPoolId;
    options.generatePasswords = m_ui->generateRadioButton->isChecked();
    if (options.generatePasswords)
        options.passwordsOut =
            QFileInfo(m_ui->passwordsFileLineEdit->text().trimmed()).absoluteFilePath();
    options.suppressMessage = m_ui->suppressRadioButton->isChecked();
    return options;
}

QString RestoreDialog::validationError() const
{
    if (m_ui->newPoolRadioButton->isChecked() && m_ui->newPoolLineEdit->text().trimmed().isEmpty())
        return tr("Enter the new pool's name.");
    if (m_ui->intoPoolRadioButton->isChecked() && m_selectedPoolId.isEmpty())
        return tr("Select a pool in the window first, or restore into a new pool.");
    if (m_ui->generateRadioButton->isChecked()) {
        const QString file = m_ui->passwordsFileLineEdit->text().trimmed();
        if (file.isEmpty())
            return tr("Choose the file the generated passwords are written to.");
        if (QFile::exists(file))
            return tr("%1 exists: the passwords file is never overwritten.").arg(file);
    }
    return {};
}

void RestoreDialog::accept()
{
    if (!validationError().isEmpty())
        return;
    QDialog::accept();
}

void RestoreDialog::updateState()
{
    m_ui->newPoolLineEdit->setEnabled(m_ui->newPoolRadioButton->isChecked());
    const bool generate = m_ui->generateRadioButton->isChecked();
    m_ui->passwordsFileLineEdit->setEnabled(generate);
    m_ui->browseButton->setEnabled(generate);
    m_ui->passwordsFileCaptionLabel->setEnabled(generate);
    const QString error = validationError();
    m_ui->validationLabel->setText(error);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

void RestoreDialog::browse()
{
    const QString path = Interaction::current().saveFileName(
        this, tr("Passwords file"), QStringLiteral("passwords.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_ui->passwordsFileLineEdit->setText(path);
}

void RestoreDialog::retranslate()
{
    m_ui->summaryLabel->setText(
        tr("%1: pool %2 (%3), backed up %4, with %n user(s), %5 group(s) and %6 app client(s).",
           nullptr, static_cast<int>(m_backup.users.size()))
            .arg(m_path, m_backup.userPoolId, m_backup.region,
                 QLocale().toString(m_backup.created.toLocalTime(), QLocale::ShortFormat))
            .arg(m_backup.groups.size())
            .arg(m_backup.clients.size()));
    m_ui->intoPoolRadioButton->setText(m_selectedPoolId.isEmpty()
                                           ? tr("The &selected pool (none is selected)")
                                           : tr("The &selected pool, %1 (users already in it are "
                                                "skipped)")
                                                 .arg(m_selectedPoolId));
}

void RestoreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updateState();
    }
    QDialog::changeEvent(event);
}

} // namespace cdesk::gui
