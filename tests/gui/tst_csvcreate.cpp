#include "cognito/bulkjob.h"
#include "cognito/csvcheck.h"
#include "gui/bulkjobdialog.h"
#include "gui/listpage.h"
#include "gui/mainwindow.h"
#include "gui/users/csvcreatedialog.h"
#include "gui/userscontroller.h"
#include "guitest.h"
#include "models/pagedlistmodel.h"
#include "support/scriptedinteraction.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <sys/stat.h>

using namespace cdesk;

// "Create users from CSV…" against cognito-sim, in a pool of the test's own: a file with bad
// rows is refused line by line before anything is sent; a good file creates its users in the
// job window, in their groups, with generated passwords in an owner-only file only.
class TestCsvCreate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void badRowsAreShownWithTheirLinesAndCreateStaysDisabled();
    void goodFileCreatesTheUsersInTheirGroups();

private:
    QString writeFile(const QString &name, const QByteArray &contents);
    gui::CsvCreateDialog *openDialog();
    QStringList serverUsers();
    QStringList groupMembers(const QString &group);

    QTemporaryDir m_dir;
    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    std::unique_ptr<test::ScriptedInteraction> m_interaction;
    std::unique_ptr<gui::MainWindow> m_window;
    QString m_pool;
};

void TestCsvCreate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = test::setUpAgainstServer(&m_stack, &m_connection);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A data folder of this test's own: its jobs' journals.
    QCoreApplication::setOrganizationName(QStringLiteral("cognito-desk-test-csvcreate"));
    cognito::CreateUserPoolRequest request;
    request.name = test::uniqueName(QStringLiteral("csvcreate-"));
    const auto pool = aws::await(m_connection->identityProvider()->createUserPool(request));
    QVERIFY2(pool, pool ? "" : qPrintable(pool.error().toString()));
    m_pool = pool.value().id;
    for (const QString &group : {QStringLiteral("students"), QStringLiteral("staff")}) {
        cognito::CreateGroupRequest create;
        create.name = group;
        QVERIFY(aws::await(m_connection->identityProvider()->createGroup(m_pool, create)));
    }
}

void TestCsvCreate::cleanupTestCase()
{
    if (!m_pool.isEmpty())
        aws::await(m_connection->identityProvider()->deleteUserPool(m_pool));
}

void TestCsvCreate::init()
{
    m_interaction = std::make_unique<test::ScriptedInteraction>();
    m_window = std::make_unique<gui::MainWindow>();
    m_window->setConnection(m_connection);
    m_window->show();
    m_window->showSection(gui::MainWindow::Section::Users, m_pool);
}

void TestCsvCreate::cleanup()
{
    m_window.reset();
    m_interaction.reset();
}

QString TestCsvCreate::writeFile(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return {};
    return path;
}

gui::CsvCreateDialog *TestCsvCreate::openDialog()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("createUsersFromCsvAction"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    // The one shown (one closed before may wait for its deletion).
    gui::CsvCreateDialog *dialog = nullptr;
    for (gui::CsvCreateDialog *found : m_window->findChildren<gui::CsvCreateDialog *>())
        if (found->isVisible())
            dialog = found;
    if (!dialog)
        return nullptr;
    QSignalSpy read(dialog, &gui::CsvCreateDialog::poolRead);
    if (!dialog->isPoolRead() && !read.wait(20000))
        return nullptr;
    return dialog->isPoolRead() ? dialog : nullptr;
}

QStringList TestCsvCreate::serverUsers()
{
    QStringList names;
    QString token;
    do {
        const auto page =
            aws::await(m_connection->identityProvider()->listUsers(m_pool, {}, token));
        if (!page)
            return {QStringLiteral("(ListUsers failed)")};
        for (const cognito::User &user : page.value().items)
            names.append(user.username);
        token = page.value().nextToken;
    } while (!token.isEmpty());
    names.sort();
    return names;
}

QStringList TestCsvCreate::groupMembers(const QString &group)
{
    QStringList names;
    QString token;
    do {
        const auto page = aws::await(
            m_connection->identityProvider()->listUsersInGroup(m_pool, group, 60, token));
        if (!page)
            return {QStringLiteral("(ListUsersInGroup failed)")};
        for (const cognito::User &user : page.value().items)
            names.append(user.username);
        token = page.value().nextToken;
    } while (!token.isEmpty());
    names.sort();
    return names;
}

