#include "tokenworkbench.h"

#include "ui_tokenworkbench.h"

#include "auth/oauth.h"
#include "auth/totp.h"
#include "gui/interaction.h"
#include "gui/tokens/savedsessions.h"
#include "gui/tokens/tokenworkbenchcontroller.h"
#include "gui/users/newpasswordform.h"
#include "models/claimsmodel.h"
#include "secrets/keychainstore.h"
#include "secrets/profile.h"

#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace cdesk::gui {

namespace {

using Method = TokenWorkbenchController::Method;
using TokenKind = TokenWorkbenchController::TokenKind;

// "1:02:03" or "2:03".
QString duration(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(rest, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(minutes).arg(rest, 2, 10, QLatin1Char('0'));
}

} // namespace

TokenWorkbench::TokenWorkbench(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TokenWorkbench>())
    , m_controller(new TokenWorkbenchController(this))
    , m_countdown(new QTimer(this))
{
    m_ui->setupUi(this);
    fillChoices();
    m_ui->idTreeView->setModel(m_controller->claims(TokenKind::Id));
    m_ui->accessTreeView->setModel(m_controller->claims(TokenKind::Access));
    for (QTreeView *view : {m_ui->idTreeView, m_ui->accessTreeView})
        view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->challengeGroupBox->hide();
    m_ui->busyProgressBar->hide();
    m_ui->errorLabel->hide();

    connect(m_controller, &TokenWorkbenchController::clientsChanged, this,
            &TokenWorkbench::fillClients);
    connect(m_controller, &TokenWorkbenchController::clientChanged, this,
            &TokenWorkbench::onClientChanged);
    connect(m_controller, &TokenWorkbenchController::hostedUiDomainChanged, this, [this] {
        if (m_profileDomain.isEmpty())
            m_ui->hostedUiDomainLineEdit->setText(m_controller->hostedUiDomain().toString());
    });
    connect(m_controller, &TokenWorkbenchController::busyChanged, this,
            &TokenWorkbench::onBusyChanged);
    connect(m_controller, &TokenWorkbenchController::errorChanged, this, &TokenWorkbench::onError);
    connect(m_controller, &TokenWorkbenchController::challengeRequested, this,
            &TokenWorkbench::onChallenge);
    connect(m_controller, &TokenWorkbenchController::tokensChanged, this,
            &TokenWorkbench::onTokensChanged);
    connect(m_controller, &TokenWorkbenchController::checkChanged, this,
            [this](TokenKind kind) { updateCheck(int(kind)); });
    connect(m_controller, &TokenWorkbenchController::apiResponded, this,
            [this](const TokenWorkbenchController::ApiResponse &response) {
                m_ui->responseStatusLabel->setText(
                    tr("HTTP %1 %2").arg(response.status).arg(response.reason));
                QStringList headers;
                for (const auto &[name, value] : response.headers)
                    headers.append(QString::fromLatin1(name) + QStringLiteral(": ") +
                                   QString::fromLatin1(value));
                m_ui->responseHeadersPlainTextEdit->setPlainText(headers.join(QLatin1Char('\n')));
                // JSON is shown indented; anything else as it came.
                const QJsonDocument json = QJsonDocument::fromJson(response.body);
                m_ui->responseBodyPlainTextEdit->setPlainText(
                    json.isNull() ? QString::fromUtf8(response.body)
                                  : QString::fromUtf8(json.toJson(QJsonDocument::Indented)));
            });
    connect(m_controller, &TokenWorkbenchController::hostedUiRequestRefused, this,
            [this](const QString &reason) {
                m_ui->statusLabel->setText(
                    tr("Refused a request on the redirect URI: %1").arg(reason));
            });

    connect(m_ui->clientComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_fillingClients)
            m_controller->selectClient(m_ui->clientComboBox->currentData().toString());
    });
    connect(m_ui->methodComboBox, &QComboBox::currentIndexChanged, this,
            &TokenWorkbench::onMethodChanged);
    connect(m_ui->signInPushButton, &QPushButton::clicked, this, &TokenWorkbench::signIn);
    connect(m_ui->passwordLineEdit, &QLineEdit::returnPressed, this, &TokenWorkbench::signIn);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, m_controller,
            &TokenWorkbenchController::cancel);
    connect(m_ui->newPasswordPushButton, &QPushButton::clicked, this,
            &TokenWorkbench::answerNewPassword);
    connect(m_ui->mfaPushButton, &QPushButton::clicked, this,
            [this] { m_controller->answerMfa(m_ui->mfaCodeLineEdit->text().trimmed()); });
    connect(m_ui->mfaCodeLineEdit, &QLineEdit::returnPressed, m_ui->mfaPushButton,
            &QPushButton::click);
    connect(m_ui->refreshPushButton, &QPushButton::clicked, m_controller,
            &TokenWorkbenchController::refresh);
    connect(m_ui->copyIdPushButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_controller->tokens().idToken); });
    connect(m_ui->copyAccessPushButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_controller->tokens().accessToken); });
    connect(m_ui->copyRefreshPushButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_controller->tokens().refreshToken); });
    connect(m_ui->sendPushButton, &QPushButton::clicked, this, &TokenWorkbench::send);
    connect(m_ui->copyCurlPushButton, &QPushButton::clicked, this, &TokenWorkbench::copyCurl);

    // The countdown follows the Interaction clock, so a test can move it.
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &TokenWorkbench::updateExpiry);

    buildExtras();
    onMethodChanged();
    onTokensChanged();
}

