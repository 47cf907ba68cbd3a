#include "gui/busyindicator.h"
#include "gui/listpage.h"
#include "gui/mainwindow.h"
#include "gui/userdetailpane.h"
#include "gui/userscontroller.h"
#include "guitest.h"
#include "models/attributesmodel.h"
#include "models/pagedlistmodel.h"
#include "models/roles.h"
#include "support/scriptedinteraction.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace cdesk;
using Section = gui::MainWindow::Section;
using State = models::PagedListModel::State;
using Answer = gui::Interaction::Answer;

// The users page: the detail pane's attribute and group edits, enable / disable / delete
// of one and of many, each checked on the server through the core.
class TestUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void detailPaneShowsTheSelectedUser();
    void editsAndDeletesAttributes();
    void showsServiceErrorsInPlace();
    void addsAndRemovesGroups();
    void disablesAndEnablesOneUser();
    void deletesOneUserAfterAQuestion();
    void declinedQuestionChangesNothing();
    void bulkDeleteNeedsTheCountTyped();
    void bulkRunContinuesPastFailures();

private:
    QString createUser(const QString &prefix = QStringLiteral("gui-user-"));
    // Lists exactly `usernames` (a starts-with search on their common prefix) and selects them.
    void showUsers(const QString &prefix, const QStringList &select);
    cognito::User serverUser(const QString &username, aws::AwsError *error = nullptr);
    QStringList serverGroups(const QString &username);
    bool isGone(const QString &username);

    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    std::unique_ptr<gui::MainWindow> m_window;
    std::unique_ptr<test::ScriptedInteraction> m_interaction;
};

