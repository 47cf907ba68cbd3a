#include "cognito/backup.h"
#include "gui/backupcontroller.h"
#include "gui/bulkjobdialog.h"
#include "gui/mainwindow.h"
#include "gui/restoredialog.h"
#include "guitest.h"
#include "support/scriptedinteraction.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;
using Section = gui::MainWindow::Section;

// File > Back up pool… and File > Restore… against cognito-sim, on a pool of the test's own
// (two groups, an app client, three users with attributes and memberships, one disabled):
// backed up through the menu (the file owner-only, every user and membership in it), restored
// through the menu into a new pool (its users, groups, memberships and client checked on the
// server), and a file that is not a backup refused with its path named and nothing sent.
class TestBackupGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void backUpThroughTheMenu();
    void restoreIntoANewPoolThroughTheMenu();
    void aFileThatIsNotABackupIsRefused();

private:
    cognito::IdentityProvider *idp() const { return m_connection->identityProvider(); }
    QAction *action(const char *name) const;
    template <typename T>
    QList<T>
    all(const std::function<QFuture<aws::Result<cognito::Page<T>>>(const QString &)> &fetch) const;
    QStringList members(const QString &poolId, const QString &group) const;

    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    QTemporaryDir m_dir;
    QString m_poolId;
    QString m_clientId;
    QStringList m_poolsMade;
    QString m_backupPath;
    std::unique_ptr<test::ScriptedInteraction> m_interaction;
    std::unique_ptr<gui::MainWindow> m_window;
};

namespace {
const QString anna = QStringLiteral("anna");
const QString ben = QStringLiteral("ben");
const QString cleo = QStringLiteral("cleo");
const QString admins = QStringLiteral("admins");
const QString staff = QStringLiteral("staff");
} // namespace

void TestBackupGui::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = test::setUpAgainstServer(&m_stack, &m_connection);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    cognito::CreateUserPoolRequest request;
    request.name = test::uniqueName(QStringLiteral("gui-backup-"));
    const auto pool = aws::await(idp()->createUserPool(request));
    QVERIFY2(pool, qPrintable(pool ? QString() : pool.error().toString()));
    m_poolId = pool.value().id;
    m_poolsMade << m_poolId;
    for (const QString &group : {admins, staff}) {
        cognito::CreateGroupRequest groupRequest;
        groupRequest.name = group;
        groupRequest.description = group + QStringLiteral(" of the test");
        const auto created = aws::await(idp()->createGroup(m_poolId, groupRequest));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    }
    cognito::CreateUserPoolClientRequest clientRequest;
    clientRequest.clientName = QStringLiteral("web");
    const auto client = aws::await(idp()->createUserPoolClient(m_poolId, clientRequest));
    QVERIFY2(client, qPrintable(client ? QString() : client.error().toString()));
    m_clientId = client.value().clientId;
    const QList<std::pair<QString, QStringList>> users = {
        {anna, {admins, staff}}, {ben, {staff}}, {cleo, {}}};
    for (const auto &[username, groups] : users) {
        cognito::CreateUserRequest userRequest;
        userRequest.username = username;
        userRequest.temporaryPassword = QStringLiteral("Temp-Passw0rd!");
        userRequest.messageAction = cognito::MessageAction::Suppress;
        userRequest.attributes = {
            {QStringLiteral("email"), username + QStringLiteral("@example.com")}};
        const auto created = aws::await(idp()->adminCreateUser(m_poolId, userRequest));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        for (const QString &group : groups)
            QVERIFY(aws::await(idp()->adminAddUserToGroup(m_poolId, username, group)));
    }
    QVERIFY(aws::await(idp()->adminDisableUser(m_poolId, cleo)));
    m_backupPath = m_dir.filePath(QStringLiteral("pool-backup.json"));
}

void TestBackupGui::cleanupTestCase()
{
    for (const QString &pool : std::as_const(m_poolsMade))
        aws::await(idp()->deleteUserPool(pool));
}

