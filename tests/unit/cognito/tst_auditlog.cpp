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
        {str("UserAttributes"),
         QJsonArray{QJsonObject{{str("Name"), str("email")}, {str("Value"), str("a@b.c")}}}},
    };
    const QJsonObject changes = AuditLog::redacted(payload);
    for (const char *secret : {"Password", "TemporaryPassword", "ClientSecret", "ConfirmationCode",
                               "Session", "ChallengeResponses"})
        QCOMPARE(changes.value(QLatin1String(secret)).toString(), str("(set)"));
    QCOMPARE(changes.value(QLatin1String("AccessTokenValidity")).toInt(), 60);
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

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
