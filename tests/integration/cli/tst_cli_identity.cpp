#include "clirunner.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;
using test::Run;

// Identity-pool credentials for testers, against cognito-sim (which serves Cognito Identity and
// accepts the temporary credentials it hands out): `identity credentials` prints them in
// credential_process form, `exec --aws-credentials` puts them in the child's environment, and
// `api call --sigv4` signs a call with them (the sim's signed echo verifies it for execute-api).
class TestCliIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void credentialsPrintCredentialProcessJson();
    void credentialsWorkAsAnAwsCliCredentialProcess();
    void credentialsOfAWrongIdentityPoolFail();
    void credentialsRefuseBadUsage_data();
    void credentialsRefuseBadUsage();
    void credentialsWithoutASessionExitFive();
    void execPutsTheCredentialsInTheEnvironmentOnly();
    void execRefusesBadUsage_data();
    void execRefusesBadUsage();
    void apiCallSignsWithSigV4();
    void apiCallWithAWrongIdentityPoolFails();
    void apiCallRefusesBadUsage_data();
    void apiCallRefusesBadUsage();

private:
    Run cli(const QStringList &arguments, const QByteArray &input = {}) const;
    QProcessEnvironment environment() const;
    // /usr/bin/aws ARGS against the sim, in `environment`.
    Run aws(const QStringList &arguments, const QProcessEnvironment &environment) const;
    // aws sts get-caller-identity signed with these credentials.
    Run callerIdentity(const QString &accessKeyId, const QString &secretAccessKey,
                       const QString &sessionToken) const;

    test::CliRunner m_runner;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_user;
    QString m_identityPoolId;
};

#define CHECK_OK(expression)                                                                       \
    do {                                                                                           \
        const Run checked_ = (expression);                                                         \
        QVERIFY2(checked_.finished &&checked_.exitCode == 0, checked_.describe().constData());     \
    } while (false)

namespace {

const QString kRoleArn = QStringLiteral("arn:aws:iam::123456789012:role/Cognito_Testers_Auth");
const QString kMissingPool = QStringLiteral("us-east-1:00000000-0000-4000-8000-000000000000");

} // namespace

QProcessEnvironment TestCliIdentity::environment() const
{
    // The sessions' metadata goes to QSettings: a folder of this test's own.
    QProcessEnvironment environment = m_runner.cliEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    return environment;
}

Run TestCliIdentity::cli(const QStringList &arguments, const QByteArray &input) const
{
    return test::CliRunner::run(test::cliPath(), arguments, environment(), input);
}

Run TestCliIdentity::aws(const QStringList &arguments, const QProcessEnvironment &environment) const
{
    return test::CliRunner::run(QStringLiteral("/usr/bin/aws"),
                                arguments + QStringList{QStringLiteral("--endpoint-url"),
                                                        m_runner.stack().endpoint.toString(),
                                                        QStringLiteral("--output"),
                                                        QStringLiteral("json")},
                                environment);
}

Run TestCliIdentity::callerIdentity(const QString &accessKeyId, const QString &secretAccessKey,
                                    const QString &sessionToken) const
{
    QProcessEnvironment environment = m_runner.stack().environment();
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), accessKeyId);
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), secretAccessKey);
    environment.insert(QStringLiteral("AWS_SESSION_TOKEN"), sessionToken);
    return aws({QStringLiteral("sts"), QStringLiteral("get-caller-identity")}, environment);
}

