#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "aws/credentialsprovider.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "gui/admin/adminforms.h"
#include "gui/busyindicator.h"
#include "gui/languageswitcher.h"
#include "gui/listpage.h"
#include "gui/profiles/profilescontroller.h"
#include "gui/profiles/profilesdialog.h"
#include "gui/tokens/tokenworkbench.h"
#include "gui/userdetailpane.h"
#include "gui/users/userforms.h"
#include "gui/userscontroller.h"
#include "models/listings.h"
#include "models/pagedlistmodel.h"
#include "models/roles.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>

namespace cdesk::gui {

namespace {

// Navigation item roles, private to the tree.
enum NavigationRole
{
    SectionRole = Qt::UserRole + 1,
    PoolIdRole,
};

// Section titles, translated where they are shown.
const char *sectionTitle(MainWindow::Section section)
{
    switch (section) {
    case MainWindow::Section::Pools:
        return QT_TRANSLATE_NOOP("cdesk::gui::MainWindow", "User pools");
    case MainWindow::Section::Users:
        return QT_TRANSLATE_NOOP("cdesk::gui::MainWindow", "Users");
    case MainWindow::Section::Groups:
        return QT_TRANSLATE_NOOP("cdesk::gui::MainWindow", "Groups");
    case MainWindow::Section::Clients:
        return QT_TRANSLATE_NOOP("cdesk::gui::MainWindow", "App clients");
    case MainWindow::Section::ImportJobs:
        return QT_TRANSLATE_NOOP("cdesk::gui::MainWindow", "Import jobs");
    case MainWindow::Section::Tokens:
        return QT_TRANSLATE_NOOP("cdesk::gui::MainWindow", "Tokens");
    }
    return "";
}

constexpr MainWindow::Section poolSections[] = {
    MainWindow::Section::Users, MainWindow::Section::Groups, MainWindow::Section::Clients,
    MainWindow::Section::ImportJobs, MainWindow::Section::Tokens};

constexpr MainWindow::Section listSections[] = {
    MainWindow::Section::Pools, MainWindow::Section::Users, MainWindow::Section::Groups,
    MainWindow::Section::Clients, MainWindow::Section::ImportJobs};

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString windowStateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/splitter");
const QString usersSplitterKey = QStringLiteral("mainWindow/usersSplitter");
const QString columnsKey = QStringLiteral("mainWindow/columns%1");

// Focuses the first control of `area` that takes the focus by Tab.
void focusFirstChild(QWidget *area)
{
    for (QWidget *widget = area->nextInFocusChain(); widget && widget != area;
         widget = widget->nextInFocusChain()) {
        if (area->isAncestorOf(widget) && widget->isVisible() && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy()) {
            widget->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_languageSwitcher(new LanguageSwitcher(this))
    , m_profiles(new ProfilesController(this))
    , m_poolsModel(models::createPoolsModel(this))
    , m_navigation(new QStandardItemModel(this))
    , m_profileComboBox(new QComboBox(this))
    , m_endpointLabel(new QLabel(this))
    , m_regionLabel(new QLabel(this))
    , m_credentialsLabel(new QLabel(this))
    , m_busyIndicator(new BusyIndicator(this))
{
    m_ui->setupUi(this);
    m_ui->connectionErrorLabel->hide();
    m_ui->refreshAction->setShortcut(QKeySequence::Refresh);
    m_ui->findAction->setShortcut(QKeySequence::Find);
    m_ui->newAction->setShortcut(QKeySequence::New);
    m_ui->deleteAction->setShortcut(QKeySequence::Delete);
    m_ui->enableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_ui->disableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_ui->setPasswordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_ui->profilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    // Every workflow without a mouse: the forms, and the three areas of the window (the
    // shortcuts are listed in the menus).
    m_ui->openAction->setShortcut(QKeySequence::Open);
    m_ui->signUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_ui->confirmSignUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_ui->completeNewPasswordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_ui->addToGroupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_ui->importUsersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_ui->focusNavigationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_ui->focusListAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_ui->focusDetailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    // SVG icons, sharp at any device pixel ratio; New takes the icon of what it creates.
    m_ui->profilesAction->setIcon(QIcon(QStringLiteral(":/icons/profile.svg")));
    m_ui->refreshAction->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_ui->deleteAction->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    m_ui->setPasswordAction->setIcon(QIcon(QStringLiteral(":/icons/password.svg")));
    m_ui->signUpAction->setIcon(QIcon(QStringLiteral(":/icons/user-add.svg")));
    m_ui->importUsersAction->setIcon(QIcon(QStringLiteral(":/icons/import.svg")));

    // The profile switcher leads the toolbar.
    m_profileComboBox->setObjectName(QStringLiteral("profileComboBox"));
    m_profileComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->mainToolBar->insertWidget(m_ui->profilesAction, m_profileComboBox);
    connect(m_profileComboBox, &QComboBox::activated, this, [this](int index) {
        const QString name = m_profileComboBox->itemData(index).toString();
        if (!name.isEmpty() && name != m_profileName)
            openProfile(name);
    });
    connect(m_profiles, &ProfilesController::profilesChanged, this,
            &MainWindow::fillProfileSwitcher);

    m_endpointLabel->setObjectName(QStringLiteral("endpointLabel"));
    m_regionLabel->setObjectName(QStringLiteral("regionLabel"));
    m_credentialsLabel->setObjectName(QStringLiteral("credentialsLabel"));
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    statusBar()->addWidget(m_busyIndicator);
    statusBar()->addPermanentWidget(m_endpointLabel);
    statusBar()->addPermanentWidget(m_regionLabel);
    statusBar()->addPermanentWidget(m_credentialsLabel);

    // One page per listing section, in the order of Section.
    models::PagedListModel *const models[] = {
        m_poolsModel, models::createUsersModel(this), models::createGroupsModel(this),
        models::createClientsModel(this), models::createImportJobsModel(this)};
    for (models::PagedListModel *model : models) {
        auto *page = new ListPage(model, m_ui->pagesStackedWidget);
        m_pages.append(page);
    }
    for (Section section : listSections) {
        ListPage *listPage = page(section);
        listPage->view()->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(listPage->view(), &QWidget::customContextMenuRequested, this,
                [this, section](const QPoint &position) { showContextMenu(section, position); });
        connect(listPage->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &MainWindow::updateActions);
        // The credentials' source is known once a signed call has been made.
        connect(listPage->model(), &models::PagedListModel::stateChanged, this,
                &MainWindow::updateStatusBar);
        if (section != Section::Users)
            m_ui->pagesStackedWidget->addWidget(listPage);
    }
    // Pools open on activation (double-click, Enter) to their users; groups and app clients
    // to their forms.
    connect(page(Section::Pools), &ListPage::activated, this,
            [this](const QString &poolId) { showSection(Section::Users, poolId); });
    connect(page(Section::Groups), &ListPage::activated, this, [this] { openSelected(); });
    connect(page(Section::Clients), &ListPage::activated, this, [this] { openSelected(); });

    // Users: the list with the selected user's detail pane beside it.
    ListPage *usersPage = page(Section::Users);
    m_users = new UsersController(usersPage->model(), this, this);
    m_users->setBusyIndicator(m_busyIndicator);
    m_userDetailPane = new UserDetailPane(m_users);
    m_userDetailPane->setObjectName(QStringLiteral("userDetailPane"));
    m_usersSplitter = new QSplitter(Qt::Horizontal, m_ui->pagesStackedWidget);
    m_usersSplitter->setObjectName(QStringLiteral("usersSplitter"));
    m_usersSplitter->addWidget(usersPage);
    m_usersSplitter->addWidget(m_userDetailPane);
    m_usersSplitter->setStretchFactor(0, 3);
    m_usersSplitter->setStretchFactor(1, 2);
    m_ui->pagesStackedWidget->insertWidget(static_cast<int>(Section::Users), m_usersSplitter);
    usersPage->enableServerSearch();
    connect(usersPage, &ListPage::search, this, [this](const QString &filter) {
        if (!m_connection || m_poolId.isEmpty())
            return;
        QJsonObject request{{QStringLiteral("UserPoolId"), m_poolId}};
        if (!filter.isEmpty())
            request.insert(QStringLiteral("Filter"), filter);
        auto *users = page(Section::Users)->model();
        // A new fetcher resets the model: a page of the previous search still on its way
        // is dropped by the model's generation guard.
        users->setFetcher(
            models::makeFetcher(m_connection->identityProvider(), models::listUsers(), request));
        users->fetchMore({});
    });
    // One selection for the pane and the actions: the pane shows the one selected user (or
    // says how many are selected), and every action works on the same rows. The current
    // index alone (a row focused but not selected) opens nothing.
    connect(usersPage->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_users->setSelection(page(Section::Users)->selectedIds()); });
    connect(usersPage->model(), &QAbstractItemModel::modelReset, this,
            [this] { m_users->setSelection({}); });
    // Rows gone (deleted, hidden by the quick filter) leave the selection without a signal.
    connect(usersPage->proxy(), &QAbstractItemModel::rowsRemoved, this,
            [this] { m_users->setSelection(page(Section::Users)->selectedIds()); });
    // After a reload (a form, Refresh) the user acted on is selected again once their row
    // is back, so nobody has to find them a second time.
    connect(usersPage->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_reselectUser.isEmpty() && page(Section::Users)->model()->rowOf(m_reselectUser) >= 0)
            selectUser(m_reselectUser);
    });
    connect(usersPage->model(), &models::PagedListModel::stateChanged, this,
            [this](models::PagedListModel::State state) {
                // Not among the rows of this search: stop waiting for it.
                if (state == models::PagedListModel::State::Complete ||
                    state == models::PagedListModel::State::Failed)
                    m_reselectUser.clear();
            });
    connect(m_users, &UsersController::userRefreshed, this, [this](const QString &username) {
        if (username == m_selectWhenRefreshed) {
            m_selectWhenRefreshed.clear();
            selectUser(username);
        }
    });
    connect(m_users, &UsersController::selectionChanged, this, &MainWindow::updateActions);
    connect(
        m_userDetailPane, &UserDetailPane::setPasswordRequested, this,
        [this](const QString &username) { openUserForm(QStringLiteral("setPassword"), username); });
    connect(m_userDetailPane, &UserDetailPane::confirmSignUpRequested, this,
            [this](const QString &username) {
                openUserForm(QStringLiteral("confirmSignUp"), username);
            });
    connect(m_userDetailPane, &UserDetailPane::completeNewPasswordRequested, this,
            [this](const QString &username) {
                openUserForm(QStringLiteral("completeNewPassword"), username);
            });

    // Tokens: the token workbench, for the pool chosen in the tree.
    m_tokenWorkbench = new TokenWorkbench(m_ui->pagesStackedWidget);
    m_tokenWorkbench->setObjectName(QStringLiteral("tokenWorkbench"));
    m_tokensPage = m_tokenWorkbench;
    m_ui->pagesStackedWidget->addWidget(m_tokensPage);

    m_ui->navigationTreeView->setModel(m_navigation);
    connect(m_ui->navigationTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onNavigationChanged);
    connect(m_poolsModel, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { addPoolItems(first, last); });
    connect(m_poolsModel, &QAbstractItemModel::modelReset, this, &MainWindow::rebuildNavigation);
    connect(m_poolsModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::rebuildNavigation);

    connect(m_ui->refreshAction, &QAction::triggered, this, [this] { reloadSection(m_section); });
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        if (ListPage *current = page(m_section)) {
            auto *quickFilter =
                current->findChild<QLineEdit *>(QStringLiteral("quickFilterLineEdit"));
            quickFilter->setFocus(Qt::ShortcutFocusReason);
            quickFilter->selectAll();
        }
    });
    connect(m_ui->newAction, &QAction::triggered, this, &MainWindow::newItem);
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::openSelected);
    connect(m_ui->deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_ui->enableAction, &QAction::triggered, this, [this] {
        if (m_section == Section::Users)
            m_users->enableUsers(m_users->selection());
    });
    connect(m_ui->disableAction, &QAction::triggered, this, [this] {
        if (m_section == Section::Users)
            m_users->disableUsers(m_users->selection());
    });
    connect(m_ui->setPasswordAction, &QAction::triggered, this,
            [this] { openUserForm(QStringLiteral("setPassword"), selectedIds().value(0)); });
    connect(m_ui->confirmSignUpAction, &QAction::triggered, this,
            [this] { openUserForm(QStringLiteral("confirmSignUp"), selectedIds().value(0)); });
    connect(m_ui->completeNewPasswordAction, &QAction::triggered, this, [this] {
        openUserForm(QStringLiteral("completeNewPassword"), selectedIds().value(0));
    });
    connect(m_ui->signUpAction, &QAction::triggered, this,
            [this] { openUserForm(QStringLiteral("signUp"), {}); });
    connect(m_ui->importUsersAction, &QAction::triggered, this,
            [this] { openUserForm(QStringLiteral("importUsers"), {}); });
    connect(m_ui->addToGroupAction, &QAction::triggered, this, [this] {
        auto *groups = m_userDetailPane->findChild<QComboBox *>(QStringLiteral("groupComboBox"));
        if (m_section == Section::Users && groups && groups->isEnabled())
            groups->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_ui->focusNavigationAction, &QAction::triggered, this,
            [this] { m_ui->navigationTreeView->setFocus(Qt::ShortcutFocusReason); });
    connect(m_ui->focusListAction, &QAction::triggered, this, [this] {
        if (ListPage *current = page(m_section))
            current->view()->setFocus(Qt::ShortcutFocusReason);
        else if (m_section == Section::Tokens)
            focusFirstChild(m_tokenWorkbench);
    });
    connect(m_ui->focusDetailsAction, &QAction::triggered, this, [this] {
        if (m_section == Section::Users)
            focusFirstChild(m_userDetailPane);
        else if (m_section == Section::Tokens)
            focusFirstChild(m_tokenWorkbench);
    });
    connect(m_ui->profilesAction, &QAction::triggered, this, &MainWindow::showProfilesDialog);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    buildLanguageMenu();
    retranslateAccessibility();
    fillProfileSwitcher();
    rebuildNavigation();
    restoreState();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow() = default;

ListPage *MainWindow::page(Section section) const
{
    return section == Section::Tokens ? nullptr : m_pages.at(static_cast<int>(section));
}

void MainWindow::setConnection(std::shared_ptr<cognito::Connection> connection,
                               std::shared_ptr<aws::CredentialsProvider> credentials,
                               const QString &profileName)
{
    m_connection = std::move(connection);
    m_credentials = std::move(credentials);
    m_profileName = profileName;
    m_poolId.clear();
    m_ui->connectionErrorLabel->hide();
    for (ListPage *listPage : std::as_const(m_pages)) {
        listPage->model()->setFetcher({});
        listPage->setProperty("poolId", QVariant());
    }
    m_users->setPool(m_connection, {});
    m_tokenWorkbench->setProperty("poolId", QVariant());
    m_tokenWorkbench->setPool(nullptr, {});
    const std::optional<secrets::Profile> profile =
        m_profileName.isEmpty() ? std::nullopt : m_profiles->load(m_profileName);
    m_tokenWorkbench->setHostedUiDefaults(profile && !profile->hostedUiDomain.isEmpty()
                                              ? QUrl::fromUserInput(profile->hostedUiDomain)
                                              : QUrl(),
                                          profile ? QUrl(profile->callbackUrl) : QUrl());
    if (m_connection) {
        m_poolsModel->setFetcher(
            models::makeFetcher(m_connection->identityProvider(), models::listUserPools(), {}));
        // Views ask for more only when painted; ask now so the pools arrive in any case.
        m_poolsModel->fetchMore({});
    }
    fillProfileSwitcher();
    showSection(Section::Pools);
    updateTitle();
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
            m_connection ? tr("(command line and environment)") : tr("(no profile)"), QString());
    for (const QString &name : names)
        m_profileComboBox->addItem(name, name);
    const int current = m_profileComboBox->findData(m_profileName);
    m_profileComboBox->setCurrentIndex(current < 0 ? 0 : current);
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

void MainWindow::reloadSection(Section section)
{
    if (section == Section::Users && m_reselectUser.isEmpty() && m_users->selection().size() == 1)
        m_reselectUser = m_users->selection().first();
    if (ListPage *listPage = page(section)) {
        listPage->model()->reload();
        listPage->model()->fetchMore({});
    }
}

void MainWindow::showSection(Section section, const QString &poolId)
{
    m_section = section;
    if (section == Section::Tokens) {
        if (m_tokenWorkbench->property("poolId") != poolId) {
            m_tokenWorkbench->setProperty("poolId", poolId);
            m_tokenWorkbench->setPool(m_connection, poolId);
        }
        m_poolId = poolId;
        m_ui->pagesStackedWidget->setCurrentWidget(m_tokensPage);
        selectNavigationItem(section, poolId);
        updateTitle();
        updateActions();
        return;
    }
    ListPage *target = page(section);
    if (section != Section::Pools && m_connection && poolId != target->property("poolId")) {
        // Each section shows one pool at a time; switching pools starts its listing over.
        m_poolId = poolId;
        target->setProperty("poolId", poolId);
        models::ListingOperation listing;
        switch (section) {
        case Section::Users:
            listing = models::listUsers();
            m_users->setPool(m_connection, poolId);
            break;
        case Section::Groups:
            listing = models::listGroups();
            break;
        case Section::Clients:
            listing = models::listUserPoolClients();
            break;
        case Section::ImportJobs:
            listing = models::listUserImportJobs();
            break;
        case Section::Pools:
        case Section::Tokens:
            break;
        }
        target->model()->setFetcher(
            models::makeFetcher(m_connection->identityProvider(), listing,
                                QJsonObject{{QStringLiteral("UserPoolId"), poolId}}));
        target->model()->fetchMore({});
    }
    m_poolId = poolId;
    m_ui->pagesStackedWidget->setCurrentWidget(
        section == Section::Users ? static_cast<QWidget *>(m_usersSplitter) : target);
    selectNavigationItem(section, poolId);
    updateTitle();
    updateActions();
}

void MainWindow::selectUser(const QString &username)
{
    m_reselectUser.clear();
    ListPage *usersPage = page(Section::Users);
    const int row = usersPage->model()->rowOf(username);
    if (row < 0)
        return;
    const QModelIndex index = usersPage->proxy()->mapFromSource(usersPage->model()->index(row, 0));
    if (!index.isValid())
        return; // hidden by the quick filter
    usersPage->view()->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    usersPage->view()->scrollTo(index);
}

void MainWindow::userFormDone(const QString &username, bool created)
{
    // The row is fetched again in place (no reload: the selection and the pane stay); a
    // user just created is added at the top of the listing and selected.
    m_selectWhenRefreshed = username;
    m_users->refreshUser(username, created);
}

void MainWindow::selectNavigationItem(Section section, const QString &poolId)
{
    // Keeping the tree's current item in step also stops the tree from making its first
    // item current when it gets the focus, which would switch back to the pools.
    QStandardItem *root = m_navigation->item(0);
    if (!root)
        return;
    QStandardItem *target = root;
    for (int row = 0; section != Section::Pools && row < root->rowCount(); ++row) {
        QStandardItem *poolItem = root->child(row);
        if (poolItem->data(PoolIdRole).toString() != poolId)
            continue;
        for (int child = 0; child < poolItem->rowCount(); ++child)
            if (poolItem->child(child)->data(SectionRole).toInt() == static_cast<int>(section))
                target = poolItem->child(child);
    }
    const QScopedValueRollback guard(m_selectingNavigation, true);
    m_ui->navigationTreeView->setCurrentIndex(target->index());
}

void MainWindow::rebuildNavigation()
{
    m_navigation->clear();
    auto *root = new QStandardItem;
    root->setData(static_cast<int>(Section::Pools), SectionRole);
    m_navigation->appendRow(root);
    addPoolItems(0, m_poolsModel->rowCount() - 1);
    retranslateNavigation();
    m_ui->navigationTreeView->expand(root->index());
    selectNavigationItem(m_section, m_poolId);
}

namespace {

QIcon sectionIcon(MainWindow::Section section)
{
    switch (section) {
    case MainWindow::Section::Pools:
        return QIcon(QStringLiteral(":/icons/pool.svg"));
    case MainWindow::Section::Users:
        return QIcon(QStringLiteral(":/icons/profile.svg"));
    case MainWindow::Section::Groups:
        return QIcon(QStringLiteral(":/icons/group.svg"));
    case MainWindow::Section::Clients:
        return QIcon(QStringLiteral(":/icons/client.svg"));
    case MainWindow::Section::ImportJobs:
        return QIcon(QStringLiteral(":/icons/import.svg"));
    case MainWindow::Section::Tokens:
        return QIcon(QStringLiteral(":/icons/token.svg"));
    }
    return {};
}

} // namespace

void MainWindow::addPoolItems(int first, int last)
{
    QStandardItem *root = m_navigation->item(0);
    if (!root)
        return;
    for (int row = first; row <= last; ++row) {
        const QJsonObject pool = m_poolsModel->item(row);
        const QString poolId = pool.value(QLatin1String("Id")).toString();
        auto *poolItem = new QStandardItem(pool.value(QLatin1String("Name")).toString());
        poolItem->setToolTip(poolId);
        poolItem->setIcon(sectionIcon(Section::Pools));
        poolItem->setData(static_cast<int>(Section::Users), SectionRole);
        poolItem->setData(poolId, PoolIdRole);
        for (Section section : poolSections) {
            auto *sectionItem = new QStandardItem;
            sectionItem->setIcon(sectionIcon(section));
            sectionItem->setData(static_cast<int>(section), SectionRole);
            sectionItem->setData(poolId, PoolIdRole);
            poolItem->appendRow(sectionItem);
        }
        root->insertRow(row, poolItem);
        if (poolId == m_poolId)
            selectNavigationItem(m_section, m_poolId);
    }
    retranslateNavigation();
}

void MainWindow::retranslateNavigation()
{
    QStandardItem *root = m_navigation->item(0);
    if (!root)
        return;
    root->setText(m_connection ? tr("User pools — %1").arg(m_connection->endpoint().region)
                               : tr("User pools"));
    for (int row = 0; row < root->rowCount(); ++row) {
        QStandardItem *poolItem = root->child(row);
        for (int child = 0; child < poolItem->rowCount(); ++child) {
            QStandardItem *item = poolItem->child(child);
            item->setText(tr(sectionTitle(static_cast<Section>(item->data(SectionRole).toInt()))));
        }
    }
}

void MainWindow::retranslateAccessibility()
{
    // Names for what has no label of its own: the lists are named after their section.
    m_profileComboBox->setAccessibleName(tr("Profile"));
    m_profileComboBox->setToolTip(tr("Connect with another saved profile"));
    for (Section section : listSections)
        page(section)->view()->setAccessibleName(tr("%1 list").arg(tr(sectionTitle(section))));
}

void MainWindow::onNavigationChanged()
{
    if (m_selectingNavigation)
        return;
    const QModelIndex current = m_ui->navigationTreeView->currentIndex();
    if (!current.isValid())
        return;
    showSection(static_cast<Section>(current.data(SectionRole).toInt()),
                current.data(PoolIdRole).toString());
}

QStringList MainWindow::selectedIds() const
{
    const ListPage *current = page(m_section);
    return current ? current->selectedIds() : QStringList();
}

void MainWindow::updateActions()
{
    const bool connected = m_connection != nullptr;
    const bool inPool = connected && !m_poolId.isEmpty() && m_section != Section::Pools;
    const bool users = inPool && m_section == Section::Users;
    const int selected = static_cast<int>(selectedIds().size());
    m_ui->refreshAction->setEnabled(connected && m_section != Section::Tokens);
    m_ui->findAction->setEnabled(m_section != Section::Tokens);
    m_ui->newAction->setEnabled(
        connected && (m_section == Section::Pools || (inPool && m_section != Section::Tokens)));
    m_ui->newAction->setIcon(m_section == Section::Users
                                 ? QIcon(QStringLiteral(":/icons/user-add.svg"))
                                 : sectionIcon(m_section));
    m_ui->openAction->setEnabled(connected && selected == 1 &&
                                 (m_section == Section::Pools || m_section == Section::Groups ||
                                  m_section == Section::Clients));
    m_ui->deleteAction->setEnabled(connected && selected > 0 &&
                                   (m_section == Section::Pools || m_section == Section::Users ||
                                    m_section == Section::Groups || m_section == Section::Clients));
    m_ui->enableAction->setEnabled(users && selected > 0);
    m_ui->disableAction->setEnabled(users && selected > 0);
    m_ui->setPasswordAction->setEnabled(users && selected == 1);
    m_ui->confirmSignUpAction->setEnabled(users && selected == 1);
    m_ui->completeNewPasswordAction->setEnabled(users && selected == 1);
    m_ui->addToGroupAction->setEnabled(users && selected == 1);
    m_ui->focusDetailsAction->setEnabled(m_section == Section::Users ||
                                         m_section == Section::Tokens);
    // The user actions name whom they act on.
    if (users) {
        const QStringList whom = m_users->selection();
        const int count = static_cast<int>(whom.size());
        const auto name = [&](const QString &one, const QString &many, const QString &none) {
            return count == 1 ? one.arg(whom.first()) : count > 1 ? many : none;
        };
        m_ui->deleteAction->setToolTip(name(tr("Delete %1"), tr("Delete %n users", nullptr, count),
                                            tr("Delete the selected rows")));
        m_ui->enableAction->setToolTip(name(tr("Enable %1"), tr("Enable %n users", nullptr, count),
                                            tr("Enable the selected users")));
        m_ui->disableAction->setToolTip(name(tr("Disable %1"),
                                             tr("Disable %n users", nullptr, count),
                                             tr("Disable the selected users")));
        m_ui->setPasswordAction->setToolTip(name(tr("Set the password of %1"), {}, {}));
        m_ui->confirmSignUpAction->setToolTip(name(tr("Confirm the sign-up of %1"), {}, {}));
        m_ui->completeNewPasswordAction->setToolTip(
            name(tr("Answer the new-password challenge of %1"), {}, {}));
    } else {
        m_ui->deleteAction->setToolTip(tr("Delete the selected rows"));
        m_ui->enableAction->setToolTip(tr("Enable the selected users"));
        m_ui->disableAction->setToolTip(tr("Disable the selected users"));
    }
    m_ui->signUpAction->setEnabled(inPool);
    m_ui->importUsersAction->setEnabled(inPool);
}

void MainWindow::showContextMenu(Section section, const QPoint &position)
{
    ListPage *listPage = page(section);
    QMenu menu(this);
    if (section == Section::Users) {
        menu.addAction(m_ui->newAction);
        menu.addSeparator();
        menu.addAction(m_ui->setPasswordAction);
        menu.addAction(m_ui->confirmSignUpAction);
        menu.addAction(m_ui->completeNewPasswordAction);
        menu.addSeparator();
        menu.addAction(m_ui->enableAction);
        menu.addAction(m_ui->disableAction);
        menu.addAction(m_ui->deleteAction);
    } else if (section == Section::ImportJobs) {
        menu.addAction(m_ui->importUsersAction);
    } else {
        menu.addAction(m_ui->newAction);
        menu.addAction(m_ui->openAction);
        menu.addAction(m_ui->deleteAction);
    }
    menu.addSeparator();
    menu.addAction(m_ui->refreshAction);
    menu.exec(listPage->view()->viewport()->mapToGlobal(position));
}

std::function<void()> MainWindow::reloader(Section section)
{
    // The forms call back once the service accepted the change; the window may be gone.
    QPointer<MainWindow> self(this);
    return [self, section] {
        if (self)
            self->reloadSection(section);
    };
}

void MainWindow::newItem()
{
    if (!m_connection)
        return;
    switch (m_section) {
    case Section::Pools:
        adminforms::createPool(this, m_connection, reloader(Section::Pools));
        break;
    case Section::Users: {
        QPointer<MainWindow> self(this);
        userforms::createUser(this, m_connection, m_poolId, {}, [self](const QString &username) {
            if (self)
                self->userFormDone(username, true);
        });
        break;
    }
    case Section::Groups:
        adminforms::createGroup(this, m_connection, m_poolId, reloader(Section::Groups));
        break;
    case Section::Clients:
        adminforms::createClient(this, m_connection, m_poolId, reloader(Section::Clients));
        break;
    case Section::ImportJobs:
        adminforms::importUsers(this, m_connection, m_poolId, reloader(Section::ImportJobs));
        break;
    case Section::Tokens:
        break;
    }
}

void MainWindow::openSelected()
{
    const QString id = selectedIds().value(0);
    if (!m_connection || id.isEmpty())
        return;
    switch (m_section) {
    case Section::Pools:
        adminforms::showPool(this, m_connection, id);
        break;
    case Section::Groups:
        adminforms::manageGroup(this, m_connection, m_poolId, id, reloader(Section::Groups));
        break;
    case Section::Clients:
        adminforms::showClient(this, m_connection, m_poolId, id, reloader(Section::Clients));
        break;
    case Section::Users:
    case Section::ImportJobs:
    case Section::Tokens:
        break;
    }
}

void MainWindow::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (!m_connection || ids.isEmpty())
        return;
    switch (m_section) {
    case Section::Pools:
        adminforms::deletePools(this, m_connection, ids, reloader(Section::Pools));
        break;
    case Section::Users:
        m_users->deleteUsers(m_users->selection());
        break;
    case Section::Groups:
        adminforms::deleteGroups(this, m_connection, m_poolId, ids, reloader(Section::Groups));
        break;
    case Section::Clients:
        adminforms::deleteClients(this, m_connection, m_poolId, ids, reloader(Section::Clients));
        break;
    case Section::ImportJobs:
    case Section::Tokens:
        break;
    }
}

