#pragma once

#include "gui/section.h"

#include <QObject>

#include <array>

namespace cdesk::models {
class PagedListModel;
}

class QSplitter;
class QStackedWidget;

namespace cdesk::gui {

class ListPage;
class TokenWorkbench;
class UserDetailPane;
class UsersController;
class UsersMirror;

// The main window's pages, each built the first time it is asked for (shown, or reached by
// an accessor), so the window paints its first frame without building pages nobody has
// opened yet: the pools' listing is built at once, the users' list with its detail pane, the
// other listings and the token workbench when first wanted. A page is added to the stack
// when built; its layout (column widths, the users' splitter) is restored then and saved
// with the window.
class SectionPages final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionPages)

public:
    // `pools` is the window's pools model (the pools page lists it); `window` is the parent
    // of the users' forms and prompts.
    SectionPages(QStackedWidget *stack, models::PagedListModel *pools, QWidget *window);
    ~SectionPages() override;

    // The listing of `section`, built if need be; null for Tokens.
    ListPage *page(Section section);
    // The listing of `section` if it has been built, else null.
    ListPage *builtPage(Section section) const;
    // What the stack shows for `section` (the users' splitter, the workbench, a listing),
    // built if need be.
    QWidget *widget(Section section);
    // The users' page parts, built with it.
    UsersController *users();
    UsersController *builtUsers() const { return m_users; }
    UserDetailPane *userDetailPane();
    // The users' local copy: its search bar, and the rows the list shows while it is open.
    UsersMirror *usersMirror();
    TokenWorkbench *tokenWorkbench();
    TokenWorkbench *builtTokenWorkbench() const { return m_tokenWorkbench; }

    // The layout of the pages built so far, to the settings (layout only, never a secret);
    // the layout of pages never built stays as it was saved.
    void saveState() const;

Q_SIGNALS:
    // `section`'s page has just been built and added to the stack.
    void built(Section section);

private:
    ListPage *buildListPage(Section section);
    void buildUsers();
    void restoreColumns(Section section);

    QStackedWidget *m_stack;
    models::PagedListModel *m_pools;
    QWidget *m_window;
    std::array<ListPage *, std::size(listSections)> m_pages{};
    UsersController *m_users = nullptr;
    UserDetailPane *m_userDetailPane = nullptr;
    UsersMirror *m_usersMirror = nullptr;
    QSplitter *m_usersSplitter = nullptr;
    TokenWorkbench *m_tokenWorkbench = nullptr;
};

} // namespace cdesk::gui
