#include "clirunner.h"
#include "support/localstack.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;
using test::Run;

// The seed workflows, each as a scripted cognito-desk-cli session against
// the server of this run (cognito-local or cognito-sim), with every step's effect checked
// through the AWS CLI on the same server, and state made by the AWS CLI read back by ours.
// Everything happens in a pool this test creates (through the CLI) and deletes.
class TestCliWorkflows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void poolDescribeShowsWhatCreateMade();
    void poolCreateOptionsReachTheService();
    void clientCreateUpdateKeepsConfiguration();
    void signUpThenAdminConfirm();
    void signUpThenConfirmWithCode();
    void temporaryPasswordThroughNewPasswordRequired();
    void adminRespondNewPassword_simOnly_cognitoLocalLacksAdminRespondToAuthChallenge();
    void setPermanentPasswordLetsUserLogIn();
    void loginPasswordAndAdminFlowsThenRefresh();
    void loginWithClientSecret();
    void loginSrp_simOnly_cognitoLocalLacksUserSrpAuth();
    void listFilterAndGetReadAwsCliUsers();
    void filterValuesAreEscaped_simOnly_cognitoLocalKeepsBackslashes();
    void disableEnableDelete();
    void updateAndDeleteAttributes();
    void groupsBothWays();
    void allPagesAndLimit();
    void csvImport_simOnly_cognitoLocalLacksImportJobs();
    void resetResendSignOut_simOnly_cognitoLocalLacksThem();
    void smsMfaChallenge_simOnly_cognitoLocalLacksAdminSetUserMFAPreference();

private:
    QString unique(const QString &stem) const;
    bool isSim() const { return m_runner.stack().kind == QLatin1String("cognito-sim"); }
    // Creates a confirmed user with a permanent password through the AWS CLI.
    void awsCreateConfirmedUser(const QString &username, const QString &email,
                                const QString &password);
    QString awsUserStatus(const QString &username, bool *enabled = nullptr);

    test::CliRunner m_runner;
    QString m_suffix;
    QString m_webClient;
    QString m_secretClient;
    QString m_secretClientSecret;
};

namespace {
const QByteArray initialPassword = "Init1al!Pass";
const QByteArray newPassword = "N3w!Password-x";

QByteArray line(const QByteArray &secret)
{
    return secret + '\n';
}

QString attributeValue(const QJsonArray &attributes, const QString &name, bool *found = nullptr)
{
    if (found)
        *found = false;
    for (const QJsonValue &attribute : attributes) {
        if (attribute.toObject().value(QLatin1String("Name")).toString() == name) {
            if (found)
                *found = true;
            return attribute.toObject().value(QLatin1String("Value")).toString();
        }
    }
    return {};
}

QStringList names(const QJsonArray &items, const char *key)
{
    QStringList list;
    for (const QJsonValue &item : items)
        list.append(item.toObject().value(QLatin1String(key)).toString());
    return list;
}
} // namespace

// Runs `expression` once and fails the test unless it exited 0.
#define CHECK_OK(expression)                                                                       \
    do {                                                                                           \
        const Run checked_ = (expression);                                                         \
        QVERIFY2(checked_.finished &&checked_.exitCode == 0, checked_.describe().constData());     \
    } while (false)

QString TestCliWorkflows::unique(const QString &stem) const
{
    return stem + QLatin1Char('-') + m_suffix;
}

void TestCliWorkflows::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_runner = test::CliRunner(*stack);
    m_suffix = QString::number(QRandomGenerator::global()->generate() % 1000000);

    const Run pool =
        m_runner.cli({QStringLiteral("pool"), QStringLiteral("create"),
                      QStringLiteral("cli-workflows-") + m_suffix,
                      QStringLiteral("--auto-verified-attributes"), QStringLiteral("email")});
    CHECK_OK(pool);
    const QString poolId =
        pool.json.value(QLatin1String("UserPool")).toObject().value(QLatin1String("Id")).toString();
    QVERIFY2(!poolId.isEmpty(), pool.out.constData());
    m_runner.setPool(poolId);

    const QString flows = QStringLiteral("ALLOW_USER_PASSWORD_AUTH,ALLOW_ADMIN_USER_PASSWORD_AUTH,"
                                         "ALLOW_REFRESH_TOKEN_AUTH,ALLOW_USER_SRP_AUTH");
    const Run web =
        m_runner.cli({QStringLiteral("client"), QStringLiteral("create"), QStringLiteral("web"),
                      QStringLiteral("--explicit-auth-flows"), flows});
    CHECK_OK(web);
    m_webClient = web.json.value(QLatin1String("UserPoolClient"))
                      .toObject()
                      .value(QLatin1String("ClientId"))
                      .toString();
    QVERIFY(!m_webClient.isEmpty());
    m_runner.setClient(m_webClient);

    const Run backend = m_runner.cli(
        {QStringLiteral("client"), QStringLiteral("create"), QStringLiteral("backend"),
         QStringLiteral("--generate-secret"), QStringLiteral("--explicit-auth-flows"), flows});
    CHECK_OK(backend);
    const QJsonObject backendClient =
        backend.json.value(QLatin1String("UserPoolClient")).toObject();
    m_secretClient = backendClient.value(QLatin1String("ClientId")).toString();
    m_secretClientSecret = backendClient.value(QLatin1String("ClientSecret")).toString();
    QVERIFY(!m_secretClientSecret.isEmpty());
}

void TestCliWorkflows::cleanupTestCase()
{
    if (m_runner.pool().isEmpty())
        return;
    const Run deleted =
        m_runner.cli({QStringLiteral("pool"), QStringLiteral("delete"), m_runner.pool()});
    CHECK_OK(deleted);
    QCOMPARE(deleted.json, QJsonObject());
    const Run described = m_runner.aws(QStringLiteral("describe-user-pool"), {});
    QVERIFY2(described.exitCode != 0, "the pool survived `pool delete`");
    QVERIFY2(described.err.contains("ResourceNotFoundException"), described.err.constData());
}

