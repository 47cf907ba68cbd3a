#include "clirunner.h"
#include "support/localstack.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace cdesk;
using test::Run;

// The bulk commands on the plain path, against both servers: bulk create with generated
// passwords (owner-only file, no password in the journal or the output), each bulk run
// operation checked on the server, bulk run on the users a search selects, bulk list/show, and the
// CSV check's refusals (one row per kind of bad input, nothing sent). Faults and interruptions:
// tst_cli_bulk_faults.
class TestCliBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void createWithGeneratedPasswords();
    void runOperations_data();
    void runOperations();
    void resetPassword_simOnly_cognitoLocalLacksAdminResetUserPassword();
    void signOut_simOnly_cognitoLocalLacksAdminUserGlobalSignOut();
    void duplicateInputIsSkippedAndFailuresReported();
    void runOnSearchResults();
    void listAndShow();
    void csvRefusals_data();
    void csvRefusals();
    void usageErrors_data();
    void usageErrors();

private:
    Run cli(const QStringList &arguments, const QByteArray &input = {}) const;
    QString write(const QString &name, const QByteArray &content) const;
    QJsonObject getUser(const QString &username) const;
    QStringList groupsOf(const QString &username) const;
    QStringList jobIds() const;

    test::CliRunner m_runner;
    QTemporaryDir m_dir;
    QString m_group;
    QString m_group2;
    QStringList m_users; // made by createWithGeneratedPasswords, used by the later tests
    QString m_createJob;
};

namespace {
QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonArray failedOf(const Run &run)
{
    return run.json.value(QLatin1String("Failed")).toArray();
}

QString attributeOf(const QJsonObject &user, const QString &name)
{
    const QJsonArray attributes = user.value(QLatin1String("UserAttributes")).toArray();
    for (const QJsonValue &a : attributes)
        if (a.toObject().value(QLatin1String("Name")).toString() == name)
            return a.toObject().value(QLatin1String("Value")).toString();
    return {};
}
} // namespace

Run TestCliBulk::cli(const QStringList &arguments, const QByteArray &input) const
{
    // The journals go to a data folder of this test's own.
    QProcessEnvironment environment = m_runner.cliEnvironment();
    environment.insert(str("XDG_DATA_HOME"), m_dir.filePath(str("data")));
    // and the pool's local mirror (bulk run's search options) to a cache folder of its own.
    environment.insert(str("XDG_CACHE_HOME"), m_dir.filePath(str("cache")));
    return test::CliRunner::run(test::cliPath(), arguments, environment, input);
}

QString TestCliBulk::write(const QString &name, const QByteArray &content) const
{
    return test::writeFile(m_dir.filePath(name), content);
}

QJsonObject TestCliBulk::getUser(const QString &username) const
{
    const Run run = m_runner.aws(str("admin-get-user"), {str("--username"), username});
    return run.exitCode == 0 ? run.json : QJsonObject();
}

QStringList TestCliBulk::groupsOf(const QString &username) const
{
    const Run run = m_runner.aws(str("admin-list-groups-for-user"), {str("--username"), username});
    QStringList names;
    for (const QJsonValue &group : run.json.value(QLatin1String("Groups")).toArray())
        names.append(group.toObject().value(QLatin1String("GroupName")).toString());
    return names;
}

QStringList TestCliBulk::jobIds() const
{
    const Run run = cli({str("bulk"), str("list")});
    QStringList ids;
    for (const QJsonValue &job : run.json.value(QLatin1String("Jobs")).toArray())
        ids.append(job.toObject().value(QLatin1String("JobId")).toString());
    return ids;
}

void TestCliBulk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_runner = test::CliRunner(*stack);
    // A pool of this test's own: its users would otherwise fill the seeded pool that the
    // window tests list.
    Run failed;
    const QString poolId = m_runner.createPool(str("bulk-"), {}, &failed);
    QVERIFY2(!poolId.isEmpty(), failed.describe().constData());
    m_runner.setPool(poolId);
    m_group = test::uniqueName(str("bulk-a-"));
    m_group2 = test::uniqueName(str("bulk-b-"));
    for (const QString &group : {m_group, m_group2}) {
        const Run created = m_runner.cli({str("group"), str("create"), group});
        QVERIFY2(created.exitCode == 0, created.describe().constData());
    }
}

void TestCliBulk::cleanupTestCase()
{
    if (!m_runner.pool().isEmpty())
        m_runner.aws(str("delete-user-pool"), {});
}

