#include "aws/future.h"
#include "clirunner.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "support/localstack.h"

#include <QFile>
#include <QJsonArray>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace cdesk;
using test::Run;

// pool diff on the command line: two pools of the test's own made alike, then changed in
// three places (password policy, a client more, a group's precedence), read by the CLI and
// cross-checked with the AWS CLI; --exit-code, a second profile, a bad pool id, and no write
// in the audit log. Against cognito-local and cognito-sim.
class TestCliPoolDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void alikePoolsHaveNoDifferences();
    void changesAreExactlyTheDifferences();
    void secondProfileReadsPoolB();
    void otherRegion_simOnly_aSecondSimInAnotherRegion();
    void domainOnOneSide_simOnly_cognitoLocalLacksDomains();
    void badPoolIdIsAnError();
    void usageErrors();

private:
    Run cli(const QStringList &arguments) const;
    QString createPool(cognito::IdentityProvider *idp, const QString &prefix);
    void createGroup(cognito::IdentityProvider *idp, const QString &poolId, int precedence);
    void createWebClient(cognito::IdentityProvider *idp, const QString &poolId,
                         const QStringList &flows);
    QStringList paths(const Run &run) const;

    test::CliRunner m_runner;
    std::shared_ptr<cognito::Connection> m_connection;
    cognito::IdentityProvider *m_idp = nullptr;
    QStringList m_pools;
    QString m_poolA;
    QString m_poolB;
    QTemporaryDir m_dir;
    QString m_auditPath;
};

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList webFlows()
{
    return {str("ALLOW_USER_SRP_AUTH"), str("ALLOW_REFRESH_TOKEN_AUTH"),
            str("ALLOW_USER_PASSWORD_AUTH")};
}

} // namespace

QString TestCliPoolDiff::createPool(cognito::IdentityProvider *idp, const QString &prefix)
{
    cognito::CreateUserPoolRequest pool;
    pool.name = test::uniqueName(prefix);
    pool.autoVerifiedAttributes = {str("email")};
    const auto created = aws::await(idp->createUserPool(pool));
    if (!created.ok())
        qWarning("CreateUserPool: %s", qPrintable(test::why(created)));
    if (created.ok() && idp == m_idp)
        m_pools.append(created.value().id);
    return created.ok() ? created.value().id : QString();
}

void TestCliPoolDiff::createGroup(cognito::IdentityProvider *idp, const QString &poolId,
                                  int precedence)
{
    cognito::CreateGroupRequest group;
    group.name = str("admins");
    group.description = str("Administrators");
    group.precedence = precedence;
    const auto made = aws::await(idp->createGroup(poolId, group));
    QVERIFY2(made.ok(), qPrintable(test::why(made)));
}

void TestCliPoolDiff::createWebClient(cognito::IdentityProvider *idp, const QString &poolId,
                                      const QStringList &flows)
{
    cognito::CreateUserPoolClientRequest client;
    client.clientName = str("web");
    client.generateSecret = true;
    client.explicitAuthFlows = flows;
    const auto made = aws::await(idp->createUserPoolClient(poolId, client));
    QVERIFY2(made.ok(), qPrintable(test::why(made)));
}

void TestCliPoolDiff::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_runner = test::CliRunner(*stack);
    auto connection = stack->connect();
    QVERIFY(connection.ok());
    m_connection = connection.value();
    m_idp = m_connection->identityProvider();
    QVERIFY(m_dir.isValid());
    m_auditPath = m_dir.filePath(str("audit.jsonl"));

    // Two pools alike: the same settings, a client "web" with a secret (its flows listed in
    // another order) and a group "admins".
    m_poolA = createPool(m_idp, str("cli-pooldiff-a-"));
    m_poolB = createPool(m_idp, str("cli-pooldiff-b-"));
    QVERIFY(!m_poolA.isEmpty() && !m_poolB.isEmpty());
    createWebClient(m_idp, m_poolA, webFlows());
    QStringList reversed = webFlows();
    std::reverse(reversed.begin(), reversed.end());
    createWebClient(m_idp, m_poolB, reversed);
    createGroup(m_idp, m_poolA, 1);
    createGroup(m_idp, m_poolB, 1);
}

