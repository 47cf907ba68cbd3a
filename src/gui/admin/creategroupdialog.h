#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class CreateGroupDialog;
}

namespace cdesk::cognito {
class Connection;
}

namespace cdesk::gui::admin {

class GroupController;

// A new group: name, description, precedence and IAM role. Stays open on a service error.
class CreateGroupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateGroupDialog)

public:
    CreateGroupDialog(std::shared_ptr<cognito::Connection> connection, QString poolId,
                      QWidget *parent = nullptr);
    ~CreateGroupDialog() override;

    GroupController *controller() const { return m_controller; }

    void accept() override;

Q_SIGNALS:
    // The service created the group.
    void created(const QString &groupName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();
    QString validationError() const;

    std::unique_ptr<Ui::CreateGroupDialog> m_ui;
    GroupController *m_controller;
    QString m_poolId;
};

} // namespace cdesk::gui::admin
