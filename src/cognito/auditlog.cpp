#include "auditlog.h"

#include "cognito/csvwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QStandardPaths>

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace cdesk::cognito {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::cognito::AuditLog", text);
}

// The fields that name what a write acts on, the most specific first (the pool only says
// where the rest is).
const QStringList &targetKeys()
{
    static const QStringList keys = {
        QStringLiteral("Username"),   QStringLiteral("GroupName"), QStringLiteral("ClientName"),
        QStringLiteral("ClientId"),   QStringLiteral("DeviceKey"), QStringLiteral("Domain"),
        QStringLiteral("JobName"),    QStringLiteral("JobId"),     QStringLiteral("ProviderName"),
        QStringLiteral("Identifier"), QStringLiteral("PoolName"),  QStringLiteral("UserPoolId"),
    };
    return keys;
}

// Secrets anywhere in the name (ClientSecret, SecretHash; not GenerateSecret, a yes or no);
// passwords, tokens, sessions and codes by the name's end (Password, ProposedPassword,
// AccessToken, Session, ConfirmationCode; not PasswordPolicy, TemporaryPasswordValidityDays
// or AccessTokenValidity, which are settings); the sign-in parameters whole.
bool isSecretKey(const QString &key)
{
    const QString lower = key.toLower();
    if (lower.contains(QLatin1String("secret")))
        return lower != QLatin1String("generatesecret");
    for (const char *end : {"password", "token", "session", "code"})
        if (lower.endsWith(QLatin1String(end)))
            return true;
    return lower == QLatin1String("challengeresponses") || lower == QLatin1String("authparameters");
}

QJsonValue redactValue(const QJsonValue &value);

QJsonObject redactObject(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), isSecretKey(it.key()) ? QJsonValue(QStringLiteral("(set)"))
                                                   : redactValue(it.value()));
    return out;
}

QJsonValue redactValue(const QJsonValue &value)
{
    if (value.isObject())
        return redactObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(redactValue(item));
        return out;
    }
    return value;
}

QString stringOf(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

} // namespace

