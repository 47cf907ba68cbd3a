#pragma once

#include "gui/users/poolprofile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CreateUserDialog;
}

namespace cdesk::gui {

class UserFormsController;

// AdminCreateUser: the username (an email address or phone number in pools that sign in
// with one), the attributes of the pool's schema with the required ones enforced, a typed
// or generated temporary password, and whether and how the invitation goes out.
class CreateUserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateUserDialog)

public:
    CreateUserDialog(UserFormsController *controller, QWidget *parent = nullptr);
    ~CreateUserDialog() override;

    void accept() override;

Q_SIGNALS:
    void completed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyPool(const PoolProfile &pool);
    void updateMessageAction();
    QStringList problems() const;

    std::unique_ptr<Ui::CreateUserDialog> m_ui;
    UserFormsController *m_controller;
    PoolProfile m_pool;
    bool m_poolLoaded = false;
};

} // namespace cdesk::gui
