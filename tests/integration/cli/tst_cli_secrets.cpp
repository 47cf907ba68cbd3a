#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "support/fakehttpserver.h"
#include "support/localstack.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <csignal>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using namespace cdesk;

// Secrets stay out of argv, terminals and files:
// - auth respond takes the session on stdin (--session S still works, with a warning);
//   api call refuses an Authorization --header; token decode warns about a TOKEN argument;
// - a secret typed at a terminal is not echoed, and the echo comes back afterwards, also
//   when the program is interrupted;
// - implicit-grant tokens that do not verify are refused with exit 5 and never printed;
// - a scripted session (profile with keys and a client secret, login --save, refresh, the
//   hosted UI's code grant, api call, set-password) under a fresh HOME and TMPDIR leaves
//   none of its secrets in any file there, on stderr, or in any child's command line.
class TestCliSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void respondTakesTheSessionOnStdin();
    void apiCallRefusesAnAuthorizationHeader_data();
    void apiCallRefusesAnAuthorizationHeader();
    void tokenArgumentWarns();
    void noEchoAtATerminal();
    void echoComesBackAfterAnInterrupt();
    void unverifiedImplicitTokensAreRefused_data();
    void unverifiedImplicitTokensAreRefused();
    void secretsScan();

private:
    // One child process: what it printed, and its /proc/PID/cmdline while it ran.
    struct Child
    {
        QStringList arguments;
        QByteArray cmdline;
        QByteArray out;
        QByteArray err;
        int exitCode = -1;
    };
    QProcessEnvironment cliEnvironment() const;
    QJsonObject createClient(const QString &name, const QJsonObject &extra);
    // Runs the CLI; the environment is scanEnvironment when set, cliEnvironment() otherwise.
    Child run(const QStringList &arguments, const QByteArray &input = {});
    static QByteArray procCmdline(qint64 pid);

    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    std::optional<QProcessEnvironment> m_scanEnvironment;
    QList<Child> m_children;
};

namespace {

QString randomName(const char *prefix)
{
    return QStringLiteral("%1-%2")
        .arg(QLatin1String(prefix))
        .arg(QRandomGenerator::global()->generate() % 1000000);
}

// A pseudo-terminal: the child's stdin is its slave side, the test types into the master.
struct Pty
{
    int master = -1;
    int slave = -1;
    bool open()
    {
        master = posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
            return false;
        const char *name = ptsname(master);
        slave = name ? ::open(name, O_RDWR | O_NOCTTY) : -1;
        return slave >= 0;
    }
    // Everything the terminal shows (what the line discipline echoed).
    QByteArray screen() const
    {
        QByteArray text;
        const int flags = fcntl(master, F_GETFL);
        fcntl(master, F_SETFL, flags | O_NONBLOCK);
        char buffer[4096];
        ssize_t got = 0;
        while ((got = ::read(master, buffer, sizeof buffer)) > 0)
            text.append(buffer, got);
        fcntl(master, F_SETFL, flags);
        return text;
    }
    bool echoOn() const
    {
        termios state{};
        return tcgetattr(slave, &state) == 0 && (state.c_lflag & ECHO) != 0;
    }
    ~Pty()
    {
        if (slave >= 0)
            ::close(slave);
        if (master >= 0)
            ::close(master);
    }
};

} // namespace

void TestCliSecrets::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_stack = *stack;
    auto connection = m_stack.connect();
    QVERIFY(connection);
    m_connection = connection.value();
}

QProcessEnvironment TestCliSecrets::cliEnvironment() const
{
    QProcessEnvironment environment = m_stack.environment();
    environment.insert(QStringLiteral("COGNITO_DESK_ENDPOINT_URL"), m_stack.endpoint.toString());
    environment.insert(QStringLiteral("COGNITO_DESK_USER_POOL_ID"), m_stack.userPoolId());
    return environment;
}

