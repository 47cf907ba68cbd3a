#pragma once

#include "cognito/types.h"
#include "gui/users/poolprofile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SignUpDialog;
}

namespace cdesk::gui {

class UserFormsController;

// SignUp as one of the pool's app clients (with SECRET_HASH when it has a secret), then the
// code the user received: ConfirmSignUp, or ResendConfirmationCode for a new one.
class SignUpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignUpDialog)

public:
    SignUpDialog(UserFormsController *controller, QWidget *parent = nullptr);
    ~SignUpDialog() override;

    void accept() override;

Q_SIGNALS:
    // The user exists (after SignUp) and, again, the user is confirmed.
    void signedUp();
    void completed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // OK waits for the pool and a chosen app client (on the code page, for nothing).
    void updateOk();
    void showCodePage(const QJsonObject &codeDeliveryDetails);
    cognito::UserPoolClient selectedClient() const;

    std::unique_ptr<Ui::SignUpDialog> m_ui;
    UserFormsController *m_controller;
    QList<cognito::UserPoolClient> m_clients;
    cognito::UserPoolClient m_client; // the one the user signed up with
    QString m_username;
    QJsonObject m_delivery;
    bool m_poolLoaded = false;
};

} // namespace cdesk::gui
