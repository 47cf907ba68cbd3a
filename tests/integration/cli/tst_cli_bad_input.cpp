#include "clirunner.h"
#include "support/localstack.h"

#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;
using test::Run;

// Bad input through the CLI: every service refusal is "<__type>: <message>" on stderr with
// exit 1 and nothing on stdout; usage errors exit 2 with a hint; secrets given as option
// values are refused before anything is sent. Plus paging over more than 1,000 users.
class TestCliBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void serviceErrors_data();
    void serviceErrors();
    void expiredOrInvalidSession_simOnly_cognitoLocalIgnoresSession();
    void throttlingAfterRetries_simOnly_cognitoLocalNeverThrottles();
    void usageErrors_data();
    void usageErrors();
    void pagesThroughOver1000Users_simOnly_cognitoLocalNeverPages();

private:
    bool isSim() const { return m_runner.stack().kind == QLatin1String("cognito-sim"); }
    QJsonObject postToSim(const QUrl &endpoint, const QString &path, const QJsonObject &body);

    test::CliRunner m_runner;
    QString m_passwordOnlyClient; // a client without USER_PASSWORD_AUTH: SRP and refresh only
};

namespace {
QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *item : list)
        out.append(QString::fromUtf8(item));
    return out;
}
} // namespace

void TestCliBadInput::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_runner = test::CliRunner(*stack);
    m_runner.setPool(stack->userPoolId());
    m_runner.setClient(stack->clientId(QStringLiteral("demo-web")));
    // A client created without ExplicitAuthFlows allows only SRP, refresh and custom auth.
    const Run client = m_runner.cli({QStringLiteral("client"), QStringLiteral("create"),
                                     QStringLiteral("no-password-flow-%1")
                                         .arg(QRandomGenerator::global()->generate() % 100000)});
    QVERIFY2(client.exitCode == 0, client.err.constData());
    m_passwordOnlyClient = client.json.value(QLatin1String("UserPoolClient"))
                               .toObject()
                               .value(QLatin1String("ClientId"))
                               .toString();
}

void TestCliBadInput::serviceErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<bool>("simOnly");

    QTest::newRow("unknown-user") << args({"user", "get", "nobody-at-all"}) << QByteArray()
                                  << "UserNotFoundException"
                                  << "User does not exist" << false;
    QTest::newRow("username-exists") << args({"user", "create", "alice", "--suppress-message"})
                                     << QByteArray() << "UsernameExistsException"
                                     << "exists" << false;
    QTest::newRow("invalid-filter") << args({"user", "list", "--filter", "email ~ \"a\""})
                                    << QByteArray() << "InvalidParameterException"
                                    << "filter" << false;
    QTest::newRow("unknown-group")
        << args({"group", "get", "no-such-group"}) << QByteArray() << "ResourceNotFoundException"
        << "" << false;
    // The rows below test what cognito-local lacks: against it they are not made.
    if (isSim())
        QTest::newRow("wrong-password (sim only: cognito-local answers InvalidPasswordException)")
            << args({"auth", "login", "alice", "--password-stdin"}) << QByteArray("Wr0ng!pass\n")
            << "NotAuthorizedException"
            << "Incorrect username or password" << true;
    if (isSim())
        QTest::newRow("password-policy (sim only: cognito-local has no password policy)")
            << args({"user", "set-password", "bob", "--password-stdin", "--permanent"})
            << QByteArray("short\n") << "InvalidPasswordException"
            << "Password" << true;
    if (isSim())
        QTest::newRow(
            "flow-not-enabled (sim only: cognito-local does not enforce ExplicitAuthFlows)")
            << args({"--client-id", "@no-password-flow", "auth", "login", "alice",
                     "--password-stdin"})
            << QByteArray("Passw0rd!demo\n") << "InvalidParameterException"
            << "not enabled" << true;
    if (isSim())
        QTest::newRow("missing-secret-hash (sim only: cognito-local does not check SECRET_HASH)")
            << args({"--client-id", "@demo-backend", "auth", "login", "alice", "--password-stdin"})
            << QByteArray("Passw0rd!demo\n") << "NotAuthorizedException"
            << "secret was not received" << true;
}

void TestCliBadInput::serviceErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, type);
    QFETCH(QString, messagePart);
    QFETCH(bool, simOnly);
    QVERIFY(!simOnly || isSim());
    for (QString &argument : arguments) {
        if (argument == QLatin1String("@no-password-flow"))
            argument = m_passwordOnlyClient;
        else if (argument == QLatin1String("@demo-backend"))
            argument = m_runner.stack().clientId(QStringLiteral("demo-backend"));
    }
    const Run run = m_runner.cli(arguments, input);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(type.toUtf8() + ": "), run.err.constData());
    QVERIFY2(run.errText().contains(messagePart, Qt::CaseInsensitive), run.err.constData());
    QVERIFY2(run.out.isEmpty(), run.out.constData());
}

