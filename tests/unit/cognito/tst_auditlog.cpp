#include "cognito/auditlog.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace cdesk;
using cognito::AuditLog;

// The audit log's rules: which operations are writes, what a secret is, the file's mode, and
// a log cut off by a crash read back without its broken line.
class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAreAudited_data();
    void writesAreAudited();
    void secretsAreRedacted();
    void appendMakesOwnerOnlyFile();
    void brokenLinesAreSkipped();
    void appendReopensARemovedOrReplacedFile();
    void linesPairIntoWrites();
    void writesExportAsCsv();
    void valuesBeforeComeFromWhatTheCallerKnew();
};

namespace {
QString str(const char *text)
{
    return QString::fromUtf8(text);
}

AuditLog::Entry entry(const QString &operation, const QString &username)
{
    AuditLog::Entry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.id = str("id-") + username;
    e.phase = str("Done");
    e.operation = operation;
    e.target = {{str("Username"), username}};
    e.outcome = str("Success");
    return e;
}
} // namespace

void TestAuditLog::writesAreAudited_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("challenge");
    QTest::addColumn<bool>("audited");
    for (const char *read : {"AdminGetUser", "ListUsers", "DescribeUserPool", "GetGroup",
                             "AdminListUserAuthEvents", "AdminListDevices", "GetCSVHeader"})
        QTest::newRow(read) << str(read) << QString() << false;
    QTest::newRow("InitiateAuth") << str("InitiateAuth") << QString() << false;
    QTest::newRow("AdminInitiateAuth") << str("AdminInitiateAuth") << QString() << false;
    QTest::newRow("answer MFA") << str("RespondToAuthChallenge") << str("SMS_MFA") << false;
    QTest::newRow("answer SRP") << str("AdminRespondToAuthChallenge") << str("PASSWORD_VERIFIER")
                                << false;
    QTest::newRow("new password") << str("AdminRespondToAuthChallenge")
                                  << str("NEW_PASSWORD_REQUIRED") << true;
    QTest::newRow("MFA setup") << str("RespondToAuthChallenge") << str("MFA_SETUP") << true;
    for (const char *write :
         {"AdminCreateUser", "AdminDisableUser", "AdminSetUserPassword", "UpdateUserPool",
          "UpdateUserPoolClient", "CreateGroup", "AdminForgetDevice", "StartUserImportJob",
          "SignUp", "RevokeToken", "SomeFutureOperation"})
        QTest::newRow(write) << str(write) << QString() << true;
}

void TestAuditLog::writesAreAudited()
{
    QFETCH(QString, operation);
    QFETCH(QString, challenge);
    QFETCH(bool, audited);
    QJsonObject payload;
    if (!challenge.isEmpty())
        payload.insert(str("ChallengeName"), challenge);
    QCOMPARE(AuditLog::isAuditedOperation(operation, payload), audited);
}

