#include "gui/busyindicator.h"
#include "gui/listpage.h"
#include "gui/mainwindow.h"
#include "gui/userdetailpane.h"
#include "gui/users/mirrorusersmodel.h"
#include "gui/users/usersmirror.h"
#include "gui/userscontroller.h"
#include "guitest.h"
#include "mirror/mirror.h"
#include "models/attributesmodel.h"
#include "models/listings.h"
#include "models/pagedlistmodel.h"
#include "models/roles.h"
#include "support/scriptedinteraction.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace cdesk;
using Section = gui::MainWindow::Section;
using State = models::PagedListModel::State;
using Answer = gui::Interaction::Answer;
namespace UsersColumn = models::UsersColumn;

// The Users view over the pool's local copy: sync it, search it as one types, facets, the
// Groups column, a row opened and changed through the window and shown changed without a new
// sync; a canceled sync leaves the copy as it was; Forget local data asks, then deletes it.
// A pool of its own, so what a search finds is exactly what this test made.
class TestUsersMirror : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void withoutACopyTheServerIsPaged();
    void searchesTheCopyAndShowsChangesWithoutAResync();
    void aCanceledRefreshLeavesTheCopy();
    void aFailedRefreshLeavesTheCopy();
    void forgetAsksThenDeletesTheCopy();
    void aPoolWithACopyOpensWithoutListingTheServer();
    // Last: it adds and deletes users of the pool.
    void everyWindowChangeIsWrittenThrough();

private:
    void createUser(const QString &username, const QString &email, const QStringList &groups);
    // Syncs the local copy through the window and waits for it.
    void sync();
    QStringList shownUsernames() const;
    // The ListUsers calls made on the test's pool so far (cognito-sim's counters).
    int listUsersCalls() const;
    QModelIndex shownIndex(const QString &username, int column) const;
    QString shownText(const QString &username, int column) const;

    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    QString m_poolId;
    QString m_suffix;
    std::unique_ptr<gui::MainWindow> m_window;
    std::unique_ptr<test::ScriptedInteraction> m_interaction;
    gui::UsersMirror *m_mirror = nullptr;
    gui::ListPage *m_page = nullptr;
};

void TestUsersMirror::initTestCase()
{
    const QString error = test::setUpAgainstServer(&m_stack, &m_connection);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    cognito::CreateUserPoolRequest request;
    request.name = test::uniqueName(QStringLiteral("gui-mirror-"));
    const auto pool = aws::await(m_connection->identityProvider()->createUserPool(request));
    if (!pool)
        QFAIL(qPrintable(pool.error().toString()));
    m_poolId = pool.value().id;
    for (const QString &group : {QStringLiteral("admins"), QStringLiteral("staff")}) {
        cognito::CreateGroupRequest groupRequest;
        groupRequest.name = group;
        const auto created =
            aws::await(m_connection->identityProvider()->createGroup(m_poolId, groupRequest));
        if (!created)
            QFAIL(qPrintable(created.error().toString()));
    }
    createUser(QStringLiteral("anna"), QStringLiteral("anna@finance.example"),
               {QStringLiteral("admins"), QStringLiteral("staff")});
    createUser(QStringLiteral("ben"), QStringLiteral("ben@finance.example"),
               {QStringLiteral("staff")});
    createUser(QStringLiteral("cleo"), QStringLiteral("cleo@sales.example"), {});
    createUser(QStringLiteral("dan"), QStringLiteral("dan@sales.example"), {});
}

void TestUsersMirror::cleanupTestCase()
{
    if (!m_poolId.isEmpty())
        aws::await(m_connection->identityProvider()->deleteUserPool(m_poolId));
}

void TestUsersMirror::createUser(const QString &username, const QString &email,
                                 const QStringList &groups)
{
    cognito::CreateUserRequest request;
    request.username = username;
    request.temporaryPassword = QStringLiteral("Temp-Passw0rd!");
    request.messageAction = cognito::MessageAction::Suppress;
    request.attributes = {{QStringLiteral("email"), email}};
    const auto created =
        aws::await(m_connection->identityProvider()->adminCreateUser(m_poolId, request));
    if (!created)
        QFAIL(qPrintable(created.error().toString()));
    for (const QString &group : groups) {
        const auto added = aws::await(
            m_connection->identityProvider()->adminAddUserToGroup(m_poolId, username, group));
        if (!added)
            QFAIL(qPrintable(added.error().toString()));
    }
}

