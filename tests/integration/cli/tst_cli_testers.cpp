#include "clirunner.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;
using test::Run;

// Tokens on tap for testers: `token get` prints one fresh token of a saved session and
// nothing else, refreshing the session when it expires within --min-ttl; `exec` hands the
// token to another program in its environment and exits with that program's exit code. Both
// exit 5 when no valid token can be had.
class TestCliTesters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tokenGetPrintsTheSavedToken();
    void tokenGetRefreshesWithinMinTtl();
    void tokenGetWithoutASessionExitsFive();
    void tokenGetRefusesBadOptions_data();
    void tokenGetRefusesBadOptions();
    void tokenGet_simOnly_exitsFiveWhenTheRefreshIsRefused();
    void execPutsTheTokenInTheEnvironment();
    void execKeepsTheCommandsOwnArguments();
    void execWithoutASessionRunsNothing();
    void execRefusesBadUsage_data();
    void execRefusesBadUsage();
    void execReportsACommandThatCannotRun();
    void helpDescribesTheCommands();
    void totp_simOnly_enrolCodeAndAutoMfa();
    void mfaCodeWithoutASecretExitsFour();

private:
    // A new user with a permanent password, signed in with `auth login --save`; returns the
    // login's AuthenticationResult.
    QJsonObject signedInUser(const QString &username);
    Run cli(const QStringList &arguments, const QByteArray &input = {}) const;
    QProcessEnvironment environment() const;
    // What cli() runs against: the demo pool and its web client, or a pool of a test's own.
    test::CliRunner *m_target = &m_runner;

    test::CliRunner m_runner;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_user;
    QJsonObject m_login;
};

#define CHECK_OK(expression)                                                                       \
    do {                                                                                           \
        const Run checked_ = (expression);                                                         \
        QVERIFY2(checked_.finished &&checked_.exitCode == 0, checked_.describe().constData());     \
    } while (false)

namespace {

QJsonObject claims(const QString &jwt)
{
    const QByteArray payload =
        QByteArray::fromBase64(jwt.section(QLatin1Char('.'), 1, 1).toLatin1(),
                               QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QJsonDocument::fromJson(payload).object();
}

} // namespace

QProcessEnvironment TestCliTesters::environment() const
{
    // The sessions' metadata goes to QSettings: a folder of this test's own.
    QProcessEnvironment environment = m_target->cliEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    return environment;
}

Run TestCliTesters::cli(const QStringList &arguments, const QByteArray &input) const
{
    return test::CliRunner::run(test::cliPath(), arguments, environment(), input);
}

void TestCliTesters::initTestCase()
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
    m_user = test::uniqueName(QStringLiteral("tester"));
    m_login = signedInUser(m_user);
    QVERIFY(!m_login.value(QLatin1String("IdToken")).toString().isEmpty());
}

QJsonObject TestCliTesters::signedInUser(const QString &username)
{
    const QByteArray password = "Pw-" + username.toLatin1() + "!Aa1";
    const Run created = cli({QStringLiteral("user"), QStringLiteral("create"), username,
                             QStringLiteral("--suppress-message"), QStringLiteral("--attribute"),
                             QStringLiteral("email=%1@example.com").arg(username)});
    if (created.exitCode != 0) {
        qWarning("user create: %s", created.describe().constData());
        return {};
    }
    const Run set = cli({QStringLiteral("user"), QStringLiteral("set-password"), username,
                         QStringLiteral("--password-stdin"), QStringLiteral("--permanent")},
                        password + '\n');
    if (set.exitCode != 0) {
        qWarning("user set-password: %s", set.describe().constData());
        return {};
    }
    const Run login = cli({QStringLiteral("auth"), QStringLiteral("login"), username,
                           QStringLiteral("--password-stdin"), QStringLiteral("--save")},
                          password + '\n');
    if (login.exitCode != 0)
        qWarning("auth login: %s", login.describe().constData());
    return login.json.value(QLatin1String("AuthenticationResult")).toObject();
}

