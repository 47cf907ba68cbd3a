#include "aws/future.h"
#include "clirunner.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "support/localstack.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;
using test::Run;

// The support desk on the command line: support check-login's output and exit codes, the
// support actions on a user, and the audit log every CLI write leaves (owner-only, no
// secrets, a corrupt tail skipped, audit list's filters). Against cognito-local and
// cognito-sim; the actions cognito-local lacks run against the sim only.
class TestCliSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void checkLoginHealthyUserExitsZero();
    void checkLoginBlockerExitsOne();
    void checkLoginRefusesUnknownFlow();
    void auditRecordsWriteWithoutPassword();
    void auditDefaultsToAppDataFolder();
    void auditRecordsRefusedWrite();
    void auditRecordsBulkWrites();
    void auditListFiltersAndSkipsCorruptTail();
    void auditListRefusesBadSince();
    void resetPasswordAndSignOut_simOnly_cognitoLocalLacksThem();
    void mfaDisable_simOnly_cognitoLocalLacksAdminSetUserMFAPreference();
    void authEvents_simOnly_cognitoLocalLacksAdminListUserAuthEvents();
    void devices_simOnly_cognitoLocalLacksDeviceOperations();

private:
    bool isSim() const { return m_runner.stack().kind == QLatin1String("cognito-sim"); }
    void createUser(const QString &username, bool permanent = true);
    Run cli(const QStringList &arguments, const QByteArray &input = {}) const;
    QList<QJsonObject> auditLines(QStringList *warnings = nullptr) const;

    test::CliRunner m_runner;
    std::shared_ptr<cognito::Connection> m_connection;
    cognito::IdentityProvider *m_idp = nullptr;
    QString m_poolId;
    QString m_clientId;
    QTemporaryDir m_dir;
    QString m_auditPath;
};

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

const QByteArray password = "Passw0rd!support";

QStringList codes(const QJsonObject &report)
{
    QStringList list;
    for (const QJsonValue &finding : report.value(QLatin1String("Findings")).toArray())
        list.append(finding.toObject().value(QLatin1String("Code")).toString());
    return list;
}

} // namespace

void TestCliSupport::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_runner = test::CliRunner(*stack);
    auto connection = stack->connect();
    QVERIFY(connection.ok());
    m_connection = connection.value();
    m_idp = m_connection->identityProvider();
    cognito::CreateUserPoolRequest pool;
    pool.name = test::uniqueName(QStringLiteral("cli-support-"));
    const auto created = aws::await(m_idp->createUserPool(pool));
    QVERIFY2(created.ok(), qPrintable(test::why(created)));
    m_poolId = created.value().id;
    cognito::CreateUserPoolClientRequest client;
    client.clientName = QStringLiteral("support-app");
    client.explicitAuthFlows = {str("ALLOW_USER_PASSWORD_AUTH"), str("ALLOW_USER_SRP_AUTH"),
                                str("ALLOW_REFRESH_TOKEN_AUTH")};
    const auto madeClient = aws::await(m_idp->createUserPoolClient(m_poolId, client));
    QVERIFY2(madeClient.ok(), qPrintable(test::why(madeClient)));
    m_clientId = madeClient.value().clientId;
    m_runner.setPool(m_poolId);
    m_runner.setClient(m_clientId);
    QVERIFY(m_dir.isValid());
}

void TestCliSupport::init()
{
    // Each test function reads a log of its own.
    m_auditPath = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                 QStringLiteral(".jsonl"));
}

Run TestCliSupport::cli(const QStringList &arguments, const QByteArray &input) const
{
    QProcessEnvironment environment = m_runner.cliEnvironment();
    environment.insert(QStringLiteral("COGNITO_DESK_AUDIT_LOG"), m_auditPath);
    if (input.isEmpty())
        return m_runner.cli(arguments, environment);
    return test::CliRunner::run(test::cliPath(), arguments, environment, input);
}

void TestCliSupport::createUser(const QString &username, bool permanent)
{
    cognito::CreateUserRequest request;
    request.username = username;
    request.temporaryPassword = QString::fromLatin1(password);
    request.messageAction = cognito::MessageAction::Suppress;
    request.attributes = {{str("email"), username + QStringLiteral("@example.com")},
                          {str("email_verified"), str("true")}};
    const auto created = aws::await(m_idp->adminCreateUser(m_poolId, request));
    QVERIFY2(created.ok(), qPrintable(test::why(created)));
    if (permanent) {
        const auto set = aws::await(
            m_idp->adminSetUserPassword(m_poolId, username, QString::fromLatin1(password), true));
        QVERIFY2(set.ok(), qPrintable(test::why(set)));
    }
}