TokenWorkbench::~TokenWorkbench() = default;

void TokenWorkbench::buildExtras()
{
    // The saved sessions, below the sign-in they can stand in for.
    m_sessionsGroupBox = new QGroupBox(this);
    m_sessionsGroupBox->setObjectName(QStringLiteral("sessionsGroupBox"));
    auto *sessionsLayout = new QVBoxLayout(m_sessionsGroupBox);
    m_savedSessions = new SavedSessions(m_controller, m_sessionsGroupBox);
    m_savedSessions->setObjectName(QStringLiteral("savedSessions"));
    sessionsLayout->addWidget(m_savedSessions);
    m_ui->mainVerticalLayout->insertWidget(
        m_ui->mainVerticalLayout->indexOf(m_ui->signInGroupBox) + 1, m_sessionsGroupBox);
    // Tab reaches them after the sign-in's buttons, before a challenge below.
    QWidget *previous = m_ui->cancelPushButton;
    for (const char *name :
         {"environmentComboBox", "sessionsTreeWidget", "useSessionPushButton", "freshTokenComboBox",
          "copyFreshTokenPushButton", "forgetSessionPushButton", "saveSessionPushButton"}) {
        auto *next = m_savedSessions->findChild<QWidget *>(QString::fromLatin1(name));
        QWidget::setTabOrder(previous, next);
        previous = next;
    }

    // The TOTP code of a user whose secret is in the keychain, below the password.
    m_keychain = std::make_unique<secrets::KeychainStore>();
    m_totpLabel = new QLabel(m_ui->passwordPage);
    m_totpLabel->setObjectName(QStringLiteral("totpLabel"));
    m_totpWidget = new QWidget(m_ui->passwordPage);
    m_totpWidget->setObjectName(QStringLiteral("totpWidget"));
    auto *totpLayout = new QHBoxLayout(m_totpWidget);
    totpLayout->setContentsMargins(0, 0, 0, 0);
    m_totpCodeLabel = new QLabel(m_totpWidget);
    m_totpCodeLabel->setObjectName(QStringLiteral("totpCodeLabel"));
    m_totpCodeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = m_totpCodeLabel->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setBold(true);
    m_totpCodeLabel->setFont(mono);
    m_totpCountdownLabel = new QLabel(m_totpWidget);
    m_totpCountdownLabel->setObjectName(QStringLiteral("totpCountdownLabel"));
    m_copyTotpPushButton = new QPushButton(m_totpWidget);
    m_copyTotpPushButton->setObjectName(QStringLiteral("copyTotpPushButton"));
    totpLayout->addWidget(m_totpCodeLabel);
    totpLayout->addWidget(m_totpCountdownLabel);
    totpLayout->addWidget(m_copyTotpPushButton);
    totpLayout->addStretch();
    m_ui->passwordFormLayout->addRow(m_totpLabel, m_totpWidget);
    m_totpLabel->hide();
    m_totpWidget->hide();
    QWidget::setTabOrder(m_ui->passwordLineEdit, m_copyTotpPushButton);

    // The MFA challenge takes the same code.
    m_fillTotpPushButton = new QPushButton(m_ui->mfaPage);
    m_fillTotpPushButton->setObjectName(QStringLiteral("fillTotpPushButton"));
    m_ui->mfaFormLayout->insertRow(1, QString(), m_fillTotpPushButton);
    m_fillTotpPushButton->hide();
    QWidget::setTabOrder(m_ui->mfaCodeLineEdit, m_fillTotpPushButton);
    QWidget::setTabOrder(m_fillTotpPushButton, m_ui->mfaPushButton);

    m_totpTimer = new QTimer(this);
    m_totpTimer->setInterval(1000);
    connect(m_totpTimer, &QTimer::timeout, this, &TokenWorkbench::updateTotp);
    connect(m_copyTotpPushButton, &QPushButton::clicked, this, [this] {
        const QString code = totpCode();
        if (!code.isEmpty())
            QGuiApplication::clipboard()->setText(code);
    });
    connect(m_fillTotpPushButton, &QPushButton::clicked, this, [this] {
        const QString code = totpCode();
        if (!code.isEmpty())
            m_ui->mfaCodeLineEdit->setText(code);
    });
    connect(m_ui->usernameLineEdit, &QLineEdit::textChanged, this,
            &TokenWorkbench::lookUpTotpSecret);
    connect(m_controller, &TokenWorkbenchController::tokensChanged, this,
            &TokenWorkbench::lookUpTotpSecret);
    connect(m_controller, &TokenWorkbenchController::clientsChanged, this, [this] {
        // A new pool (or none): its sessions and its users' secrets.
        m_savedSessions->reload();
        lookUpTotpSecret();
    });
    // Identity-pool credentials, to sign the API request with (SigV4) instead of a token.
    auto *identityRow = new QWidget(m_ui->apiGroupBox);
    auto *identityLayout = new QHBoxLayout(identityRow);
    identityLayout->setContentsMargins(0, 0, 0, 0);
    m_identityPoolLabel = new QLabel(m_ui->apiGroupBox);
    m_identityPoolLineEdit = new QLineEdit(identityRow);
    m_identityPoolLineEdit->setObjectName(QStringLiteral("identityPoolLineEdit"));
    m_identityPoolLineEdit->setPlaceholderText(
        QStringLiteral("eu-west-1:00000000-0000-0000-0000-000000000000"));
    m_identityPoolLabel->setBuddy(m_identityPoolLineEdit);
    m_getCredentialsPushButton = new QPushButton(identityRow);
    m_getCredentialsPushButton->setObjectName(QStringLiteral("getCredentialsPushButton"));
    identityLayout->addWidget(m_identityPoolLineEdit, 1);
    identityLayout->addWidget(m_getCredentialsPushButton);
    m_identityCredentialsLabel = new QLabel(m_ui->apiGroupBox);
    m_identityCredentialsLabel->setObjectName(QStringLiteral("identityCredentialsLabel"));
    m_identityCredentialsLabel->setWordWrap(true);
    m_identityCredentialsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *sigv4Row = new QWidget(m_ui->apiGroupBox);
    auto *sigv4Layout = new QHBoxLayout(sigv4Row);
    sigv4Layout->setContentsMargins(0, 0, 0, 0);
    m_sigv4CheckBox = new QCheckBox(sigv4Row);
    m_sigv4CheckBox->setObjectName(QStringLiteral("sigv4CheckBox"));
    m_sigv4ServiceLineEdit = new QLineEdit(QStringLiteral("execute-api"), sigv4Row);
    m_sigv4ServiceLineEdit->setObjectName(QStringLiteral("sigv4ServiceLineEdit"));
    sigv4Layout->addWidget(m_sigv4CheckBox);
    sigv4Layout->addWidget(m_sigv4ServiceLineEdit);
    sigv4Layout->addStretch();
    const int tokenRow = 1; // the API form's Token row: these go below it
    m_ui->apiFormLayout->insertRow(tokenRow + 1, m_identityPoolLabel, identityRow);
    m_ui->apiFormLayout->insertRow(tokenRow + 2, QString(), m_identityCredentialsLabel);
    m_ui->apiFormLayout->insertRow(tokenRow + 3, QString(), sigv4Row);
    QWidget::setTabOrder(m_ui->bearerCheckBox, m_identityPoolLineEdit);
    QWidget::setTabOrder(m_identityPoolLineEdit, m_getCredentialsPushButton);
    QWidget::setTabOrder(m_getCredentialsPushButton, m_sigv4CheckBox);
    QWidget::setTabOrder(m_sigv4CheckBox, m_sigv4ServiceLineEdit);
    QWidget::setTabOrder(m_sigv4ServiceLineEdit, m_ui->apiHeadersPlainTextEdit);
    connect(m_getCredentialsPushButton, &QPushButton::clicked, this, [this] {
        m_controller->getIdentityCredentials(m_identityPoolLineEdit->text().trimmed());
    });
    connect(m_identityPoolLineEdit, &QLineEdit::returnPressed, m_getCredentialsPushButton,
            &QPushButton::click);
    connect(m_controller, &TokenWorkbenchController::identityCredentialsChanged, this,
            &TokenWorkbench::updateIdentityCredentials);
    connect(m_sigv4CheckBox, &QCheckBox::toggled, this, [this](bool signing) {
        // A signed request carries no token.
        m_ui->apiTokenComboBox->setEnabled(!signing);
        m_ui->bearerCheckBox->setEnabled(!signing);
        m_sigv4ServiceLineEdit->setEnabled(signing);
    });
    m_sigv4ServiceLineEdit->setEnabled(false);
    retranslateExtras();
}

