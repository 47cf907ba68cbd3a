#include "sectionpages.h"

#include "gui/listpage.h"
#include "gui/tokens/tokenworkbench.h"
#include "gui/userdetailpane.h"
#include "gui/users/mirrorusersmodel.h"
#include "gui/users/usersmirror.h"
#include "gui/userscontroller.h"
#include "models/listings.h"
#include "models/pagedlistmodel.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cdesk::gui {

namespace {

const QString usersSplitterKey = QStringLiteral("mainWindow/usersSplitter");
const QString columnsKey = QStringLiteral("mainWindow/columns%1");

int indexOf(Section section)
{
    return static_cast<int>(section);
}

} // namespace

SectionPages::SectionPages(QStackedWidget *stack, models::PagedListModel *pools, QWidget *window)
    : QObject(window)
    , m_stack(stack)
    , m_pools(pools)
    , m_window(window)
{}

SectionPages::~SectionPages() = default;

ListPage *SectionPages::builtPage(Section section) const
{
    return section == Section::Tokens ? nullptr : m_pages.at(indexOf(section));
}

ListPage *SectionPages::page(Section section)
{
    if (section == Section::Tokens)
        return nullptr;
    if (ListPage *built = builtPage(section))
        return built;
    if (section == Section::Users) {
        buildUsers();
        return m_pages.at(indexOf(section));
    }
    ListPage *listPage = buildListPage(section);
    m_stack->addWidget(listPage);
    Q_EMIT built(section);
    return listPage;
}

QWidget *SectionPages::widget(Section section)
{
    switch (section) {
    case Section::Users:
        buildUsers();
        return m_usersSplitter;
    case Section::Tokens:
        return tokenWorkbench();
    case Section::Pools:
    case Section::Groups:
    case Section::Clients:
    case Section::ImportJobs:
        break;
    }
    return page(section);
}

UsersController *SectionPages::users()
{
    buildUsers();
    return m_users;
}

UserDetailPane *SectionPages::userDetailPane()
{
    buildUsers();
    return m_userDetailPane;
}

UsersMirror *SectionPages::usersMirror()
{
    buildUsers();
    return m_usersMirror;
}

TokenWorkbench *SectionPages::tokenWorkbench()
{
    if (!m_tokenWorkbench) {
        m_tokenWorkbench = new TokenWorkbench(m_stack);
        m_tokenWorkbench->setObjectName(QStringLiteral("tokenWorkbench"));
        m_stack->addWidget(m_tokenWorkbench);
        Q_EMIT built(Section::Tokens);
    }
    return m_tokenWorkbench;
}

ListPage *SectionPages::buildListPage(Section section)
{
    models::PagedListModel *model = nullptr;
    switch (section) {
    case Section::Pools:
        model = m_pools;
        break;
    case Section::Users:
        model = models::createUsersModel(this);
        break;
    case Section::Groups:
        model = models::createGroupsModel(this);
        break;
    case Section::Clients:
        model = models::createClientsModel(this);
        break;
    case Section::ImportJobs:
        model = models::createImportJobsModel(this);
        break;
    case Section::Tokens:
        return nullptr;
    }
    auto *listPage = new ListPage(model, m_stack);
    m_pages[indexOf(section)] = listPage;
    restoreColumns(section);
    return listPage;
}

void SectionPages::buildUsers()
{
    if (m_users)
        return;
    // The list, the search of the local copy above it, and the selected user's detail pane
    // beside them. The search bar is made first, so that it comes first in the tab order.
    auto *usersColumn = new QWidget(m_stack);
    usersColumn->setObjectName(QStringLiteral("usersColumn"));
    m_usersMirror = new UsersMirror(m_window, usersColumn);
    m_usersMirror->setObjectName(QStringLiteral("usersMirror"));
    ListPage *usersPage = buildListPage(Section::Users);
    auto *columnLayout = new QVBoxLayout(usersColumn);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_usersMirror);
    columnLayout->addWidget(usersPage, 1);
    connect(m_usersMirror, &UsersMirror::activeChanged, usersPage, [this, usersPage](bool active) {
        usersPage->showOtherRows(active ? m_usersMirror->model() : nullptr);
    });
    m_users = new UsersController(usersPage->model(), m_window, this);
    m_users->setMirror(m_usersMirror);
    m_userDetailPane = new UserDetailPane(m_users);
    m_userDetailPane->setObjectName(QStringLiteral("userDetailPane"));
    m_usersSplitter = new QSplitter(Qt::Horizontal, m_stack);
    m_usersSplitter->setObjectName(QStringLiteral("usersSplitter"));
    m_usersSplitter->addWidget(usersColumn);
    m_usersSplitter->addWidget(m_userDetailPane);
    m_usersSplitter->setStretchFactor(0, 3);
    m_usersSplitter->setStretchFactor(1, 2);
    if (!m_usersSplitter->restoreState(QSettings().value(usersSplitterKey).toByteArray()))
        m_usersSplitter->setSizes({520, 320});
    m_stack->addWidget(m_usersSplitter);
    usersPage->enableServerSearch();
    Q_EMIT built(Section::Users);
}

void SectionPages::restoreColumns(Section section)
{
    const QByteArray state = QSettings().value(columnsKey.arg(indexOf(section))).toByteArray();
    builtPage(section)->view()->horizontalHeader()->restoreState(state);
}

void SectionPages::saveState() const
{
    QSettings settings;
    if (m_usersSplitter)
        settings.setValue(usersSplitterKey, m_usersSplitter->saveState());
    for (Section section : listSections)
        if (const ListPage *listPage = builtPage(section))
            settings.setValue(columnsKey.arg(indexOf(section)),
                              listPage->view()->horizontalHeader()->saveState());
}

} // namespace cdesk::gui
