#pragma once

#include "cognito/logincheck.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginCheckDialog;
}

namespace cdesk::gui {

class LoginCheckController;

// "Why can't this user sign in?": the app client and flow to judge, the findings with their
// fixes, and a button for the fixes that are one call (after a confirmation); the check runs
// again after each fix. It never signs in as the user.
class LoginCheckDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginCheckDialog)

public:
    LoginCheckDialog(LoginCheckController *controller, const QString &poolId,
                     const QString &username, QWidget *parent = nullptr);
    ~LoginCheckDialog() override;

    // The findings shown, for tests and the fix button.
    const cognito::LoginCheckReport &report() const { return m_report; }

Q_SIGNALS:
    // A fix changed the user or the client.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void runCheck();
    void showReport(const cognito::LoginCheckReport &report);
    void applyFix();
    void updateButtons();
    cognito::LoginCheckRequest request() const;
    static QString severityText(cognito::LoginFinding::Severity severity);

    std::unique_ptr<Ui::LoginCheckDialog> m_ui;
    LoginCheckController *m_controller;
    QString m_poolId;
    QString m_username;
    cognito::LoginCheckReport m_report;
};

} // namespace cdesk::gui