void TestCliWorkflows::awsCreateConfirmedUser(const QString &username, const QString &email,
                                              const QString &password)
{
    const Run created =
        m_runner.aws(QStringLiteral("admin-create-user"),
                     {QStringLiteral("--username"), username, QStringLiteral("--message-action"),
                      QStringLiteral("SUPPRESS"), QStringLiteral("--user-attributes"),
                      QStringLiteral("Name=email,Value=%1").arg(email),
                      QStringLiteral("Name=email_verified,Value=true")});
    CHECK_OK(created);
    const Run set =
        m_runner.aws(QStringLiteral("admin-set-user-password"),
                     {QStringLiteral("--username"), username, QStringLiteral("--password"),
                      password, QStringLiteral("--permanent")});
    CHECK_OK(set);
}

QString TestCliWorkflows::awsUserStatus(const QString &username, bool *enabled)
{
    const Run user =
        m_runner.aws(QStringLiteral("admin-get-user"), {QStringLiteral("--username"), username});
    if (user.exitCode != 0)
        return QString::fromUtf8(user.err).trimmed();
    if (enabled)
        *enabled = user.json.value(QLatin1String("Enabled")).toBool();
    return user.json.value(QLatin1String("UserStatus")).toString();
}

void TestCliWorkflows::poolDescribeShowsWhatCreateMade()
{
    const Run ours = m_runner.cli({QStringLiteral("pool"), QStringLiteral("describe")});
    CHECK_OK(ours);
    const Run theirs = m_runner.aws(QStringLiteral("describe-user-pool"), {});
    CHECK_OK(theirs);
    const QJsonObject pool = ours.json.value(QLatin1String("UserPool")).toObject();
    QCOMPARE(pool.value(QLatin1String("Id")).toString(), m_runner.pool());
    QCOMPARE(pool.value(QLatin1String("Name")).toString(),
             QStringLiteral("cli-workflows-") + m_suffix);
    QCOMPARE(pool.value(QLatin1String("AutoVerifiedAttributes")).toArray(),
             QJsonArray{QStringLiteral("email")});
    QCOMPARE(theirs.json.value(QLatin1String("UserPool")).toObject().value(QLatin1String("Name")),
             pool.value(QLatin1String("Name")));

    const Run table = m_runner.cli({QStringLiteral("--output"), QStringLiteral("table"),
                                    QStringLiteral("pool"), QStringLiteral("list")});
    CHECK_OK(table);
    QVERIFY2(table.out.contains(m_runner.pool().toUtf8()), table.out.constData());
    // Dates are readable in a table, not epoch seconds.
    QVERIFY2(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"))
                 .match(QString::fromUtf8(table.out))
                 .hasMatch(),
             table.out.constData());
}

void TestCliWorkflows::poolCreateOptionsReachTheService()
{
    const Run created =
        m_runner.cli({QStringLiteral("pool"), QStringLiteral("create"),
                      unique(QStringLiteral("email-pool")), QStringLiteral("--username-attributes"),
                      QStringLiteral("email"), QStringLiteral("--admin-create-user-only"),
                      QStringLiteral("--reply-to"), QStringLiteral("admin@example.com")});
    CHECK_OK(created);
    const QString poolId = created.json.value(QLatin1String("UserPool"))
                               .toObject()
                               .value(QLatin1String("Id"))
                               .toString();
    QVERIFY(!poolId.isEmpty());
    test::CliRunner other = m_runner;
    other.setPool(poolId);
    const Run described = other.aws(QStringLiteral("describe-user-pool"), {});
    CHECK_OK(described);
    const QJsonObject pool = described.json.value(QLatin1String("UserPool")).toObject();
    QCOMPARE(pool.value(QLatin1String("UsernameAttributes")).toArray(),
             QJsonArray{QStringLiteral("email")});
    QCOMPARE(pool.value(QLatin1String("AdminCreateUserConfig"))
                 .toObject()
                 .value(QLatin1String("AllowAdminCreateUserOnly"))
                 .toBool(),
             true);
    QCOMPARE(pool.value(QLatin1String("EmailConfiguration"))
                 .toObject()
                 .value(QLatin1String("ReplyToEmailAddress"))
                 .toString(),
             QStringLiteral("admin@example.com"));
    CHECK_OK(m_runner.cli({QStringLiteral("pool"), QStringLiteral("delete"), poolId}));
    const Run gone = other.aws(QStringLiteral("describe-user-pool"), {});
    QVERIFY2(gone.err.contains("ResourceNotFoundException"), gone.err.constData());
}

void TestCliWorkflows::clientCreateUpdateKeepsConfiguration()
{
    const Run created = m_runner.cli(
        {QStringLiteral("client"), QStringLiteral("create"), unique(QStringLiteral("spa")),
         QStringLiteral("--explicit-auth-flows"), QStringLiteral("ALLOW_USER_PASSWORD_AUTH"),
         QStringLiteral("--explicit-auth-flows"), QStringLiteral("ALLOW_REFRESH_TOKEN_AUTH"),
         QStringLiteral("--callback-url"), QStringLiteral("http://localhost:53682/callback"),
         QStringLiteral("--oauth-flows"), QStringLiteral("code"), QStringLiteral("--oauth-scopes"),
         QStringLiteral("openid,email")});
    CHECK_OK(created);
    const QString clientId = created.json.value(QLatin1String("UserPoolClient"))
                                 .toObject()
                                 .value(QLatin1String("ClientId"))
                                 .toString();
    QVERIFY(!clientId.isEmpty());

    // Change only the name: everything else must survive, although UpdateUserPoolClient
    // resets what a request leaves out.
    const Run updated =
        m_runner.cli({QStringLiteral("client"), QStringLiteral("update"), clientId,
                      QStringLiteral("--name"), unique(QStringLiteral("spa-renamed"))});
    CHECK_OK(updated);
    const Run described = m_runner.aws(QStringLiteral("describe-user-pool-client"),
                                       {QStringLiteral("--client-id"), clientId});
    CHECK_OK(described);
    const QJsonObject client = described.json.value(QLatin1String("UserPoolClient")).toObject();
    QCOMPARE(client.value(QLatin1String("ClientName")).toString(),
             unique(QStringLiteral("spa-renamed")));
    QCOMPARE(client.value(QLatin1String("CallbackURLs")).toArray(),
             QJsonArray{QStringLiteral("http://localhost:53682/callback")});
    QVERIFY(client.value(QLatin1String("ExplicitAuthFlows"))
                .toArray()
                .contains(QStringLiteral("ALLOW_USER_PASSWORD_AUTH")));
    QCOMPARE(client.value(QLatin1String("AllowedOAuthFlows")).toArray(),
             QJsonArray{QStringLiteral("code")});

    const Run listed = m_runner.cli({QStringLiteral("client"), QStringLiteral("list")});
    CHECK_OK(listed);
    QVERIFY(names(listed.json.value(QLatin1String("UserPoolClients")).toArray(), "ClientId")
                .contains(clientId));
    CHECK_OK(m_runner.cli({QStringLiteral("client"), QStringLiteral("delete"), clientId}));
    const Run gone = m_runner.aws(QStringLiteral("describe-user-pool-client"),
                                  {QStringLiteral("--client-id"), clientId});
    QVERIFY2(gone.err.contains("ResourceNotFoundException"), gone.err.constData());
}

