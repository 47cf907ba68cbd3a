#pragma once

#include "aws/awserror.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class FormStatus;
}

namespace cdesk::gui {

class UserFormsController;

// The state line of a user form: a busy indicator with Cancel while the controller's call
// runs, the service's error (type and message) in place when it fails, or a note.
class FormStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormStatus)

public:
    explicit FormStatus(QWidget *parent = nullptr);
    ~FormStatus() override;

    // Follows `controller`: busy and failed are shown, Cancel cancels it. While it is busy
    // the widgets in `disabledWhileBusy` are disabled, so nothing changes under a call.
    void bind(UserFormsController *controller, const QList<QWidget *> &disabledWhileBusy);

    void showError(const aws::AwsError &error);
    // Problems found before sending, one per line.
    void showProblems(const QStringList &problems);
    void showMessage(const QString &message);
    void clear();
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateBusy();

    std::unique_ptr<Ui::FormStatus> m_ui;
    QPointer<UserFormsController> m_controller;
    QList<QPointer<QWidget>> m_disabledWhileBusy;
    QPointer<QWidget> m_focusBeforeBusy;
};

} // namespace cdesk::gui
