#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class GroupMembersDialog;
}

namespace cdesk::cognito {
class Connection;
}

namespace cdesk::models {
class PagedListModel;
}

namespace cdesk::gui::admin {

class GroupController;

// A group's members (ListUsersInGroup, paged in as the list scrolls); adds the usernames
// typed in, removes the selected members — many at once, each outcome listed.
class GroupMembersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupMembersDialog)

public:
    GroupMembersDialog(std::shared_ptr<cognito::Connection> connection, QString poolId,
                       QString groupName, QWidget *parent = nullptr);
    ~GroupMembersDialog() override;

    GroupController *controller() const { return m_controller; }
    models::PagedListModel *membersModel() const { return m_members; }

    // The usernames typed in the add box: one per line or separated by commas or spaces.
    QStringList typedUsernames() const;

Q_SIGNALS:
    // Members were added or removed (some may have failed; the dialog lists them).
    void membershipChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadMembers();
    void addTyped();
    void removeSelected();
    void updateButtons();
    void updateCountLabel();

    std::unique_ptr<Ui::GroupMembersDialog> m_ui;
    std::shared_ptr<cognito::Connection> m_connection;
    GroupController *m_controller;
    models::PagedListModel *m_members;
    QString m_poolId;
    QString m_groupName;
    bool m_adding = false;
};

} // namespace cdesk::gui::admin
