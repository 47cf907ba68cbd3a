#pragma once

#include "cognito/types.h"
#include "gui/users/poolprofile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewPasswordDialog;
}

namespace cdesk::gui {

class UserFormsController;

// Walks a FORCE_CHANGE_PASSWORD user through the first sign-in: AdminInitiateAuth
// (ADMIN_USER_PASSWORD_AUTH, on a client that allows it) with the temporary password, then
// the NEW_PASSWORD_REQUIRED answer with the new password and the attributes it asks for.
class NewPasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewPasswordDialog)

public:
    NewPasswordDialog(UserFormsController *controller, const QString &username,
                      QWidget *parent = nullptr);
    ~NewPasswordDialog() override;

    void accept() override;

Q_SIGNALS:
    void completed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // OK waits for a chosen app client (on the new-password page, for nothing).
    void updateOk();
    cognito::UserPoolClient selectedClient() const;

    std::unique_ptr<Ui::NewPasswordDialog> m_ui;
    UserFormsController *m_controller;
    QString m_username;
    PoolProfile m_pool;
    QList<cognito::UserPoolClient> m_clients;
};

} // namespace cdesk::gui
