#include "aws/future.h"
#include "clirunner.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "support/localstack.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;
using test::Run;
using test::uniqueName;
using test::why;

// user sync, user search and user export as a script runs them, against a pool this test
// makes, with the mirror in a cache folder of its own (XDG_CACHE_HOME).
class TestCliUserMirror : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void offlineWithoutMirrorIsALocalError();
    void syncPrintsItsSummary();
    void mirrorFileIsOwnerOnly();
    void searchPrintsListUsersItemsWithGroups();
    void searchConditionsAndFacets();
    void searchUsageErrors();
    void exportCsv();
    void exportJsonLines();
    void freshMirrorIsNotSyncedAgain_simOnly_cognitoLocalCountsNoCalls();
    void maxAgeZeroSyncsFirst_simOnly_cognitoLocalCountsNoCalls();
    void writesUpdateTheMirrorAtOnce();
    void helpHasAnExample();

private:
    bool isSim() const { return m_runner.stack().kind == QLatin1String("cognito-sim"); }
    Run cli(const QStringList &arguments) const;
    int listUsersCalls();

    test::CliRunner m_runner;
    std::shared_ptr<cognito::Connection> m_connection;
    cognito::IdentityProvider *m_idp = nullptr;
    QString m_pool;
    QString m_suffix;
    QTemporaryDir m_cache;
};

Run TestCliUserMirror::cli(const QStringList &arguments) const
{
    QProcessEnvironment environment = m_runner.cliEnvironment();
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_cache.path());
    return m_runner.cli(arguments, environment);
}

int TestCliUserMirror::listUsersCalls()
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_runner.stack().endpoint.resolved(QUrl(QStringLiteral("_sim/knobs"))));
    QNetworkReply *reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10000))
        return -1;
    const QJsonObject knobs = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    // This test's pool's calls alone: other tests list users on the same server.
    return knobs.value(QLatin1String("stats"))
        .toObject()
        .value(QLatin1String("poolOps"))
        .toObject()
        .value(m_pool)
        .toObject()
        .value(QLatin1String("ListUsers"))
        .toInt();
}

void TestCliUserMirror::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_runner = test::CliRunner(*stack);
    QVERIFY(m_cache.isValid());
    auto connection = stack->connect();
    QVERIFY2(connection.ok(), qPrintable(why(connection)));
    m_connection = connection.value();
    m_idp = m_connection->identityProvider();
    m_suffix = uniqueName(QString()).left(6).toLower();
    cognito::CreateUserPoolRequest request;
    request.name = uniqueName(QStringLiteral("climirror-"));
    request.extra.insert(
        QStringLiteral("Schema"),
        QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("department")},
                               {QStringLiteral("AttributeDataType"), QStringLiteral("String")},
                               {QStringLiteral("Mutable"), true}}});
    const auto pool = aws::await(m_idp->createUserPool(request));
    QVERIFY2(pool.ok(), qPrintable(why(pool)));
    m_pool = pool.value().id;
    m_runner.setPool(m_pool);
    const QList<QStringList> users = {
        {QStringLiteral("anna-"), QStringLiteral("anna@example.com"), QStringLiteral("Finance"),
         QStringLiteral("Kowalski")},
        {QStringLiteral("jurgen-"), QStringLiteral("jurgen@example.de"),
         QStringLiteral("Engineering"), QStringLiteral("Müller, \"Jü\"")},
        {QStringLiteral("carla-"), QStringLiteral("carla@example.com"), QStringLiteral("Finance"),
         QStringLiteral("Rossi")},
    };
    for (const QStringList &user : users) {
        cognito::CreateUserRequest create;
        create.username = user.at(0) + m_suffix;
        create.messageAction = cognito::MessageAction::Suppress;
        create.temporaryPassword = QStringLiteral("Temp0rary!pass");
        create.attributes = {{QStringLiteral("email"), user.at(1)},
                             {QStringLiteral("custom:department"), user.at(2)},
                             {QStringLiteral("family_name"), user.at(3)}};
        const auto created = aws::await(m_idp->adminCreateUser(m_pool, create));
        QVERIFY2(created.ok(), qPrintable(why(created)));
    }
    cognito::CreateGroupRequest group;
    group.name = QStringLiteral("finance");
    QVERIFY(aws::await(m_idp->createGroup(m_pool, group)).ok());
    QVERIFY(aws::await(
                m_idp->adminAddUserToGroup(m_pool, QStringLiteral("anna-") + m_suffix, group.name))
                .ok());
    QVERIFY(aws::await(m_idp->adminDisableUser(m_pool, QStringLiteral("carla-") + m_suffix)).ok());
}

