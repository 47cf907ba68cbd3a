#pragma once

#include "aws/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>

namespace cdesk::cognito {

// The local audit log: every write made through the CLI or the app, as JSON lines in an
// owner-only (0600) file. IdentityProvider::call, the one place every Cognito call passes
// through, appends two lines per write: one before it is sent (Phase "Sending") and one
// when it is done (Phase "Done", with the outcome and the request id); both carry the same
// Id. Each line is appended and fsync'ed, so the log survives a crash; a line cut off by
// one is skipped with a warning when the log is read.
//
// Which operations are writes is decided from the operation's name (isAuditedOperation):
// reads (Describe*, List*, Get*, AdminGet*, AdminList*) are not recorded, and neither is a
// sign-in (InitiateAuth, AdminInitiateAuth, and challenge answers that only prove who the
// user is). A challenge answer that sets something (NEW_PASSWORD_REQUIRED sets a password,
// MFA_SETUP a factor) is a write, and so is every other operation, known or not.
//
// Secrets never reach the file: any field whose name speaks of a password, secret, token,
// session or code is written as "(set)" (redacted()).
class AuditLog final
{
public:
    struct Entry
    {
        QDateTime time;
        QString id;    // shared by the Sending and the Done line of one write
        QString phase; // "Sending" or "Done"
        QString profile;
        QString credentialSource;
        QString operation;
        QJsonObject target;  // UserPoolId, Username, GroupName, ClientId, ...
        QJsonObject changes; // what the request sets, secrets as "(set)"
        QString outcome;     // Done only: "Success" or the error's type
        QString message;     // Done only, on failure: the error's message
        QString requestId;   // Done only

        QJsonObject toJson() const;
        static Entry fromJson(const QJsonObject &json);
    };

    struct Contents
    {
        QList<Entry> entries; // oldest first
        QStringList warnings; // lines skipped (cut off or not JSON)
    };

    explicit AuditLog(QString path);

    // $COGNITO_DESK_AUDIT_LOG if set, else audit.jsonl in the app's data folder
    // (QStandardPaths::AppDataLocation), shared by the app and the CLI.
    static QString defaultPath();
    // The process's log at defaultPath(), made on first use.
    static std::shared_ptr<AuditLog> standard();

    const QString &path() const { return m_path; }

    // Appends one line and fsyncs; makes the folder and the file (0600) if needed. On
    // failure returns the reason (a write is never stopped because its log line failed).
    aws::Result<aws::Empty> append(const Entry &entry);
    Contents read() const;

    static bool isAuditedOperation(const QString &operation, const QJsonObject &payload);
    // `payload` with every secret replaced by "(set)", and the target fields taken out.
    static QJsonObject redacted(const QJsonObject &payload);
    static QJsonObject targetOf(const QJsonObject &payload);

private:
    QString m_path;
    QMutex m_mutex;
};

} // namespace cdesk::cognito
