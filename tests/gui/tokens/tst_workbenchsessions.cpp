#include "auth/jwks.h"
#include "auth/jwt.h"
#include "auth/jwtverifier.h"
#include "auth/sessionstore.h"
#include "auth/totp.h"
#include "aws/awsjsonclient.h"
#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identitypools.h"
#include "gui/mainwindow.h"
#include "gui/tokens/savedsessions.h"
#include "gui/tokens/tokenworkbench.h"
#include "gui/tokens/tokenworkbenchcontroller.h"
#include "integration/cli/clirunner.h"
#include "secrets/keychainstore.h"
#include "secrets/profile.h"
#include "support/localstack.h"
#include "support/scriptedinteraction.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace cdesk;
using Controller = gui::TokenWorkbenchController;
using test::Run;

namespace {

constexpr int CallTimeoutMs = 30000;
// Tokens signed in with the sim's clock this far back expire 30 s from now: within the
// 60 s a fresh token must still have, so Copy fresh token has to refresh them.
constexpr int NearlyExpiredOffset = -(3600 - 30);

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

// The workbench's saved sessions and TOTP codes against a cognito-sim of the test's own (its
// clock is moved) with the keychain: a session saved in the workbench is the one the CLI's
// `token get` reads, Copy fresh token refreshes one near its expiry and saves it again, and a
// user enrolled with the CLI's `mfa enrol` shows their current code.
class TestWorkbenchSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void environmentListsTheProfiles();
    void windowOffersItsProfilesAsEnvironments();
    void savedSessionIsSharedWithTheCliAndRefreshedOnCopy();
    void copyFreshTokenSaysWhyARefreshFails();
    void totpCodeOfAnEnrolledUser();
    void apiRequestSignedWithIdentityPoolCredentials();
    void closingDuringACallIsQuiet();

private:
    template <typename T>
    T *child(const char *name) const
    {
        auto *widget = m_workbench->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    Run cli(const QStringList &arguments, const QByteArray &input = {}) const;
    bool setSimClock(int offsetSeconds);
    bool setSimLatency(int milliseconds);
    QString createUser();
    QByteArray passwordOf(const QString &username) const;
    // Signs in through the widgets with the password flow; true once the tokens are shown.
    bool signIn(const QString &username);
    // Clicks `button` of the saved sessions and waits for its outcome.
    bool clickAndWait(const char *button);
    QTreeWidgetItem *sessionItem(const QString &username) const;
    bool selectSession(const QString &username);
    QString verifyIdToken(const QString &token);

    QTemporaryDir m_dir;
    QString m_stateFile;
    test::LocalStack m_stack;
    test::CliRunner m_runner;
    std::shared_ptr<cognito::Connection> m_connection;
    QString m_pool;
    QString m_client;
    std::unique_ptr<test::ScriptedInteraction> m_interaction;
    std::unique_ptr<gui::TokenWorkbench> m_workbench;
};

Run TestWorkbenchSessions::cli(const QStringList &arguments, const QByteArray &input) const
{
    // The same settings folder (and, from the environment, the same keychain) as this
    // process: what the CLI reads is what the workbench wrote.
    QProcessEnvironment environment = m_runner.cliEnvironment();
    environment.insert(str("XDG_CONFIG_HOME"), m_dir.filePath(str("config")));
    return test::CliRunner::run(test::cliPath(), arguments, environment, input);
}

void TestWorkbenchSessions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The settings the CLI reads: its organisation and application, in a folder of this test.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(str("config")).toLocal8Bit());
    QCoreApplication::setOrganizationName(str("cognito-desk"));
    QCoreApplication::setApplicationName(str("cognito-desk"));
    QVERIFY(QSettings().fileName().startsWith(m_dir.path()));

    m_stateFile = m_dir.filePath(str("sim.json"));
    QString error;
    const auto loaded = test::startPrivateSim(m_stateFile, &error);
    QVERIFY2(loaded, qPrintable(error));
    m_stack = *loaded;
    auto connection = m_stack.connect();
    QVERIFY2(connection, qPrintable(test::why(connection)));
    m_connection = connection.value();
    m_runner = test::CliRunner(m_stack);

    // A pool where TOTP is optional and a public client with the password and refresh flows.
    const Run pool = m_runner.cli({str("pool"), str("create"), test::uniqueName(str("wbs"))});
    QVERIFY2(pool.exitCode == 0, pool.describe().constData());
    m_pool =
        pool.json.value(QLatin1String("UserPool")).toObject().value(QLatin1String("Id")).toString();
    QVERIFY(!m_pool.isEmpty());
    m_runner.setPool(m_pool);
    const Run mfa = m_runner.aws(str("set-user-pool-mfa-config"),
                                 {str("--mfa-configuration"), str("OPTIONAL"),
                                  str("--software-token-mfa-configuration"), str("Enabled=true")});
    QVERIFY2(mfa.exitCode == 0, mfa.describe().constData());
    const Run client =
        m_runner.cli({str("client"), str("create"), str("testers"), str("--explicit-auth-flows"),
                      str("ALLOW_USER_PASSWORD_AUTH,ALLOW_REFRESH_TOKEN_AUTH")});
    QVERIFY2(client.exitCode == 0, client.describe().constData());
    m_client = client.json.value(QLatin1String("UserPoolClient"))
                   .toObject()
                   .value(QLatin1String("ClientId"))
                   .toString();
    QVERIFY(!m_client.isEmpty());
    m_runner.setClient(m_client);
}