void TestCliWorkflows::signUpThenAdminConfirm()
{
    const QString username = unique(QStringLiteral("signup"));
    const Run signedUp =
        m_runner.cli({QStringLiteral("auth"), QStringLiteral("sign-up"), username,
                      QStringLiteral("--password-stdin"), QStringLiteral("--attribute"),
                      QStringLiteral("email=%1@example.com").arg(username)},
                     line(initialPassword));
    CHECK_OK(signedUp);
    QCOMPARE(signedUp.json.value(QLatin1String("UserConfirmed")).toBool(true), false);
    QVERIFY(!signedUp.json.value(QLatin1String("UserSub")).toString().isEmpty());
    QCOMPARE(awsUserStatus(username), QStringLiteral("UNCONFIRMED"));

    const Run confirmed =
        m_runner.cli({QStringLiteral("user"), QStringLiteral("confirm"), username});
    CHECK_OK(confirmed);
    QCOMPARE(confirmed.json, QJsonObject());
    QCOMPARE(awsUserStatus(username), QStringLiteral("CONFIRMED"));
    const Run login =
        m_runner.aws(QStringLiteral("initiate-auth"),
                     {QStringLiteral("--client-id"), m_webClient, QStringLiteral("--auth-flow"),
                      QStringLiteral("USER_PASSWORD_AUTH"), QStringLiteral("--auth-parameters"),
                      QStringLiteral("USERNAME=%1,PASSWORD=%2")
                          .arg(username, QString::fromUtf8(initialPassword))},
                     false);
    CHECK_OK(login);
}

void TestCliWorkflows::signUpThenConfirmWithCode()
{
    const QString username = unique(QStringLiteral("coded"));
    CHECK_OK(m_runner.cli({QStringLiteral("auth"), QStringLiteral("sign-up"), username,
                           QStringLiteral("--password-stdin"), QStringLiteral("--attribute"),
                           QStringLiteral("email=%1@example.com").arg(username)},
                          line(initialPassword)));
    // The code "sent": cognito-local's is fixed by start-server (CODE=123456); the sim
    // tells its codes on the control endpoint.
    QString code = QStringLiteral("123456");
    if (isSim()) {
        QNetworkAccessManager network;
        QUrl url = m_runner.stack().endpoint;
        url.setPath(QStringLiteral("/_sim/codes"));
        url.setQuery(QStringLiteral("username=") + username);
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        const QJsonArray codes = QJsonDocument::fromJson(reply->readAll())
                                     .object()
                                     .value(QLatin1String("codes"))
                                     .toArray();
        reply->deleteLater();
        QVERIFY(!codes.isEmpty());
        code = codes.last().toObject().value(QLatin1String("code")).toString();
    }
    const Run wrong = m_runner.cli({QStringLiteral("auth"), QStringLiteral("confirm-sign-up"),
                                    username, QStringLiteral("--code"), QStringLiteral("000000")});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.startsWith("CodeMismatchException: "), wrong.err.constData());
    QCOMPARE(awsUserStatus(username), QStringLiteral("UNCONFIRMED"));
    const Run confirmed = m_runner.cli({QStringLiteral("auth"), QStringLiteral("confirm-sign-up"),
                                        username, QStringLiteral("--code"), code});
    CHECK_OK(confirmed);
    QCOMPARE(confirmed.json, QJsonObject());
    QCOMPARE(awsUserStatus(username), QStringLiteral("CONFIRMED"));
}

void TestCliWorkflows::temporaryPasswordThroughNewPasswordRequired()
{
    const QString username = unique(QStringLiteral("newhire"));
    const Run created = m_runner.cli(
        {QStringLiteral("user"), QStringLiteral("create"), username,
         QStringLiteral("--temporary-password-stdin"), QStringLiteral("--suppress-message"),
         QStringLiteral("--attribute"), QStringLiteral("email=%1@example.com").arg(username),
         QStringLiteral("--attribute"), QStringLiteral("email_verified=true")},
        line(initialPassword));
    CHECK_OK(created);
    QCOMPARE(created.json.value(QLatin1String("User"))
                 .toObject()
                 .value(QLatin1String("UserStatus"))
                 .toString(),
             QStringLiteral("FORCE_CHANGE_PASSWORD"));
    QCOMPARE(awsUserStatus(username), QStringLiteral("FORCE_CHANGE_PASSWORD"));

    const Run challenged = m_runner.cli({QStringLiteral("auth"), QStringLiteral("login"), username,
                                         QStringLiteral("--password-stdin")},
                                        line(initialPassword));
    QCOMPARE(challenged.exitCode, 3);
    QCOMPARE(challenged.json.value(QLatin1String("ChallengeName")).toString(),
             QStringLiteral("NEW_PASSWORD_REQUIRED"));
    const QString session = challenged.json.value(QLatin1String("Session")).toString();
    QVERIFY(!session.isEmpty());
    QVERIFY(challenged.json.contains(QLatin1String("ChallengeParameters")));
    QVERIFY(!challenged.json.contains(QLatin1String("AuthenticationResult")));

    const Run answered = m_runner.cli(
        {QStringLiteral("auth"), QStringLiteral("respond"), QStringLiteral("new-password"),
         username, QStringLiteral("--session"), session, QStringLiteral("--new-password-stdin")},
        line(newPassword));
    CHECK_OK(answered);
    QVERIFY(!answered.json.value(QLatin1String("AuthenticationResult"))
                 .toObject()
                 .value(QLatin1String("AccessToken"))
                 .toString()
                 .isEmpty());
    QCOMPARE(awsUserStatus(username), QStringLiteral("CONFIRMED"));
    const Run login = m_runner.aws(
        QStringLiteral("initiate-auth"),
        {QStringLiteral("--client-id"), m_webClient, QStringLiteral("--auth-flow"),
         QStringLiteral("USER_PASSWORD_AUTH"), QStringLiteral("--auth-parameters"),
         QStringLiteral("USERNAME=%1,PASSWORD=%2").arg(username, QString::fromUtf8(newPassword))},
        false);
    CHECK_OK(login);
    QVERIFY(login.json.contains(QLatin1String("AuthenticationResult")));
}

