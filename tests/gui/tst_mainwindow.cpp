#include "cognito/connection.h"
#include "gui/busyindicator.h"
#include "gui/listpage.h"
#include "gui/mainwindow.h"
#include "gui/profiles/profilescontroller.h"
#include "guitest.h"
#include "models/listings.h"
#include "models/pagedlistmodel.h"
#include "models/roles.h"
#include "secrets/memorystore.h"
#include "support/localstack.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPromise>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace cdesk;
using Section = gui::MainWindow::Section;
using State = models::PagedListModel::State;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsPoolsOfTheEndpoint();
    void treeOpensTheSectionsOfAPool();
    void searchesUsersOnTheServer();
    void quickFilterNarrowsLoadedRows();
    void showsServiceErrorInPlace();
    void userFilterEscapesValues_data();
    void userFilterEscapesValues();
    void tokensSectionHasItsPage();
    void statusBarSaysWhereAndAsWhom();
    void shortcutsReachTheirActions();
    void stalePageAfterANewSearchIsDropped();
    void failedPageClearsLoadingAndRetries();
    void remembersWindowAndColumnState();
    void profileSwitcherReconnects();
    void profileSwitcherWaitsForEnter();
    void listsHaveContextMenus();
    void actionsOpenTheAreasForms();

private:
    std::shared_ptr<cognito::Connection> connect() const;
    static QStringList ids(const QAbstractItemModel *model);
    test::LocalStack m_stack;
};

void TestMainWindow::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_stack = *stack;
    test::isolateSettings(m_stack); // window state goes to a test-only location
}

std::shared_ptr<cognito::Connection> TestMainWindow::connect() const
{
    auto connection = m_stack.connect();
    return connection ? connection.value() : nullptr;
}

QStringList TestMainWindow::ids(const QAbstractItemModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, 0).data(models::IdRole).toString());
    out.sort();
    return out;
}

void TestMainWindow::showsPoolsOfTheEndpoint()
{
    gui::MainWindow window;
    QAbstractItemModelTester tester(window.poolsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.setConnection(connect());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTableView *view = window.page(Section::Pools)->view();
    QTRY_VERIFY_WITH_TIMEOUT(window.poolsModel()->state() == State::Complete, 20000);
    const QModelIndexList shown = view->model()->match(view->model()->index(0, 0), models::IdRole,
                                                       m_stack.userPoolId(), 1, Qt::MatchExactly);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().data().toString(), m_stack.poolName());
    QVERIFY(window.windowTitle().contains(m_stack.endpoint.toDisplayString()));
}

void TestMainWindow::treeOpensTheSectionsOfAPool()
{
    gui::MainWindow window;
    window.setConnection(connect());
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.poolsModel()->state() == State::Complete, 20000);

    // The tree holds the pool, and under it its four sections.
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("navigationTreeView"));
    QVERIFY(tree);
    const QModelIndex root = tree->model()->index(0, 0);
    QModelIndex poolItem;
    for (int row = 0; row < tree->model()->rowCount(root); ++row)
        if (tree->model()->index(row, 0, root).data().toString() == m_stack.poolName())
            poolItem = tree->model()->index(row, 0, root);
    QVERIFY(poolItem.isValid());
    QCOMPARE(tree->model()->rowCount(poolItem),
             5); // Users, Groups, App clients, Import jobs, Tokens

    // Selecting "Users" lists the seeded users through the model/view.
    tree->setCurrentIndex(tree->model()->index(0, 0, poolItem));
    auto *users = window.page(Section::Users)->model();
    QAbstractItemModelTester tester(users, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(users->state() == State::Complete, 20000);
    const QStringList usernames = ids(users);
    for (const char *name : {"alice", "bob", "carol", "dave", "erin", "frank"})
        QVERIFY2(usernames.contains(QLatin1String(name)), qPrintable(usernames.join(u',')));
    const int carol = users->rowOf(QStringLiteral("carol"));
    QCOMPARE(users->index(carol, models::UsersColumn::Status).data().toString(),
             QStringLiteral("FORCE_CHANGE_PASSWORD"));
    QCOMPARE(users->index(carol, models::UsersColumn::Email).data().toString(),
             QStringLiteral("carol@example.com"));

    // "Groups" lists the seeded groups.
    tree->setCurrentIndex(tree->model()->index(1, 0, poolItem));
    auto *groups = window.page(Section::Groups)->model();
    QTRY_VERIFY_WITH_TIMEOUT(groups->state() == State::Complete, 20000);
    // Other tests share the fixture's pool and may add groups and clients: the seeded
    // ones must be there, others may be too.
    QVERIFY(ids(groups).contains(QStringLiteral("admins")));
    QVERIFY(ids(groups).contains(QStringLiteral("testers")));

    // "App clients" lists both demo clients.
    tree->setCurrentIndex(tree->model()->index(2, 0, poolItem));
    auto *clients = window.page(Section::Clients)->model();
    QTRY_VERIFY_WITH_TIMEOUT(clients->state() == State::Complete, 20000);
    QVERIFY(ids(clients).contains(m_stack.clientId(QStringLiteral("demo-web"))));
    QVERIFY(ids(clients).contains(m_stack.clientId(QStringLiteral("demo-backend"))));
}