void TestCliUserMirror::cleanupTestCase()
{
    if (m_idp && !m_pool.isEmpty())
        aws::await(m_idp->deleteUserPool(m_pool));
}

void TestCliUserMirror::offlineWithoutMirrorIsALocalError()
{
    const Run run =
        cli({QStringLiteral("user"), QStringLiteral("search"), QStringLiteral("--offline")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.errText().contains(QLatin1String("user sync")), run.describe().constData());
    QVERIFY(run.out.isEmpty());
}

void TestCliUserMirror::syncPrintsItsSummary()
{
    const Run run = cli({QStringLiteral("user"), QStringLiteral("sync")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(
        QStringList(run.json.keys()),
        (QStringList{QStringLiteral("Calls"), QStringLiteral("Groups"), QStringLiteral("Seconds"),
                     QStringLiteral("UserPoolId"), QStringLiteral("Users")}));
    QCOMPARE(run.json.value(QLatin1String("UserPoolId")).toString(), m_pool);
    QCOMPARE(run.json.value(QLatin1String("Users")).toInt(), 3);
    QCOMPARE(run.json.value(QLatin1String("Groups")).toInt(), 1);
    // 16 partitions, ListGroups and one ListUsersInGroup.
    QCOMPARE(run.json.value(QLatin1String("Calls")).toInt(), 18);
    QVERIFY(run.json.value(QLatin1String("Seconds")).toDouble() >= 0);

    const Run four = cli({QStringLiteral("user"), QStringLiteral("sync"),
                          QStringLiteral("--partitions"), QStringLiteral("4")});
    QVERIFY2(four.exitCode == 0, four.describe().constData());
    QCOMPARE(four.json.value(QLatin1String("Calls")).toInt(), 18);
    QCOMPARE(four.json.value(QLatin1String("Users")).toInt(), 3);
    for (const QString &bad : {QStringLiteral("0"), QStringLiteral("17"), QStringLiteral("x")}) {
        const Run refused = cli(
            {QStringLiteral("user"), QStringLiteral("sync"), QStringLiteral("--partitions"), bad});
        QCOMPARE(refused.exitCode, 2);
    }
}

void TestCliUserMirror::mirrorFileIsOwnerOnly()
{
    QStringList files;
    QDirIterator it(m_cache.path(), {QStringLiteral("*.sqlite*")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    QCOMPARE(files.size(), 1); // one per pool, and no partial file left
    QVERIFY(files.first().contains(m_pool));
    QCOMPARE(QFile::permissions(files.first()) &
                 ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             QFile::Permissions(QFile::ReadOwner | QFile::WriteOwner));
}

void TestCliUserMirror::searchPrintsListUsersItemsWithGroups()
{
    const Run run = cli({QStringLiteral("user"), QStringLiteral("search"), QStringLiteral("KOWAL"),
                         QStringLiteral("--offline")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(QStringList(run.json.keys()), QStringList{QStringLiteral("Users")});
    const QJsonArray users = run.json.value(QLatin1String("Users")).toArray();
    QCOMPARE(users.size(), 1);
    const QJsonObject anna = users.at(0).toObject();
    QCOMPARE(anna.value(QLatin1String("Username")).toString(), QStringLiteral("anna-") + m_suffix);
    for (const char *key : {"Username", "Attributes", "UserStatus", "Enabled", "UserCreateDate",
                            "UserLastModifiedDate", "Groups"})
        QVERIFY2(anna.contains(QLatin1String(key)), key);
    QCOMPARE(anna.value(QLatin1String("Groups")).toArray(), QJsonArray{QStringLiteral("finance")});
    QCOMPARE(anna.value(QLatin1String("UserStatus")).toString(),
             QStringLiteral("FORCE_CHANGE_PASSWORD"));
    // Nothing found is an empty list, exit 0.
    const Run none = cli({QStringLiteral("user"), QStringLiteral("search"),
                          QStringLiteral("nobody-here"), QStringLiteral("--offline")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.json, QJsonObject({{QStringLiteral("Users"), QJsonArray{}}}));
}

void TestCliUserMirror::searchConditionsAndFacets()
{
    const auto names = [](const Run &run) {
        QStringList list;
        for (const QJsonValue &user : run.json.value(QLatin1String("Users")).toArray())
            list.append(user.toObject().value(QLatin1String("Username")).toString());
        return list;
    };
    const QString anna = QStringLiteral("anna-") + m_suffix;
    const QString carla = QStringLiteral("carla-") + m_suffix;
    const QString jurgen = QStringLiteral("jurgen-") + m_suffix;
    const QStringList base{QStringLiteral("user"), QStringLiteral("search"),
                           QStringLiteral("--offline")};
    Run run =
        cli(base + QStringList{QStringLiteral("--where"), QStringLiteral("custom:department~FIN")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(names(run), (QStringList{anna, carla}));
    run = cli(base + QStringList{QStringLiteral("--where"),
                                 QStringLiteral("custom:department=Finance"),
                                 QStringLiteral("--enabled"), QStringLiteral("false")});
    QCOMPARE(names(run), QStringList{carla});
    run = cli(base + QStringList{QStringLiteral("--group"), QStringLiteral("finance")});
    QCOMPARE(names(run), QStringList{anna});
    run = cli(base + QStringList{QStringLiteral("müller")});
    QCOMPARE(names(run), QStringList{jurgen});
    run =
        cli(base + QStringList{QStringLiteral("--status"), QStringLiteral("FORCE_CHANGE_PASSWORD"),
                               QStringLiteral("--sort"), QStringLiteral("email"),
                               QStringLiteral("--limit"), QStringLiteral("2")});
    QCOMPARE(names(run), (QStringList{anna, carla}));
    run = cli(base + QStringList{QStringLiteral("--sort"), QStringLiteral("family_name")});
    QCOMPARE(names(run), (QStringList{anna, jurgen, carla}));
    run = cli(base + QStringList{QStringLiteral("--where"), QStringLiteral("email~example"),
                                 QStringLiteral("--where"), QStringLiteral("email~.de")});
    QCOMPARE(names(run), QStringList{jurgen});
}

void TestCliUserMirror::searchUsageErrors()
{
    const QStringList base{QStringLiteral("user"), QStringLiteral("search")};
    const QList<QStringList> bad = {
        {QStringLiteral("--where"), QStringLiteral("nothing")},
        {QStringLiteral("--enabled"), QStringLiteral("maybe")},
        {QStringLiteral("--limit"), QStringLiteral("0")},
        {QStringLiteral("--max-age"), QStringLiteral("-1")},
        {QStringLiteral("--offline"), QStringLiteral("--max-age"), QStringLiteral("5")},
        {QStringLiteral("one"), QStringLiteral("two")},
    };
    for (const QStringList &arguments : bad) {
        const Run run = cli(base + arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' ')) + run.errText()));
    }
    const Run format = cli({QStringLiteral("user"), QStringLiteral("export"),
                            QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(format.exitCode, 2);
}

void TestCliUserMirror::exportCsv()
{
    const Run run =
        cli({QStringLiteral("user"), QStringLiteral("export"), QStringLiteral("--offline"),
             QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QStringList lines = QString::fromUtf8(run.out).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 5); // header, three users, the empty rest after the last line break
    QVERIFY(lines.last().isEmpty());
    QVERIFY2(lines.first().startsWith(QLatin1String("Username,UserStatus,Enabled,Groups,")),
             qPrintable(lines.first()));
    const QStringList header = lines.first().split(QLatin1Char(','));
    for (const char *name : {"email", "custom:department", "family_name", "sub"})
        QVERIFY2(header.contains(QLatin1String(name)), name);
    QVERIFY(lines.at(1).startsWith(QStringLiteral("anna-") + m_suffix +
                                   QStringLiteral(",FORCE_CHANGE_PASSWORD,true,finance,")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("carla-") + m_suffix +
                                   QStringLiteral(",FORCE_CHANGE_PASSWORD,false,,")));
    // A value with a comma and quotes is quoted, its quotes doubled (RFC 4180).
    QVERIFY2(lines.at(3).contains(QStringLiteral(",\"Müller, \"\"Jü\"\"\"")),
             qPrintable(lines.at(3)));
    // The search options select.
    const Run finance =
        cli({QStringLiteral("user"), QStringLiteral("export"), QStringLiteral("--offline"),
             QStringLiteral("--group"), QStringLiteral("finance")});
    QVERIFY2(finance.exitCode == 0, finance.describe().constData());
    QCOMPARE(QString::fromUtf8(finance.out).count(QStringLiteral("\r\n")), 2);
}

void TestCliUserMirror::exportJsonLines()
{
    const Run run =
        cli({QStringLiteral("user"), QStringLiteral("export"), QStringLiteral("--offline"),
             QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--where"),
             QStringLiteral("custom:department=Finance")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QList<QByteArray> lines = run.out.split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.last().isEmpty());
    for (int i = 0; i < 2; ++i) {
        QJsonParseError error;
        const QJsonObject user = QJsonDocument::fromJson(lines.at(i), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(user.contains(QLatin1String("Groups")));
        QVERIFY(user.contains(QLatin1String("Attributes")));
    }
}

void TestCliUserMirror::freshMirrorIsNotSyncedAgain_simOnly_cognitoLocalCountsNoCalls()
{
    const int before = listUsersCalls();
    QVERIFY(before >= 0);
    const Run run = cli({QStringLiteral("user"), QStringLiteral("search"), QStringLiteral("anna")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.json.value(QLatin1String("Users")).toArray().size(), 1);
    QCOMPARE(listUsersCalls(), before);
}

void TestCliUserMirror::maxAgeZeroSyncsFirst_simOnly_cognitoLocalCountsNoCalls()
{
    const QString dora = QStringLiteral("dora-") + m_suffix;
    cognito::CreateUserRequest create;
    create.username = dora;
    create.messageAction = cognito::MessageAction::Suppress;
    create.temporaryPassword = QStringLiteral("Temp0rary!pass");
    QVERIFY(aws::await(m_idp->adminCreateUser(m_pool, create)).ok());
    const Run offline =
        cli({QStringLiteral("user"), QStringLiteral("search"), dora, QStringLiteral("--offline")});
    QCOMPARE(offline.json.value(QLatin1String("Users")).toArray().size(), 0);
    const int before = listUsersCalls();
    const Run run = cli({QStringLiteral("user"), QStringLiteral("search"), dora,
                         QStringLiteral("--max-age"), QStringLiteral("0")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.json.value(QLatin1String("Users")).toArray().size(), 1);
    QCOMPARE(listUsersCalls(), before + 16);
    QVERIFY(aws::await(m_idp->adminDeleteUser(m_pool, dora)).ok());
    QVERIFY(cli({QStringLiteral("user"), QStringLiteral("sync")}).exitCode == 0);
}

void TestCliUserMirror::writesUpdateTheMirrorAtOnce()
{
    QVERIFY(cli({QStringLiteral("user"), QStringLiteral("sync")}).exitCode == 0);
    const auto find = [this](const QStringList &search) {
        const Run run = cli(QStringList{QStringLiteral("user"), QStringLiteral("search"),
                                        QStringLiteral("--offline")} +
                            search);
        QStringList names;
        for (const QJsonValue &user : run.json.value(QLatin1String("Users")).toArray())
            names.append(user.toObject().value(QLatin1String("Username")).toString());
        return names;
    };
    const QString anna = QStringLiteral("anna-") + m_suffix;
    const QString jurgen = QStringLiteral("jurgen-") + m_suffix;
    const QString erin = QStringLiteral("erin-") + m_suffix;

    QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("disable"), anna}).exitCode, 0);
    QCOMPARE(find({QStringLiteral("--enabled"), QStringLiteral("false"), QStringLiteral("anna")}),
             QStringList{anna});
    QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("enable"), anna}).exitCode, 0);
    QCOMPARE(find({QStringLiteral("--enabled"), QStringLiteral("false"), QStringLiteral("anna")}),
             QStringList{});

    QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("update-attributes"), jurgen,
                  QStringLiteral("custom:department=Legal")})
                 .exitCode,
             0);
    QCOMPARE(find({QStringLiteral("--where"), QStringLiteral("custom:department=Legal")}),
             QStringList{jurgen});

    QCOMPARE(cli({QStringLiteral("group"), QStringLiteral("add-user"), QStringLiteral("finance"),
                  jurgen})
                 .exitCode,
             0);
    QCOMPARE(find({QStringLiteral("--group"), QStringLiteral("finance")}),
             (QStringList{anna, jurgen}));
    QCOMPARE(cli({QStringLiteral("group"), QStringLiteral("remove-user"), QStringLiteral("finance"),
                  anna})
                 .exitCode,
             0);
    QCOMPARE(find({QStringLiteral("--group"), QStringLiteral("finance")}), QStringList{jurgen});

    const Run created =
        cli({QStringLiteral("user"), QStringLiteral("create"), erin, QStringLiteral("--attribute"),
             QStringLiteral("email=erin@example.com"), QStringLiteral("--suppress-message")});
    QVERIFY2(created.exitCode == 0, created.describe().constData());
    QCOMPARE(find({QStringLiteral("erin@example")}), QStringList{erin});
    QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("delete"), erin}).exitCode, 0);
    QCOMPARE(find({QStringLiteral("erin@example")}), QStringList{});
    QCOMPARE(find({}).size(), 3);
}

void TestCliUserMirror::helpHasAnExample()
{
    for (const QString &command :
         {QStringLiteral("sync"), QStringLiteral("search"), QStringLiteral("export")}) {
        const Run run = cli({QStringLiteral("user"), command, QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("user " + command.toUtf8()), run.out.constData());
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestCliUserMirror test;
    return test::execForServer(&test, argc, argv);
}

#include "tst_cli_usermirror.moc"
