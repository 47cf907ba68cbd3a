#include "clirunner.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;
using test::Run;

// fixtures apply makes a pool's test users match a file and is exact: a second run sends no
// write and reports everything Unchanged; what drifted is put back and reported Updated; a
// file with a mistake sends nothing; fixtures remove deletes the users.
class TestCliFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void applyTwiceWritesOnce();
    void driftIsPutBack();
    void aBadFileSendsNothing();
    void removeDeletesTheUsers();

private:
    Run cli(const QStringList &arguments, const QByteArray &input = {}) const;
    // The Cognito operations a --verbose run logged, in order.
    static QStringList operations(const Run &run);
    QString writeFile(const QString &name, const QByteArray &text) const;

    test::CliRunner m_runner;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    QString m_alice;
    QString m_bob;
};

#define CHECK_OK(expression)                                                                       \
    do {                                                                                           \
        const Run checked_ = (expression);                                                         \
        QVERIFY2(checked_.finished &&checked_.exitCode == 0, checked_.describe().constData());     \
    } while (false)

namespace {

QStringList names(const QJsonValue &list)
{
    QStringList out;
    for (const QJsonValue &value : list.toArray())
        out.append(value.toString());
    out.sort();
    return out;
}

bool isWrite(const QString &operation)
{
    static const QRegularExpression reads(QStringLiteral("^(Admin)?(Get|List|Describe)"));
    return !reads.match(operation).hasMatch();
}

} // namespace

Run TestCliFixtures::cli(const QStringList &arguments, const QByteArray &input) const
{
    QProcessEnvironment environment = m_runner.cliEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_dir->filePath(QStringLiteral("config")));
    return test::CliRunner::run(test::cliPath(), arguments, environment, input);
}

QStringList TestCliFixtures::operations(const Run &run)
{
    QStringList out;
    static const QRegularExpression line(QStringLiteral("^([A-Z][A-Za-z]+): "),
                                         QRegularExpression::MultilineOption);
    auto it = line.globalMatch(run.errText());
    while (it.hasNext())
        out.append(it.next().captured(1));
    return out;
}

QString TestCliFixtures::writeFile(const QString &name, const QByteArray &text) const
{
    return test::writeFile(m_dir->filePath(name), text);
}

void TestCliFixtures::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_runner = test::CliRunner(*stack);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const Run pool = m_runner.cli({QStringLiteral("pool"), QStringLiteral("create"),
                                   test::uniqueName(QStringLiteral("fixtures"))});
    CHECK_OK(pool);
    m_runner.setPool(pool.json.value(QLatin1String("UserPool"))
                         .toObject()
                         .value(QLatin1String("Id"))
                         .toString());
    for (const char *group : {"testers", "admins", "finance"})
        CHECK_OK(m_runner.cli(
            {QStringLiteral("group"), QStringLiteral("create"), QString::fromLatin1(group)}));
    m_alice = test::uniqueName(QStringLiteral("alice"));
    m_bob = test::uniqueName(QStringLiteral("bob"));
    m_file = writeFile(QStringLiteral("users.yaml"),
                       QStringLiteral("users:\n"
                                      "  - username: %1\n"
                                      "    password: \"Alice-Pa55!x\"\n"
                                      "    attributes: {email: alice@example.com, name: Alice}\n"
                                      "    groups: [testers, admins]\n"
                                      "  - username: %2\n"
                                      "    attributes:\n"
                                      "      email: bob@example.com\n")
                           .arg(m_alice, m_bob)
                           .toUtf8());
    QVERIFY(!m_file.isEmpty());
}

void TestCliFixtures::applyTwiceWritesOnce()
{
    const Run first = cli(
        {QStringLiteral("--verbose"), QStringLiteral("fixtures"), QStringLiteral("apply"), m_file});
    CHECK_OK(first);
    QCOMPARE(names(first.json.value(QLatin1String("Created"))),
             QStringList({m_alice, m_bob}) /* sorted: "alice..." < "bob..." */);
    QVERIFY2(operations(first).contains(QLatin1String("AdminCreateUser")), first.err.constData());
    // No password in the output.
    QVERIFY(!first.out.contains("Alice-Pa55!x") && !first.err.contains("Alice-Pa55!x"));

    // On the service, checked with the AWS CLI: confirmed, the attributes, the groups.
    const Run alice =
        m_runner.aws(QStringLiteral("admin-get-user"), {QStringLiteral("--username"), m_alice});
    QCOMPARE(alice.json.value(QLatin1String("UserStatus")).toString(), QStringLiteral("CONFIRMED"));
    const Run groups = m_runner.aws(QStringLiteral("admin-list-groups-for-user"),
                                    {QStringLiteral("--username"), m_alice});
    QStringList memberOf;
    for (const QJsonValue &group : groups.json.value(QLatin1String("Groups")).toArray())
        memberOf.append(group.toObject().value(QLatin1String("GroupName")).toString());
    memberOf.sort();
    QCOMPARE(memberOf, QStringList({QStringLiteral("admins"), QStringLiteral("testers")}));
    const Run second = cli(
        {QStringLiteral("--verbose"), QStringLiteral("fixtures"), QStringLiteral("apply"), m_file});
    CHECK_OK(second);
    QCOMPARE(names(second.json.value(QLatin1String("Unchanged"))), QStringList({m_alice, m_bob}));
    QVERIFY(names(second.json.value(QLatin1String("Created"))).isEmpty());
    QVERIFY(names(second.json.value(QLatin1String("Updated"))).isEmpty());
    QStringList writes;
    for (const QString &operation : operations(second))
        if (isWrite(operation))
            writes.append(operation);
    QVERIFY2(writes.isEmpty(), qPrintable(writes.join(QLatin1String(", "))));
    QVERIFY2(!operations(second).isEmpty(), "the run logged no call at all");
}