void TestAuditLog::secretsAreRedacted()
{
    const QJsonObject payload{
        {str("UserPoolId"), str("pool")},
        {str("Username"), str("alice")},
        {str("Password"), str("hunter2")},
        {str("TemporaryPassword"), str("hunter3")},
        {str("ClientSecret"), str("shh")},
        {str("ConfirmationCode"), str("123456")},
        {str("Session"), str("sess")},
        {str("ChallengeResponses"), QJsonObject{{str("NEW_PASSWORD"), str("hunter4")}}},
        {str("AccessTokenValidity"), 60},
        {str("GenerateSecret"), true},
        {str("Policies"), QJsonObject{{str("PasswordPolicy"),
                                       QJsonObject{{str("MinimumLength"), 12},
                                                   {str("TemporaryPasswordValidityDays"), 3}}}}},
        {str("ProposedPassword"), str("hunter5")},
        {str("UserAttributes"),
         QJsonArray{QJsonObject{{str("Name"), str("email")}, {str("Value"), str("a@b.c")}}}},
    };
    const QJsonObject changes = AuditLog::redacted(payload);
    for (const char *secret : {"Password", "TemporaryPassword", "ClientSecret", "ConfirmationCode",
                               "Session", "ChallengeResponses", "ProposedPassword"})
        QCOMPARE(changes.value(QLatin1String(secret)).toString(), str("(set)"));
    QCOMPARE(changes.value(QLatin1String("AccessTokenValidity")).toInt(), 60);
    // Settings that speak of passwords or secrets are not secrets: a password policy is kept.
    QCOMPARE(changes.value(QLatin1String("GenerateSecret")), QJsonValue(true));
    QCOMPARE(changes.value(QLatin1String("Policies")), payload.value(str("Policies")));
    QCOMPARE(changes.value(QLatin1String("UserAttributes")), payload.value(str("UserAttributes")));
    // The target is its own field.
    QVERIFY(!changes.contains(str("Username")));
    QCOMPARE(AuditLog::targetOf(payload),
             (QJsonObject{{str("UserPoolId"), str("pool")}, {str("Username"), str("alice")}}));
}

void TestAuditLog::appendMakesOwnerOnlyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("sub/audit.jsonl"));
    AuditLog log(path);
    QVERIFY(log.append(entry(str("AdminDisableUser"), str("alice"))).ok());
    struct stat info
    {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    // A file someone widened is narrowed again on the next append.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadOther));
    QVERIFY(log.append(entry(str("AdminEnableUser"), str("alice"))).ok());
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    QCOMPARE(log.read().entries.size(), 2);
}

void TestAuditLog::appendReopensARemovedOrReplacedFile()
{
    // The log keeps its file open between lines; a file removed or replaced meanwhile (by
    // the user, or by another process rotating it) gets the next line, not the old inode.
    QTemporaryDir dir;
    const QString path = dir.filePath(str("audit.jsonl"));
    AuditLog log(path);
    QVERIFY(log.append(entry(str("AdminDisableUser"), str("alice"))).ok());
    QVERIFY(QFile::remove(path));
    QVERIFY(log.append(entry(str("AdminEnableUser"), str("alice"))).ok());
    QCOMPARE(log.read().entries.size(), 1);
    QCOMPARE(log.read().entries.constFirst().operation, str("AdminEnableUser"));

    const QString other = dir.filePath(str("other.jsonl"));
    QVERIFY(QFile::copy(path, other));
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(other, path));
    QVERIFY(log.append(entry(str("AdminDeleteUser"), str("alice"))).ok());
    QCOMPARE(log.read().entries.size(), 2);
    QCOMPARE(log.read().entries.constLast().operation, str("AdminDeleteUser"));
}

void TestAuditLog::brokenLinesAreSkipped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("audit.jsonl"));
    AuditLog log(path);
    QVERIFY(log.append(entry(str("AdminDisableUser"), str("alice"))).ok());
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"Time\":\"2026-01-");
    }
    auto contents = log.read();
    QCOMPARE(contents.entries.size(), 1);
    QCOMPARE(contents.warnings.size(), 1);
    QVERIFY2(contents.warnings.first().contains(str("line 2")),
             qPrintable(contents.warnings.first()));
    // The next entry starts on a line of its own and reads back whole.
    QVERIFY(log.append(entry(str("AdminEnableUser"), str("bob"))).ok());
    contents = log.read();
    QCOMPARE(contents.entries.size(), 2);
    QCOMPARE(contents.entries.last().operation, str("AdminEnableUser"));
    QCOMPARE(contents.entries.last().target.value(QLatin1String("Username")).toString(),
             str("bob"));
    QCOMPARE(contents.warnings.size(), 1);
    // No log yet is no error.
    QVERIFY(AuditLog(dir.filePath(str("none.jsonl"))).read().entries.isEmpty());
}

