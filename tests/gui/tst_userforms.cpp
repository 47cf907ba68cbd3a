#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "cognito/passwordgenerator.h"
#include "gui/users/attributesform.h"
#include "gui/users/confirmsignupdialog.h"
#include "gui/users/createuserdialog.h"
#include "gui/users/newpassworddialog.h"
#include "gui/users/newpasswordform.h"
#include "gui/users/passwordedit.h"
#include "gui/users/setpassworddialog.h"
#include "gui/users/signupdialog.h"
#include "gui/users/userforms.h"
#include "gui/users/userformscontroller.h"
#include "support/localstack.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QTcpServer>
#include <QtTest>

using namespace cdesk;

Q_DECLARE_METATYPE(cdesk::cognito::PasswordPolicy)

// The user forms driven through their widgets against cognito-sim; every outcome is checked
// on the server through the core (AdminGetUser, sign-ins with the new password).
class TestUserForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void createUserWithGeneratedPasswordCopiedOnce();
    void createUserEnforcesRequiredAttributes();
    void createUserInEmailPool();
    void createUserResendsInvitation();
    void setPasswordShowsPolicyErrorThenSetsPermanent();
    void setPasswordTemporary();
    void confirmSignUp();
    void signUpWithSecretClientAndCode();
    void completeNewPasswordChallenge();
    void newPasswordFormAsksForRequiredAttributes();
    void cancelWhileBusyKeepsTheDialogOpen();
    void generatedPasswordsSatisfyTheService_data();
    void generatedPasswordsSatisfyTheService();
    void passwordFieldIsNamedAfterItsLabel_data();
    void passwordFieldIsNamedAfterItsLabel();

private:
    std::shared_ptr<cognito::Connection> connect(const QUrl &endpoint = {}) const;
    cognito::IdentityProvider *idp() const { return m_connection->identityProvider(); }
    QString uniqueName(const QString &tag) const;
    // A FORCE_CHANGE_PASSWORD user created through the core, with `temporaryPassword`.
    void createUser(const QString &username, const QString &temporaryPassword);
    QString userStatus(const QString &username) const;
    cognito::AppClient client(const QString &name) const;
    template <typename Dialog>
    Dialog *openedDialog();
    static QPushButton *okButton(QWidget *dialog);
    static QString errorText(QWidget *dialog);
    static void setText(QWidget *parent, const char *objectName, const QString &text);

    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    std::unique_ptr<QWidget> m_window;
    int m_done = 0;
};

void TestUserForms::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_stack = *stack;
    m_connection = connect();
    QVERIFY(m_connection);
}

void TestUserForms::cleanup()
{
    m_window.reset(); // closes whatever dialog a failed test left open
    m_done = 0;
}

std::shared_ptr<cognito::Connection> TestUserForms::connect(const QUrl &endpoint) const
{
    cognito::ConnectionSettings settings;
    settings.region = m_stack.region;
    settings.endpointUrl = endpoint.isEmpty() ? m_stack.endpoint : endpoint;
    settings.credentials = std::make_shared<aws::StaticCredentialsProvider>(m_stack.credentials);
    auto connection = cognito::Connection::open(settings);
    return connection ? connection.value() : nullptr;
}

QString TestUserForms::uniqueName(const QString &tag) const
{
    // The fixture's server is shared by every test of the run: names never repeat.
    return QStringLiteral("uf-%1-%2-%3")
        .arg(tag)
        .arg(QDateTime::currentMSecsSinceEpoch())
        .arg(QRandomGenerator::global()->bounded(100000));
}

void TestUserForms::createUser(const QString &username, const QString &temporaryPassword)
{
    cognito::CreateUserRequest request;
    request.username = username;
    request.temporaryPassword = temporaryPassword;
    request.messageAction = cognito::MessageAction::Suppress;
    request.attributes = {{QStringLiteral("email"), username + QStringLiteral("@example.com")}};
    const auto created = aws::await(idp()->adminCreateUser(m_stack.userPoolId(), request));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
}

QString TestUserForms::userStatus(const QString &username) const
{
    const auto user = aws::await(idp()->adminGetUser(m_stack.userPoolId(), username));
    return user ? user.value().status : user.error().type;
}

