#include "clirunner.h"
#include "support/localstack.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace cdesk;
using test::Run;

// backup create and backup restore against both servers, on pools of this test's own: a pool
// with two groups, a client with a secret and eight users (attributes, one disabled,
// memberships) is backed up (owner-only file, no sub, no secret; --no-users without users),
// restored into a new pool (groups, client under a new id, users with their attributes and
// groups, the disabled one disabled: checked with the AWS CLI) and twice into an existing one
// (the second run skips every user and fails none); a corrupt file creates nothing.
class TestCliBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void create();
    void createWithoutUsers();
    void restoreNewPool();
    void restoreIntoPoolTwice();
    void restoreWithGeneratedPasswords();
    void interruptedRestoreIsResumed();
    void corruptFileSendsNothing_data();
    void corruptFileSendsNothing();
    void usageErrors_data();
    void usageErrors();

private:
    Run cli(const QStringList &arguments) const;
    Run awsIn(const QString &pool, const QString &operation, const QStringList &arguments) const;
    QString write(const QString &name, const QByteArray &content) const;
    QStringList poolNames() const;
    QStringList mirrorFiles(const QString &pool) const;
    void checkRestored(const QString &pool);

    test::CliRunner m_runner;
    QTemporaryDir m_dir;
    QString m_clientId;
    QStringList m_groups;
    QStringList m_users;
    QString m_disabled;
    QStringList m_poolsMade; // deleted at the end
    QString m_backup;
};