QJsonObject TestCliSecrets::createClient(const QString &name, const QJsonObject &extra)
{
    QJsonObject request{{QStringLiteral("UserPoolId"), m_stack.userPoolId()},
                        {QStringLiteral("ClientName"), name}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        request.insert(it.key(), it.value());
    const auto created = aws::await(
        m_connection->identityProvider()->call(QStringLiteral("CreateUserPoolClient"), request));
    if (!created)
        qWarning() << created.error().toString();
    return created ? created.value().value(QLatin1String("UserPoolClient")).toObject()
                   : QJsonObject();
}

QByteArray TestCliSecrets::procCmdline(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

TestCliSecrets::Child TestCliSecrets::run(const QStringList &arguments, const QByteArray &input)
{
    Child child;
    child.arguments = arguments;
    QProcess process;
    process.setProcessEnvironment(m_scanEnvironment ? *m_scanEnvironment : cliEnvironment());
    process.start(test::cliPath(), arguments);
    if (!process.waitForStarted(30000))
        return child;
    // Read while it waits for its stdin (still open), so that it is surely alive.
    child.cmdline = procCmdline(process.processId());
    process.write(input);
    process.closeWriteChannel();
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    child.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    child.out = process.readAllStandardOutput();
    child.err = process.readAllStandardError();
    m_children.append(child);
    return child;
}

void TestCliSecrets::respondTakesTheSessionOnStdin()
{
    const QString clientId = m_stack.clientId(QStringLiteral("demo-web"));
    const QStringList client{QStringLiteral("--client-id"), clientId};
    for (const bool fromStdin : {true, false}) {
        const QString username = randomName("respond");
        const QByteArray temporary = "Temp-" + randomName("pw").toLatin1() + "!Aa1";
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("create"), username,
                      QStringLiteral("--temporary-password-stdin"),
                      QStringLiteral("--suppress-message"), QStringLiteral("--attribute"),
                      QStringLiteral("email=%1@example.com").arg(username)},
                     temporary + '\n')
                     .exitCode,
                 0);
        const Child challenged =
            run(client + QStringList{QStringLiteral("auth"), QStringLiteral("login"), username,
                                     QStringLiteral("--password-stdin")},
                temporary + '\n');
        QCOMPARE(challenged.exitCode, 3);
        const QString session = QJsonDocument::fromJson(challenged.out)
                                    .object()
                                    .value(QLatin1String("Session"))
                                    .toString();
        QVERIFY(!session.isEmpty());
        const QByteArray newPassword = "New-" + randomName("pw").toLatin1() + "!Aa1";
        QStringList arguments =
            client + QStringList{QStringLiteral("auth"), QStringLiteral("respond"),
                                 QStringLiteral("new-password"), username};
        QByteArray input;
        if (fromStdin) {
            // The order of the -stdin options is the order of the lines.
            arguments << QStringLiteral("--session-stdin")
                      << QStringLiteral("--new-password-stdin");
            input = session.toLatin1() + '\n' + newPassword + '\n';
        } else {
            arguments << QStringLiteral("--session") << session
                      << QStringLiteral("--new-password-stdin");
            input = newPassword + '\n';
        }
        const Child answered = run(arguments, input);
        QVERIFY2(answered.exitCode == 0, answered.err.constData());
        QVERIFY(QJsonDocument::fromJson(answered.out)
                    .object()
                    .value(QLatin1String("AuthenticationResult"))
                    .isObject());
        QCOMPARE(answered.err.contains("--session-stdin"), !fromStdin);
    }
    // Both, or neither: a usage error.
    const Child neither =
        run(client + QStringList{QStringLiteral("auth"), QStringLiteral("respond"),
                                 QStringLiteral("mfa"), QStringLiteral("u"),
                                 QStringLiteral("--code"), QStringLiteral("1")});
    QCOMPARE(neither.exitCode, 2);
    const Child both = run(client + QStringList{QStringLiteral("auth"), QStringLiteral("respond"),
                                                QStringLiteral("mfa"), QStringLiteral("u"),
                                                QStringLiteral("--code"), QStringLiteral("1"),
                                                QStringLiteral("--session"), QStringLiteral("s"),
                                                QStringLiteral("--session-stdin")},
                           "s\n");
    QCOMPARE(both.exitCode, 2);
}

void TestCliSecrets::apiCallRefusesAnAuthorizationHeader_data()
{
    QTest::addColumn<QString>("header");
    QTest::newRow("authorization") << QStringLiteral("Authorization: Bearer eyJsecret");
    QTest::newRow("lower-case") << QStringLiteral("authorization:eyJsecret");
    QTest::newRow("proxy") << QStringLiteral("Proxy-Authorization: Basic c2VjcmV0");
}

