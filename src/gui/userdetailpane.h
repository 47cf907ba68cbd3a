#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class UserDetailPane;
}

namespace cdesk::gui {

class UsersController;

// The selected user beside the users list: their attributes (set, delete), their groups
// (add, remove) and the actions on them. It asks the controller for every change and
// shows the service's errors in place; the forms (password, sign-up confirmation, the
// new-password challenge) are opened by the window through the signals.
class UserDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDetailPane)

public:
    explicit UserDetailPane(UsersController *controller, QWidget *parent = nullptr);
    ~UserDetailPane() override;

Q_SIGNALS:
    void setPasswordRequested(const QString &username);
    void confirmSignUpRequested(const QString &username);
    void completeNewPasswordRequested(const QString &username);
    void checkLoginRequested(const QString &username);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateUser();
    void updateButtons();
    QStringList selectedAttributes() const;
    QStringList selectedGroups() const;

    std::unique_ptr<Ui::UserDetailPane> m_ui;
    UsersController *m_controller;
    QString m_shownUser;
};

} // namespace cdesk::gui
