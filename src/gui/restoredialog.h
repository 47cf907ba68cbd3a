#pragma once

#include "cognito/backup.h"
#include "cognito/backuprunner.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RestoreDialog;
}

namespace cdesk::gui {

// File > Restore's choices for a backup already read and checked: into the pool selected in
// the window (when there is one) or a new pool of a given name; and, since a backup holds no
// password, whether the users get temporary passwords generated into an owner-only file or
// Cognito's own with no invitation message. The restore itself is BackupController's.
class RestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    // `selectedPoolId` empty: only a new pool can be chosen.
    RestoreDialog(const cognito::Backup &backup, const QString &path, const QString &selectedPoolId,
                  QWidget *parent = nullptr);
    ~RestoreDialog() override;

    // The restore as chosen (the passwords file made absolute).
    cognito::RestoreOptions options() const;
    // What stops OK, or empty.
    QString validationError() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateState();
    void browse();
    void retranslate();

    std::unique_ptr<Ui::RestoreDialog> m_ui;
    cognito::Backup m_backup;
    QString m_path;
    QString m_selectedPoolId;
};

} // namespace cdesk::gui
