#pragma once

#include "gui/actionrouter.h"
#include "gui/section.h"

#include <QMainWindow>
#include <QUrl>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace cdesk::aws {
class CredentialsProvider;
}

namespace cdesk::cognito {
enum class BulkOperation;
class Connection;
} // namespace cdesk::cognito

namespace cdesk::models {
class PagedListModel;
}

class QComboBox;
class QLabel;

namespace cdesk::gui {

class ActionRouter;
class BackupController;
class BusyIndicator;
class LanguageSwitcher;
class ListPage;
class Navigation;
class ProfilesController;
class ProfileSwitcher;
class SectionPages;
class TokenWorkbench;
class UserDetailPane;
class UsersController;

// The window: a profile switcher, the connection's pools in a tree (Navigation: pool →
// Users, Groups, App clients, Import jobs, Tokens), the page of whatever is selected
// (SectionPages, built when first wanted), the actions and the forms they open
// (ActionRouter), and a status bar saying where it is connected and as whom.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using Section = gui::Section;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the pools of `connection`; null disconnects. `credentials` (the connection's,
    // optional) lets the status bar say which source signed; `profileName` is the profile
    // it was opened from, if any.
    void setConnection(std::shared_ptr<cognito::Connection> connection,
                       std::shared_ptr<aws::CredentialsProvider> credentials = {},
                       const QString &profileName = {});
    // On (the app sets it at start): each time a connection is set, the bulk jobs left
    // interrupted in a pool of its region are offered for resuming (offerInterruptedJobs).
    void setOfferInterruptedJobs(bool offer) { m_offerInterruptedJobs = offer; }
    // Asks, for each interrupted bulk job (state "interrupted", not "running") whose pool is
    // on this connection's endpoint (its region, and DescribeUserPool finds it), whether to
    // finish it; a yes opens that pool's users and resumes the job in the job window (one at
    // a time: the others are asked about at the next start). The questions come once each
    // pool has been looked up.
    void offerInterruptedJobs();
    // Opens the saved profile `name` (its secrets come from the keychain) and remembers it
    // as the last used. Errors are shown in place.
    void openProfile(const QString &name);
    // Opens `section` of pool `poolId` (ignored for Pools), as selecting it in the tree does.
    void showSection(Section section, const QString &poolId = {});

    models::PagedListModel *poolsModel() const { return m_poolsModel; }
    // The pages are built when first shown; these accessors build the page they reach if it
    // has not been yet (the listing of `section`: null for Tokens).
    ListPage *page(Section section) const;
    QWidget *tokensPage() const;
    TokenWorkbench *tokenWorkbench() const;
    UsersController *users() const;
    UserDetailPane *userDetailPane() const;
    LanguageSwitcher *languageSwitcher() const { return m_languageSwitcher; }
    ProfilesController *profiles() const { return m_profiles; }
    BusyIndicator *busyIndicator() const { return m_busyIndicator; }
    // File > Back up pool… and File > Restore….
    BackupController *backups() const { return m_backups; }
    std::shared_ptr<cognito::Connection> connection() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void connectActions();
    void pageBuilt(Section section);
    void connectUsersPage();
    void retranslateAccessibility();
    void sectionShown();
    void updateTitle();
    void updateStatusBar();
    void updateActions();
    void buildLanguageMenu();
    void fillProfileSwitcher();
    // The token workbench's Environment picker: the profiles, the connected one chosen.
    void updateWorkbenchProfiles();
    void offerNextInterruptedJob(const std::shared_ptr<cognito::Connection> &connection,
                                 QStringList jobIds);
    void showProfilesDialog();
    void showContextMenu(Section section, const QPoint &position);
    // Asks what an operation of the bulk engine needs (a group, NAME=VALUE, a name) and runs it
    // on the selected users.
    void runOnSelectedUsers(cognito::BulkOperation operation);
    void restoreState();
    void saveState();
    Section section() const;
    QStringList selectedIds() const;
    // The pool the window is on: the one whose page is shown, or the one row selected in
    // the pools list; empty when none.
    QString selectedPoolId() const;
    void reloadSection(Section section);
    void openForm(std::optional<Form> form);
    void deleteSelected();
    void comparePool();
    // Tools > Test users…: the fixtures dialog for the selected pool.
    void openFixtures();
    // "Create users from CSV…": the file checked against the pool shown, then created in the
    // job window; the Users listing is loaded again after the job.
    void createUsersFromCsv();
    // A user form succeeded for `username`: their row is fetched again and selected.
    void userFormDone(const QString &username, bool created);
    void selectUser(const QString &username);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::shared_ptr<aws::CredentialsProvider> m_credentials;
    QString m_profileName;
    bool m_offerInterruptedJobs = false;
    QUrl m_hostedUiDomain; // the profile's, for the token workbench
    QUrl m_callbackUrl;
    LanguageSwitcher *m_languageSwitcher;
    ProfilesController *m_profiles;
    models::PagedListModel *m_poolsModel;
    SectionPages *m_pages;
    Navigation *m_navigation;
    ActionRouter *m_router;
    ProfileSwitcher *m_profileComboBox;
    QLabel *m_endpointLabel;
    QLabel *m_regionLabel;
    QLabel *m_credentialsLabel;
    BusyIndicator *m_busyIndicator;
    BackupController *m_backups;
    QString m_reselectUser;        // selected again when their row is (back) in the listing
    QString m_selectWhenRefreshed; // a form's user, selected when their fresh row is in
};

} // namespace cdesk::gui
