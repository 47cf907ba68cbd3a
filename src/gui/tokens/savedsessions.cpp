#include "savedsessions.h"

#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "gui/interaction.h"
#include "gui/tokens/tokenworkbenchcontroller.h"
#include "secrets/keychainstore.h"
#include "secrets/profile.h"

#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

#include <algorithm>

namespace cdesk::gui {

namespace {

enum Column
{
    UsernameColumn,
    ClientColumn,
    ExpiresColumn,
};

constexpr int KeyRole = Qt::UserRole; // the session's SessionKey::id()

// The SessionKey endpoint of a profile: its endpoint override, else "aws:<region>".
QString endpointOf(const QString &region, const QUrl &endpointUrl)
{
    return auth::SessionKey::make(endpointUrl, region, {}, {}).endpoint;
}

} // namespace

SavedSessions::SavedSessions(TokenWorkbenchController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_keychain(std::make_unique<secrets::KeychainStore>())
    , m_store(m_keychain.get(), &m_settings)
    , m_environmentLabel(new QLabel(this))
    , m_environmentComboBox(new QComboBox(this))
    , m_sessionsTreeWidget(new QTreeWidget(this))
    , m_tokenKindComboBox(new QComboBox(this))
    , m_usePushButton(new QPushButton(this))
    , m_copyPushButton(new QPushButton(this))
    , m_forgetPushButton(new QPushButton(this))
    , m_savePushButton(new QPushButton(this))
    , m_statusLabel(new QLabel(this))
{
    m_environmentLabel->setObjectName(QStringLiteral("environmentLabel"));
    m_environmentComboBox->setObjectName(QStringLiteral("environmentComboBox"));
    m_environmentLabel->setBuddy(m_environmentComboBox);
    m_sessionsTreeWidget->setObjectName(QStringLiteral("sessionsTreeWidget"));
    m_sessionsTreeWidget->setRootIsDecorated(false);
    m_sessionsTreeWidget->setUniformRowHeights(true);
    m_sessionsTreeWidget->setColumnCount(3);
    m_sessionsTreeWidget->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sessionsTreeWidget->setMaximumHeight(160);
    m_tokenKindComboBox->setObjectName(QStringLiteral("freshTokenComboBox"));
    m_usePushButton->setObjectName(QStringLiteral("useSessionPushButton"));
    m_copyPushButton->setObjectName(QStringLiteral("copyFreshTokenPushButton"));
    m_forgetPushButton->setObjectName(QStringLiteral("forgetSessionPushButton"));
    m_savePushButton->setObjectName(QStringLiteral("saveSessionPushButton"));
    m_statusLabel->setObjectName(QStringLiteral("sessionsStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_environmentLabel, 0, 0);
    layout->addWidget(m_environmentComboBox, 0, 1);
    layout->addWidget(m_sessionsTreeWidget, 1, 0, 1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_usePushButton);
    buttons->addWidget(m_tokenKindComboBox);
    buttons->addWidget(m_copyPushButton);
    buttons->addWidget(m_forgetPushButton);
    buttons->addStretch();
    buttons->addWidget(m_savePushButton);
    layout->addLayout(buttons, 2, 0, 1, 2);
    layout->addWidget(m_statusLabel, 3, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    // Tab goes as the eye reads: the environment, its sessions, then the buttons in a row.
    setTabOrder(m_environmentComboBox, m_sessionsTreeWidget);
    setTabOrder(m_sessionsTreeWidget, m_usePushButton);
    setTabOrder(m_usePushButton, m_tokenKindComboBox);
    setTabOrder(m_tokenKindComboBox, m_copyPushButton);
    setTabOrder(m_copyPushButton, m_forgetPushButton);
    setTabOrder(m_forgetPushButton, m_savePushButton);

    connect(m_environmentComboBox, &QComboBox::currentIndexChanged, this, &SavedSessions::reload);
    connect(m_sessionsTreeWidget, &QTreeWidget::itemSelectionChanged, this,
            &SavedSessions::updateButtons);
    connect(m_sessionsTreeWidget, &QTreeWidget::itemActivated, this, &SavedSessions::useSession);
    connect(m_usePushButton, &QPushButton::clicked, this, &SavedSessions::useSession);
    connect(m_copyPushButton, &QPushButton::clicked, this, &SavedSessions::copyFreshToken);
    connect(m_forgetPushButton, &QPushButton::clicked, this, &SavedSessions::forgetSession);
    connect(m_savePushButton, &QPushButton::clicked, this, &SavedSessions::saveSession);
    connect(m_controller, &TokenWorkbenchController::tokensChanged, this,
            &SavedSessions::updateButtons);
    connect(m_controller, &TokenWorkbenchController::busyChanged, this,
            &SavedSessions::updateButtons);

    retranslate();
}

SavedSessions::~SavedSessions() = default;

void SavedSessions::retranslate()
{
    m_environmentLabel->setText(tr("&Environment:"));
    m_environmentComboBox->setAccessibleName(tr("Environment"));
    m_environmentComboBox->setToolTip(tr("The profile whose endpoint's saved sessions are listed"));
    m_sessionsTreeWidget->setHeaderLabels({tr("User"), tr("App client"), tr("Expires")});
    m_sessionsTreeWidget->setAccessibleName(tr("Saved sessions"));
    const int kind = std::max(0, m_tokenKindComboBox->currentIndex());
    m_tokenKindComboBox->clear();
    // Short: on Linux a screen reader names a combo box by its current text, and the API
    // form's token picker already says "ID token".
    m_tokenKindComboBox->addItem(tr("ID"), int(TokenWorkbenchController::TokenKind::Id));
    m_tokenKindComboBox->addItem(tr("Access"), int(TokenWorkbenchController::TokenKind::Access));
    m_tokenKindComboBox->setCurrentIndex(kind);
    m_tokenKindComboBox->setAccessibleName(tr("Token to copy"));
    m_tokenKindComboBox->setToolTip(tr("Which token Copy fresh token copies"));
    m_usePushButton->setText(tr("&Use"));
    m_usePushButton->setAccessibleName(tr("Use the saved session"));
    m_copyPushButton->setText(tr("Copy &fresh token"));
    m_copyPushButton->setAccessibleName(tr("Copy a fresh token of the saved session"));
    m_forgetPushButton->setText(tr("For&get"));
    m_forgetPushButton->setAccessibleName(tr("Forget the saved session"));
    m_savePushButton->setText(tr("Sa&ve session"));
    m_savePushButton->setAccessibleName(tr("Save the session"));
    m_savePushButton->setToolTip(
        tr("Keep this sign-in in the keychain, where the CLI's token get USER finds it"));
    m_statusLabel->setAccessibleName(tr("Saved sessions status"));
    // The labels of the "this connection" item and the expiries are words too.
    fillEnvironments(m_environmentComboBox->currentIndex() >= 0
                         ? m_environmentComboBox->currentData().toString()
                         : m_currentProfile);
}

void SavedSessions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SavedSessions::setProfiles(const QList<secrets::Profile> &profiles, const QString &current)
{
    m_environments.clear();
    for (const secrets::Profile &profile : profiles) {
        const QUrl url =
            profile.endpointUrl.isEmpty() ? QUrl() : QUrl(profile.endpointUrl, QUrl::StrictMode);
        m_environments.append({profile.name, endpointOf(profile.region, url), profile.region, url});
    }
    m_currentProfile = current;
    fillEnvironments(current);
}

void SavedSessions::fillEnvironments(const QString &choose)
{
    {
        const QSignalBlocker blocker(m_environmentComboBox);
        m_environmentComboBox->clear();
        // A connection without a profile (the command line, the environment) is one too.
        if (m_currentProfile.isEmpty())
            m_environmentComboBox->addItem(tr("(this connection)"), QString());
        for (const Environment &environment : std::as_const(m_environments))
            m_environmentComboBox->addItem(
                tr("%1 (%2)").arg(environment.profile, environment.endpoint), environment.profile);
        const int chosen = m_environmentComboBox->findData(choose);
        m_environmentComboBox->setCurrentIndex(
            std::max(0, chosen >= 0 ? chosen : m_environmentComboBox->findData(m_currentProfile)));
    }
    reload();
}

const SavedSessions::Environment *SavedSessions::environment() const
{
    const QString profile = m_environmentComboBox->currentData().toString();
    for (const Environment &environment : m_environments) {
        if (environment.profile == profile && !profile.isEmpty())
            return &environment;
    }
    return nullptr; // the workbench's own connection
}

void SavedSessions::reload()
{
    const Environment *chosen = environment();
    const QString endpoint = chosen ? chosen->endpoint : m_controller->sessionEndpoint();
    const QString selected = m_sessionsTreeWidget->currentItem()
                                 ? m_sessionsTreeWidget->currentItem()->data(0, KeyRole).toString()
                                 : QString();
    m_sessionsTreeWidget->clear();
    if (!endpoint.isEmpty()) {
        const QDateTime now = Interaction::current().now();
        const QList<auth::SessionInfo> sessions = m_store.sessions();
        for (const auth::SessionInfo &session : sessions) {
            if (session.key.endpoint != endpoint)
                continue;
            QString expires;
            if (!session.expiresAt.isValid())
                expires = tr("unknown");
            else if (session.expiresAt <= now)
                expires = tr("expired at %1")
                              .arg(session.expiresAt.toUTC().toString(
                                  QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
            else
                expires =
                    session.expiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
            auto *item = new QTreeWidgetItem(m_sessionsTreeWidget,
                                             {session.key.username, session.key.clientId, expires});
            item->setData(0, KeyRole, session.key.id());
            item->setData(UsernameColumn, Qt::UserRole + 1, session.key.username);
            item->setData(ClientColumn, Qt::UserRole + 1, session.key.clientId);
            item->setData(ExpiresColumn, Qt::UserRole + 1, session.key.endpoint);
            if (session.key.id() == selected)
                m_sessionsTreeWidget->setCurrentItem(item);
        }
        m_sessionsTreeWidget->sortItems(UsernameColumn, Qt::AscendingOrder);
    }
    updateButtons();
}

std::optional<auth::SessionKey> SavedSessions::selectedKey() const
{
    const QList<QTreeWidgetItem *> items = m_sessionsTreeWidget->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const QTreeWidgetItem *item = items.first();
    auth::SessionKey key;
    key.username = item->data(UsernameColumn, Qt::UserRole + 1).toString();
    key.clientId = item->data(ClientColumn, Qt::UserRole + 1).toString();
    key.endpoint = item->data(ExpiresColumn, Qt::UserRole + 1).toString();
    return key;
}

void SavedSessions::updateButtons()
{
    const bool selected = selectedKey().has_value();
    m_usePushButton->setEnabled(!m_busy && selected && !m_controller->isBusy() &&
                                m_controller->connection());
    m_copyPushButton->setEnabled(!m_busy && selected);
    m_forgetPushButton->setEnabled(!m_busy && selected);
    m_savePushButton->setEnabled(!m_busy && m_controller->hasTokens() &&
                                 !m_controller->sessionKey().username.isEmpty());
}

QString SavedSessions::status() const
{
    return m_statusLabel->text();
}

void SavedSessions::report(bool ok, const QString &message)
{
    m_busy = false;
    m_statusLabel->setText(message);
    updateButtons();
    Q_EMIT finished(ok);
}

void SavedSessions::useSession()
{
    const auto key = selectedKey();
    if (!key || m_busy || !m_usePushButton->isEnabled())
        return;
    m_busy = true;
    updateButtons();
    aws::whenFinished(m_store.load(*key), this,
                      [this, key = *key](const aws::Result<auth::TokenSet> &loaded) {
                          if (!loaded) {
                              report(false, tr("Could not load the session of %1: %2")
                                                .arg(key.username, loaded.error().toString()));
                              return;
                          }
                          m_controller->useTokens(loaded.value(), key.username);
                          report(true, tr("Showing the saved session of %1.").arg(key.username));
                      });
}

std::optional<auth::RefreshMeans> SavedSessions::refreshMeans(const Environment &chosen,
                                                              const auth::TokenSet &expiring)
{
    std::shared_ptr<cognito::Connection> connection;
    if (chosen.profile.isEmpty() || chosen.endpoint == m_controller->sessionEndpoint()) {
        connection = m_controller->connection();
    } else {
        if (m_otherEndpoint != chosen.endpoint) {
            m_otherConnection.reset();
            cognito::ConnectionSettings settings;
            settings.region = chosen.region;
            settings.endpointUrl = chosen.endpointUrl;
            settings.profileName = chosen.profile;
            auto opened = cognito::Connection::open(settings);
            if (opened) {
                m_otherConnection = opened.value();
                m_otherEndpoint = chosen.endpoint;
            }
        }
        connection = m_otherConnection;
    }
    if (!connection)
        return std::nullopt;
    auth::RefreshMeans means;
    means.provider = connection->identityProvider();
    means.network = connection->client()->networkAccessManager();
    // A confidential client's secret: the workbench's, when it is the same client.
    const auto &client = m_controller->client();
    if (client && client->clientId == expiring.clientId())
        means.clientSecret = client->clientSecret;
    return means;
}

void SavedSessions::copyFreshToken()
{
    const auto key = selectedKey();
    if (!key || m_busy)
        return;
    const Environment *chosen = environment();
    const Environment current =
        chosen ? *chosen : Environment{QString(), m_controller->sessionEndpoint(), {}, {}};
    const auto kind =
        TokenWorkbenchController::TokenKind(m_tokenKindComboBox->currentData().toInt());
    m_busy = true;
    updateButtons();
    m_statusLabel->setText(tr("Getting a fresh token for %1...").arg(key->username));
    auto *watcher = new QFutureWatcher<auth::FreshSession>(this);
    connect(
        watcher, &QFutureWatcher<auth::FreshSession>::finished, this,
        [this, watcher, key = *key, kind] {
            watcher->deleteLater();
            if (watcher->future().resultCount() == 0) {
                report(false, tr("Getting a fresh token for %1 was canceled.").arg(key.username));
                return;
            }
            const auth::FreshSession session = watcher->future().result();
            if (!session.ok()) {
                QString why;
                switch (session.step) {
                case auth::FreshSessionStep::Load:
                    why = tr("Could not load the session of %1: %2");
                    break;
                case auth::FreshSessionStep::Means:
                case auth::FreshSessionStep::Refresh:
                    why = tr("The session of %1 expires soon and could not be refreshed (sign in "
                             "again): %2");
                    break;
                case auth::FreshSessionStep::Save:
                    why = tr("The session of %1 was refreshed but could not be saved: %2");
                    break;
                }
                report(false, why.arg(key.username, session.error.toString()));
                return;
            }
            const QString token = kind == TokenWorkbenchController::TokenKind::Id
                                      ? session.tokens->idToken
                                      : session.tokens->accessToken;
            if (token.isEmpty()) {
                report(false, kind == TokenWorkbenchController::TokenKind::Id
                                  ? tr("The session of %1 has no ID token.").arg(key.username)
                                  : tr("The session of %1 has no access token.").arg(key.username));
                return;
            }
            QGuiApplication::clipboard()->setText(token);
            reload(); // a refresh changed the expiry
            const QString what = kind == TokenWorkbenchController::TokenKind::Id
                                     ? tr("ID token")
                                     : tr("access token");
            report(
                true,
                session.refreshed()
                    ? tr("Refreshed the session of %1 and copied its %2.").arg(key.username, what)
                    : tr("Copied the %2 of %1.").arg(key.username, what));
        });
    watcher->setFuture(auth::freshSession(
        &m_store, *key, MinTtlSeconds,
        [this, current](const auth::TokenSet &expiring) { return refreshMeans(current, expiring); },
        Interaction::current().now()));
}

void SavedSessions::forgetSession()
{
    const auto key = selectedKey();
    if (!key || m_busy)
        return;
    const auto answer = Interaction::current().question(
        this, tr("Forget Session"),
        tr("Forget the saved session of %1 (app client %2)? Its tokens are removed from the "
           "keychain; the CLI cannot use it either.")
            .arg(key->username, key->clientId),
        true);
    if (answer != Interaction::Answer::Yes)
        return;
    m_busy = true;
    updateButtons();
    aws::whenFinished(m_store.remove(*key), this,
                      [this, key = *key](const aws::Result<aws::Empty> &removed) {
                          reload();
                          if (!removed)
                              report(false, tr("Could not forget the session of %1: %2")
                                                .arg(key.username, removed.error().toString()));
                          else
                              report(true, tr("Forgot the session of %1.").arg(key.username));
                      });
}

void SavedSessions::saveSession()
{
    const auth::SessionKey key = m_controller->sessionKey();
    if (m_busy || key.username.isEmpty() || !m_controller->hasTokens())
        return;
    m_busy = true;
    updateButtons();
    aws::whenFinished(m_store.save(key, m_controller->tokens()), this,
                      [this, key](const aws::Result<aws::Empty> &saved) {
                          if (!saved) {
                              report(false, tr("Could not save the session of %1: %2")
                                                .arg(key.username, saved.error().toString()));
                              return;
                          }
                          // Shown among the sessions of its own environment.
                          const Environment *chosen = environment();
                          if (chosen && chosen->endpoint != key.endpoint) {
                              const QSignalBlocker blocker(m_environmentComboBox);
                              m_environmentComboBox->setCurrentIndex(
                                  std::max(0, m_environmentComboBox->findData(m_currentProfile)));
                          }
                          reload();
                          report(true, tr("Saved the session of %1: the CLI's token get %1 "
                                          "--client-id %2 uses it.")
                                           .arg(key.username, key.clientId));
                      });
}

} // namespace cdesk::gui
