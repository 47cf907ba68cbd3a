#include "cognito/connection.h"
#include "gui/mainwindow.h"
#include "models/poolsmodel.h"
#include "models/roles.h"
#include "support/localstack.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTableView>
#include <QtTest>

using namespace cdesk;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsPoolsOfTheEndpoint();
    void showsServiceErrorInPlace();
};

void TestMainWindow::showsPoolsOfTheEndpoint()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));

    cognito::ConnectionSettings settings;
    settings.region = stack->region;
    settings.endpointUrl = stack->endpoint;
    settings.credentials = std::make_shared<aws::StaticCredentialsProvider>(stack->credentials);
    auto connection = cognito::Connection::open(settings);
    QVERIFY(connection);

    gui::MainWindow window;
    QAbstractItemModelTester tester(window.poolsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.setConnection(connection.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *view = window.findChild<QTableView *>(QStringLiteral("poolsTableView"));
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(window.poolsModel()->state() == models::PoolsModel::State::Complete,
                             20000);
    const QModelIndexList shown = view->model()->match(view->model()->index(0, 0), models::IdRole,
                                                       stack->userPoolId(), 1, Qt::MatchExactly);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().data().toString(), stack->poolName());
    QVERIFY(window.windowTitle().contains(stack->endpoint.toDisplayString()));
}

void TestMainWindow::showsServiceErrorInPlace()
{
    // Credentials are fine but the endpoint answers nothing useful: the window must say so.
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
    QTRY_VERIFY_WITH_TIMEOUT(window.poolsModel()->state() == models::PoolsModel::State::Failed,
                             20000);
    auto *label = window.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QLatin1String("ConnectionRefused")), qPrintable(label->text()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