void TestCsvCreate::badRowsAreShownWithTheirLinesAndCreateStaysDisabled()
{
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->findChild<QAction *>(QStringLiteral("createUsersFromCsvAction"))->isEnabled(),
        20000);
    gui::CsvCreateDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY(create);
    QVERIFY(!create->isEnabled()); // no file yet

    // Line 3: an email that is not one; line 4: a group the pool does not have; line 5 repeats
    // line 2's user.
    const QString path = writeFile(QStringLiteral("bad.csv"), "username,email,groups\n"
                                                              "ann,ann@example.com,students\n"
                                                              "bob,not-an-email,staff\n"
                                                              "cid,cid@example.com,nosuchgroup\n"
                                                              "ann,ann2@example.com,\n");
    QVERIFY(!path.isEmpty());
    m_interaction->files.enqueue(path);
    QSignalSpy checked(dialog, &gui::CsvCreateDialog::fileChecked);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("fileButton")),
                      Qt::LeftButton);
    QCOMPARE(checked.size(), 1);
    QVERIFY(dialog->isChecked());

    auto *problems = dialog->findChild<QTreeWidget *>(QStringLiteral("problemsTreeWidget"));
    QVERIFY(problems);
    QHash<QString, QString> byLine;
    for (int i = 0; i < problems->topLevelItemCount(); ++i)
        byLine[problems->topLevelItem(i)->text(0)] += problems->topLevelItem(i)->text(1);
    QCOMPARE(problems->topLevelItemCount(), 3);
    QVERIFY2(byLine.value(QStringLiteral("3")).contains(QLatin1String("not-an-email")),
             qPrintable(byLine.value(QStringLiteral("3"))));
    QVERIFY2(byLine.value(QStringLiteral("4")).contains(QLatin1String("nosuchgroup")),
             qPrintable(byLine.value(QStringLiteral("4"))));
    QVERIFY2(byLine.value(QStringLiteral("5")).contains(QLatin1String("ann")),
             qPrintable(byLine.value(QStringLiteral("5"))));
    QVERIFY(!create->isEnabled());
    QVERIFY(!dialog->canCreate());

    // The preview: every row, its line and the file's columns.
    auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("previewTableWidget"));
    QVERIFY(preview);
    QCOMPARE(preview->rowCount(), 4);
    QCOMPARE(preview->columnCount(), 4); // line, username, email, groups
    QCOMPARE(preview->horizontalHeaderItem(2)->text(), QStringLiteral("email"));
    QCOMPARE(preview->item(1, 0)->text(), QStringLiteral("3"));
    QCOMPARE(preview->item(1, 2)->text(), QStringLiteral("not-an-email"));

    // Create (Enter, the default button) does nothing while there are problems.
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(!m_window->users()->jobDialog());
    QCOMPARE(serverUsers(), QStringList());

    // Fixed in place and chosen again: no problem left, Create offered.
    const QString fixed = writeFile(QStringLiteral("fixed.csv"), "username,email,groups\n"
                                                                 "ann,ann@example.com,students\n");
    dialog->setCsvFile(fixed);
    QCOMPARE(problems->topLevelItemCount(), 0);
    QVERIFY(create->isEnabled());
    dialog->reject();
    QCOMPARE(serverUsers(), QStringList());
}