void TestCliPoolDiff::cleanupTestCase()
{
    for (const QString &pool : std::as_const(m_pools))
        QVERIFY(aws::await(m_idp->deleteUserPool(pool)).ok());
}

Run TestCliPoolDiff::cli(const QStringList &arguments) const
{
    QProcessEnvironment environment = m_runner.cliEnvironment();
    environment.insert(str("COGNITO_DESK_AUDIT_LOG"), m_auditPath);
    return m_runner.cli(arguments, environment);
}

QStringList TestCliPoolDiff::paths(const Run &run) const
{
    QStringList list;
    for (const QJsonValue &difference : run.json.value(QLatin1String("Differences")).toArray())
        list.append(difference.toObject().value(QLatin1String("Path")).toString());
    return list;
}

void TestCliPoolDiff::alikePoolsHaveNoDifferences()
{
    const Run run = cli({str("pool"), str("diff"), m_poolA, m_poolB, str("--output"), str("json")});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.json, QJsonObject({{str("Differences"), QJsonArray()}}));
    const Run exitCode = cli({str("pool"), str("diff"), m_poolA, m_poolB, str("--exit-code")});
    QVERIFY2(exitCode.exitCode == 0, exitCode.describe().constData());
    // A pool and itself.
    QCOMPARE(cli({str("pool"), str("diff"), m_poolA, m_poolA, str("--exit-code")}).exitCode, 0);
    // Only reads: nothing in the audit log.
    QVERIFY(!QFile::exists(m_auditPath));
}