void TestCliTesters::tokenGetPrintsTheSavedToken()
{
    const Run id = cli({QStringLiteral("token"), QStringLiteral("get"), m_user});
    CHECK_OK(id);
    // The token alone on one line: $(token get USER) is the token.
    QCOMPARE(id.out, m_login.value(QLatin1String("IdToken")).toString().toLatin1() + '\n');
    QVERIFY2(id.err.isEmpty(), id.err.constData());

    const Run access = cli({QStringLiteral("token"), QStringLiteral("get"), m_user,
                            QStringLiteral("--use"), QStringLiteral("access")});
    CHECK_OK(access);
    QCOMPARE(access.out, m_login.value(QLatin1String("AccessToken")).toString().toLatin1() + '\n');
}

void TestCliTesters::tokenGetRefreshesWithinMinTtl()
{
    // A token lives an hour: asking for a day's worth forces a refresh through the refresh
    // token, and the refreshed session is saved for the next caller.
    const QString username = test::uniqueName(QStringLiteral("refresh"));
    const QJsonObject login = signedInUser(username);
    const QString first = login.value(QLatin1String("AccessToken")).toString();
    QVERIFY(!first.isEmpty());
    const Run refreshed =
        cli({QStringLiteral("token"), QStringLiteral("get"), username, QStringLiteral("--use"),
             QStringLiteral("access"), QStringLiteral("--min-ttl"), QStringLiteral("86400")});
    CHECK_OK(refreshed);
    const QString second = QString::fromLatin1(refreshed.out.trimmed());
    QVERIFY(!second.isEmpty());
    QVERIFY2(second != first, "the session was not refreshed");
    QCOMPARE(claims(second).value(QLatin1String("username")).toString(), username);
    QCOMPARE(claims(second).value(QLatin1String("token_use")).toString(), QStringLiteral("access"));

    // The default margin (60 s) takes the saved, refreshed session as it is.
    const Run again = cli({QStringLiteral("token"), QStringLiteral("get"), username,
                           QStringLiteral("--use"), QStringLiteral("access")});
    CHECK_OK(again);
    QCOMPARE(QString::fromLatin1(again.out.trimmed()), second);
}

void TestCliTesters::tokenGetWithoutASessionExitsFive()
{
    const Run none = cli({QStringLiteral("token"), QStringLiteral("get"),
                          test::uniqueName(QStringLiteral("nobody"))});
    QCOMPARE(none.exitCode, 5);
    QVERIFY2(none.out.isEmpty(), none.out.constData());
    QVERIFY2(none.errText().contains(QLatin1String("SessionNotFound")), none.err.constData());
}

void TestCliTesters::tokenGetRefusesBadOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("use") << QStringList{QStringLiteral("--use"), QStringLiteral("refresh")};
    QTest::newRow("negative ttl") << QStringList{QStringLiteral("--min-ttl"), QStringLiteral("-1")};
    QTest::newRow("ttl over a day")
        << QStringList{QStringLiteral("--min-ttl"), QStringLiteral("86401")};
    QTest::newRow("ttl not a number")
        << QStringList{QStringLiteral("--min-ttl"), QStringLiteral("soon")};
}

void TestCliTesters::tokenGetRefusesBadOptions()
{
    QFETCH(QStringList, options);
    const Run refused =
        cli(QStringList{QStringLiteral("token"), QStringLiteral("get"), m_user} + options);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.out.isEmpty());
}

void TestCliTesters::tokenGet_simOnly_exitsFiveWhenTheRefreshIsRefused()
{
    // The user is gone: the saved refresh token no longer works, and a script is told so by
    // exit 5 rather than handed a token about to expire.
    const QString username = test::uniqueName(QStringLiteral("gone"));
    QVERIFY(!signedInUser(username).isEmpty());
    CHECK_OK(cli({QStringLiteral("user"), QStringLiteral("delete"), username}));
    const Run refused = cli({QStringLiteral("token"), QStringLiteral("get"), username,
                             QStringLiteral("--min-ttl"), QStringLiteral("86400")});
    QCOMPARE(refused.exitCode, 5);
    QVERIFY2(refused.out.isEmpty(), refused.out.constData());
    QVERIFY2(!refused.err.isEmpty(), "no reason given");
}

