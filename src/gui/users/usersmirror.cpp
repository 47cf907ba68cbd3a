#include "usersmirror.h"

#include "aws/awsjsonclient.h"
#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "gui/busyindicator.h"
#include "gui/interaction.h"
#include "gui/users/mirrorusersmodel.h"
#include "mirror/mirrorsync.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

namespace cdesk::gui {

namespace {

// The wait after the last key before the mirror is searched: a search per word, not per key.
constexpr int kSearchDelayMs = 200;
constexpr int kAgeUpdateMs = 60 * 1000;

// Cognito's user statuses, for the status facet.
const char *const statuses[] = {"UNCONFIRMED",           "CONFIRMED",        "ARCHIVED",
                                "COMPROMISED",           "UNKNOWN",          "RESET_REQUIRED",
                                "FORCE_CHANGE_PASSWORD", "EXTERNAL_PROVIDER"};

} // namespace

UsersMirror::UsersMirror(QWidget *window, QWidget *parent)
    : QWidget(parent)
    , m_window(window)
    , m_model(new MirrorUsersModel(this))
    , m_searchTimer(new QTimer(this))
    , m_searchRow(new QWidget(this))
    , m_searchLabel(new QLabel(m_searchRow))
    , m_searchEdit(new QLineEdit(m_searchRow))
    , m_statusLabel(new QLabel(m_searchRow))
    , m_statusCombo(new QComboBox(m_searchRow))
    , m_enabledLabel(new QLabel(m_searchRow))
    , m_enabledCombo(new QComboBox(m_searchRow))
    , m_groupLabel(new QLabel(m_searchRow))
    , m_groupCombo(new QComboBox(m_searchRow))
    , m_countLabel(new QLabel(this))
    , m_ageLabel(new QLabel(this))
    , m_syncButton(new QPushButton(this))
    , m_forgetButton(new QPushButton(this))
{
    m_searchEdit->setObjectName(QStringLiteral("mirrorSearchEdit"));
    m_statusCombo->setObjectName(QStringLiteral("mirrorStatusCombo"));
    m_enabledCombo->setObjectName(QStringLiteral("mirrorEnabledCombo"));
    m_groupCombo->setObjectName(QStringLiteral("mirrorGroupCombo"));
    m_countLabel->setObjectName(QStringLiteral("mirrorCountLabel"));
    m_ageLabel->setObjectName(QStringLiteral("mirrorAgeLabel"));
    m_syncButton->setObjectName(QStringLiteral("mirrorSyncButton"));
    m_forgetButton->setObjectName(QStringLiteral("mirrorForgetButton"));
    m_searchLabel->setBuddy(m_searchEdit);
    m_statusLabel->setBuddy(m_statusCombo);
    m_enabledLabel->setBuddy(m_enabledCombo);
    m_groupLabel->setBuddy(m_groupCombo);
    m_countLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The age (or a sync's failure) wraps rather than widen the users' column.
    m_ageLabel->setWordWrap(true);
    m_ageLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    // The search field on a line of its own, the facets under it: the users' column is narrow
    // beside the detail pane.
    auto *searchLayout = new QGridLayout(m_searchRow);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    auto *fieldLayout = new QHBoxLayout;
    fieldLayout->addWidget(m_searchLabel);
    fieldLayout->addWidget(m_searchEdit, 1);
    searchLayout->addLayout(fieldLayout, 0, 0);
    auto *facetLayout = new QHBoxLayout;
    for (const auto &[label, combo] :
         {std::pair{m_statusLabel, m_statusCombo}, std::pair{m_enabledLabel, m_enabledCombo},
          std::pair{m_groupLabel, m_groupCombo}}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        facetLayout->addWidget(label);
        facetLayout->addWidget(combo, 1);
    }
    searchLayout->addLayout(facetLayout, 1, 0);

    auto *stateLayout = new QHBoxLayout;
    stateLayout->addWidget(m_countLabel);
    stateLayout->addWidget(m_ageLabel, 1);
    stateLayout->addWidget(m_syncButton);
    stateLayout->addWidget(m_forgetButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_searchRow);
    layout->addLayout(stateLayout);

    // The mirror's age, kept current while the page is open.
    auto *ageTimer = new QTimer(this);
    ageTimer->setInterval(kAgeUpdateMs);
    connect(ageTimer, &QTimer::timeout, this, [this] {
        if (isActive())
            updateState();
    });
    ageTimer->start();
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &UsersMirror::search);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty() && !m_searchEdit->isClearButtonEnabled())
            m_searchEdit->setClearButtonEnabled(true);
        m_searchTimer->start();
    });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &UsersMirror::search);
    for (QComboBox *facet : {m_statusCombo, m_enabledCombo, m_groupCombo})
        connect(facet, &QComboBox::currentIndexChanged, this, &UsersMirror::search);
    connect(m_model, &MirrorUsersModel::searched, this, &UsersMirror::updateState);
    connect(m_syncButton, &QPushButton::clicked, this, &UsersMirror::sync);
    connect(m_forgetButton, &QPushButton::clicked, this, &UsersMirror::forget);

    retranslate();
    updateState();
}

