#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SetPasswordDialog;
}

namespace cdesk::gui {

class UserFormsController;

// AdminSetUserPassword: a typed or generated password, permanent or temporary. The pool's
// policy is advice under the field; what the service refuses is shown in place.
class SetPasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetPasswordDialog)

public:
    // Takes `controller` over as a child.
    SetPasswordDialog(UserFormsController *controller, const QString &username,
                      QWidget *parent = nullptr);
    ~SetPasswordDialog() override;

    void accept() override;

Q_SIGNALS:
    // The service accepted the password.
    void completed();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::SetPasswordDialog> m_ui;
    UserFormsController *m_controller;
    QString m_username;
};

} // namespace cdesk::gui