void TestCliPoolDiff::changesAreExactlyTheDifferences()
{
    // B: a longer minimum password length, a client more, the group's precedence 2.
    const auto described = aws::await(m_idp->describeUserPool(m_poolB));
    QVERIFY2(described.ok(), qPrintable(test::why(described)));
    QJsonObject policies = described.value().json.value(str("Policies")).toObject();
    QJsonObject password = policies.value(str("PasswordPolicy")).toObject();
    const int lengthA = password.value(str("MinimumLength")).toInt(8);
    password.insert(str("MinimumLength"), lengthA + 4);
    policies.insert(str("PasswordPolicy"), password);
    cognito::UserPoolChanges changes;
    changes.extra.insert(str("Policies"), policies);
    const auto updated = aws::await(m_idp->updateUserPool(described.value(), changes));
    QVERIFY2(updated.ok(), qPrintable(test::why(updated)));
    cognito::CreateUserPoolClientRequest client;
    client.clientName = str("cli");
    client.explicitAuthFlows = {str("ALLOW_USER_PASSWORD_AUTH"), str("ALLOW_REFRESH_TOKEN_AUTH")};
    QVERIFY(aws::await(m_idp->createUserPoolClient(m_poolB, client)).ok());
    QVERIFY(aws::await(m_idp->deleteGroup(m_poolB, str("admins"))).ok());
    createGroup(m_idp, m_poolB, 2);

    const Run run = cli({str("pool"), str("diff"), m_poolA, m_poolB, str("--output"), str("json")});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    const QStringList expectedPaths{str("Clients[\"cli\"]"), str("Groups[\"admins\"].Precedence"),
                                    str("Pool.Policies.PasswordPolicy.MinimumLength")};
    QVERIFY2(paths(run) == expectedPaths, run.out.constData());
    const QJsonArray differences = run.json.value(str("Differences")).toArray();
    for (const QJsonValue &difference : differences) {
        QStringList keys = difference.toObject().keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{str("A"), str("B"), str("Path")}));
    }
    const QJsonObject newClient = differences.at(0).toObject();
    QVERIFY(newClient.value(str("A")).isNull());
    QCOMPARE(newClient.value(str("B")).toObject().value(str("HasClientSecret")), QJsonValue(false));
    QVERIFY(!newClient.value(str("B")).toObject().contains(str("ClientId")));
    QCOMPARE(differences.at(1).toObject().value(str("A")), QJsonValue(1));
    QCOMPARE(differences.at(1).toObject().value(str("B")), QJsonValue(2));
    const QJsonObject length = differences.at(2).toObject();
    QCOMPARE(length.value(str("A")), QJsonValue(lengthA));

    // B's value is what the AWS CLI reads on the same server.
    test::CliRunner awsB = m_runner;
    awsB.setPool(m_poolB);
    const Run aws = awsB.aws(str("describe-user-pool"), {});
    QVERIFY2(aws.exitCode == 0, aws.describe().constData());
    const QJsonValue awsLength = aws.json.value(str("UserPool"))
                                     .toObject()
                                     .value(str("Policies"))
                                     .toObject()
                                     .value(str("PasswordPolicy"))
                                     .toObject()
                                     .value(str("MinimumLength"));
    QCOMPARE(length.value(str("B")), awsLength);
    QCOMPARE(awsLength, QJsonValue(lengthA + 4));

    // The other way round, the sides swap.
    const Run reverse = cli({str("pool"), str("diff"), m_poolB, m_poolA});
    QCOMPARE(paths(reverse), paths(run));
    QCOMPARE(reverse.json.value(str("Differences")).toArray().at(1).toObject().value(str("A")),
             QJsonValue(2));

    // --exit-code: 1, as git diff --exit-code; the output is the same.
    const Run exitCode = cli({str("pool"), str("diff"), m_poolA, m_poolB, str("--exit-code")});
    QVERIFY2(exitCode.exitCode == 1, exitCode.describe().constData());
    QCOMPARE(exitCode.json, run.json);
    QVERIFY(exitCode.err.isEmpty());
    // A table for people, with the same exit code.
    const Run table = cli({str("pool"), str("diff"), m_poolA, m_poolB, str("--exit-code"),
                           str("--output"), str("table")});
    QCOMPARE(table.exitCode, 1);
    QVERIFY2(table.out.contains("Groups[\"admins\"].Precedence"), table.out.constData());

    // No secret of the clients "web" appears.
    for (const QString &pool : {m_poolA, m_poolB}) {
        const auto clients = aws::await(m_idp->listUserPoolClients(pool, 60));
        QVERIFY(clients.ok());
        for (const auto &item : clients.value().items) {
            const auto full = aws::await(m_idp->describeUserPoolClient(pool, item.clientId));
            QVERIFY(full.ok());
            if (!full.value().clientSecret.isEmpty())
                QVERIFY(!run.out.contains(full.value().clientSecret.toUtf8()));
            QVERIFY(!run.out.contains(item.clientId.toUtf8()));
        }
    }
    QVERIFY(!run.out.contains(m_poolA.toUtf8()) && !run.out.contains(m_poolB.toUtf8()));
    QVERIFY(!QFile::exists(m_auditPath));
}