UsersMirror::~UsersMirror()
{
    // No reset of the model here: the window that listens to it is being destroyed.
    cancelSync();
}

void UsersMirror::setBusyIndicator(BusyIndicator *indicator)
{
    m_busy = indicator;
}

QString UsersMirror::path() const
{
    if (!m_connection || m_poolId.isEmpty())
        return {};
    const aws::ServiceEndpoint &endpoint = m_connection->identityProvider()->client()->endpoint();
    return mirror::mirrorPath(mirror::defaultFolder(),
                              mirror::MirrorKey{endpoint.url, endpoint.region, m_poolId});
}

void UsersMirror::setPool(std::shared_ptr<cognito::Connection> connection, const QString &poolId)
{
    cancelSync();
    close();
    m_connection = std::move(connection);
    m_poolId = poolId;
    m_message.clear();
    m_searchEdit->clear();
    m_statusCombo->setCurrentIndex(0);
    m_enabledCombo->setCurrentIndex(0);
    open();
}

void UsersMirror::open()
{
    // A refreshed mirror takes the old one's place with no step back to the server's pages.
    const bool wasActive = isActive();
    const QString file = path();
    std::unique_ptr<mirror::Mirror> opened;
    if (!file.isEmpty() && QFile::exists(file)) {
        auto result = mirror::Mirror::open(file);
        if (result)
            opened = std::move(result.value());
    }
    m_model->setMirror(opened.get());
    m_mirror = std::move(opened);
    fillChoices();
    if (m_mirror)
        search();
    updateState();
    if (wasActive != isActive())
        Q_EMIT activeChanged(isActive());
}

void UsersMirror::close()
{
    if (!m_mirror)
        return;
    m_model->setMirror(nullptr);
    m_mirror.reset();
    updateState();
    Q_EMIT activeChanged(false);
}

void UsersMirror::fillChoices()
{
    // Refilled quietly: the search changes only if the group chosen is gone.
    const QString group = m_groupCombo->currentData().toString();
    {
        const QSignalBlocker quiet(m_groupCombo);
        m_groupCombo->clear();
        m_groupCombo->addItem(tr("Any group"), QString());
        if (m_mirror)
            for (const QString &name : m_mirror->groupNames())
                m_groupCombo->addItem(name, name);
        m_groupCombo->setCurrentIndex(std::max(0, m_groupCombo->findData(group)));
    }
    if (m_groupCombo->currentData().toString() != group)
        search();
}

void UsersMirror::search()
{
    m_searchTimer->stop();
    if (!m_mirror)
        return;
    mirror::Query query;
    query.text = m_searchEdit->text().trimmed();
    query.status = m_statusCombo->currentData().toString();
    const QString enabled = m_enabledCombo->currentData().toString();
    if (!enabled.isEmpty())
        query.enabled = enabled == QLatin1String("true");
    query.group = m_groupCombo->currentData().toString();
    m_model->setQuery(query);
}