void TestCliIdentity::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_runner = test::CliRunner(*stack);
    m_runner.setPool(stack->userPoolId());
    m_runner.setClient(stack->clientId(QStringLiteral("demo-web")));
    m_config = std::make_unique<QTemporaryDir>();
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid() && m_work->isValid());

    // A user signed in with a saved session.
    m_user = test::uniqueName(QStringLiteral("idp"));
    const QByteArray password = "Pw-" + m_user.toLatin1() + "!Aa1";
    CHECK_OK(cli({QStringLiteral("user"), QStringLiteral("create"), m_user,
                  QStringLiteral("--suppress-message"), QStringLiteral("--attribute"),
                  QStringLiteral("email=%1@example.com").arg(m_user)}));
    CHECK_OK(cli({QStringLiteral("user"), QStringLiteral("set-password"), m_user,
                  QStringLiteral("--password-stdin"), QStringLiteral("--permanent")},
                 password + '\n'));
    CHECK_OK(cli({QStringLiteral("auth"), QStringLiteral("login"), m_user,
                  QStringLiteral("--password-stdin"), QStringLiteral("--save")},
                 password + '\n'));

    // An identity pool that trusts the demo pool's web client, with an authenticated role,
    // made with the AWS CLI as an administrator would.
    const QString provider =
        QStringLiteral("cognito-idp.%1.amazonaws.com/%2")
            .arg(stack->userPoolId().section(QLatin1Char('_'), 0, 0), stack->userPoolId());
    const Run pool =
        aws({QStringLiteral("cognito-identity"), QStringLiteral("create-identity-pool"),
             QStringLiteral("--identity-pool-name"), test::uniqueName(QStringLiteral("testers")),
             QStringLiteral("--no-allow-unauthenticated-identities"),
             QStringLiteral("--cognito-identity-providers"),
             QStringLiteral("ProviderName=%1,ClientId=%2,ServerSideTokenCheck=false")
                 .arg(provider, m_runner.client())},
            stack->environment());
    CHECK_OK(pool);
    m_identityPoolId = pool.json.value(QLatin1String("IdentityPoolId")).toString();
    QVERIFY2(!m_identityPoolId.isEmpty(), pool.out.constData());
    CHECK_OK(aws({QStringLiteral("cognito-identity"), QStringLiteral("set-identity-pool-roles"),
                  QStringLiteral("--identity-pool-id"), m_identityPoolId, QStringLiteral("--roles"),
                  QStringLiteral("authenticated=%1").arg(kRoleArn)},
                 stack->environment()));
}

void TestCliIdentity::credentialsPrintCredentialProcessJson()
{
    const Run run =
        cli({QStringLiteral("identity"), QStringLiteral("credentials"), QStringLiteral("--as"),
             m_user, QStringLiteral("--identity-pool-id"), m_identityPoolId});
    CHECK_OK(run);
    QStringList keys = run.json.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("AccessKeyId"), QStringLiteral("Expiration"),
                                QStringLiteral("SecretAccessKey"), QStringLiteral("SessionToken"),
                                QStringLiteral("Version")}));
    QCOMPARE(run.json.value(QLatin1String("Version")).toInt(), 1);
    const QString accessKeyId = run.json.value(QLatin1String("AccessKeyId")).toString();
    QVERIFY2(accessKeyId.startsWith(QLatin1String("ASIA")), qPrintable(accessKeyId));
    QVERIFY(!run.json.value(QLatin1String("SecretAccessKey")).toString().isEmpty());
    QVERIFY(!run.json.value(QLatin1String("SessionToken")).toString().isEmpty());
    // ISO 8601 in UTC, about an hour ahead.
    const QString expiration = run.json.value(QLatin1String("Expiration")).toString();
    QVERIFY2(expiration.endsWith(QLatin1Char('Z')), qPrintable(expiration));
    const QDateTime expires = QDateTime::fromString(expiration, Qt::ISODate);
    QVERIFY2(expires.isValid(), qPrintable(expiration));
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(expires);
    QVERIFY2(left > 3000 && left <= 3600, qPrintable(QString::number(left)));

    // The server takes them: STS names the identity pool's role.
    const Run who =
        callerIdentity(accessKeyId, run.json.value(QLatin1String("SecretAccessKey")).toString(),
                       run.json.value(QLatin1String("SessionToken")).toString());
    CHECK_OK(who);
    QVERIFY2(who.json.value(QLatin1String("Arn"))
                 .toString()
                 .endsWith(QLatin1String(":assumed-role/Cognito_Testers_Auth/"
                                         "CognitoIdentityCredentials")),
             who.out.constData());
    // Without the session token they are refused.
    const Run partial = callerIdentity(
        accessKeyId, run.json.value(QLatin1String("SecretAccessKey")).toString(), QString());
    QVERIFY(partial.exitCode != 0);
}

void TestCliIdentity::credentialsWorkAsAnAwsCliCredentialProcess()
{
    // The README's ~/.aws/config line, run by the AWS CLI itself.
    const QString config = m_work->filePath(QStringLiteral("aws-config"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("[profile tester]\ncredential_process = %1 identity credentials "
                              "--as %2 --identity-pool-id %3\n")
                   .arg(test::cliPath(), m_user, m_identityPoolId)
                   .toUtf8());
    file.close();
    QProcessEnvironment environment = this->environment();
    environment.remove(QStringLiteral("AWS_ACCESS_KEY_ID"));
    environment.remove(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), config);
    const Run who = aws({QStringLiteral("sts"), QStringLiteral("get-caller-identity"),
                         QStringLiteral("--profile"), QStringLiteral("tester")},
                        environment);
    CHECK_OK(who);
    QVERIFY2(who.json.value(QLatin1String("Arn"))
                 .toString()
                 .contains(QLatin1String(":assumed-role/Cognito_Testers_Auth/")),
             who.out.constData());
}