void TestCsvCreate::goodFileCreatesTheUsersInTheirGroups()
{
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->findChild<QAction *>(QStringLiteral("createUsersFromCsvAction"))->isEnabled(),
        20000);
    QPointer<gui::CsvCreateDialog> dialog = openDialog();
    QVERIFY(dialog);
    const QString path =
        writeFile(QStringLiteral("good.csv"), "username,email,groups\r\n"
                                              "dora,dora@example.com,students\r\n"
                                              "\"eve\",eve@example.com,students;staff\r\n"
                                              "finn,finn@example.com,\r\n");
    QVERIFY(!path.isEmpty());
    m_interaction->files.enqueue(path);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("fileButton")),
                      Qt::LeftButton);
    QVERIFY(dialog->isChecked());
    QVERIFY2(dialog->result().problems.isEmpty(),
             qPrintable(dialog->result().problems.value(0).message));
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY(create->isEnabled());

    // Generated passwords need their file first.
    auto *generate = dialog->findChild<QCheckBox *>(QStringLiteral("generatePasswordsCheckBox"));
    QVERIFY(generate);
    generate->setChecked(true);
    QVERIFY(!create->isEnabled());
    const QString passwords = m_dir.filePath(QStringLiteral("passwords.csv"));
    m_interaction->files.enqueue(passwords);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("passwordsButton")),
                      Qt::LeftButton);
    QVERIFY(create->isEnabled());
    dialog->findChild<QComboBox *>(QStringLiteral("messageComboBox"))->setCurrentIndex(1);
    // Every user also goes to staff.
    auto *groups = dialog->findChild<QListWidget *>(QStringLiteral("groupsListWidget"));
    const QList<QListWidgetItem *> staff =
        groups->findItems(QStringLiteral("staff"), Qt::MatchExactly);
    QCOMPARE(staff.size(), 1);
    staff.first()->setCheckState(Qt::Checked);

    gui::UsersController *controller = m_window->users();
    QSignalSpy created(controller, &gui::UsersController::usersCreated);
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    gui::BulkJobDialog *job = controller->jobDialog();
    QVERIFY(job);
    QVERIFY(job->isVisible());
    QVERIFY(created.wait(60000));
    QStringList done = created.first().first().toStringList();
    done.sort();
    const QStringList expected{QStringLiteral("dora"), QStringLiteral("eve"),
                               QStringLiteral("finn")};
    QCOMPARE(done, expected);

    // On the server: the users, in their groups.
    QCOMPARE(serverUsers(), expected);
    QCOMPARE(groupMembers(QStringLiteral("students")),
             (QStringList{QStringLiteral("dora"), QStringLiteral("eve")}));
    QCOMPARE(groupMembers(QStringLiteral("staff")), expected);
    const auto eve =
        aws::await(m_connection->identityProvider()->adminGetUser(m_pool, QStringLiteral("eve")));
    QVERIFY(eve);
    QCOMPARE(eve.value().json.value(QLatin1String("UserStatus")).toString(),
             QStringLiteral("FORCE_CHANGE_PASSWORD"));

    // The passwords: owner-only, a header and one line per user.
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(passwords).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    QFile file(passwords);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QCOMPARE(text.count('\n'), 4);
    const auto records = cognito::parseCsv(text);
    QVERIFY(records);
    QCOMPARE(records->size(), 4);
    QCOMPARE(records->first().fields,
             (QStringList{QStringLiteral("Username"), QStringLiteral("TemporaryPassword")}));
    QStringList inFile;
    QStringList secrets;
    for (qsizetype i = 1; i < records->size(); ++i) {
        QCOMPARE(records->at(i).fields.size(), 2);
        inFile.append(records->at(i).fields.first());
        secrets.append(records->at(i).fields.last());
        QVERIFY(secrets.last().size() >= 8);
    }
    inFile.sort();
    QCOMPARE(inFile, expected);
    // Shown nowhere else: not in the job window, not in any message.
    auto *items = job->findChild<QTreeWidget *>(QStringLiteral("itemsTreeWidget"));
    QCOMPARE(items->topLevelItemCount(), 3);
    for (const QString &secret : std::as_const(secrets)) {
        for (int i = 0; i < items->topLevelItemCount(); ++i)
            for (int c = 0; c < items->columnCount(); ++c)
                QVERIFY(!items->topLevelItem(i)->text(c).contains(secret));
        for (const QString &prompt : std::as_const(m_interaction->prompts))
            QVERIFY(!prompt.contains(secret));
    }

    // The Users list is loaded again: the new users are listed.
    models::PagedListModel *listing = m_window->page(gui::MainWindow::Section::Users)->model();
    QTRY_VERIFY_WITH_TIMEOUT(listing->rowOf(QStringLiteral("dora")) >= 0 &&
                                 listing->rowOf(QStringLiteral("eve")) >= 0 &&
                                 listing->rowOf(QStringLiteral("finn")) >= 0,
                             20000);

    // A second run never overwrites the passwords file.
    QPointer<gui::CsvCreateDialog> again = openDialog();
    QVERIFY(again);
    const QString more = writeFile(QStringLiteral("more.csv"), "username,email\n"
                                                               "gus,gus@example.com\n");
    again->setCsvFile(more);
    again->setPasswordsFile(passwords);
    auto *createAgain = again->findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY(createAgain->isEnabled());
    QTest::mouseClick(createAgain, Qt::LeftButton);
    QVERIFY(again->isVisible());
    QVERIFY(!createAgain->isEnabled());
    QVERIFY(again->findChild<QLabel *>(QStringLiteral("statusLabel"))
                ->text()
                .contains(QLatin1String("never overwritten")));
    again->reject();
    QCOMPARE(serverUsers(), expected);
}

QTEST_MAIN(TestCsvCreate)
#include "tst_csvcreate.moc"
