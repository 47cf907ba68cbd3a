#include "cognito/connection.h"
#include "gui/listpage.h"
#include "gui/mainwindow.h"
#include "models/pagedlistmodel.h"
#include "models/roles.h"
#include "support/localstack.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
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

private:
    std::shared_ptr<cognito::Connection> connect() const;
    static QStringList ids(const QAbstractItemModel *model);
    test::LocalStack m_stack;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // window state goes to a test-only location
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_stack = *stack;
}

std::shared_ptr<cognito::Connection> TestMainWindow::connect() const
{
    cognito::ConnectionSettings settings;
    settings.region = m_stack.region;
    settings.endpointUrl = m_stack.endpoint;
    settings.credentials = std::make_shared<aws::StaticCredentialsProvider>(m_stack.credentials);
    auto connection = cognito::Connection::open(settings);
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
    QCOMPARE(tree->model()->rowCount(poolItem), 4);

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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