void TokenWorkbench::updateIdentityCredentials()
{
    const auto &credentials = m_controller->identityCredentials();
    m_sigv4CheckBox->setEnabled(credentials.has_value());
    if (!credentials) {
        m_sigv4CheckBox->setChecked(false);
        m_identityCredentialsLabel->setText(
            tr("Sign in, then get the user's temporary AWS credentials from an identity pool "
               "to sign the request with them."));
        return;
    }
    const QString role = m_controller->identityRole().isEmpty()
                             ? tr("(the pool's roles could not be read)")
                             : m_controller->identityRole();
    m_identityCredentialsLabel->setText(
        tr("Identity %1, role %2, access key %3, expires %4.")
            .arg(credentials->identityId, role, credentials->credentials.accessKeyId,
                 QLocale().toString(credentials->credentials.expiration.toLocalTime(),
                                    QLocale::ShortFormat)));
}

void TokenWorkbench::retranslateExtras()
{
    m_sessionsGroupBox->setTitle(tr("Saved sessions"));
    m_totpLabel->setText(tr("TOTP code:"));
    m_totpCodeLabel->setAccessibleName(tr("Current TOTP code"));
    m_totpCountdownLabel->setAccessibleName(tr("TOTP code seconds left"));
    m_copyTotpPushButton->setText(tr("Copy c&ode"));
    m_copyTotpPushButton->setAccessibleName(tr("Copy the TOTP code"));
    m_fillTotpPushButton->setText(tr("&Fill the current TOTP code"));
    m_fillTotpPushButton->setAccessibleName(tr("Fill the current TOTP code"));
    m_identityPoolLabel->setText(tr("Ide&ntity pool:"));
    m_identityPoolLineEdit->setAccessibleName(tr("Identity pool"));
    m_getCredentialsPushButton->setText(tr("Get A&WS credentials"));
    m_getCredentialsPushButton->setAccessibleName(tr("Get AWS credentials from the identity pool"));
    m_identityCredentialsLabel->setAccessibleName(tr("AWS credentials"));
    m_sigv4CheckBox->setText(tr("Sign the re&quest with them (SigV4) for the service:"));
    m_sigv4CheckBox->setAccessibleName(tr("Sign the request with the AWS credentials"));
    m_sigv4ServiceLineEdit->setAccessibleName(tr("Service to sign for"));
    updateIdentityCredentials();
    updateTotp();
}

