#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class OperationStatus;
}

namespace cdesk::aws {
struct AwsError;
}

namespace cdesk::gui::admin {

class Controller;

// The strip at the bottom of every administration dialog: a busy bar with Cancel while the
// controller works, what it is doing, and the service's error (type and message) in place.
class OperationStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationStatus)

public:
    explicit OperationStatus(QWidget *parent = nullptr);
    ~OperationStatus() override;

    // Follows `controller`'s busy, progress and failed signals; Cancel cancels it.
    void attach(Controller *controller);

    void setBusy(bool busy, const QString &what = {});
    void showMessage(const QString &text);
    void showError(const aws::AwsError &error);
    // An error of the dialog's own (a bulk run's summary, a file that failed a check).
    void showErrorText(const QString &text);
    void clear();

    QString errorText() const;
    QString messageText() const;

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::OperationStatus> m_ui;
};

} // namespace cdesk::gui::admin
