#include "pooldialog.h"

#include "ui_pooldialog.h"

#include "cognito/connection.h"
#include "gui/admin/admincontrollers.h"
#include "gui/admin/poolsettingsdialog.h"
#include "gui/interaction.h"

#include <QEvent>
#include <QJsonArray>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>

namespace cdesk::gui::admin {

namespace {

QString joined(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out.join(QLatin1String(", "));
}

} // namespace

PoolDialog::PoolDialog(std::shared_ptr<cognito::Connection> connection, QString poolId,
                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PoolDialog>())
    , m_connection(std::move(connection))
    , m_pool(new PoolController(m_connection, this))
    , m_domain(new DomainController(m_connection, this))
    , m_poolId(std::move(poolId))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("User pool %1").arg(m_poolId));
    m_ui->idLabel->setText(m_poolId);
    m_ui->statusWidget->attach(m_pool);
    m_ui->domainStatusWidget->attach(m_domain);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PoolDialog::reject);
    connect(m_ui->reloadButton, &QPushButton::clicked, this,
            [this] { m_pool->describe(m_poolId); });
    connect(m_pool, &PoolController::described, this, &PoolDialog::fill);
    connect(m_ui->editSettingsButton, &QPushButton::clicked, this, &PoolDialog::editSettings);
    connect(m_pool, &Controller::busyChanged, this, [this](bool busy) {
        m_ui->reloadButton->setEnabled(!busy);
        m_ui->editSettingsButton->setEnabled(!busy && m_described.has_value());
        updateDomainButtons();
    });
    connect(m_domain, &DomainController::described, this, &PoolDialog::showDomain);
    connect(m_domain, &DomainController::removed, this, [this] {
        m_currentDomain.clear();
        m_domainStatus.clear();
        m_ui->domainLabel->setText(tr("None"));
        m_ui->domainStatusWidget->showMessage(tr("Domain deleted."));
        Q_EMIT domainChanged();
        updateDomainButtons();
    });
    connect(m_domain, &DomainController::created, this,
            [this](const QString &domain, const QString &) {
                m_currentDomain = domain;
                m_ui->domainLineEdit->clear();
                m_ui->certificateArnLineEdit->clear();
                Q_EMIT domainChanged();
            });
    connect(m_domain, &Controller::busyChanged, this, &PoolDialog::updateDomainButtons);
    connect(m_domain, &Controller::succeeded, this, [this] {
        if (!m_domainStatus.isEmpty())
            m_ui->domainStatusWidget->showMessage(
                tr("Domain %1 is %2.").arg(m_currentDomain, m_domainStatus));
    });
    connect(m_ui->domainLineEdit, &QLineEdit::textChanged, this, &PoolDialog::updateDomainButtons);
    connect(m_ui->certificateArnLineEdit, &QLineEdit::textChanged, this,
            &PoolDialog::updateDomainButtons);
    connect(m_ui->createDomainButton, &QPushButton::clicked, this, &PoolDialog::createDomain);
    connect(m_ui->deleteDomainButton, &QPushButton::clicked, this, &PoolDialog::deleteDomain);
    updateDomainButtons();
    m_pool->describe(m_poolId);
}

PoolDialog::~PoolDialog() = default;

void PoolDialog::editSettings()
{
    if (!m_described)
        return;
    auto *dialog = new PoolSettingsDialog(m_connection, *m_described, this);
    dialog->setObjectName(QStringLiteral("poolSettingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PoolSettingsDialog::saved, this, [this](const cognito::UserPool &pool) {
        fill(pool);
        m_ui->statusWidget->showMessage(tr("Settings saved."));
        Q_EMIT settingsSaved();
    });
    dialog->open();
}

void PoolDialog::fill(const cognito::UserPool &pool)
{
    m_described = pool;
    m_ui->editSettingsButton->setEnabled(!m_pool->isBusy());
    const QJsonObject &json = pool.json;
    setWindowTitle(tr("User pool %1").arg(pool.name));
    m_ui->nameLabel->setText(pool.name);
    m_ui->idLabel->setText(pool.id);
    m_ui->arnLabel->setText(pool.arn);
    m_ui->createdLabel->setText(
        QLocale().toString(pool.creationDate.toLocalTime(), QLocale::ShortFormat));
    m_ui->usersLabel->setText(QLocale().toString(pool.estimatedNumberOfUsers));
    m_ui->usernameAttributesLabel->setText(
        pool.usernameAttributes.isEmpty()
            ? tr("Username")
            : tr("Username is the %1").arg(pool.usernameAttributes.join(QLatin1String(", "))));
    m_ui->autoVerifiedLabel->setText(pool.autoVerifiedAttributes.isEmpty()
                                         ? tr("None")
                                         : pool.autoVerifiedAttributes.join(QLatin1String(", ")));
    m_ui->mfaLabel->setText(json.value(QLatin1String("MfaConfiguration")).toString());
    m_ui->deletionProtectionLabel->setText(
        json.value(QLatin1String("DeletionProtection")).toString() == QLatin1String("ACTIVE")
            ? tr("On")
            : tr("Off"));
    const QJsonObject policy = json.value(QLatin1String("Policies"))
                                   .toObject()
                                   .value(QLatin1String("PasswordPolicy"))
                                   .toObject();
    QStringList requirements;
    if (policy.value(QLatin1String("RequireUppercase")).toBool())
        requirements << tr("uppercase");
    if (policy.value(QLatin1String("RequireLowercase")).toBool())
        requirements << tr("lowercase");
    if (policy.value(QLatin1String("RequireNumbers")).toBool())
        requirements << tr("numbers");
    if (policy.value(QLatin1String("RequireSymbols")).toBool())
        requirements << tr("symbols");
    m_ui->passwordPolicyLabel->setText(
        tr("At least %1 characters; %2; temporary passwords valid %3 days")
            .arg(policy.value(QLatin1String("MinimumLength")).toInt())
            .arg(requirements.isEmpty() ? tr("no character classes required")
                                        : requirements.join(QLatin1String(", ")))
            .arg(policy.value(QLatin1String("TemporaryPasswordValidityDays")).toInt()));

    const QJsonObject email = json.value(QLatin1String("EmailConfiguration")).toObject();
    const bool developer =
        email.value(QLatin1String("EmailSendingAccount")).toString() == QLatin1String("DEVELOPER");
    m_ui->emailSendingLabel->setText(developer ? tr("Amazon SES") : tr("Cognito's own mailer"));
    m_ui->sourceArnLabel->setText(email.value(QLatin1String("SourceArn")).toString());
    m_ui->fromLabel->setText(email.value(QLatin1String("From")).toString());
    m_ui->replyToLabel->setText(email.value(QLatin1String("ReplyToEmailAddress")).toString());
    m_ui->aliasAttributesLabel->setText(joined(json.value(QLatin1String("AliasAttributes"))));

    const QString domain = pool.customDomain.isEmpty() ? pool.domain : pool.customDomain;
    m_currentDomain = domain;
    if (domain.isEmpty()) {
        m_domainStatus.clear();
        m_ui->domainLabel->setText(tr("None"));
    } else {
        m_ui->domainLabel->setText(domain);
        m_domain->watch(domain);
    }
    updateDomainButtons();
}