void TestBackupGui::init()
{
    m_interaction = std::make_unique<test::ScriptedInteraction>();
    m_window = std::make_unique<gui::MainWindow>();
    m_window->setConnection(m_connection);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBackupGui::cleanup()
{
    m_window.reset();
    m_interaction.reset();
}

QAction *TestBackupGui::action(const char *name) const
{
    return m_window->findChild<QAction *>(QString::fromLatin1(name));
}

template <typename T>
QList<T> TestBackupGui::all(
    const std::function<QFuture<aws::Result<cognito::Page<T>>>(const QString &)> &fetch) const
{
    QList<T> items;
    QString token;
    do {
        const auto page = aws::await(fetch(token));
        if (!page)
            return {};
        items.append(page.value().items);
        token = page.value().nextToken;
    } while (!token.isEmpty());
    return items;
}

QStringList TestBackupGui::members(const QString &poolId, const QString &group) const
{
    QStringList names;
    const QList<cognito::User> users =
        all<cognito::User>([this, poolId, group](const QString &token) {
            return idp()->listUsersInGroup(poolId, group, 60, token);
        });
    for (const cognito::User &user : users)
        names << user.username;
    names.sort();
    return names;
}

void TestBackupGui::backUpThroughTheMenu()
{
    QAction *backUp = action("backupAction");
    QVERIFY(backUp);
    // No pool shown or selected: nothing to back up.
    m_window->showSection(Section::Pools);
    QVERIFY(!backUp->isEnabled());
    m_window->showSection(Section::Groups, m_poolId);
    QVERIFY(backUp->isEnabled());

    QSignalSpy written(m_window->backups(), &gui::BackupController::backupWritten);
    m_interaction->files.enqueue(m_backupPath);
    backUp->trigger();
    QVERIFY(written.wait(30000) || written.size() == 1);
    QCOMPARE(written.first().first().toString(), m_backupPath);
    QVERIFY(m_interaction->prompts.first().startsWith(QLatin1String("save: ")));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(m_backupPath),
             qPrintable(m_window->statusBar()->currentMessage()));

    // Owner-only, and everything the pool holds.
    QFile file(m_backupPath);
    QCOMPARE(file.permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto read = cognito::Backup::fromBytes(file.readAll());
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    const cognito::Backup &backup = read.value();
    QCOMPARE(backup.userPoolId, m_poolId);
    QCOMPARE(backup.clients.size(), 1);
    QCOMPARE(backup.clients.first().toObject().value(QLatin1String("ClientId")).toString(),
             m_clientId);
    QCOMPARE(backup.groups.size(), 2);
    QCOMPARE(backup.users.size(), 3);
    QHash<QString, cognito::BackupUser> users;
    for (const cognito::BackupUser &user : backup.users)
        users.insert(user.username, user);
    QCOMPARE(QSet<QString>(users.keyBegin(), users.keyEnd()), (QSet<QString>{anna, ben, cleo}));
    QStringList annaGroups = users.value(anna).groups;
    annaGroups.sort();
    QCOMPARE(annaGroups, (QStringList{admins, staff}));
    QCOMPARE(users.value(ben).groups, QStringList{staff});
    QVERIFY(users.value(cleo).groups.isEmpty());
    QVERIFY(!users.value(cleo).enabled);
    QVERIFY(users.value(anna).enabled);
}

void TestBackupGui::restoreIntoANewPoolThroughTheMenu()
{
    QVERIFY2(QFile::exists(m_backupPath), "backUpThroughTheMenu writes the backup first");
    m_window->showSection(Section::Pools);
    QAction *restore = action("restoreAction");
    QVERIFY(restore && restore->isEnabled());

    gui::BackupController *backups = m_window->backups();
    m_interaction->files.enqueue(m_backupPath);
    restore->trigger();
    gui::RestoreDialog *dialog = backups->restoreDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // No pool selected: only a new one; passwords cannot come back, and the dialog says so.
    auto *into = dialog->findChild<QRadioButton *>(QStringLiteral("intoPoolRadioButton"));
    auto *newPool = dialog->findChild<QRadioButton *>(QStringLiteral("newPoolRadioButton"));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("newPoolLineEdit"));
    auto *suppress = dialog->findChild<QRadioButton *>(QStringLiteral("suppressRadioButton"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(into && newPool && name && suppress && buttons);
    QVERIFY(!into->isEnabled());
    QVERIFY(newPool->isChecked());
    const auto labels = dialog->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
        return label->text().contains(QLatin1String("cannot be exported from Cognito"));
    }));
    name->clear();
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    const QString poolName = test::uniqueName(QStringLiteral("gui-restored-"));
    QTest::keyClicks(name, poolName);
    suppress->setChecked(true);
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());

    QSignalSpy finished(backups, &gui::BackupController::restoreFinished);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(finished.wait(120000) || finished.size() == 1);
    const QString newPoolId = finished.first().at(0).toString();
    QVERIFY(!newPoolId.isEmpty());
    m_poolsMade << newPoolId;
    QVERIFY(newPoolId != m_poolId);
    QVERIFY(finished.first().at(1).toBool());

    // The job ran in the job window, and the new client ids were told.
    gui::BulkJobDialog *jobWindow = backups->jobDialog();
    QVERIFY(jobWindow);
    QVERIFY(jobWindow->isVisible());
    QVERIFY(!jobWindow->isRunning());
    QVERIFY(jobWindow->jobId().startsWith(QLatin1String("bulk-")));
    const QString told = m_interaction->prompts.last();
    QVERIFY2(told.startsWith(QLatin1String("information: ")) && told.contains(newPoolId) &&
                 told.contains(m_clientId),
             qPrintable(m_interaction->prompts.join(QLatin1Char('\n'))));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(newPoolId),
             qPrintable(m_window->statusBar()->currentMessage()));

    // On the server: the pool's users, groups, memberships and a client under a new id.
    const auto pool = aws::await(idp()->describeUserPool(newPoolId));
    QVERIFY(pool);
    QCOMPARE(pool.value().name, poolName);
    QHash<QString, cognito::User> users;
    for (const cognito::User &user : all<cognito::User>([this, newPoolId](const QString &token) {
             return idp()->listUsers(newPoolId, {}, token);
         }))
        users.insert(user.username, user);
    QCOMPARE(QSet<QString>(users.keyBegin(), users.keyEnd()), (QSet<QString>{anna, ben, cleo}));
    QCOMPARE(users.value(anna).attribute(QStringLiteral("email")),
             QStringLiteral("anna@example.com"));
    QVERIFY(users.value(anna).enabled);
    QVERIFY(!users.value(cleo).enabled);
    QStringList groups;
    for (const cognito::Group &group : all<cognito::Group>([this, newPoolId](const QString &token) {
             return idp()->listGroups(newPoolId, 60, token);
         }))
        groups << group.name;
    groups.sort();
    QCOMPARE(groups, (QStringList{admins, staff}));
    QCOMPARE(members(newPoolId, admins), QStringList{anna});
    QCOMPARE(members(newPoolId, staff), (QStringList{anna, ben}));
    const auto clients =
        all<cognito::UserPoolClientDescription>([this, newPoolId](const QString &token) {
            return idp()->listUserPoolClients(newPoolId, 60, token);
        });
    QCOMPARE(clients.size(), 1);
    QVERIFY(clients.first().clientId != m_clientId);
    QVERIFY(told.contains(clients.first().clientId));
}

void TestBackupGui::aFileThatIsNotABackupIsRefused()
{
    const QString path = test::writeFile(m_dir.filePath(QStringLiteral("not-a-backup.json")),
                                         QByteArrayLiteral("{\"Format\": \"something-else\"}"));
    QVERIFY(!path.isEmpty());
    m_interaction->files.enqueue(path);
    action("restoreAction")->trigger();
    QCOMPARE(m_interaction->prompts.size(), 2);
    QVERIFY2(m_interaction->prompts.at(1).startsWith(QLatin1String("warning: ")) &&
                 m_interaction->prompts.at(1).contains(path),
             qPrintable(m_interaction->prompts.join(QLatin1Char('\n'))));
    QVERIFY(!m_window->backups()->restoreDialog());
    QVERIFY(!m_window->backups()->isRunning());
}

QTEST_MAIN(TestBackupGui)
#include "tst_backupgui.moc"