namespace {
QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QString attributeOf(const QJsonArray &attributes, const QString &name)
{
    for (const QJsonValue &a : attributes)
        if (a.toObject().value(QLatin1String("Name")).toString() == name)
            return a.toObject().value(QLatin1String("Value")).toString();
    return {};
}

// The i-th user's groups: everyone in the first, the odd ones in the second too.
QStringList expectedGroups(const QStringList &groups, int i)
{
    QStringList expected{groups.at(0)};
    if (i % 2)
        expected.append(groups.at(1));
    expected.sort();
    return expected;
}
// The fields of one CSV line whose every field is quoted, `""` standing for a quote.
QList<QByteArray> quotedFields(const QByteArray &line)
{
    QList<QByteArray> fields;
    int i = 0;
    while (i < line.size() && line.at(i) == '"') {
        QByteArray field;
        for (++i; i < line.size(); ++i) {
            if (line.at(i) != '"') {
                field += line.at(i);
            } else if (i + 1 < line.size() && line.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else {
                break;
            }
        }
        fields.append(field);
        i += 2; // the closing quote and the comma
    }
    return fields;
}

} // namespace

Run TestCliBackup::cli(const QStringList &arguments) const
{
    // Bulk journals and the mirror go to a data folder of this test's own.
    QProcessEnvironment environment = m_runner.cliEnvironment();
    environment.insert(str("XDG_DATA_HOME"), m_dir.filePath(str("data")));
    environment.insert(str("XDG_CACHE_HOME"), m_dir.filePath(str("cache")));
    return test::CliRunner::run(test::cliPath(), arguments, environment);
}

Run TestCliBackup::awsIn(const QString &pool, const QString &operation,
                         const QStringList &arguments) const
{
    return m_runner.aws(operation, QStringList{str("--user-pool-id"), pool} + arguments, false);
}

QString TestCliBackup::write(const QString &name, const QByteArray &content) const
{
    return test::writeFile(m_dir.filePath(name), content);
}

QStringList TestCliBackup::poolNames() const
{
    const Run run = m_runner.aws(str("list-user-pools"), {str("--max-results"), str("60")}, false);
    QStringList names;
    for (const QJsonValue &pool : run.json.value(QLatin1String("UserPools")).toArray())
        names.append(pool.toObject().value(QLatin1String("Name")).toString());
    return names;
}

QStringList TestCliBackup::mirrorFiles(const QString &pool) const
{
    QStringList files;
    QDirIterator it(m_dir.filePath(str("cache")), {str("*.sqlite*")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (file.contains(pool))
            files.append(file);
    }
    return files;
}

void TestCliBackup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_runner = test::CliRunner(*stack);
    Run failed;
    const QString poolId = m_runner.createPool(
        str("backup-"), {str("--schema"), str("Name=dept,AttributeDataType=String,Mutable=true")},
        &failed);
    QVERIFY2(!poolId.isEmpty(), failed.describe().constData());
    m_poolsMade.append(poolId);
    m_runner.setPool(poolId);
    const Run client = m_runner.aws(str("create-user-pool-client"),
                                    {str("--client-name"), str("web"), str("--generate-secret"),
                                     str("--explicit-auth-flows"), str("ALLOW_USER_SRP_AUTH"),
                                     str("ALLOW_REFRESH_TOKEN_AUTH")});
    QVERIFY2(client.exitCode == 0, client.describe().constData());
    m_clientId = client.json.value(QLatin1String("UserPoolClient"))
                     .toObject()
                     .value(QLatin1String("ClientId"))
                     .toString();
    QVERIFY(!m_clientId.isEmpty());
    m_groups = {str("staff"), str("admins")};
    m_groups.sort();
    for (const QString &group : std::as_const(m_groups)) {
        const Run created =
            m_runner.aws(str("create-group"),
                         {str("--group-name"), group, str("--description"), str("The ") + group});
        QVERIFY2(created.exitCode == 0, created.describe().constData());
    }
    // Eight users with attributes and memberships (bulk create: one process), one disabled.
    QByteArray csv = "username,email,name,custom:dept,groups\n";
    for (int i = 0; i < 8; ++i) {
        const QString name = str("user%1").arg(i);
        m_users.append(name);
        csv += name.toUtf8() + ',' + name.toUtf8() + "@example.com,User " + QByteArray::number(i) +
               ",dept" + QByteArray::number(i % 3) + ',' +
               expectedGroups(m_groups, i).join(QLatin1Char(';')).toUtf8() + '\n';
    }
    const Run made =
        cli({str("bulk"), str("create"), write(str("users.csv"), csv), str("--suppress-message")});
    QVERIFY2(made.exitCode == 0, made.describe().constData());
    QCOMPARE(made.json.value(QLatin1String("Succeeded")).toInt(), 8);
    m_disabled = m_users.at(3);
    const Run disabled = m_runner.aws(str("admin-disable-user"), {str("--username"), m_disabled});
    QVERIFY2(disabled.exitCode == 0, disabled.describe().constData());
    m_backup = m_dir.filePath(str("pool-backup.json"));
}

void TestCliBackup::cleanupTestCase()
{
    for (const QString &pool : std::as_const(m_poolsMade))
        m_runner.aws(str("delete-user-pool"), {str("--user-pool-id"), pool}, false);
}

void TestCliBackup::create()
{
    // An existing file is replaced (atomically), and made owner-only.
    QVERIFY(!write(str("pool-backup.json"), "old").isEmpty());
    QVERIFY(QFile::setPermissions(m_backup, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
    const Run run = cli({str("backup"), str("create"), m_backup});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.json.value(QLatin1String("Users")).toInt(), 8);
    QCOMPARE(run.json.value(QLatin1String("Groups")).toInt(), 2);
    QCOMPARE(run.json.value(QLatin1String("Clients")).toInt(), 1);

    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(m_backup).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0600);
    QFile file(m_backup);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QJsonObject backup = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(backup.value(QLatin1String("Format")).toString(), str("cognito-desk-backup"));
    QCOMPARE(backup.value(QLatin1String("Version")).toInt(), 1);
    QCOMPARE(backup.value(QLatin1String("Source")).toObject().value(QLatin1String("UserPoolId")),
             QJsonValue(m_runner.pool()));
    QCOMPARE(backup.value(QLatin1String("Pool")).toObject().value(QLatin1String("Id")),
             QJsonValue(m_runner.pool()));

    // The client, without its secret.
    const QJsonArray clients = backup.value(QLatin1String("Clients")).toArray();
    QCOMPARE(clients.size(), 1);
    QCOMPARE(clients.at(0).toObject().value(QLatin1String("ClientId")).toString(), m_clientId);
    QCOMPARE(clients.at(0).toObject().value(QLatin1String("HasSecret")).toBool(), true);
    QVERIFY(!clients.at(0).toObject().contains(QLatin1String("ClientSecret")));
    const Run described =
        m_runner.aws(str("describe-user-pool-client"), {str("--client-id"), m_clientId});
    const QString secret = described.json.value(QLatin1String("UserPoolClient"))
                               .toObject()
                               .value(QLatin1String("ClientSecret"))
                               .toString();
    QVERIFY(!secret.isEmpty());
    QVERIFY(!bytes.contains(secret.toUtf8()));

    QStringList groups;
    for (const QJsonValue &group : backup.value(QLatin1String("Groups")).toArray())
        groups.append(group.toObject().value(QLatin1String("GroupName")).toString());
    groups.sort();
    QCOMPARE(groups, m_groups);

    const QJsonArray users = backup.value(QLatin1String("Users")).toArray();
    QCOMPARE(users.size(), 8);
    for (const QJsonValue &value : users) {
        const QJsonObject user = value.toObject();
        const QString name = user.value(QLatin1String("Username")).toString();
        const int i = int(m_users.indexOf(name));
        QVERIFY2(i >= 0, qPrintable(name));
        const QJsonArray attributes = user.value(QLatin1String("Attributes")).toArray();
        QCOMPARE(attributeOf(attributes, str("email")), name + str("@example.com"));
        QCOMPARE(attributeOf(attributes, str("name")), str("User %1").arg(i));
        QCOMPARE(attributeOf(attributes, str("custom:dept")), str("dept%1").arg(i % 3));
        QVERIFY(attributeOf(attributes, str("sub")).isEmpty());
        QCOMPARE(user.value(QLatin1String("Enabled")).toBool(), name != m_disabled);
        QCOMPARE(user.value(QLatin1String("UserStatus")).toString(), str("FORCE_CHANGE_PASSWORD"));
        QStringList memberOf;
        for (const QJsonValue &group : user.value(QLatin1String("Groups")).toArray())
            memberOf.append(group.toString());
        memberOf.sort();
        QCOMPARE(memberOf, expectedGroups(m_groups, i));
    }
}

void TestCliBackup::createWithoutUsers()
{
    const QString path = m_dir.filePath(str("no-users.json"));
    const Run run = cli({str("backup"), str("create"), path, str("--no-users")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject backup = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(backup.value(QLatin1String("Users")).isArray());
    QCOMPARE(backup.value(QLatin1String("Users")).toArray().size(), 0);
    QCOMPARE(backup.value(QLatin1String("Groups")).toArray().size(), 2);
    QCOMPARE(backup.value(QLatin1String("Clients")).toArray().size(), 1);
}

void TestCliBackup::checkRestored(const QString &pool)
{
    QStringList groups;
    const Run listed = awsIn(pool, str("list-groups"), {});
    for (const QJsonValue &group : listed.json.value(QLatin1String("Groups")).toArray())
        groups.append(group.toObject().value(QLatin1String("GroupName")).toString());
    groups.sort();
    QCOMPARE(groups, m_groups);
    for (int i = 0; i < m_users.size(); ++i) {
        const QString name = m_users.at(i);
        const Run user = awsIn(pool, str("admin-get-user"), {str("--username"), name});
        QVERIFY2(user.exitCode == 0, user.describe().constData());
        const QJsonArray attributes = user.json.value(QLatin1String("UserAttributes")).toArray();
        QCOMPARE(attributeOf(attributes, str("email")), name + str("@example.com"));
        QCOMPARE(attributeOf(attributes, str("name")), str("User %1").arg(i));
        QCOMPARE(attributeOf(attributes, str("custom:dept")), str("dept%1").arg(i % 3));
        QCOMPARE(user.json.value(QLatin1String("Enabled")).toBool(), name != m_disabled);
        const Run memberOf =
            awsIn(pool, str("admin-list-groups-for-user"), {str("--username"), name});
        QStringList names;
        for (const QJsonValue &group : memberOf.json.value(QLatin1String("Groups")).toArray())
            names.append(group.toObject().value(QLatin1String("GroupName")).toString());
        names.sort();
        QCOMPARE(names, expectedGroups(m_groups, i));
    }
}

void TestCliBackup::restoreNewPool()
{
    QVERIFY(QFile::exists(m_backup));
    const QString name = test::uniqueName(str("restored-"));
    const Run run = cli({str("backup"), str("restore"), m_backup, str("--new-pool"), name,
                         str("--suppress-message")});
    const QString newPool = run.json.value(QLatin1String("NewPoolId")).toString();
    if (!newPool.isEmpty())
        m_poolsMade.append(newPool);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY(!newPool.isEmpty());
    QVERIFY(newPool != m_runner.pool());
    QCOMPARE(run.json.value(QLatin1String("Succeeded")).toInt(), 8);
    QCOMPARE(run.json.value(QLatin1String("Skipped")).toInt(), 0);
    QCOMPARE(run.json.value(QLatin1String("Failed")).toArray().size(), 0);
    QVERIFY(run.json.value(QLatin1String("JobId")).toString().startsWith(QLatin1String("bulk-")));

    // The client under a new id, with a secret of its own.
    const QJsonObject clientIds = run.json.value(QLatin1String("ClientIds")).toObject();
    QCOMPARE(clientIds.keys(), QStringList{m_clientId});
    const QString newClient = clientIds.value(m_clientId).toString();
    QVERIFY(!newClient.isEmpty());
    QVERIFY(newClient != m_clientId);
    const Run client =
        awsIn(newPool, str("describe-user-pool-client"), {str("--client-id"), newClient});
    QVERIFY2(client.exitCode == 0, client.describe().constData());
    const QJsonObject described = client.json.value(QLatin1String("UserPoolClient")).toObject();
    QCOMPARE(described.value(QLatin1String("ClientName")).toString(), str("web"));
    QVERIFY(!described.value(QLatin1String("ClientSecret")).toString().isEmpty());
    const Run pool = awsIn(newPool, str("describe-user-pool"), {});
    QCOMPARE(pool.json.value(QLatin1String("UserPool")).toObject().value(QLatin1String("Name")),
             QJsonValue(name));

    checkRestored(newPool);

    // The users were made by a bulk job of the journal's: bulk show lists it, and bulk resume
    // of the finished job prints the whole job's report.
    const QString jobId = run.json.value(QLatin1String("JobId")).toString();
    const Run shown = cli({str("bulk"), str("show"), jobId});
    QVERIFY2(shown.exitCode == 0, shown.describe().constData());
    QCOMPARE(shown.json.value(QLatin1String("Operation")).toString(), str("create"));
    QCOMPARE(shown.json.value(QLatin1String("Items")).toArray().size(), 8);
    const Run resumed = cli({str("bulk"), str("resume"), jobId});
    QVERIFY2(resumed.exitCode == 0, resumed.describe().constData());
    QCOMPARE(resumed.json.value(QLatin1String("Succeeded")).toInt(), 8);
}

void TestCliBackup::restoreIntoPoolTwice()
{
    Run failed;
    const QString pool = m_runner.createPool(
        str("into-"), {str("--schema"), str("Name=dept,AttributeDataType=String,Mutable=true")},
        &failed);
    QVERIFY2(!pool.isEmpty(), failed.describe().constData());
    m_poolsMade.append(pool);

    // The pool's mirror: dropped by the restore, as after a bulk job.
    const Run sync = cli({str("user"), str("sync"), str("--user-pool-id"), pool});
    QVERIFY2(sync.exitCode == 0, sync.describe().constData());
    QVERIFY(!mirrorFiles(pool).isEmpty());

    const QStringList restore{str("backup"),      str("restore"), m_backup,
                              str("--into-pool"), pool,           str("--suppress-message")};
    const Run first = cli(restore);
    QVERIFY2(first.exitCode == 0, first.describe().constData());
    QCOMPARE(first.json.value(QLatin1String("Succeeded")).toInt(), 8);
    QCOMPARE(first.json.value(QLatin1String("Failed")).toArray().size(), 0);
    QVERIFY(!first.json.contains(QLatin1String("NewPoolId")));
    QCOMPARE(mirrorFiles(pool), QStringList());
    checkRestored(pool);

    // Again: the groups exist and every user is there, so nothing is sent for them.
    const Run second = cli(restore);
    QVERIFY2(second.exitCode == 0, second.describe().constData());
    QCOMPARE(second.json.value(QLatin1String("Succeeded")).toInt(), 0);
    QCOMPARE(second.json.value(QLatin1String("Skipped")).toInt(), 8);
    QCOMPARE(second.json.value(QLatin1String("Failed")).toArray().size(), 0);
    checkRestored(pool);
}

void TestCliBackup::restoreWithGeneratedPasswords()
{
    const QString passwords = m_dir.filePath(str("passwords.csv"));
    const Run run = cli({str("backup"), str("restore"), m_backup, str("--new-pool"),
                         test::uniqueName(str("pw-")), str("--generate-passwords"),
                         str("--passwords-out"), passwords});
    const QString newPool = run.json.value(QLatin1String("NewPoolId")).toString();
    if (!newPool.isEmpty())
        m_poolsMade.append(newPool);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.json.value(QLatin1String("Succeeded")).toInt(), 8);
    // The passwords: owner-only, one per user, never on the output.
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(passwords).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0600);
    QFile file(passwords);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 8);
    // "username","password": a generated password may hold a comma or a quote (doubled).
    const QList<QByteArray> first = quotedFields(lines.at(1));
    QCOMPARE(first.size(), 2);
    QVERIFY(!run.out.contains(first.at(1)));
    QVERIFY(!run.err.contains(first.at(1)));
    const Run user =
        awsIn(newPool, str("admin-get-user"), {str("--username"), QString::fromUtf8(first.at(0))});
    QVERIFY2(user.exitCode == 0, user.describe().constData());
    QCOMPARE(user.json.value(QLatin1String("UserStatus")).toString(), str("FORCE_CHANGE_PASSWORD"));
}