void MainWindow::openUserForm(const QString &form, const QString &username)
{
    if (!m_connection || m_poolId.isEmpty())
        return;
    QPointer<MainWindow> self(this);
    const auto done = [self, username] {
        if (self)
            self->userFormDone(username, false);
    };
    if (form == QLatin1String("signUp"))
        userforms::signUp(this, m_connection, m_poolId, reloader(Section::Users));
    else if (form == QLatin1String("importUsers"))
        adminforms::importUsers(this, m_connection, m_poolId, reloader(Section::ImportJobs));
    else if (username.isEmpty())
        return;
    else if (form == QLatin1String("setPassword"))
        userforms::setPassword(this, m_connection, m_poolId, username, done);
    else if (form == QLatin1String("confirmSignUp"))
        userforms::confirmSignUp(this, m_connection, m_poolId, username, done);
    else if (form == QLatin1String("completeNewPassword"))
        userforms::completeNewPassword(this, m_connection, m_poolId, username, done);
}

void MainWindow::updateTitle()
{
    QString title = tr(sectionTitle(m_section));
    if (m_section != Section::Pools && !m_poolId.isEmpty())
        title = tr("%1 of %2").arg(title, m_poolId);
    m_ui->pageTitleLabel->setText(title);
    if (!m_connection) {
        setWindowTitle(tr("Cognito Desk"));
    } else {
        const auto &endpoint = m_connection->endpoint();
        setWindowTitle(
            tr("Cognito Desk — %1 (%2)").arg(endpoint.url.toDisplayString(), endpoint.region));
    }
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    if (!m_connection) {
        m_endpointLabel->setText(tr("Not connected"));
        m_regionLabel->clear();
        m_credentialsLabel->clear();
        return;
    }
    const auto &endpoint = m_connection->endpoint();
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
    QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    QMainWindow::restoreState(settings.value(windowStateKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(splitterKey).toByteArray());
    if (m_ui->splitter->sizes().value(0) == 0 || !settings.contains(splitterKey))
        m_ui->splitter->setSizes({260, 840});
    if (!m_usersSplitter->restoreState(settings.value(usersSplitterKey).toByteArray()))
        m_usersSplitter->setSizes({520, 320});
    for (int i = 0; i < m_pages.size(); ++i)
        m_pages.at(i)->view()->horizontalHeader()->restoreState(
            settings.value(columnsKey.arg(i)).toByteArray());
}

void MainWindow::saveState()
{
    // Layout only: never a secret, never a token.
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(windowStateKey, QMainWindow::saveState());
    settings.setValue(splitterKey, m_ui->splitter->saveState());
    settings.setValue(usersSplitterKey, m_usersSplitter->saveState());
    for (int i = 0; i < m_pages.size(); ++i)
        settings.setValue(columnsKey.arg(i),
                          m_pages.at(i)->view()->horizontalHeader()->saveState());
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
        retranslateNavigation();
        fillProfileSwitcher();
        updateTitle();
    }
    QMainWindow::changeEvent(event);
}

} // namespace cdesk::gui
