#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace cdesk::aws {
class CredentialsProvider;
}

namespace cdesk::cognito {
class Connection;
}

namespace cdesk::models {
class PagedListModel;
}

class QComboBox;
class QLabel;
class QSplitter;
class QStandardItem;
class QStandardItemModel;

namespace cdesk::gui {

class BusyIndicator;
class LanguageSwitcher;
class ListPage;
class ProfilesController;
class TokenWorkbench;
class UserDetailPane;
class UsersController;

// The window: a profile switcher, the connection's pools in a tree (pool → Users, Groups,
// App clients, Import jobs, Tokens), the page of whatever is selected, and a status bar
// saying where it is connected and as whom.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Section
    {
        Pools,
        Users,
        Groups,
        Clients,
        ImportJobs,
        Tokens,
    };
    Q_ENUM(Section)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the pools of `connection`; null disconnects. `credentials` (the connection's,
    // optional) lets the status bar say which source signed; `profileName` is the profile
    // it was opened from, if any.
    void setConnection(std::shared_ptr<cognito::Connection> connection,
                       std::shared_ptr<aws::CredentialsProvider> credentials = {},
                       const QString &profileName = {});
    // Opens the saved profile `name` (its secrets come from the keychain) and remembers it
    // as the last used. Errors are shown in place.
    void openProfile(const QString &name);
    // Opens `section` of pool `poolId` (ignored for Pools), as selecting it in the tree does.
    void showSection(Section section, const QString &poolId = {});

    models::PagedListModel *poolsModel() const { return m_poolsModel; }
    // The listing of `section`; null for Tokens.
    ListPage *page(Section section) const;
    QWidget *tokensPage() const { return m_tokensPage; }
    TokenWorkbench *tokenWorkbench() const { return m_tokenWorkbench; }
    LanguageSwitcher *languageSwitcher() const { return m_languageSwitcher; }
    ProfilesController *profiles() const { return m_profiles; }
    UsersController *users() const { return m_users; }
    UserDetailPane *userDetailPane() const { return m_userDetailPane; }
    BusyIndicator *busyIndicator() const { return m_busyIndicator; }
    std::shared_ptr<cognito::Connection> connection() const { return m_connection; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void addPoolItems(int first, int last);
    void rebuildNavigation();
    void retranslateNavigation();
    void retranslateAccessibility();
    void onNavigationChanged();
    void selectNavigationItem(Section section, const QString &poolId);
    void updateTitle();
    void updateStatusBar();
    void updateActions();
    void buildLanguageMenu();
    void fillProfileSwitcher();
    void showProfilesDialog();
    void showContextMenu(Section section, const QPoint &position);
    void restoreState();
    void saveState();
    QStringList selectedIds() const;
    void reloadSection(Section section);

    // Actions whose forms come from the areas' entry points (users/userforms.h,
    // admin/adminforms.h).
    void newItem();
    void openSelected();
    void deleteSelected();
    std::function<void()> reloader(Section section);
    void openUserForm(const QString &form, const QString &username);
    // A user form succeeded for `username`: their row is fetched again and selected.
    void userFormDone(const QString &username, bool created);
    void selectUser(const QString &username);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::shared_ptr<cognito::Connection> m_connection;
    std::shared_ptr<aws::CredentialsProvider> m_credentials;
    QString m_profileName;
    LanguageSwitcher *m_languageSwitcher;
    ProfilesController *m_profiles;
    models::PagedListModel *m_poolsModel;
    QStandardItemModel *m_navigation;
    QList<ListPage *> m_pages; // indexed by Section, Tokens excepted
    UsersController *m_users = nullptr;
    UserDetailPane *m_userDetailPane = nullptr;
    QSplitter *m_usersSplitter = nullptr;
    QWidget *m_tokensPage = nullptr;
    TokenWorkbench *m_tokenWorkbench = nullptr;
    QComboBox *m_profileComboBox;
    QLabel *m_endpointLabel;
    QLabel *m_regionLabel;
    QLabel *m_credentialsLabel;
    BusyIndicator *m_busyIndicator;
    QString m_poolId;              // the pool whose section is shown
    QString m_reselectUser;        // selected again when their row is (back) in the listing
    QString m_selectWhenRefreshed; // a form's user, selected when their fresh row is in
    Section m_section = Section::Pools;
    bool m_selectingNavigation = false; // the tree follows showSection(), not the reverse
};

} // namespace cdesk::gui