QList<QJsonObject> TestCliSupport::auditLines(QStringList *warnings) const
{
    QList<QJsonObject> lines;
    QFile file(m_auditPath);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            lines.append(document.object());
        else if (warnings)
            warnings->append(QString::fromUtf8(line));
    }
    return lines;
}

void TestCliSupport::checkLoginHealthyUserExitsZero()
{
    const QString username = test::uniqueName(QStringLiteral("healthy"));
    createUser(username);
    const Run run =
        cli({str("support"), str("check-login"), username, str("--output"), str("json")});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.json.value(QLatin1String("Username")).toString(), username);
    QCOMPARE(run.json.value(QLatin1String("CanSignIn")).toBool(false), true);
    QStringList keys = run.json.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{str("CanSignIn"), str("Findings"), str("Username")}));
    for (const QJsonValue &finding : run.json.value(QLatin1String("Findings")).toArray()) {
        QStringList fields = finding.toObject().keys();
        fields.sort();
        QCOMPARE(fields, (QStringList{str("Code"), str("Fix"), str("Message"), str("Severity")}));
        QVERIFY(finding.toObject().value(QLatin1String("Severity")).toString() !=
                QLatin1String("blocker"));
    }
    // The client of the environment was checked: it allows the password flow.
    QVERIFY2(!codes(run.json).contains(str("FlowNotAllowed")), run.out.constData());
    QVERIFY2(!codes(run.json).contains(str("ClientNotChecked")), run.out.constData());
    // A check is no write: nothing in the audit log.
    QVERIFY(auditLines().isEmpty());
}

void TestCliSupport::checkLoginBlockerExitsOne()
{
    const QString username = test::uniqueName(QStringLiteral("disabled"));
    createUser(username);
    QVERIFY(aws::await(m_idp->adminDisableUser(m_poolId, username)).ok());
    const Run run = cli({str("support"), str("check-login"), username});
    QVERIFY2(run.finished && run.exitCode == 1, run.describe().constData());
    QCOMPARE(run.json.value(QLatin1String("CanSignIn")).toBool(true), false);
    QVERIFY2(codes(run.json).contains(str("UserDisabled")), run.out.constData());

    // Flow admin on a client without ALLOW_ADMIN_USER_PASSWORD_AUTH: a second blocker.
    const Run admin =
        cli({str("support"), str("check-login"), username, str("--flow"), str("admin")});
    QCOMPARE(admin.exitCode, 1);
    QVERIFY2(codes(admin.json).contains(str("FlowNotAllowed")), admin.out.constData());

    const Run missing = cli({str("support"), str("check-login"), str("nobody-at-all")});
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(codes(missing.json).value(0), str("UserNotFound"));

    // The table shows the same findings and keeps the exit code.
    const Run table =
        cli({str("support"), str("check-login"), username, str("--output"), str("table")});
    QCOMPARE(table.exitCode, 1);
    QVERIFY2(table.out.contains("UserDisabled"), table.out.constData());
}