// Each write's Sending and Done lines make one record, in the order the writes began, even
// when the lines of writes made at the same time interleave; a write with no Done line is
// unanswered; a Done line whose Sending line is lost still makes its record.
void TestAuditLog::linesPairIntoWrites()
{
    auto line = [](const char *id, const char *phase, const char *user) {
        AuditLog::Entry e = entry(str("AdminDisableUser"), str(user));
        e.id = str(id);
        e.phase = str(phase);
        if (e.phase == str("Sending")) {
            e.outcome.clear();
        } else if (e.target.value(str("Username")).toString() == str("bob")) {
            e.outcome = str("UserNotFoundException");
            e.message = str("User does not exist.");
            e.requestId = str("req-bob");
        }
        return e;
    };
    const QList<cognito::AuditRecord> records = cognito::auditRecords({
        line("1", "Sending", "alice"),
        line("2", "Sending", "bob"),
        line("2", "Done", "bob"),
        line("3", "Sending", "carol"),
        line("1", "Done", "alice"),
        line("4", "Done", "dave"),
    });
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).sent.target.value(str("Username")).toString(), str("alice"));
    QVERIFY(records.at(0).answered);
    QCOMPARE(records.at(0).outcome, str("Success"));
    QCOMPARE(records.at(1).outcome, str("UserNotFoundException"));
    QCOMPARE(records.at(1).message, str("User does not exist."));
    QCOMPARE(records.at(1).requestId, str("req-bob"));
    QCOMPARE(records.at(2).sent.target.value(str("Username")).toString(), str("carol"));
    QVERIFY(!records.at(2).answered);
    QCOMPARE(records.at(3).sent.target.value(str("Username")).toString(), str("dave"));
    QVERIFY(records.at(3).answered);
}

// One CSV row per write, quoted where a value needs it (RFC 4180), the target most specific
// first and an unanswered write's outcome "Unknown".
void TestAuditLog::writesExportAsCsv()
{
    AuditLog::Entry sent = entry(str("AdminUpdateUserAttributes"), str("alice"));
    sent.id = str("w1");
    sent.phase = str("Sending");
    sent.time = QDateTime(QDate(2026, 1, 31), QTime(9, 0), Qt::UTC);
    sent.profile = str("staging");
    sent.credentialSource = str("profile");
    sent.target.insert(str("UserPoolId"), str("eu-west-1_AAA"));
    sent.changes = {
        {str("UserAttributes"),
         QJsonArray{QJsonObject{{str("Name"), str("name")}, {str("Value"), str("Smith, Al")}}}}};
    sent.outcome.clear();
    AuditLog::Entry done = sent;
    done.phase = str("Done");
    done.outcome = str("Success");
    done.requestId = str("req-1");
    AuditLog::Entry lost = entry(str("AdminDeleteUser"), str("bob"));
    lost.id = str("w2");
    lost.phase = str("Sending");
    lost.time = sent.time.addSecs(60);
    const QByteArray csv = cognito::auditRecordsToCsv(cognito::auditRecords({sent, done, lost}));
    const QList<QByteArray> rows = csv.split('\n');
    QCOMPARE(rows.size(), 4); // header, two writes, and the empty rest after the last CRLF
    QCOMPARE(rows.at(0),
             QByteArray("Time,Profile,CredentialSource,Operation,Target,Changes,Outcome,Message,"
                        "RequestId\r"));
    QCOMPARE(rows.at(1),
             QByteArray(R"(2026-01-31T09:00:00.000Z,staging,profile,AdminUpdateUserAttributes,)"
                        R"("Username=alice, UserPoolId=eu-west-1_AAA",)"
                        R"("UserAttributes=[{""Name"":""name"",""Value"":""Smith, Al""}]",)"
                        "Success,,req-1\r"));
    QCOMPARE(rows.at(2), QByteArray("2026-01-31T09:01:00.000Z,,,AdminDeleteUser,Username=bob,,"
                                    "Unknown,,\r"));
    QVERIFY(rows.at(3).isEmpty());
}