void TestCliWorkflows::
    adminRespondNewPassword_simOnly_cognitoLocalLacksAdminRespondToAuthChallenge()
{
    const QString username = unique(QStringLiteral("adminhire"));
    CHECK_OK(m_runner.aws(QStringLiteral("admin-create-user"),
                          {QStringLiteral("--username"), username,
                           QStringLiteral("--temporary-password"),
                           QString::fromUtf8(initialPassword), QStringLiteral("--message-action"),
                           QStringLiteral("SUPPRESS"), QStringLiteral("--user-attributes"),
                           QStringLiteral("Name=email,Value=%1@example.com").arg(username)}));
    const Run challenged = m_runner.cli({QStringLiteral("auth"), QStringLiteral("login"), username,
                                         QStringLiteral("--password-stdin"),
                                         QStringLiteral("--flow"), QStringLiteral("admin")},
                                        line(initialPassword));
    QCOMPARE(challenged.exitCode, 3);
    QCOMPARE(challenged.json.value(QLatin1String("ChallengeName")).toString(),
             QStringLiteral("NEW_PASSWORD_REQUIRED"));
    const Run answered =
        m_runner.cli({QStringLiteral("auth"), QStringLiteral("respond"),
                      QStringLiteral("new-password"), username, QStringLiteral("--session"),
                      challenged.json.value(QLatin1String("Session")).toString(),
                      QStringLiteral("--admin"), QStringLiteral("--new-password-stdin"),
                      QStringLiteral("--attribute"), QStringLiteral("name=Admin Hire")},
                     line(newPassword));
    CHECK_OK(answered);
    QVERIFY(answered.json.contains(QLatin1String("AuthenticationResult")));
    QCOMPARE(awsUserStatus(username), QStringLiteral("CONFIRMED"));
    const Run user =
        m_runner.aws(QStringLiteral("admin-get-user"), {QStringLiteral("--username"), username});
    QCOMPARE(attributeValue(user.json.value(QLatin1String("UserAttributes")).toArray(),
                            QStringLiteral("name")),
             QStringLiteral("Admin Hire"));
}

void TestCliWorkflows::setPermanentPasswordLetsUserLogIn()
{
    const QString username = unique(QStringLiteral("support"));
    CHECK_OK(m_runner.aws(QStringLiteral("admin-create-user"),
                          {QStringLiteral("--username"), username,
                           QStringLiteral("--message-action"), QStringLiteral("SUPPRESS")}));
    QCOMPARE(awsUserStatus(username), QStringLiteral("FORCE_CHANGE_PASSWORD"));

    const Run temporary = m_runner.cli({QStringLiteral("user"), QStringLiteral("set-password"),
                                        username, QStringLiteral("--password-stdin")},
                                       line(initialPassword));
    CHECK_OK(temporary);
    QCOMPARE(awsUserStatus(username), QStringLiteral("FORCE_CHANGE_PASSWORD"));

    const Run permanent =
        m_runner.cli({QStringLiteral("user"), QStringLiteral("set-password"), username,
                      QStringLiteral("--password-stdin"), QStringLiteral("--permanent")},
                     line(newPassword));
    CHECK_OK(permanent);
    QCOMPARE(permanent.json, QJsonObject());
    QCOMPARE(awsUserStatus(username), QStringLiteral("CONFIRMED"));
    CHECK_OK(m_runner.aws(
        QStringLiteral("initiate-auth"),
        {QStringLiteral("--client-id"), m_webClient, QStringLiteral("--auth-flow"),
         QStringLiteral("USER_PASSWORD_AUTH"), QStringLiteral("--auth-parameters"),
         QStringLiteral("USERNAME=%1,PASSWORD=%2").arg(username, QString::fromUtf8(newPassword))},
        false));
}

void TestCliWorkflows::loginPasswordAndAdminFlowsThenRefresh()
{
    const QString username = unique(QStringLiteral("tester"));
    awsCreateConfirmedUser(username, username + QLatin1String("@example.com"),
                           QString::fromUtf8(newPassword));
    for (const QString &flow : {QStringLiteral("password"), QStringLiteral("admin")}) {
        const Run login =
            m_runner.cli({QStringLiteral("auth"), QStringLiteral("login"), username,
                          QStringLiteral("--password-stdin"), QStringLiteral("--flow"), flow},
                         line(newPassword));
        CHECK_OK(login);
        const QJsonObject tokens =
            login.json.value(QLatin1String("AuthenticationResult")).toObject();
        QVERIFY2(!tokens.value(QLatin1String("IdToken")).toString().isEmpty(), qPrintable(flow));
        const QString refreshToken = tokens.value(QLatin1String("RefreshToken")).toString();
        QVERIFY(!refreshToken.isEmpty());

        const Run refreshed = m_runner.cli({QStringLiteral("auth"), QStringLiteral("refresh"),
                                            username, QStringLiteral("--refresh-token-stdin")},
                                           refreshToken.toUtf8() + '\n');
        CHECK_OK(refreshed);
        QVERIFY(!refreshed.json.value(QLatin1String("AuthenticationResult"))
                     .toObject()
                     .value(QLatin1String("AccessToken"))
                     .toString()
                     .isEmpty());
        // The AWS CLI accepts the same refresh token.
        CHECK_OK(
            m_runner.aws(QStringLiteral("initiate-auth"),
                         {QStringLiteral("--client-id"), m_webClient, QStringLiteral("--auth-flow"),
                          QStringLiteral("REFRESH_TOKEN_AUTH"), QStringLiteral("--auth-parameters"),
                          QStringLiteral("REFRESH_TOKEN=") + refreshToken},
                         false));
    }
}