cognito::AppClient TestUserForms::client(const QString &name) const
{
    return cognito::AppClient{m_stack.clientId(name), m_stack.clientSecret(name)};
}

template <typename Dialog>
Dialog *TestUserForms::openedDialog()
{
    Dialog *dialog = m_window->findChild<Dialog *>();
    if (!dialog)
        return nullptr;
    if (!QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QPushButton *TestUserForms::okButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
        ->button(QDialogButtonBox::Ok);
}

QString TestUserForms::errorText(QWidget *dialog)
{
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    return label && label->isVisible() ? label->text() : QString();
}

void TestUserForms::setText(QWidget *parent, const char *objectName, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QLatin1String(objectName));
    QVERIFY2(edit, objectName);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestUserForms::createUserWithGeneratedPasswordCopiedOnce()
{
    m_window = std::make_unique<QWidget>();
    m_window->show();
    gui::userforms::createUser(m_window.get(), m_connection, m_stack.userPoolId(),
                               [this] { ++m_done; });
    auto *dialog = openedDialog<gui::CreateUserDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->isModal());
    QTRY_VERIFY_WITH_TIMEOUT(okButton(dialog)->isEnabled(), 20000); // the schema is in

    const QString username = uniqueName(QStringLiteral("gen"));
    setText(dialog, "usernameLineEdit", username);
    // The demo pool requires email: its field is there from the start.
    setText(dialog, "attributeLineEdit_email", username + QStringLiteral("@example.com"));
    // An optional attribute from the schema, added through the form.
    auto *choices = dialog->findChild<QComboBox *>(QStringLiteral("addAttributeComboBox"));
    const int custom = choices->findData(QStringLiteral("custom:department"));
    QVERIFY(custom >= 0);
    choices->setCurrentIndex(custom);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addAttributeButton")),
                      Qt::LeftButton);
    setText(dialog, "attributeLineEdit_custom:department", QStringLiteral("Support"));
    dialog->findChild<QComboBox *>(QStringLiteral("messageActionComboBox"))->setCurrentIndex(1);

    // Generate: shown once; Copy copies it once and hides it.
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
    auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyButton"));
    QVERIFY(!copy->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("generateButton")),
                      Qt::LeftButton);
    const QString password = field->text();
    QVERIFY(password.size() >= 16);
    QCOMPARE(field->echoMode(), QLineEdit::Normal);
    QVERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), password);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QVERIFY(!copy->isEnabled());
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("hintLabel"));
    QVERIFY2(hint->text().contains(QLatin1String("Copied")), qPrintable(hint->text()));

    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_done, 1, 20000);
    QTRY_VERIFY(!m_window->findChild<gui::CreateUserDialog *>());

    const auto user = aws::await(idp()->adminGetUser(m_stack.userPoolId(), username));
    QVERIFY2(user, qPrintable(user ? QString() : user.error().toString()));
    QCOMPARE(user.value().status, QStringLiteral("FORCE_CHANGE_PASSWORD"));
    QCOMPARE(user.value().attribute(QStringLiteral("email")),
             username + QStringLiteral("@example.com"));
    QCOMPARE(user.value().attribute(QStringLiteral("custom:department")),
             QStringLiteral("Support"));
    // The generated password is the one the service set: it opens the first-sign-in challenge.
    const auto auth = aws::await(
        idp()->adminInitiateAuth(m_stack.userPoolId(), client(QStringLiteral("demo-web")),
                                 cognito::AdminAuthFlow::UserPassword, username, password));
    QVERIFY2(auth, qPrintable(auth ? QString() : auth.error().toString()));
    QCOMPARE(auth.value().challengeName, QStringLiteral("NEW_PASSWORD_REQUIRED"));
}