void TestCliBulk::createWithGeneratedPasswords()
{
    const QString prefix = test::uniqueName(str("bk"));
    // A verified email: reset-password needs somewhere to send the code.
    QByteArray csv = "username,email,email_verified,groups\n";
    for (int i = 0; i < 5; ++i) {
        const QString name = prefix + QString::number(i);
        m_users.append(name);
        csv += name.toUtf8() + ',' + name.toUtf8() + "@example.com,true," +
               (i % 2 ? m_group.toUtf8() : QByteArray()) + '\n';
    }
    const QString path = write(str("users.csv"), csv);
    const QString passwords = m_dir.filePath(str("passwords.csv"));
    const Run run =
        cli({str("bulk"), str("create"), path, str("--generate-passwords"), str("--passwords-out"),
             passwords, str("--suppress-message"), str("--group"), m_group2});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.json.value(QLatin1String("Succeeded")).toInt(), 5);
    QCOMPARE(run.json.value(QLatin1String("Skipped")).toInt(), 0);
    QCOMPARE(failedOf(run).size(), 0);
    m_createJob = run.json.value(QLatin1String("JobId")).toString();
    QVERIFY(m_createJob.startsWith(QLatin1String("bulk-")));
    QVERIFY2(run.errText().contains(m_createJob), run.err.constData()); // progress on stderr

    // Each user as the file said, with its groups and a temporary password.
    for (int i = 0; i < m_users.size(); ++i) {
        const QJsonObject user = getUser(m_users.at(i));
        QVERIFY2(!user.isEmpty(), qPrintable(m_users.at(i)));
        QCOMPARE(attributeOf(user, str("email")), m_users.at(i) + str("@example.com"));
        QCOMPARE(user.value(QLatin1String("UserStatus")).toString(), str("FORCE_CHANGE_PASSWORD"));
        QStringList expected{m_group2};
        if (i % 2)
            expected.append(m_group);
        QStringList groups = groupsOf(m_users.at(i));
        groups.sort();
        expected.sort();
        QCOMPARE(groups, expected);
    }

    // The passwords: owner-only, one per user, and nowhere else.
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(passwords).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0600);
    QFile file(passwords);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + m_users.size());
    const QString journalPath =
        m_dir.filePath(str("data/cognito-desk/cognito-desk/bulk/%1.jsonl").arg(m_createJob));
    QFile journal(journalPath);
    QVERIFY2(journal.open(QIODevice::ReadOnly), qPrintable(journalPath));
    const QByteArray journalText = journal.readAll();
    QCOMPARE(::stat(QFile::encodeName(journalPath).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0600);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        // "username","password", each quoted (a password may hold commas and quotes).
        const QByteArray &line = lines.at(i);
        const qsizetype split = line.indexOf("\",\"");
        QVERIFY2(line.startsWith('"') && line.endsWith('"') && split > 0, line.constData());
        const QByteArray password = line.mid(split + 3).chopped(1).replace("\"\"", "\"");
        QVERIFY(password.size() >= 16);
        QVERIFY2(!journalText.contains(password), "a password is in the journal");
        QVERIFY2(!run.out.contains(password) && !run.err.contains(password),
                 "a password is in the output");
    }
}

void TestCliBulk::runOperations_data()
{
    QTest::addColumn<QStringList>("operation");
    // What the server shows afterwards for each user: "enabled", "disabled", "in:<group>",
    // "out:<group>", "attr:<name>=<value>", "gone".
    QTest::addColumn<QString>("expect");

    QTest::newRow("disable") << QStringList{str("disable")} << str("disabled");
    QTest::newRow("enable") << QStringList{str("enable")} << str("enabled");
    QTest::newRow("set-attribute")
        << QStringList{str("set-attribute"), str("given_name=Bulk")} << str("attr:given_name=Bulk");
    QTest::newRow("delete-attribute")
        << QStringList{str("delete-attribute"), str("given_name")} << str("attr:given_name=");
    QTest::newRow("remove-from-group")
        << QStringList{str("remove-from-group"), str("@group2")} << str("out:@group2");
    QTest::newRow("add-to-group") << QStringList{str("add-to-group"), str("@group2")}
                                  << str("in:@group2");
    QTest::newRow("delete") << QStringList{str("delete")} << str("gone");
}