void TestCliWorkflows::loginWithClientSecret()
{
    const QString username = unique(QStringLiteral("backend"));
    awsCreateConfirmedUser(username, username + QLatin1String("@example.com"),
                           QString::fromUtf8(newPassword));
    // Secrets come on stdin, one line each, in the order of their options.
    const Run login =
        m_runner.cli({QStringLiteral("--client-id"), m_secretClient, QStringLiteral("auth"),
                      QStringLiteral("login"), username, QStringLiteral("--client-secret-stdin"),
                      QStringLiteral("--password-stdin")},
                     m_secretClientSecret.toUtf8() + '\n' + line(newPassword));
    CHECK_OK(login);
    const QString refreshToken = login.json.value(QLatin1String("AuthenticationResult"))
                                     .toObject()
                                     .value(QLatin1String("RefreshToken"))
                                     .toString();
    const Run refreshed =
        m_runner.cli({QStringLiteral("--client-id"), m_secretClient, QStringLiteral("auth"),
                      QStringLiteral("refresh"), username, QStringLiteral("--refresh-token-stdin"),
                      QStringLiteral("--client-secret-stdin")},
                     refreshToken.toUtf8() + '\n' + m_secretClientSecret.toUtf8() + '\n');
    CHECK_OK(refreshed);
    QVERIFY(refreshed.json.contains(QLatin1String("AuthenticationResult")));
}

void TestCliWorkflows::loginSrp_simOnly_cognitoLocalLacksUserSrpAuth()
{
    const QString username = unique(QStringLiteral("srp"));
    awsCreateConfirmedUser(username, username + QLatin1String("@example.com"),
                           QString::fromUtf8(newPassword));
    const Run login = m_runner.cli({QStringLiteral("auth"), QStringLiteral("login"), username,
                                    QStringLiteral("--password-stdin"), QStringLiteral("--flow"),
                                    QStringLiteral("srp")},
                                   line(newPassword));
    CHECK_OK(login);
    QVERIFY(!login.json.value(QLatin1String("AuthenticationResult"))
                 .toObject()
                 .value(QLatin1String("IdToken"))
                 .toString()
                 .isEmpty());
    const Run wrong = m_runner.cli({QStringLiteral("auth"), QStringLiteral("login"), username,
                                    QStringLiteral("--password-stdin"), QStringLiteral("--flow"),
                                    QStringLiteral("srp")},
                                   "Wr0ng!Password\n");
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.startsWith("NotAuthorizedException: "), wrong.err.constData());
    QVERIFY(wrong.out.isEmpty());

    // With a client secret: SECRET_HASH on the verifier answer uses USER_ID_FOR_SRP.
    const Run withSecret = m_runner.cli(
        {QStringLiteral("--client-id"), m_secretClient, QStringLiteral("auth"),
         QStringLiteral("login"), username, QStringLiteral("--flow"), QStringLiteral("srp"),
         QStringLiteral("--password-stdin"), QStringLiteral("--client-secret-stdin")},
        line(newPassword) + m_secretClientSecret.toUtf8() + '\n');
    CHECK_OK(withSecret);
}

void TestCliWorkflows::listFilterAndGetReadAwsCliUsers()
{
    const QString username = unique(QStringLiteral("listed"));
    const QString email = username + QLatin1String("@filter.example.com");
    awsCreateConfirmedUser(username, email, QString::fromUtf8(newPassword));

    const Run exact = m_runner.cli({QStringLiteral("user"), QStringLiteral("list"),
                                    QStringLiteral("--where"), QStringLiteral("email=") + email});
    CHECK_OK(exact);
    const QJsonArray users = exact.json.value(QLatin1String("Users")).toArray();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().toObject().value(QLatin1String("Username")).toString(), username);
    QCOMPARE(users.first().toObject().value(QLatin1String("UserStatus")).toString(),
             QStringLiteral("CONFIRMED"));

    const Run raw =
        m_runner.cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--filter"),
                      QStringLiteral("username = \"%1\"").arg(username)});
    CHECK_OK(raw);
    QCOMPARE(names(raw.json.value(QLatin1String("Users")).toArray(), "Username"),
             QStringList{username});

    const Run prefix = m_runner.cli({QStringLiteral("user"), QStringLiteral("list"),
                                     QStringLiteral("--starts-with"),
                                     QStringLiteral("username=") + username.chopped(3)});
    CHECK_OK(prefix);
    QVERIFY(
        names(prefix.json.value(QLatin1String("Users")).toArray(), "Username").contains(username));

    const Run got = m_runner.cli({QStringLiteral("user"), QStringLiteral("get"), username});
    CHECK_OK(got);
    const Run theirs =
        m_runner.aws(QStringLiteral("admin-get-user"), {QStringLiteral("--username"), username});
    CHECK_OK(theirs);
    QCOMPARE(got.json.value(QLatin1String("Username")),
             theirs.json.value(QLatin1String("Username")));
    QCOMPARE(got.json.value(QLatin1String("UserStatus")),
             theirs.json.value(QLatin1String("UserStatus")));
    QCOMPARE(attributeValue(got.json.value(QLatin1String("UserAttributes")).toArray(),
                            QStringLiteral("email")),
             email);
}

void TestCliWorkflows::filterValuesAreEscaped_simOnly_cognitoLocalKeepsBackslashes()
{
    // A name with a quote and a backslash: the built filter must find exactly this user.
    // cognito-local matches the escaped text literally (it never unescapes \" or \\), so
    // it cannot find such a value at all.
    const QString username = unique(QStringLiteral("quoted"));
    const QString name = QStringLiteral("O\"Brien \\ ") + m_suffix;
    CHECK_OK(m_runner.cli({QStringLiteral("user"), QStringLiteral("create"), username,
                           QStringLiteral("--suppress-message"), QStringLiteral("--attribute"),
                           QStringLiteral("name=") + name}));
    const Run found = m_runner.cli({QStringLiteral("user"), QStringLiteral("list"),
                                    QStringLiteral("--where"), QStringLiteral("name=") + name});
    CHECK_OK(found);
    QCOMPARE(names(found.json.value(QLatin1String("Users")).toArray(), "Username"),
             QStringList{username});
}

