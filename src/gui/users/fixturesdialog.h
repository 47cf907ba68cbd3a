#pragma once

#include "auth/fixturesrunner.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cdesk::cognito {
class Connection;
}
namespace cdesk::secrets {
class SecretStore;
}

namespace cdesk::gui {

// Tools > "Test users…", the app's `fixtures apply`: a fixtures file (YAML or JSON, docs/
// fixtures.md) is read, Check shows what applying it would do to each user (create, update
// with what changes, or nothing) without writing anything, and Apply (after a confirmation)
// does it, each user's outcome shown in its row; a user that failed stays listed with why.
// The work is auth::FixturesRunner's, the CLI's: passwords and TOTP secrets go to the
// keychain. TOTP enrolment signs in as the user through the chosen app client.
class FixturesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FixturesDialog)

public:
    // `secrets` (not owned) keeps the passwords and TOTP secrets; it must outlive the dialog.
    FixturesDialog(std::shared_ptr<cognito::Connection> connection, QString poolId,
                   secrets::SecretStore *secrets, QWidget *parent = nullptr);
    ~FixturesDialog() override;

    // Reads and parses `path`; true when it holds users (a mistake is shown with its line).
    bool setFixturesFile(const QString &path);
    // Check: reads every user of the file and shows its plan (planned() when done).
    void check();
    // Apply: performs the plan shown, after asking (applied() when done).
    void apply();
    void cancel();

    bool isBusy() const;
    bool isPlanned() const { return m_planned; }
    const QList<cognito::FixtureUser> &users() const { return m_users; }
    const QList<auth::FixtureCheck> &checks() const { return m_checks; }
    const QList<auth::FixtureOutcome> &outcomes() const { return m_outcomes; }
    // The problem shown under the file (a parse error, a failed run); empty when none.
    QString problem() const { return m_problem; }

    void reject() override;

Q_SIGNALS:
    // The app clients were listed (TOTP enrolment signs in through one).
    void clientsListed();
    // Check ended: checks() has each user's plan (or error); `ok` false when it was canceled.
    void planned(bool ok);
    // Apply ended: outcomes() has each user's; `ok` false when it was canceled or never began.
    void applied(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseFile();
    void showChecks();
    void showOutcome(int index, const auth::FixtureOutcome &outcome);
    void startApply();
    void updateState();
    QString changes(const auth::FixtureCheck &check) const;
    QString planText(const auth::FixtureCheck &check) const;
    QString outcomeText(const auth::FixtureOutcome &outcome) const;

    std::shared_ptr<cognito::Connection> m_connection;
    QString m_poolId;
    auth::FixturesRunner *m_runner = nullptr;
    QString m_path;
    QList<cognito::FixtureUser> m_users;
    QList<auth::FixtureCheck> m_checks;
    QList<auth::FixtureOutcome> m_outcomes;
    bool m_planned = false;
    bool m_applying = false;
    int m_generation = 0; // a stop during Apply's first read makes its answer stale
    QString m_problem;
    QString m_status;

    QLabel *m_headingLabel;
    QLabel *m_fileLabel;
    QLineEdit *m_fileLineEdit;
    QPushButton *m_openButton;
    QLabel *m_clientLabel;
    QComboBox *m_clientComboBox;
    QLabel *m_statusLabel;
    QLabel *m_planLabel;
    QTableWidget *m_planTable;
    QDialogButtonBox *m_buttons;
    QPushButton *m_checkButton;
    QPushButton *m_applyButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
};

} // namespace cdesk::gui