void TestUserForms::createUserEnforcesRequiredAttributes()
{
    m_window = std::make_unique<QWidget>();
    m_window->show();
    gui::userforms::createUser(m_window.get(), m_connection, m_stack.userPoolId(),
                               [this] { ++m_done; });
    auto *dialog = openedDialog<gui::CreateUserDialog>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(okButton(dialog)->isEnabled(), 20000);

    const QString username = uniqueName(QStringLiteral("noemail"));
    setText(dialog, "usernameLineEdit", username);
    dialog->findChild<QComboBox *>(QStringLiteral("messageActionComboBox"))->setCurrentIndex(1);
    setText(dialog, "passwordLineEdit", QStringLiteral("Typed-Passw0rd"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    // Refused before sending: the dialog stays, with what was typed.
    QVERIFY2(errorText(dialog).contains(QLatin1String("email is required")),
             qPrintable(errorText(dialog)));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit"))->text(), username);
    QCOMPARE(m_done, 0);
    QCOMPARE(userStatus(username), QStringLiteral("UserNotFoundException"));

    // Suppressing the invitation without a password would leave nobody knowing it.
    setText(dialog, "attributeLineEdit_email", username + QStringLiteral("@example.com"));
    setText(dialog, "passwordLineEdit", QString());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY2(errorText(dialog).contains(QLatin1String("temporary password")),
             qPrintable(errorText(dialog)));
    QCOMPARE(userStatus(username), QStringLiteral("UserNotFoundException"));
}

void TestUserForms::createUserInEmailPool()
{
    // A pool of our own: usernames are email addresses, and a stricter policy than the demo's.
    cognito::CreateUserPoolRequest request;
    request.name = uniqueName(QStringLiteral("emailpool"));
    request.usernameAttributes = {QStringLiteral("email")};
    request.extra =
        QJsonObject{{QStringLiteral("Policies"),
                     QJsonObject{{QStringLiteral("PasswordPolicy"),
                                  QJsonObject{{QStringLiteral("MinimumLength"), 20},
                                              {QStringLiteral("RequireUppercase"), true},
                                              {QStringLiteral("RequireLowercase"), true},
                                              {QStringLiteral("RequireNumbers"), true},
                                              {QStringLiteral("RequireSymbols"), true}}}}}};
    const auto pool = aws::await(idp()->createUserPool(request));
    QVERIFY2(pool, qPrintable(pool ? QString() : pool.error().toString()));
    const QString poolId = pool.value().id;
    auto removePool = qScopeGuard([&] { aws::await(idp()->deleteUserPool(poolId)); });

    m_window = std::make_unique<QWidget>();
    m_window->show();
    gui::userforms::createUser(m_window.get(), m_connection, poolId, [this] { ++m_done; });
    auto *dialog = openedDialog<gui::CreateUserDialog>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(okButton(dialog)->isEnabled(), 20000);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("usernameLabel"))->text(),
             QStringLiteral("&Email address:"));
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("attributeLineEdit_email")));

    // A plain name is not a username here.
    setText(dialog, "usernameLineEdit", QStringLiteral("grace"));
    dialog->findChild<QComboBox *>(QStringLiteral("messageActionComboBox"))->setCurrentIndex(1);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("generateButton")),
                      Qt::LeftButton);
    const QString password =
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))->text();
    QCOMPARE(password.size(), 20);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY2(errorText(dialog).contains(QLatin1String("email addresses")),
             qPrintable(errorText(dialog)));

    const QString email = uniqueName(QStringLiteral("grace")) + QStringLiteral("@example.com");
    setText(dialog, "usernameLineEdit", email);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_done, 1, 20000);

    // Found by the email; the internal username is not the email.
    cognito::ListUsersQuery query;
    query.filter = QStringLiteral("email = \"%1\"").arg(email);
    const auto users = aws::await(idp()->listUsers(poolId, query));
    QVERIFY2(users, qPrintable(users ? QString() : users.error().toString()));
    QCOMPARE(users.value().items.size(), 1);
    QCOMPARE(users.value().items.first().status, QStringLiteral("FORCE_CHANGE_PASSWORD"));
    QVERIFY(users.value().items.first().username != email);
}

