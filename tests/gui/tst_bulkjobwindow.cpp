#include "cognito/bulkjob.h"
#include "cognito/identityprovider.h"
#include "gui/bulkjobdialog.h"
#include "gui/listpage.h"
#include "gui/mainwindow.h"
#include "gui/userscontroller.h"
#include "guitest.h"
#include "support/scriptedinteraction.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace cdesk;
using Answer = gui::Interaction::Answer;
using cognito::BulkItemState;

// The Users menu's actions on the selected users (groups, attributes, sign-out, password reset),
// each one job, checked on the server.
// The job window: a bulk action on 50 users of a pool of the test's own on a cognito-sim of its
// own (its latency knob makes the job last), paused, resumed, its report saved; and a job
// canceled half-way, the window closed, and the job offered and finished by a new window —
// every user done exactly once, counted on the server.
class TestBulkJobWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void pauseResumeAndSaveTheReport();
    void canceledJobIsOfferedAndFinishedByANewWindow();
    void actionsOnSelectedUsers();

private:
    QJsonObject sim(const char *path, const QJsonObject &body = {}, bool post = true);
    // A pool of its own holding `count` users; their names in *usernames.
    QString newPoolWithUsers(int count, QStringList *usernames);
    int calls(const QString &poolId, const QString &operation);
    // The pool's users' Enabled as the server has it.
    QHash<QString, bool> serverEnabled(const QString &poolId);
    cognito::BulkJournal journal(const QString &jobId);
    gui::BulkJobDialog *openJobWindow(gui::MainWindow *window);

    QTemporaryDir m_dir;
    QString m_stateFile;
    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    std::unique_ptr<test::ScriptedInteraction> m_interaction;
    std::unique_ptr<gui::MainWindow> m_window;
    QStringList m_pools;
};

void TestBulkJobWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_stateFile = m_dir.filePath(QStringLiteral("sim.json"));
    QString error;
    const auto loaded = test::startPrivateSim(m_stateFile, &error);
    QVERIFY2(loaded, qPrintable(error));
    m_stack = *loaded;
    test::isolateSettings(m_stack);
    // A data folder of this test's own: the jobs offered at start are this test's only.
    QCoreApplication::setOrganizationName(QStringLiteral("cognito-desk-test-bulkjobwindow"));
    QDir(cognito::BulkJournal::defaultDirectory()).removeRecursively();
    m_connection = test::connectTo(m_stack);
    QVERIFY(m_connection);
}

void TestBulkJobWindow::cleanupTestCase()
{
    for (const QString &pool : std::as_const(m_pools))
        aws::await(m_connection->identityProvider()->deleteUserPool(pool));
    test::stopPrivateSim(m_stateFile);
}

void TestBulkJobWindow::init()
{
    sim("/_sim/knobs/reset");
    m_interaction = std::make_unique<test::ScriptedInteraction>();
    m_window = std::make_unique<gui::MainWindow>();
    m_window->setConnection(m_connection);
    m_window->show();
}

void TestBulkJobWindow::cleanup()
{
    m_window.reset();
    m_interaction.reset();
}

