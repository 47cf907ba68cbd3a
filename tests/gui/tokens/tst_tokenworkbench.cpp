#include "auth/jwt.h"
#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "gui/tokens/tokenworkbench.h"
#include "gui/tokens/tokenworkbenchcontroller.h"
#include "gui/users/passwordedit.h"
#include "models/claimsmodel.h"
#include "support/fakehttpserver.h"
#include "support/localstack.h"
#include "support/scriptedinteraction.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTreeView>
#include <QUrlQuery>
#include <QtTest>

using namespace cdesk;
using Controller = gui::TokenWorkbenchController;
using Method = Controller::Method;

namespace {

constexpr int CallTimeoutMs = 30000;
const QString permanentPassword = QStringLiteral("Perm4nent!tokens");

QString unique(const QString &prefix)
{
    static int counter = 0;
    return QStringLiteral("%1-%2-%3")
        .arg(prefix)
        .arg(QDateTime::currentMSecsSinceEpoch())
        .arg(++counter);
}

// The controller's error for a failure message; empty when there is none.
QString errorText(const Controller *controller)
{
    return controller->lastError() ? controller->lastError()->toString() : QString();
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

// The token workbench against cognito-sim: each sign-in method driven through the widgets,
// challenges answered inline, the tokens read, checked, counted down, refreshed and sent to
// an API. What happened is checked through the core (GetUser with the access token,
// AdminGetUser, a fake API's received headers), not just on screen.
class TestTokenWorkbench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pickersStartEmpty();
    void signInShowsCheckedTokens_data();
    void signInShowsCheckedTokens();
    void wrongPasswordIsShownInPlace();
    void newPasswordRequiredIsAnsweredInline_data();
    void newPasswordRequiredIsAnsweredInline();
    void smsMfaIsAnsweredInline();
    void refreshReplacesTheTokens();
    void countdownFollowsTheClock();
    void expiredTokenIsInvalidWithReason();
    void apiRequestCarriesTheChosenToken_data();
    void apiRequestCarriesTheChosenToken();
    void copyAsCurlAndCopyTokens();
    void cancelStopsAHangingRequest();
    void tokenEndpointSignIn();
    void hostedUiCodeGrant();
    void hostedUiImplicitGrant();
    void hostedUiImplicitGrantRefusesUnverifiedTokens();

private:
    template <typename T>
    T *child(const char *name) const
    {
        auto *widget = m_workbench->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    QString createUser(bool permanent, bool withEmail = true);
    bool chooseClient(const QString &clientId);
    void chooseMethod(Method method);
    void signIn(Method method, const QString &username, const QString &password);
    QString getUserName(const QString &accessToken);
    QString claimText(Controller::TokenKind kind, const QString &path);
    QString createHostedUiClient(const QUrl &callback);
    QUrl followHostedUi(const QUrl &authorizeUrl, const QString &username, const QString &password,
                        QString *error);

    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    std::unique_ptr<test::ScriptedInteraction> m_interaction;
    std::unique_ptr<gui::TokenWorkbench> m_workbench;
    QString m_webClient;
    QString m_backendClient;
};

void TestTokenWorkbench::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_stack = *stack;
    auto connection = m_stack.connect();
    QVERIFY(connection);
    m_connection = connection.value();
    m_webClient = m_stack.clientId(QStringLiteral("demo-web"));
    m_backendClient = m_stack.clientId(QStringLiteral("demo-backend"));
    QVERIFY(!m_webClient.isEmpty());
    QVERIFY(!m_backendClient.isEmpty());
}

void TestTokenWorkbench::init()
{
    m_interaction = std::make_unique<test::ScriptedInteraction>();
    m_workbench = std::make_unique<gui::TokenWorkbench>();
    m_workbench->show();
    m_workbench->setPool(m_connection, m_stack.userPoolId());
}

void TestTokenWorkbench::cleanup()
{
    m_workbench.reset();
    QVERIFY2(m_interaction->prompts.isEmpty(), qPrintable(m_interaction->prompts.join(u'\n')));
    m_interaction.reset();
}

QString TestTokenWorkbench::createUser(bool permanent, bool withEmail)
{
    const QString username = unique(QStringLiteral("wb"));
    cognito::CreateUserRequest request;
    request.username = username;
    request.temporaryPassword = QStringLiteral("Temp0rary!tokens");
    request.messageAction = cognito::MessageAction::Suppress;
    if (withEmail)
        request.attributes = {{QStringLiteral("email"), username + QStringLiteral("@example.com")},
                              {QStringLiteral("email_verified"), QStringLiteral("true")}};
    auto *provider = m_connection->identityProvider();
    const auto created = aws::await(provider->adminCreateUser(m_stack.userPoolId(), request));
    if (!created) {
        qWarning() << created.error().toString();
        return {};
    }
    if (permanent) {
        const auto set = aws::await(provider->adminSetUserPassword(m_stack.userPoolId(), username,
                                                                   permanentPassword, true));
        if (!set) {
            qWarning() << set.error().toString();
            return {};
        }
    }
    return username;
}

bool TestTokenWorkbench::chooseClient(const QString &clientId)
{
    auto *combo = child<QComboBox>("clientComboBox");
    if (!QTest::qWaitFor([&] { return combo->findData(clientId) >= 0; }, CallTimeoutMs))
        return false;
    combo->setCurrentIndex(combo->findData(clientId));
    auto *controller = m_workbench->controller();
    return QTest::qWaitFor(
        [&] { return controller->client() && controller->client()->clientId == clientId; },
        CallTimeoutMs);
}

void TestTokenWorkbench::chooseMethod(Method method)
{
    auto *combo = child<QComboBox>("methodComboBox");
    combo->setCurrentIndex(combo->findData(int(method)));
}

void TestTokenWorkbench::signIn(Method method, const QString &username, const QString &password)
{
    chooseMethod(method);
    child<QLineEdit>("usernameLineEdit")->setText(username);
    child<QLineEdit>("passwordLineEdit")->setText(password);
    // With a client and a method chosen, Sign In is offered.
    QVERIFY(child<QPushButton>("signInPushButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("signInPushButton"), Qt::LeftButton);
}

void TestTokenWorkbench::pickersStartEmpty()
{
    auto *clients = child<QComboBox>("clientComboBox");
    auto *methods = child<QComboBox>("methodComboBox");
    auto *signIn = child<QPushButton>("signInPushButton");
    auto *controller = m_workbench->controller();
    QTRY_VERIFY_WITH_TIMEOUT(clients->findData(m_webClient) >= 0, CallTimeoutMs);
    // Neither the app client nor the flow is chosen for the tester, and Sign In waits.
    QCOMPARE(clients->currentIndex(), -1);
    QCOMPARE(methods->currentIndex(), -1);
    QCOMPARE(clients->placeholderText(), QStringLiteral("Choose an app client…"));
    QCOMPARE(methods->placeholderText(), QStringLiteral("Choose a sign-in method…"));
    QVERIFY(!controller->client());
    QVERIFY(!signIn->isEnabled());
    QCOMPARE(child<QLabel>("clientInfoLabel")->text(), QString()); // not "Loading..."
    // Enter in the password field sends nothing either.
    child<QLineEdit>("usernameLineEdit")->setText(QStringLiteral("nobody"));
    child<QLineEdit>("passwordLineEdit")->setText(QStringLiteral("Nobody-Passw0rd"));
    QTest::keyClick(child<QLineEdit>("passwordLineEdit"), Qt::Key_Return);
    QVERIFY(!controller->isBusy());
    QVERIFY(!controller->lastError());

    // The client alone is not enough; the method too, and Sign In is offered.
    QVERIFY(chooseClient(m_webClient));
    QVERIFY(!signIn->isEnabled());
    chooseMethod(Method::Password);
    QVERIFY(signIn->isEnabled());

    // The clients listed again (the pool shown anew): none is chosen again.
    m_workbench->setPool(m_connection, m_stack.userPoolId());
    QTRY_VERIFY_WITH_TIMEOUT(clients->findData(m_webClient) >= 0, CallTimeoutMs);
    QCOMPARE(clients->currentIndex(), -1);
    QVERIFY(!controller->client());
    QVERIFY(!signIn->isEnabled());
}

QString TestTokenWorkbench::getUserName(const QString &accessToken)
{
    const auto user = aws::await(m_connection->identityProvider()->call(
        QStringLiteral("GetUser"), {{QStringLiteral("AccessToken"), accessToken}}));
    if (!user) {
        qWarning() << user.error().toString();
        return {};
    }
    return user.value().value(QLatin1String("Username")).toString();
}

QString TestTokenWorkbench::claimText(Controller::TokenKind kind, const QString &path)
{
    const models::ClaimsModel *model = m_workbench->controller()->claims(kind);
    return model->indexForPath(path, models::ClaimsColumn::Value).data().toString();
}

void TestTokenWorkbench::signInShowsCheckedTokens_data()
{
    QTest::addColumn<Method>("method");
    QTest::addColumn<QString>("client");
    QTest::newRow("password") << Method::Password << QStringLiteral("demo-web");
    QTest::newRow("srp") << Method::Srp << QStringLiteral("demo-web");
    QTest::newRow("admin") << Method::Admin << QStringLiteral("demo-web");
    QTest::newRow("password-secret-hash") << Method::Password << QStringLiteral("demo-backend");
    QTest::newRow("srp-secret-hash") << Method::Srp << QStringLiteral("demo-backend");
    QTest::newRow("admin-secret-hash") << Method::Admin << QStringLiteral("demo-backend");
}

void TestTokenWorkbench::signInShowsCheckedTokens()
{
    QFETCH(Method, method);
    QFETCH(QString, client);
    auto *controller = m_workbench->controller();
    QAbstractItemModelTester idTester(controller->claims(Controller::TokenKind::Id),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester accessTester(controller->claims(Controller::TokenKind::Access),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString username = createUser(true);
    QVERIFY(!username.isEmpty());
    const QString clientId = m_stack.clientId(client);
    QVERIFY(chooseClient(clientId));
    QCOMPARE(child<QLabel>("clientInfoLabel")->text().contains(QLatin1String("SECRET_HASH")),
             client == QLatin1String("demo-backend"));

    signIn(method, username, permanentPassword);
    QTRY_VERIFY_WITH_TIMEOUT(controller->hasTokens() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(!controller->lastError(), qPrintable(errorText(controller)));
    QVERIFY(!controller->isBusy());
    QVERIFY(!child<QProgressBar>("busyProgressBar")->isVisible());

    // The tokens belong to the user: the service says so for the access token.
    QCOMPARE(getUserName(controller->tokens().accessToken), username);
    QVERIFY(!controller->tokens().refreshToken.isEmpty());
    QCOMPARE(controller->tokens().grant,
             method == Method::Srp ? auth::Grant::Srp : auth::Grant::Password);

    // The claims trees: header and payload, times readable next to the raw value.
    QCOMPARE(claimText(Controller::TokenKind::Id, QStringLiteral("payload/cognito:username")),
             username);
    QCOMPARE(claimText(Controller::TokenKind::Id, QStringLiteral("payload/aud")), clientId);
    QCOMPARE(claimText(Controller::TokenKind::Id, QStringLiteral("header/alg")),
             QStringLiteral("RS256"));
    QCOMPARE(claimText(Controller::TokenKind::Access, QStringLiteral("payload/client_id")),
             clientId);
    const auto jwt = auth::Jwt::decode(controller->tokens().idToken.toLatin1());
    QVERIFY(jwt);
    const qint64 exp = qint64(jwt->claims.value(QLatin1String("exp")).toDouble());
    const auto *model = controller->claims(Controller::TokenKind::Id);
    QCOMPARE(claimText(Controller::TokenKind::Id, QStringLiteral("payload/exp")),
             QString::number(exp));
    QCOMPARE(model->indexForPath(QStringLiteral("payload/exp"), models::ClaimsColumn::Readable)
                 .data()
                 .toString(),
             QDateTime::fromSecsSinceEpoch(exp, Qt::UTC)
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
    QVERIFY(child<QTreeView>("idTreeView")->model() == model);

    // Both signatures check out against the pool's JWKS.
    QTRY_VERIFY_WITH_TIMEOUT(controller->check(Controller::TokenKind::Id).state !=
                                     Controller::Check::State::Checking &&
                                 controller->check(Controller::TokenKind::Access).state !=
                                     Controller::Check::State::Checking,
                             CallTimeoutMs);
    QVERIFY2(controller->check(Controller::TokenKind::Id).state == Controller::Check::State::Valid,
             qPrintable(controller->check(Controller::TokenKind::Id).reason));
    QVERIFY2(controller->check(Controller::TokenKind::Access).state ==
                 Controller::Check::State::Valid,
             qPrintable(controller->check(Controller::TokenKind::Access).reason));
    QVERIFY2(child<QLabel>("idCheckLabel")->text().startsWith(QLatin1String("Valid")),
             qPrintable(child<QLabel>("idCheckLabel")->text()));
    QVERIFY(child<QLabel>("accessCheckLabel")->text().startsWith(QLatin1String("Valid")));
    // The password does not linger on screen.
    QVERIFY(child<QLineEdit>("passwordLineEdit")->text().isEmpty());
}

void TestTokenWorkbench::wrongPasswordIsShownInPlace()
{
    const QString username = createUser(true);
    QVERIFY(chooseClient(m_webClient));
    signIn(Method::Password, username, QStringLiteral("Wrong-passw0rd"));
    auto *controller = m_workbench->controller();
    QTRY_VERIFY_WITH_TIMEOUT(controller->lastError().has_value(), CallTimeoutMs);
    QCOMPARE(controller->lastError()->type, QStringLiteral("NotAuthorizedException"));
    auto *label = child<QLabel>("errorLabel");
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(QLatin1String("NotAuthorizedException: ")),
             qPrintable(label->text()));
    QVERIFY(!controller->hasTokens());
    QVERIFY(child<QPushButton>("signInPushButton")->isEnabled());
}

void TestTokenWorkbench::newPasswordRequiredIsAnsweredInline_data()
{
    QTest::addColumn<Method>("method");
    QTest::newRow("password") << Method::Password;
    QTest::newRow("srp") << Method::Srp;
    QTest::newRow("admin") << Method::Admin;
}

void TestTokenWorkbench::newPasswordRequiredIsAnsweredInline()
{
    QFETCH(Method, method);
    // cognito-sim, like Cognito, refuses AdminCreateUser without the pool's required
    // attributes (email here), so the challenge lists none to fill in.
    const QString username = createUser(false);
    QVERIFY(!username.isEmpty());
    QVERIFY(chooseClient(m_backendClient)); // with a secret: SECRET_HASH on the answer too
    signIn(method, username, QStringLiteral("Temp0rary!tokens"));
    auto *controller = m_workbench->controller();
    auto *group = child<QGroupBox>("challengeGroupBox");
    QTRY_VERIFY_WITH_TIMEOUT(group->isVisible() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(!controller->lastError(), qPrintable(errorText(controller)));
    QCOMPARE(controller->challenge()->name, QStringLiteral("NEW_PASSWORD_REQUIRED"));
    QCOMPARE(child<QStackedWidget>("challengeStackedWidget")->currentWidget(),
             child<QWidget>("newPasswordPage"));
    QVERIFY(controller->challenge()->requiredAttributes.isEmpty());

    // Two different passwords are caught before anything is sent.
    const QString newPassword = QStringLiteral("N3w-passw0rd!") + username.right(4);
    child<gui::PasswordEdit>("newPasswordEdit")->setPassword(newPassword);
    child<QLineEdit>("confirmPasswordLineEdit")->setText(newPassword + QStringLiteral("x"));
    QTest::mouseClick(child<QPushButton>("newPasswordPushButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>("errorLabel")->isVisible());
    QVERIFY(!controller->isBusy());

    child<QLineEdit>("confirmPasswordLineEdit")->setText(newPassword);
    QTest::mouseClick(child<QPushButton>("newPasswordPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(controller->hasTokens() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(!controller->lastError(), qPrintable(errorText(controller)));
    QVERIFY(!group->isVisible());
    QCOMPARE(getUserName(controller->tokens().accessToken), username);

    // The user is confirmed and signs in with the new password.
    const auto user =
        aws::await(m_connection->identityProvider()->adminGetUser(m_stack.userPoolId(), username));
    QVERIFY(user);
    QCOMPARE(user.value().status, QStringLiteral("CONFIRMED"));
    const auto again = aws::await(m_connection->identityProvider()->adminInitiateAuth(
        m_stack.userPoolId(),
        cognito::AppClient{m_backendClient, m_stack.clientSecret(QStringLiteral("demo-backend"))},
        cognito::AdminAuthFlow::UserPassword, username, newPassword));
    QVERIFY2(again, again ? "" : qPrintable(again.error().toString()));
    QVERIFY(again.value().result.has_value());
}

void TestTokenWorkbench::smsMfaIsAnsweredInline()
{
    auto *provider = m_connection->identityProvider();
    const auto configured = aws::await(provider->call(
        QStringLiteral("SetUserPoolMfaConfig"),
        {{QStringLiteral("UserPoolId"), m_stack.userPoolId()},
         {QStringLiteral("SmsMfaConfiguration"),
          QJsonObject{
              {QStringLiteral("SmsConfiguration"),
               QJsonObject{{QStringLiteral("SnsCallerArn"),
                            QStringLiteral("arn:aws:iam::123456789012:role/sns-caller")},
                           {QStringLiteral("ExternalId"), QStringLiteral("cognito-desk")}}}}},
         {QStringLiteral("MfaConfiguration"), QStringLiteral("OPTIONAL")}}));
    QVERIFY2(configured, configured ? "" : qPrintable(configured.error().toString()));
    const QString username = createUser(true);
    QVERIFY(aws::await(provider->adminUpdateUserAttributes(
        m_stack.userPoolId(), username,
        {{QStringLiteral("phone_number"), QStringLiteral("+15555550100")},
         {QStringLiteral("phone_number_verified"), QStringLiteral("true")}})));
    const auto preferred = aws::await(provider->call(
        QStringLiteral("AdminSetUserMFAPreference"),
        {{QStringLiteral("UserPoolId"), m_stack.userPoolId()},
         {QStringLiteral("Username"), username},
         {QStringLiteral("SMSMfaSettings"), QJsonObject{{QStringLiteral("Enabled"), true},
                                                        {QStringLiteral("PreferredMfa"), true}}}}));
    QVERIFY2(preferred, preferred ? "" : qPrintable(preferred.error().toString()));

    QVERIFY(chooseClient(m_webClient));
    signIn(Method::Password, username, permanentPassword);
    auto *controller = m_workbench->controller();
    QTRY_VERIFY_WITH_TIMEOUT(controller->challenge() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(!controller->lastError(), qPrintable(errorText(controller)));
    QCOMPARE(controller->challenge()->name, QStringLiteral("SMS_MFA"));
    QCOMPARE(child<QStackedWidget>("challengeStackedWidget")->currentWidget(),
             child<QWidget>("mfaPage"));

    // The code "sent" by SMS, from the sim's control endpoint.
    QNetworkAccessManager network;
    QUrl url = m_stack.endpoint;
    url.setPath(QStringLiteral("/_sim/codes"));
    url.setQuery(QStringLiteral("username=") + username);
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), CallTimeoutMs);
    const QJsonArray codes =
        QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("codes")).toArray();
    QVERIFY(!codes.isEmpty());
    const QString code = codes.last().toObject().value(QLatin1String("code")).toString();

    // A wrong code is refused in place and the challenge stays to try again.
    const QString wrong =
        code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    child<QLineEdit>("mfaCodeLineEdit")->setText(wrong);
    QTest::mouseClick(child<QPushButton>("mfaPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(controller->lastError().has_value(), CallTimeoutMs);
    QCOMPARE(controller->lastError()->type, QStringLiteral("CodeMismatchException"));
    QVERIFY(child<QGroupBox>("challengeGroupBox")->isVisible());

    child<QLineEdit>("mfaCodeLineEdit")->setText(code);
    QTest::mouseClick(child<QPushButton>("mfaPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(controller->hasTokens() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(!controller->lastError() || controller->hasTokens(),
             qPrintable(errorText(controller)));
    QCOMPARE(getUserName(controller->tokens().accessToken), username);
}

void TestTokenWorkbench::refreshReplacesTheTokens()
{
    const QString username = createUser(true);
    QVERIFY(chooseClient(m_backendClient));
    signIn(Method::Srp, username, permanentPassword);
    auto *controller = m_workbench->controller();
    QTRY_VERIFY_WITH_TIMEOUT(controller->hasTokens() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(!controller->lastError(), qPrintable(errorText(controller)));
    const auth::TokenSet before = controller->tokens();
    auto *refresh = child<QPushButton>("refreshPushButton");
    QVERIFY(refresh->isEnabled());

    QSignalSpy changed(controller, &Controller::tokensChanged);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(!controller->lastError(), qPrintable(errorText(controller)));
    const auth::TokenSet &after = controller->tokens();
    QVERIFY(after.accessToken != before.accessToken);
    QCOMPARE(after.refreshToken, before.refreshToken);
    QCOMPARE(after.grant, auth::Grant::Srp);
    QCOMPARE(getUserName(after.accessToken), username);
    QTRY_COMPARE_WITH_TIMEOUT(controller->check(Controller::TokenKind::Access).state,
                              Controller::Check::State::Valid, CallTimeoutMs);
}

void TestTokenWorkbench::countdownFollowsTheClock()
{
    const QString username = createUser(true);
    QVERIFY(chooseClient(m_webClient));
    signIn(Method::Password, username, permanentPassword);
    auto *controller = m_workbench->controller();
    QTRY_VERIFY_WITH_TIMEOUT(controller->hasTokens() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(!controller->lastError(), qPrintable(errorText(controller)));
    const QDateTime expiresAt = controller->tokens().expiresAt;
    QVERIFY(expiresAt.isValid());
    auto *label = child<QLabel>("expiryLabel");

    m_interaction->clock = expiresAt.addSecs(-(3600 + 2 * 60 + 3));
    QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QLatin1String("Expires in 1:02:03 ")), 5000);
    m_interaction->clock = expiresAt.addSecs(-59);
    QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QLatin1String("Expires in 0:59 ")), 5000);
    m_interaction->clock = expiresAt.addSecs(90);
    QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QLatin1String("Expired 1:30 ago")), 5000);
}

void TestTokenWorkbench::expiredTokenIsInvalidWithReason()
{
    // Two hours on: the tokens (valid for one) are past exp, beyond the minute of skew.
    m_interaction->clock = QDateTime::currentDateTimeUtc().addSecs(2 * 3600);
    const QString username = createUser(true);
    QVERIFY(chooseClient(m_webClient));
    signIn(Method::Password, username, permanentPassword);
    auto *controller = m_workbench->controller();
    QTRY_VERIFY_WITH_TIMEOUT(controller->hasTokens() || controller->lastError(), CallTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(controller->check(Controller::TokenKind::Id).state,
                              Controller::Check::State::Invalid, CallTimeoutMs);
    QVERIFY2(child<QLabel>("idCheckLabel")->text().startsWith(QLatin1String("Invalid (expired: ")),
             qPrintable(child<QLabel>("idCheckLabel")->text()));
    QTRY_COMPARE_WITH_TIMEOUT(controller->check(Controller::TokenKind::Access).state,
                              Controller::Check::State::Invalid, CallTimeoutMs);
    QVERIFY(child<QLabel>("expiryLabel")->text().startsWith(QLatin1String("Expired ")));
}

void TestTokenWorkbench::apiRequestCarriesTheChosenToken_data()
{
    QTest::addColumn<int>("token");
    QTest::addColumn<bool>("bearer");
    QTest::newRow("id-bare") << int(Controller::TokenKind::Id) << false;
    QTest::newRow("access-bearer") << int(Controller::TokenKind::Access) << true;
}

void TestTokenWorkbench::apiRequestCarriesTheChosenToken()
{
    QFETCH(int, token);
    QFETCH(bool, bearer);
    test::FakeHttpServer api;
    api.enqueue(test::FakeHttpServer::Reply::json(201, R"({"created":true})")
                    .withHeader("X-Request-Id", "req-42"));
    const QString username = createUser(true);
    QVERIFY(chooseClient(m_webClient));
    signIn(Method::Password, username, permanentPassword);
    auto *controller = m_workbench->controller();
    QTRY_VERIFY_WITH_TIMEOUT(controller->hasTokens() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(!controller->lastError(), qPrintable(errorText(controller)));

    QUrl url = api.url();
    url.setPath(QStringLiteral("/items"));
    child<QLineEdit>("apiUrlLineEdit")->setText(url.toString());
    child<QComboBox>("apiMethodComboBox")->setCurrentText(QStringLiteral("post"));
    auto *tokens = child<QComboBox>("apiTokenComboBox");
    tokens->setCurrentIndex(tokens->findData(token));
    child<QCheckBox>("bearerCheckBox")->setChecked(bearer);
    child<QPlainTextEdit>("apiHeadersPlainTextEdit")->setPlainText(QStringLiteral("X-Trace: 7\n"));
    child<QPlainTextEdit>("apiBodyPlainTextEdit")->setPlainText(QStringLiteral(R"({"a":1})"));
    QTest::mouseClick(child<QPushButton>("sendPushButton"), Qt::LeftButton);
    auto *status = child<QLabel>("responseStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(!controller->lastError(), qPrintable(errorText(controller)));
    QVERIFY2(status->text().startsWith(QLatin1String("HTTP 201")), qPrintable(status->text()));
    QVERIFY(child<QPlainTextEdit>("responseHeadersPlainTextEdit")
                ->toPlainText()
                .contains(QLatin1String("X-Request-Id: req-42"), Qt::CaseInsensitive));
    QVERIFY(child<QPlainTextEdit>("responseBodyPlainTextEdit")
                ->toPlainText()
                .contains(QLatin1String("\"created\": true")));

    QCOMPARE(api.requests().size(), 1);
    const auto &received = api.requests().constFirst();
    QCOMPARE(received.method, QByteArray("POST"));
    QCOMPARE(received.target, QByteArray("/items"));
    QCOMPARE(received.body, QByteArray(R"({"a":1})"));
    QCOMPARE(received.header("x-trace"), QByteArray("7"));
    QCOMPARE(received.header("content-type"), QByteArray("application/json"));
    const QString sent = token == int(Controller::TokenKind::Id) ? controller->tokens().idToken
                                                                 : controller->tokens().accessToken;
    QCOMPARE(received.header("authorization"),
             ((bearer ? QStringLiteral("Bearer ") : QString()) + sent).toLatin1());
}

void TestTokenWorkbench::copyAsCurlAndCopyTokens()
{
    const QString username = createUser(true);
    QVERIFY(chooseClient(m_webClient));
    signIn(Method::Password, username, permanentPassword);
    auto *controller = m_workbench->controller();
    QTRY_VERIFY_WITH_TIMEOUT(controller->hasTokens() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(!controller->lastError(), qPrintable(errorText(controller)));
    QClipboard *clipboard = QGuiApplication::clipboard();

    QTest::mouseClick(child<QPushButton>("copyIdPushButton"), Qt::LeftButton);
    QCOMPARE(clipboard->text(), controller->tokens().idToken);
    QTest::mouseClick(child<QPushButton>("copyAccessPushButton"), Qt::LeftButton);
    QCOMPARE(clipboard->text(), controller->tokens().accessToken);
    QTest::mouseClick(child<QPushButton>("copyRefreshPushButton"), Qt::LeftButton);
    QCOMPARE(clipboard->text(), controller->tokens().refreshToken);

    child<QLineEdit>("apiUrlLineEdit")->setText(QStringLiteral("https://api.example.com/it's"));
    child<QComboBox>("apiMethodComboBox")->setCurrentText(QStringLiteral("PUT"));
    auto *tokens = child<QComboBox>("apiTokenComboBox");
    tokens->setCurrentIndex(tokens->findData(int(Controller::TokenKind::Access)));
    child<QCheckBox>("bearerCheckBox")->setChecked(true);
    child<QPlainTextEdit>("apiHeadersPlainTextEdit")->setPlainText(QStringLiteral("X-Trace: 7"));
    child<QPlainTextEdit>("apiBodyPlainTextEdit")->setPlainText(QStringLiteral(R"({"b":"it's"})"));
    QTest::mouseClick(child<QPushButton>("copyCurlPushButton"), Qt::LeftButton);
    QCOMPARE(clipboard->text(),
             QStringLiteral("curl -X 'PUT' 'https://api.example.com/it'\\''s' -H 'Authorization: "
                            "Bearer %1' -H 'X-Trace: 7' -H 'Content-Type: application/json' "
                            "--data-raw '{\"b\":\"it'\\''s\"}'")
                 .arg(controller->tokens().accessToken));
}

void TestTokenWorkbench::cancelStopsAHangingRequest()
{
    test::FakeHttpServer api;
    api.enqueue(test::FakeHttpServer::Reply::hang());
    const QString username = createUser(true);
    QVERIFY(chooseClient(m_webClient));
    signIn(Method::Password, username, permanentPassword);
    auto *controller = m_workbench->controller();
    QTRY_VERIFY_WITH_TIMEOUT(controller->hasTokens() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(!controller->lastError(), qPrintable(errorText(controller)));

    child<QLineEdit>("apiUrlLineEdit")->setText(api.url().toString());
    QTest::mouseClick(child<QPushButton>("sendPushButton"), Qt::LeftButton);
    QVERIFY(controller->isBusy());
    QVERIFY(child<QProgressBar>("busyProgressBar")->isVisible());
    QVERIFY(!child<QPushButton>("sendPushButton")->isEnabled());
    auto *cancel = child<QPushButton>("cancelPushButton");
    QVERIFY(cancel->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(api.requests().size(), 1, CallTimeoutMs);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!controller->isBusy());
    QVERIFY(!child<QProgressBar>("busyProgressBar")->isVisible());
    QCOMPARE(controller->lastError()->type, QStringLiteral("Canceled"));
    QVERIFY(child<QLabel>("errorLabel")->text().startsWith(QLatin1String("Canceled: ")));
    QVERIFY(child<QPushButton>("sendPushButton")->isEnabled());
    QVERIFY(child<QLabel>("responseStatusLabel")->text().isEmpty());
}

void TestTokenWorkbench::tokenEndpointSignIn()
{
    // The token endpoint (a Lambda running AdminInitiateAuth, say) answers with what the
    // service gave it; the workbench adopts it whichever app client is chosen.
    const QString username = createUser(true);
    const auto result = aws::await(m_connection->identityProvider()->adminInitiateAuth(
        m_stack.userPoolId(), cognito::AppClient{m_webClient, QString()},
        cognito::AdminAuthFlow::UserPassword, username, permanentPassword));
    QVERIFY(result && result.value().result);
    test::FakeHttpServer endpoint;
    endpoint.enqueue(test::FakeHttpServer::Reply::json(
        200, QJsonDocument(
                 QJsonObject{{QStringLiteral("AuthenticationResult"),
                              result.value().json.value(QLatin1String("AuthenticationResult"))}})
                 .toJson(QJsonDocument::Compact)));
    QVERIFY(chooseClient(m_backendClient)); // not the one the tokens are for
    chooseMethod(Method::TokenEndpoint);
    auto *url = child<QLineEdit>("tokenEndpointLineEdit");
    QVERIFY(url->isVisible());
    QUrl token = endpoint.url();
    token.setPath(QStringLiteral("/token"));
    url->setText(token.toString());
    child<QLineEdit>("usernameLineEdit")->setText(username);
    child<QLineEdit>("passwordLineEdit")->setText(permanentPassword);
    QTest::mouseClick(child<QPushButton>("signInPushButton"), Qt::LeftButton);
    auto *controller = m_workbench->controller();
    QTRY_VERIFY_WITH_TIMEOUT(controller->hasTokens() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(!controller->lastError(), qPrintable(errorText(controller)));
    QCOMPARE(endpoint.requests().size(), 1);
    QCOMPARE(endpoint.requests().constFirst().method, QByteArray("POST"));
    QCOMPARE(endpoint.requests().constFirst().header("authorization"),
             "Basic " + (username + QLatin1Char(':') + permanentPassword).toUtf8().toBase64());
    QCOMPARE(getUserName(controller->tokens().accessToken), username);
    // Checked against the client the tokens are for (the endpoint's), not the chosen one.
    QTRY_COMPARE_WITH_TIMEOUT(controller->check(Controller::TokenKind::Id).state,
                              Controller::Check::State::Valid, CallTimeoutMs);

    // An endpoint that refuses the credentials is shown in place.
    endpoint.enqueue(test::FakeHttpServer::Reply::json(401, R"({"message":"Unauthorized"})"));
    QTest::mouseClick(child<QPushButton>("signInPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(controller->lastError().has_value(), CallTimeoutMs);
    QCOMPARE(controller->lastError()->type, QStringLiteral("TokenEndpointRefused"));
    QVERIFY(child<QLabel>("errorLabel")->isVisible());
}

QString TestTokenWorkbench::createHostedUiClient(const QUrl &callback)
{
    const auto created = aws::await(m_connection->identityProvider()->call(
        QStringLiteral("CreateUserPoolClient"),
        {{QStringLiteral("UserPoolId"), m_stack.userPoolId()},
         {QStringLiteral("ClientName"), unique(QStringLiteral("workbench-ui"))},
         {QStringLiteral("GenerateSecret"), true},
         {QStringLiteral("CallbackURLs"),
          QJsonArray{QStringLiteral("https://app.example.com/cb"), callback.toString()}},
         {QStringLiteral("AllowedOAuthFlows"),
          QJsonArray{QStringLiteral("code"), QStringLiteral("implicit")}},
         {QStringLiteral("AllowedOAuthScopes"),
          QJsonArray{QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile")}},
         {QStringLiteral("AllowedOAuthFlowsUserPoolClient"), true},
         {QStringLiteral("SupportedIdentityProviders"), QJsonArray{QStringLiteral("COGNITO")}},
         {QStringLiteral("ExplicitAuthFlows"),
          QJsonArray{QStringLiteral("ALLOW_USER_PASSWORD_AUTH"),
                     QStringLiteral("ALLOW_REFRESH_TOKEN_AUTH")}}}));
    if (!created) {
        qWarning() << created.error().toString();
        return {};
    }
    return created.value()
        .value(QLatin1String("UserPoolClient"))
        .toObject()
        .value(QLatin1String("ClientId"))
        .toString();
}

// What a browser does with the authorize URL: follows the redirects to the sign-in form,
// posts the user's credentials with the form's fields, and follows the redirect to the
// loopback receiver. For the implicit grant it also does what the capture page's script
// does: posts the fragment back. Answers the last redirect's URL.
QUrl TestTokenWorkbench::followHostedUi(const QUrl &authorizeUrl, const QString &username,
                                        const QString &password, QString *error)
{
    QNetworkAccessManager browser;
    browser.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    const auto fetch = [&browser](const QByteArray &method, const QUrl &url, const QByteArray &body,
                                  const QByteArray &origin = {}) -> std::pair<int, QUrl> {
        QNetworkRequest request(url);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArray("application/x-www-form-urlencoded"));
        if (!origin.isEmpty())
            request.setRawHeader("Origin", origin);
        std::unique_ptr<QNetworkReply> reply(browser.sendCustomRequest(request, method, body));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, CallTimeoutMs))
            return {0, {}};
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        return {status, location.isEmpty() ? QUrl() : url.resolved(location)};
    };
    // authorize -> /login (the form)
    int status = 0;
    QUrl next;
    std::tie(status, next) = fetch("GET", authorizeUrl, {});
    if (status != 302 || next.path() != QLatin1String("/login")) {
        *error = QStringLiteral("authorize answered %1 -> %2").arg(status).arg(next.toString());
        return {};
    }
    QUrlQuery form(authorizeUrl);
    form.addQueryItem(QStringLiteral("username"), username);
    form.addQueryItem(QStringLiteral("password"), password);
    QUrl login = next;
    login.setQuery(QString());
    std::tie(status, next) = fetch("POST", login, form.toString(QUrl::FullyEncoded).toLatin1());
    if (status != 302) {
        *error = QStringLiteral("login answered %1").arg(status);
        return {};
    }
    const QUrl redirect = next;
    // The redirect reaches the receiver (the fragment stays in the browser).
    std::tie(status, next) = fetch("GET", redirect.adjusted(QUrl::RemoveFragment), {});
    if (status != 200) {
        *error = QStringLiteral("the receiver answered %1").arg(status);
        return {};
    }
    if (redirect.hasFragment()) {
        const QByteArray origin = QStringLiteral("http://%1").arg(redirect.authority()).toLatin1();
        std::tie(status, next) = fetch("POST", redirect.adjusted(QUrl::RemoveFragment),
                                       redirect.fragment(QUrl::FullyEncoded).toLatin1(), origin);
        if (status != 200) {
            *error = QStringLiteral("the receiver refused the fragment: %1").arg(status);
            return {};
        }
    }
    return redirect;
}

void TestTokenWorkbench::hostedUiCodeGrant()
{
    const QUrl callback(QStringLiteral("http://127.0.0.1:%1/callback").arg(freePort()));
    const QString clientId = createHostedUiClient(callback);
    QVERIFY(!clientId.isEmpty());
    const QString username = createUser(true);
    QUrl opened;
    m_workbench->setBrowserOpener([&opened](const QUrl &url) { opened = url; });
    // The client appears after the workbench listed the pool: list again.
    m_workbench->setPool(m_connection, m_stack.userPoolId());
    QVERIFY(chooseClient(clientId));
    chooseMethod(Method::HostedUiCode);
    QCOMPARE(child<QStackedWidget>("credentialsStackedWidget")->currentWidget(),
             child<QWidget>("hostedUiPage"));
    // Only loopback callbacks are offered; the sim serves the hosted UI on its origin.
    auto *callbacks = child<QComboBox>("callbackComboBox");
    QCOMPARE(callbacks->count(), 1);
    QCOMPARE(callbacks->currentText(), callback.toString());
    QCOMPARE(QUrl(child<QLineEdit>("hostedUiDomainLineEdit")->text()).port(),
             m_stack.endpoint.port());

    QTest::mouseClick(child<QPushButton>("signInPushButton"), Qt::LeftButton);
    auto *controller = m_workbench->controller();
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(!controller->lastError(), qPrintable(errorText(controller)));
    QVERIFY(controller->isBusy());
    const QUrlQuery query(opened);
    QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QString error;
    const QUrl redirect = followHostedUi(opened, username, permanentPassword, &error);
    QVERIFY2(!redirect.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(controller->hasTokens() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(!controller->lastError(), qPrintable(errorText(controller)));
    QCOMPARE(controller->tokens().grant, auth::Grant::Code);
    QVERIFY(!controller->tokens().refreshToken.isEmpty());
    QCOMPARE(getUserName(controller->tokens().accessToken), username);
    QTRY_COMPARE_WITH_TIMEOUT(controller->check(Controller::TokenKind::Id).state,
                              Controller::Check::State::Valid, CallTimeoutMs);

    // A code-grant session refreshes at /oauth2/token (with the client's secret).
    const QString before = controller->tokens().accessToken;
    QSignalSpy changed(controller, &Controller::tokensChanged);
    QTest::mouseClick(child<QPushButton>("refreshPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(!controller->lastError(), qPrintable(errorText(controller)));
    QVERIFY(controller->tokens().accessToken != before);
    QCOMPARE(getUserName(controller->tokens().accessToken), username);
}

void TestTokenWorkbench::hostedUiImplicitGrant()
{
    const QUrl callback(QStringLiteral("http://127.0.0.1:%1/callback").arg(freePort()));
    const QString clientId = createHostedUiClient(callback);
    QVERIFY(!clientId.isEmpty());
    const QString username = createUser(true);
    QUrl opened;
    m_workbench->setBrowserOpener([&opened](const QUrl &url) { opened = url; });
    m_workbench->setPool(m_connection, m_stack.userPoolId());
    QVERIFY(chooseClient(clientId));
    chooseMethod(Method::HostedUiImplicit);
    QTest::mouseClick(child<QPushButton>("signInPushButton"), Qt::LeftButton);
    auto *controller = m_workbench->controller();
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(!controller->lastError(), qPrintable(errorText(controller)));
    QCOMPARE(QUrlQuery(opened).queryItemValue(QStringLiteral("response_type")),
             QStringLiteral("token"));
    QString error;
    const QUrl redirect = followHostedUi(opened, username, permanentPassword, &error);
    QVERIFY2(!redirect.isEmpty(), qPrintable(error));
    QVERIFY(redirect.hasFragment());
    QTRY_VERIFY_WITH_TIMEOUT(controller->hasTokens() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(!controller->lastError(), qPrintable(errorText(controller)));
    QCOMPARE(controller->tokens().grant, auth::Grant::Implicit);
    QVERIFY(controller->tokens().refreshToken.isEmpty());
    QVERIFY(!child<QPushButton>("refreshPushButton")->isEnabled());
    QVERIFY(!child<QPushButton>("copyRefreshPushButton")->isEnabled());
    QCOMPARE(getUserName(controller->tokens().accessToken), username);
}

// Tokens posted with the right state but nobody's signature: the workbench shows an error,
// never the tokens.
void TestTokenWorkbench::hostedUiImplicitGrantRefusesUnverifiedTokens()
{
    const QUrl callback(QStringLiteral("http://127.0.0.1:%1/callback").arg(freePort()));
    const QString clientId = createHostedUiClient(callback);
    QVERIFY(!clientId.isEmpty());
    QUrl opened;
    m_workbench->setBrowserOpener([&opened](const QUrl &url) { opened = url; });
    m_workbench->setPool(m_connection, m_stack.userPoolId());
    QVERIFY(chooseClient(clientId));
    chooseMethod(Method::HostedUiImplicit);
    QTest::mouseClick(child<QPushButton>("signInPushButton"), Qt::LeftButton);
    auto *controller = m_workbench->controller();
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(!controller->lastError(), qPrintable(errorText(controller)));
    const QByteArray state = QUrlQuery(opened).queryItemValue(QStringLiteral("state")).toLatin1();
    QNetworkAccessManager browser;
    QNetworkRequest request(callback);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> reply(browser.post(
        request, "access_token=not.a.jwt&token_type=Bearer&expires_in=3600&state=" + state));
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, CallTimeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(controller->hasTokens() || controller->lastError(), CallTimeoutMs);
    QVERIFY(!controller->hasTokens());
    QCOMPARE(controller->lastError()->type, QStringLiteral("TokenRejected"));
}

QTEST_MAIN(TestTokenWorkbench)
#include "tst_tokenworkbench.moc"