void TestCliBadInput::expiredOrInvalidSession_simOnly_cognitoLocalIgnoresSession()
{
    // cognito-local answers NEW_PASSWORD_REQUIRED whatever the Session says (and would
    // change the password), so this runs against cognito-sim only.
    const QString username =
        QStringLiteral("session-%1").arg(QRandomGenerator::global()->generate() % 1000000);
    const Run created = m_runner.cli(
        {QStringLiteral("user"), QStringLiteral("create"), username,
         QStringLiteral("--temporary-password-stdin"), QStringLiteral("--suppress-message"),
         QStringLiteral("--attribute"), QStringLiteral("email=%1@example.com").arg(username)},
        "T3mporary!pass\n");
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const Run challenged = m_runner.cli({QStringLiteral("auth"), QStringLiteral("login"), username,
                                         QStringLiteral("--password-stdin")},
                                        "T3mporary!pass\n");
    QCOMPARE(challenged.exitCode, 3);
    const QString session = challenged.json.value(QLatin1String("Session")).toString();
    const auto respond = [&](const QString &withSession) {
        return m_runner.cli({QStringLiteral("auth"), QStringLiteral("respond"),
                             QStringLiteral("new-password"), username, QStringLiteral("--session"),
                             withSession, QStringLiteral("--new-password-stdin")},
                            "N3w!Password-x\n");
    };
    for (const QString &bad : {QStringLiteral("not-a-session"), session + QLatin1String("x")}) {
        const Run refused = respond(bad);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.startsWith("NotAuthorizedException: "), refused.err.constData());
        QVERIFY2(refused.errText().contains(QLatin1String("session"), Qt::CaseInsensitive),
                 refused.err.constData());
        QVERIFY(refused.out.isEmpty());
    }
    const Run answered = respond(session);
    QVERIFY2(answered.exitCode == 0, answered.err.constData());
    // A session is good for one answer only.
    const Run again = respond(session);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.startsWith("NotAuthorizedException: "), again.err.constData());
}

QJsonObject TestCliBadInput::postToSim(const QUrl &endpoint, const QString &path,
                                       const QJsonObject &body)
{
    QNetworkAccessManager network;
    QUrl url = endpoint;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(120000);
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

void TestCliBadInput::throttlingAfterRetries_simOnly_cognitoLocalNeverThrottles()
{
    // A private sim, so that its fault knob cannot disturb the tests sharing the fixture's.
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state.json"));
    const QString localStack = qEnvironmentVariable("COGNITO_DESK_LOCAL_STACK");
    QProcess start;
    start.start(localStack + QLatin1String("/start-server"),
                {QStringLiteral("--kind"), QStringLiteral("cognito-sim"),
                 QStringLiteral("--state-file"), state, QStringLiteral("--seed"),
                 QStringLiteral("demo")});
    QVERIFY(start.waitForFinished(60000));
    QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
    const auto stop = qScopeGuard([&] {
        QProcess::execute(localStack + QLatin1String("/stop-server"),
                          {QStringLiteral("--state-file"), state});
    });
    const QUrl endpoint(QString::fromUtf8(start.readAllStandardOutput()).trimmed());
    QFile stateFile(state);
    QVERIFY(stateFile.open(QIODevice::ReadOnly));
    const QJsonObject seed = QJsonDocument::fromJson(stateFile.readAll())
                                 .object()
                                 .value(QLatin1String("seed"))
                                 .toObject();
    const QJsonObject knobs =
        postToSim(endpoint, QStringLiteral("/_sim/knobs"),
                  {{QStringLiteral("faults"), QJsonObject{{QStringLiteral("throttle"), 1}}},
                   {QStringLiteral("faultOps"), QJsonArray{QStringLiteral("ListUsers")}}});
    QVERIFY2(!knobs.isEmpty(), "the sim's knobs did not answer");

    QProcessEnvironment environment = m_runner.stack().environment();
    environment.insert(QStringLiteral("COGNITO_DESK_ENDPOINT_URL"), endpoint.toString());
    environment.insert(QStringLiteral("COGNITO_DESK_USER_POOL_ID"),
                       seed.value(QLatin1String("userPoolId")).toString());
    const auto run = test::runProcess(
        test::cliPath(),
        {QStringLiteral("--verbose"), QStringLiteral("user"), QStringLiteral("list")}, environment,
        {}, 120000);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    // --verbose shows each retry with its request id, then the error.
    QVERIFY2(run.err.contains("ListUsers: attempt 1 failed (TooManyRequestsException, HTTP 400, "
                              "request id "),
             run.err.constData());
    const qsizetype lastRetry = run.err.lastIndexOf("retrying in");
    QVERIFY2(lastRetry > 0, run.err.constData());
    QVERIFY2(run.err.indexOf("\nTooManyRequestsException: ") > lastRetry, run.err.constData());
    QVERIFY(run.out.isEmpty());
    // It was retried before giving up.
    const auto stats = postToSim(endpoint, QStringLiteral("/_sim/knobs"), {});
    const int throttled = stats.value(QLatin1String("stats"))
                              .toObject()
                              .value(QLatin1String("faults"))
                              .toObject()
                              .value(QLatin1String("throttle"))
                              .toInt();
    QVERIFY2(throttled > 1, qPrintable(QStringLiteral("throttled %1 time(s)").arg(throttled)));
}

void TestCliBadInput::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown-group") << args({"frobnicate", "list"}) << "frobnicate";
    QTest::newRow("unknown-command") << args({"user", "explode"}) << "user has:";
    QTest::newRow("missing-argument") << args({"user", "get"}) << "usage: user get USERNAME";
    QTest::newRow("unknown-option") << args({"user", "list", "--bogus"}) << "--bogus";
    QTest::newRow("limit-out-of-range") << args({"user", "list", "--limit", "0"}) << "--limit";
    QTest::newRow("password-as-option")
        << args({"auth", "login", "alice", "--password", "Passw0rd!demo"}) << "--password-stdin";
    QTest::newRow("password-as-option-with-equals")
        << args({"user", "set-password", "bob", "--password=Passw0rd!demo"}) << "--password-stdin";
    QTest::newRow("temporary-password-as-option")
        << args({"user", "create", "x", "--temporary-password", "T3mp!pass"})
        << "--temporary-password-stdin";
    QTest::newRow("new-password-as-option")
        << args({"auth", "respond", "new-password", "carol", "--session", "s", "--new-password",
                 "N3w!pass"})
        << "--new-password-stdin";
    QTest::newRow("refresh-token-as-option")
        << args({"auth", "refresh", "alice", "--refresh-token", "abc"}) << "--refresh-token-stdin";
    QTest::newRow("stdin-ended-early")
        << args({"auth", "login", "alice", "--password-stdin"}) << "standard input";
    QTest::newRow("filter-and-where")
        << args({"user", "list", "--filter", "a = \"b\"", "--where", "email=x"}) << "--where";
    QTest::newRow("unsearchable-attribute")
        << args({"user", "list", "--where", "custom:department=IT"}) << "custom:department";
    QTest::newRow("bad-flow") << args({"auth", "login", "alice", "--password-stdin", "--flow",
                                       "magic"})
                              << "--flow";
    QTest::newRow("bad-output") << args({"--output", "xml", "pool", "list"}) << "--output";
}

