#include "aws/future.h"
#include "clirunner.h"
#include "secrets/keychainstore.h"
#include "support/fakehttpserver.h"
#include "support/localstack.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;
using test::Run;

// Profiles through the CLI: names in QSettings (a private XDG_CONFIG_HOME per test), secrets
// only in the keychain (a private gnome-keyring, tests/support/with-keychain), and
// --profile resolving a Cognito Desk profile, else the AWS CLI profile of that name.
// Against cognito-sim, because it checks signatures: a profile's keys must really sign.
class TestCliProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void addListShowRemove();
    void profileSuppliesConnection();
    void optionBeatsProfile();
    void keysLiveInKeychainAndSign();
    void wrongKeysInProfileAreRefused();
    void clientSecretFromProfile();
    void fallsBackToAwsCliProfile();
    void refusesSecretAsOption();
    void unknownProfileIsUsageError();
    void loginSaveFeedsApiCallAs();

private:
    // The CLI with nothing of the server in its environment but credentials removed too,
    // so that only the profile can supply them.
    Run cli(const QStringList &arguments, const QByteArray &input = {},
            bool withEnvironmentKeys = true) const;
    QString settingsText() const;

    test::LocalStack m_stack;
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestCliProfiles::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_stack = *stack;
}

void TestCliProfiles::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
}

Run TestCliProfiles::cli(const QStringList &arguments, const QByteArray &input,
                         bool withEnvironmentKeys) const
{
    QProcessEnvironment environment = m_stack.environment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    environment.remove(QStringLiteral("AWS_REGION"));
    environment.remove(QStringLiteral("AWS_DEFAULT_REGION"));
    if (!withEnvironmentKeys) {
        environment.remove(QStringLiteral("AWS_ACCESS_KEY_ID"));
        environment.remove(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    }
    const auto result = test::runProcess(test::cliPath(), arguments, environment, input);
    Run run;
    run.exitCode = result.exitCode;
    run.out = result.out;
    run.err = result.err;
    run.finished = result.finished;
    run.json = QJsonDocument::fromJson(result.out).object();
    return run;
}

QString TestCliProfiles::settingsText() const
{
    QString text;
    QDirIterator it(m_config->path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            text += QString::fromUtf8(file.readAll());
    }
    return text;
}

#define CHECK_OK(expression)                                                                       \
    do {                                                                                           \
        const Run checked_ = (expression);                                                         \
        QVERIFY2(checked_.finished &&checked_.exitCode == 0, checked_.describe().constData());     \
    } while (false)

void TestCliProfiles::addListShowRemove()
{
    const Run added = cli(
        {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("dev"),
         QStringLiteral("--region"), QStringLiteral("eu-west-1"), QStringLiteral("--user-pool-id"),
         QStringLiteral("eu-west-1_Abc"), QStringLiteral("--client-id"),
         QStringLiteral("client123"), QStringLiteral("--hosted-ui-domain"),
         QStringLiteral("https://dev.auth.eu-west-1.amazoncognito.com"),
         QStringLiteral("--callback-url"), QStringLiteral("http://localhost:53682/callback"),
         QStringLiteral("--aws-profile"), QStringLiteral("work")});
    CHECK_OK(added);
    CHECK_OK(cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("prod"),
                  QStringLiteral("--region"), QStringLiteral("us-east-1")}));

    const Run listed = cli({QStringLiteral("profile"), QStringLiteral("list")});
    CHECK_OK(listed);
    const QJsonArray profiles = listed.json.value(QLatin1String("Profiles")).toArray();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0).toObject().value(QLatin1String("Name")).toString(),
             QStringLiteral("dev"));

    const Run shown =
        cli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("dev")});
    CHECK_OK(shown);
    QCOMPARE(shown.json.value(QLatin1String("Region")).toString(), QStringLiteral("eu-west-1"));
    QCOMPARE(shown.json.value(QLatin1String("UserPoolId")).toString(),
             QStringLiteral("eu-west-1_Abc"));
    QCOMPARE(shown.json.value(QLatin1String("ClientId")).toString(), QStringLiteral("client123"));
    QCOMPARE(shown.json.value(QLatin1String("HostedUiDomain")).toString(),
             QStringLiteral("https://dev.auth.eu-west-1.amazoncognito.com"));
    QCOMPARE(shown.json.value(QLatin1String("CallbackUrl")).toString(),
             QStringLiteral("http://localhost:53682/callback"));
    QCOMPARE(shown.json.value(QLatin1String("AwsProfile")).toString(), QStringLiteral("work"));
    // Nothing from the environment (the test's AWS_* and endpoint) crept in.
    QVERIFY(!shown.json.contains(QLatin1String("EndpointUrl")));

    const Run removed =
        cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("dev")});
    CHECK_OK(removed);
    QCOMPARE(removed.json, QJsonObject());
    const Run after = cli({QStringLiteral("profile"), QStringLiteral("list")});
    QCOMPARE(after.json.value(QLatin1String("Profiles")).toArray().size(), 1);
    const Run gone =
        cli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("dev")});
    QCOMPARE(gone.exitCode, 2);
}