void UsersMirror::updateState()
{
    const bool active = isActive();
    m_searchRow->setVisible(active);
    m_countLabel->setVisible(active);
    m_forgetButton->setVisible(active);
    m_syncButton->setEnabled(m_connection && !m_poolId.isEmpty() && !isSyncing());
    m_syncButton->setText(active ? tr("Refresh &local copy") : tr("Sync &local copy"));
    if (!active) {
        m_ageLabel->setText(m_message.isEmpty()
                                ? tr("No local copy of this pool: the list pages the server.")
                                : m_message);
        return;
    }
    const qint64 total = m_mirror->userCount();
    m_countLabel->setText(
        m_model->lastError().isEmpty()
            ? tr("%L1 of %Ln users", nullptr, static_cast<int>(total)).arg(m_model->rowCount())
            : tr("Search failed: %1").arg(m_model->lastError()));
    const QDateTime synced = m_mirror->syncedAt();
    const qint64 seconds = std::max<qint64>(0, synced.secsTo(Interaction::current().now()));
    QString age;
    if (seconds < 60)
        age = tr("less than a minute ago");
    else if (seconds < 3600)
        age = tr("%n minute(s) ago", nullptr, static_cast<int>(seconds / 60));
    else if (seconds < 86400)
        age = tr("%n hour(s) ago", nullptr, static_cast<int>(seconds / 3600));
    else
        age = tr("%n day(s) ago", nullptr, static_cast<int>(seconds / 86400));
    QString text = tr("Mirror from %1 (%2)")
                       .arg(QLocale().toString(synced.toLocalTime(), QLocale::ShortFormat), age);
    if (!m_message.isEmpty())
        text += u' ' + m_message;
    m_ageLabel->setText(text);
}

QJsonObject UsersMirror::user(const QString &username) const
{
    if (!m_mirror || username.isEmpty())
        return {};
    const int row = m_model->rowOf(username);
    if (row >= 0)
        return m_model->user(row).json;
    mirror::Query query;
    query.conditions = {{QStringLiteral("username"), username, false}};
    query.limit = 1;
    const auto found = m_mirror->search(query);
    return found && !found.value().isEmpty() ? found.value().first().json : QJsonObject();
}

void UsersMirror::wroteThrough(const aws::Result<aws::Empty> &result)
{
    if (!result) {
        // A mirror that missed a change would show what is no longer so: drop it.
        const QString file = path();
        close();
        QFile::remove(file);
        m_message = tr("The local copy could not be updated (%1) and was removed; sync again.")
                        .arg(result.error().message);
        updateState();
        return;
    }
    fillChoices();
    m_model->refresh();
}

void UsersMirror::userChanged(const QJsonObject &listedUser)
{
    if (m_mirror)
        wroteThrough(m_mirror->upsertUser(listedUser));
}

void UsersMirror::userRemoved(const QString &username)
{
    if (m_mirror)
        wroteThrough(m_mirror->removeUser(username));
}

void UsersMirror::membershipChanged(const QString &username, const QString &group, bool member)
{
    if (!m_mirror)
        return;
    if (user(username).isEmpty()) {
        // As the CLI: a membership of a user the mirror lacks cannot be written through.
        wroteThrough(aws::AwsError::local(QStringLiteral("MirrorMissingUser"),
                                          tr("%1 is not in the local copy").arg(username)));
        return;
    }
    wroteThrough(m_mirror->setMembership(username, group, member));
}