void TestCliPoolDiff::secondProfileReadsPoolB()
{
    // Keys only in AWS CLI profiles, none in the environment: A is read with --profile, B
    // with --profile-b, whose config names another region.
    const test::LocalStack &stack = m_runner.stack();
    QByteArray credentials;
    for (const char *name : {"pool-a", "pool-b"})
        credentials +=
            QStringLiteral("[%1]\naws_access_key_id = %2\naws_secret_access_key = %3\n")
                .arg(str(name), stack.credentials.accessKeyId, stack.credentials.secretAccessKey)
                .toUtf8();
    const QString credentialsFile = m_dir.filePath(str("credentials"));
    const QString configFile = m_dir.filePath(str("config"));
    QVERIFY(!test::writeFile(credentialsFile, credentials).isEmpty());
    QVERIFY(!test::writeFile(configFile,
                             QStringLiteral("[profile pool-a]\nregion = %1\n[profile pool-b]\n"
                                            "region = eu-west-1\n")
                                 .arg(stack.region)
                                 .toUtf8())
                 .isEmpty());
    QProcessEnvironment environment = m_runner.cliEnvironment();
    environment.insert(str("COGNITO_DESK_AUDIT_LOG"), m_auditPath);
    for (const char *name :
         {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_REGION",
          "AWS_DEFAULT_REGION", "AWS_PROFILE", "COGNITO_DESK_PROFILE"})
        environment.remove(str(name));
    environment.insert(str("AWS_SHARED_CREDENTIALS_FILE"), credentialsFile);
    environment.insert(str("AWS_CONFIG_FILE"), configFile);
    environment.insert(str("XDG_CONFIG_HOME"), m_dir.filePath(str("xdg-config")));

    const Run both = m_runner.cli({str("--profile"), str("pool-a"), str("pool"), str("diff"),
                                   m_poolA, m_poolB, str("--profile-b"), str("pool-b")},
                                  environment);
    QVERIFY2(both.exitCode == 0, both.describe().constData());
    const Run expected = cli({str("pool"), str("diff"), m_poolA, m_poolB});
    QCOMPARE(both.json, expected.json);

    // Without --profile-b, B is read with A's profile; without any, there are no keys.
    QCOMPARE(m_runner
                 .cli({str("--profile"), str("pool-a"), str("pool"), str("diff"), m_poolA, m_poolB,
                       str("--region-b"), stack.region},
                      environment)
                 .json,
             expected.json);
    const Run noKeys = m_runner.cli({str("--region"), stack.region, str("pool"), str("diff"),
                                     m_poolA, m_poolB, str("--profile-b"), str("pool-b")},
                                    environment);
    QVERIFY2(noKeys.exitCode == 4, noKeys.describe().constData());
    QVERIFY2(noKeys.errText().startsWith(str("MissingCredentials")), noKeys.describe().constData());

    // A profile nobody has is refused, rather than reading B with other keys.
    const Run unknown = cli(
        {str("pool"), str("diff"), m_poolA, m_poolB, str("--profile-b"), str("no-such-profile")});
    QVERIFY2(unknown.exitCode == 2, unknown.describe().constData());
    QVERIFY2(unknown.errText().contains(str("no-such-profile")), unknown.describe().constData());
    QVERIFY(unknown.out.isEmpty());
}

void TestCliPoolDiff::otherRegion_simOnly_aSecondSimInAnotherRegion()
{
    // Pool B in eu-west-1 on a server of its own, reached through a Cognito Desk profile
    // with that region and endpoint; pool A as before, in the shared server's region.
    const QByteArray sharedState = qgetenv("COGNITO_DESK_TEST_STATE");
    const QString stateFile = m_dir.filePath(str("eu-sim.json"));
    QString error;
    auto euStack = test::startPrivateSim(stateFile, &error, {str("--region"), str("eu-west-1")});
    qputenv("COGNITO_DESK_TEST_STATE", sharedState);
    QVERIFY2(euStack, qPrintable(error));
    const auto stopSim = qScopeGuard([&] { test::stopPrivateSim(stateFile); });
    euStack->region = str("eu-west-1");
    auto euConnection = euStack->connect();
    QVERIFY(euConnection.ok());
    cognito::IdentityProvider *euIdp = euConnection.value()->identityProvider();
    const QString poolC = createPool(euIdp, str("cli-pooldiff-eu-"));
    QVERIFY2(poolC.startsWith(QLatin1String("eu-west-1_")), qPrintable(poolC));
    createWebClient(euIdp, poolC, webFlows());
    createGroup(euIdp, poolC, 1);

    QProcessEnvironment environment = m_runner.cliEnvironment();
    environment.insert(str("COGNITO_DESK_AUDIT_LOG"), m_auditPath);
    environment.insert(str("XDG_CONFIG_HOME"), m_dir.filePath(str("xdg-eu")));
    const Run added =
        m_runner.cli({str("profile"), str("add"), str("eu"), str("--region"), str("eu-west-1"),
                      str("--endpoint-url"), euStack->endpoint.toString()},
                     environment);
    QVERIFY2(added.exitCode == 0, added.describe().constData());

    const QStringList diff{str("pool"),        str("diff"), m_poolA,           poolC,
                           str("--profile-b"), str("eu"),   str("--exit-code")};
    const Run same = m_runner.cli(diff, environment);
    QVERIFY2(same.exitCode == 0, same.describe().constData());
    QCOMPARE(same.json, QJsonObject({{str("Differences"), QJsonArray()}}));
    // The pool read as B is the one in eu-west-1: a change there shows.
    QVERIFY(aws::await(euIdp->deleteGroup(poolC, str("admins"))).ok());
    createGroup(euIdp, poolC, 3);
    const Run changed = m_runner.cli(diff, environment);
    QVERIFY2(changed.exitCode == 1, changed.describe().constData());
    QCOMPARE(paths(changed), QStringList{str("Groups[\"admins\"].Precedence")});
    // Without the profile, B is looked for on A's server, which does not have it.
    const Run elsewhere = m_runner.cli(
        {str("pool"), str("diff"), m_poolA, poolC, str("--region-b"), str("eu-west-1")},
        environment);
    QVERIFY2(elsewhere.exitCode == 1, elsewhere.describe().constData());
    QVERIFY2(elsewhere.errText().startsWith(str("ResourceNotFoundException")),
             elsewhere.describe().constData());
    QVERIFY(aws::await(euIdp->deleteUserPool(poolC)).ok());
}