void TestWorkbenchSessions::cleanupTestCase()
{
    test::stopPrivateSim(m_stateFile);
}

void TestWorkbenchSessions::init()
{
    QVERIFY(setSimClock(0));
    m_interaction = std::make_unique<test::ScriptedInteraction>();
    m_workbench = std::make_unique<gui::TokenWorkbench>();
    m_workbench->show();
    m_workbench->setPool(m_connection, m_pool);
    secrets::Profile stage;
    stage.name = str("stage");
    stage.region = m_stack.region;
    stage.endpointUrl = m_stack.endpoint.toString();
    secrets::Profile prod;
    prod.name = str("prod");
    prod.region = str("eu-central-1");
    m_workbench->setProfiles({prod, stage}, str("stage"));
}

void TestWorkbenchSessions::cleanup()
{
    m_workbench.reset();
    QVERIFY2(m_interaction->prompts.isEmpty(), qPrintable(m_interaction->prompts.join(u'\n')));
    m_interaction.reset();
    QVERIFY(setSimClock(0));
}

bool TestWorkbenchSessions::setSimClock(int offsetSeconds)
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_stack.endpoint.resolved(QUrl(str("/_sim/clock"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = network.post(
        request, QJsonDocument(QJsonObject{{str("offsetSeconds"), offsetSeconds}}).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(CallTimeoutMs))
        return false;
    reply->deleteLater();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    return reply->error() == QNetworkReply::NoError &&
           answer.value(QLatin1String("offsetSeconds")).toInt() == offsetSeconds;
}

bool TestWorkbenchSessions::setSimLatency(int milliseconds)
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_stack.endpoint.resolved(QUrl(str("/_sim/knobs"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = network.post(
        request, QJsonDocument(QJsonObject{{str("latencyMs"), milliseconds}}).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(CallTimeoutMs))
        return false;
    reply->deleteLater();
    return reply->error() == QNetworkReply::NoError;
}

QByteArray TestWorkbenchSessions::passwordOf(const QString &username) const
{
    return "Pw-" + username.toLatin1() + "!Aa1";
}

QString TestWorkbenchSessions::createUser()
{
    const QString username = test::uniqueName(str("tester")).toLower();
    const Run created =
        m_runner.cli({str("user"), str("create"), username, str("--suppress-message"),
                      str("--attribute"), str("email=%1@example.com").arg(username)});
    if (created.exitCode != 0) {
        qWarning("user create: %s", created.describe().constData());
        return {};
    }
    const Run set = m_runner.cli(
        {str("user"), str("set-password"), username, str("--password-stdin"), str("--permanent")},
        passwordOf(username) + '\n');
    if (set.exitCode != 0) {
        qWarning("user set-password: %s", set.describe().constData());
        return {};
    }
    return username;
}

bool TestWorkbenchSessions::signIn(const QString &username)
{
    auto *clients = child<QComboBox>("clientComboBox");
    if (!QTest::qWaitFor([&] { return clients->findData(m_client) >= 0; }, CallTimeoutMs))
        return false;
    clients->setCurrentIndex(clients->findData(m_client));
    auto *methods = child<QComboBox>("methodComboBox");
    methods->setCurrentIndex(methods->findData(int(Controller::Method::Password)));
    child<QLineEdit>("usernameLineEdit")->setText(username);
    child<QLineEdit>("passwordLineEdit")->setText(QString::fromLatin1(passwordOf(username)));
    auto *signIn = child<QPushButton>("signInPushButton");
    if (!QTest::qWaitFor([&] { return signIn->isEnabled(); }, CallTimeoutMs))
        return false;
    QTest::mouseClick(signIn, Qt::LeftButton);
    Controller *controller = m_workbench->controller();
    return QTest::qWaitFor(
        [&] {
            return controller->hasTokens() && controller->check(Controller::TokenKind::Id).state ==
                                                  Controller::Check::State::Valid;
        },
        CallTimeoutMs);
}

bool TestWorkbenchSessions::clickAndWait(const char *button)
{
    QSignalSpy finished(m_workbench->savedSessions(), &gui::SavedSessions::finished);
    auto *push = child<QPushButton>(button);
    if (!push->isEnabled()) {
        qWarning("%s is disabled", button);
        return false;
    }
    QTest::mouseClick(push, Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(CallTimeoutMs))
        return false;
    if (!finished.first().first().toBool())
        qWarning() << m_workbench->savedSessions()->status();
    return finished.first().first().toBool();
}

QTreeWidgetItem *TestWorkbenchSessions::sessionItem(const QString &username) const
{
    auto *tree = child<QTreeWidget>("sessionsTreeWidget");
    const QList<QTreeWidgetItem *> found = tree->findItems(username, Qt::MatchExactly, 0);
    return found.isEmpty() ? nullptr : found.first();
}

bool TestWorkbenchSessions::selectSession(const QString &username)
{
    QTreeWidgetItem *item = sessionItem(username);
    if (!item)
        return false;
    auto *tree = child<QTreeWidget>("sessionsTreeWidget");
    tree->setCurrentItem(item);
    return item->isSelected();
}

QString TestWorkbenchSessions::verifyIdToken(const QString &token)
{
    auth::JwksCache jwks(m_connection->client()->networkAccessManager());
    auth::JwtVerifier verifier(&jwks);
    auth::TokenExpectations expected;
    expected.issuers = auth::cognitoIssuers(m_stack.region, m_pool, m_stack.endpoint);
    expected.clientId = m_client;
    expected.tokenUse = auth::TokenUse::Id;
    const auto verified = aws::await(verifier.verify(token.toLatin1(), expected));
    if (!verified)
        return verified.error().toString();
    return verified.value().ok() ? QString() : verified.value().reason;
}

void TestWorkbenchSessions::environmentListsTheProfiles()
{
    auto *environments = child<QComboBox>("environmentComboBox");
    QCOMPARE(environments->count(), 2);
    // The connection's profile is chosen; each names the endpoint its sessions are kept for.
    QCOMPARE(environments->currentData().toString(), str("stage"));
    QVERIFY2(environments->currentText().contains(
                 auth::SessionKey::make(m_stack.endpoint, m_stack.region, {}, {}).endpoint),
             qPrintable(environments->currentText()));
    QCOMPARE(environments->itemText(environments->findData(str("prod"))),
             str("prod (aws:eu-central-1)"));
    QCOMPARE(environments->accessibleName(), str("Environment"));

    // A connection without a profile offers itself.
    m_workbench->setProfiles({}, {});
    QCOMPARE(environments->count(), 1);
    QCOMPARE(environments->currentData().toString(), QString());
}

void TestWorkbenchSessions::windowOffersItsProfilesAsEnvironments()
{
    // Two profiles in the settings the window reads, connected with the second.
    secrets::ProfileStore store;
    secrets::Profile dev;
    dev.name = str("dev-") + test::uniqueName(str("p"));
    dev.region = str("eu-west-1");
    secrets::Profile stage;
    stage.name = str("stage-") + test::uniqueName(str("p"));
    stage.region = m_stack.region;
    stage.endpointUrl = m_stack.endpoint.toString();
    store.save(dev);
    store.save(stage);
    QVERIFY(store.sync());
    const auto removeProfiles = qScopeGuard([&] {
        store.remove(dev.name);
        store.remove(stage.name);
        store.sync();
    });

    gui::MainWindow window;
    window.setConnection(m_connection, {}, stage.name);
    window.show();
    window.showSection(gui::MainWindow::Section::Tokens, m_pool);
    gui::TokenWorkbench *workbench = window.tokenWorkbench();
    QVERIFY(workbench);
    auto *environments = workbench->findChild<QComboBox *>(str("environmentComboBox"));
    QVERIFY(environments);
    QVERIFY(environments->findData(dev.name) >= 0);
    QCOMPARE(environments->currentData().toString(), stage.name);
    QCOMPARE(environments->findData(QString()), -1); // the connection has its profile

    // Without a profile, the connection itself is offered first and chosen.
    window.setConnection(m_connection);
    QCOMPARE(environments->currentData().toString(), QString());
    QVERIFY(environments->findData(stage.name) >= 0);
}

void TestWorkbenchSessions::savedSessionIsSharedWithTheCliAndRefreshedOnCopy()
{
    const QString username = createUser();
    QVERIFY(!username.isEmpty());
    Controller *controller = m_workbench->controller();
    QVERIFY(!child<QPushButton>("saveSessionPushButton")->isEnabled()); // nothing signed in

    // Signed in while the sim's clock is an hour (less 30 s) behind: the tokens expire soon.
    QVERIFY(setSimClock(NearlyExpiredOffset));
    QVERIFY(signIn(username));
    QVERIFY(setSimClock(0));
    const QString oldIdToken = controller->tokens().idToken;
    QVERIFY(controller->tokens().expiresAt < QDateTime::currentDateTimeUtc().addSecs(60));
    QVERIFY(!sessionItem(username));

    QVERIFY(clickAndWait("saveSessionPushButton"));
    QTreeWidgetItem *item = sessionItem(username);
    QVERIFY(item);
    QCOMPARE(item->text(1), m_client);
    QVERIFY(!item->text(2).isEmpty());

    // The CLI's token get finds it under its own key: the same endpoint, client and user.
    const Run got = cli({str("token"), str("get"), username, str("--min-ttl"), str("0")});
    QVERIFY2(got.exitCode == 0, got.describe().constData());
    QCOMPARE(got.out.trimmed(), oldIdToken.toLatin1());

    // Another environment lists its own endpoint's sessions: not this one.
    auto *environments = child<QComboBox>("environmentComboBox");
    environments->setCurrentIndex(environments->findData(str("prod")));
    QVERIFY(!sessionItem(username));
    environments->setCurrentIndex(environments->findData(str("stage")));
    QVERIFY(sessionItem(username));

    // Copy fresh token: the saved one expires within a minute, so it is refreshed first.
    QVERIFY(selectSession(username));
    QGuiApplication::clipboard()->clear();
    auto *kind = child<QComboBox>("freshTokenComboBox");
    QCOMPARE(kind->currentData().toInt(), int(Controller::TokenKind::Id));
    QVERIFY(clickAndWait("copyFreshTokenPushButton"));
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(!copied.isEmpty());
    QVERIFY(copied != oldIdToken);
    QCOMPARE(verifyIdToken(copied), QString());
    const auto jwt = auth::Jwt::decode(copied.toLatin1());
    QVERIFY(jwt);
    QCOMPARE(jwt->claims.value(QLatin1String("cognito:username")).toString(), username);
    QVERIFY2(m_workbench->savedSessions()->status().contains(str("Refreshed")),
             qPrintable(m_workbench->savedSessions()->status()));
    // ... and saved again: the CLI now hands out the refreshed token.
    const Run again = cli({str("token"), str("get"), username, str("--min-ttl"), str("0")});
    QVERIFY2(again.exitCode == 0, again.describe().constData());
    QCOMPARE(again.out.trimmed(), copied.toLatin1());

    // Fresh now: a second copy of the access token needs no refresh.
    QVERIFY(selectSession(username));
    kind->setCurrentIndex(kind->findData(int(Controller::TokenKind::Access)));
    QVERIFY(clickAndWait("copyFreshTokenPushButton"));
    const QString access = QGuiApplication::clipboard()->text();
    QCOMPARE(
        auth::Jwt::decode(access.toLatin1())->claims.value(QLatin1String("token_use")).toString(),
        str("access"));
    QVERIFY2(m_workbench->savedSessions()->status().startsWith(str("Copied")),
             qPrintable(m_workbench->savedSessions()->status()));

    // Use: the saved session's tokens in the workbench, checked, after they were cleared.
    m_workbench->setPool(m_connection, m_pool);
    QVERIFY(!controller->hasTokens());
    QTRY_VERIFY_WITH_TIMEOUT(selectSession(username), CallTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("useSessionPushButton")->isEnabled(),
                             CallTimeoutMs);
    QVERIFY(clickAndWait("useSessionPushButton"));
    QCOMPARE(controller->tokens().idToken, copied);
    QCOMPARE(controller->signedInAs(), username);
    QTRY_COMPARE_WITH_TIMEOUT(int(controller->check(Controller::TokenKind::Id).state),
                              int(Controller::Check::State::Valid), CallTimeoutMs);

    // Forget, confirmed: gone from the list and from the CLI's reach.
    QVERIFY(selectSession(username));
    m_interaction->answers.enqueue(gui::Interaction::Answer::Yes);
    QVERIFY(clickAndWait("forgetSessionPushButton"));
    QCOMPARE(m_interaction->prompts.size(), 1);
    QVERIFY(m_interaction->prompts.first().contains(username));
    m_interaction->prompts.clear();
    QVERIFY(!sessionItem(username));
    const Run gone = cli({str("token"), str("get"), username});
    QCOMPARE(gone.exitCode, 5);
}

void TestWorkbenchSessions::copyFreshTokenSaysWhyARefreshFails()
{
    const QString username = createUser();
    QVERIFY(!username.isEmpty());
    QVERIFY(setSimClock(NearlyExpiredOffset));
    QVERIFY(signIn(username));
    QVERIFY(setSimClock(0));
    QVERIFY(clickAndWait("saveSessionPushButton"));
    // The user is gone: the refresh token no longer works.
    const Run deleted = m_runner.cli({str("user"), str("delete"), username});
    QVERIFY2(deleted.exitCode == 0, deleted.describe().constData());

    QVERIFY(selectSession(username));
    QGuiApplication::clipboard()->setText(str("before"));
    QSignalSpy finished(m_workbench->savedSessions(), &gui::SavedSessions::finished);
    QTest::mouseClick(child<QPushButton>("copyFreshTokenPushButton"), Qt::LeftButton);
    QVERIFY(finished.wait(CallTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), false);
    const QString status = m_workbench->savedSessions()->status();
    QVERIFY2(status.contains(str("could not be refreshed")) && status.contains(username),
             qPrintable(status));
    QCOMPARE(QGuiApplication::clipboard()->text(), str("before")); // nothing stale copied

    QVERIFY(selectSession(username));
    m_interaction->answers.enqueue(gui::Interaction::Answer::Yes);
    QVERIFY(clickAndWait("forgetSessionPushButton"));
    m_interaction->prompts.clear();
}

void TestWorkbenchSessions::totpCodeOfAnEnrolledUser()
{
    const QString username = createUser();
    QVERIFY(!username.isEmpty());
    // Enrolled through the CLI: auth login --save, then mfa enrol (the secret in the keychain).
    const Run login =
        cli({str("auth"), str("login"), username, str("--password-stdin"), str("--save")},
            passwordOf(username) + '\n');
    QVERIFY2(login.exitCode == 0, login.describe().constData());
    const Run enrolled = cli({str("mfa"), str("enrol"), username});
    QVERIFY2(enrolled.exitCode == 0, enrolled.describe().constData());
    secrets::KeychainStore keychain;
    const auto secret = aws::await(keychain.read(auth::totpSecretKey(
        auth::SessionKey::make(m_stack.endpoint, m_stack.region, {}, {}).endpoint, m_pool,
        username)));
    QVERIFY(secret.ok());
    const auto key = auth::base32Decode(secret.value);
    QVERIFY(key && !key->isEmpty());

    // Someone without a secret: no code.
    auto *usernameEdit = child<QLineEdit>("usernameLineEdit");
    auto *code = child<QLabel>("totpCodeLabel");
    usernameEdit->setText(str("nobody-enrolled"));
    QTRY_VERIFY_WITH_TIMEOUT(!code->isVisibleTo(m_workbench.get()), CallTimeoutMs);
    QVERIFY(!child<QPushButton>("copyTotpPushButton")->isVisibleTo(m_workbench.get()));

    // The enrolled user: the code of now (the interaction's clock) and its seconds left.
    usernameEdit->setText(username);
    const qint64 now = m_interaction->clock.toSecsSinceEpoch();
    const QString expected = auth::totpCode(*key, now);
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisibleTo(m_workbench.get()), CallTimeoutMs);
    QCOMPARE(code->text(), expected);
    QCOMPARE(m_workbench->totpCode(), expected);
    QVERIFY2(child<QLabel>("totpCountdownLabel")
                 ->text()
                 .startsWith(QString::number(auth::totpSecondsLeft(now)) + QLatin1Char(' ')),
             qPrintable(child<QLabel>("totpCountdownLabel")->text()));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>("copyTotpPushButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);

    // Signing in stops at SOFTWARE_TOKEN_MFA; the code is filled from the keychain's secret
    // (the real clock's, which the sim checks) and accepted.
    m_interaction->clock = QDateTime::currentDateTimeUtc();
    auto *clients = child<QComboBox>("clientComboBox");
    QTRY_VERIFY_WITH_TIMEOUT(clients->findData(m_client) >= 0, CallTimeoutMs);
    clients->setCurrentIndex(clients->findData(m_client));
    auto *methods = child<QComboBox>("methodComboBox");
    methods->setCurrentIndex(methods->findData(int(Controller::Method::Password)));
    child<QLineEdit>("passwordLineEdit")->setText(QString::fromLatin1(passwordOf(username)));
    auto *signIn = child<QPushButton>("signInPushButton");
    QTRY_VERIFY_WITH_TIMEOUT(signIn->isEnabled(), CallTimeoutMs);
    QTest::mouseClick(signIn, Qt::LeftButton);
    Controller *controller = m_workbench->controller();
    QTRY_VERIFY_WITH_TIMEOUT(controller->challenge(), CallTimeoutMs);
    QCOMPARE(controller->challenge()->name, str("SOFTWARE_TOKEN_MFA"));
    auto *fill = child<QPushButton>("fillTotpPushButton");
    QTRY_VERIFY_WITH_TIMEOUT(fill->isVisible(), CallTimeoutMs);
    QTest::mouseClick(fill, Qt::LeftButton);
    QCOMPARE(child<QLineEdit>("mfaCodeLineEdit")->text(),
             auth::totpCode(*key, m_interaction->clock.toSecsSinceEpoch()));
    QTest::mouseClick(child<QPushButton>("mfaPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(controller->hasTokens() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(controller->hasTokens(),
             qPrintable(controller->lastError() ? controller->lastError()->toString() : QString()));
}

// The workbench gets the signed-in user's identity-pool credentials and signs its API request
// with them: cognito-sim's echo verifies the signature and names the caller's assumed role.
void TestWorkbenchSessions::apiRequestSignedWithIdentityPoolCredentials()
{
    const QString role = str("arn:aws:iam::123456789012:role/Cognito_Workbench_Auth");
    const auto identity = m_connection->identityPools(m_stack.region);
    QVERIFY2(identity, qPrintable(test::why(identity)));
    cognito::IdentityPool pool;
    pool.identityPoolName = test::uniqueName(str("workbench"));
    pool.cognitoIdentityProviders = {{cognito::userPoolProviderName(m_pool), m_client, false}};
    const auto created = aws::await(identity.value()->createIdentityPool(pool));
    QVERIFY2(created, qPrintable(test::why(created)));
    const QString poolId = created.value().identityPoolId;
    QVERIFY(
        aws::await(identity.value()->setIdentityPoolRoles(poolId, {{str("authenticated"), role}}))
            .ok());

    Controller *controller = m_workbench->controller();
    const auto error = [controller] {
        return controller->lastError() ? controller->lastError()->toString() : QString();
    };
    auto *sign = child<QCheckBox>("sigv4CheckBox");
    QVERIFY(!sign->isEnabled()); // nothing to sign with yet
    const QString username = createUser();
    QVERIFY(signIn(username));
    child<QLineEdit>("identityPoolLineEdit")->setText(poolId);
    QTest::mouseClick(child<QPushButton>("getCredentialsPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(controller->identityCredentials() || controller->lastError(),
                             CallTimeoutMs);
    QVERIFY2(!controller->lastError(), qPrintable(error()));
    QTRY_COMPARE_WITH_TIMEOUT(controller->identityRole(), role, CallTimeoutMs);
    const QString shown = child<QLabel>("identityCredentialsLabel")->text();
    QVERIFY2(shown.contains(controller->identityCredentials()->identityId), qPrintable(shown));
    QVERIFY2(shown.contains(role), qPrintable(shown));
    QVERIFY(sign->isEnabled());

    sign->setChecked(true);
    QVERIFY(!child<QComboBox>("apiTokenComboBox")->isEnabled());
    child<QLineEdit>("apiUrlLineEdit")
        ->setText(m_stack.endpoint.toString() + str("/_echo/prod/orders?id=7"));
    child<QComboBox>("apiMethodComboBox")->setCurrentText(str("POST"));
    child<QPlainTextEdit>("apiBodyPlainTextEdit")->setPlainText(str(R"({"item":"book"})"));
    QTest::mouseClick(child<QPushButton>("sendPushButton"), Qt::LeftButton);
    auto *status = child<QLabel>("responseStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty() || controller->lastError(), CallTimeoutMs);
    QVERIFY2(!controller->lastError(), qPrintable(error()));
    QVERIFY2(status->text().startsWith(QLatin1String("HTTP 200")), qPrintable(status->text()));
    const QJsonObject echoed =
        QJsonDocument::fromJson(
            child<QPlainTextEdit>("responseBodyPlainTextEdit")->toPlainText().toUtf8())
            .object();
    QCOMPARE(echoed.value(QLatin1String("body")).toString(), str(R"({"item":"book"})"));
    const QJsonObject caller = echoed.value(QLatin1String("caller")).toObject();
    QVERIFY2(caller.value(QLatin1String("Arn"))
                 .toString()
                 .contains(QLatin1String(":assumed-role/Cognito_Workbench_Auth/")),
             qPrintable(caller.value(QLatin1String("Arn")).toString()));
    QCOMPARE(caller.value(QLatin1String("IdentityId")).toString(),
             controller->identityCredentials()->identityId);

    // Another user's tokens: the credentials were the first user's, and are gone.
    const QString before = controller->tokens().idToken;
    const QString other = createUser();
    QVERIFY(signIn(other));
    QTRY_VERIFY_WITH_TIMEOUT(controller->tokens().idToken != before &&
                                 controller->check(Controller::TokenKind::Id).state ==
                                     Controller::Check::State::Valid,
                             CallTimeoutMs);
    QCOMPARE(controller->signedInAs(), other);
    QVERIFY(!controller->identityCredentials());
    QVERIFY(!sign->isEnabled());
    QVERIFY(!sign->isChecked());
    QVERIFY(child<QComboBox>("apiTokenComboBox")->isEnabled());
}

// The workbench closed while a call is under way: the call is dropped quietly (it used to
// tell the half-destroyed window that it was no longer busy).
void TestWorkbenchSessions::closingDuringACallIsQuiet()
{
    const QString username = createUser();
    QVERIFY(signIn(username));
    Controller *controller = m_workbench->controller();
    QVERIFY(setSimLatency(5000));
    child<QLineEdit>("identityPoolLineEdit")
        ->setText(m_stack.region + str(":00000000-0000-0000-0000-000000000000"));
    QTest::mouseClick(child<QPushButton>("getCredentialsPushButton"), Qt::LeftButton);
    QVERIFY(controller->isBusy());
    m_workbench.reset();
    QVERIFY(setSimLatency(0));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestWorkbenchSessions test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workbenchsessions.moc"
