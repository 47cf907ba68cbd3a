// Takes the README's screenshots of the real widgets, connected to the seeded local server
// that ./dev screenshots starts: the main window with users loaded, the create-user dialog,
// the new-password dialog, the token workbench after a sign-in, the login checker, a pool
// compared with a second one, and the audit log of the writes these made.

#include "aws/credentialsprovider.h"
#include "aws/future.h"
#include "cognito/auditlog.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "gui/admin/poolcomparedialog.h"
#include "gui/auditlogdialog.h"
#include "gui/listpage.h"
#include "gui/mainwindow.h"
#include "gui/tokens/tokenworkbench.h"
#include "gui/users/userforms.h"
#include "models/pagedlistmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeWidget>

#include <cstdio>

using namespace cdesk;

namespace {

constexpr int WaitMs = 30000;

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool fail(const QString &what)
{
    err() << "cognito-desk-screenshots: " << what << '\n';
    err().flush();
    return false;
}

bool save(QWidget *widget, const QDir &out, const QString &name)
{
    if (widget->isWindow() && qobject_cast<QDialog *>(widget)) {
        // Dialogs open at their smallest; give the picture room to breathe.
        widget->setMinimumWidth(qMax(widget->width(), 620));
        widget->adjustSize();
    }
    QCoreApplication::processEvents();
    const QString file = out.filePath(name);
    if (!widget->grab().save(file))
        return fail(QStringLiteral("cannot write %1").arg(file));
    err() << "wrote " << file << '\n';
    err().flush();
    return true;
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

template <typename Dialog = QDialog>
Dialog *openedDialog(QWidget *window)
{
    Dialog *found = nullptr;
    const bool opened = QTest::qWaitFor(
        [&] {
            const auto dialogs = window->findChildren<Dialog *>();
            for (Dialog *dialog : dialogs)
                if (dialog->isVisible())
                    found = dialog;
            return found != nullptr;
        },
        WaitMs);
    return opened ? found : nullptr;
}

QPushButton *okButton(QWidget *dialog)
{
    auto *box = child<QDialogButtonBox>(dialog, "buttonBox");
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

struct Demo
{
    QJsonObject state;
    QString poolId() const
    {
        return state.value(QLatin1String("seed"))
            .toObject()
            .value(QLatin1String("userPoolId"))
            .toString();
    }
    QString clientId(const QString &name) const
    {
        return state.value(QLatin1String("seed"))
            .toObject()
            .value(QLatin1String("clients"))
            .toObject()
            .value(name)
            .toObject()
            .value(QLatin1String("ClientId"))
            .toString();
    }
    QString password(const QString &user) const
    {
        return state.value(QLatin1String("seed"))
            .toObject()
            .value(QLatin1String("users"))
            .toObject()
            .value(user)
            .toObject()
            .value(QLatin1String("Password"))
            .toString();
    }
};

bool mainWindowWithUsers(gui::MainWindow &window, const Demo &demo, const QDir &out)
{
    window.showSection(gui::MainWindow::Section::Users, demo.poolId());
    gui::ListPage *users = window.page(gui::MainWindow::Section::Users);
    if (!QTest::qWaitFor([&] { return users->model()->rowCount() >= 6; }, WaitMs))
        return fail(QStringLiteral("the users did not load"));
    users->view()->selectRow(0);
    QTest::qWait(300); // the detail pane's own calls; a picture, not a test
    return save(&window, out, QStringLiteral("main-window-users.png"));
}

bool createUserDialog(gui::MainWindow &window,
                      const std::shared_ptr<cognito::Connection> &connection, const Demo &demo,
                      const QDir &out)
{
    gui::userforms::createUser(&window, connection, demo.poolId(), [] {});
    QDialog *dialog = openedDialog(&window);
    if (!dialog)
        return fail(QStringLiteral("the create-user dialog did not open"));
    if (!QTest::qWaitFor([&] { return okButton(dialog) && okButton(dialog)->isEnabled(); }, WaitMs))
        return fail(QStringLiteral("the pool's schema did not load"));
    if (auto *name = child<QLineEdit>(dialog, "usernameLineEdit"))
        name->setText(QStringLiteral("grace"));
    if (auto *email = child<QLineEdit>(dialog, "attributeLineEdit_email"))
        email->setText(QStringLiteral("grace@example.com"));
    if (auto *generate = child<QPushButton>(dialog, "generateButton"))
        generate->click();
    const bool saved = save(dialog, out, QStringLiteral("create-user.png"));
    dialog->reject();
    return saved;
}

bool newPasswordDialog(gui::MainWindow &window,
                       const std::shared_ptr<cognito::Connection> &connection, const Demo &demo,
                       const QDir &out)
{
    // carol was created by an admin and has not signed in yet (FORCE_CHANGE_PASSWORD).
    gui::userforms::completeNewPassword(&window, connection, demo.poolId(), QStringLiteral("carol"),
                                        [] {});
    QDialog *dialog = openedDialog(&window);
    if (!dialog)
        return fail(QStringLiteral("the new-password dialog did not open"));
    // The app client is chosen, never preselected; Sign In waits for it.
    auto *clients = child<QComboBox>(dialog, "clientComboBox");
    const QString web = demo.clientId(QStringLiteral("demo-web"));
    if (!clients || !QTest::qWaitFor([&] { return clients->findData(web) >= 0; }, WaitMs))
        return fail(QStringLiteral("the new-password dialog did not list the app clients"));
    clients->setCurrentIndex(clients->findData(web));
    if (!QTest::qWaitFor([&] { return okButton(dialog) && okButton(dialog)->isEnabled(); }, WaitMs))
        return fail(QStringLiteral("the new-password dialog did not get ready"));
    if (auto *temporary = child<QLineEdit>(dialog, "temporaryPasswordLineEdit"))
        temporary->setText(demo.password(QStringLiteral("carol")));
    okButton(dialog)->click();
    auto *pages = child<QStackedWidget>(dialog, "pagesStackedWidget");
    if (!pages || !QTest::qWaitFor(
                      [&] {
                          return pages->currentWidget()->objectName() ==
                                 QLatin1String("newPasswordPage");
                      },
                      WaitMs))
        return fail(QStringLiteral("the NEW_PASSWORD_REQUIRED challenge did not come"));
    const bool saved = save(dialog, out, QStringLiteral("new-password.png"));
    dialog->reject();
    return saved;
}

bool tokenWorkbench(const std::shared_ptr<cognito::Connection> &connection, const Demo &demo,
                    const QDir &out)
{
    gui::TokenWorkbench workbench;
    workbench.resize(1180, 820);
    workbench.setPool(connection, demo.poolId());
    workbench.show();
    auto *clients = child<QComboBox>(&workbench, "clientComboBox");
    const QString web = demo.clientId(QStringLiteral("demo-web"));
    if (!clients || !QTest::qWaitFor([&] { return clients->findData(web) >= 0; }, WaitMs))
        return fail(QStringLiteral("the workbench did not list the app clients"));
    clients->setCurrentIndex(clients->findData(web));
    auto *methods = child<QComboBox>(&workbench, "methodComboBox");
    methods->setCurrentIndex(0); // USER_PASSWORD_AUTH
    auto *signIn = child<QPushButton>(&workbench, "signInPushButton");
    if (!QTest::qWaitFor([&] { return signIn->isEnabled(); }, WaitMs))
        return fail(QStringLiteral("the workbench did not get ready to sign in"));
    child<QLineEdit>(&workbench, "usernameLineEdit")->setText(QStringLiteral("alice"));
    child<QLineEdit>(&workbench, "passwordLineEdit")
        ->setText(demo.password(QStringLiteral("alice")));
    signIn->click();
    auto *copyId = child<QPushButton>(&workbench, "copyIdPushButton");
    if (!copyId || !QTest::qWaitFor([&] { return copyId->isEnabled(); }, WaitMs))
        return fail(QStringLiteral("alice's sign-in did not give tokens"));
    QTest::qWait(500); // the signature check against the JWKS; a picture, not a test
    return save(&workbench, out, QStringLiteral("token-workbench.png"));
}

bool loginChecker(gui::MainWindow &window, const std::shared_ptr<cognito::Connection> &connection,
                  const Demo &demo, const QDir &out)
{
    // carol has a temporary password she never changed: the checker says so, and why.
    gui::userforms::checkLogin(&window, connection, demo.poolId(), QStringLiteral("carol"), [] {});
    QDialog *dialog = openedDialog(&window);
    if (!dialog)
        return fail(QStringLiteral("the login checker did not open"));
    auto *clients = child<QComboBox>(dialog, "clientCombo");
    const QString web = demo.clientId(QStringLiteral("demo-web"));
    if (!clients || !QTest::qWaitFor([&] { return clients->findData(web) >= 0; }, WaitMs))
        return fail(QStringLiteral("the login checker did not list the app clients"));
    clients->setCurrentIndex(clients->findData(web));
    auto *check = child<QPushButton>(dialog, "checkButton");
    auto *findings = child<QTreeWidget>(dialog, "findingsTree");
    if (!check || !findings)
        return fail(QStringLiteral("the login checker has no Check button or findings"));
    check->click();
    if (!QTest::qWaitFor([&] { return check->isEnabled() && findings->topLevelItemCount() > 0; },
                         WaitMs))
        return fail(QStringLiteral("the login checker found nothing to show"));
    const bool saved = save(dialog, out, QStringLiteral("login-checker.png"));
    dialog->reject();
    return saved;
}

bool poolCompare(gui::MainWindow &window, const std::shared_ptr<cognito::Connection> &connection,
                 const Demo &demo, const QDir &out)
{
    // A "staging" copy of the demo pool with a stricter password policy and a group fewer.
    cognito::CreateUserPoolRequest request;
    request.name = QStringLiteral("demo-staging");
    request.extra.insert(
        QStringLiteral("Policies"),
        QJsonObject{{QStringLiteral("PasswordPolicy"),
                     QJsonObject{{QStringLiteral("MinimumLength"), 12},
                                 {QStringLiteral("RequireUppercase"), true},
                                 {QStringLiteral("RequireLowercase"), true},
                                 {QStringLiteral("RequireNumbers"), true},
                                 {QStringLiteral("RequireSymbols"), true},
                                 {QStringLiteral("TemporaryPasswordValidityDays"), 3}}}});
    const auto staging = aws::await(connection->identityProvider()->createUserPool(request));
    if (!staging.ok())
        return fail(staging.error().toString());
    auto *dialog = new gui::admin::PoolCompareDialog(connection, QStringLiteral("demo"),
                                                     demo.poolId(), nullptr, &window);
    dialog->resize(900, 520);
    dialog->show();
    QSignalSpy compared(dialog, &gui::admin::PoolCompareDialog::compared);
    QSignalSpy listed(dialog, &gui::admin::PoolCompareDialog::poolsListed);
    if (!listed.wait(WaitMs))
        return fail(QStringLiteral("the compare window did not list the pools"));
    dialog->setPoolB(staging.value().id);
    dialog->compare();
    if (!compared.wait(WaitMs))
        return fail(QStringLiteral("the two pools were not compared"));
    const bool saved = save(dialog, out, QStringLiteral("pool-compare.png"));
    dialog->deleteLater();
    return saved;
}

bool auditLog(gui::MainWindow &window, const std::shared_ptr<cognito::Connection> &connection,
              const Demo &demo, const QDir &out)
{
    // A few writes of a support person's morning, one of them refused.
    auto *idp = connection->identityProvider();
    aws::await(idp->adminDisableUser(demo.poolId(), QStringLiteral("dave")));
    aws::await(idp->adminEnableUser(demo.poolId(), QStringLiteral("dave")));
    aws::await(idp->adminSetUserPassword(demo.poolId(), QStringLiteral("frank"),
                                         QStringLiteral("Temporary-2026!"), false));
    aws::await(idp->adminDeleteUser(demo.poolId(), QStringLiteral("someone-who-left")));
    auto *dialog = new gui::AuditLogDialog(cognito::AuditLog::defaultPath(), &window);
    dialog->resize(1100, 420);
    dialog->show();
    const bool saved = save(dialog, out, QStringLiteral("audit-log.png"));
    dialog->deleteLater();
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cognito-desk-screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("cognito-desk-screenshots"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes the README's screenshots."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("state-file"),
                      QStringLiteral("The local server's state (tools/local-stack/start-server)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("Where the PNGs go."), QStringLiteral("DIR")});
    parser.process(app);

    QFile stateFile(parser.value(QStringLiteral("state-file")));
    if (!stateFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the state file \"%1\"").arg(stateFile.fileName())),
               1;
    Demo demo{QJsonDocument::fromJson(stateFile.readAll()).object()};
    QDir out(parser.value(QStringLiteral("out")));
    if (!out.mkpath(QStringLiteral(".")))
        return fail(QStringLiteral("cannot create %1").arg(out.path())), 1;

    // The audit view shows only what this run wrote.
    QTemporaryDir auditFolder;
    qputenv("COGNITO_DESK_AUDIT_LOG",
            QFile::encodeName(auditFolder.filePath(QStringLiteral("audit.jsonl"))));

    aws::Credentials credentials;
    credentials.accessKeyId = demo.state.value(QLatin1String("accessKeyId")).toString();
    credentials.secretAccessKey = demo.state.value(QLatin1String("secretAccessKey")).toString();
    cognito::ConnectionSettings settings;
    settings.region = demo.state.value(QLatin1String("region")).toString();
    settings.endpointUrl = QUrl(demo.state.value(QLatin1String("endpoint")).toString());
    settings.credentials = std::make_shared<aws::StaticCredentialsProvider>(
        credentials, QStringLiteral("the demo server's keys"));
    const auto connection = cognito::Connection::open(settings);
    if (!connection)
        return fail(connection.error().toString()), 1;

    gui::MainWindow window;
    window.resize(1280, 800);
    window.setConnection(connection.value());
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail(QStringLiteral("the main window was not shown")), 1;

    bool ok = mainWindowWithUsers(window, demo, out);
    ok = createUserDialog(window, connection.value(), demo, out) && ok;
    ok = newPasswordDialog(window, connection.value(), demo, out) && ok;
    ok = tokenWorkbench(connection.value(), demo, out) && ok;
    ok = loginChecker(window, connection.value(), demo, out) && ok;
    ok = poolCompare(window, connection.value(), demo, out) && ok;
    ok = auditLog(window, connection.value(), demo, out) && ok;
    return ok ? 0 : 1;
}