void TestCliPoolDiff::domainOnOneSide_simOnly_cognitoLocalLacksDomains()
{
    const QString poolD = createPool(m_idp, str("cli-pooldiff-d-"));
    QVERIFY(!poolD.isEmpty());
    const QString prefix = test::uniqueName(str("pooldiff-")).toLower();
    const auto domain = aws::await(m_idp->createUserPoolDomain(poolD, prefix));
    QVERIFY2(domain.ok(), qPrintable(test::why(domain)));
    const Run run = cli({str("pool"), str("diff"), poolD, m_poolA});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonArray differences = run.json.value(str("Differences")).toArray();
    QVERIFY2(paths(run).contains(str("Domain")), run.out.constData());
    for (const QJsonValue &difference : differences) {
        if (difference.toObject().value(str("Path")).toString() != QLatin1String("Domain"))
            continue;
        QVERIFY(difference.toObject().value(str("A")).isObject());
        QVERIFY(difference.toObject().value(str("B")).isNull());
    }
    // The domain's name, which no two pools share, is left out.
    QVERIFY2(!run.out.contains(prefix.toUtf8()), run.out.constData());
    QVERIFY(aws::await(m_idp->deleteUserPoolDomain(poolD, prefix)).ok());
}

void TestCliPoolDiff::badPoolIdIsAnError()
{
    const QString missing = m_runner.stack().region + str("_NoSuchPool");
    for (const QStringList &pools :
         {QStringList{m_poolA, missing}, QStringList{missing, m_poolA}}) {
        for (const bool exitCode : {false, true}) {
            QStringList arguments{str("pool"), str("diff")};
            arguments += pools;
            if (exitCode)
                arguments.append(str("--exit-code"));
            const Run run = cli(arguments);
            QVERIFY2(run.finished && run.exitCode == 1, run.describe().constData());
            QVERIFY2(run.errText().startsWith(str("ResourceNotFoundException")),
                     run.describe().constData());
            QVERIFY2(run.errText().contains(missing), run.describe().constData());
            QVERIFY(run.out.isEmpty());
        }
    }
}

void TestCliPoolDiff::usageErrors()
{
    for (const QStringList &arguments :
         {QStringList{str("pool"), str("diff"), m_poolA},
          QStringList{str("pool"), str("diff"), m_poolA, m_poolB, m_poolA},
          QStringList{str("pool"), str("diff"), m_poolA, m_poolB, str("--profile-b")},
          QStringList{str("pool"), str("diff"), m_poolA, m_poolB, str("--no-such-option")}}) {
        const Run run = cli(arguments);
        QVERIFY2(run.exitCode == 2, run.describe().constData());
        QVERIFY(run.out.isEmpty());
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestCliPoolDiff test;
    return test::execForServer(&test, argc, argv);
}

#include "tst_cli_pooldiff.moc"
