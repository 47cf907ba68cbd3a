#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class BulkRunDialog;
}

namespace cdesk::gui::admin {

class Controller;

// Follows a controller's bulk run (deleting pools, groups, clients): progress, Cancel, and
// each item's outcome — the service's error for those that failed. It stays open at the end
// when something failed, so the user sees what; it closes by itself when all succeeded.
class BulkRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRunDialog)

public:
    // Takes `controller` over (it becomes the dialog's child).
    BulkRunDialog(Controller *controller, const QString &title, const QString &heading,
                  QWidget *parent = nullptr);
    ~BulkRunDialog() override;

    Controller *controller() const { return m_controller; }
    void setHeading(const QString &heading);

    QStringList succeededItems() const;
    QStringList failedItems() const;

    void reject() override;

Q_SIGNALS:
    // The run ended; `succeeded` lists the items the service accepted.
    void runFinished(const QStringList &succeeded);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::BulkRunDialog> m_ui;
    Controller *m_controller;
};

} // namespace cdesk::gui::admin
