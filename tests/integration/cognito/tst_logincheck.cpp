#include "aws/awsjsonclient.h"
#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "cognito/logincheck.h"
#include "support/localstack.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;
using cognito::LoginCheckReport;
using cognito::LoginFinding;
using cognito::LoginFlow;

// The login checker against a cognito-sim of the test's own (one row moves its clock, which
// would disturb other tests on a shared server): for every finding code, a pool, client and
// user set up with exactly that fault, and the checker must name it with its severity, and
// name nothing else that blocks. A healthy user on a healthy client gets no finding at all
// beyond the information that the pool keeps no history, so a check that names too much fails.
class TestLoginCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void healthyUserHasNoFindings();
    void eachFinding_data();
    void eachFinding();
    void checkerNeverWrites();

private:
    QJsonObject simControl(const char *path, const QJsonObject &body);
    QString newPool(const QJsonObject &extra = {});
    QString newClient(const QString &poolId, cognito::CreateUserPoolClientRequest request);
    bool createUser(const QString &poolId, const QString &username, bool permanent);
    LoginCheckReport check(const cognito::LoginCheckRequest &request);

    QTemporaryDir m_dir;
    QString m_stateFile;
    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    cognito::IdentityProvider *m_idp = nullptr;
};

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

const QString password = QStringLiteral("Passw0rd!check");

cognito::CreateUserPoolClientRequest passwordClient()
{
    cognito::CreateUserPoolClientRequest request;
    request.clientName = QStringLiteral("app");
    request.explicitAuthFlows = {str("ALLOW_USER_PASSWORD_AUTH"), str("ALLOW_USER_SRP_AUTH"),
                                 str("ALLOW_ADMIN_USER_PASSWORD_AUTH"),
                                 str("ALLOW_REFRESH_TOKEN_AUTH")};
    return request;
}

cognito::CreateUserPoolClientRequest hostedUiClient(const QStringList &scopes)
{
    cognito::CreateUserPoolClientRequest request = passwordClient();
    request.allowedOAuthFlows = {str("code")};
    request.allowedOAuthScopes = scopes;
    request.callbackUrls = {str("https://app.example.com/callback")};
    request.supportedIdentityProviders = {str("COGNITO")};
    return request;
}

QString describe(const LoginCheckReport &report)
{
    return QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

void TestLoginCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_stateFile = m_dir.filePath(QStringLiteral("sim.json"));
    QString error;
    const auto loaded = test::startPrivateSim(m_stateFile, &error);
    QVERIFY2(loaded, qPrintable(error));
    m_stack = *loaded;
    auto connection = m_stack.connect();
    QVERIFY(connection.ok());
    m_connection = connection.value();
    m_idp = m_connection->identityProvider();
}

void TestLoginCheck::cleanupTestCase()
{
    test::stopPrivateSim(m_stateFile);
}

void TestLoginCheck::init()
{
    simControl("_sim/clock", {{str("offsetSeconds"), 0}});
}