void TestMainWindow::searchesUsersOnTheServer()
{
    gui::MainWindow window;
    window.setConnection(connect());
    window.show();
    window.showSection(Section::Users, m_stack.userPoolId());
    gui::ListPage *page = window.page(Section::Users);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->state() == State::Complete, 20000);

    auto *value = page->findChild<QLineEdit *>(QStringLiteral("filterValueLineEdit"));
    QVERIFY(value);
    QTest::keyClicks(value, QStringLiteral("fr"));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("searchButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        page->model()->state() == State::Complete && page->model()->rowCount() == 1, 20000);
    QCOMPARE(ids(page->model()), QStringList{QStringLiteral("frank")});
}

void TestMainWindow::quickFilterNarrowsLoadedRows()
{
    gui::MainWindow window;
    window.setConnection(connect());
    window.show();
    window.showSection(Section::Users, m_stack.userPoolId());
    gui::ListPage *page = window.page(Section::Users);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->state() == State::Complete, 20000);
    const int all = page->proxy()->rowCount();
    QVERIFY(all >= 6);

    auto *quickFilter = page->findChild<QLineEdit *>(QStringLiteral("quickFilterLineEdit"));
    QTest::keyClicks(quickFilter, QStringLiteral("EXAMPLE.COM"));
    QCOMPARE(page->proxy()->rowCount(), all); // every demo email matches, case-insensitively
    quickFilter->clear();
    QTest::keyClicks(quickFilter, QStringLiteral("carol@"));
    QCOMPARE(page->proxy()->rowCount(), 1);
    QCOMPARE(page->proxy()->index(0, 0).data(models::IdRole).toString(), QStringLiteral("carol"));
    QCOMPARE(page->model()->rowCount(), all); // nothing was fetched again
}

void TestMainWindow::showsServiceErrorInPlace()
{
    // Nothing listens on the endpoint: the page must say so, in place.
    cognito::ConnectionSettings settings;
    settings.region = QStringLiteral("us-east-1");
    settings.endpointUrl = QUrl(QStringLiteral("http://127.0.0.1:1/"));
    aws::Credentials credentials;
    credentials.accessKeyId = QStringLiteral("AKID");
    credentials.secretAccessKey = QStringLiteral("secret");
    settings.credentials = std::make_shared<aws::StaticCredentialsProvider>(credentials);
    auto connection = cognito::Connection::open(settings);
    QVERIFY(connection);

    gui::MainWindow window;
    window.setConnection(connection.value());
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.poolsModel()->state() == State::Failed, 20000);
    auto *label = window.page(Section::Pools)->findChild<QLabel *>(QStringLiteral("stateLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QLatin1String("ConnectionRefused")), qPrintable(label->text()));
}

void TestMainWindow::userFilterEscapesValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expression");
    QTest::newRow("plain") << "alice"
                           << R"(username ^= "alice")";
    QTest::newRow("quote") << R"(a"b)"
                           << R"(username ^= "a\"b")";
    QTest::newRow("backslash") << R"(a\b)"
                               << R"(username ^= "a\\b")";
}

void TestMainWindow::userFilterEscapesValues()
{
    QFETCH(QString, value);
    QFETCH(QString, expression);
    QCOMPARE(gui::userFilterExpression(QStringLiteral("username"), QStringLiteral("^="), value),
             expression);
}

