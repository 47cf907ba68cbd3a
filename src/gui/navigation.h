#pragma once

#include "gui/section.h"

#include <QObject>

#include <memory>
#include <optional>

namespace cdesk::cognito {
class Connection;
}

namespace cdesk::models {
class PagedListModel;
}

class QStackedWidget;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace cdesk::gui {

class SectionPages;

// Where the main window is: the tree of the connection's pools (pool → Users, Groups, App
// clients, Import jobs, Tokens), the section shown in the stack, and the listings' fetchers
// (each section shows one pool at a time; switching pools starts its listing over).
class Navigation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Navigation)

public:
    Navigation(QTreeView *tree, QStackedWidget *stack, SectionPages *pages,
               models::PagedListModel *pools, QObject *parent);
    ~Navigation() override;

    // Lists the pools of `connection` (null: none) and shows them; every other listing and
    // the workbench forget the pool they showed.
    void setConnection(std::shared_ptr<cognito::Connection> connection);
    std::shared_ptr<cognito::Connection> connection() const { return m_connection; }

    // Shows `section` of pool `poolId` (ignored for Pools), and selects it in the tree.
    void showSection(Section section, const QString &poolId = {});
    Section section() const { return m_section; }
    // The pool whose section is shown (empty for Pools).
    QString poolId() const { return m_poolId; }

    // Lists the users of the pool shown that match the ListUsers `filter` (empty: everyone).
    void searchUsers(const QString &filter);
    // Asks the server again for `section`'s listing.
    void reload(Section section);

    // The tree's texts in the current language.
    void retranslate();

Q_SIGNALS:
    // Another section or pool is shown.
    void sectionShown();

private:
    void addPoolItems(int first, int last);
    void rebuild();
    void select(Section section, const QString &poolId);
    void onCurrentChanged();

    QTreeView *m_tree;
    QStackedWidget *m_stack;
    SectionPages *m_pages;
    models::PagedListModel *m_pools;
    QStandardItemModel *m_model;
    std::shared_ptr<cognito::Connection> m_connection;
    Section m_section = Section::Pools;
    QString m_poolId;
    std::optional<QString> m_tokensPoolId; // the pool the workbench is on, once set
    bool m_selecting = false;              // the tree follows showSection(), not the reverse
};

} // namespace cdesk::gui
