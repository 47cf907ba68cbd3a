#include "gui/listpage.h"
#include "gui/mainwindow.h"
#include "guitest.h"
#include "models/pagedlistmodel.h"

#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace cdesk;
using Section = gui::MainWindow::Section;
using State = models::PagedListModel::State;

// 10,000 users: the users view pages in 60 at a time and only as the rows are scrolled
// into view. Counts pages asked for against rows shown; times nothing.
class TestBigPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesInOnlyWhatIsScrolledTo();

private:
    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    QString m_poolId;
};

void TestBigPool::initTestCase()
{
    const QString error = test::setUpAgainstServer(&m_stack, &m_connection);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // A pool of its own, so the count is exact whatever other tests add to the demo pool.
    cognito::CreateUserPoolRequest request;
    request.name = test::uniqueName(QStringLiteral("gui-big-"));
    const auto pool = aws::await(m_connection->identityProvider()->createUserPool(request));
    if (!pool)
        QFAIL(qPrintable(pool.error().toString()));
    m_poolId = pool.value().id;

    // cognito-sim's bulk seeding (tools/local-stack/README.md): 10,000 users in one call.
    QNetworkAccessManager network;
    QNetworkRequest seed(m_stack.endpoint.resolved(QUrl(QStringLiteral("/_sim/seed-users"))));
    seed.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.post(
        seed, QJsonDocument(QJsonObject{{QStringLiteral("UserPoolId"), m_poolId},
                                        {QStringLiteral("count"), 10000},
                                        {QStringLiteral("prefix"), QStringLiteral("big")}})
                  .toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(60000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
}

void TestBigPool::pagesInOnlyWhatIsScrolledTo()
{
    gui::MainWindow window;
    window.resize(1000, 700);
    window.setConnection(m_connection);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showSection(Section::Users, m_poolId);
    gui::ListPage *page = window.page(Section::Users);
    models::PagedListModel *users = page->model();
    QTableView *view = page->view();

    // Opening shows the first page and asks for no more: 60 rows overfill the view.
    QTRY_VERIFY_WITH_TIMEOUT(users->state() == State::Idle && users->rowCount() == 60, 20000);
    QTest::qWait(200); // let the view lay out and (wrongly) ask for more if it would
    QCOMPARE(users->pagesRequested(), 1);
    QCOMPARE(users->rowCount(), 60);
    QVERIFY(view->verticalScrollBar()->maximum() > 0);

    // Each scroll to the bottom brings exactly one more page of 60.
    for (int scroll = 1; scroll <= 5; ++scroll) {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QTRY_VERIFY_WITH_TIMEOUT(
            users->state() == State::Idle && users->rowCount() == 60 * (scroll + 1), 20000);
        QCOMPARE(users->pagesRequested(), scroll + 1);
    }
    // Scrolling back up fetches nothing.
    view->verticalScrollBar()->setValue(0);
    QTest::qWait(100);
    QCOMPARE(users->pagesRequested(), 6);
    QCOMPARE(users->rowCount(), 360);
    QVERIFY(users->rowCount() < 10000);
    // The status line says what is loaded, not a total nobody fetched.
    auto *state = page->findChild<QLabel *>(QStringLiteral("stateLabel"));
    QVERIFY2(state->text().contains(QLatin1String("360")), qPrintable(state->text()));

    // The quick filter looks only at the loaded rows; it does not page in the pool.
    auto *quickFilter = page->findChild<QLineEdit *>(QStringLiteral("quickFilterLineEdit"));
    QTest::keyClicks(quickFilter, QStringLiteral("big000001"));
    QTest::qWait(100);
    // A filter that hides most rows leaves the last row in view, so the view may page on
    // once to fill itself; rows the filter hides do not keep it going through the pool.
    QVERIFY(page->proxy()->rowCount() >= 1);
    QVERIFY2(users->pagesRequested() <= 8, qPrintable(QString::number(users->pagesRequested())));
    QVERIFY(users->rowCount() <= 8 * 60);
}

QTEST_MAIN(TestBigPool)
#include "tst_bigpool.moc"
