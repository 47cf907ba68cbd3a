#include "clientdialog.h"

#include "ui_clientdialog.h"

#include "gui/admin/admincontrollers.h"

#include <QEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>

namespace cdesk::gui::admin {

namespace {

const QString cognitoProvider = QStringLiteral("COGNITO");

// Plain http is allowed for loopback addresses only, as the service and the hosted UI do.
bool isAcceptableRedirect(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.hasFragment())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() == QLatin1String("http"))
        return url.host() == QLatin1String("localhost") ||
               url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("::1");
    // Custom schemes of native apps (myapp://callback).
    return url.scheme() != QLatin1String("javascript") && url.scheme() != QLatin1String("file") &&
           url.scheme() != QLatin1String("data");
}

} // namespace

ClientDialog::ClientDialog(std::shared_ptr<cognito::Connection> connection, QString poolId,
                           QWidget *parent)
    : ClientDialog(std::move(connection), std::move(poolId), QString(), true, parent)
{
    // The service's defaults for a new client, shown so the user sees what they get.
    m_ui->userSrpCheckBox->setChecked(true);
    m_ui->refreshTokenCheckBox->setChecked(true);
    m_ui->cognitoIdpCheckBox->setChecked(true);
    updateButtons();
}

ClientDialog::ClientDialog(std::shared_ptr<cognito::Connection> connection, QString poolId,
                           QString clientId, QWidget *parent)
    : ClientDialog(std::move(connection), std::move(poolId), std::move(clientId), true, parent)
{
    m_ui->formWidget->setEnabled(false);
    m_controller->describe(m_poolId, m_clientId);
}

ClientDialog::ClientDialog(std::shared_ptr<cognito::Connection> connection, QString poolId,
                           QString clientId, bool, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ClientDialog>())
    , m_controller(new ClientController(std::move(connection), this))
    , m_poolId(std::move(poolId))
    , m_clientId(std::move(clientId))
{
    m_ui->setupUi(this);
    m_ui->statusWidget->attach(m_controller);
    m_ui->secretLineEdit->setVisible(false);
    m_ui->showSecretButton->setVisible(false);
    m_ui->clientIdLabel->setVisible(!isNew());
    m_ui->clientIdCaptionLabel->setVisible(!isNew());
    m_ui->generateSecretCheckBox->setEnabled(isNew());
    retranslate();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ClientDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ClientDialog::reject);
    connect(m_ui->showSecretButton, &QPushButton::clicked, this, [this] {
        if (!m_described)
            return;
        m_ui->secretLineEdit->setText(m_described->clientSecret);
        m_ui->secretLineEdit->setVisible(true);
        m_ui->showSecretButton->setVisible(false);
    });
    const auto changed = [this] {
        updateButtons();
    };
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->callbackUrlsPlainTextEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_ui->logoutUrlsPlainTextEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_ui->customScopesLineEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->generateSecretCheckBox, &QCheckBox::toggled, this, changed);
    connect(m_ui->cognitoIdpCheckBox, &QCheckBox::toggled, this, changed);
    for (const auto &group : {authFlowBoxes(), oauthFlowBoxes(), scopeBoxes()})
        for (const auto &[box, value] : group)
            connect(box, &QCheckBox::toggled, this, changed);
    connect(m_controller, &Controller::busyChanged, this, changed);
    connect(m_controller, &ClientController::described, this, &ClientDialog::fill);
    connect(m_controller, &ClientController::created, this,
            [this](const cognito::UserPoolClient &client) {
                Q_EMIT saved(client.clientId);
                QDialog::accept();
            });
    connect(m_controller, &ClientController::updated, this,
            [this](const cognito::UserPoolClient &client) {
                Q_EMIT saved(client.clientId);
                QDialog::accept();
            });
}

ClientDialog::~ClientDialog() = default;

QList<std::pair<QCheckBox *, QString>> ClientDialog::authFlowBoxes() const
{
    return {{m_ui->userPasswordCheckBox, QStringLiteral("ALLOW_USER_PASSWORD_AUTH")},
            {m_ui->adminUserPasswordCheckBox, QStringLiteral("ALLOW_ADMIN_USER_PASSWORD_AUTH")},
            {m_ui->userSrpCheckBox, QStringLiteral("ALLOW_USER_SRP_AUTH")},
            {m_ui->refreshTokenCheckBox, QStringLiteral("ALLOW_REFRESH_TOKEN_AUTH")},
            {m_ui->customAuthCheckBox, QStringLiteral("ALLOW_CUSTOM_AUTH")}};
}