void TestCliBadInput::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = m_runner.cli(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(mentions), run.err.constData());
    QVERIFY2(run.errText().contains(QLatin1String("--help")), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCliBadInput::pagesThroughOver1000Users_simOnly_cognitoLocalNeverPages()
{
    const Run pool = m_runner.cli(
        {QStringLiteral("pool"), QStringLiteral("create"),
         QStringLiteral("paging-%1").arg(QRandomGenerator::global()->generate() % 100000)});
    QVERIFY2(pool.exitCode == 0, pool.err.constData());
    const QString poolId =
        pool.json.value(QLatin1String("UserPool")).toObject().value(QLatin1String("Id")).toString();
    test::CliRunner runner = m_runner;
    runner.setPool(poolId);
    const auto cleanup = qScopeGuard([&] {
        runner.cli({QStringLiteral("pool"), QStringLiteral("delete"), poolId});
    });

    const int count = 1234;
    const QJsonObject seeded =
        postToSim(m_runner.stack().endpoint, QStringLiteral("/_sim/seed-users"),
                  {{QStringLiteral("UserPoolId"), poolId},
                   {QStringLiteral("count"), count},
                   {QStringLiteral("prefix"), QStringLiteral("bulk")}});
    QCOMPARE(seeded.value(QLatin1String("created")).toInt(), count);

    const Run all =
        runner.cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--all")});
    QVERIFY2(all.exitCode == 0, all.err.constData());
    const QJsonArray users = all.json.value(QLatin1String("Users")).toArray();
    QCOMPARE(users.size(), count);
    QVERIFY(!all.json.contains(QLatin1String("PaginationToken")));
    QSet<QString> names;
    for (const QJsonValue &user : users)
        names.insert(user.toObject().value(QLatin1String("Username")).toString());
    QCOMPARE(names.size(), count); // no page twice, none skipped

    // The AWS CLI pages through the same pool and agrees.
    const Run theirs = runner.aws(QStringLiteral("list-users"), {});
    QVERIFY2(theirs.exitCode == 0, theirs.err.constData());
    QSet<QString> theirNames;
    for (const QJsonValue &user : theirs.json.value(QLatin1String("Users")).toArray())
        theirNames.insert(user.toObject().value(QLatin1String("Username")).toString());
    QCOMPARE(theirNames, names);

    // Without --all: one page of at most 60, with the token to continue.
    const Run first = runner.cli({QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(first.json.value(QLatin1String("Users")).toArray().size(), 60);
    QVERIFY(!first.json.value(QLatin1String("PaginationToken")).toString().isEmpty());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestCliBadInput test;
    return test::execForServer(&test, argc, argv);
}
#include "tst_cli_bad_input.moc"
