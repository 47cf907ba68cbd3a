#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace cdesk::cognito {
class Connection;
}

namespace cdesk::models {
class PagedListModel;
}

class QStandardItem;
class QStandardItemModel;

namespace cdesk::gui {

class LanguageSwitcher;
class ListPage;

// The connection's pools in a tree (pool → Users, Groups, App clients, Import jobs),
// and the page of whatever is selected.
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
    };
    Q_ENUM(Section)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the pools of `connection`; null disconnects.
    void setConnection(std::shared_ptr<cognito::Connection> connection);
    // Opens `section` of pool `poolId` (ignored for Pools), as selecting it in the tree does.
    void showSection(Section section, const QString &poolId = {});

    models::PagedListModel *poolsModel() const { return m_poolsModel; }
    ListPage *page(Section section) const;
    LanguageSwitcher *languageSwitcher() const { return m_languageSwitcher; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void addPoolItems(int first, int last);
    void rebuildNavigation();
    void retranslateNavigation();
    void onNavigationChanged();
    void selectNavigationItem(Section section, const QString &poolId);
    void updateTitle();
    void buildLanguageMenu();
    void restoreState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::shared_ptr<cognito::Connection> m_connection;
    LanguageSwitcher *m_languageSwitcher;
    models::PagedListModel *m_poolsModel;
    QStandardItemModel *m_navigation;
    QList<ListPage *> m_pages; // indexed by Section
    QString m_poolId;          // the pool whose section is shown
    Section m_section = Section::Pools;
    bool m_selectingNavigation = false; // the tree follows showSection(), not the reverse
};

} // namespace cdesk::gui