void TestCliSupport::checkLoginRefusesUnknownFlow()
{
    const Run run =
        cli({str("support"), str("check-login"), str("alice"), str("--flow"), str("magic")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(QLatin1String("hosted-ui")), run.describe().constData());
}

void TestCliSupport::auditRecordsWriteWithoutPassword()
{
    const QString username = test::uniqueName(QStringLiteral("audited"));
    createUser(username);
    const QByteArray newPassword = "N3w!Secret-audit";
    const Run set = cli(
        {str("user"), str("set-password"), username, str("--password-stdin"), str("--permanent")},
        newPassword + '\n');
    QVERIFY2(set.finished && set.exitCode == 0, set.describe().constData());
    QVERIFY(cli({str("user"), str("get"), username}).exitCode == 0); // a read: not recorded

    QFile file(m_auditPath);
    QVERIFY(file.exists());
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                   QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(!text.contains(newPassword), text.constData());
    QVERIFY2(!text.contains(password), text.constData());

    const QList<QJsonObject> lines = auditLines();
    QCOMPARE(lines.size(), 2);
    const QJsonObject sending = lines.at(0);
    const QJsonObject done = lines.at(1);
    QCOMPARE(sending.value(QLatin1String("Phase")).toString(), str("Sending"));
    QCOMPARE(done.value(QLatin1String("Phase")).toString(), str("Done"));
    QCOMPARE(done.value(QLatin1String("Id")), sending.value(QLatin1String("Id")));
    for (const QJsonObject &line : lines) {
        QCOMPARE(line.value(QLatin1String("Operation")).toString(), str("AdminSetUserPassword"));
        const QJsonObject target = line.value(QLatin1String("Target")).toObject();
        QCOMPARE(target.value(QLatin1String("Username")).toString(), username);
        QCOMPARE(target.value(QLatin1String("UserPoolId")).toString(), m_poolId);
        const QJsonObject changes = line.value(QLatin1String("Changes")).toObject();
        QCOMPARE(changes.value(QLatin1String("Password")).toString(), str("(set)"));
        QCOMPARE(changes.value(QLatin1String("Permanent")).toBool(false), true);
        QCOMPARE(line.value(QLatin1String("CredentialSource")).toString(), str("environment"));
        QVERIFY(
            QDateTime::fromString(line.value(QLatin1String("Time")).toString(), Qt::ISODateWithMs)
                .isValid());
    }
    QCOMPARE(done.value(QLatin1String("Outcome")).toString(), str("Success"));
    if (isSim())
        QVERIFY(!done.value(QLatin1String("RequestId")).toString().isEmpty());
}

void TestCliSupport::auditDefaultsToAppDataFolder()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    QProcessEnvironment environment = m_runner.cliEnvironment();
    environment.remove(QStringLiteral("COGNITO_DESK_AUDIT_LOG"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    const QString username = test::uniqueName(QStringLiteral("datafolder"));
    createUser(username);
    const Run run = m_runner.cli({str("user"), str("disable"), username}, environment);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QFile file(data.filePath(QStringLiteral("cognito-desk/cognito-desk/audit.jsonl")));
    QVERIFY2(file.exists(), qPrintable(file.fileName()));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("AdminDisableUser"));
}

void TestCliSupport::auditRecordsRefusedWrite()
{
    const Run run = cli({str("user"), str("enable"), str("nobody-here")});
    QCOMPARE(run.exitCode, 1);
    const QList<QJsonObject> lines = auditLines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).value(QLatin1String("Outcome")).toString(), str("UserNotFoundException"));
    QVERIFY(!lines.at(1).value(QLatin1String("Message")).toString().isEmpty());
}

// A bulk job's writes are audited as single ones are: two lines per user.
void TestCliSupport::auditRecordsBulkWrites()
{
    const QStringList users{test::uniqueName(QStringLiteral("bulk-a")),
                            test::uniqueName(QStringLiteral("bulk-b"))};
    for (const QString &username : users)
        createUser(username, true);
    const QString list = m_dir.filePath(QStringLiteral("bulk-users.txt"));
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(users.join(u'\n').toUtf8() + '\n');
    file.close();
    const Run run = cli({str("bulk"), str("run"), str("disable"), str("--users-from"), list});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QJsonObject> lines = auditLines();
    QStringList done;
    for (const QJsonObject &line : lines) {
        QCOMPARE(line.value(QLatin1String("Operation")).toString(), str("AdminDisableUser"));
        if (line.value(QLatin1String("Phase")).toString() == str("Done") &&
            line.value(QLatin1String("Outcome")).toString() == str("Success"))
            done.append(line.value(QLatin1String("Target"))
                            .toObject()
                            .value(QLatin1String("Username"))
                            .toString());
    }
    QCOMPARE(lines.size(), 4);
    done.sort();
    QStringList expected = users;
    expected.sort();
    QCOMPARE(done, expected);
}