void TestMainWindow::tokensSectionHasItsPage()
{
    gui::MainWindow window;
    window.setConnection(connect());
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.poolsModel()->state() == State::Complete, 20000);
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("navigationTreeView"));
    const QModelIndex root = tree->model()->index(0, 0);
    QModelIndex tokens;
    for (int row = 0; row < tree->model()->rowCount(root); ++row) {
        const QModelIndex pool = tree->model()->index(row, 0, root);
        if (pool.data().toString() == m_stack.poolName())
            tokens = tree->model()->index(4, 0, pool);
    }
    QVERIFY(tokens.isValid());
    QCOMPARE(tokens.data().toString(), QStringLiteral("Tokens"));
    tree->setCurrentIndex(tokens);
    QVERIFY(window.tokensPage()->isVisible());
    QVERIFY(window.page(Section::Tokens) == nullptr);
    // The token workbench, on this pool: it offers the pool's app clients.
    auto *clients = window.tokensPage()->findChild<QComboBox *>(QStringLiteral("clientComboBox"));
    QVERIFY(clients);
    const QString demoWeb = m_stack.clientId(QStringLiteral("demo-web"));
    const auto offered = [clients, demoWeb] {
        for (int i = 0; i < clients->count(); ++i)
            if (clients->itemData(i).toString() == demoWeb)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(offered(), 20000);
    // Refresh has nothing to reload there.
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("refreshAction"))->isEnabled());
}

void TestMainWindow::statusBarSaysWhereAndAsWhom()
{
    // A chain, as the app uses: it knows its source only once it has signed a call.
    aws::Credentials keys = m_stack.credentials;
    keys.source = QStringLiteral("chain-test-keys");
    std::vector<aws::CredentialsChain::Link> links{
        {QStringLiteral("keys"), std::make_shared<aws::StaticCredentialsProvider>(
                                     keys, QStringLiteral("chain-test-keys"))}};
    auto chain = std::make_shared<aws::CredentialsChain>(std::move(links));
    cognito::ConnectionSettings settings;
    settings.region = m_stack.region;
    settings.endpointUrl = m_stack.endpoint;
    settings.credentials = chain;
    auto connection = cognito::Connection::open(settings);
    QVERIFY(connection);

    gui::MainWindow window;
    auto *endpoint = window.statusBar()->findChild<QLabel *>(QStringLiteral("endpointLabel"));
    auto *region = window.statusBar()->findChild<QLabel *>(QStringLiteral("regionLabel"));
    auto *credentials = window.statusBar()->findChild<QLabel *>(QStringLiteral("credentialsLabel"));
    QVERIFY(endpoint && region && credentials);
    QCOMPARE(endpoint->text(), QStringLiteral("Not connected"));
    window.setConnection(connection.value(), chain);
    window.show();
    QVERIFY(endpoint->text().contains(m_stack.endpoint.toDisplayString()));
    QVERIFY(region->text().contains(m_stack.region));
    QTRY_VERIFY_WITH_TIMEOUT(window.poolsModel()->state() == State::Complete, 20000);
    QVERIFY2(credentials->text().contains(QLatin1String("chain-test-keys")),
             qPrintable(credentials->text()));
}

void TestMainWindow::shortcutsReachTheirActions()
{
    gui::MainWindow window;
    window.setConnection(connect());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showSection(Section::Users, m_stack.userPoolId());
    gui::ListPage *page = window.page(Section::Users);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->state() == State::Complete, 20000);

    const auto action = [&window](const char *name) {
        return window.findChild<QAction *>(QString::fromLatin1(name));
    };
    QCOMPARE(action("refreshAction")->shortcut(), QKeySequence(QKeySequence::Refresh));
    QCOMPARE(action("findAction")->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(action("newAction")->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(action("deleteAction")->shortcut(), QKeySequence(QKeySequence::Delete));
    // The SVG icons render (the SVG icon engine is installed and the resources are in).
    for (const char *name : {"refreshAction", "deleteAction", "newAction", "profilesAction"}) {
        const QPixmap pixmap = action(name)->icon().pixmap(QSize(32, 32));
        QVERIFY2(!pixmap.isNull(), name);
    }

    // F5 reloads the page: one more page asked of the server.
    const int before = page->model()->pagesRequested();
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(page->model()->pagesRequested(), before + 1);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->state() == State::Complete, 20000);

    // Ctrl+F goes to the quick filter.
    page->view()->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(),
                 page->findChild<QLineEdit *>(QStringLiteral("quickFilterLineEdit")));

    // Delete needs a selection (and asks first: tests/gui/tst_users.cpp).
    page->view()->clearSelection();
    QVERIFY(!action("deleteAction")->isEnabled());
    page->view()->selectRow(0);
    QVERIFY(action("deleteAction")->isEnabled());
    page->view()->selectAll(); // many rows at once
    QCOMPARE(page->selectedIds().size(), page->proxy()->rowCount());
}

