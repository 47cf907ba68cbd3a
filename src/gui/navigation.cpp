#include "navigation.h"

#include "cognito/connection.h"
#include "gui/listpage.h"
#include "gui/sectionpages.h"
#include "gui/tokens/tokenworkbench.h"
#include "gui/users/mirrorusersmodel.h"
#include "gui/users/usersmirror.h"
#include "gui/userscontroller.h"
#include "models/listings.h"
#include "models/pagedlistmodel.h"

#include <QCoreApplication>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTreeView>

namespace cdesk::gui {

namespace {

// Navigation item roles, private to the tree.
enum NavigationRole
{
    SectionRole = Qt::UserRole + 1,
    PoolIdRole,
};

} // namespace

Navigation::Navigation(QTreeView *tree, QStackedWidget *stack, SectionPages *pages,
                       models::PagedListModel *pools, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
    , m_stack(stack)
    , m_pages(pages)
    , m_pools(pools)
    , m_model(new QStandardItemModel(this))
{
    m_tree->setModel(m_model);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &Navigation::onCurrentChanged);
    connect(m_pools, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { addPoolItems(first, last); });
    connect(m_pools, &QAbstractItemModel::modelReset, this, &Navigation::rebuild);
    connect(m_pools, &QAbstractItemModel::rowsRemoved, this, &Navigation::rebuild);
    connect(m_pages, &SectionPages::built, this, [this](Section section) {
        if (section == Section::Users)
            connect(m_pages->builtPage(Section::Users), &ListPage::search, this,
                    &Navigation::searchUsers);
    });
    rebuild();
}

Navigation::~Navigation() = default;

void Navigation::setConnection(std::shared_ptr<cognito::Connection> connection)
{
    m_connection = std::move(connection);
    m_poolId.clear();
    m_tokensPoolId.reset();
    // Only the pages built so far have a listing to forget.
    for (Section section : listSections) {
        if (ListPage *listPage = m_pages->builtPage(section)) {
            listPage->model()->setFetcher({});
            listPage->setPoolId({});
        }
    }
    if (UsersController *users = m_pages->builtUsers()) {
        users->setPool(m_connection, {});
        m_pages->usersMirror()->setPool(m_connection, {});
    }
    if (TokenWorkbench *workbench = m_pages->builtTokenWorkbench())
        workbench->setPool(nullptr, {});
    if (m_connection) {
        m_pools->setFetcher(
            models::makeFetcher(m_connection->identityProvider(), models::listUserPools(), {}));
        // Views ask for more only when painted; ask now so the pools arrive in any case.
        m_pools->fetchMore({});
    }
    retranslate();
    showSection(Section::Pools);
}

void Navigation::showSection(Section section, const QString &poolId)
{
    m_section = section;
    if (section == Section::Tokens) {
        TokenWorkbench *workbench = m_pages->tokenWorkbench();
        if (m_tokensPoolId != poolId) {
            m_tokensPoolId = poolId;
            workbench->setPool(m_connection, poolId);
        }
    } else if (ListPage *target = m_pages->page(section);
               section != Section::Pools && m_connection && poolId != target->poolId()) {
        // Each section shows one pool at a time; switching pools starts its listing over.
        target->setPoolId(poolId);
        models::ListingOperation listing;
        switch (section) {
        case Section::Users:
            listing = models::listUsers();
            m_pages->users()->setPool(m_connection, poolId);
            m_pages->usersMirror()->setPool(m_connection, poolId);
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
        // A pool with a local copy lists it: the server's pages are asked for only if the
        // copy goes (ListPage::showOtherRows).
        if (section != Section::Users || !m_pages->usersMirror()->isActive())
            target->model()->fetchMore({});
    }
    m_poolId = poolId;
    m_stack->setCurrentWidget(m_pages->widget(section));
    select(section, poolId);
    Q_EMIT sectionShown();
}

void Navigation::searchUsers(const QString &filter)
{
    if (!m_connection || m_poolId.isEmpty())
        return;
    QJsonObject request{{QStringLiteral("UserPoolId"), m_poolId}};
    if (!filter.isEmpty())
        request.insert(QStringLiteral("Filter"), filter);
    auto *users = m_pages->page(Section::Users)->model();
    // A new fetcher resets the model: a page of the previous search still on its way
    // is dropped by the model's generation guard.
    users->setFetcher(
        models::makeFetcher(m_connection->identityProvider(), models::listUsers(), request));
    users->fetchMore({});
}

void Navigation::reload(Section section)
{
    // The users' local copy, while shown, is searched again (no sync: that is its own action).
    if (section == Section::Users && m_pages->builtUsers() && m_pages->usersMirror()->isActive()) {
        m_pages->usersMirror()->model()->refresh();
        return;
    }
    // A listing never built has nothing to reload: it is fetched when first shown.
    if (ListPage *listPage = m_pages->builtPage(section)) {
        listPage->model()->reload();
        listPage->model()->fetchMore({});
    }
}

void Navigation::onCurrentChanged()
{
    if (m_selecting)
        return;
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    showSection(static_cast<Section>(current.data(SectionRole).toInt()),
                current.data(PoolIdRole).toString());
}

void Navigation::select(Section section, const QString &poolId)
{
    // Keeping the tree's current item in step also stops the tree from making its first
    // item current when it gets the focus, which would switch back to the pools.
    QStandardItem *root = m_model->item(0);
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
    const QScopedValueRollback guard(m_selecting, true);
    m_tree->setCurrentIndex(target->index());
}

void Navigation::rebuild()
{
    m_model->clear();
    auto *root = new QStandardItem;
    root->setData(static_cast<int>(Section::Pools), SectionRole);
    m_model->appendRow(root);
    addPoolItems(0, m_pools->rowCount() - 1);
    retranslate();
    m_tree->expand(root->index());
    select(m_section, m_poolId);
}

void Navigation::addPoolItems(int first, int last)
{
    QStandardItem *root = m_model->item(0);
    if (!root)
        return;
    for (int row = first; row <= last; ++row) {
        const QJsonObject pool = m_pools->item(row);
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
            select(m_section, m_poolId);
    }
    retranslate();
}

void Navigation::retranslate()
{
    QStandardItem *root = m_model->item(0);
    if (!root)
        return;
    // The main window's context, where these texts were first translated.
    root->setText(m_connection
                      ? QCoreApplication::translate("cdesk::gui::MainWindow", "User pools — %1")
                            .arg(m_connection->endpoint().region)
                      : QCoreApplication::translate("cdesk::gui::MainWindow", "User pools"));
    for (int row = 0; row < root->rowCount(); ++row) {
        QStandardItem *poolItem = root->child(row);
        for (int child = 0; child < poolItem->rowCount(); ++child) {
            QStandardItem *item = poolItem->child(child);
            item->setText(sectionTitle(static_cast<Section>(item->data(SectionRole).toInt())));
        }
    }
}

} // namespace cdesk::gui
