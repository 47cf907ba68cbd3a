#pragma once

#include "auth/freshsession.h"
#include "auth/sessionstore.h"

#include <QList>
#include <QSettings>
#include <QUrl>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace cdesk::cognito {
class Connection;
}
namespace cdesk::secrets {
class SecretStore;
struct Profile;
} // namespace cdesk::secrets

namespace cdesk::gui {

class TokenWorkbenchController;

// The token workbench's saved sessions, the ones the CLI's `auth login --save`, `token get` and
// `exec` use too (auth::SessionStore: tokens in the keychain, the rest in the settings). An
// environment (a profile) picks the endpoint; its sessions are listed from the metadata alone.
// Use shows a session's tokens in the workbench, Copy fresh token refreshes a session near its
// expiry (auth::freshSession) and copies one of its tokens, Forget removes it, Save session
// keeps the workbench's sign-in where `token get USER` (and `exec --as USER`) finds it.
class SavedSessions final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedSessions)

public:
    // How close to expiry a session may be and still be copied without a refresh (the CLI's
    // default --min-ttl).
    static constexpr int MinTtlSeconds = 60;

    explicit SavedSessions(TokenWorkbenchController *controller, QWidget *parent = nullptr);
    ~SavedSessions() override;

    // The profiles to offer as environments; `current` (the connection's profile, empty for
    // one without) is chosen.
    void setProfiles(const QList<secrets::Profile> &profiles, const QString &current);
    // Lists the sessions of the environment chosen again (after the connection changed).
    void reload();

    // What the last operation said (empty: nothing yet).
    QString status() const;

Q_SIGNALS:
    // An operation ended: `ok` false when it failed (status() says why).
    void finished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Environment
    {
        QString profile; // empty: the workbench's own connection
        QString endpoint;
        QString region;
        QUrl endpointUrl;
    };

    void retranslate();
    // Lists the environments again, `choose` (a profile name) chosen if it is there.
    void fillEnvironments(const QString &choose);
    void updateButtons();
    std::optional<auth::SessionKey> selectedKey() const;
    const Environment *environment() const;
    void useSession();
    void copyFreshToken();
    void forgetSession();
    void saveSession();
    void report(bool ok, const QString &message);
    std::optional<auth::RefreshMeans> refreshMeans(const Environment &environment,
                                                   const auth::TokenSet &expiring);

    TokenWorkbenchController *m_controller;
    std::unique_ptr<secrets::SecretStore> m_keychain;
    QSettings m_settings;
    auth::SessionStore m_store;
    QList<Environment> m_environments;
    QString m_currentProfile;
    // A connection to another environment's endpoint, for its refreshes (InitiateAuth is
    // unsigned: no credentials).
    std::shared_ptr<cognito::Connection> m_otherConnection;
    QString m_otherEndpoint;
    bool m_busy = false;

    QLabel *m_environmentLabel;
    QComboBox *m_environmentComboBox;
    QTreeWidget *m_sessionsTreeWidget;
    QComboBox *m_tokenKindComboBox;
    QPushButton *m_usePushButton;
    QPushButton *m_copyPushButton;
    QPushButton *m_forgetPushButton;
    QPushButton *m_savePushButton;
    QLabel *m_statusLabel;
};

} // namespace cdesk::gui