void TestCliIdentity::credentialsOfAWrongIdentityPoolFail()
{
    const Run run =
        cli({QStringLiteral("identity"), QStringLiteral("credentials"), QStringLiteral("--as"),
             m_user, QStringLiteral("--identity-pool-id"), kMissingPool});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QVERIFY2(run.errText().startsWith(QLatin1String("ResourceNotFoundException: ")),
             run.err.constData());
    QVERIFY2(run.errText().contains(kMissingPool), run.err.constData());
}

void TestCliIdentity::credentialsRefuseBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no --as") << QStringList{QStringLiteral("--identity-pool-id"), kMissingPool};
    QTest::newRow("no pool") << QStringList{QStringLiteral("--as"), QStringLiteral("someone")};
    QTest::newRow("not a pool id")
        << QStringList{QStringLiteral("--as"), QStringLiteral("%USER%"),
                       QStringLiteral("--identity-pool-id"), QStringLiteral("testers")};
}

void TestCliIdentity::credentialsRefuseBadUsage()
{
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(QStringLiteral("%USER%"), m_user);
    const Run refused =
        cli(QStringList{QStringLiteral("identity"), QStringLiteral("credentials")} + arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.out.isEmpty());
}

void TestCliIdentity::credentialsWithoutASessionExitFive()
{
    const Run none = cli({QStringLiteral("identity"), QStringLiteral("credentials"),
                          QStringLiteral("--as"), test::uniqueName(QStringLiteral("nobody")),
                          QStringLiteral("--identity-pool-id"), m_identityPoolId});
    QCOMPARE(none.exitCode, 5);
    QVERIFY(none.out.isEmpty());
}

void TestCliIdentity::execPutsTheCredentialsInTheEnvironmentOnly()
{
    // The child writes what it was given, and its own command line, to a file; then it calls
    // STS with the credentials of its environment (the test's demo keys are replaced).
    const QString seen = m_work->filePath(QStringLiteral("seen"));
    const Run run = cli(
        {QStringLiteral("exec"), QStringLiteral("--as"), m_user,
         QStringLiteral("--aws-credentials"), QStringLiteral("--identity-pool-id"),
         m_identityPoolId, QStringLiteral("--"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
         QStringLiteral(
             "printf '%s\\n%s\\n%s\\n' \"$AWS_ACCESS_KEY_ID\" \"$AWS_SECRET_ACCESS_KEY\" "
             "\"$AWS_SESSION_TOKEN\" > \"$0\"; tr '\\0' ' ' < /proc/$$/cmdline >> \"$0\"; "
             "test -n \"$COGNITO_TOKEN\" && exec /usr/bin/aws sts get-caller-identity "
             "--endpoint-url \"$1\" --output json"),
         seen, m_runner.stack().endpoint.toString()});
    CHECK_OK(run);
    QVERIFY2(QJsonDocument::fromJson(run.out)
                 .object()
                 .value(QLatin1String("Arn"))
                 .toString()
                 .contains(QLatin1String(":assumed-role/Cognito_Testers_Auth/")),
             run.out.constData());
    QFile file(seen);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY2(lines.size() >= 4, "the child wrote too little");
    QVERIFY2(lines.at(0).startsWith("ASIA"), lines.at(0).constData());
    QVERIFY(!lines.at(1).isEmpty() && !lines.at(2).isEmpty());
    // Never on the command line of the child.
    const QByteArray commandLine = lines.at(3);
    QVERIFY2(commandLine.contains("/bin/sh"), commandLine.constData());
    for (int i = 0; i < 3; ++i)
        QVERIFY2(!commandLine.contains(lines.at(i)), "a credential is on the child's command line");
}

void TestCliIdentity::execRefusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("credentials without a pool") << QStringList{
        QStringLiteral("--as"), QStringLiteral("someone"), QStringLiteral("--aws-credentials"),
        QStringLiteral("--"), QStringLiteral("/bin/true")};
    QTest::newRow("a pool without --aws-credentials") << QStringList{
        QStringLiteral("--as"), QStringLiteral("someone"), QStringLiteral("--identity-pool-id"),
        kMissingPool,           QStringLiteral("--"),      QStringLiteral("/bin/true")};
}

void TestCliIdentity::execRefusesBadUsage()
{
    QFETCH(QStringList, arguments);
    const Run refused = cli(QStringList{QStringLiteral("exec")} + arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.out.isEmpty());
}