void TestUserForms::createUserResendsInvitation()
{
    const QString username = uniqueName(QStringLiteral("resend"));
    createUser(username, QStringLiteral("First-Temp0rary"));

    m_window = std::make_unique<QWidget>();
    m_window->show();
    gui::userforms::createUser(m_window.get(), m_connection, m_stack.userPoolId(),
                               [this] { ++m_done; });
    auto *dialog = openedDialog<gui::CreateUserDialog>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(okButton(dialog)->isEnabled(), 20000);
    setText(dialog, "usernameLineEdit", username);
    dialog->findChild<QComboBox *>(QStringLiteral("messageActionComboBox"))->setCurrentIndex(2);
    QVERIFY(!dialog->findChild<gui::AttributesForm *>()->isVisible());
    setText(dialog, "passwordLineEdit", QStringLiteral("Second-Temp0rary"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_done, 1, 20000);

    // The new temporary password replaced the old one.
    const auto auth = aws::await(idp()->adminInitiateAuth(
        m_stack.userPoolId(), client(QStringLiteral("demo-web")),
        cognito::AdminAuthFlow::UserPassword, username, QStringLiteral("Second-Temp0rary")));
    QVERIFY2(auth, qPrintable(auth ? QString() : auth.error().toString()));
    QCOMPARE(auth.value().challengeName, QStringLiteral("NEW_PASSWORD_REQUIRED"));
    const auto old = aws::await(idp()->adminInitiateAuth(
        m_stack.userPoolId(), client(QStringLiteral("demo-web")),
        cognito::AdminAuthFlow::UserPassword, username, QStringLiteral("First-Temp0rary")));
    QVERIFY(!old);
    QCOMPARE(old.error().type, QStringLiteral("NotAuthorizedException"));
}

void TestUserForms::setPasswordShowsPolicyErrorThenSetsPermanent()
{
    const QString username = uniqueName(QStringLiteral("setpw"));
    createUser(username, QStringLiteral("First-Temp0rary"));

    m_window = std::make_unique<QWidget>();
    m_window->show();
    gui::userforms::setPassword(m_window.get(), m_connection, m_stack.userPoolId(), username,
                                [this] { ++m_done; });
    auto *dialog = openedDialog<gui::SetPasswordDialog>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(okButton(dialog)->isEnabled(), 20000);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("usernameValueLabel"))->text(), username);

    // The service refuses it; its error is shown in place and the dialog keeps the input.
    setText(dialog, "passwordLineEdit", QStringLiteral("alllowercase"));
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("permanentCheckBox")),
                      Qt::LeftButton);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!errorText(dialog).isEmpty(), 20000);
    QVERIFY2(errorText(dialog).startsWith(QLatin1String("InvalidPasswordException: ")),
             qPrintable(errorText(dialog)));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))->text(),
             QStringLiteral("alllowercase"));
    QCOMPARE(m_done, 0);
    QCOMPARE(userStatus(username), QStringLiteral("FORCE_CHANGE_PASSWORD"));

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("generateButton")),
                      Qt::LeftButton);
    const QString password =
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))->text();
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_done, 1, 20000);

    QCOMPARE(userStatus(username), QStringLiteral("CONFIRMED"));
    const auto auth = aws::await(
        idp()->initiateUserPasswordAuth(client(QStringLiteral("demo-web")), username, password));
    QVERIFY2(auth, qPrintable(auth ? QString() : auth.error().toString()));
    QVERIFY(auth.value().result.has_value());
}

void TestUserForms::setPasswordTemporary()
{
    const QString username = uniqueName(QStringLiteral("settemp"));
    createUser(username, QStringLiteral("First-Temp0rary"));
    QVERIFY(aws::await(idp()->adminSetUserPassword(m_stack.userPoolId(), username,
                                                   QStringLiteral("Perm-Passw0rd"), true)));
    QCOMPARE(userStatus(username), QStringLiteral("CONFIRMED"));

    m_window = std::make_unique<QWidget>();
    m_window->show();
    gui::userforms::setPassword(m_window.get(), m_connection, m_stack.userPoolId(), username,
                                [this] { ++m_done; });
    auto *dialog = openedDialog<gui::SetPasswordDialog>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(okButton(dialog)->isEnabled(), 20000);
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("permanentCheckBox"))->isChecked());
    setText(dialog, "passwordLineEdit", QStringLiteral("Next-Temp0rary"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_done, 1, 20000);

    QCOMPARE(userStatus(username), QStringLiteral("FORCE_CHANGE_PASSWORD"));
    const auto auth = aws::await(idp()->adminInitiateAuth(
        m_stack.userPoolId(), client(QStringLiteral("demo-web")),
        cognito::AdminAuthFlow::UserPassword, username, QStringLiteral("Next-Temp0rary")));
    QVERIFY2(auth, qPrintable(auth ? QString() : auth.error().toString()));
    QCOMPARE(auth.value().challengeName, QStringLiteral("NEW_PASSWORD_REQUIRED"));
}