void TestCliSecrets::apiCallRefusesAnAuthorizationHeader()
{
    QFETCH(QString, header);
    test::FakeHttpServer api;
    const Child refused = run({QStringLiteral("api"), QStringLiteral("call"), api.url().toString(),
                               QStringLiteral("--header"), header});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--token-stdin"), refused.err.constData());
    QVERIFY(api.requests().isEmpty()); // nothing was sent
    // Other headers still go through.
    const Child other = run({QStringLiteral("api"), QStringLiteral("call"), api.url().toString(),
                             QStringLiteral("--header"), QStringLiteral("X-Trace: 1")});
    QVERIFY2(other.exitCode == 0, other.err.constData());
    QCOMPARE(api.requests().size(), 1);
    QCOMPARE(api.requests().first().header("x-trace"), QByteArray("1"));
}

void TestCliSecrets::tokenArgumentWarns()
{
    const QByteArray token = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2ln";
    const Child argument =
        run({QStringLiteral("token"), QStringLiteral("decode"), QString::fromLatin1(token)});
    QCOMPARE(argument.exitCode, 0);
    QVERIFY2(argument.err.contains("Warning"), argument.err.constData());
    const Child piped = run({QStringLiteral("token"), QStringLiteral("decode")}, token + '\n');
    QCOMPARE(piped.exitCode, 0);
    QVERIFY2(piped.err.isEmpty(), piped.err.constData());
    QCOMPARE(QJsonDocument::fromJson(piped.out).object().value(QLatin1String("claims")),
             QJsonValue(QJsonObject{{QStringLiteral("sub"), QStringLiteral("x")}}));
}

void TestCliSecrets::noEchoAtATerminal()
{
    Pty pty;
    QVERIFY(pty.open());
    QVERIFY(pty.echoOn());
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    const int slave = pty.slave;
    process.setChildProcessModifier([slave] { ::dup2(slave, STDIN_FILENO); });
    // Any command that reads a secret; this one then fails to connect, which is fine.
    process.start(test::cliPath(),
                  {QStringLiteral("--endpoint-url"), QStringLiteral("http://127.0.0.1:1"),
                   QStringLiteral("--client-id"), QStringLiteral("c"), QStringLiteral("auth"),
                   QStringLiteral("login"), QStringLiteral("alice"),
                   QStringLiteral("--password-stdin")});
    QVERIFY(process.waitForStarted(30000));
    QByteArray err;
    // The prompt comes once the echo is off: only then is it safe to type.
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     err += process.readAllStandardError();
                     return err.contains("--password-stdin:");
                 },
                 30000),
             err.constData());
    QVERIFY(!pty.echoOn());
    const QByteArray typed = "typed-" + randomName("secret").toLatin1();
    QCOMPARE(::write(pty.master, typed.constData(), typed.size()), ssize_t(typed.size()));
    QCOMPARE(::write(pty.master, "\n", 1), ssize_t(1));
    QVERIFY(process.waitForFinished(60000));
    QVERIFY(process.exitCode() != 0); // nobody at 127.0.0.1:1
    const QByteArray screen = pty.screen();
    QVERIFY2(!screen.contains(typed), screen.constData());
    QVERIFY(pty.echoOn());
}

void TestCliSecrets::echoComesBackAfterAnInterrupt()
{
    for (const int signalNumber : {SIGINT, SIGTERM}) {
        Pty pty;
        QVERIFY(pty.open());
        QProcess process;
        process.setProcessEnvironment(cliEnvironment());
        const int slave = pty.slave;
        process.setChildProcessModifier([slave] { ::dup2(slave, STDIN_FILENO); });
        process.start(test::cliPath(),
                      {QStringLiteral("--client-id"), QStringLiteral("c"), QStringLiteral("auth"),
                       QStringLiteral("login"), QStringLiteral("alice"),
                       QStringLiteral("--password-stdin")});
        QVERIFY(process.waitForStarted(30000));
        QByteArray err;
        QVERIFY(QTest::qWaitFor(
            [&] {
                err += process.readAllStandardError();
                return err.contains("--password-stdin:");
            },
            30000));
        QVERIFY(!pty.echoOn());
        ::kill(pid_t(process.processId()), signalNumber);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit); // the signal still ended it
        QVERIFY2(pty.echoOn(), "the terminal was left without echo");
    }
}

void TestCliSecrets::unverifiedImplicitTokensAreRefused_data()
{
    QTest::addColumn<bool>("withIdToken");
    // The finding: a correct state and access_token=not.a.jwt used to be printed, exit 0.
    QTest::newRow("no-id-token") << false;
    // An ID token with the right nonce, but no signature anyone can check.
    QTest::newRow("unsigned-id-token-with-the-nonce") << true;
}