void TestCliSupport::auditListFiltersAndSkipsCorruptTail()
{
    const QString first = test::uniqueName(QStringLiteral("first"));
    const QString second = test::uniqueName(QStringLiteral("second"));
    createUser(first);
    createUser(second);
    QCOMPARE(cli({str("user"), str("disable"), first}).exitCode, 0);
    QCOMPARE(cli({str("user"), str("disable"), second}).exitCode, 0);
    QCOMPARE(cli({str("user"), str("enable"), second}).exitCode, 0);
    {
        // A crash in the middle of a line.
        QFile file(m_auditPath);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"Time\":\"2026-");
    }
    const auto list = [this](const QStringList &filters, QList<QJsonObject> *entries) {
        const Run run = cli(QStringList{str("audit"), str("list")} + filters);
        entries->clear();
        for (const QByteArray &line : run.out.split('\n'))
            if (!line.isEmpty())
                entries->append(QJsonDocument::fromJson(line).object());
        return run;
    };
    QList<QJsonObject> entries;
    Run run = list({}, &entries);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.errText().contains(QLatin1String("skipped")), run.describe().constData());
    QCOMPARE(entries.size(), 6);
    for (qsizetype i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1).value(QLatin1String("Time")).toString() <=
                entries.at(i).value(QLatin1String("Time")).toString());

    run = list({str("--user"), second}, &entries);
    QCOMPARE(entries.size(), 4);
    for (const QJsonObject &entry : entries)
        QCOMPARE(entry.value(QLatin1String("Target"))
                     .toObject()
                     .value(QLatin1String("Username"))
                     .toString(),
                 second);
    run = list({str("--operation"), str("AdminEnableUser")}, &entries);
    QCOMPARE(entries.size(), 2);
    run = list({str("--since"), QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate)},
               &entries);
    QCOMPARE(entries.size(), 0);
    run = list({str("--since"), QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate)},
               &entries);
    QCOMPARE(entries.size(), 6);

    // A write after the cut-off line is whole again.
    QCOMPARE(cli({str("user"), str("enable"), first}).exitCode, 0);
    run = list({str("--user"), first}, &entries);
    QCOMPARE(entries.size(), 4);
}

void TestCliSupport::auditListRefusesBadSince()
{
    const Run run = cli({str("audit"), str("list"), str("--since"), str("yesterday")});
    QCOMPARE(run.exitCode, 2);
}

void TestCliSupport::resetPasswordAndSignOut_simOnly_cognitoLocalLacksThem()
{
    const QString username = test::uniqueName(QStringLiteral("reset"));
    createUser(username);
    const auto signedIn = aws::await(
        m_idp->initiateUserPasswordAuth({m_clientId, {}}, username, QString::fromLatin1(password)));
    QVERIFY2(signedIn.ok() && signedIn.value().result, qPrintable(test::why(signedIn)));
    const QString refreshToken = signedIn.value().result->refreshToken;

    Run run = cli({str("user"), str("sign-out"), username});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const auto refreshed =
        aws::await(m_idp->initiateRefreshTokenAuth({m_clientId, {}}, username, refreshToken));
    QVERIFY(!refreshed.ok());
    QCOMPARE(refreshed.error().type, str("NotAuthorizedException"));

    run = cli({str("user"), str("reset-password"), username});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const auto user = aws::await(m_idp->adminGetUser(m_poolId, username));
    QVERIFY(user.ok());
    QCOMPARE(user.value().status, str("RESET_REQUIRED"));
    const Run check = cli({str("support"), str("check-login"), username});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(codes(check.json).contains(str("PasswordResetRequired")), check.out.constData());
}

