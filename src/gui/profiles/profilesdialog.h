#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ProfilesDialog;
}

namespace cdesk::secrets {
struct Profile;
}

namespace cdesk::gui {

class ProfilesController;

// Edits the saved profiles: where to connect (region, endpoint, pool, client, hosted UI)
// and whose AWS credentials to use. Secrets typed here go to the keychain through the
// controller; the fields show only whether one is stored. Test connection and save
// errors are shown in place.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)

public:
    explicit ProfilesDialog(ProfilesController *controller, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    // Shows `name`'s fields (empty: a new profile).
    void selectProfile(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Whose keys to use is chosen, never the first name in ~/.aws/config by default.
    void retranslatePlaceholders();
    void fillList();
    void showProfile(const secrets::Profile &profile);
    secrets::Profile editedProfile() const;
    void save();
    void removeCurrent();
    void test();
    void updateCredentialFields();
    void setMessage(const QString &text, bool error);

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    ProfilesController *m_controller;
    QString m_current; // the saved profile shown; empty for a new one
};

} // namespace cdesk::gui