void TokenWorkbench::setProfiles(const QList<secrets::Profile> &profiles, const QString &current)
{
    m_savedSessions->setProfiles(profiles, current);
}

QString TokenWorkbench::totpCode() const
{
    if (m_totpKey.isEmpty())
        return {};
    return auth::totpCode(m_totpKey, Interaction::current().now().toSecsSinceEpoch());
}

void TokenWorkbench::lookUpTotpSecret()
{
    const int generation = ++m_totpGeneration;
    QString username = m_ui->usernameLineEdit->text().trimmed();
    if (username.isEmpty())
        username = m_controller->signedInAs();
    const QString endpoint = m_controller->sessionEndpoint();
    if (username.isEmpty() || endpoint.isEmpty() || m_controller->poolId().isEmpty()) {
        m_totpKey.clear();
        updateTotp();
        return;
    }
    auto *watcher = new QFutureWatcher<secrets::SecretResult>(this);
    connect(watcher, &QFutureWatcher<secrets::SecretResult>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                if (generation != m_totpGeneration)
                    return; // another user typed meanwhile
                const QFuture<secrets::SecretResult> done = watcher->future();
                std::optional<QByteArray> key;
                if (done.resultCount() > 0 && done.result().ok())
                    key = auth::base32Decode(done.result().value);
                m_totpKey = key ? *key : QByteArray();
                updateTotp();
            });
    watcher->setFuture(
        m_keychain->read(auth::totpSecretKey(endpoint, m_controller->poolId(), username)));
}