void TestMainWindow::stalePageAfterANewSearchIsDropped()
{
    // Two searches: the first one's page comes back after the second one started. The
    // model must show only the second one's rows.
    auto *model = models::createUsersModel(this);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto first = std::make_shared<QPromise<aws::Result<models::JsonPage>>>();
    auto second = std::make_shared<QPromise<aws::Result<models::JsonPage>>>();
    model->setFetcher([first](const QString &) { return first->future(); });
    first->start();
    model->fetchMore({});
    QCOMPARE(model->state(), State::Loading);
    model->setFetcher([second](const QString &) { return second->future(); });
    second->start();
    model->fetchMore({});

    const auto page = [](const char *username, const QString &next) {
        models::JsonPage p;
        p.items.append(QJsonObject{{QStringLiteral("Username"), QString::fromLatin1(username)}});
        p.nextToken = next;
        return aws::Result<models::JsonPage>(p);
    };
    first->addResult(page("stale", QStringLiteral("token-of-the-old-search")));
    first->finish();
    QTest::qWait(0);
    QCoreApplication::processEvents();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->state(), State::Loading); // still waiting for the second search

    second->addResult(page("fresh", {}));
    second->finish();
    QTRY_COMPARE(model->state(), State::Complete);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(models::IdRole).toString(), QStringLiteral("fresh"));
    QCOMPARE(model->pagesRequested(), 2);
}

void TestMainWindow::failedPageClearsLoadingAndRetries()
{
    auto *model = models::createUsersModel(this);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int calls = 0;
    model->setFetcher([&calls](const QString &) {
        ++calls;
        if (calls == 1)
            return QtFuture::makeReadyFuture(aws::Result<models::JsonPage>(aws::AwsError::local(
                QStringLiteral("TooManyRequestsException"), QStringLiteral("Rate exceeded"))));
        models::JsonPage p;
        p.items.append(QJsonObject{{QStringLiteral("Username"), QStringLiteral("x")}});
        return QtFuture::makeReadyFuture(aws::Result<models::JsonPage>(p));
    });
    model->fetchMore({});
    QTRY_COMPARE(model->state(), State::Failed);
    QCOMPARE(model->lastError().type, QStringLiteral("TooManyRequestsException"));
    QVERIFY(!model->canFetchMore({})); // no retry loop from the view
    model->reload();
    model->fetchMore({});
    QTRY_COMPARE(model->state(), State::Complete);
    QCOMPARE(model->rowCount(), 1);
}