void TestCliBulk::runOperations()
{
    QFETCH(QStringList, operation);
    QFETCH(QString, expect);
    QVERIFY2(!m_users.isEmpty(), "createWithGeneratedPasswords made no users");
    operation.replaceInStrings(str("@group2"), m_group2);
    expect.replace(str("@group2"), m_group2);
    // The users through standard input, the first three only (the rest stay for later tests).
    const QStringList users = m_users.mid(0, 3);
    QStringList arguments{str("bulk"), str("run")};
    arguments += operation;
    arguments += {str("--users-from"), str("-")};
    const Run run = cli(arguments, users.join(QLatin1Char('\n')).toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.json.value(QLatin1String("Succeeded")).toInt(), users.size());
    QCOMPARE(failedOf(run).size(), 0);
    for (const QString &username : users) {
        const QJsonObject user = getUser(username);
        if (expect == QLatin1String("gone")) {
            QVERIFY2(user.isEmpty(), qPrintable(username));
            continue;
        }
        QVERIFY2(!user.isEmpty(), qPrintable(username));
        if (expect == QLatin1String("disabled") || expect == QLatin1String("enabled"))
            QCOMPARE(user.value(QLatin1String("Enabled")).toBool(), expect == str("enabled"));
        if (expect.startsWith(QLatin1String("in:")))
            QVERIFY(groupsOf(username).contains(expect.mid(3)));
        if (expect.startsWith(QLatin1String("out:")))
            QVERIFY(!groupsOf(username).contains(expect.mid(4)));
        if (expect.startsWith(QLatin1String("attr:"))) {
            const QStringList nameValue = expect.mid(5).split(QLatin1Char('='));
            QCOMPARE(attributeOf(user, nameValue.at(0)), nameValue.at(1));
        }
    }
}

void TestCliBulk::resetPassword_simOnly_cognitoLocalLacksAdminResetUserPassword()
{
    QVERIFY(m_users.size() >= 5);
    const QString users = m_users.at(3) + QLatin1Char('\n');
    const QString path = write(str("reset.txt"), users.toUtf8());
    const Run run =
        cli({str("bulk"), str("run"), str("reset-password"), str("--users-from"), path});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.json.value(QLatin1String("Succeeded")).toInt(), 1);
    QCOMPARE(getUser(m_users.at(3)).value(QLatin1String("UserStatus")).toString(),
             str("RESET_REQUIRED"));
}

void TestCliBulk::signOut_simOnly_cognitoLocalLacksAdminUserGlobalSignOut()
{
    QVERIFY(m_users.size() >= 5);
    const Run run = cli({str("bulk"), str("run"), str("sign-out"), str("--users-from"), str("-")},
                        m_users.at(3).toUtf8() + '\n' + m_users.at(4).toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.json.value(QLatin1String("Succeeded")).toInt(), 2);
}

void TestCliBulk::duplicateInputIsSkippedAndFailuresReported()
{
    QVERIFY(m_users.size() >= 5);
    const QString missing = test::uniqueName(str("nobody"));
    const QByteArray input =
        m_users.at(4).toUtf8() + "\n\n" + m_users.at(4).toUtf8() + "\n" + missing.toUtf8() + "\n";
    const Run run =
        cli({str("bulk"), str("run"), str("disable"), str("--users-from"), str("-")}, input);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json.value(QLatin1String("Succeeded")).toInt(), 1);
    QCOMPARE(run.json.value(QLatin1String("Skipped")).toInt(), 1);
    const QJsonArray failed = failedOf(run);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).toObject().value(QLatin1String("Username")).toString(), missing);
    QVERIFY2(failed.at(0)
                 .toObject()
                 .value(QLatin1String("Error"))
                 .toString()
                 .startsWith(QLatin1String("UserNotFoundException")),
             run.out.constData());
    QCOMPARE(getUser(m_users.at(4)).value(QLatin1String("Enabled")).toBool(), false);
}

