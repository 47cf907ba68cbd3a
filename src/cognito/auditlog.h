#pragma once

#include "aws/result.h"

#include <QDateTime>
#include <QElapsedTimer>
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
// Id. Each line is written whole at once, so it survives the process being killed, and is
// fsync'ed within kSyncIntervalMs (or when the log is closed), so it survives a crash of
// the system but for its last moments; a line cut off by one is skipped with a warning when
// the log is read.
//
// Which operations are writes is decided from the operation's name (isAuditedOperation):
// reads (Describe*, List*, Get*, AdminGet*, AdminList*) are not recorded, and neither is a
// sign-in (InitiateAuth, AdminInitiateAuth, and challenge answers that only prove who the
// user is). A challenge answer that sets something (NEW_PASSWORD_REQUIRED sets a password,
// MFA_SETUP a factor) is a write, and so is every other operation, known or not.
//
// Secrets never reach the file: any field that holds a password, secret, token, session or
// code (by its name: Password, ProposedPassword, ClientSecret, AccessToken, Session,
// ConfirmationCode, ...) is written as "(set)" (redacted()); settings named after them
// (PasswordPolicy, AccessTokenValidity, GenerateSecret) are kept.
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
        // What the changed fields held before, as far as the caller already knew it (a
        // listed row, a described pool): never read with an extra call. Empty when unknown.
        QJsonObject before;
        QString outcome;   // Done only: "Success" or the error's type
        QString message;   // Done only, on failure: the error's message
        QString requestId; // Done only

        QJsonObject toJson() const;
        static Entry fromJson(const QJsonObject &json);
    };

    struct Contents
    {
        QList<Entry> entries; // oldest first
        QStringList warnings; // lines skipped (cut off or not JSON)
    };

    explicit AuditLog(QString path);
    ~AuditLog(); // syncs what is not yet on the disk
    Q_DISABLE_COPY_MOVE(AuditLog)

    // $COGNITO_DESK_AUDIT_LOG if set, else audit.jsonl in the app's data folder
    // (QStandardPaths::AppDataLocation), shared by the app and the CLI.
    static QString defaultPath();
    // The process's log at defaultPath(), made on first use.
    static std::shared_ptr<AuditLog> standard();

    const QString &path() const { return m_path; }

    // Appends one line in one write(), so it outlives the process once this returns; makes
    // the folder and the file (0600) if needed. fsync follows at most every kSyncIntervalMs
    // (a bulk job's lines share one) and when the log is destroyed. On failure returns the
    // reason (a write is never stopped because its log line failed).
    aws::Result<aws::Empty> append(const Entry &entry);
    Contents read() const;

    static bool isAuditedOperation(const QString &operation, const QJsonObject &payload);
    // `payload` with every secret replaced by "(set)", and the target fields taken out.
    static QJsonObject redacted(const QJsonObject &payload);
    static QJsonObject targetOf(const QJsonObject &payload);
    // The values the fields `payload` sets held in `known` (the target as the caller last had
    // it: a ListUsers or AdminGetUser user, a described pool or app client), redacted as the
    // changes are: for user attributes, each attribute's old value (null when it had none);
    // for AdminEnableUser / AdminDisableUser, Enabled; otherwise each field of the payload
    // that `known` has. Empty when `known` is.
    static QJsonObject beforeValues(const QString &operation, const QJsonObject &payload,
                                    const QJsonObject &known);

    static constexpr qint64 kSyncIntervalMs = 200;

private:
    // The file open for appending: opened on first use, and again when the path no longer
    // names it (removed or replaced). -1 and the reason when it cannot be.
    int openFile(QString *why);
    QString m_path;
    QMutex m_mutex;
    int m_fd = -1;
    bool m_unsynced = false;
    QElapsedTimer m_sinceSync;
};

// One write as a person reads it: its Sending line joined by their Id with its Done line. A
// write without a Done line ended with its process before the answer came (or is under way
// in another): its outcome is unknown.
struct AuditRecord
{
    AuditLog::Entry sent; // the Sending line (the Done line, when the Sending line is lost)
    bool answered = false;
    QDateTime answeredAt;
    QString outcome; // answered only: "Success" or the error's type
    QString message;
    QString requestId;

    // The target's fields as "Username=alice, UserPoolId=…" (the most specific first).
    QString targetText() const;
    // What the write set, as "Name=value; …" (objects and lists as compact JSON); with the
    // values before known, only what changed, as "Name: before → after" (one part per user
    // attribute).
    QString changesText() const;
};

// The writes of `entries`, in the order their first line was written.
QList<AuditRecord> auditRecords(const QList<AuditLog::Entry> &entries);
// `records` as CSV (RFC 4180), one row per write: Time (UTC, ISO 8601), Profile,
// CredentialSource, Operation, Target, Changes, Outcome ("Unknown" when unanswered), Message,
// RequestId.
QByteArray auditRecordsToCsv(const QList<AuditRecord> &records);

} // namespace cdesk::cognito
