#include "aws/credentialsprovider.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk::aws;

// The credential chain: environment, shared files (profiles, config, overrides), the
// credential_process contract and its cache, and which link answered.
class TestCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void environmentKeys();
    void environmentHalfSetIsAnError();
    void sharedFileProfiles_data();
    void sharedFileProfiles();
    void sharedFileLocationsFollowTheEnvironment();
    void profileNamesOfBothFiles();
    void profileNamesSkipBrokenFiles();
    void malformedFilesNameFileAndLine_data();
    void malformedFilesNameFileAndLine();
    void credentialProcessCachesUntilShortlyBeforeExpiration();
    void credentialProcessWithoutExpirationIsKept();
    void credentialProcessFailures_data();
    void credentialProcessFailures();
    void chainOrderAndSource();
    void chainStopsAtABrokenLink();
    void chainReportsWhatItTried();

private:
    QProcessEnvironment environment() const;
    void write(const QString &name, const QByteArray &content) const;
    QString script(const QString &name, const QByteArray &body) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCredentials::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// A clean environment: HOME in the temporary folder, no AWS_* of the caller's.
QProcessEnvironment TestCredentials::environment() const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    return environment;
}

void TestCredentials::write(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

QString TestCredentials::script(const QString &name, const QByteArray &body) const
{
    // Each run leaves a line in runs.log, so the test sees how often it ran.
    write(name, "#!/bin/sh\necho run >> '" + m_dir->filePath(QStringLiteral("runs.log")).toUtf8() +
                    "'\n" + body);
    QFile::setPermissions(m_dir->filePath(name),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return m_dir->filePath(name);
}

void TestCredentials::environmentKeys()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("secret-env"));
    env.insert(QStringLiteral("AWS_SESSION_TOKEN"), QStringLiteral("token-env"));
    const auto result = EnvironmentCredentialsProvider(env).credentials();
    QVERIFY(result.ok());
    QCOMPARE(result.value().accessKeyId, QStringLiteral("AKIDENV"));
    QCOMPARE(result.value().secretAccessKey, QStringLiteral("secret-env"));
    QCOMPARE(result.value().sessionToken, QStringLiteral("token-env"));
    QCOMPARE(result.value().source, QStringLiteral("environment"));

    const auto none = EnvironmentCredentialsProvider(environment()).credentials();
    QVERIFY(!none.ok());
    QCOMPARE(none.error().type, QStringLiteral("MissingCredentials"));
}

void TestCredentials::environmentHalfSetIsAnError()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    const auto result = EnvironmentCredentialsProvider(env).credentials();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().type, QStringLiteral("InvalidCredentialsConfig"));
}