void TestCliProfiles::profileSuppliesConnection()
{
    CHECK_OK(
        cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("local"),
             QStringLiteral("--region"), m_stack.region, QStringLiteral("--endpoint-url"),
             m_stack.endpoint.toString(), QStringLiteral("--user-pool-id"), m_stack.userPoolId(),
             QStringLiteral("--client-id"), m_stack.clientId(QStringLiteral("demo-web"))}));
    // No endpoint, region, pool or client in the environment: all from the profile.
    const Run users = cli({QStringLiteral("--profile"), QStringLiteral("local"),
                           QStringLiteral("user"), QStringLiteral("get"), QStringLiteral("alice")});
    CHECK_OK(users);
    QCOMPARE(users.json.value(QLatin1String("Username")).toString(), QStringLiteral("alice"));
    const Run login =
        cli({QStringLiteral("--profile"), QStringLiteral("local"), QStringLiteral("auth"),
             QStringLiteral("login"), QStringLiteral("alice"), QStringLiteral("--password-stdin")},
            m_stack.password(QStringLiteral("alice")).toUtf8() + '\n');
    CHECK_OK(login);
    QVERIFY(login.json.contains(QLatin1String("AuthenticationResult")));
}

void TestCliProfiles::optionBeatsProfile()
{
    CHECK_OK(cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("p"),
                  QStringLiteral("--region"), m_stack.region, QStringLiteral("--endpoint-url"),
                  m_stack.endpoint.toString(), QStringLiteral("--user-pool-id"),
                  QStringLiteral("us-east-1_DoesNotExist")}));
    const Run fromProfile = cli({QStringLiteral("--profile"), QStringLiteral("p"),
                                 QStringLiteral("pool"), QStringLiteral("describe")});
    QCOMPARE(fromProfile.exitCode, 1);
    QVERIFY2(fromProfile.err.startsWith("ResourceNotFoundException: "),
             fromProfile.err.constData());
    const Run overridden =
        cli({QStringLiteral("--profile"), QStringLiteral("p"), QStringLiteral("--user-pool-id"),
             m_stack.userPoolId(), QStringLiteral("pool"), QStringLiteral("describe")});
    CHECK_OK(overridden);
}

void TestCliProfiles::keysLiveInKeychainAndSign()
{
    const QByteArray secret = m_stack.credentials.secretAccessKey.toUtf8();
    const Run added =
        cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("keys"),
             QStringLiteral("--region"), m_stack.region, QStringLiteral("--endpoint-url"),
             m_stack.endpoint.toString(), QStringLiteral("--access-key-id"),
             m_stack.credentials.accessKeyId, QStringLiteral("--secret-access-key-stdin")},
            secret + '\n');
    CHECK_OK(added);
    QCOMPARE(added.json.value(QLatin1String("SecretAccessKey")).toString(),
             QStringLiteral("stored in keychain"));
    QVERIFY2(!settingsText().contains(QString::fromUtf8(secret)),
             "the secret key reached QSettings");
    QVERIFY(settingsText().contains(m_stack.credentials.accessKeyId));

    // The keychain holds it under the profile's entry.
    secrets::KeychainStore store;
    const auto stored =
        aws::await(store.read(QStringLiteral("profile/keys/aws-secret-access-key")));
    QVERIFY2(stored.ok(), qPrintable(secrets::describe(stored)));
    QCOMPARE(stored.value, QString::fromUtf8(secret));

    // Signed calls with no AWS_* keys in the environment: the sim verifies the signature.
    const Run pools = cli({QStringLiteral("--profile"), QStringLiteral("keys"),
                           QStringLiteral("pool"), QStringLiteral("list")},
                          {}, false);
    CHECK_OK(pools);
    QVERIFY(pools.out.contains(m_stack.userPoolId().toUtf8()));

    CHECK_OK(cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("keys")}));
    const auto removed =
        aws::await(store.read(QStringLiteral("profile/keys/aws-secret-access-key")));
    QCOMPARE(removed.status, secrets::SecretStatus::NotFound);
}

void TestCliProfiles::wrongKeysInProfileAreRefused()
{
    CHECK_OK(cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("bad"),
                  QStringLiteral("--region"), m_stack.region, QStringLiteral("--endpoint-url"),
                  m_stack.endpoint.toString(), QStringLiteral("--access-key-id"),
                  m_stack.credentials.accessKeyId, QStringLiteral("--secret-access-key-stdin")},
                 "not-the-secret\n"));
    const Run pools = cli({QStringLiteral("--profile"), QStringLiteral("bad"),
                           QStringLiteral("pool"), QStringLiteral("list")},
                          {}, false);
    QCOMPARE(pools.exitCode, 1);
    QVERIFY2(pools.err.contains("Signature"), pools.err.constData());
}