QJsonObject TestBulkJobWindow::sim(const char *path, const QJsonObject &body, bool post)
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_stack.endpoint.resolved(QUrl(QString::fromLatin1(path))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply =
        post ? network.post(request, QJsonDocument(body).toJson()) : network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(30000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QString TestBulkJobWindow::newPoolWithUsers(int count, QStringList *usernames)
{
    cognito::CreateUserPoolRequest request;
    request.name = test::uniqueName(QStringLiteral("jobwindow-"));
    const auto pool = aws::await(m_connection->identityProvider()->createUserPool(request));
    if (!pool)
        return {};
    m_pools.append(pool.value().id);
    const QString prefix = QStringLiteral("jw");
    sim("/_sim/seed-users", {{QStringLiteral("UserPoolId"), pool.value().id},
                             {QStringLiteral("count"), count},
                             {QStringLiteral("prefix"), prefix}});
    *usernames = serverEnabled(pool.value().id).keys();
    usernames->sort();
    return pool.value().id;
}

int TestBulkJobWindow::calls(const QString &poolId, const QString &operation)
{
    return sim("/_sim/knobs", {}, false)
        .value(QLatin1String("stats"))
        .toObject()
        .value(QLatin1String("poolOps"))
        .toObject()
        .value(poolId)
        .toObject()
        .value(operation)
        .toInt();
}

QHash<QString, bool> TestBulkJobWindow::serverEnabled(const QString &poolId)
{
    QHash<QString, bool> enabled;
    QString token;
    do {
        const auto page =
            aws::await(m_connection->identityProvider()->listUsers(poolId, {}, token));
        if (!page)
            return {};
        for (const cognito::User &user : page.value().items)
            enabled.insert(user.username, user.enabled);
        token = page.value().nextToken;
    } while (!token.isEmpty());
    return enabled;
}

cognito::BulkJournal TestBulkJobWindow::journal(const QString &jobId)
{
    const auto read = cognito::BulkJournal::read(gui::UsersController::journalDirectory(), jobId);
    return read ? read.value() : cognito::BulkJournal();
}

void TestBulkJobWindow::pauseResumeAndSaveTheReport()
{
    QStringList users;
    const QString pool = newPoolWithUsers(50, &users);
    QVERIFY(!pool.isEmpty());
    QCOMPARE(users.size(), 50);
    m_window->showSection(gui::MainWindow::Section::Users, pool);
    gui::UsersController *controller = m_window->users();
    // Every call takes 2 s: the job is paused while its first items are under way. Up to 32
    // are in flight at once (the transport puts them all on the wire), so once the first
    // answers came back the rest of the 50 would be sent before a click could pause them.
    sim("/_sim/knobs", {{QStringLiteral("latencyMs"), 2000}});

    QSignalSpy finished(controller, &gui::UsersController::bulkFinished);
    m_interaction->answers.enqueue(Answer::Yes);
    controller->disableUsers(users);
    gui::BulkJobDialog *dialog = controller->jobDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    const QString jobId = dialog->jobId();
    QVERIFY(jobId.startsWith(QLatin1String("bulk-")));
    auto *pause = dialog->findChild<QPushButton *>(QStringLiteral("pauseButton"));
    auto *resume = dialog->findChild<QPushButton *>(QStringLiteral("resumeButton"));
    auto *report = dialog->findChild<QTreeWidget *>(QStringLiteral("itemsTreeWidget"));
    QVERIFY(pause && resume && report);
    QVERIFY(pause->isEnabled());
    QVERIFY(!resume->isEnabled());

    // Pause once the first users are sent.
    QTRY_VERIFY_WITH_TIMEOUT(journal(jobId).count(BulkItemState::Unknown) >= 1, 20000);
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(resume->isEnabled());
    QVERIFY(!pause->isEnabled());
    // What was under way when paused: journaled as sent, no outcome yet.
    const cognito::BulkJournal atPause = journal(jobId);
    QCOMPARE(atPause.results.size(), 50);
    QSet<int> underWay;
    for (int i = 0; i < atPause.results.size(); ++i)
        if (atPause.results.at(i).state == BulkItemState::Unknown)
            underWay.insert(i);
    // Those finish; nothing else does.
    QTRY_COMPARE_WITH_TIMEOUT(journal(jobId).count(BulkItemState::Unknown), 0, 20000);
    const cognito::BulkJournal drained = journal(jobId);
    for (int i = 0; i < drained.results.size(); ++i) {
        const bool hadOutcome = atPause.results.at(i).state == BulkItemState::Succeeded ||
                                atPause.results.at(i).state == BulkItemState::Failed;
        if (!hadOutcome && !underWay.contains(i))
            QCOMPARE(drained.results.at(i).state, BulkItemState::Pending);
    }
    const int doneWhilePausing = drained.count(BulkItemState::Succeeded);
    QVERIFY2(drained.count(BulkItemState::Pending) > 0, "the job ended before it was paused");
    // A call's worth of the sim's time (2 s) passes, paused: not one more user is done, in
    // the journal or on the server.
    QVERIFY(aws::await(m_connection->identityProvider()->describeUserPool(pool)));
    QCOMPARE(journal(jobId).count(BulkItemState::Succeeded), doneWhilePausing);
    QCOMPARE(journal(jobId).count(BulkItemState::Unknown), 0);
    QCOMPARE(calls(pool, QStringLiteral("AdminDisableUser")), doneWhilePausing);
    QCOMPARE(report->topLevelItemCount(), doneWhilePausing);
    QCOMPARE(finished.size(), 0);

    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toStringList().size(), 50);
    QCOMPARE(report->topLevelItemCount(), 50);
    QVERIFY(!pause->isEnabled() && !resume->isEnabled());
    QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("countsLabel"))
                 ->text()
                 .contains(QLatin1String("50")),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("countsLabel"))->text()));
    // Each user once.
    QCOMPARE(calls(pool, QStringLiteral("AdminDisableUser")), 50);

    // Save report…: the file chosen through the Interaction seam.
    const QString path = m_dir.filePath(QStringLiteral("report.csv"));
    m_interaction->files.enqueue(path);
    QSignalSpy saved(dialog, &gui::BulkJobDialog::reportSaved);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveReportButton")),
                      Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray("Username,Outcome,Error\r"));
    QCOMPARE(lines.size(), 52); // header, 50 rows, nothing after the last line end
    QVERIFY(lines.last().isEmpty());
    const QHash<QString, bool> server = serverEnabled(pool);
    QCOMPARE(server.size(), 50);
    QStringList inReport;
    for (qsizetype i = 1; i <= 50; ++i) {
        const QList<QByteArray> row = lines.at(i).chopped(1).split(',');
        QCOMPARE(row.size(), 3);
        const QString username = QString::fromUtf8(row.at(0));
        QCOMPARE(row.at(1), QByteArray("succeeded"));
        QCOMPARE(row.at(2), QByteArray());
        QVERIFY2(server.contains(username) && !server.value(username), qPrintable(username));
        inReport.append(username);
    }
    inReport.sort();
    QCOMPARE(inReport, users);
    QCOMPARE(journal(jobId).state(), QStringLiteral("done"));
}