void TestUsers::initTestCase()
{
    const QString error = test::setUpAgainstServer(&m_stack, &m_connection);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestUsers::init()
{
    m_interaction = std::make_unique<test::ScriptedInteraction>();
    m_window = std::make_unique<gui::MainWindow>();
    m_window->setConnection(m_connection);
    m_window->show();
    m_window->activateWindow(); // shortcuts (Del) go to the active window
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestUsers::cleanup()
{
    m_window.reset();
    m_interaction.reset();
}

QString TestUsers::createUser(const QString &prefix)
{
    cognito::CreateUserRequest request;
    request.username = test::uniqueName(prefix).toLower();
    request.temporaryPassword = QStringLiteral("Temp-Passw0rd!");
    request.messageAction = cognito::MessageAction::Suppress;
    request.attributes = {
        {QStringLiteral("email"), request.username + QStringLiteral("@example.com")},
        {QStringLiteral("given_name"), QStringLiteral("Grace")}};
    const auto created = aws::await(
        m_connection->identityProvider()->adminCreateUser(m_stack.userPoolId(), request));
    if (!created)
        qWarning("%s", qPrintable(created.error().toString()));
    return created ? request.username : QString();
}

cognito::User TestUsers::serverUser(const QString &username, aws::AwsError *error)
{
    const auto user =
        aws::await(m_connection->identityProvider()->adminGetUser(m_stack.userPoolId(), username));
    if (!user) {
        if (error)
            *error = user.error();
        return {};
    }
    return user.value();
}

bool TestUsers::isGone(const QString &username)
{
    aws::AwsError error;
    serverUser(username, &error);
    return error.type == QLatin1String("UserNotFoundException");
}

QStringList TestUsers::serverGroups(const QString &username)
{
    const auto groups = aws::await(
        m_connection->identityProvider()->adminListGroupsForUser(m_stack.userPoolId(), username));
    QStringList names;
    if (groups)
        for (const cognito::Group &group : groups.value().items)
            names.append(group.name);
    return names;
}

void TestUsers::showUsers(const QString &prefix, const QStringList &select)
{
    m_window->showSection(Section::Users, m_stack.userPoolId());
    gui::ListPage *page = m_window->page(Section::Users);
    auto *value = page->findChild<QLineEdit *>(QStringLiteral("filterValueLineEdit"));
    QVERIFY(value);
    value->clear();
    QTest::keyClicks(value, prefix);
    QTest::keyClick(value, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->state() == State::Complete &&
                                 page->model()->rowCount() == select.size(),
                             20000);
    QTableView *view = page->view();
    view->clearSelection();
    for (const QString &username : select) {
        const QModelIndexList found = view->model()->match(
            view->model()->index(0, 0), models::IdRole, username, 1, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        view->selectionModel()->setCurrentIndex(found.first(), QItemSelectionModel::Select |
                                                                   QItemSelectionModel::Rows);
    }
    QCOMPARE(page->selectedIds().size(), select.size());
}

void TestUsers::detailPaneShowsTheSelectedUser()
{
    const QString username = createUser();
    QVERIFY(!username.isEmpty());
    QAbstractItemModelTester usersTester(m_window->page(Section::Users)->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester attributesTester(
        m_window->users()->attributes(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester groupsTester(m_window->users()->userGroups(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    showUsers(username, {username});

    gui::UserDetailPane *pane = m_window->userDetailPane();
    QVERIFY(pane->isVisible());
    auto *name = pane->findChild<QLabel *>(QStringLiteral("usernameLabel"));
    QVERIFY(name->text().contains(username));
    auto *attributes = pane->findChild<QTableView *>(QStringLiteral("attributesTableView"));
    QTRY_VERIFY(attributes->model()->rowCount() >= 3); // sub, email, given_name
    const auto *model = m_window->users()->attributes();
    QCOMPARE(model->value(QStringLiteral("email")), username + QStringLiteral("@example.com"));
    QCOMPARE(model->value(QStringLiteral("given_name")), QStringLiteral("Grace"));
    QCOMPARE(model->value(QStringLiteral("sub")),
             serverUser(username).attribute(QStringLiteral("sub")));
    auto *summary = pane->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY2(summary->text().contains(QLatin1String("FORCE_CHANGE_PASSWORD")),
             qPrintable(summary->text()));

    // The users list has the columns the issue asks for.
    auto *users = m_window->page(Section::Users)->model();
    QCOMPARE(users->columnCount(), int(models::UsersColumn::Count));
    const int row = users->rowOf(username);
    QCOMPARE(users->index(row, models::UsersColumn::Username).data().toString(), username);
    QCOMPARE(users->index(row, models::UsersColumn::Enabled).data(models::SortRole).toBool(), true);
    QVERIFY(!users->index(row, models::UsersColumn::Created).data().toString().isEmpty());
    QVERIFY(!users->index(row, models::UsersColumn::Modified).data().toString().isEmpty());
}

void TestUsers::editsAndDeletesAttributes()
{
    const QString username = createUser();
    QVERIFY(!username.isEmpty());
    showUsers(username, {username});
    gui::UserDetailPane *pane = m_window->userDetailPane();
    auto *nameEdit = pane->findChild<QLineEdit *>(QStringLiteral("attributeNameLineEdit"));
    auto *valueEdit = pane->findChild<QLineEdit *>(QStringLiteral("attributeValueLineEdit"));
    auto *setButton = pane->findChild<QPushButton *>(QStringLiteral("setAttributeButton"));

    // Choosing a row puts it in the editor.
    auto *attributes = pane->findChild<QTableView *>(QStringLiteral("attributesTableView"));
    const int givenName = m_window->users()->attributes()->rowOf(QStringLiteral("given_name"));
    QVERIFY(givenName >= 0);
    attributes->setCurrentIndex(attributes->model()->index(givenName, 0));
    QCOMPARE(nameEdit->text(), QStringLiteral("given_name"));
    QCOMPARE(valueEdit->text(), QStringLiteral("Grace"));

    valueEdit->clear();
    QTest::keyClicks(valueEdit, QStringLiteral("Ada"));
    QTest::mouseClick(setButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(serverUser(username).attribute(QStringLiteral("given_name")),
                              QStringLiteral("Ada"), 20000);
    // The pane and the listing's row follow the server.
    QTRY_COMPARE(m_window->users()->attributes()->value(QStringLiteral("given_name")),
                 QStringLiteral("Ada"));

    // A new attribute.
    nameEdit->clear();
    QTest::keyClicks(nameEdit, QStringLiteral("family_name"));
    valueEdit->clear();
    QTest::keyClicks(valueEdit, QStringLiteral("Lovelace"));
    QTest::keyClick(valueEdit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(serverUser(username).attribute(QStringLiteral("family_name")),
                              QStringLiteral("Lovelace"), 20000);
    QTRY_VERIFY(m_window->users()->attributes()->rowOf(QStringLiteral("family_name")) >= 0);

    // Delete both, selected together.
    attributes->clearSelection();
    for (const char *name : {"given_name", "family_name"}) {
        const int row = m_window->users()->attributes()->rowOf(QString::fromLatin1(name));
        QVERIFY(row >= 0);
        attributes->selectionModel()->select(attributes->model()->index(row, 0),
                                             QItemSelectionModel::Select |
                                                 QItemSelectionModel::Rows);
    }
    QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("deleteAttributesButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        serverUser(username).attribute(QStringLiteral("given_name")).isEmpty() &&
            serverUser(username).attribute(QStringLiteral("family_name")).isEmpty(),
        20000);
    QTRY_COMPARE(m_window->users()->attributes()->rowOf(QStringLiteral("given_name")), -1);
    QCOMPARE(serverUser(username).attribute(QStringLiteral("email")),
             username + QStringLiteral("@example.com")); // untouched
}

void TestUsers::showsServiceErrorsInPlace()
{
    const QString username = createUser();
    QVERIFY(!username.isEmpty());
    showUsers(username, {username});
    gui::UserDetailPane *pane = m_window->userDetailPane();
    auto *error = pane->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(!error->isVisible());
    // Not an attribute of the pool's schema: the service refuses, the pane says why.
    QTest::keyClicks(pane->findChild<QLineEdit *>(QStringLiteral("attributeNameLineEdit")),
                     QStringLiteral("custom:no_such_attribute"));
    QTest::keyClicks(pane->findChild<QLineEdit *>(QStringLiteral("attributeValueLineEdit")),
                     QStringLiteral("x"));
    QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("setAttributeButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY2(error->text().contains(QLatin1String("InvalidParameterException")),
             qPrintable(error->text()));
    QVERIFY(serverUser(username).attribute(QStringLiteral("custom:no_such_attribute")).isEmpty());
}

void TestUsers::addsAndRemovesGroups()
{
    const QString username = createUser();
    QVERIFY(!username.isEmpty());
    showUsers(username, {username});
    gui::UserDetailPane *pane = m_window->userDetailPane();
    auto *groups = pane->findChild<QListView *>(QStringLiteral("groupsListView"));
    auto *combo = pane->findChild<QComboBox *>(QStringLiteral("groupComboBox"));
    // The pool's groups are offered.
    QTRY_VERIFY_WITH_TIMEOUT(combo->findText(QStringLiteral("testers")) >= 0, 20000);
    QTRY_COMPARE(m_window->users()->userGroups()->state(), State::Complete);
    QCOMPARE(groups->model()->rowCount(), 0);

    for (const char *group : {"testers", "admins"}) {
        combo->setCurrentIndex(combo->findText(QString::fromLatin1(group)));
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("addToGroupButton")),
                          Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(
            serverGroups(username).contains(QString::fromLatin1(group)),
            qPrintable(pane->findChild<QLabel *>(QStringLiteral("errorLabel"))->text() +
                       QStringLiteral(" | combo: ") + combo->currentText() +
                       QStringLiteral(" | server: ") + serverGroups(username).join(u',')),
            20000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(groups->model()->rowCount(), 2, 20000);

    const QModelIndexList testers =
        groups->model()->match(groups->model()->index(0, 0), models::IdRole,
                               QStringLiteral("testers"), 1, Qt::MatchExactly);
    QCOMPARE(testers.size(), 1);
    groups->selectionModel()->select(testers.first(), QItemSelectionModel::Select);
    QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("removeFromGroupButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(serverGroups(username), QStringList{QStringLiteral("admins")}, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(groups->model()->rowCount(), 1, 20000);
}

void TestUsers::disablesAndEnablesOneUser()
{
    const QString username = createUser();
    QVERIFY(!username.isEmpty());
    showUsers(username, {username});
    gui::UserDetailPane *pane = m_window->userDetailPane();
    auto *users = m_window->page(Section::Users)->model();

    m_interaction->answers.enqueue(Answer::Yes);
    QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("disableButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!serverUser(username).enabled, 20000);
    QVERIFY(m_interaction->prompts.value(0).startsWith(QLatin1String("question: ")));
    QVERIFY(m_interaction->prompts.value(0).contains(username));
    QTRY_COMPARE(users->index(users->rowOf(username), models::UsersColumn::Enabled)
                     .data(models::SortRole)
                     .toBool(),
                 false);

    // From the Edit menu's action this time, on the selected row.
    m_interaction->answers.enqueue(Answer::Yes);
    auto *enable = m_window->findChild<QAction *>(QStringLiteral("enableAction"));
    QVERIFY(enable->isEnabled());
    enable->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(serverUser(username).enabled, 20000);
    QTRY_COMPARE(users->index(users->rowOf(username), models::UsersColumn::Enabled)
                     .data(models::SortRole)
                     .toBool(),
                 true);
    // One user: no report box, the row says it.
    QCOMPARE(m_interaction->prompts.size(), 2);
}

void TestUsers::deletesOneUserAfterAQuestion()
{
    const QString username = createUser();
    QVERIFY(!username.isEmpty());
    showUsers(username, {username});
    m_interaction->answers.enqueue(Answer::Yes);
    // Del on the list.
    QTableView *view = m_window->page(Section::Users)->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(isGone(username), 20000);
    QCOMPARE(m_interaction->prompts.size(), 1);
    QVERIFY(m_interaction->prompts.first().startsWith(QLatin1String("question: ")));
    QTRY_COMPARE(m_window->page(Section::Users)->model()->rowOf(username), -1);
    QVERIFY(m_window->users()->currentUser().isEmpty());
}

void TestUsers::declinedQuestionChangesNothing()
{
    const QString username = createUser();
    QVERIFY(!username.isEmpty());
    showUsers(username, {username});
    m_interaction->answers.enqueue(Answer::No);
    m_window->findChild<QAction *>(QStringLiteral("disableAction"))->trigger();
    m_interaction->answers.enqueue(Answer::No);
    m_window->findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
    QCOMPARE(m_interaction->prompts.size(), 2);
    QVERIFY(!m_window->users()->isRunning());
    const cognito::User user = serverUser(username);
    QCOMPARE(user.username, username);
    QVERIFY(user.enabled);
}

void TestUsers::bulkDeleteNeedsTheCountTyped()
{
    const QString prefix = test::uniqueName(QStringLiteral("gui-bulk-")).toLower();
    const QStringList users{createUser(prefix), createUser(prefix), createUser(prefix)};
    QVERIFY(!users.contains(QString()));
    showUsers(prefix, users);

    // The wrong count: nothing happens.
    m_interaction->typed.enqueue(QStringLiteral("2"));
    m_window->findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
    QCOMPARE(m_interaction->prompts.size(), 1);
    QVERIFY(m_interaction->prompts.first().startsWith(QLatin1String("confirm: ")));
    QVERIFY(m_interaction->prompts.first().contains(QLatin1String("3")));
    for (const QString &username : users)
        QCOMPARE(serverUser(username).username, username);

    // The right one: all three go, and the report says so.
    m_interaction->typed.enqueue(QStringLiteral("3"));
    QSignalSpy finished(m_window->users(), &gui::UsersController::bulkFinished);
    m_window->findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
    QVERIFY(finished.wait(20000));
    for (const QString &username : users) {
        QVERIFY(isGone(username));
    }
    QVERIFY2(m_interaction->prompts.last().startsWith(QLatin1String("information: ")),
             qPrintable(m_interaction->prompts.join(u'\n')));
    QCOMPARE(m_window->page(Section::Users)->model()->rowCount(), 0);
}

void TestUsers::bulkRunContinuesPastFailures()
{
    const QString prefix = test::uniqueName(QStringLiteral("gui-fail-")).toLower();
    QStringList users{createUser(prefix), createUser(prefix), createUser(prefix)};
    QVERIFY(!users.contains(QString()));
    users.sort();
    showUsers(prefix, users);
    // The middle one goes behind the window's back: disabling it must fail, the others not.
    QVERIFY(aws::await(
        m_connection->identityProvider()->adminDeleteUser(m_stack.userPoolId(), users.at(1))));

    m_interaction->answers.enqueue(Answer::Yes);
    QSignalSpy finished(m_window->users(), &gui::UsersController::bulkFinished);
    m_window->findChild<QAction *>(QStringLiteral("disableAction"))->trigger();
    QVERIFY(finished.wait(20000));
    const QStringList succeeded = finished.first().at(0).toStringList();
    const QStringList failed = finished.first().at(1).toStringList();
    QCOMPARE(succeeded.size(), 2);
    QVERIFY(succeeded.contains(users.at(0)) && succeeded.contains(users.at(2)));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().contains(users.at(1)));
    QVERIFY(failed.first().contains(QLatin1String("UserNotFoundException")));
    QVERIFY(!serverUser(users.at(0)).enabled);
    QVERIFY(!serverUser(users.at(2)).enabled);

    // The report names both outcomes, as a warning.
    const QString report = m_interaction->prompts.last();
    QVERIFY2(report.startsWith(QLatin1String("warning: ")), qPrintable(report));
    for (const QString &username : users)
        QVERIFY2(report.contains(username), qPrintable(report));
    QVERIFY(!m_window->busyIndicator()->isBusy());
}

QTEST_MAIN(TestUsers)
#include "tst_users.moc"