void TestCredentials::sharedFileProfiles_data()
{
    QTest::addColumn<QByteArray>("credentialsFile");
    QTest::addColumn<QByteArray>("configFile");
    QTest::addColumn<QStringList>("variables"); // NAME=VALUE, paths relative to the temp dir
    QTest::addColumn<QString>("accessKeyId");   // empty: no keys (MissingCredentials)
    QTest::addColumn<QString>("sessionToken");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("source");

    const QByteArray credentials = "# comment\n"
                                   "[default]\n"
                                   "aws_access_key_id = AKIDDEFAULT\n"
                                   "aws_secret_access_key = secret-default\n"
                                   "\n"
                                   "[work]\n"
                                   "aws_access_key_id=AKIDWORK ; inline comment\n"
                                   "aws_secret_access_key=secret-work\n"
                                   "aws_session_token = token-work\n";
    const QByteArray config = "[default]\n"
                              "region = eu-west-1\n"
                              "[profile work]\n"
                              "region = ap-northeast-1\n"
                              "s3 =\n"
                              "  max_concurrent_requests = 20\n"
                              "[profile only-config]\n"
                              "region = us-west-2\n"
                              "aws_access_key_id = AKIDCONFIG\n"
                              "aws_secret_access_key = secret-config\n"
                              "[profile no-keys]\n"
                              "region = sa-east-1\n";

    QTest::newRow("default-profile") << credentials << config << QStringList() << "AKIDDEFAULT"
                                     << ""
                                     << "eu-west-1"
                                     << "shared-credentials-file:default";
    QTest::newRow("aws-profile-with-session-token")
        << credentials << config << QStringList{QStringLiteral("AWS_PROFILE=work")} << "AKIDWORK"
        << "token-work"
        << "ap-northeast-1"
        << "shared-credentials-file:work";
    QTest::newRow("aws-default-profile-variable")
        << credentials << config << QStringList{QStringLiteral("AWS_DEFAULT_PROFILE=work")}
        << "AKIDWORK"
        << "token-work"
        << "ap-northeast-1"
        << "shared-credentials-file:work";
    QTest::newRow("keys-in-config-profile-section")
        << credentials << config << QStringList{QStringLiteral("AWS_PROFILE=only-config")}
        << "AKIDCONFIG"
        << ""
        << "us-west-2"
        << "shared-config-file:only-config";
    QTest::newRow("profile-without-keys")
        << credentials << config << QStringList{QStringLiteral("AWS_PROFILE=no-keys")} << ""
        << ""
        << "sa-east-1"
        << "";
    QTest::newRow("unknown-profile")
        << credentials << config << QStringList{QStringLiteral("AWS_PROFILE=nope")} << ""
        << ""
        << ""
        << "";
    QTest::newRow("no-files") << QByteArray() << QByteArray() << QStringList() << ""
                              << ""
                              << ""
                              << "";
    QTest::newRow("file-overrides")
        << QByteArray() << QByteArray()
        << QStringList{QStringLiteral("AWS_SHARED_CREDENTIALS_FILE=elsewhere/creds"),
                       QStringLiteral("AWS_CONFIG_FILE=elsewhere/conf"),
                       QStringLiteral("AWS_PROFILE=work")}
        << "AKIDWORK"
        << "token-work"
        << "ap-northeast-1"
        << "shared-credentials-file:work";
}

void TestCredentials::sharedFileProfiles()
{
    QFETCH(QByteArray, credentialsFile);
    QFETCH(QByteArray, configFile);
    QFETCH(QStringList, variables);
    QFETCH(QString, accessKeyId);
    QFETCH(QString, sessionToken);
    QFETCH(QString, region);
    QFETCH(QString, source);

    QProcessEnvironment env = environment();
    bool overridden = false;
    for (const QString &variable : std::as_const(variables)) {
        const QString name = variable.section(QLatin1Char('='), 0, 0);
        QString value = variable.section(QLatin1Char('='), 1);
        if (name.endsWith(QLatin1String("_FILE"))) {
            value = m_dir->filePath(value);
            overridden = true;
        }
        env.insert(name, value);
    }
    if (overridden) {
        // The overrides point elsewhere; ~/.aws holds decoys that must not be read.
        write(QStringLiteral(".aws/credentials"), "[work]\naws_access_key_id=DECOY\n"
                                                  "aws_secret_access_key=decoy\n");
        write(QStringLiteral("elsewhere/creds"),
              "[work]\naws_access_key_id=AKIDWORK\naws_secret_access_key=s\n"
              "aws_session_token=token-work\n");
        write(QStringLiteral("elsewhere/conf"), "[profile work]\nregion=ap-northeast-1\n");
    } else {
        if (!credentialsFile.isEmpty())
            write(QStringLiteral(".aws/credentials"), credentialsFile);
        if (!configFile.isEmpty())
            write(QStringLiteral(".aws/config"), configFile);
    }

    const auto profile = loadSharedProfile(env);
    QVERIFY(profile.ok());
    QCOMPARE(profile.value().region, region);

    const auto result = SharedFileCredentialsProvider(env).credentials();
    if (accessKeyId.isEmpty()) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().type, QStringLiteral("MissingCredentials"));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().accessKeyId, accessKeyId);
    QCOMPARE(result.value().sessionToken, sessionToken);
    QCOMPARE(result.value().source, source);
}