void TestCliBackup::interruptedRestoreIsResumed()
{
    // A backup of 200 users written by hand: every third in "cohort", every tenth disabled.
    constexpr int kUsers = 200;
    QJsonArray users;
    for (int i = 0; i < kUsers; ++i) {
        const QString name = str("r%1").arg(i, 3, 10, QLatin1Char('0'));
        QJsonArray groups;
        if (i % 3 == 0)
            groups.append(str("cohort"));
        users.append(
            QJsonObject{{str("Username"), name},
                        {str("Attributes"),
                         QJsonArray{QJsonObject{{str("Name"), str("email")},
                                                {str("Value"), name + str("@example.com")}}}},
                        {str("Enabled"), i % 10 != 0},
                        {str("UserStatus"), str("CONFIRMED")},
                        {str("Groups"), groups}});
    }
    const QJsonObject backup{
        {str("Format"), str("cognito-desk-backup")},
        {str("Version"), 1},
        {str("Created"), str("2026-12-03T10:00:00Z")},
        {str("Source"),
         QJsonObject{{str("Region"), str("us-east-1")}, {str("UserPoolId"), str("x")}}},
        {str("Pool"), QJsonObject{}},
        {str("Clients"), QJsonArray{}},
        {str("Groups"), QJsonArray{QJsonObject{{str("GroupName"), str("cohort")}}}},
        {str("Domain"), QJsonValue::Null},
        {str("Users"), users}};
    const QString path = write(str("big.json"), QJsonDocument(backup).toJson());
    Run failed;
    const QString pool = m_runner.createPool(str("resume-"), {}, &failed);
    QVERIFY2(!pool.isEmpty(), failed.describe().constData());
    m_poolsMade.append(pool);

    // Killed once some users are done (the progress lines say how many), then resumed.
    static const QRegularExpression progressLine(QStringLiteral(R"(: (\d+)/(\d+) done)"));
    static const QRegularExpression jobLine(QStringLiteral(R"((bulk-\d{8}-\d{6}-[0-9a-f]{6}))"));
    QProcessEnvironment environment = m_runner.cliEnvironment();
    environment.insert(str("XDG_DATA_HOME"), m_dir.filePath(str("data")));
    environment.insert(str("XDG_CACHE_HOME"), m_dir.filePath(str("cache")));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(test::cliPath(), {str("backup"), str("restore"), path, str("--into-pool"), pool,
                                    str("--suppress-message")});
    QVERIFY(process.waitForStarted());
    process.closeWriteChannel();
    process.setReadChannel(QProcess::StandardError);
    QString jobId;
    int done = -1;
    QByteArray seen;
    while (done < 10 && process.state() == QProcess::Running) {
        while (!process.canReadLine() && process.state() == QProcess::Running)
            process.waitForReadyRead(30000);
        while (process.canReadLine()) {
            const QByteArray line = process.readLine();
            seen += line;
            const QString text = QString::fromUtf8(line);
            const auto job = jobLine.match(text);
            if (jobId.isEmpty() && job.hasMatch())
                jobId = job.captured(1);
            const auto match = progressLine.match(text);
            if (match.hasMatch())
                done = match.captured(1).toInt();
        }
    }
    QVERIFY2(done >= 10 && done < kUsers && !jobId.isEmpty(), seen.right(1000).constData());
    process.kill(); // SIGKILL
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    const Run resumed = cli({str("bulk"), str("resume"), jobId});
    QVERIFY2(resumed.exitCode == 0, resumed.describe().constData());
    QCOMPARE(resumed.json.value(QLatin1String("Succeeded")).toInt(), kUsers);
    QCOMPARE(resumed.json.value(QLatin1String("Failed")).toArray().size(), 0);

    const Run listed = awsIn(pool, str("list-users"), {});
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    const QJsonArray there = listed.json.value(QLatin1String("Users")).toArray();
    QCOMPARE(there.size(), kUsers);
    for (const QJsonValue &value : there) {
        const QJsonObject user = value.toObject();
        const int i = user.value(QLatin1String("Username")).toString().mid(1).toInt();
        QCOMPARE(user.value(QLatin1String("Enabled")).toBool(), i % 10 != 0);
    }
    const Run members =
        awsIn(pool, str("list-users-in-group"), {str("--group-name"), str("cohort")});
    QVERIFY2(members.exitCode == 0, members.describe().constData());
    QCOMPARE(members.json.value(QLatin1String("Users")).toArray().size(), (kUsers + 2) / 3);
}