void TokenWorkbench::updateTotp()
{
    const bool known = !m_totpKey.isEmpty();
    m_totpLabel->setVisible(known);
    m_totpWidget->setVisible(known);
    const auto &challenge = m_controller->challenge();
    m_fillTotpPushButton->setVisible(known && challenge &&
                                     challenge->name == QLatin1String("SOFTWARE_TOKEN_MFA"));
    if (!known) {
        m_totpTimer->stop();
        m_totpCodeLabel->clear();
        m_totpCountdownLabel->clear();
        return;
    }
    if (!m_totpTimer->isActive())
        m_totpTimer->start();
    const qint64 now = Interaction::current().now().toSecsSinceEpoch();
    m_totpCodeLabel->setText(auth::totpCode(m_totpKey, now));
    m_totpCountdownLabel->setText(tr("%n second(s) left", nullptr, auth::totpSecondsLeft(now)));
}

void TokenWorkbench::fillChoices()
{
    const int method = m_ui->methodComboBox->currentIndex();
    m_ui->methodComboBox->clear();
    m_ui->methodComboBox->addItem(tr("Password (USER_PASSWORD_AUTH)"), int(Method::Password));
    m_ui->methodComboBox->addItem(tr("SRP (USER_SRP_AUTH)"), int(Method::Srp));
    m_ui->methodComboBox->addItem(tr("Admin (ADMIN_USER_PASSWORD_AUTH)"), int(Method::Admin));
    m_ui->methodComboBox->addItem(tr("Hosted UI, code + PKCE"), int(Method::HostedUiCode));
    m_ui->methodComboBox->addItem(tr("Hosted UI, implicit grant"), int(Method::HostedUiImplicit));
    m_ui->methodComboBox->addItem(tr("Token endpoint (HTTP Basic)"), int(Method::TokenEndpoint));
    // The client and the method decide what is sent: both start unchosen.
    m_ui->methodComboBox->setCurrentIndex(method);
    m_ui->methodComboBox->setPlaceholderText(tr("Choose a sign-in method…"));
    m_ui->clientComboBox->setPlaceholderText(tr("Choose an app client…"));

    const int token = m_ui->apiTokenComboBox->currentIndex();
    m_ui->apiTokenComboBox->clear();
    m_ui->apiTokenComboBox->addItem(tr("ID token"), int(TokenKind::Id));
    m_ui->apiTokenComboBox->addItem(tr("Access token"), int(TokenKind::Access));
    m_ui->apiTokenComboBox->setCurrentIndex(std::max(0, token));

    if (m_ui->apiMethodComboBox->count() == 0) {
        for (const char *verb : {"GET", "POST", "PUT", "PATCH", "DELETE"})
            m_ui->apiMethodComboBox->addItem(QString::fromLatin1(verb));
    }
}

void TokenWorkbench::setPool(std::shared_ptr<cognito::Connection> connection, const QString &poolId)
{
    m_ui->responseStatusLabel->clear();
    m_ui->responseHeadersPlainTextEdit->clear();
    m_ui->responseBodyPlainTextEdit->clear();
    m_controller->setPool(std::move(connection), poolId);
}

void TokenWorkbench::setHostedUiDefaults(const QUrl &domain, const QUrl &callbackUrl)
{
    m_profileDomain = domain;
    m_profileCallback = callbackUrl;
    m_ui->hostedUiDomainLineEdit->setText(
        (domain.isEmpty() ? m_controller->hostedUiDomain() : domain).toString());
    onClientChanged();
}

void TokenWorkbench::setBrowserOpener(std::function<void(const QUrl &)> opener)
{
    m_controller->setBrowserOpener(std::move(opener));
}

