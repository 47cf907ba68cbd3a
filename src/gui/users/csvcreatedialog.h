#pragma once

#include "cognito/bulkcreate.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace cdesk::cognito {
class Connection;
}

namespace cdesk::gui {

// "Create users from CSV…", the app's `bulk create`: a CSV file (header: username, attribute
// columns, optionally groups) is checked completely against the pool (cognito::
// BulkCreatePool, the CLI's check) and shown — its rows, its columns, and every problem with
// its line; Create stays disabled while there is one. The options are the CLI's: temporary
// passwords generated to the pool's policy into a passwords file (created owner-only, never
// overwritten; the passwords are shown nowhere else), the invitation message sent or
// suppressed, groups every user is also added to, and a requests-per-second ceiling. Create
// hands the job to the caller (createRequested), which runs it in the job window.
class CsvCreateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvCreateDialog)

public:
    CsvCreateDialog(std::shared_ptr<cognito::Connection> connection, QString poolId,
                    QWidget *parent = nullptr);
    ~CsvCreateDialog() override;

    // Reads `path` and checks it against the pool (as soon as the pool is read).
    void setCsvFile(const QString &path);
    // Where the generated passwords go.
    void setPasswordsFile(const QString &path);

    // The pool was read (its attributes and groups); false while reading or when it failed.
    bool isPoolRead() const { return m_pool.has_value(); }
    // The chosen file was checked against the pool: its problems (line, message).
    bool isChecked() const { return m_checked; }
    const cognito::BulkCreateCheck &result() const { return m_check; }
    bool canCreate() const;
    // The job Create starts.
    cognito::BulkJobSpec spec() const;
    double maxRequestsPerSecond() const;

    void accept() override;

Q_SIGNALS:
    // The pool's attributes and groups were read (or could not be: `ok` false).
    void poolRead(bool ok);
    // The chosen file was checked (result() has its problems and rows).
    void fileChecked();
    // Create: run `spec` (a bulk create job) at most `maxRps` requests a second (0: the
    // operation's quota).
    void createRequested(const cognito::BulkJobSpec &spec, double maxRps);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseCsvFile();
    void choosePasswordsFile();
    void runCheck();
    void showPreview();
    void updateState();

    std::shared_ptr<cognito::Connection> m_connection;
    QString m_poolId;
    std::optional<cognito::BulkCreatePool> m_pool;
    QString m_poolError;
    QString m_csvPath;
    QByteArray m_csv;
    QString m_readError;
    bool m_checked = false;
    cognito::BulkCreateCheck m_check;
    QString m_passwordsError;

    QLabel *m_headingLabel;
    QLabel *m_fileLabel;
    QLineEdit *m_fileLineEdit;
    QPushButton *m_fileButton;
    QLabel *m_statusLabel;
    QLabel *m_previewLabel;
    QTableWidget *m_previewTable;
    QLabel *m_problemsLabel;
    QTreeWidget *m_problemsTree;
    QGroupBox *m_optionsGroup;
    QCheckBox *m_generateCheckBox;
    QLabel *m_passwordsLabel;
    QLineEdit *m_passwordsLineEdit;
    QPushButton *m_passwordsButton;
    QLabel *m_passwordsHintLabel;
    QLabel *m_messageLabel;
    QComboBox *m_messageComboBox;
    QLabel *m_groupsLabel;
    QListWidget *m_groupsList;
    QLabel *m_rpsLabel;
    QDoubleSpinBox *m_rpsSpinBox;
    QDialogButtonBox *m_buttons;
    QPushButton *m_createButton;
};

} // namespace cdesk::gui