void TestCredentials::sharedFileLocationsFollowTheEnvironment()
{
    QProcessEnvironment env = environment();
    SharedFiles files = sharedFileLocations(env);
    QCOMPARE(files.credentialsFile, m_dir->filePath(QStringLiteral(".aws/credentials")));
    QCOMPARE(files.configFile, m_dir->filePath(QStringLiteral(".aws/config")));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("~/keys/creds"));
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/etc/aws-config"));
    files = sharedFileLocations(env);
    QCOMPARE(files.credentialsFile, m_dir->filePath(QStringLiteral("keys/creds"))); // ~ is HOME
    QCOMPARE(files.configFile, QStringLiteral("/etc/aws-config"));

    QCOMPARE(configSectionOf(QStringLiteral("default")), QStringLiteral("default"));
    QCOMPARE(configSectionOf(QStringLiteral("work")), QStringLiteral("profile work"));
    QCOMPARE(profileOfConfigSection(QStringLiteral("profile work")), QStringLiteral("work"));
    QCOMPARE(profileOfConfigSection(QStringLiteral("default")), QStringLiteral("default"));
    QCOMPARE(profileOfConfigSection(QStringLiteral("sso-session corp")), QString());
    QCOMPARE(profileOfConfigSection(QStringLiteral("work")), QString()); // config needs "profile"
}

void TestCredentials::profileNamesOfBothFiles()
{
    QProcessEnvironment env = environment();
    QVERIFY(sharedProfileNames(env).isEmpty()); // no files
    write(QStringLiteral(".aws/credentials"),
          "[beta]\naws_access_key_id=A\naws_secret_access_key=s\n[alpha]\n[default]\n");
    write(QStringLiteral(".aws/config"), "[default]\nregion = eu-west-1\n[profile gamma]\n"
                                         "region = us-east-2\n[profile beta]\n"
                                         "[sso-session corp]\nsso_region = us-east-1\n"
                                         "[services local]\n[delta]\n");
    QCOMPARE(sharedProfileNames(env),
             (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"),
                          QStringLiteral("default"), QStringLiteral("gamma")}));

    // The overrides, not ~/.aws.
    write(QStringLiteral("elsewhere/creds"), "[work]\n");
    write(QStringLiteral("elsewhere/conf"), "[profile home]\n");
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
               m_dir->filePath(QStringLiteral("elsewhere/creds")));
    env.insert(QStringLiteral("AWS_CONFIG_FILE"),
               m_dir->filePath(QStringLiteral("elsewhere/conf")));
    QCOMPARE(sharedProfileNames(env),
             (QStringList{QStringLiteral("home"), QStringLiteral("work")}));
    // And the chain finds what the list offers.
    const auto home = loadSharedProfile(env, QStringLiteral("home"));
    QVERIFY(home.ok());
    QVERIFY(home.value().found);
}

void TestCredentials::profileNamesSkipBrokenFiles()
{
    write(QStringLiteral(".aws/credentials"), "[alpha]\nno equals sign here\n");
    write(QStringLiteral(".aws/config"), "[profile gamma]\n");
    QCOMPARE(sharedProfileNames(environment()), QStringList{QStringLiteral("gamma")});
}

void TestCredentials::malformedFilesNameFileAndLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");

    QTest::newRow("credentials-unclosed-section")
        << ".aws/credentials" << QByteArray("[default]\naws_access_key_id=A\n[broken\n") << 3;
    QTest::newRow("credentials-no-equals")
        << ".aws/credentials"
        << QByteArray("[default]\n# fine\naws_access_key_id A\naws_secret_access_key=x\n") << 3;
    QTest::newRow("config-key-before-section")
        << ".aws/config" << QByteArray("region = eu-west-1\n[default]\n") << 1;
    QTest::newRow("config-empty-section-name") << ".aws/config" << QByteArray("\n\n[ ]\n") << 3;
    QTest::newRow("config-nameless-setting")
        << ".aws/config" << QByteArray("[default]\n = value\n") << 2;
}