void TestCliSupport::mfaDisable_simOnly_cognitoLocalLacksAdminSetUserMFAPreference()
{
    const QString username = test::uniqueName(QStringLiteral("mfa"));
    createUser(username);
    QVERIFY(aws::await(m_idp->adminUpdateUserAttributes(
                           m_poolId, username, {{str("phone_number"), str("+15555550100")}}))
                .ok());
    const auto on =
        aws::await(m_idp->adminSetUserMfaPreference(m_poolId, username, true, std::nullopt));
    QVERIFY2(on.ok(), qPrintable(test::why(on)));
    auto user = aws::await(m_idp->adminGetUser(m_poolId, username));
    QVERIFY(user.ok());
    QVERIFY(!user.value().json.value(QLatin1String("UserMFASettingList")).toArray().isEmpty());

    QCOMPARE(cli({str("user"), str("mfa"), username}).exitCode, 2); // what to do is not said
    const Run run = cli({str("user"), str("mfa"), username, str("--disable")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    user = aws::await(m_idp->adminGetUser(m_poolId, username));
    QVERIFY(user.ok());
    QVERIFY2(user.value().json.value(QLatin1String("UserMFASettingList")).toArray().isEmpty(),
             QJsonDocument(user.value().json).toJson().constData());
}

void TestCliSupport::authEvents_simOnly_cognitoLocalLacksAdminListUserAuthEvents()
{
    // A pool with advanced security in audit mode keeps the history.
    cognito::CreateUserPoolRequest pool;
    pool.name = test::uniqueName(QStringLiteral("cli-support-audit-"));
    pool.extra = {
        {str("UserPoolAddOns"), QJsonObject{{str("AdvancedSecurityMode"), str("AUDIT")}}}};
    const auto created = aws::await(m_idp->createUserPool(pool));
    QVERIFY(created.ok());
    const QString poolId = created.value().id;
    cognito::CreateUserPoolClientRequest client;
    client.clientName = QStringLiteral("events");
    client.explicitAuthFlows = {str("ALLOW_USER_PASSWORD_AUTH"), str("ALLOW_REFRESH_TOKEN_AUTH")};
    const auto madeClient = aws::await(m_idp->createUserPoolClient(poolId, client));
    QVERIFY(madeClient.ok());
    const QString clientId = madeClient.value().clientId;
    cognito::CreateUserRequest request;
    request.username = str("eve");
    request.temporaryPassword = QString::fromLatin1(password);
    request.messageAction = cognito::MessageAction::Suppress;
    QVERIFY(aws::await(m_idp->adminCreateUser(poolId, request)).ok());
    QVERIFY(aws::await(m_idp->adminSetUserPassword(poolId, str("eve"),
                                                   QString::fromLatin1(password), true))
                .ok());
    QVERIFY(aws::await(m_idp->initiateUserPasswordAuth({clientId, {}}, str("eve"),
                                                       QString::fromLatin1(password)))
                .ok());
    for (int i = 0; i < 2; ++i)
        QVERIFY(!aws::await(m_idp->initiateUserPasswordAuth({clientId, {}}, str("eve"),
                                                            str("Wr0ng!password")))
                     .ok());

    const QStringList where{str("--user-pool-id"), poolId};
    const Run run = cli(QStringList{str("user"), str("auth-events"), str("eve")} + where);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonArray events = run.json.value(QLatin1String("AuthEvents")).toArray();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).toObject().value(QLatin1String("EventResponse")).toString(), str("Fail"));
    QCOMPARE(events.at(2).toObject().value(QLatin1String("EventResponse")).toString(), str("Pass"));
    const Run all = cli(QStringList{str("user"), str("auth-events"), str("eve"), str("--limit"),
                                    str("1"), str("--all")} +
                        where);
    QCOMPARE(all.json.value(QLatin1String("AuthEvents")).toArray().size(), 3);

    const Run check = cli(
        QStringList{str("support"), str("check-login"), str("eve"), str("--client-id"), clientId} +
        where);
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(codes(check.json).contains(str("RecentFailedSignIns")), check.out.constData());
    QVERIFY2(check.out.contains("2 sign-ins failed"), check.out.constData());

    // Without advanced security, the service refuses; the CLI says so.
    const Run refused = cli({str("user"), str("auth-events"), str("eve")});
    QCOMPARE(refused.exitCode, 1);
}

void TestCliSupport::devices_simOnly_cognitoLocalLacksDeviceOperations()
{
    // The sim, like a pool without device tracking, remembers no devices.
    const QString username = test::uniqueName(QStringLiteral("devices"));
    createUser(username);
    const Run run = cli({str("user"), str("devices"), username});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY(run.json.value(QLatin1String("Devices")).isArray());
    const Run forget = cli({str("user"), str("forget-device"), username, str("us-east-1_nope")});
    QCOMPARE(forget.exitCode, 1);
    QVERIFY2(forget.errText().startsWith(QLatin1String("ResourceNotFoundException")),
             forget.describe().constData());
    const QList<QJsonObject> lines = auditLines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0)
                 .value(QLatin1String("Target"))
                 .toObject()
                 .value(QLatin1String("DeviceKey"))
                 .toString(),
             str("us-east-1_nope"));
    QCOMPARE(cli({str("user"), str("devices"), str("nobody-here")}).exitCode, 1);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestCliSupport test;
    return test::execForServer(&test, argc, argv);
}

#include "tst_cli_support.moc"