// The values before a change come from the target as the caller had it, and a record shows
// only what changed, "Name: before → after".
void TestAuditLog::valuesBeforeComeFromWhatTheCallerKnew()
{
    const QJsonObject row{
        {str("Username"), str("alice")},
        {str("Enabled"), true},
        {str("Attributes"),
         QJsonArray{QJsonObject{{str("Name"), str("email")}, {str("Value"), str("a@example.com")}},
                    QJsonObject{{str("Name"), str("given_name")}, {str("Value"), str("Alice")}}}}};
    const QJsonObject update{
        {str("UserPoolId"), str("eu-west-1_X")},
        {str("Username"), str("alice")},
        {str("UserAttributes"),
         QJsonArray{QJsonObject{{str("Name"), str("email")}, {str("Value"), str("b@example.com")}},
                    QJsonObject{{str("Name"), str("family_name")}, {str("Value"), str("Smith")}}}}};
    AuditLog::Entry sent = entry(str("AdminUpdateUserAttributes"), str("alice"));
    sent.changes = AuditLog::redacted(update);
    sent.before = AuditLog::beforeValues(sent.operation, update, row);
    QCOMPARE(
        sent.before.value(str("UserAttributes")).toArray().at(0).toObject().value(str("Value")),
        QJsonValue(str("a@example.com")));
    QVERIFY(sent.before.value(str("UserAttributes"))
                .toArray()
                .at(1)
                .toObject()
                .value(str("Value"))
                .isNull());
    // Written and read back.
    const AuditLog::Entry read = AuditLog::Entry::fromJson(sent.toJson());
    QCOMPARE(read.before, sent.before);
    cognito::AuditRecord record{read, false, {}, {}, {}, {}};
    QCOMPARE(record.changesText(),
             str("email: a@example.com → b@example.com; family_name: (none) → Smith"));

    const QJsonObject remove{{str("UserPoolId"), str("eu-west-1_X")},
                             {str("Username"), str("alice")},
                             {str("UserAttributeNames"), QJsonArray{str("given_name")}}};
    record.sent.operation = str("AdminDeleteUserAttributes");
    record.sent.changes = AuditLog::redacted(remove);
    record.sent.before = AuditLog::beforeValues(record.sent.operation, remove, row);
    QCOMPARE(record.changesText(), str("given_name: Alice → (none)"));

    record.sent.operation = str("AdminDisableUser");
    record.sent.changes = {};
    record.sent.before = AuditLog::beforeValues(record.sent.operation, {}, row);
    QCOMPARE(record.changesText(), str("Enabled: true → false"));

    // A pool's whole configuration sent back: only the setting that changed is shown; a
    // secret stays "(set)" before as after.
    const QJsonObject pool{{str("Id"), str("eu-west-1_X")},
                           {str("MfaConfiguration"), str("OFF")},
                           {str("DeletionProtection"), str("INACTIVE")}};
    const QJsonObject poolUpdate{{str("UserPoolId"), str("eu-west-1_X")},
                                 {str("MfaConfiguration"), str("OFF")},
                                 {str("DeletionProtection"), str("ACTIVE")}};
    record.sent.operation = str("UpdateUserPool");
    record.sent.changes = AuditLog::redacted(poolUpdate);
    record.sent.before = AuditLog::beforeValues(record.sent.operation, poolUpdate, pool);
    QCOMPARE(record.changesText(), str("DeletionProtection: INACTIVE → ACTIVE"));
    const QJsonObject secret{{str("ClientSecret"), str("old-secret")}};
    QCOMPARE(AuditLog::beforeValues(str("UpdateUserPoolClient"),
                                    {{str("ClientSecret"), str("new-secret")}}, secret)
                 .value(str("ClientSecret")),
             QJsonValue(str("(set)")));
    // Nothing known, nothing before: the record lists what was sent.
    QVERIFY(AuditLog::beforeValues(str("AdminDisableUser"), {}, {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
