#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ConfirmSignUpDialog;
}

namespace cdesk::gui {

class UserFormsController;

// AdminConfirmSignUp for an UNCONFIRMED user: confirms without the code the user was sent.
class ConfirmSignUpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmSignUpDialog)

public:
    ConfirmSignUpDialog(UserFormsController *controller, const QString &username,
                        QWidget *parent = nullptr);
    ~ConfirmSignUpDialog() override;

    void accept() override;

Q_SIGNALS:
    void completed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::ConfirmSignUpDialog> m_ui;
    UserFormsController *m_controller;
    QString m_username;
};

} // namespace cdesk::gui