void TestUserForms::confirmSignUp()
{
    const QString username = uniqueName(QStringLiteral("confirm"));
    const auto signedUp = aws::await(idp()->signUp(
        client(QStringLiteral("demo-web")), username, QStringLiteral("Passw0rd-signup"),
        {{QStringLiteral("email"), username + QStringLiteral("@example.com")}}));
    QVERIFY2(signedUp, qPrintable(signedUp ? QString() : signedUp.error().toString()));
    QCOMPARE(userStatus(username), QStringLiteral("UNCONFIRMED"));

    m_window = std::make_unique<QWidget>();
    m_window->show();
    gui::userforms::confirmSignUp(m_window.get(), m_connection, m_stack.userPoolId(), username,
                                  [this] { ++m_done; });
    auto *dialog = openedDialog<gui::ConfirmSignUpDialog>();
    QVERIFY(dialog);
    QVERIFY(
        dialog->findChild<QLabel *>(QStringLiteral("explanationLabel"))->text().contains(username));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_done, 1, 20000);
    QCOMPARE(userStatus(username), QStringLiteral("CONFIRMED"));

    // Again: the service refuses a confirmed user, and the dialog says so in place.
    gui::userforms::confirmSignUp(m_window.get(), m_connection, m_stack.userPoolId(), username,
                                  [this] { ++m_done; });
    QTRY_VERIFY(m_window->findChild<gui::ConfirmSignUpDialog *>());
    dialog = openedDialog<gui::ConfirmSignUpDialog>();
    QVERIFY(dialog);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!errorText(dialog).isEmpty(), 20000);
    QVERIFY2(errorText(dialog).contains(QLatin1String("NotAuthorizedException")),
             qPrintable(errorText(dialog)));
    QCOMPARE(m_done, 1);
}