QList<std::pair<QCheckBox *, QString>> ClientDialog::oauthFlowBoxes() const
{
    return {{m_ui->codeFlowCheckBox, QStringLiteral("code")},
            {m_ui->implicitFlowCheckBox, QStringLiteral("implicit")},
            {m_ui->clientCredentialsFlowCheckBox, QStringLiteral("client_credentials")}};
}

QList<std::pair<QCheckBox *, QString>> ClientDialog::scopeBoxes() const
{
    return {{m_ui->openidScopeCheckBox, QStringLiteral("openid")},
            {m_ui->emailScopeCheckBox, QStringLiteral("email")},
            {m_ui->phoneScopeCheckBox, QStringLiteral("phone")},
            {m_ui->profileScopeCheckBox, QStringLiteral("profile")},
            {m_ui->adminScopeCheckBox, QStringLiteral("aws.cognito.signin.user.admin")}};
}

QStringList ClientDialog::checkedValues(const QList<std::pair<QCheckBox *, QString>> &boxes) const
{
    QStringList out;
    for (const auto &[box, value] : boxes)
        if (box->isChecked())
            out.append(value);
    return out;
}

QStringList ClientDialog::lines(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    QStringList out = text.split(separators, Qt::SkipEmptyParts);
    out.removeDuplicates();
    return out;
}

QStringList ClientDialog::authFlows() const
{
    return checkedValues(authFlowBoxes()) + m_otherAuthFlows;
}

QStringList ClientDialog::oauthScopes() const
{
    QStringList scopes = checkedValues(scopeBoxes()) + lines(m_ui->customScopesLineEdit->text());
    scopes.removeDuplicates();
    return scopes;
}

QStringList ClientDialog::identityProviders() const
{
    QStringList providers = m_otherIdentityProviders;
    if (m_ui->cognitoIdpCheckBox->isChecked())
        providers.prepend(cognitoProvider);
    return providers;
}

void ClientDialog::fill(const cognito::UserPoolClient &client)
{
    m_described = client;
    m_ui->formWidget->setEnabled(true);
    m_ui->nameLineEdit->setText(client.clientName);
    m_ui->clientIdLabel->setText(client.clientId);
    m_ui->generateSecretCheckBox->setChecked(!client.clientSecret.isEmpty());
    m_ui->showSecretButton->setVisible(!client.clientSecret.isEmpty());
    m_otherAuthFlows.clear();
    for (const auto &[box, value] : authFlowBoxes())
        box->setChecked(client.explicitAuthFlows.contains(value));
    for (const QString &flow : client.explicitAuthFlows) {
        bool known = false;
        for (const auto &[box, value] : authFlowBoxes())
            known = known || value == flow;
        if (!known)
            m_otherAuthFlows.append(flow);
    }
    m_ui->otherAuthFlowsLabel->setText(m_otherAuthFlows.isEmpty()
                                           ? QString()
                                           : tr("Also allowed (kept as they are): %1")
                                                 .arg(m_otherAuthFlows.join(QLatin1String(", "))));
    m_ui->callbackUrlsPlainTextEdit->setPlainText(client.callbackUrls.join(QLatin1Char('\n')));
    m_ui->logoutUrlsPlainTextEdit->setPlainText(client.logoutUrls.join(QLatin1Char('\n')));
    for (const auto &[box, value] : oauthFlowBoxes())
        box->setChecked(client.allowedOAuthFlows.contains(value));
    QStringList customScopes = client.allowedOAuthScopes;
    for (const auto &[box, value] : scopeBoxes()) {
        box->setChecked(client.allowedOAuthScopes.contains(value));
        customScopes.removeAll(value);
    }
    m_ui->customScopesLineEdit->setText(customScopes.join(QLatin1Char(' ')));
    m_otherIdentityProviders = client.supportedIdentityProviders;
    m_otherIdentityProviders.removeAll(cognitoProvider);
    m_ui->cognitoIdpCheckBox->setChecked(
        client.supportedIdentityProviders.contains(cognitoProvider));
    updateButtons();
}