void PoolDialog::showDomain(const cognito::DomainDescription &description)
{
    if (!description.exists()) {
        m_domainStatus.clear();
        m_ui->domainLabel->setText(m_currentDomain.isEmpty() ? tr("None") : m_currentDomain);
        return;
    }
    m_currentDomain = description.domain;
    m_domainStatus = description.status;
    const QString host =
        cognito::domainHostName(description.domain, m_connection->endpoint().region);
    QString text = tr("%1 — %2 (https://%3)").arg(description.domain, m_domainStatus, host);
    if (cognito::isCustomDomain(description.domain) &&
        !description.cloudFrontDistribution.isEmpty())
        text +=
            QLatin1Char('\n') + tr("Point a DNS alias for %1 at %2.")
                                    .arg(description.domain, description.cloudFrontDistribution);
    m_ui->domainLabel->setText(text);
    updateDomainButtons();
}

QString PoolDialog::domainValidationError() const
{
    const QString domain = m_ui->domainLineEdit->text().trimmed();
    const QString certificate = m_ui->certificateArnLineEdit->text().trimmed();
    if (domain.isEmpty())
        return tr("Enter a domain prefix (my-app) or a custom domain (auth.example.com).");
    if (cognito::isCustomDomain(domain)) {
        static const QRegularExpression host(
            QStringLiteral("^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"));
        if (!host.match(domain).hasMatch())
            return tr("%1 is not a host name (lowercase letters, digits, hyphens and dots).")
                .arg(domain);
        if (!certificate.startsWith(QLatin1String("arn:aws:acm:us-east-1:")))
            return tr("A custom domain needs the ARN of its ACM certificate in us-east-1.");
        return {};
    }
    static const QRegularExpression prefix(
        QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"));
    if (!prefix.match(domain).hasMatch())
        return tr("A domain prefix is 1 to 63 lowercase letters, digits and hyphens, not "
                  "starting or ending with a hyphen.");
    static const QRegularExpression reserved(QStringLiteral("aws|amazon|cognito"));
    if (reserved.match(domain).hasMatch())
        return tr("A domain prefix cannot contain aws, amazon or cognito.");
    if (!certificate.isEmpty())
        return tr("A certificate is only for a custom domain (one with dots).");
    return {};
}

void PoolDialog::updateDomainButtons()
{
    const bool busy = m_domain->isBusy() || m_pool->isBusy();
    const bool has = !m_currentDomain.isEmpty();
    const QString error = domainValidationError();
    m_ui->domainValidationLabel->setText(m_ui->domainLineEdit->text().isEmpty() ? QString()
                                                                                : error);
    m_ui->createDomainButton->setEnabled(!busy && !has && m_described && error.isEmpty());
    m_ui->domainLineEdit->setEnabled(!busy && !has);
    m_ui->certificateArnLineEdit->setEnabled(!busy && !has);
    m_ui->deleteDomainButton->setEnabled(!busy && has);
}

void PoolDialog::createDomain()
{
    if (!domainValidationError().isEmpty() || m_domain->isBusy())
        return;
    m_domain->create(m_poolId, m_ui->domainLineEdit->text().trimmed(),
                     m_ui->certificateArnLineEdit->text().trimmed());
}

void PoolDialog::deleteDomain()
{
    if (m_currentDomain.isEmpty() || m_domain->isBusy())
        return;
    const auto answer = Interaction::current().question(
        this, tr("Delete domain"),
        tr("Delete the hosted-UI domain %1? Sign-in pages on it stop working.")
            .arg(m_currentDomain),
        true);
    if (answer != Interaction::Answer::Yes)
        return;
    m_domain->remove(m_poolId, m_currentDomain);
}

void PoolDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_described)
            fill(*m_described);
    }
    QDialog::changeEvent(event);
}

} // namespace cdesk::gui::admin
