#pragma once

#include "cognito/types.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CreatePoolDialog;
}

namespace cdesk::cognito {
class Connection;
}

namespace cdesk::gui::admin {

class PoolController;

// A new user pool: name, password policy, sign-in with email, verification and the email
// settings. Stays open on a service error.
class CreatePoolDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatePoolDialog)

public:
    explicit CreatePoolDialog(std::shared_ptr<cognito::Connection> connection,
                              QWidget *parent = nullptr);
    ~CreatePoolDialog() override;

    PoolController *controller() const { return m_controller; }
    QString validationError() const;
    // The request the form describes.
    cognito::CreateUserPoolRequest request() const;

    void accept() override;

Q_SIGNALS:
    void created(const QString &poolId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();

    std::unique_ptr<Ui::CreatePoolDialog> m_ui;
    PoolController *m_controller;
};

} // namespace cdesk::gui::admin