void TestCliIdentity::apiCallSignsWithSigV4()
{
    const QString url =
        m_runner.stack().endpoint.toString() + QStringLiteral("/_echo/prod/orders?id=7");
    const Run posted =
        cli({QStringLiteral("api"), QStringLiteral("call"), url, QStringLiteral("--sigv4"),
             QStringLiteral("execute-api"), QStringLiteral("--as"), m_user,
             QStringLiteral("--identity-pool-id"), m_identityPoolId, QStringLiteral("--data"),
             QStringLiteral("{\"item\":\"book\"}"), QStringLiteral("--header"),
             QStringLiteral("X-Trace: abc")});
    CHECK_OK(posted);
    QCOMPARE(posted.json.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(posted.json.value(QLatin1String("path")).toString(),
             QStringLiteral("/_echo/prod/orders"));
    QCOMPARE(posted.json.value(QLatin1String("query")).toString(), QStringLiteral("id=7"));
    QCOMPARE(posted.json.value(QLatin1String("body")).toString(),
             QStringLiteral("{\"item\":\"book\"}"));
    const QJsonObject caller = posted.json.value(QLatin1String("caller")).toObject();
    QVERIFY2(caller.value(QLatin1String("Arn"))
                 .toString()
                 .contains(QLatin1String(":assumed-role/Cognito_Testers_Auth/")),
             posted.out.constData());
    QVERIFY(!caller.value(QLatin1String("IdentityId")).toString().isEmpty());

    const Run got =
        cli({QStringLiteral("api"), QStringLiteral("call"), url, QStringLiteral("--sigv4"),
             QStringLiteral("execute-api"), QStringLiteral("--as"), m_user,
             QStringLiteral("--identity-pool-id"), m_identityPoolId});
    CHECK_OK(got);
    QCOMPARE(got.json.value(QLatin1String("method")).toString(), QStringLiteral("GET"));

    // The echo does check: signed for another service, or not at all, it refuses (403).
    const Run otherService =
        cli({QStringLiteral("api"), QStringLiteral("call"), url, QStringLiteral("--sigv4"),
             QStringLiteral("s3"), QStringLiteral("--as"), m_user,
             QStringLiteral("--identity-pool-id"), m_identityPoolId});
    QCOMPARE(otherService.exitCode, 1);
    QVERIFY2(otherService.errText().contains(QLatin1String("403")), otherService.err.constData());
    const Run unsigned_ = cli({QStringLiteral("api"), QStringLiteral("call"), url});
    QCOMPARE(unsigned_.exitCode, 1);
    QVERIFY2(unsigned_.out.contains("Missing Authentication Token"), unsigned_.out.constData());
}

void TestCliIdentity::apiCallWithAWrongIdentityPoolFails()
{
    const QString url = m_runner.stack().endpoint.toString() + QStringLiteral("/_echo/prod/orders");
    const Run run =
        cli({QStringLiteral("api"), QStringLiteral("call"), url, QStringLiteral("--sigv4"),
             QStringLiteral("execute-api"), QStringLiteral("--as"), m_user,
             QStringLiteral("--identity-pool-id"), kMissingPool});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QVERIFY2(run.errText().startsWith(QLatin1String("ResourceNotFoundException: ")),
             run.err.constData());
}

void TestCliIdentity::apiCallRefusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no pool") << QStringList{QStringLiteral("--sigv4"),
                                            QStringLiteral("execute-api"), QStringLiteral("--as"),
                                            QStringLiteral("someone")};
    QTest::newRow("no user") << QStringList{QStringLiteral("--sigv4"),
                                            QStringLiteral("execute-api"),
                                            QStringLiteral("--identity-pool-id"), kMissingPool};
    QTest::newRow("bearer") << QStringList{
        QStringLiteral("--sigv4"), QStringLiteral("execute-api"),        QStringLiteral("--as"),
        QStringLiteral("someone"), QStringLiteral("--identity-pool-id"), kMissingPool,
        QStringLiteral("--bearer")};
    QTest::newRow("bad service") << QStringList{
        QStringLiteral("--sigv4"), QStringLiteral("Execute API"),        QStringLiteral("--as"),
        QStringLiteral("someone"), QStringLiteral("--identity-pool-id"), kMissingPool};
    QTest::newRow("pool without --sigv4")
        << QStringList{QStringLiteral("--as"), QStringLiteral("someone"),
                       QStringLiteral("--identity-pool-id"), kMissingPool};
}

void TestCliIdentity::apiCallRefusesBadUsage()
{
    QFETCH(QStringList, arguments);
    const Run refused = cli(QStringList{QStringLiteral("api"), QStringLiteral("call"),
                                        QStringLiteral("http://127.0.0.1:9/_echo/x")} +
                            arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.out.isEmpty());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestCliIdentity test;
    return test::execForServer(&test, argc, argv);
}

#include "tst_cli_identity.moc"