void TestCliBulk::runOnSearchResults()
{
    // Three users of this test's own: two of one family, the third of another.
    const QString prefix = test::uniqueName(str("bs"));
    const QString family = test::uniqueName(str("Searched"));
    QByteArray csv = "username,email,family_name\n";
    QStringList users;
    for (int i = 0; i < 3; ++i) {
        users.append(prefix + QString::number(i));
        csv += users.last().toUtf8() + ',' + users.last().toUtf8() + "@example.com," +
               (i < 2 ? family.toUtf8() : QByteArray("Other")) + '\n';
    }
    const Run created = cli(
        {str("bulk"), str("create"), write(str("searched.csv"), csv), str("--suppress-message")});
    QVERIFY2(created.exitCode == 0, created.describe().constData());
    QCOMPARE(created.json.value(QLatin1String("Succeeded")).toInt(), 3);

    // The search: an exact attribute and free text, AND-ed; the mirror synced first
    // (--max-age 0), since the users were made after any mirror there was.
    const Run disabled =
        cli({str("bulk"), str("run"), str("disable"), str("--where"), str("family_name=") + family,
             str("--text"), prefix, str("--max-age"), str("0")});
    QVERIFY2(disabled.exitCode == 0, disabled.describe().constData());
    QCOMPARE(disabled.json.value(QLatin1String("Succeeded")).toInt(), 2);
    QCOMPARE(failedOf(disabled).size(), 0);
    QCOMPARE(getUser(users.at(0)).value(QLatin1String("Enabled")).toBool(true), false);
    QCOMPARE(getUser(users.at(1)).value(QLatin1String("Enabled")).toBool(true), false);
    QCOMPARE(getUser(users.at(2)).value(QLatin1String("Enabled")).toBool(false), true);

    // A facet: the disabled ones among these users, enabled again.
    const Run enabled = cli({str("bulk"), str("run"), str("enable"), str("--enabled"), str("false"),
                             str("--text"), prefix, str("--max-age"), str("0")});
    QVERIFY2(enabled.exitCode == 0, enabled.describe().constData());
    QCOMPARE(enabled.json.value(QLatin1String("Succeeded")).toInt(), 2);
    for (const QString &username : std::as_const(users))
        QCOMPARE(getUser(username).value(QLatin1String("Enabled")).toBool(false), true);

    // A search that selects nobody makes no job and sends nothing.
    const QStringList before = jobIds();
    const Run none =
        cli({str("bulk"), str("run"), str("delete"), str("--where"),
             str("family_name=") + family + str("-nobody"), str("--max-age"), str("0")});
    QVERIFY2(none.exitCode == 0, none.describe().constData());
    QVERIFY(none.json.value(QLatin1String("JobId")).isNull());
    QCOMPARE(none.json.value(QLatin1String("Succeeded")).toInt(-1), 0);
    QCOMPARE(jobIds(), before);
    for (const QString &username : std::as_const(users))
        QVERIFY2(!getUser(username).isEmpty(), qPrintable(username));
}

void TestCliBulk::listAndShow()
{
    QVERIFY(!m_createJob.isEmpty());
    const Run list = cli({str("bulk"), str("list")});
    QVERIFY2(list.exitCode == 0, list.describe().constData());
    const QJsonArray jobs = list.json.value(QLatin1String("Jobs")).toArray();
    QVERIFY(jobs.size() >= 2);
    QJsonObject created;
    for (const QJsonValue &job : jobs)
        if (job.toObject().value(QLatin1String("JobId")).toString() == m_createJob)
            created = job.toObject();
    QCOMPARE(created.value(QLatin1String("Operation")).toString(), str("create"));
    QCOMPARE(created.value(QLatin1String("State")).toString(), str("done"));
    QCOMPARE(created.value(QLatin1String("Total")).toInt(), 5);
    QCOMPARE(created.value(QLatin1String("Succeeded")).toInt(), 5);
    QCOMPARE(created.value(QLatin1String("Failed")).toInt(), 0);
    QVERIFY(QDateTime::fromString(created.value(QLatin1String("Created")).toString(), Qt::ISODate)
                .isValid());
    // Newest last.
    QCOMPARE(jobs.first().toObject().value(QLatin1String("JobId")).toString(), m_createJob);

    const Run show = cli({str("bulk"), str("show"), m_createJob});
    QVERIFY2(show.exitCode == 0, show.describe().constData());
    const QJsonArray items = show.json.value(QLatin1String("Items")).toArray();
    QCOMPARE(items.size(), 5);
    for (int i = 0; i < items.size(); ++i) {
        QCOMPARE(items.at(i).toObject().value(QLatin1String("Username")).toString(), m_users.at(i));
        QCOMPARE(items.at(i).toObject().value(QLatin1String("Outcome")).toString(),
                 str("succeeded"));
    }
    // Resuming a finished job sends nothing and reports the whole job.
    const Run resumed = cli({str("bulk"), str("resume"), m_createJob});
    QVERIFY2(resumed.exitCode == 0, resumed.describe().constData());
    QCOMPARE(resumed.json.value(QLatin1String("Succeeded")).toInt(), 5);

    const Run unknown = cli({str("bulk"), str("show"), str("bulk-19990101-000000-000000")});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(unknown.errText().startsWith(QLatin1String("JobNotFound")), unknown.err.constData());
}

