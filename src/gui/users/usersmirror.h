#pragma once

#include "mirror/mirror.h"
#include "mirror/mirrorsync.h"

#include <QFuture>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace cdesk::cognito {
class Connection;
}

namespace cdesk::gui {

class BusyIndicator;
class MirrorUsersModel;

// The Users view's local copy of the pool (the mirror `user sync` builds): a search field
// answered as it is typed, status, enabled and group facets, how many users match of how
// many, and how old the copy is; "Sync local copy" (or "Refresh local copy") and "Forget
// local data". Without a mirror, only the Sync action shows and the page lists the server.
// The mirror is written through here after the window changes a user, so the row shows the
// change without a new sync.
class UsersMirror final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersMirror)

public:
    // `window` parents the questions.
    explicit UsersMirror(QWidget *window, QWidget *parent = nullptr);
    ~UsersMirror() override;

    // Opens the pool's mirror if there is one (null connection or empty pool: none).
    void setPool(std::shared_ptr<cognito::Connection> connection, const QString &poolId);
    void setBusyIndicator(BusyIndicator *indicator);

    // A mirror of the current pool is open: the page shows model().
    bool isActive() const { return bool(m_mirror); }
    bool isSyncing() const { return m_sync != nullptr; }
    MirrorUsersModel *model() const { return m_model; }
    // The mirror file of the current pool (empty when there is no pool).
    QString path() const;

    // The user's row in the mirror (ListUsers' item), empty when not there.
    QJsonObject user(const QString &username) const;
    // Write-through of a change made through the window (ListUsers' item of the user after
    // it, the user gone, a membership); a mirror that cannot take it is dropped, as the CLI
    // does, so that it never shows what is no longer so.
    void userChanged(const QJsonObject &listedUser);
    void userRemoved(const QString &username);
    void membershipChanged(const QString &username, const QString &group, bool member);

    // Lists the pool into a new mirror (progress and Cancel in the status bar); a failed or
    // canceled sync leaves the old one in place.
    void sync();
    void cancelSync();
    // Asks, then deletes the pool's mirror.
    void forget();
    // Puts the focus in the search field, its text selected (Ctrl+F).
    void focusSearch();

Q_SIGNALS:
    // A mirror was opened or closed (sync, forget, another pool).
    void activeChanged(bool active);
    // A sync ended: ok, or failed or canceled (`error` says which).
    void syncFinished(bool ok, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void open();
    void close();
    void search();
    void updateState();
    void fillChoices();
    void wroteThrough(const aws::Result<aws::Empty> &result);
    void retranslate();

    QPointer<QWidget> m_window;
    std::shared_ptr<cognito::Connection> m_connection;
    QString m_poolId;
    std::unique_ptr<mirror::Mirror> m_mirror;
    MirrorUsersModel *m_model;
    mirror::MirrorSync *m_sync = nullptr;
    QFuture<aws::Result<mirror::SyncSummary>> m_syncFuture;
    QPointer<BusyIndicator> m_busy;
    QTimer *m_searchTimer;
    QString m_message; // the last sync's failure, or empty

    QWidget *m_searchRow;
    QLabel *m_searchLabel;
    QLineEdit *m_searchEdit;
    QLabel *m_statusLabel;
    QComboBox *m_statusCombo;
    QLabel *m_enabledLabel;
    QComboBox *m_enabledCombo;
    QLabel *m_groupLabel;
    QComboBox *m_groupCombo;
    QLabel *m_countLabel;
    QLabel *m_ageLabel;
    QPushButton *m_syncButton;
    QPushButton *m_forgetButton;
};

} // namespace cdesk::gui