void UsersMirror::sync()
{
    if (!m_connection || m_poolId.isEmpty() || m_sync)
        return;
    m_message.clear();
    auto *sync = new mirror::MirrorSync(m_connection->identityProvider(), path(), this);
    m_sync = sync;
    const QString poolId = m_poolId;
    const QString text = tr("Syncing the local copy of %1…").arg(poolId);
    connect(sync, &mirror::MirrorSync::progress, this,
            [this, text, ranged = false](const mirror::SyncProgress &progress) mutable {
                if (!m_busy)
                    return;
                if (!ranged && progress.estimatedUsers > 0) {
                    ranged = true;
                    m_busy->start(text, static_cast<int>(progress.estimatedUsers),
                                  [this] { cancelSync(); });
                }
                if (ranged)
                    m_busy->setProgress(
                        static_cast<int>(std::min(progress.users, progress.estimatedUsers)));
            });
    if (m_busy)
        m_busy->start(text, 0, [this] { cancelSync(); });
    m_syncFuture = sync->run(poolId);
    updateState();
    aws::whenFinished(m_syncFuture, this,
                      [this, sync, poolId](const aws::Result<mirror::SyncSummary> &result) {
                          if (m_sync == sync)
                              m_sync = nullptr;
                          sync->deleteLater();
                          if (m_busy)
                              m_busy->finish();
                          if (poolId != m_poolId) {
                              updateState();
                              return; // another pool is shown now
                          }
                          QString error;
                          if (!result) {
                              error = result.error().kind == aws::ErrorKind::Canceled
                                          ? tr("Sync canceled; the local copy is as it was.")
                                          : tr("Sync failed (%1); the local copy is as it was.")
                                                .arg(result.error().toString());
                              m_message = error;
                              updateState();
                          } else {
                              open();
                          }
                          Q_EMIT syncFinished(result.ok(), error);
                      });
}

void UsersMirror::cancelSync()
{
    if (m_sync)
        m_syncFuture.cancel();
}

void UsersMirror::forget()
{
    if (!m_connection || m_poolId.isEmpty())
        return;
    if (Interaction::current().question(
            m_window, tr("Forget local data"),
            tr("Delete the local copy of the users of %1? Searching needs a new sync then.")
                .arg(m_poolId),
            true) != Interaction::Answer::Yes)
        return;
    cancelSync();
    const aws::ServiceEndpoint &endpoint = m_connection->identityProvider()->client()->endpoint();
    close();
    m_message.clear();
    if (!mirror::forget(mirror::defaultFolder(),
                        mirror::MirrorKey{endpoint.url, endpoint.region, m_poolId}))
        m_message = tr("The local copy could not be deleted.");
    updateState();
}

void UsersMirror::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void UsersMirror::retranslate()
{
    m_searchLabel->setText(tr("Search the local &copy:"));
    m_searchEdit->setAccessibleName(tr("Search the local copy"));
    m_searchEdit->setAccessibleDescription(
        tr("Username or any attribute value; results as you type"));
    m_searchEdit->setPlaceholderText(tr("username or any attribute value"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_statusCombo->setAccessibleName(tr("Status"));
    m_enabledLabel->setText(tr("E&nabled:"));
    m_enabledCombo->setAccessibleName(tr("Enabled"));
    m_groupLabel->setText(tr("&Group:"));
    m_groupCombo->setAccessibleName(tr("Group"));
    m_countLabel->setAccessibleName(tr("Users found"));
    m_ageLabel->setAccessibleName(tr("Local copy"));
    m_syncButton->setAccessibleName(tr("Sync local copy"));
    m_forgetButton->setText(tr("&Forget local data"));
    m_forgetButton->setAccessibleName(tr("Forget local data"));

    const QSignalBlocker quietStatus(m_statusCombo);
    const QSignalBlocker quietEnabled(m_enabledCombo);
    const int status = std::max(0, m_statusCombo->currentIndex());
    m_statusCombo->clear();
    m_statusCombo->addItem(tr("Any status"), QString());
    for (const char *name : statuses)
        m_statusCombo->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_statusCombo->setCurrentIndex(status);
    const int enabled = std::max(0, m_enabledCombo->currentIndex());
    m_enabledCombo->clear();
    m_enabledCombo->addItem(tr("Enabled or not"), QString());
    m_enabledCombo->addItem(tr("Enabled"), QStringLiteral("true"));
    m_enabledCombo->addItem(tr("Disabled"), QStringLiteral("false"));
    m_enabledCombo->setCurrentIndex(enabled);
    if (m_groupCombo->count() > 0)
        m_groupCombo->setItemText(0, tr("Any group"));
}

void UsersMirror::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateState();
    }
    QWidget::changeEvent(event);
}

} // namespace cdesk::gui