void TestMainWindow::remembersWindowAndColumnState()
{
    {
        gui::MainWindow window;
        window.setConnection(connect());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(933, 577);
        window.page(Section::Users)
            ->view()
            ->horizontalHeader()
            ->resizeSection(models::UsersColumn::Email, 321);
        window.close();
    }
    gui::MainWindow again;
    QCOMPARE(again.page(Section::Users)
                 ->view()
                 ->horizontalHeader()
                 ->sectionSize(models::UsersColumn::Email),
             321);
    // The width as it was (the offscreen platform adds its own frame to the height).
    QCOMPARE(again.width(), 933);
    // Layout only: no secret, no token, no key goes to the settings.
    QFile file(QSettings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray settings = file.readAll();
    QVERIFY(!settings.contains(m_stack.credentials.secretAccessKey.toUtf8()));
}

void TestMainWindow::profileSwitcherReconnects()
{
    gui::MainWindow window;
    secrets::MemoryStore keychain;
    window.profiles()->setSecretStore(&keychain);
    const QString good = test::uniqueName(QStringLiteral("local-"));
    const QString broken = test::uniqueName(QStringLiteral("broken-"));

    secrets::Profile profile;
    profile.name = good;
    profile.region = m_stack.region;
    profile.endpointUrl = m_stack.endpoint.toString();
    profile.userPoolId = m_stack.userPoolId();
    profile.accessKeyId = m_stack.credentials.accessKeyId;
    QSignalSpy saved(window.profiles(), &gui::ProfilesController::profilesChanged);
    QString saveError = QStringLiteral("pending");
    window.profiles()->save(profile, m_stack.credentials.secretAccessKey, {},
                            [&saveError](const QString &error) { saveError = error; });
    QTRY_VERIFY(saveError != QLatin1String("pending"));
    QVERIFY2(saveError.isEmpty(), qPrintable(saveError));
    profile.name = broken;
    profile.endpointUrl = QStringLiteral("http://127.0.0.1:1/");
    saveError = QStringLiteral("pending");
    window.profiles()->save(profile, QStringLiteral("wrong"), {},
                            [&saveError](const QString &error) { saveError = error; });
    QTRY_VERIFY(saveError != QLatin1String("pending"));
    QVERIFY2(saveError.isEmpty(), qPrintable(saveError));

    auto *combo = window.findChild<QComboBox *>(QStringLiteral("profileComboBox"));
    QVERIFY(combo);
    QVERIFY(combo->findData(good) >= 0);
    QVERIFY(combo->findData(broken) >= 0);
    window.show();

    combo->setCurrentIndex(combo->findData(good));
    Q_EMIT combo->activated(combo->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(window.connection() && window.poolsModel()->state() == State::Complete,
                             20000);
    QCOMPARE(window.connection()->endpoint().url, m_stack.endpoint);
    QVERIFY(window.poolsModel()->rowOf(m_stack.userPoolId()) >= 0);
    QCOMPARE(window.profiles()->lastUsed(), good);
    auto *credentials = window.statusBar()->findChild<QLabel *>(QStringLiteral("credentialsLabel"));
    QVERIFY2(credentials->text().contains(QStringLiteral("profile:%1 (keychain)").arg(good)),
             qPrintable(credentials->text()));

    // Switching reconnects: the broken profile's endpoint refuses, and the page says so.
    combo->setCurrentIndex(combo->findData(broken));
    Q_EMIT combo->activated(combo->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(window.poolsModel()->state() == State::Failed, 20000);
    QCOMPARE(window.connection()->endpoint().url.port(), 1);
    QCOMPARE(window.poolsModel()->rowCount(), 0);

    // A locked keychain: the profile does not open, and the window says why.
    keychain.setFailure(secrets::SecretStatus::Locked);
    window.openProfile(good);
    auto *error = window.findChild<QLabel *>(QStringLiteral("connectionErrorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY2(error->text().contains(QLatin1String("locked")), qPrintable(error->text()));
    QCOMPARE(window.connection()->endpoint().url.port(), 1); // still the last one opened

    keychain.setFailure(secrets::SecretStatus::Ok);
    for (const QString &name : {good, broken}) {
        QString removed = QStringLiteral("pending");
        window.profiles()->remove(name, [&removed](const QString &e) { removed = e; });
        QTRY_VERIFY(removed != QLatin1String("pending"));
    }
}

void TestMainWindow::profileSwitcherWaitsForEnter()
{
    gui::MainWindow window;
    secrets::MemoryStore keychain;
    window.profiles()->setSecretStore(&keychain);
    const QString first = test::uniqueName(QStringLiteral("keys-a-"));
    const QString second = test::uniqueName(QStringLiteral("keys-b-"));
    for (const QString &name : {first, second}) {
        secrets::Profile profile;
        profile.name = name;
        profile.region = m_stack.region;
        profile.endpointUrl = m_stack.endpoint.toString();
        profile.userPoolId = m_stack.userPoolId();
        profile.accessKeyId = m_stack.credentials.accessKeyId;
        QString saveError = QStringLiteral("pending");
        window.profiles()->save(profile, m_stack.credentials.secretAccessKey, {},
                                [&saveError](const QString &error) { saveError = error; });
        QTRY_VERIFY(saveError != QLatin1String("pending"));
        QVERIFY2(saveError.isEmpty(), qPrintable(saveError));
    }
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openProfile(first);
    QTRY_VERIFY_WITH_TIMEOUT(window.profiles()->lastUsed() == first && window.connection() &&
                                 !window.busyIndicator()->isBusy(),
                             20000);
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("profileComboBox"));
    QCOMPARE(combo->currentData().toString(), first);
    QSignalSpy activated(combo, &QComboBox::activated);
    const auto connection = window.connection();

    // The arrow keys over the closed switcher show the other profile, and connect nothing.
    combo->setFocus(Qt::TabFocusReason);
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != second; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), second);
    QVERIFY(!window.busyIndicator()->isBusy()); // no profile is being opened
    QCOMPARE(activated.count(), 0);
    QCOMPARE(window.connection(), connection);
    QCOMPARE(window.profiles()->lastUsed(), first);

    // Escape: the switcher shows the connected profile again.
    QTest::keyClick(combo, Qt::Key_Escape);
    QCOMPARE(combo->currentData().toString(), first);

    // Enter chooses the profile shown.
    for (int i = 0; i < combo->count() && combo->currentData().toString() != second; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    if (combo->currentData().toString() != second)
        for (int i = 0; i < combo->count() && combo->currentData().toString() != second; ++i)
            QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentData().toString(), second);
    QVERIFY(!window.busyIndicator()->isBusy());
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.profiles()->lastUsed() == second && window.connection() != connection, 20000);
    auto *credentials = window.statusBar()->findChild<QLabel *>(QStringLiteral("credentialsLabel"));
    QTRY_VERIFY2(credentials->text().contains(QStringLiteral("profile:%1").arg(second)),
                 qPrintable(credentials->text()));

    // Moving away and leaving the switcher (Tab) leaves the connected profile shown.
    QTest::keyClick(combo, Qt::Key_Home);
    QVERIFY(combo->currentData().toString() != second);
    QTest::keyClick(combo, Qt::Key_Tab);
    QVERIFY(!combo->hasFocus());
    QCOMPARE(combo->currentData().toString(), second);
    QCOMPARE(window.profiles()->lastUsed(), second);

    for (const QString &name : {first, second}) {
        QString removed = QStringLiteral("pending");
        window.profiles()->remove(name, [&removed](const QString &e) { removed = e; });
        QTRY_VERIFY(removed != QLatin1String("pending"));
    }
}

void TestMainWindow::listsHaveContextMenus()
{
    gui::MainWindow window;
    window.setConnection(connect());
    window.show();
    window.showSection(Section::Users, m_stack.userPoolId());
    gui::ListPage *page = window.page(Section::Users);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->state() == State::Complete, 20000);
    page->view()->selectRow(0);

    // The menu runs its own loop: read it and close it from inside.
    QStringList seen;
    QTimer::singleShot(50, this, [&seen] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions())
            if (!action->isSeparator())
                seen << action->objectName() +
                            (action->isEnabled() ? QString() : QStringLiteral("(off)"));
        menu->close();
    });
    Q_EMIT page->view()->customContextMenuRequested(QPoint(5, 5));
    QVERIFY2(seen.contains(QStringLiteral("enableAction")), qPrintable(seen.join(u',')));
    QVERIFY(seen.contains(QStringLiteral("disableAction")));
    QVERIFY(seen.contains(QStringLiteral("deleteAction")));
    QVERIFY(seen.contains(QStringLiteral("refreshAction")));
}