void TestCliTesters::execPutsTheTokenInTheEnvironment()
{
    const QString seen = m_work->filePath(QStringLiteral("seen"));
    const Run run = cli({QStringLiteral("exec"), QStringLiteral("--as"), m_user,
                         QStringLiteral("--"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                         QStringLiteral("printf %s \"$COGNITO_TOKEN\" > \"$0\"; echo child-out; "
                                        "exit 7"),
                         seen});
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitCode, 7);
    QCOMPARE(run.out, QByteArray("child-out\n"));
    QFile file(seen);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_login.value(QLatin1String("IdToken")).toString().toLatin1());

    const Run named =
        cli({QStringLiteral("exec"), QStringLiteral("--as"), m_user, QStringLiteral("--use"),
             QStringLiteral("access"), QStringLiteral("--env"), QStringLiteral("API_TOKEN"),
             QStringLiteral("--"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
             QStringLiteral("printf %s \"$API_TOKEN\"; test -z \"$COGNITO_TOKEN\"")});
    CHECK_OK(named);
    QCOMPARE(named.out, m_login.value(QLatin1String("AccessToken")).toString().toLatin1());
}

void TestCliTesters::execKeepsTheCommandsOwnArguments()
{
    // After --, every word is the command's: options of ours, or ones our secret check would
    // refuse, reach it unread.
    const Run run =
        cli({QStringLiteral("exec"), QStringLiteral("--as"), m_user, QStringLiteral("--"),
             QStringLiteral("/bin/echo"), QStringLiteral("--password"), QStringLiteral("--profile"),
             QStringLiteral("x"), QStringLiteral("--")});
    CHECK_OK(run);
    QCOMPARE(run.out, QByteArray("--password --profile x --\n"));
}

void TestCliTesters::execWithoutASessionRunsNothing()
{
    const QString marker = m_work->filePath(QStringLiteral("ran"));
    const Run refused = cli({QStringLiteral("exec"), QStringLiteral("--as"),
                             test::uniqueName(QStringLiteral("nobody")), QStringLiteral("--"),
                             QStringLiteral("/bin/touch"), marker});
    QCOMPARE(refused.exitCode, 5);
    QVERIFY2(!QFile::exists(marker), "the command ran without a token");
}

void TestCliTesters::execRefusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no --as") << QStringList{QStringLiteral("--"), QStringLiteral("/bin/true")};
    QTest::newRow("no command") << QStringList{QStringLiteral("--as"), QStringLiteral("someone")};
    QTest::newRow("bad variable") << QStringList{
        QStringLiteral("--as"), QStringLiteral("someone"), QStringLiteral("--env"),
        QStringLiteral("A-B"),  QStringLiteral("--"),      QStringLiteral("/bin/true")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--as"), QStringLiteral("someone"), QStringLiteral("--shell"),
                       QStringLiteral("--"), QStringLiteral("/bin/true")};
}

void TestCliTesters::execRefusesBadUsage()
{
    QFETCH(QStringList, arguments);
    const Run refused = cli(QStringList{QStringLiteral("exec")} + arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.out.isEmpty());
}

void TestCliTesters::execReportsACommandThatCannotRun()
{
    const Run missing =
        cli({QStringLiteral("exec"), QStringLiteral("--as"), m_user, QStringLiteral("--"),
             m_work->filePath(QStringLiteral("no-such-program"))});
    QCOMPARE(missing.exitCode, 127);
    QVERIFY2(missing.errText().contains(QLatin1String("no-such-program")), missing.err.constData());
}

void TestCliTesters::helpDescribesTheCommands()
{
    const Run exec = cli({QStringLiteral("exec"), QStringLiteral("--help")});
    CHECK_OK(exec);
    QVERIFY2(exec.out.startsWith("Usage: cognito-desk-cli exec --as USERNAME"),
             exec.out.constData());
    QVERIFY2(exec.out.contains("--env NAME"), exec.out.constData());
    const Run get = cli({QStringLiteral("token"), QStringLiteral("get"), QStringLiteral("--help")});
    CHECK_OK(get);
    QVERIFY2(get.out.startsWith("Usage: cognito-desk-cli token get USERNAME"), get.out.constData());
    QVERIFY2(get.out.contains("--min-ttl SECONDS"), get.out.constData());
}

