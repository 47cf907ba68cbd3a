#include "userforms.h"

#include "gui/users/confirmsignupdialog.h"
#include "gui/users/createuserdialog.h"
#include "gui/users/logincheckcontroller.h"
#include "gui/users/logincheckdialog.h"
#include "gui/users/newpassworddialog.h"
#include "gui/users/setpassworddialog.h"
#include "gui/users/signupdialog.h"
#include "gui/users/userformscontroller.h"

namespace cdesk::gui::userforms {

namespace {

// Window-modal, deleted on close, `done` called on the dialog's `signal`.
template <typename Dialog, typename Signal>
void show(Dialog *dialog, Signal signal, std::function<void()> done)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (done)
        QObject::connect(dialog, signal, dialog, [done = std::move(done)] { done(); });
    dialog->open();
}

} // namespace

void createUser(QWidget *parent, std::shared_ptr<cognito::Connection> connection,
                const QString &poolId, std::function<void()> done,
                std::function<void(const QString &username)> created)
{
    auto *controller = new UserFormsController(std::move(connection), poolId);
    auto *dialog = new CreateUserDialog(controller, parent);
    if (created)
        QObject::connect(
            controller, &UserFormsController::userCreated, dialog,
            [created = std::move(created)](const cognito::User &user) { created(user.username); });
    show(dialog, &CreateUserDialog::completed, std::move(done));
}

void setPassword(QWidget *parent, std::shared_ptr<cognito::Connection> connection,
                 const QString &poolId, const QString &username, std::function<void()> done)
{
    auto *controller = new UserFormsController(std::move(connection), poolId);
    show(new SetPasswordDialog(controller, username, parent), &SetPasswordDialog::completed,
         std::move(done));
}

void confirmSignUp(QWidget *parent, std::shared_ptr<cognito::Connection> connection,
                   const QString &poolId, const QString &username, std::function<void()> done)
{
    auto *controller = new UserFormsController(std::move(connection), poolId);
    show(new ConfirmSignUpDialog(controller, username, parent), &ConfirmSignUpDialog::completed,
         std::move(done));
}

void signUp(QWidget *parent, std::shared_ptr<cognito::Connection> connection, const QString &poolId,
            std::function<void()> done)
{
    auto *controller = new UserFormsController(std::move(connection), poolId);
    auto *dialog = new SignUpDialog(controller, parent);
    // The new user exists (UNCONFIRMED) as soon as SignUp succeeds: listings may refresh then.
    if (done)
        QObject::connect(dialog, &SignUpDialog::signedUp, dialog, [done] { done(); });
    show(dialog, &SignUpDialog::completed, std::move(done));
}

void completeNewPassword(QWidget *parent, std::shared_ptr<cognito::Connection> connection,
                         const QString &poolId, const QString &username, std::function<void()> done)
{
    auto *controller = new UserFormsController(std::move(connection), poolId);
    show(new NewPasswordDialog(controller, username, parent), &NewPasswordDialog::completed,
         std::move(done));
}

void checkLogin(QWidget *parent, std::shared_ptr<cognito::Connection> connection,
                const QString &poolId, const QString &username, std::function<void()> done)
{
    auto *controller = new LoginCheckController(std::move(connection), poolId);
    show(new LoginCheckDialog(controller, poolId, username, parent), &LoginCheckDialog::changed,
         std::move(done));
}

} // namespace cdesk::gui::userforms