QString ClientDialog::validationError() const
{
    const QString name = m_ui->nameLineEdit->text();
    static const QRegularExpression namePattern(QStringLiteral("^[\\w\\s+=,.@-]+$"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    if (name.trimmed().isEmpty())
        return tr("Enter the app client's name.");
    if (name.size() > 128 || !namePattern.match(name).hasMatch())
        return tr("An app client name is 1 to 128 letters, digits, spaces or + = , . @ -.");
    for (const QString &url : lines(m_ui->callbackUrlsPlainTextEdit->toPlainText()))
        if (!isAcceptableRedirect(url))
            return tr("Callback URL %1 is not allowed: use https (http only for localhost), "
                      "without a fragment.")
                .arg(url);
    for (const QString &url : lines(m_ui->logoutUrlsPlainTextEdit->toPlainText()))
        if (!isAcceptableRedirect(url))
            return tr("Sign-out URL %1 is not allowed: use https (http only for localhost), "
                      "without a fragment.")
                .arg(url);
    const QStringList flows = checkedValues(oauthFlowBoxes());
    if (!flows.isEmpty()) {
        if (flows.contains(QLatin1String("client_credentials")) && flows.size() > 1)
            return tr("The client credentials flow cannot be combined with the code or implicit "
                      "grant.");
        if (flows.contains(QLatin1String("client_credentials")) &&
            !m_ui->generateSecretCheckBox->isChecked())
            return tr("The client credentials flow needs a client secret.");
        if (!flows.contains(QLatin1String("client_credentials")) &&
            lines(m_ui->callbackUrlsPlainTextEdit->toPlainText()).isEmpty())
            return tr("OAuth flows need at least one callback URL.");
        if (oauthScopes().isEmpty())
            return tr("OAuth flows need at least one scope.");
        if (identityProviders().isEmpty())
            return tr("OAuth flows need an identity provider (Cognito user pool).");
    }
    if (authFlows().isEmpty() && flows.isEmpty())
        return tr("Allow at least one authentication flow.");
    return {};
}

void ClientDialog::updateButtons()
{
    const bool busy = m_controller->isBusy();
    const bool ready = isNew() || m_described.has_value();
    const QString error = validationError();
    m_ui->validationLabel->setText(ready && !m_ui->nameLineEdit->text().isEmpty() ? error
                                                                                  : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy && ready && error.isEmpty());
    m_ui->formWidget->setEnabled(!busy && ready);
}

void ClientDialog::accept()
{
    if (m_controller->isBusy() || !validationError().isEmpty())
        return;
    const QStringList flows = checkedValues(oauthFlowBoxes());
    if (isNew()) {
        cognito::CreateUserPoolClientRequest request;
        request.clientName = m_ui->nameLineEdit->text().trimmed();
        request.generateSecret = m_ui->generateSecretCheckBox->isChecked();
        request.explicitAuthFlows = authFlows();
        request.callbackUrls = lines(m_ui->callbackUrlsPlainTextEdit->toPlainText());
        request.logoutUrls = lines(m_ui->logoutUrlsPlainTextEdit->toPlainText());
        request.allowedOAuthFlows = flows;
        request.allowedOAuthScopes = flows.isEmpty() ? QStringList() : oauthScopes();
        request.supportedIdentityProviders = identityProviders();
        m_controller->create(m_poolId, request);
        return;
    }
    if (!m_described)
        return;
    cognito::UserPoolClient client = *m_described;
    client.clientName = m_ui->nameLineEdit->text().trimmed();
    client.explicitAuthFlows = authFlows();
    client.callbackUrls = lines(m_ui->callbackUrlsPlainTextEdit->toPlainText());
    client.logoutUrls = lines(m_ui->logoutUrlsPlainTextEdit->toPlainText());
    client.allowedOAuthFlows = flows;
    client.allowedOAuthScopes = flows.isEmpty() ? QStringList() : oauthScopes();
    client.supportedIdentityProviders = identityProviders();
    client.allowedOAuthFlowsUserPoolClient = !flows.isEmpty();
    m_controller->update(client);
}

void ClientDialog::retranslate()
{
    setWindowTitle(isNew() ? tr("New app client") : tr("App client %1").arg(m_clientId));
    m_ui->poolLabel->setText(m_poolId);
    if (auto *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setText(isNew() ? tr("Create") : tr("Save"));
}

void ClientDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (m_described)
            m_ui->clientIdLabel->setText(m_described->clientId);
        updateButtons();
    }
    QDialog::changeEvent(event);
}

} // namespace cdesk::gui::admin