void TokenWorkbench::fillClients()
{
    const QString current = m_ui->clientComboBox->currentData().toString();
    {
        const QSignalBlocker blocker(m_ui->clientComboBox);
        m_fillingClients = true;
        m_ui->clientComboBox->clear();
        for (const auto &client : m_controller->clients())
            m_ui->clientComboBox->addItem(tr("%1 (%2)").arg(client.clientName, client.clientId),
                                          client.clientId);
        // The one chosen before, if the pool still has it; otherwise none.
        m_ui->clientComboBox->setCurrentIndex(
            current.isEmpty() ? -1 : m_ui->clientComboBox->findData(current));
        m_fillingClients = false;
    }
    m_controller->selectClient(m_ui->clientComboBox->currentData().toString());
    updateButtons();
}

void TokenWorkbench::onClientChanged()
{
    const auto &client = m_controller->client();
    if (!client) {
        // Described once chosen; nothing to say about no client.
        m_ui->clientInfoLabel->setText(m_ui->clientComboBox->currentIndex() >= 0 ? tr("Loading...")
                                                                                 : QString());
    } else {
        const QString kind =
            client->clientSecret.isEmpty()
                ? tr("Public client.")
                : tr("Confidential client: SECRET_HASH is sent with every request.");
        const QString flows = client->explicitAuthFlows.isEmpty()
                                  ? tr("default flows (SRP, refresh, custom)")
                                  : client->explicitAuthFlows.join(QStringLiteral(", "));
        const QString oauth =
            client->allowedOAuthFlowsUserPoolClient && !client->allowedOAuthFlows.isEmpty()
                ? client->allowedOAuthFlows.join(QStringLiteral(", "))
                : tr("none");
        m_ui->clientInfoLabel->setText(
            tr("%1 Flows: %2. Hosted-UI grants: %3.").arg(kind, flows, oauth));
    }
    // Redirect URIs the loopback receiver can serve, the profile's first.
    QStringList callbacks = m_controller->loopbackCallbacks();
    if (!m_profileCallback.isEmpty()) {
        callbacks.removeAll(m_profileCallback.toString());
        callbacks.prepend(m_profileCallback.toString());
    }
    m_ui->callbackComboBox->clear();
    m_ui->callbackComboBox->addItems(callbacks);
    updateButtons();
}

bool TokenWorkbench::isMethodChosen() const
{
    return m_ui->methodComboBox->currentIndex() >= 0;
}

bool TokenWorkbench::isHostedUiMethod() const
{
    if (!isMethodChosen())
        return false;
    const auto method = Method(m_ui->methodComboBox->currentData().toInt());
    return method == Method::HostedUiCode || method == Method::HostedUiImplicit;
}

void TokenWorkbench::onMethodChanged()
{
    m_ui->credentialsStackedWidget->setCurrentWidget(isHostedUiMethod() ? m_ui->hostedUiPage
                                                                        : m_ui->passwordPage);
    const bool tokenEndpoint =
        isMethodChosen() &&
        Method(m_ui->methodComboBox->currentData().toInt()) == Method::TokenEndpoint;
    m_ui->tokenEndpointLabel->setVisible(tokenEndpoint);
    m_ui->tokenEndpointLineEdit->setVisible(tokenEndpoint);
    updateButtons();
}

void TokenWorkbench::onBusyChanged(bool busy, const QString &what)
{
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->statusLabel->setText(what);
    updateButtons();
}

void TokenWorkbench::onError()
{
    const auto &error = m_controller->lastError();
    m_ui->errorLabel->setVisible(error.has_value());
    m_ui->errorLabel->setText(error ? tr("%1: %2").arg(error->type, error->message) : QString());
}