QJsonObject AuditLog::Entry::toJson() const
{
    QJsonObject json{
        {QStringLiteral("Time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("Id"), id},
        {QStringLiteral("Phase"), phase},
        {QStringLiteral("Profile"), profile},
        {QStringLiteral("CredentialSource"), credentialSource},
        {QStringLiteral("Operation"), operation},
        {QStringLiteral("Target"), target},
        {QStringLiteral("Changes"), changes},
    };
    if (!before.isEmpty())
        json.insert(QStringLiteral("Before"), before);
    if (phase == QLatin1String("Done")) {
        json.insert(QStringLiteral("Outcome"), outcome);
        if (!message.isEmpty())
            json.insert(QStringLiteral("Message"), message);
        json.insert(QStringLiteral("RequestId"), requestId);
    }
    return json;
}

AuditLog::Entry AuditLog::Entry::fromJson(const QJsonObject &json)
{
    Entry entry;
    entry.time = QDateTime::fromString(stringOf(json, "Time"), Qt::ISODateWithMs);
    entry.id = stringOf(json, "Id");
    entry.phase = stringOf(json, "Phase");
    entry.profile = stringOf(json, "Profile");
    entry.credentialSource = stringOf(json, "CredentialSource");
    entry.operation = stringOf(json, "Operation");
    entry.target = json.value(QLatin1String("Target")).toObject();
    entry.changes = json.value(QLatin1String("Changes")).toObject();
    entry.before = json.value(QLatin1String("Before")).toObject();
    entry.outcome = stringOf(json, "Outcome");
    entry.message = stringOf(json, "Message");
    entry.requestId = stringOf(json, "RequestId");
    return entry;
}

AuditLog::AuditLog(QString path)
    : m_path(std::move(path))
{}

QString AuditLog::defaultPath()
{
    const QString given = qEnvironmentVariable("COGNITO_DESK_AUDIT_LOG");
    if (!given.isEmpty())
        return given;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/audit.jsonl");
}

std::shared_ptr<AuditLog> AuditLog::standard()
{
    static const auto log = std::make_shared<AuditLog>(defaultPath());
    return log;
}

AuditLog::~AuditLog()
{
    if (m_fd < 0)
        return;
    if (m_unsynced)
        ::fsync(m_fd);
    ::close(m_fd);
}

int AuditLog::openFile(QString *why)
{
    const QByteArray name = QFile::encodeName(m_path);
    if (m_fd >= 0) {
        struct stat open = {};
        struct stat named = {};
        if (::fstat(m_fd, &open) == 0 && ::stat(name.constData(), &named) == 0 &&
            open.st_dev == named.st_dev && open.st_ino == named.st_ino) {
            // Widened since it was opened: narrowed to the owner again.
            if ((open.st_mode & 0777) != 0600)
                ::fchmod(m_fd, 0600);
            return m_fd;
        }
        if (m_unsynced)
            ::fsync(m_fd);
        ::close(m_fd);
        m_fd = -1;
        m_unsynced = false;
    }
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *why = tr("its folder cannot be made");
        return -1;
    }
    const int fd = ::open(name.constData(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    // A file made before with wider rights (or by umask) is narrowed to the owner.
    ::fchmod(fd, 0600);
    m_fd = fd;
    return m_fd;
}

aws::Result<aws::Empty> AuditLog::append(const Entry &entry)
{
    const QMutexLocker lock(&m_mutex);
    const auto failure = [this](const QString &why) {
        aws::AwsError error;
        error.kind = aws::ErrorKind::Local;
        error.type = QStringLiteral("AuditLogUnwritable");
        error.message = tr("The audit log %1 cannot be written: %2").arg(m_path, why);
        return aws::Result<aws::Empty>(error);
    };
    QString why;
    const int fd = openFile(&why);
    if (fd < 0)
        return failure(why);
    QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
    line.append('\n');
    // A line cut off by a crash stays its own (skipped) line, rather than spoiling this one.
    const off_t size = ::lseek(fd, 0, SEEK_END);
    char lastByte = '\n';
    if (size > 0 && ::pread(fd, &lastByte, 1, size - 1) == 1 && lastByte != '\n')
        line.prepend('\n');
    qsizetype written = 0;
    while (written < line.size()) {
        const ssize_t n = ::write(fd, line.constData() + written, size_t(line.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return failure(QString::fromLocal8Bit(std::strerror(errno)));
        written += n;
    }
    m_unsynced = true;
    // One fsync per interval, not per line: at a bulk job's rate a sync per line would be
    // the job's ceiling.
    if (m_sinceSync.isValid() && m_sinceSync.elapsed() < kSyncIntervalMs)
        return aws::Empty{};
    const bool synced = ::fsync(fd) == 0;
    if (!synced)
        return failure(QString::fromLocal8Bit(std::strerror(errno)));
    m_unsynced = false;
    m_sinceSync.start();
    return aws::Empty{};
}

AuditLog::Contents AuditLog::read() const
{
    Contents contents;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return contents; // no log yet: nothing was written
    int number = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++number;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            contents.warnings.append(tr("%1, line %2: skipped, it is not a complete entry (%3).")
                                         .arg(m_path)
                                         .arg(number)
                                         .arg(error.error != QJsonParseError::NoError
                                                  ? error.errorString()
                                                  : tr("not an object")));
            continue;
        }
        contents.entries.append(Entry::fromJson(document.object()));
    }
    return contents;
}

bool AuditLog::isAuditedOperation(const QString &operation, const QJsonObject &payload)
{
    for (const char *read : {"Describe", "List", "Get", "AdminGet", "AdminList"})
        if (operation.startsWith(QLatin1String(read)))
            return false;
    if (operation == QLatin1String("InitiateAuth") ||
        operation == QLatin1String("AdminInitiateAuth"))
        return false;
    if (operation == QLatin1String("RespondToAuthChallenge") ||
        operation == QLatin1String("AdminRespondToAuthChallenge")) {
        const QString challenge = stringOf(payload, "ChallengeName");
        return challenge == QLatin1String("NEW_PASSWORD_REQUIRED") ||
               challenge == QLatin1String("MFA_SETUP");
    }
    return true;
}

QJsonObject AuditLog::redacted(const QJsonObject &payload)
{
    QJsonObject rest = payload;
    for (const QString &key : targetKeys())
        rest.remove(key);
    return redactObject(rest);
}

QJsonObject AuditLog::beforeValues(const QString &operation, const QJsonObject &payload,
                                   const QJsonObject &known)
{
    if (known.isEmpty())
        return {};
    QJsonObject before;
    // A user's attributes: "Attributes" in ListUsers, "UserAttributes" in AdminGetUser.
    QHash<QString, QJsonValue> attributes;
    const QJsonArray knownAttributes = known.contains(QLatin1String("Attributes"))
                                           ? known.value(QLatin1String("Attributes")).toArray()
                                           : known.value(QLatin1String("UserAttributes")).toArray();
    for (const QJsonValue &attribute : knownAttributes)
        attributes.insert(stringOf(attribute.toObject(), "Name"),
                          attribute.toObject().value(QLatin1String("Value")));
    const auto oldValues = [&attributes](const QStringList &names) {
        QJsonArray old;
        for (const QString &name : names)
            old.append(QJsonObject{
                {QStringLiteral("Name"), name},
                {QStringLiteral("Value"), attributes.value(name, QJsonValue(QJsonValue::Null))}});
        return old;
    };
    if (operation == QLatin1String("AdminEnableUser") ||
        operation == QLatin1String("AdminDisableUser")) {
        if (known.contains(QLatin1String("Enabled")))
            before.insert(QStringLiteral("Enabled"), known.value(QLatin1String("Enabled")));
        return before;
    }
    if (operation == QLatin1String("AdminUpdateUserAttributes")) {
        QStringList names;
        for (const QJsonValue &attribute : payload.value(QLatin1String("UserAttributes")).toArray())
            names.append(stringOf(attribute.toObject(), "Name"));
        before.insert(QStringLiteral("UserAttributes"), oldValues(names));
        return redactObject(before);
    }
    if (operation == QLatin1String("AdminDeleteUserAttributes")) {
        QStringList names;
        for (const QJsonValue &name : payload.value(QLatin1String("UserAttributeNames")).toArray())
            names.append(name.toString());
        before.insert(QStringLiteral("UserAttributes"), oldValues(names));
        return redactObject(before);
    }
    const QJsonObject changes = redacted(payload);
    for (auto it = changes.begin(); it != changes.end(); ++it)
        if (known.contains(it.key()))
            before.insert(it.key(), known.value(it.key()));
    return redactObject(before);
}

QJsonObject AuditLog::targetOf(const QJsonObject &payload)
{
    QJsonObject target;
    for (const QString &key : targetKeys())
        if (payload.contains(key))
            target.insert(key, payload.value(key));
    return target;
}

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QStringLiteral("null");
}

} // namespace

QString AuditRecord::targetText() const
{
    QStringList parts;
    for (const QString &key : targetKeys())
        if (sent.target.contains(key))
            parts.append(key + QLatin1Char('=') + valueText(sent.target.value(key)));
    for (auto it = sent.target.begin(); it != sent.target.end(); ++it)
        if (!targetKeys().contains(it.key()))
            parts.append(it.key() + QLatin1Char('=') + valueText(it.value()));
    return parts.join(QStringLiteral(", "));
}

QString AuditRecord::changesText() const
{
    QStringList parts;
    const QJsonObject &before = sent.before;
    if (before.isEmpty()) {
        for (auto it = sent.changes.begin(); it != sent.changes.end(); ++it)
            parts.append(it.key() + QLatin1Char('=') + valueText(it.value()));
        return parts.join(QStringLiteral("; "));
    }
    const auto change = [](const QString &name, const QJsonValue &from, const QJsonValue &to) {
        const auto shown = [](const QJsonValue &value) {
            return value.isNull() || value.isUndefined() ? QStringLiteral("(none)")
                                                         : valueText(value);
        };
        return name + QStringLiteral(": ") + shown(from) + QStringLiteral(" → ") + shown(to);
    };
    // A user's attributes, one part each: set (UserAttributes) or deleted (UserAttributeNames).
    if (before.contains(QLatin1String("UserAttributes"))) {
        QHash<QString, QJsonValue> old;
        for (const QJsonValue &attribute : before.value(QLatin1String("UserAttributes")).toArray())
            old.insert(stringOf(attribute.toObject(), "Name"),
                       attribute.toObject().value(QLatin1String("Value")));
        for (const QJsonValue &attribute :
             sent.changes.value(QLatin1String("UserAttributes")).toArray()) {
            const QString name = stringOf(attribute.toObject(), "Name");
            const QJsonValue to = attribute.toObject().value(QLatin1String("Value"));
            if (old.value(name) != to)
                parts.append(change(name, old.value(name, QJsonValue(QJsonValue::Null)), to));
        }
        for (const QJsonValue &name :
             sent.changes.value(QLatin1String("UserAttributeNames")).toArray())
            parts.append(
                change(name.toString(), old.value(name.toString()), QJsonValue(QJsonValue::Null)));
        return parts.join(QStringLiteral("; "));
    }
    for (auto it = sent.changes.begin(); it != sent.changes.end(); ++it) {
        if (!before.contains(it.key()))
            parts.append(it.key() + QLatin1Char('=') + valueText(it.value()));
        else if (before.value(it.key()) != it.value())
            parts.append(change(it.key(), before.value(it.key()), it.value()));
    }
    // An operation whose request carries no value (AdminEnableUser): what it changed.
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!sent.changes.contains(it.key()) && it.key() == QLatin1String("Enabled"))
            parts.append(change(it.key(), it.value(),
                                QJsonValue(sent.operation == QLatin1String("AdminEnableUser"))));
    return parts.join(QStringLiteral("; "));
}

