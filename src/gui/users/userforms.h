#pragma once

#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace cdesk::cognito {
class Connection;
}

// The user forms of a pool: entry points for menus, the detail pane and context menus.
namespace cdesk::gui::userforms {

// Each opens its dialog (window-modal, open() not exec()), runs the operation through the
// controller, and calls `done` after the server accepted it. The dialog stays open on errors.
// createUser also tells `created` the new user's name, so the caller can select them.
void createUser(QWidget *parent, std::shared_ptr<cognito::Connection> connection,
                const QString &poolId, std::function<void()> done,
                std::function<void(const QString &username)> created = {});
void setPassword(QWidget *parent, std::shared_ptr<cognito::Connection> connection,
                 const QString &poolId, const QString &username, std::function<void()> done);
void confirmSignUp(QWidget *parent, std::shared_ptr<cognito::Connection> connection,
                   const QString &poolId, const QString &username, std::function<void()> done);
void signUp(QWidget *parent, std::shared_ptr<cognito::Connection> connection, const QString &poolId,
            std::function<void()> done);
void completeNewPassword(QWidget *parent, std::shared_ptr<cognito::Connection> connection,
                         const QString &poolId, const QString &username,
                         std::function<void()> done);

// "Why can't this user sign in?"; `done` after each fix it applied.
void checkLogin(QWidget *parent, std::shared_ptr<cognito::Connection> connection,
                const QString &poolId, const QString &username, std::function<void()> done);

} // namespace cdesk::gui::userforms