void TestCliTesters::totp_simOnly_enrolCodeAndAutoMfa()
{
    // A pool where TOTP is optional, as most pools that offer it are.
    test::CliRunner mfaPool(m_runner.stack());
    const Run pool = mfaPool.cli({QStringLiteral("pool"), QStringLiteral("create"),
                                  test::uniqueName(QStringLiteral("totp"))});
    CHECK_OK(pool);
    mfaPool.setPool(pool.json.value(QLatin1String("UserPool"))
                        .toObject()
                        .value(QLatin1String("Id"))
                        .toString());
    CHECK_OK(mfaPool.aws(QStringLiteral("set-user-pool-mfa-config"),
                         {QStringLiteral("--mfa-configuration"), QStringLiteral("OPTIONAL"),
                          QStringLiteral("--software-token-mfa-configuration"),
                          QStringLiteral("Enabled=true")}));
    const Run client =
        mfaPool.cli({QStringLiteral("client"), QStringLiteral("create"), QStringLiteral("tests"),
                     QStringLiteral("--explicit-auth-flows"),
                     QStringLiteral("ALLOW_USER_PASSWORD_AUTH,ALLOW_REFRESH_TOKEN_AUTH")});
    CHECK_OK(client);
    mfaPool.setClient(client.json.value(QLatin1String("UserPoolClient"))
                          .toObject()
                          .value(QLatin1String("ClientId"))
                          .toString());
    m_target = &mfaPool;
    const auto restore = qScopeGuard([this] { m_target = &m_runner; });

    const QString username = test::uniqueName(QStringLiteral("totp"));
    const QByteArray password = "Pw-" + username.toLatin1() + "!Aa1";
    QVERIFY(!signedInUser(username).isEmpty());

    const Run enrolled = cli({QStringLiteral("mfa"), QStringLiteral("enrol"), username});
    CHECK_OK(enrolled);
    // The secret stays in the keychain: the output is the status alone.
    QCOMPARE(enrolled.json, QJsonObject({{QStringLiteral("Status"), QStringLiteral("SUCCESS")}}));
    const Run code = cli({QStringLiteral("mfa"), QStringLiteral("code"), username});
    CHECK_OK(code);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]{6}\\n$"))
                 .match(QString::fromLatin1(code.out))
                 .hasMatch(),
             code.out.constData());

    // TOTP is now the user's MFA: a plain login stops at the challenge (exit 3)...
    const QStringList login{QStringLiteral("auth"), QStringLiteral("login"), username,
                            QStringLiteral("--password-stdin")};
    const Run challenged = cli(login, password + '\n');
    QCOMPARE(challenged.exitCode, 3);
    QCOMPARE(challenged.json.value(QLatin1String("ChallengeName")).toString(),
             QStringLiteral("SOFTWARE_TOKEN_MFA"));
    // ... and --auto-mfa answers it with the enrolled secret's code, which the server accepts.
    const Run answered = cli(login + QStringList{QStringLiteral("--auto-mfa")}, password + '\n');
    CHECK_OK(answered);
    QVERIFY2(!answered.json.value(QLatin1String("AuthenticationResult"))
                  .toObject()
                  .value(QLatin1String("AccessToken"))
                  .toString()
                  .isEmpty(),
             answered.out.constData());
}

void TestCliTesters::mfaCodeWithoutASecretExitsFour()
{
    const Run none = cli({QStringLiteral("mfa"), QStringLiteral("code"), m_user});
    QCOMPARE(none.exitCode, 4);
    QVERIFY(none.out.isEmpty());
    QVERIFY2(none.errText().contains(QLatin1String("mfa enrol")), none.err.constData());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestCliTesters test;
    return test::execForServer(&test, argc, argv);
}

#include "tst_cli_testers.moc"