void TestCredentials::malformedFilesNameFileAndLine()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    write(file, content);
    const auto result = SharedFileCredentialsProvider(environment()).credentials();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().type, QStringLiteral("InvalidCredentialsConfig"));
    QVERIFY2(result.error().message.contains(m_dir->filePath(file)),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QStringLiteral("line %1:").arg(line)),
             qPrintable(result.error().message));
    // The chain reports it rather than falling through to another identity.
    const auto chained = defaultCredentialsChain(nullptr, environment())->credentials();
    QVERIFY(!chained.ok());
    QCOMPARE(chained.error().message, result.error().message);
}

void TestCredentials::credentialProcessCachesUntilShortlyBeforeExpiration()
{
    const QDateTime start = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    const QString command = script(
        QStringLiteral("creds.sh"),
        R"(echo '{"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "secret-proc", "SessionToken": "token-proc", "Expiration": "2026-11-23T13:00:00Z"}')");
    write(QStringLiteral(".aws/config"),
          "[profile proc]\ncredential_process = " + command.toUtf8() + " --flag 'quoted arg'\n");
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("proc"));

    QDateTime now = start;
    ProcessCredentialsProvider provider(env);
    provider.setClock([&now] { return now; });
    const auto first = provider.credentials();
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QCOMPARE(first.value().accessKeyId, QStringLiteral("AKIDPROC"));
    QCOMPARE(first.value().sessionToken, QStringLiteral("token-proc"));
    QCOMPARE(first.value().expiration, QDateTime(QDate(2026, 11, 23), QTime(13, 0), Qt::UTC));
    QCOMPARE(first.value().source, QStringLiteral("credential-process:proc"));
    QCOMPARE(provider.runs(), 1);

    now = start.addSecs(50 * 60); // 10 minutes left: still cached
    QVERIFY(provider.credentials().ok());
    QCOMPARE(provider.runs(), 1);

    now = start.addSecs(56 * 60); // inside the refresh margin: runs again
    QVERIFY(provider.credentials().ok());
    QCOMPARE(provider.runs(), 2);

    QFile log(m_dir->filePath(QStringLiteral("runs.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QCOMPARE(log.readAll().count("run"), 2);
}

void TestCredentials::credentialProcessWithoutExpirationIsKept()
{
    const QString command =
        script(QStringLiteral("static.sh"),
               R"(echo '{"Version": 1, "AccessKeyId": "AKIDSTATIC", "SecretAccessKey": "s"}')");
    ProcessCredentialsProvider provider(environment(), {}, command);
    QVERIFY(provider.credentials().ok());
    QVERIFY(provider.credentials().ok());
    QCOMPARE(provider.runs(), 1);
    QVERIFY(!provider.credentials().value().expiration.isValid());

    // Through the chain, from the shared profile, with nothing before it.
    write(QStringLiteral(".aws/config"),
          "[default]\ncredential_process = " + command.toUtf8() + "\n");
    const auto chain = defaultCredentialsChain(nullptr, environment());
    const auto chained = chain->credentials();
    QVERIFY2(chained.ok(), qPrintable(chained.ok() ? QString() : chained.error().message));
    QCOMPARE(chained.value().accessKeyId, QStringLiteral("AKIDSTATIC"));
    QCOMPARE(chain->lastSource(), QStringLiteral("credential-process:default"));
}

void TestCredentials::credentialProcessFailures_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("exit-code") << QByteArray("echo 'SSO session expired' >&2\nexit 3\n")
                               << "exit code 3): SSO session expired";
    QTest::newRow("not-json") << QByteArray("echo hello\n") << "not a JSON object";
    QTest::newRow("wrong-version")
        << QByteArray(R"(echo '{"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "s"}')")
        << "Version";
    QTest::newRow("missing-secret")
        << QByteArray(R"(echo '{"Version": 1, "AccessKeyId": "A"}')") << "no SecretAccessKey";
    QTest::newRow("bad-expiration")
        << QByteArray(
               R"(echo '{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "s", "Expiration": "tomorrow"}')")
        << "ISO 8601";
    QTest::newRow("already-expired")
        << QByteArray(
               R"(echo '{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "s", "Expiration": "2001-01-01T00:00:00Z"}')")
        << "already expired";
}

void TestCredentials::credentialProcessFailures()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);
    const QString command = script(QStringLiteral("bad.sh"), body);
    ProcessCredentialsProvider provider(environment(), {}, command);
    const auto result = provider.credentials();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().type, QStringLiteral("InvalidCredentialsConfig"));
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(command), qPrintable(result.error().message));
    // A failure is not cached.
    QVERIFY(!provider.credentials().ok());
    QCOMPARE(provider.runs(), 2);
}