void TestCliWorkflows::disableEnableDelete()
{
    const QString username = unique(QStringLiteral("leaver"));
    awsCreateConfirmedUser(username, username + QLatin1String("@example.com"),
                           QString::fromUtf8(newPassword));
    bool enabled = true;
    const Run disabled =
        m_runner.cli({QStringLiteral("user"), QStringLiteral("disable"), username});
    CHECK_OK(disabled);
    QCOMPARE(disabled.json, QJsonObject());
    awsUserStatus(username, &enabled);
    QCOMPARE(enabled, false);
    CHECK_OK(m_runner.cli({QStringLiteral("user"), QStringLiteral("enable"), username}));
    awsUserStatus(username, &enabled);
    QCOMPARE(enabled, true);

    // And the other way: disabled by the AWS CLI, seen by ours.
    CHECK_OK(m_runner.aws(QStringLiteral("admin-disable-user"),
                          {QStringLiteral("--username"), username}));
    const Run got = m_runner.cli({QStringLiteral("user"), QStringLiteral("get"), username});
    CHECK_OK(got);
    QCOMPARE(got.json.value(QLatin1String("Enabled")).toBool(true), false);

    CHECK_OK(m_runner.cli({QStringLiteral("user"), QStringLiteral("delete"), username}));
    QVERIFY(awsUserStatus(username).contains(QLatin1String("UserNotFoundException")));
}

void TestCliWorkflows::updateAndDeleteAttributes()
{
    const QString username = unique(QStringLiteral("attrs"));
    awsCreateConfirmedUser(username, username + QLatin1String("@example.com"),
                           QString::fromUtf8(newPassword));
    CHECK_OK(m_runner.cli({QStringLiteral("user"), QStringLiteral("update-attributes"), username,
                           QStringLiteral("name=Ada Lovelace"), QStringLiteral("given_name=Ada")}));
    Run theirs =
        m_runner.aws(QStringLiteral("admin-get-user"), {QStringLiteral("--username"), username});
    CHECK_OK(theirs);
    QJsonArray attributes = theirs.json.value(QLatin1String("UserAttributes")).toArray();
    QCOMPARE(attributeValue(attributes, QStringLiteral("name")), QStringLiteral("Ada Lovelace"));
    QCOMPARE(attributeValue(attributes, QStringLiteral("given_name")), QStringLiteral("Ada"));

    CHECK_OK(m_runner.cli({QStringLiteral("user"), QStringLiteral("delete-attributes"), username,
                           QStringLiteral("given_name")}));
    theirs =
        m_runner.aws(QStringLiteral("admin-get-user"), {QStringLiteral("--username"), username});
    attributes = theirs.json.value(QLatin1String("UserAttributes")).toArray();
    bool found = true;
    attributeValue(attributes, QStringLiteral("given_name"), &found);
    QVERIFY2(!found, theirs.out.constData());
    QCOMPARE(attributeValue(attributes, QStringLiteral("name")), QStringLiteral("Ada Lovelace"));
}

void TestCliWorkflows::groupsBothWays()
{
    const QString username = unique(QStringLiteral("member"));
    awsCreateConfirmedUser(username, username + QLatin1String("@example.com"),
                           QString::fromUtf8(newPassword));
    const QString ours = unique(QStringLiteral("ours"));
    const Run created = m_runner.cli({QStringLiteral("group"), QStringLiteral("create"), ours,
                                      QStringLiteral("--description"), QStringLiteral("Made by us"),
                                      QStringLiteral("--precedence"), QStringLiteral("5")});
    CHECK_OK(created);
    const Run got =
        m_runner.aws(QStringLiteral("get-group"), {QStringLiteral("--group-name"), ours});
    CHECK_OK(got);
    QCOMPARE(got.json.value(QLatin1String("Group"))
                 .toObject()
                 .value(QLatin1String("Precedence"))
                 .toInt(),
             5);

    CHECK_OK(m_runner.cli({QStringLiteral("group"), QStringLiteral("add-user"), ours, username}));
    Run groupsOfUser = m_runner.aws(QStringLiteral("admin-list-groups-for-user"),
                                    {QStringLiteral("--username"), username});
    CHECK_OK(groupsOfUser);
    QCOMPARE(names(groupsOfUser.json.value(QLatin1String("Groups")).toArray(), "GroupName"),
             QStringList{ours});
    const Run members = m_runner.cli({QStringLiteral("group"), QStringLiteral("members"), ours});
    CHECK_OK(members);
    QCOMPARE(names(members.json.value(QLatin1String("Users")).toArray(), "Username"),
             QStringList{username});

    // A group and a membership made by the AWS CLI, read by ours.
    const QString theirs = unique(QStringLiteral("theirs"));
    CHECK_OK(
        m_runner.aws(QStringLiteral("create-group"), {QStringLiteral("--group-name"), theirs}));
    CHECK_OK(m_runner.aws(
        QStringLiteral("admin-add-user-to-group"),
        {QStringLiteral("--username"), username, QStringLiteral("--group-name"), theirs}));
    const Run userGroups =
        m_runner.cli({QStringLiteral("user"), QStringLiteral("groups"), username});
    CHECK_OK(userGroups);
    QStringList listed =
        names(userGroups.json.value(QLatin1String("Groups")).toArray(), "GroupName");
    listed.sort();
    QStringList expected{ours, theirs};
    expected.sort();
    QCOMPARE(listed, expected);
    const Run all =
        m_runner.cli({QStringLiteral("group"), QStringLiteral("list"), QStringLiteral("--all")});
    CHECK_OK(all);
    const QStringList allGroups =
        names(all.json.value(QLatin1String("Groups")).toArray(), "GroupName");
    QVERIFY(allGroups.contains(ours) && allGroups.contains(theirs));
    const Run shown = m_runner.cli({QStringLiteral("group"), QStringLiteral("get"), theirs});
    CHECK_OK(shown);
    QCOMPARE(shown.json.value(QLatin1String("Group"))
                 .toObject()
                 .value(QLatin1String("GroupName"))
                 .toString(),
             theirs);

    CHECK_OK(
        m_runner.cli({QStringLiteral("group"), QStringLiteral("remove-user"), ours, username}));
    groupsOfUser = m_runner.aws(QStringLiteral("admin-list-groups-for-user"),
                                {QStringLiteral("--username"), username});
    QCOMPARE(names(groupsOfUser.json.value(QLatin1String("Groups")).toArray(), "GroupName"),
             QStringList{theirs});
    CHECK_OK(m_runner.cli({QStringLiteral("group"), QStringLiteral("delete"), ours}));
    const Run gone =
        m_runner.aws(QStringLiteral("get-group"), {QStringLiteral("--group-name"), ours});
    QVERIFY2(gone.err.contains("ResourceNotFoundException"), gone.err.constData());
}