void TestMainWindow::actionsOpenTheAreasForms()
{
    // The forms are tested by their areas (tst_userforms, tst_adminforms); here: the window's
    // actions open them, for the page shown.
    gui::MainWindow window;
    window.setConnection(connect());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const auto openDialogs = [&window] {
        QList<QDialog *> open;
        for (QDialog *dialog : window.findChildren<QDialog *>())
            if (dialog->isVisible())
                open.append(dialog);
        return open;
    };
    const auto closeAll = [&openDialogs] {
        for (QDialog *dialog : openDialogs())
            dialog->reject();
    };

    window.showSection(Section::Users, m_stack.userPoolId());
    gui::ListPage *users = window.page(Section::Users);
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->state() == State::Complete, 20000);
    QVERIFY(openDialogs().isEmpty());
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier); // New user
    QTRY_COMPARE(openDialogs().size(), 1);
    closeAll();
    QTRY_VERIFY(openDialogs().isEmpty());

    users->view()->selectRow(0);
    window.findChild<QAction *>(QStringLiteral("setPasswordAction"))->trigger();
    QTRY_COMPARE(openDialogs().size(), 1);
    closeAll();

    window.showSection(Section::Groups, m_stack.userPoolId());
    gui::ListPage *groups = window.page(Section::Groups);
    QTRY_VERIFY_WITH_TIMEOUT(groups->model()->state() == State::Complete, 20000);
    const QModelIndexList admins =
        groups->proxy()->match(groups->proxy()->index(0, 0), models::IdRole,
                               QStringLiteral("admins"), 1, Qt::MatchExactly);
    QCOMPARE(admins.size(), 1);
    groups->view()->selectRow(admins.first().row());
    auto *open = window.findChild<QAction *>(QStringLiteral("openAction"));
    QVERIFY(open->isEnabled());
    open->trigger(); // the group's members
    QTRY_COMPARE(openDialogs().size(), 1);
    closeAll();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