void TestBulkJobWindow::canceledJobIsOfferedAndFinishedByANewWindow()
{
    QStringList users;
    const QString pool = newPoolWithUsers(50, &users);
    QVERIFY(!pool.isEmpty());
    m_window->showSection(gui::MainWindow::Section::Users, pool);
    gui::UsersController *controller = m_window->users();
    // Long enough that the job is canceled while its first items are under way: up to 32
    // are in flight at once (the transport puts them all on the wire), so once the first
    // answers came back the rest of the 50 would be sent before a click could stop them.
    sim("/_sim/knobs", {{QStringLiteral("latencyMs"), 2000}});

    QSignalSpy finished(controller, &gui::UsersController::bulkFinished);
    m_interaction->answers.enqueue(Answer::Yes);
    controller->disableUsers(users);
    QPointer<gui::BulkJobDialog> dialog = controller->jobDialog();
    QVERIFY(dialog);
    const QString jobId = dialog->jobId();
    QTRY_VERIFY_WITH_TIMEOUT(journal(jobId).count(BulkItemState::Unknown) >= 1, 20000);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelJobButton")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    const cognito::BulkJournal canceled = journal(jobId);
    QCOMPARE(canceled.state(), QStringLiteral("interrupted"));
    const int doneBefore = canceled.count(BulkItemState::Succeeded);
    QVERIFY(doneBefore >= 1);
    QVERIFY2(canceled.count(BulkItemState::Pending) > 0, "the job ended before it was canceled");
    QCOMPARE(calls(pool, QStringLiteral("AdminDisableUser")), doneBefore);
    // The window says so, and closes.
    auto *close = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    QVERIFY(close->isEnabled());
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    m_window.reset(); // the job's lock goes with its window

    // An interrupted job of a pool this endpoint does not have (older, so looked at first):
    // never offered here.
    cognito::BulkJobSpec elsewhere;
    elsewhere.jobId = QStringLiteral("bulk-20000101-000000-aaaaaa");
    elsewhere.operation = cognito::BulkOperation::Enable;
    elsewhere.userPoolId = m_connection->endpoint().region + QStringLiteral("_NotHere0");
    elsewhere.created = QDateTime::currentDateTimeUtc();
    elsewhere.items.append({QStringLiteral("someone"), {}, {}});
    {
        QFile other(cognito::BulkJournal::journalPath(gui::UsersController::journalDirectory(),
                                                      elsewhere.jobId));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(QJsonDocument(elsewhere.toJson()).toJson(QJsonDocument::Compact) + '\n');
    }
    QCOMPARE(journal(elsewhere.jobId).state(), QStringLiteral("interrupted"));

    // A new window, as the app starts: the interrupted job is offered; yes finishes it.
    m_interaction->prompts.clear();
    m_interaction->answers.enqueue(Answer::Yes);
    m_window = std::make_unique<gui::MainWindow>();
    m_window->setOfferInterruptedJobs(true);
    QSignalSpy resumed(m_window->users(), &gui::UsersController::bulkFinished);
    m_window->setConnection(m_connection);
    m_window->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->users()->jobDialog(), 20000);
    QCOMPARE(m_interaction->prompts.size(), 1);
    QVERIFY2(m_interaction->prompts.value(0).startsWith(QLatin1String("question: ")) &&
                 m_interaction->prompts.value(0).contains(jobId),
             qPrintable(m_interaction->prompts.join(u'\n')));
    gui::BulkJobDialog *second = m_window->users()->jobDialog();
    QVERIFY(second);
    QCOMPARE(second->jobId(), jobId);
    QVERIFY(resumed.wait(60000));
    QCOMPARE(resumed.first().at(0).toStringList().size(), 50 - doneBefore);
    QVERIFY(resumed.first().at(1).toStringList().isEmpty());
    // The report has every user: those of the first run from the journal, the rest as done.
    QCOMPARE(
        second->findChild<QTreeWidget *>(QStringLiteral("itemsTreeWidget"))->topLevelItemCount(),
        50);
    // Every user disabled, each by exactly one call.
    const QHash<QString, bool> server = serverEnabled(pool);
    QCOMPARE(server.size(), 50);
    for (auto it = server.cbegin(); it != server.cend(); ++it)
        QVERIFY2(!it.value(), qPrintable(it.key()));
    QCOMPARE(calls(pool, QStringLiteral("AdminDisableUser")), 50);
    QCOMPARE(journal(jobId).state(), QStringLiteral("done"));

    // Done jobs are not offered again (with no interrupted job left, nothing is looked up).
    QVERIFY(QFile::remove(cognito::BulkJournal::journalPath(
        gui::UsersController::journalDirectory(), elsewhere.jobId)));
    m_interaction->prompts.clear();
    m_window->offerInterruptedJobs();
    QVERIFY2(m_interaction->prompts.isEmpty(), qPrintable(m_interaction->prompts.join(u'\n')));
}