void TestUserForms::signUpWithSecretClientAndCode()
{
    m_window = std::make_unique<QWidget>();
    m_window->show();
    gui::userforms::signUp(m_window.get(), m_connection, m_stack.userPoolId(),
                           [this] { ++m_done; });
    auto *dialog = openedDialog<gui::SignUpDialog>();
    QVERIFY(dialog);
    auto *clients = dialog->findChild<QComboBox *>(QStringLiteral("clientComboBox"));
    QTRY_VERIFY_WITH_TIMEOUT(
        clients->count() > 0 && !dialog->findChild<gui::UserFormsController *>()->isBusy(), 20000);
    // No app client is chosen for the user: the picker is empty and Sign Up waits for one.
    QCOMPARE(clients->currentIndex(), -1);
    QVERIFY2(clients->currentText().isEmpty(), qPrintable(clients->currentText()));
    QVERIFY(!okButton(dialog)->isEnabled());

    // The confidential client: SignUp, ConfirmSignUp and the resend need its SECRET_HASH.
    const int backend = clients->findData(m_stack.clientId(QStringLiteral("demo-backend")));
    QVERIFY(backend >= 0);
    QVERIFY(clients->itemText(backend).contains(QLatin1String("secret")));
    clients->setCurrentIndex(backend);
    QVERIFY(okButton(dialog)->isEnabled());
    const QString username = uniqueName(QStringLiteral("signup"));
    setText(dialog, "usernameLineEdit", username);
    setText(dialog, "passwordLineEdit", QStringLiteral("Passw0rd-signup"));
    setText(dialog, "attributeLineEdit_email", username + QStringLiteral("@example.com"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    auto *pages = dialog->findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"));
    QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(), QStringLiteral("codePage"),
                              20000);
    QCOMPARE(m_done, 1); // the user exists now
    QCOMPARE(userStatus(username), QStringLiteral("UNCONFIRMED"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("codeSentLabel"))->text().contains(u'@'));

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("resendCodeButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->findChild<QLabel *>(QStringLiteral("messageLabel"))->isVisible(), 20000);

    setText(dialog, "codeLineEdit", QStringLiteral("000000"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!errorText(dialog).isEmpty(), 20000);
    QVERIFY2(errorText(dialog).startsWith(QLatin1String("CodeMismatchException")),
             qPrintable(errorText(dialog)));
    QCOMPARE(userStatus(username), QStringLiteral("UNCONFIRMED"));

    setText(dialog, "codeLineEdit", QStringLiteral("123456")); // the fixture's fixed code
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_done, 2, 20000);
    QCOMPARE(userStatus(username), QStringLiteral("CONFIRMED"));
    const auto auth = aws::await(idp()->initiateUserPasswordAuth(
        client(QStringLiteral("demo-backend")), username, QStringLiteral("Passw0rd-signup")));
    QVERIFY2(auth, qPrintable(auth ? QString() : auth.error().toString()));
}

void TestUserForms::completeNewPasswordChallenge()
{
    const QString username = uniqueName(QStringLiteral("newpw"));
    createUser(username, QStringLiteral("First-Temp0rary"));

    m_window = std::make_unique<QWidget>();
    m_window->show();
    gui::userforms::completeNewPassword(m_window.get(), m_connection, m_stack.userPoolId(),
                                        username, [this] { ++m_done; });
    auto *dialog = openedDialog<gui::NewPasswordDialog>();
    QVERIFY(dialog);
    auto *clients = dialog->findChild<QComboBox *>(QStringLiteral("clientComboBox"));
    QTRY_VERIFY_WITH_TIMEOUT(
        clients->count() > 0 && !dialog->findChild<gui::UserFormsController *>()->isBusy(), 20000);
    // No app client is chosen for the user: the picker is empty and Sign In waits for one.
    QCOMPARE(clients->currentIndex(), -1);
    QVERIFY2(clients->currentText().isEmpty(), qPrintable(clients->currentText()));
    QVERIFY(!okButton(dialog)->isEnabled());
    const int backend = clients->findData(m_stack.clientId(QStringLiteral("demo-backend")));
    QVERIFY(backend >= 0);
    clients->setCurrentIndex(backend); // SECRET_HASH with the internal username
    QVERIFY(okButton(dialog)->isEnabled());

    // A wrong temporary password: refused in place.
    setText(dialog, "temporaryPasswordLineEdit", QStringLiteral("Wrong-Temp0rary"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!errorText(dialog).isEmpty(), 20000);
    QVERIFY2(errorText(dialog).startsWith(QLatin1String("NotAuthorizedException")),
             qPrintable(errorText(dialog)));

    setText(dialog, "temporaryPasswordLineEdit", QStringLiteral("First-Temp0rary"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    auto *pages = dialog->findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"));
    QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(),
                              QStringLiteral("newPasswordPage"), 20000);

    // Mismatched confirmation is caught before sending.
    auto *form = dialog->findChild<gui::NewPasswordForm *>();
    setText(form, "passwordLineEdit", QStringLiteral("weak"));
    setText(form, "confirmPasswordLineEdit", QStringLiteral("weak2"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY2(errorText(dialog).contains(QLatin1String("differ")), qPrintable(errorText(dialog)));

    // The service's policy error, in place; the answer can be given again after it.
    setText(form, "confirmPasswordLineEdit", QStringLiteral("weak"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!errorText(dialog).isEmpty(), 20000);
    QVERIFY2(errorText(dialog).startsWith(QLatin1String("InvalidPasswordException")),
             qPrintable(errorText(dialog)));
    QCOMPARE(userStatus(username), QStringLiteral("FORCE_CHANGE_PASSWORD"));

    setText(form, "passwordLineEdit", QStringLiteral("Chosen-Passw0rd"));
    setText(form, "confirmPasswordLineEdit", QStringLiteral("Chosen-Passw0rd"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_done, 1, 20000);

    QCOMPARE(userStatus(username), QStringLiteral("CONFIRMED"));
    const auto auth = aws::await(idp()->initiateUserPasswordAuth(
        client(QStringLiteral("demo-web")), username, QStringLiteral("Chosen-Passw0rd")));
    QVERIFY2(auth, qPrintable(auth ? QString() : auth.error().toString()));
    QVERIFY(auth.value().result.has_value());
}

void TestUserForms::newPasswordFormAsksForRequiredAttributes()
{
    // What the token workbench hands the form: a NEW_PASSWORD_REQUIRED answer as the service
    // words it (the sim's users always have their required attributes, so it never asks).
    const QJsonObject answer{
        {QStringLiteral("ChallengeName"), QStringLiteral("NEW_PASSWORD_REQUIRED")},
        {QStringLiteral("Session"), QStringLiteral("session")},
        {QStringLiteral("ChallengeParameters"),
         QJsonObject{{QStringLiteral("requiredAttributes"),
                      QStringLiteral("[\"userAttributes.name\",\"userAttributes.family_name\"]")},
                     {QStringLiteral("userAttributes"), QStringLiteral("{}")}}}};
    const auto challenge = cognito::AuthResponse::fromJson(answer);
    QCOMPARE(gui::NewPasswordForm::requiredAttributesOf(challenge),
             (QStringList{QStringLiteral("name"), QStringLiteral("family_name")}));

    gui::NewPasswordForm form;
    form.setRequiredAttributes(gui::NewPasswordForm::requiredAttributesOf(challenge));
    form.show();
    setText(&form, "passwordLineEdit", QStringLiteral("Chosen-Passw0rd"));
    setText(&form, "confirmPasswordLineEdit", QStringLiteral("Chosen-Passw0rd"));
    setText(&form, "attributeLineEdit_name", QStringLiteral("Grace"));
    const QStringList problems = form.validate();
    QCOMPARE(problems, QStringList{QStringLiteral("family_name is required.")});
    setText(&form, "attributeLineEdit_family_name", QStringLiteral("Hopper"));
    QVERIFY(form.validate().isEmpty());
    QCOMPARE(form.newPassword(), QStringLiteral("Chosen-Passw0rd"));
    QCOMPARE(form.attributes(), (QList<cognito::Attribute>{
                                    {QStringLiteral("name"), QStringLiteral("Grace")},
                                    {QStringLiteral("family_name"), QStringLiteral("Hopper")}}));
}

void TestUserForms::cancelWhileBusyKeepsTheDialogOpen()
{
    // A server that accepts the connection and never answers: the call stays busy.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const auto connection =
        connect(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort())));
    QVERIFY(connection);

    m_window = std::make_unique<QWidget>();
    m_window->show();
    gui::userforms::setPassword(m_window.get(), connection, m_stack.userPoolId(),
                                QStringLiteral("nobody"), [this] { ++m_done; });
    auto *dialog = openedDialog<gui::SetPasswordDialog>();
    QVERIFY(dialog);
    auto *busy = dialog->findChild<QWidget *>(QStringLiteral("busyWidget"));
    QTRY_VERIFY(busy->isVisible());
    QVERIFY(dialog->findChild<QProgressBar *>(QStringLiteral("busyProgressBar"))->isVisible());
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(!dialog->findChild<gui::PasswordEdit *>()->isEnabled());

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                      Qt::LeftButton);
    QVERIFY(!busy->isVisible());
    QVERIFY2(errorText(dialog).startsWith(QLatin1String("Canceled")),
             qPrintable(errorText(dialog)));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<gui::PasswordEdit *>()->isEnabled());
    QCOMPARE(m_done, 0);
}

void TestUserForms::generatedPasswordsSatisfyTheService_data()
{
    QTest::addColumn<cognito::PasswordPolicy>("policy");
    auto policy = [](int length, bool upper, bool lower, bool numbers, bool symbols) {
        cognito::PasswordPolicy p;
        p.minimumLength = length;
        p.requireUppercase = upper;
        p.requireLowercase = lower;
        p.requireNumbers = numbers;
        p.requireSymbols = symbols;
        return p;
    };
    QTest::newRow("service-default") << cognito::PasswordPolicy{};
    QTest::newRow("symbols-only") << policy(6, false, false, false, true);
    QTest::newRow("long-everything") << policy(40, true, true, true, true);
    QTest::newRow("nothing-required") << policy(6, false, false, false, false);
}

void TestUserForms::generatedPasswordsSatisfyTheService()
{
    QFETCH(cognito::PasswordPolicy, policy);
    cognito::CreateUserPoolRequest request;
    request.name = uniqueName(QStringLiteral("policy"));
    request.extra = QJsonObject{
        {QStringLiteral("Policies"),
         QJsonObject{{QStringLiteral("PasswordPolicy"),
                      QJsonObject{{QStringLiteral("MinimumLength"), policy.minimumLength},
                                  {QStringLiteral("RequireUppercase"), policy.requireUppercase},
                                  {QStringLiteral("RequireLowercase"), policy.requireLowercase},
                                  {QStringLiteral("RequireNumbers"), policy.requireNumbers},
                                  {QStringLiteral("RequireSymbols"), policy.requireSymbols}}}}}};
    const auto pool = aws::await(idp()->createUserPool(request));
    QVERIFY2(pool, qPrintable(pool ? QString() : pool.error().toString()));
    const QString poolId = pool.value().id;
    auto removePool = qScopeGuard([&] { aws::await(idp()->deleteUserPool(poolId)); });
    // The pool as described, not as asked: the generator reads what the service reports.
    const auto described = aws::await(idp()->describeUserPool(poolId));
    QVERIFY(described);
    const auto reported = cognito::PasswordPolicy::fromUserPoolJson(described.value().json);
    QCOMPARE(reported.minimumLength, policy.minimumLength);

    for (int i = 0; i < 20; ++i) {
        const QString username = QStringLiteral("user%1").arg(i);
        cognito::CreateUserRequest user;
        user.username = username;
        user.temporaryPassword = cognito::generatePassword(reported);
        user.messageAction = cognito::MessageAction::Suppress;
        const auto created = aws::await(idp()->adminCreateUser(poolId, user));
        QVERIFY2(created, qPrintable(user.temporaryPassword + u' ' +
                                     (created ? QString() : created.error().toString())));
        const QString permanent = cognito::generatePassword(reported);
        const auto set = aws::await(idp()->adminSetUserPassword(poolId, username, permanent, true));
        QVERIFY2(set, qPrintable(permanent + u' ' + (set ? QString() : set.error().toString())));
    }
}

void TestUserForms::passwordFieldIsNamedAfterItsLabel_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("name");
    QTest::newRow("english") << QStringLiteral("&Temporary password:")
                             << QStringLiteral("Temporary password");
    QTest::newRow("ja") << QStringLiteral("仮パスワード(&T):") << QStringLiteral("仮パスワード");
    QTest::newRow("zh_CN full-width colon")
        << QStringLiteral("临时密码(&T)：") << QStringLiteral("临时密码");
    QTest::newRow("full-width parentheses")
        << QStringLiteral("新しいパスワード（&N）：") << QStringLiteral("新しいパスワード");
    QTest::newRow("a literal ampersand")
        << QStringLiteral("Salt && &pepper:") << QStringLiteral("Salt & pepper");
}

// A screen reader hears the field as its label reads, in every language: not "(T)", not a
// trailing colon.
void TestUserForms::passwordFieldIsNamedAfterItsLabel()
{
    QFETCH(QString, label);
    QFETCH(QString, name);
    QCOMPARE(gui::PasswordEdit::nameFromLabel(label), name);

    QWidget form;
    auto *layout = new QFormLayout(&form);
    auto *labelWidget = new QLabel(label);
    auto *field = new gui::PasswordEdit;
    labelWidget->setBuddy(field);
    layout->addRow(labelWidget, field);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    const QLineEdit *text = field->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
    QVERIFY(text);
    QCOMPARE(text->accessibleName(), name);
}

QTEST_MAIN(TestUserForms)
#include "tst_userforms.moc"
