#pragma once

#include "cognito/types.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class PoolSettingsDialog;
}

namespace cdesk::cognito {
class Connection;
}

namespace cdesk::gui::admin {

class PoolController;

// A user pool's settings: name, password policy, sign-in with email, verification, email,
// MFA and deletion protection. Creates a new pool, or (given a described pool) saves the
// settings an existing one can change: UpdateUserPool with the pool's whole configuration,
// so what the form does not show stays as it is. Stays open on a service error.
class PoolSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolSettingsDialog)

public:
    // A new pool.
    explicit PoolSettingsDialog(std::shared_ptr<cognito::Connection> connection,
                                QWidget *parent = nullptr);
    // The settings of `pool` as DescribeUserPool described it; the name and the username
    // attributes cannot be changed after creation and are shown read-only.
    PoolSettingsDialog(std::shared_ptr<cognito::Connection> connection, cognito::UserPool pool,
                       QWidget *parent = nullptr);
    ~PoolSettingsDialog() override;

    PoolController *controller() const { return m_controller; }
    bool isEditing() const { return m_pool.has_value(); }
    QString validationError() const;
    // The request the form describes (a new pool).
    cognito::CreateUserPoolRequest request() const;
    // What the form changes of the pool being edited (only what differs from it).
    cognito::UserPoolChanges changes() const;

    void accept() override;

Q_SIGNALS:
    void created(const QString &poolId);
    // The settings were saved; `pool` as described afterwards.
    void saved(const cdesk::cognito::UserPool &pool);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUp();
    void fill(const cognito::UserPool &pool);
    QJsonObject passwordPolicy() const;
    cognito::EmailConfiguration emailConfiguration() const;
    QString mfaConfiguration() const;
    void updateButtons();

    std::unique_ptr<Ui::PoolSettingsDialog> m_ui;
    PoolController *m_controller;
    std::optional<cognito::UserPool> m_pool; // the pool edited; none for a new one
};

} // namespace cdesk::gui::admin
