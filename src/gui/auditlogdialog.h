#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AuditLogDialog;
}

namespace cdesk::models {
class AuditLogModel;
class AuditLogFilter;
} // namespace cdesk::models

namespace cdesk::gui {

// The local audit log (cognito::AuditLog): every write made through the app or the CLI on
// this computer, one row per write, newest first; filters by user, operation and time, and
// the rows shown exported as CSV. Lines the log could not read (cut off by a crash) are
// skipped and said so. Read-only; Reload reads the file again.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)

public:
    explicit AuditLogDialog(QString path, QWidget *parent = nullptr);
    ~AuditLogDialog() override;

    void reload();
    // Writes the rows shown to `path` as CSV; false (and a warning shown) when it cannot.
    bool exportTo(const QString &path);

    models::AuditLogFilter *filter() const { return m_filter; }

Q_SIGNALS:
    void exported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void askExport();
    void fillOperations();
    void updateSince();
    void showCount();

    std::unique_ptr<Ui::AuditLogDialog> m_ui;
    QString m_path;
    QStringList m_warnings;
    models::AuditLogModel *m_model;
    models::AuditLogFilter *m_filter;
};

} // namespace cdesk::gui
