#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "gui/languageswitcher.h"
#include "gui/listpage.h"
#include "models/listings.h"
#include "models/pagedlistmodel.h"
#include "models/roles.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSortFilterProxyModel>
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
    }
    return "";
}

constexpr MainWindow::Section poolSections[] = {
    MainWindow::Section::Users, MainWindow::Section::Groups, MainWindow::Section::Clients,
    MainWindow::Section::ImportJobs};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_languageSwitcher(new LanguageSwitcher(this))
    , m_poolsModel(models::createPoolsModel(this))
    , m_navigation(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->refreshAction->setShortcut(QKeySequence::Refresh);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);

    // One page per section, in the order of Section.
    models::PagedListModel *const models[] = {
        m_poolsModel, models::createUsersModel(this), models::createGroupsModel(this),
        models::createClientsModel(this), models::createImportJobsModel(this)};
    for (models::PagedListModel *model : models) {
        auto *page = new ListPage(model, m_ui->pagesStackedWidget);
        m_ui->pagesStackedWidget->addWidget(page);
        m_pages.append(page);
    }
    page(Section::Users)->enableServerSearch();
    connect(page(Section::Users), &ListPage::search, this, [this](const QString &filter) {
        if (!m_connection || m_poolId.isEmpty())
            return;
        QJsonObject request{{QStringLiteral("UserPoolId"), m_poolId}};
        if (!filter.isEmpty())
            request.insert(QStringLiteral("Filter"), filter);
        auto *users = page(Section::Users)->model();
        users->setFetcher(
            models::makeFetcher(m_connection->identityProvider(), models::listUsers(), request));
        users->fetchMore({});
    });

    m_ui->navigationTreeView->setModel(m_navigation);
    connect(m_ui->navigationTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onNavigationChanged);
    connect(m_poolsModel, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { addPoolItems(first, last); });
    connect(m_poolsModel, &QAbstractItemModel::modelReset, this, &MainWindow::rebuildNavigation);
    connect(m_poolsModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::rebuildNavigation);

    connect(m_ui->refreshAction, &QAction::triggered, this, [this] {
        auto *current = page(m_section)->model();
        current->reload();
        current->fetchMore({});
    });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    buildLanguageMenu();
    rebuildNavigation();
    restoreState();
    updateTitle();
}

MainWindow::~MainWindow() = default;

ListPage *MainWindow::page(Section section) const
{
    return m_pages.at(static_cast<int>(section));
}

void MainWindow::setConnection(std::shared_ptr<cognito::Connection> connection)
{
    m_connection = std::move(connection);
    m_poolId.clear();
    for (ListPage *listPage : std::as_const(m_pages))
        listPage->model()->setFetcher({});
    if (m_connection) {
        m_poolsModel->setFetcher(
            models::makeFetcher(m_connection->identityProvider(), models::listUserPools(), {}));
        // Views ask for more only when painted; ask now so the pools arrive in any case.
        m_poolsModel->fetchMore({});
    }
    showSection(Section::Pools);
    updateTitle();
}

void MainWindow::showSection(Section section, const QString &poolId)
{
    m_section = section;
    ListPage *target = page(section);
    if (section != Section::Pools && m_connection && poolId != target->property("poolId")) {
        // Each section shows one pool at a time; switching pools starts its listing over.
        m_poolId = poolId;
        target->setProperty("poolId", poolId);
        models::ListingOperation listing;
        switch (section) {
        case Section::Users:
            listing = models::listUsers();
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
            break;
        }
        target->model()->setFetcher(
            models::makeFetcher(m_connection->identityProvider(), listing,
                                QJsonObject{{QStringLiteral("UserPoolId"), poolId}}));
        target->model()->fetchMore({});
    }
    m_poolId = poolId;
    m_ui->pagesStackedWidget->setCurrentWidget(target);
    selectNavigationItem(section, poolId);
    updateTitle();
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
        poolItem->setData(static_cast<int>(Section::Users), SectionRole);
        poolItem->setData(poolId, PoolIdRole);
        for (Section section : poolSections) {
            auto *sectionItem = new QStandardItem;
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

void MainWindow::updateTitle()
{
    QString title = tr(sectionTitle(m_section));
    if (m_section != Section::Pools && !m_poolId.isEmpty())
        title = tr("%1 of %2").arg(title, m_poolId);
    m_ui->pageTitleLabel->setText(title);
    if (!m_connection) {
        setWindowTitle(tr("Cognito Desk"));
        statusBar()->showMessage(tr("Not connected"));
        return;
    }
    const auto &endpoint = m_connection->endpoint();
    setWindowTitle(
        tr("Cognito Desk — %1 (%2)").arg(endpoint.url.toDisplayString(), endpoint.region));
    statusBar()->showMessage(
        tr("Endpoint %1 · region %2").arg(endpoint.url.toDisplayString(), endpoint.region));
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
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_ui->splitter->restoreState(
        settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    if (m_ui->splitter->sizes().value(0) == 0 ||
        !settings.contains(QStringLiteral("mainWindow/splitter")))
        m_ui->splitter->setSizes({260, 840});
    for (int i = 0; i < m_pages.size(); ++i)
        m_pages.at(i)->view()->horizontalHeader()->restoreState(
            settings.value(QStringLiteral("mainWindow/columns%1").arg(i)).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_ui->splitter->saveState());
    for (int i = 0; i < m_pages.size(); ++i)
        settings.setValue(QStringLiteral("mainWindow/columns%1").arg(i),
                          m_pages.at(i)->view()->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateNavigation();
        updateTitle();
    }
    QMainWindow::changeEvent(event);
}

} // namespace cdesk::gui