void TestCliWorkflows::allPagesAndLimit()
{
    // A handful of users behind one prefix; --limit 2 --all must gather them all (on
    // cognito-local, which never pages, --all must still answer them all at once).
    const QString prefix = unique(QStringLiteral("paged"));
    for (int i = 0; i < 5; ++i)
        CHECK_OK(m_runner.cli({QStringLiteral("user"), QStringLiteral("create"),
                               prefix + QString::number(i), QStringLiteral("--suppress-message")}));
    const Run all =
        m_runner.cli({QStringLiteral("user"), QStringLiteral("list"),
                      QStringLiteral("--starts-with"), QStringLiteral("username=") + prefix,
                      QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--all")});
    CHECK_OK(all);
    QCOMPARE(all.json.value(QLatin1String("Users")).toArray().size(), 5);
    QVERIFY(!all.json.contains(QLatin1String("PaginationToken")));
    if (isSim()) {
        // One page of two, with the token for the next (cognito-local ignores Limit).
        const Run one = m_runner.cli(
            {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--starts-with"),
             QStringLiteral("username=") + prefix, QStringLiteral("--limit"), QStringLiteral("2")});
        CHECK_OK(one);
        QCOMPARE(one.json.value(QLatin1String("Users")).toArray().size(), 2);
        const QString token = one.json.value(QLatin1String("PaginationToken")).toString();
        QVERIFY(!token.isEmpty());
        const Run next = m_runner.cli(
            {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--starts-with"),
             QStringLiteral("username=") + prefix, QStringLiteral("--limit"), QStringLiteral("2"),
             QStringLiteral("--next-token"), token});
        CHECK_OK(next);
        QCOMPARE(next.json.value(QLatin1String("Users")).toArray().size(), 2);
    }
}

void TestCliWorkflows::csvImport_simOnly_cognitoLocalLacksImportJobs()
{
    const Run header = m_runner.cli({QStringLiteral("import"), QStringLiteral("csv-header")});
    CHECK_OK(header);
    QStringList columns;
    for (const QJsonValue &column : header.json.value(QLatin1String("CSVHeader")).toArray())
        columns.append(column.toString());
    QVERIFY(columns.contains(QStringLiteral("cognito:username")));
    QCOMPARE(
        m_runner.aws(QStringLiteral("get-csv-header"), {}).json.value(QLatin1String("CSVHeader")),
        header.json.value(QLatin1String("CSVHeader")));

    // A file in the pool's own header order, two users.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(columns.join(QLatin1Char(',')).toUtf8() + '\n');
    QStringList imported;
    for (int i = 0; i < 2; ++i) {
        const QString username = unique(QStringLiteral("imported%1").arg(i));
        imported.append(username);
        QStringList row;
        for (const QString &column : columns) {
            if (column == QLatin1String("cognito:username"))
                row.append(username);
            else if (column == QLatin1String("email"))
                row.append(username + QLatin1String("@example.com"));
            else if (column == QLatin1String("email_verified"))
                row.append(QStringLiteral("true"));
            else if (column == QLatin1String("cognito:mfa_enabled"))
                row.append(QStringLiteral("false"));
            else
                row.append(QString());
        }
        file.write(row.join(QLatin1Char(',')).toUtf8() + '\n');
    }
    file.close();

    const QString role = QStringLiteral("arn:aws:iam::123456789012:role/Cognito-UserImport-Role");
    // Step by step: create, upload (the sim refuses any PUT without exactly
    // x-amz-server-side-encryption: aws:kms), start, then follow it with the AWS CLI.
    const Run created =
        m_runner.cli({QStringLiteral("import"), QStringLiteral("create-job"),
                      unique(QStringLiteral("job")), QStringLiteral("--role-arn"), role});
    CHECK_OK(created);
    const QString jobId = created.json.value(QLatin1String("UserImportJob"))
                              .toObject()
                              .value(QLatin1String("JobId"))
                              .toString();
    QVERIFY(!jobId.isEmpty());
    const Run uploaded =
        m_runner.cli({QStringLiteral("import"), QStringLiteral("upload"), jobId, path});
    CHECK_OK(uploaded);
    QCOMPARE(uploaded.json, QJsonObject());
    CHECK_OK(m_runner.cli({QStringLiteral("import"), QStringLiteral("start"), jobId}));
    QString status;
    QTRY_VERIFY_WITH_TIMEOUT((status = m_runner
                                           .aws(QStringLiteral("describe-user-import-job"),
                                                {QStringLiteral("--job-id"), jobId})
                                           .json.value(QLatin1String("UserImportJob"))
                                           .toObject()
                                           .value(QLatin1String("Status"))
                                           .toString()) == QLatin1String("Succeeded"),
                             60000);
    for (const QString &username : imported) {
        const QString userStatus = awsUserStatus(username);
        QVERIFY2(userStatus == QLatin1String("RESET_REQUIRED"), qPrintable(userStatus));
    }
    const Run listed = m_runner.cli({QStringLiteral("import"), QStringLiteral("list")});
    CHECK_OK(listed);
    QVERIFY(names(listed.json.value(QLatin1String("UserImportJobs")).toArray(), "JobId")
                .contains(jobId));

    // All in one: run --wait prints the finished job.
    QFile again(path);
    QVERIFY(again.open(QIODevice::WriteOnly));
    again.write(columns.join(QLatin1Char(',')).toUtf8() + '\n');
    again.close();
    const Run run = m_runner.cli({QStringLiteral("import"), QStringLiteral("run"), path,
                                  QStringLiteral("--role-arn"), role, QStringLiteral("--wait")});
    CHECK_OK(run);
    QCOMPARE(run.json.value(QLatin1String("UserImportJob"))
                 .toObject()
                 .value(QLatin1String("Status"))
                 .toString(),
             QStringLiteral("Succeeded"));
    QVERIFY2(run.err.contains("Uploading"), run.err.constData());
}

void TestCliWorkflows::resetResendSignOut_simOnly_cognitoLocalLacksThem()
{
    // RESEND: the invitation again, the user still waiting for a first login.
    const QString invited = unique(QStringLiteral("invited"));
    CHECK_OK(m_runner.cli({QStringLiteral("user"), QStringLiteral("create"), invited,
                           QStringLiteral("--attribute"),
                           QStringLiteral("email=%1@example.com").arg(invited),
                           QStringLiteral("--delivery-medium"), QStringLiteral("EMAIL")}));
    CHECK_OK(m_runner.cli(
        {QStringLiteral("user"), QStringLiteral("create"), invited, QStringLiteral("--resend")}));
    QCOMPARE(awsUserStatus(invited), QStringLiteral("FORCE_CHANGE_PASSWORD"));

    // ADMIN_NO_SRP_AUTH, then a global sign-out revokes the refresh token it gave.
    const QString username = unique(QStringLiteral("signedout"));
    awsCreateConfirmedUser(username, username + QLatin1String("@example.com"),
                           QString::fromUtf8(newPassword));
    const Run login = m_runner.cli({QStringLiteral("auth"), QStringLiteral("login"), username,
                                    QStringLiteral("--password-stdin"), QStringLiteral("--flow"),
                                    QStringLiteral("admin-no-srp")},
                                   line(newPassword));
    CHECK_OK(login);
    const QString refreshToken = login.json.value(QLatin1String("AuthenticationResult"))
                                     .toObject()
                                     .value(QLatin1String("RefreshToken"))
                                     .toString();
    QVERIFY(!refreshToken.isEmpty());
    CHECK_OK(m_runner.cli({QStringLiteral("user"), QStringLiteral("sign-out"), username}));
    const Run refused =
        m_runner.aws(QStringLiteral("initiate-auth"),
                     {QStringLiteral("--client-id"), m_webClient, QStringLiteral("--auth-flow"),
                      QStringLiteral("REFRESH_TOKEN_AUTH"), QStringLiteral("--auth-parameters"),
                      QStringLiteral("REFRESH_TOKEN=") + refreshToken},
                     false);
    QVERIFY2(refused.exitCode != 0, refused.out.constData());
    QVERIFY2(refused.err.contains("NotAuthorizedException"), refused.err.constData());

    // An admin reset: the user must choose a new password (RESET_REQUIRED).
    CHECK_OK(m_runner.cli({QStringLiteral("user"), QStringLiteral("reset-password"), username}));
    QCOMPARE(awsUserStatus(username), QStringLiteral("RESET_REQUIRED"));
}

void TestCliWorkflows::smsMfaChallenge_simOnly_cognitoLocalLacksAdminSetUserMFAPreference()
{
    // cognito-local answers AdminSetUserMFAPreference with "Unsupported" (a gap that
    // tools/local-stack/README.md does not list yet), so no user of it can get an MFA challenge.
    CHECK_OK(m_runner.aws(QStringLiteral("set-user-pool-mfa-config"),
                          {QStringLiteral("--sms-mfa-configuration"),
                           QStringLiteral("SmsConfiguration={SnsCallerArn=arn:aws:iam::"
                                          "123456789012:role/sns-caller,ExternalId=cognito-desk}"),
                           QStringLiteral("--mfa-configuration"), QStringLiteral("OPTIONAL")}));
    const QString username = unique(QStringLiteral("mfa"));
    awsCreateConfirmedUser(username, username + QLatin1String("@example.com"),
                           QString::fromUtf8(newPassword));
    CHECK_OK(
        m_runner.aws(QStringLiteral("admin-update-user-attributes"),
                     {QStringLiteral("--username"), username, QStringLiteral("--user-attributes"),
                      QStringLiteral("Name=phone_number,Value=+15555550100"),
                      QStringLiteral("Name=phone_number_verified,Value=true")}));
    CHECK_OK(
        m_runner.aws(QStringLiteral("admin-set-user-mfa-preference"),
                     {QStringLiteral("--username"), username, QStringLiteral("--sms-mfa-settings"),
                      QStringLiteral("Enabled=true,PreferredMfa=true")}));

    const auto login = [&] {
        return m_runner.cli({QStringLiteral("auth"), QStringLiteral("login"), username,
                             QStringLiteral("--password-stdin")},
                            line(newPassword));
    };
    const auto respond = [&](const QString &session, const QString &code) {
        return m_runner.cli({QStringLiteral("auth"), QStringLiteral("respond"),
                             QStringLiteral("mfa"), username, QStringLiteral("--session"), session,
                             QStringLiteral("--code"), code, QStringLiteral("--type"),
                             QStringLiteral("SMS_MFA")});
    };
    const Run challenged = login();
    QCOMPARE(challenged.exitCode, 3);
    QCOMPARE(challenged.json.value(QLatin1String("ChallengeName")).toString(),
             QStringLiteral("SMS_MFA"));

    // The code "sent" by SMS: the sim tells it on its control endpoint.
    QNetworkAccessManager network;
    QUrl url = m_runner.stack().endpoint;
    url.setPath(QStringLiteral("/_sim/codes"));
    url.setQuery(QStringLiteral("username=") + username);
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    const QJsonArray codes =
        QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("codes")).toArray();
    reply->deleteLater();
    QVERIFY(!codes.isEmpty());
    const QString code = codes.last().toObject().value(QLatin1String("code")).toString();

    const Run answered = respond(challenged.json.value(QLatin1String("Session")).toString(), code);
    CHECK_OK(answered);
    QVERIFY(!answered.json.value(QLatin1String("AuthenticationResult"))
                 .toObject()
                 .value(QLatin1String("IdToken"))
                 .toString()
                 .isEmpty());

    const Run again = login();
    QCOMPARE(again.exitCode, 3);
    const Run wrong = respond(again.json.value(QLatin1String("Session")).toString(),
                              code == QLatin1String("000000") ? QStringLiteral("111111")
                                                              : QStringLiteral("000000"));
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.startsWith("CodeMismatchException: "), wrong.err.constData());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestCliWorkflows test;
    return test::execForServer(&test, argc, argv);
}
#include "tst_cli_workflows.moc"