void TokenWorkbench::showLocalError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void TokenWorkbench::onChallenge()
{
    const auto &challenge = m_controller->challenge();
    if (!challenge) {
        m_ui->challengeGroupBox->hide();
        return;
    }
    m_ui->challengeGroupBox->show();
    const QString &name = challenge->name;
    if (name == QLatin1String("NEW_PASSWORD_REQUIRED")) {
        m_ui->challengeLabel->setText(
            tr("NEW_PASSWORD_REQUIRED: %1 signed in with a temporary password and has to choose "
               "a new one.")
                .arg(challenge->username));
        m_ui->challengeStackedWidget->setCurrentWidget(m_ui->newPasswordPage);
        m_ui->newPasswordForm->clear();
        m_ui->newPasswordForm->setRequiredAttributes(challenge->requiredAttributes);
        m_ui->newPasswordForm->setFocus();
    } else if (name == QLatin1String("SOFTWARE_TOKEN_MFA") || name == QLatin1String("SMS_MFA")) {
        const QString destination =
            challenge->parameters.value(QLatin1String("CODE_DELIVERY_DESTINATION")).toString();
        m_ui->challengeLabel->setText(
            name == QLatin1String("SMS_MFA")
                ? tr("SMS_MFA: enter the code sent to %1.").arg(destination)
                : tr("SOFTWARE_TOKEN_MFA: enter the code from the authenticator app."));
        m_ui->challengeStackedWidget->setCurrentWidget(m_ui->mfaPage);
        m_ui->mfaCodeLineEdit->clear();
        m_ui->mfaCodeLineEdit->setFocus();
        updateTotp(); // the code can be filled in when the secret is known
    } else {
        m_ui->challengeLabel->setText(
            tr("The service asks for %1, which the workbench cannot answer; use the CLI.")
                .arg(name));
        m_ui->challengeStackedWidget->hide();
        return;
    }
    m_ui->challengeStackedWidget->show();
}

void TokenWorkbench::answerNewPassword()
{
    const QStringList problems = m_ui->newPasswordForm->validate();
    if (!problems.isEmpty()) {
        showLocalError(problems.join(QLatin1Char('\n')));
        return;
    }
    m_controller->answerNewPassword(m_ui->newPasswordForm->newPassword(),
                                    m_ui->newPasswordForm->attributes());
}

void TokenWorkbench::signIn()
{
    if (m_controller->isBusy() || !m_ui->signInPushButton->isEnabled())
        return;
    const auto method = Method(m_ui->methodComboBox->currentData().toInt());
    if (isHostedUiMethod()) {
        QString domain = m_ui->hostedUiDomainLineEdit->text().trimmed();
        if (!domain.isEmpty() && !domain.contains(QLatin1String("://")))
            domain.prepend(QLatin1String("https://"));
        m_controller->signInWithHostedUi(
            method == Method::HostedUiCode ? auth::HostedUiGrant::Code
                                           : auth::HostedUiGrant::Implicit,
            QUrl(domain, QUrl::StrictMode),
            QUrl(m_ui->callbackComboBox->currentText().trimmed(), QUrl::StrictMode),
            m_ui->scopesLineEdit->text().split(QRegularExpression(QStringLiteral("[\\s,]+")),
                                               Qt::SkipEmptyParts));
        return;
    }
    if (method == Method::TokenEndpoint) {
        m_controller->signInAtTokenEndpoint(
            QUrl(m_ui->tokenEndpointLineEdit->text().trimmed(), QUrl::StrictMode),
            m_ui->usernameLineEdit->text().trimmed(), m_ui->passwordLineEdit->text());
        return;
    }
    m_controller->signIn(method, m_ui->usernameLineEdit->text().trimmed(),
                         m_ui->passwordLineEdit->text());
}

void TokenWorkbench::onTokensChanged()
{
    onChallenge();
    for (QTreeView *view : {m_ui->idTreeView, m_ui->accessTreeView})
        view->expandAll();
    updateCheck(int(TokenKind::Id));
    updateCheck(int(TokenKind::Access));
    if (m_controller->hasTokens()) {
        m_countdown->start();
        m_ui->passwordLineEdit->clear(); // no longer needed; do not keep it on screen
    } else {
        m_countdown->stop();
    }
    updateExpiry();
    updateButtons();
}

void TokenWorkbench::updateCheck(int kind)
{
    const auto tokenKind = TokenKind(kind);
    const auto &check = m_controller->check(tokenKind);
    QLabel *label = tokenKind == TokenKind::Id ? m_ui->idCheckLabel : m_ui->accessCheckLabel;
    using State = TokenWorkbenchController::Check::State;
    switch (check.state) {
    case State::None:
        label->setText(tokenKind == TokenKind::Id && m_controller->hasTokens()
                           ? tr("No ID token (the openid scope was not granted).")
                           : QString());
        break;
    case State::Checking:
        label->setText(tr("Checking the signature against the issuer's keys..."));
        break;
    case State::Valid:
        label->setText(tr("Valid: RS256 signature verified with the issuer's JWKS; iss, %1, "
                          "token_use and exp check out.")
                           .arg(tokenKind == TokenKind::Id ? QStringLiteral("aud")
                                                           : QStringLiteral("client_id")));
        break;
    case State::Invalid:
        label->setText(tr("Invalid (%1)").arg(check.reason));
        break;
    case State::Unchecked:
        label->setText(tr("Not checked: %1").arg(check.reason));
        break;
    }
}