void TestCliProfiles::clientSecretFromProfile()
{
    const QString clientId = m_stack.clientId(QStringLiteral("demo-backend"));
    CHECK_OK(cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("backend"),
                  QStringLiteral("--region"), m_stack.region, QStringLiteral("--endpoint-url"),
                  m_stack.endpoint.toString(), QStringLiteral("--client-id"), clientId,
                  QStringLiteral("--client-secret-stdin")},
                 m_stack.clientSecret(QStringLiteral("demo-backend")).toUtf8() + '\n'));
    QVERIFY(!settingsText().contains(m_stack.clientSecret(QStringLiteral("demo-backend"))));
    // The sim requires SECRET_HASH for this client: only the keychain's secret can make it.
    const Run login =
        cli({QStringLiteral("--profile"), QStringLiteral("backend"), QStringLiteral("auth"),
             QStringLiteral("login"), QStringLiteral("bob"), QStringLiteral("--password-stdin")},
            m_stack.password(QStringLiteral("bob")).toUtf8() + '\n');
    CHECK_OK(login);
    QVERIFY(login.json.contains(QLatin1String("AuthenticationResult")));
}

void TestCliProfiles::fallsBackToAwsCliProfile()
{
    const QString credentials = m_config->filePath(QStringLiteral("aws-credentials"));
    const QString config = m_config->filePath(QStringLiteral("aws-config"));
    QVERIFY(!test::writeFile(credentials, "[sim-keys]\naws_access_key_id = " +
                                              m_stack.credentials.accessKeyId.toUtf8() +
                                              "\naws_secret_access_key = " +
                                              m_stack.credentials.secretAccessKey.toUtf8() + "\n")
                 .isEmpty());
    QVERIFY(
        !test::writeFile(config, "[profile sim-keys]\nregion = " + m_stack.region.toUtf8() + "\n")
             .isEmpty());

    QProcessEnvironment environment = m_stack.environment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    for (const char *name :
         {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_REGION", "AWS_DEFAULT_REGION"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), credentials);
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), config);
    // No Cognito Desk profile is called sim-keys: the AWS CLI's gives keys and region.
    const auto result = test::runProcess(
        test::cliPath(),
        {QStringLiteral("--profile"), QStringLiteral("sim-keys"), QStringLiteral("--endpoint-url"),
         m_stack.endpoint.toString(), QStringLiteral("pool"), QStringLiteral("list")},
        environment);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains(m_stack.userPoolId().toUtf8()));
}

void TestCliProfiles::refusesSecretAsOption()
{
    const Run refused = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("x"),
                             QStringLiteral("--access-key-id"), QStringLiteral("AKID"),
                             QStringLiteral("--secret-access-key"), QStringLiteral("oops")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--secret-access-key-stdin"), refused.err.constData());
    QVERIFY(!settingsText().contains(QLatin1String("oops")));
}

void TestCliProfiles::unknownProfileIsUsageError()
{
    const Run shown =
        cli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("nope")});
    QCOMPARE(shown.exitCode, 2);
    const Run badName =
        cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("a/b")});
    QCOMPARE(badName.exitCode, 2);
}

void TestCliProfiles::loginSaveFeedsApiCallAs()
{
    // `auth login --save` keeps the tokens for the tokens engineer's `api call --as`: the
    // API (a fake server here) must receive the ID token of that login.
    const QStringList connection{
        QStringLiteral("--endpoint-url"), m_stack.endpoint.toString(),
        QStringLiteral("--region"),       m_stack.region,
        QStringLiteral("--user-pool-id"), m_stack.userPoolId(),
        QStringLiteral("--client-id"),    m_stack.clientId(QStringLiteral("demo-web"))};
    const Run login =
        cli(connection + QStringList{QStringLiteral("auth"), QStringLiteral("login"),
                                     QStringLiteral("frank"), QStringLiteral("--password-stdin"),
                                     QStringLiteral("--flow"), QStringLiteral("srp"),
                                     QStringLiteral("--save")},
            m_stack.password(QStringLiteral("frank")).toUtf8() + '\n');
    CHECK_OK(login);
    const QString idToken = login.json.value(QLatin1String("AuthenticationResult"))
                                .toObject()
                                .value(QLatin1String("IdToken"))
                                .toString();
    QVERIFY(!idToken.isEmpty());
    QVERIFY2(!settingsText().contains(idToken), "a token reached QSettings");

    test::FakeHttpServer api;
    api.setDefaultReply(test::FakeHttpServer::Reply::json(200, R"({"ok":true})"));
    QProcessEnvironment environment = m_stack.environment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    const auto call =
        test::runProcess(test::cliPath(),
                         connection + QStringList{QStringLiteral("api"), QStringLiteral("call"),
                                                  api.url().toString(), QStringLiteral("--as"),
                                                  QStringLiteral("frank")},
                         environment);
    QVERIFY2(call.exitCode == 0, call.err.constData());
    QCOMPARE(api.requests().size(), 1);
    QCOMPARE(api.requests().first().header("Authorization"), idToken.toUtf8());
}

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cli_profiles.moc"