void TestUsersMirror::init()
{
    m_interaction = std::make_unique<test::ScriptedInteraction>();
    m_window = std::make_unique<gui::MainWindow>();
    m_window->setConnection(m_connection);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showSection(Section::Users, m_poolId);
    m_page = m_window->page(Section::Users);
    m_mirror = m_window->findChild<gui::UsersMirror *>(QStringLiteral("usersMirror"));
    QVERIFY(m_mirror);
    QVERIFY(!m_mirror->path().isEmpty());
    // Every test starts without a copy: one left by an earlier test or run is removed, and
    // the pool shown again so that the window sees it gone.
    if (QFile::exists(m_mirror->path())) {
        QVERIFY(QFile::remove(m_mirror->path()));
        m_window->showSection(Section::Pools);
        m_mirror->setPool(m_connection, m_poolId);
        m_window->showSection(Section::Users, m_poolId);
    }
    QVERIFY(!m_mirror->isActive());
}

void TestUsersMirror::cleanup()
{
    const QString path = m_mirror ? m_mirror->path() : QString();
    m_window.reset();
    m_interaction.reset();
    m_mirror = nullptr;
    m_page = nullptr;
    if (!path.isEmpty())
        QFile::remove(path);
}

void TestUsersMirror::sync()
{
    auto *button = m_mirror->findChild<QPushButton *>(QStringLiteral("mirrorSyncButton"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QSignalSpy finished(m_mirror, &gui::UsersMirror::syncFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(m_mirror->isActive());
    QVERIFY(m_page->showsOtherRows());
    m_page->view()->sortByColumn(UsersColumn::Username, Qt::AscendingOrder);
}

QStringList TestUsersMirror::shownUsernames() const
{
    QStringList names;
    const QAbstractItemModel *shown = m_page->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        names.append(shown->index(row, 0).data(models::IdRole).toString());
    return names;
}

QModelIndex TestUsersMirror::shownIndex(const QString &username, int column) const
{
    const QModelIndex row = m_page->indexOfId(username);
    return row.isValid() ? row.sibling(row.row(), column) : QModelIndex();
}

QString TestUsersMirror::shownText(const QString &username, int column) const
{
    return shownIndex(username, column).data().toString();
}

void TestUsersMirror::withoutACopyTheServerIsPaged()
{
    QVERIFY(!m_page->showsOtherRows());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->state(), State::Complete, 20000);
    QCOMPARE(m_page->model()->rowCount(), 4);
    QCOMPARE(m_page->view()->model()->columnCount(), int(UsersColumn::Count));
    auto *button = m_mirror->findChild<QPushButton *>(QStringLiteral("mirrorSyncButton"));
    QVERIFY(button->isVisibleTo(m_window.get()));
    QCOMPARE(button->text().remove(u'&'), QStringLiteral("Sync local copy"));
    QVERIFY(!m_mirror->findChild<QLineEdit *>(QStringLiteral("mirrorSearchEdit"))
                 ->isVisibleTo(m_window.get()));
    QVERIFY(!m_mirror->findChild<QPushButton *>(QStringLiteral("mirrorForgetButton"))
                 ->isVisibleTo(m_window.get()));
}

void TestUsersMirror::searchesTheCopyAndShowsChangesWithoutAResync()
{
    QAbstractItemModelTester tester(m_mirror->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    sync();
    auto *count = m_mirror->findChild<QLabel *>(QStringLiteral("mirrorCountLabel"));
    auto *age = m_mirror->findChild<QLabel *>(QStringLiteral("mirrorAgeLabel"));
    QCOMPARE(count->text(), QStringLiteral("4 of 4 users"));
    QVERIFY2(age->text().startsWith(QLatin1String("Mirror from ")), qPrintable(age->text()));
    QCOMPARE(m_page->view()->model()->columnCount(), int(gui::MirrorUsersColumn::Count));
    m_page->view()->sortByColumn(UsersColumn::Username, Qt::AscendingOrder);
    QCOMPARE(shownUsernames(), (QStringList{QStringLiteral("anna"), QStringLiteral("ben"),
                                            QStringLiteral("cleo"), QStringLiteral("dan")}));
    const QDateTime syncedAt = mirror::Mirror::open(m_mirror->path()).value()->syncedAt();

    // Free text, answered as it is typed (once typing pauses).
    auto *search = m_mirror->findChild<QLineEdit *>(QStringLiteral("mirrorSearchEdit"));
    QVERIFY(search->isVisibleTo(m_window.get()));
    QTest::keyClicks(search, QStringLiteral("FINANCE"));
    QTRY_COMPARE(shownUsernames(), (QStringList{QStringLiteral("anna"), QStringLiteral("ben")}));
    QCOMPARE(count->text(), QStringLiteral("2 of 4 users"));
    QCOMPARE(shownText(QStringLiteral("anna"), gui::MirrorUsersColumn::Groups),
             QStringLiteral("admins, staff"));
    QCOMPARE(shownText(QStringLiteral("ben"), gui::MirrorUsersColumn::Groups),
             QStringLiteral("staff"));
    QCOMPARE(shownText(QStringLiteral("ben"), UsersColumn::Email),
             QStringLiteral("ben@finance.example"));

    // The group facet narrows it further; Any widens it again.
    auto *group = m_mirror->findChild<QComboBox *>(QStringLiteral("mirrorGroupCombo"));
    group->setCurrentIndex(group->findText(QStringLiteral("admins")));
    QCOMPARE(shownUsernames(), QStringList{QStringLiteral("anna")});
    group->setCurrentIndex(0);
    QCOMPARE(shownUsernames().size(), 2);

    // Sorting by a column sorts the search (username descending).
    m_page->view()->sortByColumn(UsersColumn::Username, Qt::DescendingOrder);
    QCOMPARE(shownUsernames(), (QStringList{QStringLiteral("ben"), QStringLiteral("anna")}));

    // A row opens in the detail pane by its username.
    const QModelIndex anna = shownIndex(QStringLiteral("anna"), 0);
    QVERIFY(anna.isValid());
    m_page->view()->selectionModel()->setCurrentIndex(anna, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
    QCOMPARE(m_window->users()->selection(), QStringList{QStringLiteral("anna")});
    QCOMPARE(m_window->users()->currentUser(), QStringLiteral("anna"));
    auto *name = m_window->userDetailPane()->findChild<QLabel *>(QStringLiteral("usernameLabel"));
    QVERIFY(name->text().contains(QLatin1String("anna")));
    QCOMPARE(m_window->users()->attributes()->value(QStringLiteral("email")),
             QStringLiteral("anna@finance.example"));

    // Disable through the window: the server has it, and so does the row, without a sync.
    QCOMPARE(shownText(QStringLiteral("anna"), UsersColumn::Enabled), QStringLiteral("Yes"));
    m_interaction->answers.enqueue(Answer::Yes);
    QSignalSpy bulk(m_window->users(), &gui::UsersController::bulkFinished);
    QSignalSpy synced(m_mirror, &gui::UsersMirror::syncFinished);
    m_window->users()->disableUsers(m_window->users()->selection());
    QTRY_COMPARE_WITH_TIMEOUT(bulk.size(), 1, 20000);
    QCOMPARE(bulk.first().at(0).toStringList(), QStringList{QStringLiteral("anna")});
    const auto server = aws::await(
        m_connection->identityProvider()->adminGetUser(m_poolId, QStringLiteral("anna")));
    if (!server)
        QFAIL(qPrintable(server.error().toString()));
    QCOMPARE(server.value().enabled, false);
    QCOMPARE(shownText(QStringLiteral("anna"), UsersColumn::Enabled), QStringLiteral("No"));
    // Still selected, and the change is in the file (the next search sees it), not a resync.
    QCOMPARE(m_window->users()->selection(), QStringList{QStringLiteral("anna")});
    QCOMPARE(synced.size(), 0);
    auto reopened = mirror::Mirror::open(m_mirror->path());
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->syncedAt(), syncedAt);
    mirror::Query disabled;
    disabled.enabled = false;
    const auto found = reopened.value()->search(disabled);
    QVERIFY(found);
    QCOMPARE(found.value().size(), 1);
    QCOMPARE(found.value().first().username(), QStringLiteral("anna"));

    // The enabled facet finds her among the disabled.
    auto *enabled = m_mirror->findChild<QComboBox *>(QStringLiteral("mirrorEnabledCombo"));
    enabled->setCurrentIndex(enabled->findData(QStringLiteral("false")));
    QCOMPARE(shownUsernames(), QStringList{QStringLiteral("anna")});
    enabled->setCurrentIndex(0);

    // A group added through the window shows in the Groups column at once.
    const QModelIndex ben = shownIndex(QStringLiteral("ben"), 0);
    m_page->view()->selectionModel()->setCurrentIndex(ben, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    QCOMPARE(m_window->users()->currentUser(), QStringLiteral("ben"));
    m_window->users()->addToGroup(QStringLiteral("admins"));
    QTRY_COMPARE_WITH_TIMEOUT(shownText(QStringLiteral("ben"), gui::MirrorUsersColumn::Groups),
                              QStringLiteral("admins, staff"), 20000);
    QCOMPARE(synced.size(), 0);
    QVERIFY(m_interaction->prompts.size() == 1); // the disable question only
}

void TestUsersMirror::aCanceledRefreshLeavesTheCopy()
{
    sync();
    const QDateTime syncedAt = mirror::Mirror::open(m_mirror->path()).value()->syncedAt();
    auto *button = m_mirror->findChild<QPushButton *>(QStringLiteral("mirrorSyncButton"));
    QCOMPARE(button->text().remove(u'&'), QStringLiteral("Refresh local copy"));
    QSignalSpy finished(m_mirror, &gui::UsersMirror::syncFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_mirror->isSyncing());
    m_mirror->cancelSync();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(m_mirror->isActive());
    QCOMPARE(m_mirror->model()->rowCount(), 4);
    QCOMPARE(mirror::Mirror::open(m_mirror->path()).value()->syncedAt(), syncedAt);
    auto *age = m_mirror->findChild<QLabel *>(QStringLiteral("mirrorAgeLabel"));
    QVERIFY2(age->text().contains(QLatin1String("canceled")), qPrintable(age->text()));
}

// Against a cognito-sim of its own (its latency and fault knobs are the whole server's):
// the refresh shows in the status bar with Cancel, fails on every ListUsers answering 500,
// and leaves the last complete copy as it was.
void TestUsersMirror::aFailedRefreshLeavesTheCopy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString stateFile = dir.filePath(QStringLiteral("sim.json"));
    QString error;
    const auto stack = test::startPrivateSim(stateFile, &error);
    QVERIFY2(stack, qPrintable(error));
    const auto stop = qScopeGuard([&stateFile] { test::stopPrivateSim(stateFile); });
    const auto knobs = [&stack](const QJsonObject &settings) {
        QNetworkAccessManager network;
        QNetworkRequest request(stack->endpoint.resolved(QUrl(QStringLiteral("/_sim/knobs"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = network.post(request, QJsonDocument(settings).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || done.wait(30000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        reply->deleteLater();
    };
    const std::shared_ptr<cognito::Connection> connection = test::connectTo(*stack);
    QVERIFY(connection);
    cognito::CreateUserPoolRequest poolRequest;
    poolRequest.name = test::uniqueName(QStringLiteral("gui-mirror-faults-"));
    const auto pool = aws::await(connection->identityProvider()->createUserPool(poolRequest));
    if (!pool)
        QFAIL(qPrintable(pool.error().toString()));
    for (const QString &username : {QStringLiteral("ivy"), QStringLiteral("jon")}) {
        cognito::CreateUserRequest request;
        request.username = username;
        request.temporaryPassword = QStringLiteral("Temp-Passw0rd!");
        request.messageAction = cognito::MessageAction::Suppress;
        const auto created =
            aws::await(connection->identityProvider()->adminCreateUser(pool.value().id, request));
        if (!created)
            QFAIL(qPrintable(created.error().toString()));
    }

    m_window->setConnection(connection);
    m_window->showSection(Section::Users, pool.value().id);
    const auto forget = qScopeGuard([path = m_mirror->path()] { QFile::remove(path); });
    QVERIFY(!m_mirror->isActive());
    sync();
    QCOMPARE(m_mirror->model()->rowCount(), 2);
    const QDateTime syncedAt = mirror::Mirror::open(m_mirror->path()).value()->syncedAt();

    knobs({{QStringLiteral("latencyMs"), 400},
           {QStringLiteral("faults"), QJsonObject{{QStringLiteral("5xx"), 1}}},
           {QStringLiteral("faultOps"), QJsonArray{QStringLiteral("ListUsers")}}});
    QSignalSpy finished(m_mirror, &gui::UsersMirror::syncFinished);
    m_mirror->sync();
    gui::BusyIndicator *busy = m_window->busyIndicator();
    QVERIFY(busy->isBusy());
    QTRY_VERIFY(busy->isVisible());
    QVERIFY(busy->findChild<QToolButton *>()->isVisible()); // Cancel
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!busy->isBusy());
    QVERIFY(m_mirror->isActive());
    QCOMPARE(m_mirror->model()->rowCount(), 2);
    QCOMPARE(mirror::Mirror::open(m_mirror->path()).value()->syncedAt(), syncedAt);
    auto *age = m_mirror->findChild<QLabel *>(QStringLiteral("mirrorAgeLabel"));
    QVERIFY2(age->text().contains(QLatin1String("Sync failed")), qPrintable(age->text()));
    knobs({{QStringLiteral("latencyMs"), 0},
           {QStringLiteral("faults"), QJsonObject{{QStringLiteral("5xx"), 0}}},
           {QStringLiteral("faultOps"), QJsonArray()}});
}

void TestUsersMirror::forgetAsksThenDeletesTheCopy()
{
    sync();
    auto *forget = m_mirror->findChild<QPushButton *>(QStringLiteral("mirrorForgetButton"));
    QVERIFY(forget->isVisibleTo(m_window.get()));
    m_interaction->answers.enqueue(Answer::No);
    QTest::mouseClick(forget, Qt::LeftButton);
    QCOMPARE(m_interaction->prompts.size(), 1);
    QVERIFY(
        m_interaction->prompts.first().startsWith(QLatin1String("question: Forget local data")));
    QVERIFY(QFile::exists(m_mirror->path()));
    QVERIFY(m_mirror->isActive());

    m_interaction->answers.enqueue(Answer::Yes);
    QTest::mouseClick(forget, Qt::LeftButton);
    QCOMPARE(m_interaction->prompts.size(), 2);
    QVERIFY(!QFile::exists(m_mirror->path()));
    QVERIFY(!m_mirror->isActive());
    QVERIFY(!m_page->showsOtherRows());
    QCOMPARE(m_page->view()->model()->columnCount(), int(UsersColumn::Count));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->state(), State::Complete, 20000);
    QCOMPARE(m_page->model()->rowCount(), 4);
}

int TestUsersMirror::listUsersCalls() const
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(
        QNetworkRequest(m_stack.endpoint.resolved(QUrl(QStringLiteral("/_sim/knobs")))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10000))
        return -1;
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll())
        .object()
        .value(QLatin1String("stats"))
        .toObject()
        .value(QLatin1String("poolOps"))
        .toObject()
        .value(m_poolId)
        .toObject()
        .value(QLatin1String("ListUsers"))
        .toInt();
}

void TestUsersMirror::aPoolWithACopyOpensWithoutListingTheServer()
{
    sync();
    // A new window on the pool lists its copy, and asks the server for nothing to do so;
    // F5 searches the copy again, without a call either.
    m_window = std::make_unique<gui::MainWindow>();
    m_window->setConnection(m_connection);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const int before = listUsersCalls();
    QVERIFY(before >= 0);
    m_window->showSection(Section::Users, m_poolId);
    m_page = m_window->page(Section::Users);
    m_mirror = m_window->findChild<gui::UsersMirror *>(QStringLiteral("usersMirror"));
    QVERIFY(m_mirror->isActive());
    QVERIFY(m_page->showsOtherRows());
    QCOMPARE(m_page->view()->model()->rowCount(), 4);
    m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QCOMPARE(m_page->view()->model()->rowCount(), 4);
    QCOMPARE(m_page->model()->pagesRequested(), 0);
    QCOMPARE(listUsersCalls(), before);

    // Without the copy, the server's pages are listed as before.
    m_interaction->answers.enqueue(Answer::Yes);
    m_mirror->forget();
    QVERIFY(!m_page->showsOtherRows());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->state(), State::Complete, 20000);
    QCOMPARE(m_page->model()->rowCount(), 4);
    QVERIFY(listUsersCalls() > before);
}

void TestUsersMirror::everyWindowChangeIsWrittenThrough()
{
    createUser(QStringLiteral("fay"), QStringLiteral("fay@support.example"), {});
    createUser(QStringLiteral("gus"), QStringLiteral("gus@support.example"), {});
    sync();
    const QDateTime syncedAt = mirror::Mirror::open(m_mirror->path()).value()->syncedAt();
    QSignalSpy synced(m_mirror, &gui::UsersMirror::syncFinished);

    // Ctrl+F goes to the search of the local copy.
    auto *search = m_mirror->findChild<QLineEdit *>(QStringLiteral("mirrorSearchEdit"));
    m_window->findChild<QAction *>(QStringLiteral("findAction"))->trigger();
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("support"));
    QTRY_COMPARE(shownUsernames(), (QStringList{QStringLiteral("fay"), QStringLiteral("gus")}));
    auto *count = m_mirror->findChild<QLabel *>(QStringLiteral("mirrorCountLabel"));
    QCOMPARE(count->text(), QStringLiteral("2 of 6 users"));

    const auto select = [this](const QString &username) {
        const QModelIndex index = shownIndex(username, 0);
        QVERIFY(index.isValid());
        m_page->view()->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(m_window->users()->currentUser(), username);
    };

    // An attribute: the mirror's row has it, and the search finds it.
    select(QStringLiteral("fay"));
    m_window->users()->setAttribute(QStringLiteral("given_name"), QStringLiteral("Fayzabella"));
    QTRY_COMPARE_WITH_TIMEOUT(
        models::userAttribute(m_mirror->user(QStringLiteral("fay")), QStringLiteral("given_name")),
        QStringLiteral("Fayzabella"), 20000);
    QCOMPARE(m_window->users()->attributes()->value(QStringLiteral("given_name")),
             QStringLiteral("Fayzabella"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("fayzab"));
    QTRY_COMPARE(shownUsernames(), QStringList{QStringLiteral("fay")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("support"));
    QTRY_COMPARE(shownUsernames().size(), 2);

    // A group added, then removed.
    select(QStringLiteral("gus"));
    m_window->users()->addToGroup(QStringLiteral("staff"));
    QTRY_COMPARE_WITH_TIMEOUT(shownText(QStringLiteral("gus"), gui::MirrorUsersColumn::Groups),
                              QStringLiteral("staff"), 20000);
    m_window->users()->removeFromGroups({QStringLiteral("staff")});
    QTRY_COMPARE_WITH_TIMEOUT(shownText(QStringLiteral("gus"), gui::MirrorUsersColumn::Groups),
                              QString(), 20000);

    // A new user, as the create form ends (the window reads its row back), is in the copy.
    createUser(QStringLiteral("hal"), QStringLiteral("hal@support.example"), {});
    m_window->users()->refreshUser(QStringLiteral("hal"), true);
    QTRY_COMPARE_WITH_TIMEOUT(
        shownUsernames(),
        (QStringList{QStringLiteral("fay"), QStringLiteral("gus"), QStringLiteral("hal")}), 20000);
    QCOMPARE(count->text(), QStringLiteral("3 of 7 users"));

    // A user deleted is gone from the copy.
    select(QStringLiteral("gus"));
    m_interaction->answers.enqueue(Answer::Yes);
    QSignalSpy bulk(m_window->users(), &gui::UsersController::bulkFinished);
    m_window->users()->deleteUsers({QStringLiteral("gus")});
    QTRY_COMPARE_WITH_TIMEOUT(bulk.size(), 1, 20000);
    QCOMPARE(shownUsernames(), (QStringList{QStringLiteral("fay"), QStringLiteral("hal")}));
    QCOMPARE(count->text(), QStringLiteral("2 of 6 users"));
    QVERIFY(m_mirror->user(QStringLiteral("gus")).isEmpty());
    QVERIFY(m_window->users()->selection().isEmpty());

    // All of it without a sync.
    QCOMPARE(synced.size(), 0);
    QCOMPARE(mirror::Mirror::open(m_mirror->path()).value()->syncedAt(), syncedAt);

    // A refresh replaces the copy in place: the search stays, the page never goes back to
    // the server's pages, and the copy agrees with the server.
    QSignalSpy active(m_mirror, &gui::UsersMirror::activeChanged);
    sync();
    QCOMPARE(active.size(), 0);
    QCOMPARE(search->text(), QStringLiteral("support"));
    QCOMPARE(shownUsernames(), (QStringList{QStringLiteral("fay"), QStringLiteral("hal")}));
    QCOMPARE(count->text(), QStringLiteral("2 of 6 users"));
    QVERIFY(mirror::Mirror::open(m_mirror->path()).value()->syncedAt() >= syncedAt);
}

QTEST_MAIN(TestUsersMirror)
#include "tst_usersmirror.moc"