QJsonObject TestLoginCheck::simControl(const char *path, const QJsonObject &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_stack.endpoint.resolved(QUrl(str(path))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(30000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QString TestLoginCheck::newPool(const QJsonObject &extra)
{
    cognito::CreateUserPoolRequest request;
    request.name = test::uniqueName(QStringLiteral("logincheck-"));
    request.extra = extra;
    const auto pool = aws::await(m_idp->createUserPool(request));
    return pool.ok() ? pool.value().id : QString();
}

QString TestLoginCheck::newClient(const QString &poolId,
                                  cognito::CreateUserPoolClientRequest request)
{
    const auto client = aws::await(m_idp->createUserPoolClient(poolId, request));
    return client.ok() ? client.value().clientId : QString();
}

bool TestLoginCheck::createUser(const QString &poolId, const QString &username, bool permanent)
{
    cognito::CreateUserRequest request;
    request.username = username;
    request.temporaryPassword = password;
    request.messageAction = cognito::MessageAction::Suppress;
    // A verified address, so that a password reset has somewhere to send its code.
    request.attributes = {{str("email"), username + QStringLiteral("@example.com")},
                          {str("email_verified"), str("true")}};
    if (!aws::await(m_idp->adminCreateUser(poolId, request)).ok())
        return false;
    return !permanent ||
           aws::await(m_idp->adminSetUserPassword(poolId, username, password, true)).ok();
}

LoginCheckReport TestLoginCheck::check(const cognito::LoginCheckRequest &request)
{
    const auto report = aws::await(cognito::checkLogin(m_idp, request));
    if (!report) {
        QTest::qFail(qPrintable(report.error().toString()), __FILE__, __LINE__);
        return {};
    }
    return report.value();
}

void TestLoginCheck::healthyUserHasNoFindings()
{
    const QString poolId = newPool();
    QVERIFY(!poolId.isEmpty());
    const QString clientId = newClient(poolId, passwordClient());
    QVERIFY(!clientId.isEmpty());
    QVERIFY(createUser(poolId, str("healthy"), true));
    for (const LoginFlow flow : {LoginFlow::Password, LoginFlow::Srp, LoginFlow::Admin}) {
        const LoginCheckReport report = check({poolId, str("healthy"), clientId, flow, {}});
        QVERIFY2(report.canSignIn(), qPrintable(describe(report)));
        QCOMPARE(report.findings.size(), 1);
        QCOMPARE(report.findings.first().code, str("SignInHistoryUnavailable"));
        QCOMPARE(report.findings.first().severity, LoginFinding::Severity::Info);
    }
}

void TestLoginCheck::eachFinding_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("severity");
    for (const char *blocker :
         {"UserNotFound", "UserDisabled", "UserUnconfirmed", "TemporaryPasswordExpired",
          "PasswordResetRequired", "FlowNotAllowed", "OAuthFlowNotAllowed",
          "CallbackUrlNotRegistered", "ScopeNotAllowed"})
        QTest::newRow(blocker) << str(blocker) << str("blocker");
    for (const char *warning : {"PasswordChangeRequired", "SecretHashRequired", "MfaSetupRequired",
                                "RecentFailedSignIns"})
        QTest::newRow(warning) << str(warning) << str("warning");
}

void TestLoginCheck::eachFinding()
{
    QFETCH(QString, code);
    QFETCH(QString, severity);
    // Each row: a pool of its own, a client that allows every password flow, and one user
    // who could sign in, then exactly one thing broken.
    QJsonObject poolExtra;
    if (code == QLatin1String("TemporaryPasswordExpired"))
        poolExtra.insert(str("Policies"),
                         QJsonObject{{str("PasswordPolicy"),
                                      QJsonObject{{str("MinimumLength"), 8},
                                                  {str("TemporaryPasswordValidityDays"), 1}}}});
    if (code == QLatin1String("RecentFailedSignIns"))
        poolExtra.insert(str("UserPoolAddOns"),
                         QJsonObject{{str("AdvancedSecurityMode"), str("AUDIT")}});
    const QString poolId = newPool(poolExtra);
    QVERIFY(!poolId.isEmpty());
    cognito::CreateUserPoolClientRequest client = passwordClient();
    LoginFlow flow = LoginFlow::Password;
    QString redirectUri;
    if (code == QLatin1String("FlowNotAllowed"))
        client.explicitAuthFlows = {str("ALLOW_USER_SRP_AUTH"), str("ALLOW_REFRESH_TOKEN_AUTH")};
    if (code == QLatin1String("SecretHashRequired"))
        client.generateSecret = true;
    if (code == QLatin1String("OAuthFlowNotAllowed"))
        flow = LoginFlow::HostedUi;
    if (code == QLatin1String("CallbackUrlNotRegistered")) {
        client = hostedUiClient({str("openid"), str("email")});
        flow = LoginFlow::HostedUi;
        redirectUri = str("https://app.example.com/other");
    }
    if (code == QLatin1String("ScopeNotAllowed")) {
        client = hostedUiClient({str("aws.cognito.signin.user.admin")});
        flow = LoginFlow::HostedUi;
        redirectUri = str("https://app.example.com/callback");
    }
    const QString clientId = newClient(poolId, client);
    QVERIFY(!clientId.isEmpty());
    QString username = str("user");

    if (code == QLatin1String("UserNotFound")) {
        username = str("nobody");
    } else if (code == QLatin1String("UserUnconfirmed")) {
        const auto signedUp = aws::await(m_idp->signUp({clientId, {}}, username, password,
                                                       {{str("email"), str("user@example.com")}}));
        QVERIFY2(signedUp.ok(), qPrintable(test::why(signedUp)));
    } else {
        const bool temporary = code == QLatin1String("PasswordChangeRequired") ||
                               code == QLatin1String("TemporaryPasswordExpired");
        QVERIFY(createUser(poolId, username, !temporary));
    }
    if (code == QLatin1String("UserDisabled"))
        QVERIFY(aws::await(m_idp->adminDisableUser(poolId, username)).ok());
    if (code == QLatin1String("PasswordResetRequired")) {
        const auto reset = aws::await(m_idp->adminResetUserPassword(poolId, username));
        QVERIFY2(reset.ok(), qPrintable(test::why(reset)));
    }
    if (code == QLatin1String("TemporaryPasswordExpired")) {
        // One day of validity, and a day and a minute later on the sim's clock.
        simControl("_sim/clock", {{str("advanceSeconds"), 86400 + 60}});
    }
    if (code == QLatin1String("MfaSetupRequired")) {
        const auto set = aws::await(m_idp->call(
            str("SetUserPoolMfaConfig"),
            {{str("UserPoolId"), poolId},
             {str("MfaConfiguration"), str("ON")},
             {str("SoftwareTokenMfaConfiguration"), QJsonObject{{str("Enabled"), true}}}}));
        QVERIFY2(set.ok(), qPrintable(test::why(set)));
    }
    if (code == QLatin1String("RecentFailedSignIns")) {
        const auto wrong = aws::await(
            m_idp->initiateUserPasswordAuth({clientId, {}}, username, str("Wr0ng!password")));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().type, str("NotAuthorizedException"));
    }

    const LoginCheckReport report = check({poolId, username, clientId, flow, redirectUri});
    const QString text = describe(report);
    const LoginFinding *found = nullptr;
    for (const LoginFinding &finding : report.findings) {
        if (finding.code == code)
            found = &finding;
        // Nothing else blocks: the row broke exactly one thing.
        else
            QVERIFY2(finding.severity != LoginFinding::Severity::Blocker, qPrintable(text));
    }
    QVERIFY2(found, qPrintable(text));
    QCOMPARE(LoginFinding::severityName(found->severity), severity);
    QVERIFY(!found->message.isEmpty());
    QVERIFY(!found->fix.isEmpty());
    QCOMPARE(report.canSignIn(), severity != QLatin1String("blocker"));
    QCOMPARE(report.toJson().value(QLatin1String("CanSignIn")).toBool(), report.canSignIn());
}

void TestLoginCheck::checkerNeverWrites()
{
    const QString poolId = newPool();
    const QString clientId = newClient(poolId, passwordClient());
    QVERIFY(createUser(poolId, str("reader"), true));
    QVERIFY(aws::await(m_idp->adminDisableUser(poolId, str("reader"))).ok());
    simControl("_sim/stats/reset", {});
    const LoginCheckReport report =
        check({poolId, str("reader"), clientId, LoginFlow::Password, {}});
    QVERIFY(!report.canSignIn());
    const QJsonObject calls = simControl("_sim/knobs", {})
                                  .value(QLatin1String("stats"))
                                  .toObject()
                                  .value(QLatin1String("ops"))
                                  .toObject();
    QStringList made = calls.keys();
    made.sort();
    QCOMPARE(made, (QStringList{str("AdminGetUser"), str("DescribeUserPool"),
                                str("DescribeUserPoolClient")}));
}

QTEST_GUILESS_MAIN(TestLoginCheck)
#include "tst_logincheck.moc"
