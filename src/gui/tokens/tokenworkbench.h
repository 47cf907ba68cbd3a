#pragma once

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class TokenWorkbench;
}

namespace cdesk::cognito {
class Connection;
}

class QTimer;

namespace cdesk::gui {

class TokenWorkbenchController;

// The testers' room: sign in as a user of the pool (password, SRP, admin flow, hosted UI),
// answer the challenges inline, read and check the tokens, refresh them, and call an API
// with one. The work is the controller's; this shows it and passes on what is typed.
class TokenWorkbench final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenWorkbench)

public:
    explicit TokenWorkbench(QWidget *parent = nullptr);
    ~TokenWorkbench() override;

    // The pool to sign in to; its app clients are listed to choose from. A null connection
    // clears the workbench.
    void setPool(std::shared_ptr<cognito::Connection> connection, const QString &poolId);
    // A profile's hosted-UI domain and callback URL, preferred over what the pool suggests.
    // Either may be empty.
    void setHostedUiDefaults(const QUrl &domain, const QUrl &callbackUrl);
    // How the hosted UI's authorize URL reaches a browser (the system's by default).
    void setBrowserOpener(std::function<void(const QUrl &)> opener);

    TokenWorkbenchController *controller() const { return m_controller; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void fillClients();
    void onClientChanged();
    void onMethodChanged();
    void onBusyChanged(bool busy, const QString &what);
    void onError();
    void onChallenge();
    void onTokensChanged();
    void updateCheck(int kind);
    void updateExpiry();
    void updateButtons();
    void showLocalError(const QString &message);
    void signIn();
    void answerNewPassword();
    void send();
    void copyCurl();
    bool isMethodChosen() const;
    bool isHostedUiMethod() const;

    std::unique_ptr<Ui::TokenWorkbench> m_ui;
    TokenWorkbenchController *m_controller;
    QTimer *m_countdown;
    QUrl m_profileDomain;
    QUrl m_profileCallback;
    bool m_fillingClients = false;
};

} // namespace cdesk::gui