void TokenWorkbench::updateExpiry()
{
    const QDateTime expiresAt = m_controller->tokens().expiresAt;
    if (!m_controller->hasTokens() || !expiresAt.isValid()) {
        m_ui->expiryLabel->clear();
        return;
    }
    const qint64 left = Interaction::current().now().secsTo(expiresAt);
    const QString at = expiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    m_ui->expiryLabel->setText(left > 0 ? tr("Expires in %1 (at %2).").arg(duration(left), at)
                                        : tr("Expired %1 ago (at %2).").arg(duration(-left), at));
}

void TokenWorkbench::updateButtons()
{
    const bool busy = m_controller->isBusy();
    const bool tokens = m_controller->hasTokens();
    // A token endpoint picks its own app client.
    const bool tokenEndpoint =
        isMethodChosen() &&
        Method(m_ui->methodComboBox->currentData().toInt()) == Method::TokenEndpoint;
    m_ui->signInPushButton->setEnabled(!busy && isMethodChosen() &&
                                       (tokenEndpoint || m_controller->client().has_value()));
    m_ui->cancelPushButton->setEnabled(busy);
    m_ui->newPasswordPushButton->setEnabled(!busy);
    m_ui->mfaPushButton->setEnabled(!busy);
    m_ui->refreshPushButton->setEnabled(!busy && m_controller->tokens().canRefresh());
    m_ui->copyIdPushButton->setEnabled(!m_controller->tokens().idToken.isEmpty());
    m_ui->copyAccessPushButton->setEnabled(!m_controller->tokens().accessToken.isEmpty());
    m_ui->copyRefreshPushButton->setEnabled(!m_controller->tokens().refreshToken.isEmpty());
    m_ui->sendPushButton->setEnabled(!busy && tokens);
    m_ui->copyCurlPushButton->setEnabled(tokens);
}

namespace {

// The API form as a request; false (with the offending line in *error) on a bad header.
bool readRequest(const Ui::TokenWorkbench &ui, const QCheckBox *sigv4, const QLineEdit *service,
                 TokenWorkbenchController::ApiRequest *request, QString *error)
{
    request->url = QUrl(ui.apiUrlLineEdit->text().trimmed(), QUrl::StrictMode);
    request->method = ui.apiMethodComboBox->currentText().trimmed().toUpper().toLatin1();
    request->token = TokenKind(ui.apiTokenComboBox->currentData().toInt());
    request->bearer = ui.bearerCheckBox->isChecked();
    request->sigv4 = sigv4->isChecked();
    request->service = service->text().trimmed();
    request->body = ui.apiBodyPlainTextEdit->toPlainText().toUtf8();
    const QStringList lines = ui.apiHeadersPlainTextEdit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *error = line;
            return false;
        }
        request->headers.append(
            {line.left(colon).trimmed().toUtf8(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    return true;
}

} // namespace

void TokenWorkbench::send()
{
    TokenWorkbenchController::ApiRequest request;
    QString badLine;
    if (!readRequest(*m_ui, m_sigv4CheckBox, m_sigv4ServiceLineEdit, &request, &badLine)) {
        showLocalError(tr("Headers take 'Name: value', one per line, not \"%1\".").arg(badLine));
        return;
    }
    m_ui->responseStatusLabel->clear();
    m_ui->responseHeadersPlainTextEdit->clear();
    m_ui->responseBodyPlainTextEdit->clear();
    m_controller->send(request);
}

void TokenWorkbench::copyCurl()
{
    TokenWorkbenchController::ApiRequest request;
    QString badLine;
    if (!readRequest(*m_ui, m_sigv4CheckBox, m_sigv4ServiceLineEdit, &request, &badLine)) {
        showLocalError(tr("Headers take 'Name: value', one per line, not \"%1\".").arg(badLine));
        return;
    }
    QGuiApplication::clipboard()->setText(m_controller->curlCommand(request));
}

void TokenWorkbench::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        onClientChanged();
        onChallenge();
        updateCheck(int(TokenKind::Id));
        updateCheck(int(TokenKind::Access));
        updateExpiry();
        onError();
        retranslateExtras();
    }
    QWidget::changeEvent(event);
}

} // namespace cdesk::gui