QList<AuditRecord> auditRecords(const QList<AuditLog::Entry> &entries)
{
    QList<AuditRecord> records;
    QHash<QString, qsizetype> rows; // a write's row, by its Id
    for (const AuditLog::Entry &entry : entries) {
        qsizetype row = entry.id.isEmpty() ? -1 : rows.value(entry.id, -1);
        if (row < 0) {
            // Its first line (a Done line stands in for a lost Sending line).
            row = records.size();
            records.append(AuditRecord{entry, false, {}, {}, {}, {}});
            if (!entry.id.isEmpty())
                rows.insert(entry.id, row);
        }
        if (entry.phase != QLatin1String("Done"))
            continue;
        AuditRecord &record = records[row];
        record.answered = true;
        record.answeredAt = entry.time;
        record.outcome = entry.outcome;
        record.message = entry.message;
        record.requestId = entry.requestId;
    }
    return records;
}

QByteArray auditRecordsToCsv(const QList<AuditRecord> &records)
{
    QByteArray csv = "Time,Profile,CredentialSource,Operation,Target,Changes,Outcome,Message,"
                     "RequestId\r\n";
    for (const AuditRecord &record : records)
        csv += csvRecord({record.sent.time.toUTC().toString(Qt::ISODateWithMs), record.sent.profile,
                          record.sent.credentialSource, record.sent.operation, record.targetText(),
                          record.changesText(),
                          record.answered ? record.outcome : QStringLiteral("Unknown"),
                          record.message, record.requestId});
    return csv;
}

} // namespace cdesk::cognito