void TestBulkJobWindow::actionsOnSelectedUsers()
{
    QStringList users;
    const QString pool = newPoolWithUsers(5, &users);
    QVERIFY(!pool.isEmpty());
    cognito::IdentityProvider *idp = m_connection->identityProvider();
    cognito::CreateGroupRequest group;
    group.name = QStringLiteral("staff");
    QVERIFY(aws::await(idp->createGroup(pool, group)).ok());
    m_window->showSection(gui::MainWindow::Section::Users, pool);
    gui::UsersController *controller = m_window->users();
    QTableView *view = m_window->page(gui::MainWindow::Section::Users)->view();
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 5, 20000);
    view->selectAll();
    QTRY_COMPARE(controller->selection().size(), 5);

    // Each action asks what it needs, then asks to go on, then runs one job on the five.
    const auto trigger = [&](const char *action, const QString &text) {
        QSignalSpy finished(controller, &gui::UsersController::bulkFinished);
        if (!text.isEmpty())
            m_interaction->texts.enqueue(text);
        m_interaction->answers.enqueue(Answer::Yes);
        m_window->findChild<QAction *>(QString::fromLatin1(action))->trigger();
        if (!finished.wait(30000))
            return QStringList{QStringLiteral("no end; prompts: ") +
                               m_interaction->prompts.join(u'|')};
        return finished.first().at(1).toStringList(); // the failed
    };
    const auto members = [&] {
        QStringList names;
        const auto page = aws::await(idp->listUsersInGroup(pool, QStringLiteral("staff"), 60));
        for (const cognito::User &user : page ? page.value().items : QList<cognito::User>())
            names.append(user.username);
        names.sort();
        return names;
    };
    const auto server = [&](const QString &username) {
        const auto user = aws::await(idp->adminGetUser(pool, username));
        return user ? user.value() : cognito::User();
    };

    QCOMPARE(trigger("addToGroupAction", QStringLiteral("staff")), QStringList());
    QCOMPARE(members(), users);
    QCOMPARE(trigger("removeFromGroupAction", QStringLiteral("staff")), QStringList());
    QCOMPARE(members(), QStringList());

    QCOMPARE(trigger("setAttributeAction", QStringLiteral("given_name=Ada")), QStringList());
    for (const QString &username : users)
        QCOMPARE(server(username).attribute(QStringLiteral("given_name")), QStringLiteral("Ada"));
    QCOMPARE(trigger("deleteAttributeAction", QStringLiteral("given_name")), QStringList());
    for (const QString &username : users)
        QVERIFY(server(username).attribute(QStringLiteral("given_name")).isEmpty());

    // Not NAME=VALUE: told so, nothing sent.
    const int attributeCalls = calls(pool, QStringLiteral("AdminUpdateUserAttributes"));
    m_interaction->texts.enqueue(QStringLiteral("given_name"));
    m_window->findChild<QAction *>(QStringLiteral("setAttributeAction"))->trigger();
    QVERIFY(m_interaction->prompts.last().startsWith(QLatin1String("warning: ")));
    QCOMPARE(calls(pool, QStringLiteral("AdminUpdateUserAttributes")), attributeCalls);

    QCOMPARE(trigger("signOutAction", {}), QStringList());
    QCOMPARE(calls(pool, QStringLiteral("AdminUserGlobalSignOut")), 5);
    QCOMPARE(trigger("resetPasswordAction", {}), QStringList());
    for (const QString &username : users)
        QCOMPARE(server(username).status, QStringLiteral("RESET_REQUIRED"));
    // The rows show the new status.
    for (int row = 0; row < 5; ++row)
        QCOMPARE(view->model()->index(row, 2).data().toString(), QStringLiteral("RESET_REQUIRED"));
}

QTEST_MAIN(TestBulkJobWindow)
#include "tst_bulkjobwindow.moc"