void TestCliBulk::csvRefusals_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("extra"); // more arguments
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unknown-attribute")
        << QByteArray("username,email,shoe_size\n@u,@u@example.com,44\n") << QStringList() << 1
        << str("no attribute shoe_size");
    QTest::newRow("missing-username-column") << QByteArray("email\nsomeone@example.com\n")
                                             << QStringList() << 1 << str("no username column");
    QTest::newRow("missing-username")
        << QByteArray("username,email\n@u,@u@example.com\n,x@example.com\n") << QStringList() << 3
        << str("has no username");
    QTest::newRow("duplicate-username")
        << QByteArray("username,email\n@u,@u@example.com\n@u,@u@example.org\n") << QStringList()
        << 3 << str("repeats user");
    QTest::newRow("bad-email") << QByteArray("username,email\n@u,not-an-address\n") << QStringList()
                               << 2 << str("is not an email address");
    QTest::newRow("bad-phone") << QByteArray("username,phone_number\n@u,555-1234\n")
                               << QStringList() << 2 << str("E.164");
    QTest::newRow("unknown-group-column") << QByteArray("username,groups\n@u,no-such-group-x\n")
                                          << QStringList() << 2 << str("no group no-such-group-x");
    QTest::newRow("unknown-group-option")
        << QByteArray("username\n@u\n") << QStringList{str("--group"), str("no-such-group-y")} << 0
        << str("--group no-such-group-y");
    QTest::newRow("wrong-field-count") << QByteArray("username,email\n@u,a@example.com,extra\n")
                                       << QStringList() << 2 << str("has 3 field(s)");
    QTest::newRow("unclosed-quote") << QByteArray("username,email\n@u,\"a@example.com\n")
                                    << QStringList() << 2 << str("never closed");
    QTest::newRow("no-users") << QByteArray("username,email\n") << QStringList() << 2
                              << str("no users");
}

void TestCliBulk::csvRefusals()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, extra);
    QFETCH(int, line);
    QFETCH(QString, messagePart);
    const QString username = test::uniqueName(str("refused"));
    csv.replace("@u", username.toUtf8());
    const QString path = write(str("refused.csv"), csv);
    const QStringList before = jobIds();
    const Run run = cli(QStringList{str("bulk"), str("create"), path} + extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    const QString expected = path + QLatin1Char(':') + QString::number(line) + str(": ");
    bool found = false;
    for (const QString &errLine : run.errText().split(QLatin1Char('\n')))
        found = found || (errLine.startsWith(expected) && errLine.contains(messagePart));
    QVERIFY2(found, run.err.constData());
    // Nothing sent: no user, no job.
    QVERIFY(getUser(username).isEmpty());
    QCOMPARE(jobIds(), before);
}

void TestCliBulk::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown-operation")
        << QStringList{str("run"), str("explode"), str("--users-from"), str("-")}
        << str("Unknown operation explode");
    QTest::newRow("missing-group")
        << QStringList{str("run"), str("add-to-group"), str("--users-from"), str("-")}
        << str("needs its argument");
    QTest::newRow("no-users-from")
        << QStringList{str("run"), str("disable")} << str("--users-from");
    QTest::newRow("users-from-and-search")
        << QStringList{str("run"), str("disable"),  str("--users-from"),
                       str("-"),   str("--status"), str("CONFIRMED")}
        << str("exclude each other");
    QTest::newRow("search-options-that-select-nobody")
        << QStringList{str("run"), str("disable"), str("--limit"), str("5")} << str("--users-from");
    QTest::newRow("bad-search-condition")
        << QStringList{str("run"), str("disable"), str("--where"), str("email")}
        << str("NAME=VALUE or NAME~TEXT");
    QTest::newRow("bad-max-rps") << QStringList{str("run"), str("disable"),   str("--users-from"),
                                                str("-"),   str("--max-rps"), str("0")}
                                 << str("--max-rps");
    QTest::newRow("passwords-without-file")
        << QStringList{str("create"), str("x.csv"), str("--generate-passwords")}
        << str("--passwords-out");
}

void TestCliBulk::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    const Run run = cli(QStringList{str("bulk")} + arguments, "someone\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(messagePart), run.err.constData());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestCliBulk test;
    return test::execForServer(&test, argc, argv);
}

#include "tst_cli_bulk.moc"