void TestCliSecrets::unverifiedImplicitTokensAreRefused()
{
    QFETCH(bool, withIdToken);
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const QString redirect = QStringLiteral("http://127.0.0.1:%1/callback").arg(port);
    const QJsonObject client = createClient(
        randomName("implicit"),
        {{QStringLiteral("CallbackURLs"), QJsonArray{redirect}},
         {QStringLiteral("AllowedOAuthFlows"), QJsonArray{QStringLiteral("implicit")}},
         {QStringLiteral("AllowedOAuthScopes"),
          QJsonArray{QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile")}},
         {QStringLiteral("AllowedOAuthFlowsUserPoolClient"), true},
         {QStringLiteral("SupportedIdentityProviders"), QJsonArray{QStringLiteral("COGNITO")}}});
    QVERIFY(!client.isEmpty());

    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.start(test::cliPath(),
                  {QStringLiteral("--client-id"),
                   client.value(QLatin1String("ClientId")).toString(), QStringLiteral("auth"),
                   QStringLiteral("hosted-ui"), QStringLiteral("--grant"),
                   QStringLiteral("implicit"), QStringLiteral("--no-browser"),
                   QStringLiteral("--timeout"), QStringLiteral("60")});
    QVERIFY(process.waitForStarted(30000));
    QByteArray err;
    QRegularExpressionMatch authorize;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     err += process.readAllStandardError();
                     authorize = QRegularExpression(
                                     QStringLiteral("^(https?://\\S+/oauth2/authorize\\?\\S+)$"),
                                     QRegularExpression::MultilineOption)
                                     .match(QString::fromUtf8(err));
                     return authorize.hasMatch() || process.state() == QProcess::NotRunning;
                 },
                 30000) &&
                 authorize.hasMatch(),
             err.constData());
    const QUrlQuery query(QUrl(authorize.captured(1)));
    const QByteArray state = query.queryItemValue(QStringLiteral("state")).toLatin1();
    const QByteArray nonce = query.queryItemValue(QStringLiteral("nonce")).toLatin1();

    // What the capture page would post: right state, tokens nobody signed.
    QByteArray form = "access_token=not.a.jwt&token_type=Bearer&expires_in=3600&state=" + state;
    if (withIdToken) {
        const auto part = [](const QJsonObject &object) {
            return QJsonDocument(object)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const QByteArray idToken = part({{QStringLiteral("alg"), QStringLiteral("RS256")},
                                         {QStringLiteral("kid"), QStringLiteral("forged")}}) +
                                   '.' +
                                   part({{QStringLiteral("token_use"), QStringLiteral("id")},
                                         {QStringLiteral("nonce"), QString::fromLatin1(nonce)},
                                         {QStringLiteral("exp"), 4'000'000'000LL}}) +
                                   ".c2ln";
        form += "&id_token=" + idToken;
    }
    QNetworkAccessManager browser;
    QNetworkRequest request{QUrl(redirect)};
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/x-www-form-urlencoded"));
    QNetworkReply *reply = browser.post(request, form);
    QSignalSpy posted(reply, &QNetworkReply::finished);
    QVERIFY(posted.wait(30000));
    reply->deleteLater();

    QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
    err += process.readAllStandardError();
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY2(process.exitCode() == 5, err.constData());
    QVERIFY2(err.contains("TokenRejected"), err.constData());
    QVERIFY2(!out.contains("not.a.jwt"), out.constData());
    QVERIFY(out.isEmpty());
}

void TestCliSecrets::secretsScan()
{
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString home = scratch.filePath(QStringLiteral("home"));
    const QString temp = scratch.filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkpath(home) && QDir().mkpath(temp));
    // Keys come from the profile's keychain entry, not from the environment.
    QProcessEnvironment environment = m_stack.environment();
    environment.remove(QStringLiteral("AWS_ACCESS_KEY_ID"));
    environment.remove(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("TMPDIR"), temp);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    m_scanEnvironment = environment;
    m_children.clear();
    const auto cleanup = qScopeGuard([this] { m_scanEnvironment.reset(); });

    QByteArrayList secrets{m_stack.credentials.secretAccessKey.toLatin1()};
    const auto keep = [&secrets](const QByteArray &secret) {
        if (!secret.isEmpty())
            secrets.append(secret);
    };

    // A client with a secret, the code grant, and a loopback callback on a free port.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const QString redirect = QStringLiteral("http://127.0.0.1:%1/callback").arg(port);
    const QJsonObject client = createClient(
        randomName("scan"),
        {{QStringLiteral("GenerateSecret"), true},
         {QStringLiteral("CallbackURLs"), QJsonArray{redirect}},
         {QStringLiteral("AllowedOAuthFlows"), QJsonArray{QStringLiteral("code")}},
         {QStringLiteral("AllowedOAuthScopes"),
          QJsonArray{QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile")}},
         {QStringLiteral("AllowedOAuthFlowsUserPoolClient"), true},
         {QStringLiteral("SupportedIdentityProviders"), QJsonArray{QStringLiteral("COGNITO")}},
         {QStringLiteral("ExplicitAuthFlows"),
          QJsonArray{QStringLiteral("ALLOW_USER_PASSWORD_AUTH"),
                     QStringLiteral("ALLOW_REFRESH_TOKEN_AUTH")}}});
    const QString clientId = client.value(QLatin1String("ClientId")).toString();
    const QByteArray clientSecret =
        client.value(QLatin1String("ClientSecret")).toString().toLatin1();
    QVERIFY(!clientId.isEmpty() && !clientSecret.isEmpty());
    keep(clientSecret);

    const auto ok = [](const Child &child) {
        return child.exitCode == 0 ? QByteArray() : child.err + child.out;
    };
    const auto tokensOf = [&keep](const Child &child) {
        QJsonObject object = QJsonDocument::fromJson(child.out).object();
        if (object.contains(QLatin1String("AuthenticationResult")))
            object = object.value(QLatin1String("AuthenticationResult")).toObject();
        for (const char *name : {"IdToken", "AccessToken", "RefreshToken", "id_token",
                                 "access_token", "refresh_token"})
            keep(object.value(QLatin1String(name)).toString().toLatin1());
        return object;
    };

    // 1. The profile: its secret key and the client secret go to the keychain.
    Child child =
        run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("scan"),
             QStringLiteral("--region"), m_stack.region, QStringLiteral("--endpoint-url"),
             m_stack.endpoint.toString(), QStringLiteral("--user-pool-id"), m_stack.userPoolId(),
             QStringLiteral("--client-id"), clientId, QStringLiteral("--access-key-id"),
             m_stack.credentials.accessKeyId, QStringLiteral("--secret-access-key-stdin"),
             QStringLiteral("--client-secret-stdin")},
            m_stack.credentials.secretAccessKey.toLatin1() + '\n' + clientSecret + '\n');
    QVERIFY2(child.exitCode == 0, ok(child).constData());
    const QStringList profile{QStringLiteral("--profile"), QStringLiteral("scan")};

    // 2. A user, and a permanent password set for it.
    const QString username = randomName("scan");
    const QByteArray temporary = "Tmp-" + randomName("pw").toLatin1() + "!Aa1";
    const QByteArray password = "Pw-" + randomName("pw").toLatin1() + "!Aa1";
    keep(temporary);
    keep(password);
    child = run(profile + QStringList{QStringLiteral("user"), QStringLiteral("create"), username,
                                      QStringLiteral("--temporary-password-stdin"),
                                      QStringLiteral("--suppress-message"),
                                      QStringLiteral("--attribute"),
                                      QStringLiteral("email=%1@example.com").arg(username)},
                temporary + '\n');
    QVERIFY2(child.exitCode == 0, ok(child).constData());
    child = run(profile + QStringList{QStringLiteral("user"), QStringLiteral("set-password"),
                                      username, QStringLiteral("--password-stdin"),
                                      QStringLiteral("--permanent")},
                password + '\n');
    QVERIFY2(child.exitCode == 0, ok(child).constData());

    // 3. Login with --save, then a refresh.
    child = run(profile + QStringList{QStringLiteral("auth"), QStringLiteral("login"), username,
                                      QStringLiteral("--password-stdin"), QStringLiteral("--save")},
                password + '\n');
    QVERIFY2(child.exitCode == 0, ok(child).constData());
    const QJsonObject login = tokensOf(child);
    const QByteArray refreshToken =
        login.value(QLatin1String("RefreshToken")).toString().toLatin1();
    QVERIFY(!refreshToken.isEmpty());
    child = run(profile + QStringList{QStringLiteral("auth"), QStringLiteral("refresh"), username,
                                      QStringLiteral("--refresh-token-stdin")},
                refreshToken + '\n');
    QVERIFY2(child.exitCode == 0, ok(child).constData());
    tokensOf(child);

    // 4. The hosted UI, code grant: the CLI waits, the "browser" signs in at the sim.
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        const QStringList arguments =
            profile + QStringList{QStringLiteral("auth"),         QStringLiteral("hosted-ui"),
                                  QStringLiteral("--no-browser"), QStringLiteral("--save"),
                                  QStringLiteral("--timeout"),    QStringLiteral("60")};
        process.start(test::cliPath(), arguments);
        QVERIFY(process.waitForStarted(30000));
        Child hosted;
        hosted.arguments = arguments;
        hosted.cmdline = procCmdline(process.processId());
        QRegularExpressionMatch authorize;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         hosted.err += process.readAllStandardError();
                         authorize =
                             QRegularExpression(
                                 QStringLiteral("^(https?://\\S+/oauth2/authorize\\?\\S+)$"),
                                 QRegularExpression::MultilineOption)
                                 .match(QString::fromUtf8(hosted.err));
                         return authorize.hasMatch() || process.state() == QProcess::NotRunning;
                     },
                     30000) &&
                     authorize.hasMatch(),
                 hosted.err.constData());
        QUrlQuery form(QUrl(authorize.captured(1)));
        form.addQueryItem(QStringLiteral("username"), username);
        form.addQueryItem(QStringLiteral("password"), QString::fromLatin1(password));
        QUrl loginUrl(authorize.captured(1));
        loginUrl.setPath(QStringLiteral("/login"));
        loginUrl.setQuery(QString());
        QNetworkAccessManager browser;
        QNetworkRequest request(loginUrl);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
        QByteArray body;
        for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
            body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(key) + '=' +
                    QUrl::toPercentEncoding(value);
        QNetworkReply *reply = browser.post(request, body);
        QSignalSpy signedIn(reply, &QNetworkReply::finished);
        QVERIFY(signedIn.wait(30000));
        const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        reply->deleteLater();
        QVERIFY2(location.toString().startsWith(redirect), qPrintable(location.toString()));
        keep(QUrlQuery(location).queryItemValue(QStringLiteral("code")).toLatin1());
        QNetworkReply *delivered = browser.get(QNetworkRequest(location));
        QSignalSpy received(delivered, &QNetworkReply::finished);
        QVERIFY(received.wait(30000));
        delivered->deleteLater();
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
        hosted.exitCode = process.exitCode();
        hosted.out = process.readAllStandardOutput();
        hosted.err += process.readAllStandardError();
        m_children.append(hosted);
        QVERIFY2(hosted.exitCode == 0, hosted.err.constData());
        tokensOf(hosted);
    }

    // 5. api call with the saved session, and with a token on stdin.
    test::FakeHttpServer api;
    child = run(profile + QStringList{QStringLiteral("api"), QStringLiteral("call"),
                                      api.url().toString(), QStringLiteral("--as"), username});
    QVERIFY2(child.exitCode == 0, ok(child).constData());
    child = run(profile + QStringList{QStringLiteral("api"), QStringLiteral("call"),
                                      api.url().toString(), QStringLiteral("--token-stdin"),
                                      QStringLiteral("--bearer")},
                login.value(QLatin1String("AccessToken")).toString().toLatin1() + '\n');
    QVERIFY2(child.exitCode == 0, ok(child).constData());
    QCOMPARE(api.requests().size(), 2);
    QVERIFY(!api.requests().first().header("authorization").isEmpty());

    // The scan. At least: key, client secret, two passwords, three token sets, the code.
    QVERIFY2(secrets.size() >= 12, QByteArray::number(secrets.size()).constData());
    QStringList found;
    int files = 0;
    for (const QString &root : {home, temp}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray content = file.readAll();
            for (const QByteArray &secret : std::as_const(secrets))
                if (content.contains(secret))
                    found.append(file.fileName());
        }
    }
    QVERIFY2(files > 0, "the session wrote no files at all (no settings?)");
    int cmdlines = 0;
    for (const Child &each : std::as_const(m_children)) {
        if (!each.cmdline.isEmpty())
            ++cmdlines;
        const QByteArray argv = each.arguments.join(QLatin1Char('\0')).toUtf8();
        for (const QByteArray &secret : std::as_const(secrets)) {
            if (each.cmdline.contains(secret) || argv.contains(secret))
                found.append(
                    QStringLiteral("argv of %1").arg(each.arguments.join(QLatin1Char(' '))));
            if (each.err.contains(secret))
                found.append(
                    QStringLiteral("stderr of %1").arg(each.arguments.join(QLatin1Char(' '))));
        }
    }
    // The children that read stdin were surely alive when their cmdline was read.
    QVERIFY2(cmdlines >= 6, QByteArray::number(cmdlines).constData());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("\n"))));
}

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_cli_secrets.moc"