void TestCredentials::chainOrderAndSource()
{
    write(QStringLiteral(".aws/credentials"),
          "[default]\naws_access_key_id=AKIDFILE\naws_secret_access_key=secret-file\n");
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("secret-env"));

    Credentials keychain;
    keychain.accessKeyId = QStringLiteral("AKIDKEYCHAIN");
    keychain.secretAccessKey = QStringLiteral("secret-keychain");
    auto withProfile = defaultCredentialsChain(
        std::make_shared<StaticCredentialsProvider>(keychain, QStringLiteral("profile:prod")), env);
    QCOMPARE(withProfile->credentials().value().accessKeyId, QStringLiteral("AKIDKEYCHAIN"));
    QCOMPARE(withProfile->lastSource(), QStringLiteral("profile:prod"));

    auto fromEnvironment = defaultCredentialsChain(nullptr, env);
    QCOMPARE(fromEnvironment->credentials().value().accessKeyId, QStringLiteral("AKIDENV"));
    QCOMPARE(fromEnvironment->lastSource(), QStringLiteral("environment"));

    auto fromFile = defaultCredentialsChain(nullptr, environment());
    QCOMPARE(fromFile->credentials().value().accessKeyId, QStringLiteral("AKIDFILE"));
    QCOMPARE(fromFile->lastSource(), QStringLiteral("shared-credentials-file:default"));

    // A profile without keys in the keychain yet falls through to the next link.
    auto emptyProfile = defaultCredentialsChain(
        std::make_shared<StaticCredentialsProvider>(Credentials(), QStringLiteral("profile:new")),
        environment());
    QCOMPARE(emptyProfile->credentials().value().accessKeyId, QStringLiteral("AKIDFILE"));
}

void TestCredentials::chainStopsAtABrokenLink()
{
    // Half-set environment variables must not silently become the file's identity.
    write(QStringLiteral(".aws/credentials"),
          "[default]\naws_access_key_id=AKIDFILE\naws_secret_access_key=secret-file\n");
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("secret-env"));
    const auto result = defaultCredentialsChain(nullptr, env)->credentials();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().type, QStringLiteral("InvalidCredentialsConfig"));
}

void TestCredentials::chainReportsWhatItTried()
{
    const auto chain = defaultCredentialsChain(nullptr, environment());
    const auto result = chain->credentials();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().type, QStringLiteral("MissingCredentials"));
    QCOMPARE(result.error().kind, ErrorKind::Local);
    for (const char *link : {"environment", "shared files", "credential_process"})
        QVERIFY2(result.error().message.contains(QLatin1String(link)),
                 qPrintable(result.error().message));
    QVERIFY(chain->lastSource().isEmpty());
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