void TestCliFixtures::driftIsPutBack()
{
    CHECK_OK(
        m_runner.aws(QStringLiteral("admin-update-user-attributes"),
                     {QStringLiteral("--username"), m_alice, QStringLiteral("--user-attributes"),
                      QStringLiteral("Name=name,Value=Mallory")}));
    CHECK_OK(m_runner.aws(QStringLiteral("admin-remove-user-from-group"),
                          {QStringLiteral("--username"), m_alice, QStringLiteral("--group-name"),
                           QStringLiteral("admins")}));
    CHECK_OK(m_runner.aws(QStringLiteral("admin-add-user-to-group"),
                          {QStringLiteral("--username"), m_alice, QStringLiteral("--group-name"),
                           QStringLiteral("finance")}));
    CHECK_OK(m_runner.aws(QStringLiteral("admin-disable-user"),
                          {QStringLiteral("--username"), m_alice}));

    const Run applied = cli({QStringLiteral("fixtures"), QStringLiteral("apply"), m_file});
    CHECK_OK(applied);
    QCOMPARE(names(applied.json.value(QLatin1String("Updated"))), QStringList{m_alice});
    QCOMPARE(names(applied.json.value(QLatin1String("Unchanged"))), QStringList{m_bob});

    const Run alice =
        m_runner.aws(QStringLiteral("admin-get-user"), {QStringLiteral("--username"), m_alice});
    QVERIFY(alice.json.value(QLatin1String("Enabled")).toBool());
    QString name;
    for (const QJsonValue &attribute : alice.json.value(QLatin1String("UserAttributes")).toArray())
        if (attribute.toObject().value(QLatin1String("Name")).toString() == QLatin1String("name"))
            name = attribute.toObject().value(QLatin1String("Value")).toString();
    QCOMPARE(name, QStringLiteral("Alice"));
    const Run groups = m_runner.aws(QStringLiteral("admin-list-groups-for-user"),
                                    {QStringLiteral("--username"), m_alice});
    QStringList memberOf;
    for (const QJsonValue &group : groups.json.value(QLatin1String("Groups")).toArray())
        memberOf.append(group.toObject().value(QLatin1String("GroupName")).toString());
    memberOf.sort();
    QCOMPARE(memberOf, QStringList({QStringLiteral("admins"), QStringLiteral("testers")}));
}

void TestCliFixtures::aBadFileSendsNothing()
{
    const QString nobody = test::uniqueName(QStringLiteral("nobody"));
    const QString bad = writeFile(
        QStringLiteral("bad.yaml"),
        QStringLiteral("users:\n  - username: %1\n  - usernme: typo\n").arg(nobody).toUtf8());
    const Run refused = cli({QStringLiteral("fixtures"), QStringLiteral("apply"), bad});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.errText().contains(QLatin1String("Line 3")), refused.err.constData());
    const Run absent =
        m_runner.aws(QStringLiteral("admin-get-user"), {QStringLiteral("--username"), nobody});
    QVERIFY2(absent.exitCode != 0, "a user of the refused file was created");

    const Run missing = cli({QStringLiteral("fixtures"), QStringLiteral("apply"),
                             m_dir->filePath(QStringLiteral("no-such.yaml"))});
    QCOMPARE(missing.exitCode, 4);
}

void TestCliFixtures::removeDeletesTheUsers()
{
    const Run removed = cli({QStringLiteral("fixtures"), QStringLiteral("remove"), m_file});
    CHECK_OK(removed);
    QCOMPARE(names(removed.json.value(QLatin1String("Deleted"))), QStringList({m_alice, m_bob}));
    const Run again = cli({QStringLiteral("fixtures"), QStringLiteral("remove"), m_file});
    CHECK_OK(again);
    QCOMPARE(names(again.json.value(QLatin1String("Absent"))), QStringList({m_alice, m_bob}));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestCliFixtures test;
    return test::execForServer(&test, argc, argv);
}

#include "tst_cli_fixtures.moc"