void TestCliBackup::corruptFileSendsNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("garbage") << QByteArray("this is not json {");
    QTest::newRow("cut off") << QByteArray(
        R"({"Format": "cognito-desk-backup", "Version": 1, "Us)");
    QTest::newRow("version 9") << QByteArray(
        R"({"Format": "cognito-desk-backup", "Version": 9, "Created": "2026-12-03T10:00:00Z",
                          "Source": {}, "Pool": {}, "Clients": [], "Groups": [], "Users": []})");
    QTest::newRow("other format") << QByteArray(
        R"({"Format": "something-else", "Version": 1, "Created": "2026-12-03T10:00:00Z",
                          "Source": {}, "Pool": {}, "Clients": [], "Groups": [], "Users": []})");
}

void TestCliBackup::corruptFileSendsNothing()
{
    QFETCH(QByteArray, content);
    const QString path = write(str("corrupt.json"), content);
    const QString name = test::uniqueName(str("never-"));
    const Run run = cli({str("backup"), str("restore"), path, str("--new-pool"), name});
    QVERIFY2(run.exitCode != 0, run.describe().constData());
    QVERIFY2(run.errText().contains(str("Nothing was sent")), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!poolNames().contains(name));
}

void TestCliBackup::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no target") << QStringList{str("--suppress-message")};
    QTest::newRow("both targets") << QStringList{str("--into-pool"), str("p"), str("--new-pool"),
                                                 str("n")};
    QTest::newRow("passwords without file")
        << QStringList{str("--into-pool"), str("p"), str("--generate-passwords")};
    QTest::newRow("file without passwords")
        << QStringList{str("--into-pool"), str("p"), str("--passwords-out"), str("x.csv")};
    QTest::newRow("passwords and suppress")
        << QStringList{str("--into-pool"),     str("p"),     str("--generate-passwords"),
                       str("--passwords-out"), str("y.csv"), str("--suppress-message")};
}

void TestCliBackup::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(QStringList{str("backup"), str("restore"), m_backup} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestCliBackup test;
    return test::execForServer(&test, argc, argv);
}

#include "tst_cli_backup.moc"
