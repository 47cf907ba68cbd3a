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
namespace cdesk::secrets {
class SecretStore;
struct Profile;
} // namespace cdesk::secrets

class QGroupBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace cdesk::gui {

class SavedSessions;
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

    // The profiles the saved sessions' Environment picker offers; `current` is the
    // connection's (empty: a connection without a profile).
    void setProfiles(const QList<secrets::Profile> &profiles, const QString &current);

    TokenWorkbenchController *controller() const { return m_controller; }
    SavedSessions *savedSessions() const { return m_savedSessions; }
    // The current TOTP code of the user in the username field (its secret in the keychain, as
    // `mfa enrol` keeps it); empty when there is none.
    QString totpCode() const;

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
    void buildExtras();
    void retranslateExtras();
    // Looks up the TOTP secret of the user in the username field (or signed in).
    void lookUpTotpSecret();
    void updateTotp();
    // The identity-pool credentials' line: identity, role, expiry (or how to get them).
    void updateIdentityCredentials();

    std::unique_ptr<Ui::TokenWorkbench> m_ui;
    TokenWorkbenchController *m_controller;
    QTimer *m_countdown;
    QUrl m_profileDomain;
    QUrl m_profileCallback;
    bool m_fillingClients = false;

    QGroupBox *m_sessionsGroupBox = nullptr;
    SavedSessions *m_savedSessions = nullptr;
    std::unique_ptr<secrets::SecretStore> m_keychain;
    QByteArray m_totpKey; // the secret's bytes; empty: no secret for the user
    int m_totpGeneration = 0;
    QTimer *m_totpTimer = nullptr;
    QLabel *m_totpLabel = nullptr;
    QWidget *m_totpWidget = nullptr;
    QLabel *m_totpCodeLabel = nullptr;
    QLabel *m_totpCountdownLabel = nullptr;
    QPushButton *m_copyTotpPushButton = nullptr;
    QPushButton *m_fillTotpPushButton = nullptr;

    QLabel *m_identityPoolLabel = nullptr;
    QLineEdit *m_identityPoolLineEdit = nullptr;
    QPushButton *m_getCredentialsPushButton = nullptr;
    QLabel *m_identityCredentialsLabel = nullptr;
    QCheckBox *m_sigv4CheckBox = nullptr;
    QLineEdit *m_sigv4ServiceLineEdit = nullptr;
};

} // namespace cdesk::gui
