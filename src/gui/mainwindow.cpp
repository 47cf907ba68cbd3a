#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "aws/credentialsprovider.h"
#include "aws/future.h"
#include "cognito/bulkjob.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "gui/backupcontroller.h"
#include "gui/busyindicator.h"
#include "gui/interaction.h"
#include "gui/languageswitcher.h"
#include "gui/listpage.h"
#include "gui/navigation.h"
#include "gui/profiles/profilescontroller.h"
#include "gui/profiles/profilesdialog.h"
#include "gui/profileswitcher.h"
#include "gui/sectionpages.h"
#include "gui/tokens/tokenworkbench.h"
#include "gui/userdetailpane.h"
#include "gui/users/usersmirror.h"
#include "gui/userscontroller.h"
#include "models/listings.h"
#include "models/pagedlistmodel.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>

namespace cdesk::gui {

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString windowStateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/splitter");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_languageSwitcher(new LanguageSwitcher(this))
    , m_profiles(new ProfilesController(this))
    , m_poolsModel(models::createPoolsModel(this))
    , m_profileComboBox(new ProfileSwitcher(this))
    , m_endpointLabel(new QLabel(this))
    , m_regionLabel(new QLabel(this))
    , m_credentialsLabel(new QLabel(this))
    , m_busyIndicator(new BusyIndicator(this))
    , m_backups(new BackupController(this, m_busyIndicator, this))
{
    m_ui->setupUi(this);
    m_ui->connectionErrorLabel->hide();
    setUpActions();

    // The profile switcher leads the toolbar.
    m_profileComboBox->setObjectName(QStringLiteral("profileComboBox"));
    m_profileComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->mainToolBar->insertWidget(m_ui->profilesAction, m_profileComboBox);
    // Put into the toolbar, it went to the end of the tab order: it is first, at the top.
    QWidget::setTabOrder(m_profileComboBox, m_ui->navigationTreeView);
    // Only Enter or a click in its list switches: arrow keys over it merely show the others.
    connect(m_profileComboBox, &ProfileSwitcher::profileChosen, this, [this](const QString &name) {
        if (!name.isEmpty() && name != m_profileName)
            openProfile(name);
    });
    connect(m_profiles, &ProfilesController::profilesChanged, this,
            &MainWindow::fillProfileSwitcher);
    connect(m_profiles, &ProfilesController::profilesChanged, this,
            &MainWindow::updateWorkbenchProfiles);

    m_endpointLabel->setObjectName(QStringLiteral("endpointLabel"));
    m_regionLabel->setObjectName(QStringLiteral("regionLabel"));
    m_credentialsLabel->setObjectName(QStringLiteral("credentialsLabel"));
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    statusBar()->addWidget(m_busyIndicator);
    statusBar()->addPermanentWidget(m_endpointLabel);
    statusBar()->addPermanentWidget(m_regionLabel);
    statusBar()->addPermanentWidget(m_credentialsLabel);

    // The pages, built when first wanted; the tree and the section shown; the forms.
    m_pages = new SectionPages(m_ui->pagesStackedWidget, m_poolsModel, this);
    connect(m_pages, &SectionPages::built, this, &MainWindow::pageBuilt);
    m_navigation = new Navigation(m_ui->navigationTreeView, m_ui->pagesStackedWidget, m_pages,
                                  m_poolsModel, this);
    connect(m_navigation, &Navigation::sectionShown, this, &MainWindow::sectionShown);
    m_router = new ActionRouter(this, m_navigation);
    connect(m_router, &ActionRouter::listingChanged, this, &MainWindow::reloadSection);
    connect(m_router, &ActionRouter::userChanged, this, &MainWindow::userFormDone);

    connectActions();
    buildLanguageMenu();
    retranslateAccessibility();
    fillProfileSwitcher();
    m_navigation->showSection(Section::Pools);
    restoreState();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::pageBuilt(Section built)
{
    if (built == Section::Tokens) {
        m_pages->builtTokenWorkbench()->setHostedUiDefaults(m_hostedUiDomain, m_callbackUrl);
        updateWorkbenchProfiles();
        return;
    }
    ListPage *listPage = m_pages->builtPage(built);
    listPage->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(listPage->view(), &QWidget::customContextMenuRequested, this,
            [this, built](const QPoint &position) { showContextMenu(built, position); });
    connect(listPage->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    // The credentials' source is known once a signed call has been made.
    connect(listPage->model(), &models::PagedListModel::stateChanged, this,
            &MainWindow::updateStatusBar);
    listPage->view()->setAccessibleName(tr("%1 list").arg(sectionTitle(built)));
    // Pools open on activation (double-click, Enter) to their users; groups and app clients
    // to their forms.
    switch (built) {
    case Section::Pools:
        connect(listPage, &ListPage::activated, this,
                [this](const QString &poolId) { showSection(Section::Users, poolId); });
        break;
    case Section::Groups:
    case Section::Clients:
        connect(listPage, &ListPage::activated, this, [this] { openForm(openFormOf(section())); });
        break;
    case Section::Users:
        connectUsersPage();
        break;
    case Section::ImportJobs:
    case Section::Tokens:
        break;
    }
}

void MainWindow::connectUsersPage()
{
    ListPage *usersPage = m_pages->builtPage(Section::Users);
    UsersController *users = m_pages->builtUsers();
    users->setBusyIndicator(m_busyIndicator);
    m_pages->usersMirror()->setBusyIndicator(m_busyIndicator);
    // One selection for the pane and the actions: the pane shows the one selected user (or
    // says how many are selected), and every action works on the same rows. The current
    // index alone (a row focused but not selected) opens nothing.
    const auto select = [users, usersPage] {
        users->setSelection(usersPage->selectedIds());
    };
    connect(usersPage->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            select);
    // A new listing, search or local copy: nothing is selected (the selection model resets
    // without a signal).
    connect(usersPage->proxy(), &QAbstractItemModel::modelReset, this,
            [users] { users->setSelection({}); });
    // Rows gone (deleted, hidden by the quick filter) leave the selection without a signal.
    connect(usersPage->proxy(), &QAbstractItemModel::rowsRemoved, this, select);
    // After a reload (a form, Refresh) the user acted on is selected again once their row
    // is back, so nobody has to find them a second time.
    connect(usersPage->model(), &QAbstractItemModel::rowsInserted, this, [this, usersPage] {
        if (!m_reselectUser.isEmpty() && usersPage->model()->rowOf(m_reselectUser) >= 0)
            selectUser(m_reselectUser);
    });
    connect(usersPage->model(), &models::PagedListModel::stateChanged, this,
            [this](models::PagedListModel::State state) {
                // Not among the rows of this search: stop waiting for it.
                if (state == models::PagedListModel::State::Complete ||
                    state == models::PagedListModel::State::Failed)
                    m_reselectUser.clear();
            });
    connect(users, &UsersController::userRefreshed, this, [this](const QString &username) {
        if (username == m_selectWhenRefreshed) {
            m_selectWhenRefreshed.clear();
            selectUser(username);
        }
    });
    connect(users, &UsersController::selectionChanged, this, &MainWindow::updateActions);
    // Users created from a CSV file: the listing is loaded again, and the local copy, when
    // there is one, synced (it never shows the pool as it was).
    connect(users, &UsersController::usersCreated, this, [this](const QStringList &created) {
        if (created.isEmpty())
            return;
        reloadSection(Section::Users);
        if (m_pages->usersMirror()->isActive() && !m_pages->usersMirror()->isSyncing())
            m_pages->usersMirror()->sync();
    });
    UserDetailPane *pane = m_pages->userDetailPane();
    const std::pair<void (UserDetailPane::*)(const QString &), Form> paneForms[] = {
        {&UserDetailPane::setPasswordRequested, Form::SetPassword},
        {&UserDetailPane::confirmSignUpRequested, Form::ConfirmSignUp},
        {&UserDetailPane::completeNewPasswordRequested, Form::CompleteNewPassword},
        {&UserDetailPane::checkLoginRequested, Form::CheckLogin}};
    for (const auto &[signal, form] : paneForms)
        connect(pane, signal, this, [this, chosen = form](const QString &username) {
            m_router->open(chosen, {username});
        });
}

ListPage *MainWindow::page(Section section) const
{
    return m_pages->page(section);
}

QWidget *MainWindow::tokensPage() const
{
    return m_pages->tokenWorkbench();
}

TokenWorkbench *MainWindow::tokenWorkbench() const
{
    return m_pages->tokenWorkbench();
}

UsersController *MainWindow::users() const
{
    return m_pages->users();
}

UserDetailPane *MainWindow::userDetailPane() const
{
    return m_pages->userDetailPane();
}

std::shared_ptr<cognito::Connection> MainWindow::connection() const
{
    return m_navigation->connection();
}

MainWindow::Section MainWindow::section() const
{
    return m_navigation->section();
}

void MainWindow::setConnection(std::shared_ptr<cognito::Connection> connection,
                               std::shared_ptr<aws::CredentialsProvider> credentials,
                               const QString &profileName)
{
    m_credentials = std::move(credentials);
    m_profileName = profileName;
    m_ui->connectionErrorLabel->hide();
    const std::optional<secrets::Profile> profile =
        m_profileName.isEmpty() ? std::nullopt : m_profiles->load(m_profileName);
    m_hostedUiDomain = profile && !profile->hostedUiDomain.isEmpty()
                           ? QUrl::fromUserInput(profile->hostedUiDomain)
                           : QUrl();
    m_callbackUrl = profile ? QUrl(profile->callbackUrl) : QUrl();
    if (TokenWorkbench *workbench = m_pages->builtTokenWorkbench())
        workbench->setHostedUiDefaults(m_hostedUiDomain, m_callbackUrl);
    m_navigation->setConnection(std::move(connection));
    updateWorkbenchProfiles();
    fillProfileSwitcher();
    updateTitle();
    if (m_offerInterruptedJobs)
        offerInterruptedJobs();
}

void MainWindow::offerInterruptedJobs()
{
    const std::shared_ptr<cognito::Connection> current = connection();
    if (!current)
        return;
    // The journal names the pool, not the endpoint: a pool id starts with its region, and
    // each candidate's pool is looked up on this endpoint before it is offered.
    const QString region = current->endpoint().region + QLatin1Char('_');
    const QString directory = UsersController::journalDirectory();
    QStringList candidates;
    for (const QString &jobId : cognito::BulkJournal::jobIds(directory)) {
        const auto journal = cognito::BulkJournal::read(directory, jobId);
        // Jobs on users only: a canceled delete of groups, app clients or pools is left to
        // `bulk resume` rather than offered as users' work.
        if (journal && journal.value().state() == QLatin1String("interrupted") &&
            cognito::bulkOperationOnUsers(journal.value().spec.operation) &&
            journal.value().spec.userPoolId.startsWith(region))
            candidates.append(jobId);
    }
    offerNextInterruptedJob(current, candidates);
}

void MainWindow::offerNextInterruptedJob(const std::shared_ptr<cognito::Connection> &current,
                                         QStringList jobIds)
{
    if (jobIds.isEmpty() || connection() != current)
        return;
    const QString jobId = jobIds.takeFirst();
    const QString directory = UsersController::journalDirectory();
    const auto journal = cognito::BulkJournal::read(directory, jobId);
    if (!journal || journal.value().state() != QLatin1String("interrupted")) {
        offerNextInterruptedJob(current, jobIds);
        return;
    }
    const cognito::BulkJournal job = journal.value();
    aws::whenFinished(
        current->identityProvider()->describeUserPool(job.spec.userPoolId), this,
        [this, current, jobIds, jobId, job](const aws::Result<cognito::UserPool> &pool) {
            if (connection() != current)
                return;
            // Not a pool of this endpoint (or not reachable now): not offered here.
            if (!pool) {
                offerNextInterruptedJob(current, jobIds);
                return;
            }
            UsersController *users = m_pages->users();
            if (users->isRunning())
                return; // one job at a time: the rest are offered at the next start
            const int total = static_cast<int>(job.results.size());
            const int done = job.count(cognito::BulkItemState::Succeeded) +
                             job.count(cognito::BulkItemState::Failed);
            const QString text =
                tr("The bulk job %1 (%2 of %n user(s) in pool %3, started %4) was interrupted "
                   "with %5 done. Finish it now? Every user not done yet is done once.",
                   nullptr, total)
                    .arg(jobId, cognito::bulkOperationName(job.spec.operation), job.spec.userPoolId,
                         QLocale().toString(job.spec.created.toLocalTime(), QLocale::ShortFormat))
                    .arg(done);
            if (Interaction::current().question(this, tr("Resume bulk job"), text, false) !=
                Interaction::Answer::Yes) {
                offerNextInterruptedJob(current, jobIds);
                return;
            }
            showSection(Section::Users, job.spec.userPoolId);
            users->resumeJob(jobId);
        });
}

void MainWindow::openProfile(const QString &name)
{
    const std::optional<secrets::Profile> profile = m_profiles->load(name);
    if (!profile) {
        m_ui->connectionErrorLabel->setText(tr("There is no profile named %1.").arg(name));
        m_ui->connectionErrorLabel->show();
        fillProfileSwitcher();
        return;
    }
    m_busyIndicator->start(tr("Opening %1…").arg(name), 0, {});
    m_profiles->open(*profile, {}, [this, name](const aws::Result<OpenedProfile> &opened) {
        m_busyIndicator->finish();
        if (!opened) {
            m_ui->connectionErrorLabel->setText(
                tr("Could not open the profile %1: %2").arg(name, opened.error().toString()));
            m_ui->connectionErrorLabel->show();
            fillProfileSwitcher();
            return;
        }
        m_profiles->setLastUsed(name);
        setConnection(opened.value().connection, opened.value().credentials, name);
    });
}

void MainWindow::fillProfileSwitcher()
{
    const QSignalBlocker blocker(m_profileComboBox);
    m_profileComboBox->clear();
    const QStringList names = m_profiles->names();
    if (m_profileName.isEmpty())
        m_profileComboBox->addItem(
            connection() ? tr("(command line and environment)") : tr("(no profile)"), QString());
    for (const QString &name : names)
        m_profileComboBox->addItem(name, name);
    const int current = m_profileComboBox->findData(m_profileName);
    m_profileComboBox->setCurrentIndex(current < 0 ? 0 : current);
    m_profileComboBox->setConnected(m_profileComboBox->currentData().toString());
}

void MainWindow::updateWorkbenchProfiles()
{
    TokenWorkbench *workbench = m_pages->builtTokenWorkbench();
    if (!workbench)
        return;
    // The same profiles as the switcher: each is an environment of saved sessions.
    QList<secrets::Profile> profiles;
    const QStringList names = m_profiles->names();
    for (const QString &name : names) {
        if (auto profile = m_profiles->load(name))
            profiles.append(*profile);
    }
    workbench->setProfiles(profiles, m_profileName);
}

void MainWindow::showProfilesDialog()
{
    auto *dialog = new ProfilesDialog(m_profiles, this);
    dialog->setObjectName(QStringLiteral("profilesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (!m_profileName.isEmpty())
        dialog->selectProfile(m_profileName);
    dialog->open();
}

void MainWindow::showSection(Section section, const QString &poolId)
{
    m_navigation->showSection(section, poolId);
}

void MainWindow::sectionShown()
{
    updateTitle();
    updateActions();
}

void MainWindow::reloadSection(Section section)
{
    UsersController *users = m_pages->builtUsers();
    // (The local copy, when shown, keeps its rows and selection: nothing to wait for.)
    if (section == Section::Users && m_reselectUser.isEmpty() && users &&
        users->selection().size() == 1 && !m_pages->usersMirror()->isActive())
        m_reselectUser = users->selection().first();
    m_navigation->reload(section);
}

void MainWindow::selectUser(const QString &username)
{
    m_reselectUser.clear();
    ListPage *usersPage = m_pages->page(Section::Users);
    // The listing's row, or the local copy's while it is shown.
    const QModelIndex index = usersPage->indexOfId(username);
    if (!index.isValid())
        return; // not listed, or hidden by the quick filter
    usersPage->view()->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    usersPage->view()->scrollTo(index);
}

void MainWindow::userFormDone(const QString &username, bool created)
{
    // The row is fetched again in place (no reload: the selection and the pane stay); a
    // user just created is added at the top of the listing and selected.
    m_selectWhenRefreshed = username;
    m_pages->users()->refreshUser(username, created);
}

QString MainWindow::selectedPoolId() const
{
    if (section() != Section::Pools)
        return m_navigation->poolId();
    const QStringList selected = selectedIds();
    return selected.size() == 1 ? selected.first() : QString();
}

QStringList MainWindow::selectedIds() const
{
    const ListPage *current = m_pages->builtPage(section());
    return current ? current->selectedIds() : QStringList();
}

void MainWindow::retranslateAccessibility()
{
    // Names for what has no label of its own: the lists are named after their section.
    m_profileComboBox->setAccessibleName(tr("Profile"));
    m_profileComboBox->setToolTip(tr("Connect with another saved profile"));
    for (Section listed : listSections)
        if (ListPage *listPage = m_pages->builtPage(listed))
            listPage->view()->setAccessibleName(tr("%1 list").arg(sectionTitle(listed)));
}

void MainWindow::updateTitle()
{
    const Section shown = section();
    QString title = sectionTitle(shown);
    if (shown != Section::Pools && !m_navigation->poolId().isEmpty())
        title = tr("%1 of %2").arg(title, m_navigation->poolId());
    m_ui->pageTitleLabel->setText(title);
    if (!connection()) {
        setWindowTitle(tr("Cognito Desk"));
    } else {
        const auto &endpoint = connection()->endpoint();
        setWindowTitle(
            tr("Cognito Desk — %1 (%2)").arg(endpoint.url.toDisplayString(), endpoint.region));
    }
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    const auto current = connection();
    if (!current) {
        m_endpointLabel->setText(tr("Not connected"));
        m_regionLabel->clear();
        m_credentialsLabel->clear();
        return;
    }
    const auto &endpoint = current->endpoint();
    m_endpointLabel->setText(tr("Endpoint %1").arg(endpoint.url.toDisplayString()));
    m_regionLabel->setText(tr("Region %1").arg(endpoint.region));
    // The chain knows its source once it has signed a call; fixed credentials say it always.
    QString source;
    if (auto *chain = dynamic_cast<aws::CredentialsChain *>(m_credentials.get())) {
        source = chain->lastSource();
    } else if (auto *fixed = dynamic_cast<aws::StaticCredentialsProvider *>(m_credentials.get())) {
        const auto credentials = fixed->credentials();
        if (credentials)
            source = credentials.value().source;
    }
    QString text =
        source.isEmpty() ? tr("Credentials: not used yet") : tr("Credentials: %1").arg(source);
    if (!m_profileName.isEmpty())
        text = tr("Profile %1 · %2").arg(m_profileName, text);
    m_credentialsLabel->setText(text);
}

void MainWindow::buildLanguageMenu()
{
    auto *group = new QActionGroup(this);
    for (const QString &language : LanguageSwitcher::availableLanguages()) {
        QAction *action = m_ui->languageMenu->addAction(LanguageSwitcher::nativeName(language));
        action->setCheckable(true);
        action->setChecked(language == m_languageSwitcher->language());
        action->setData(language);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            m_languageSwitcher->setLanguage(language);
            QSettings().setValue(QStringLiteral("ui/language"), language);
        });
    }
}

void MainWindow::restoreState()
{
    // The pages restore their own layout when they are built.
    QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    QMainWindow::restoreState(settings.value(windowStateKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(splitterKey).toByteArray());
    if (m_ui->splitter->sizes().value(0) == 0 || !settings.contains(splitterKey))
        m_ui->splitter->setSizes({260, 840});
}

void MainWindow::saveState()
{
    // Layout only: never a secret, never a token.
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(windowStateKey, QMainWindow::saveState());
    settings.setValue(splitterKey, m_ui->splitter->saveState());
    m_pages->saveState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateAccessibility();
        m_navigation->retranslate();
        fillProfileSwitcher();
        updateTitle();
    }
    QMainWindow::changeEvent(event);
}

} // namespace cdesk::gui
