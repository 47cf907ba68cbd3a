#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "models/listings.h"
#include "models/pagedlistmodel.h"
#include "models/roles.h"
#include "support/localstack.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace cdesk;

// The first slice through every layer: a signed ListUserPools against a real server,
// seen through the CLI, the core and the model, and cross-checked with the AWS CLI.
class TestPools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cliListsSeededPool();
    void cliAllPagesHoldEveryPool();
    void cliTableIsReadable();
    void cliAgreesWithAwsCli();
    void modelListsSeededPool();

private:
    // Runs the CLI expecting success and JSON; fails the current test otherwise.
    void runCliJson(const QStringList &arguments, QJsonObject *response);
    test::LocalStack m_stack;
};

void TestPools::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_stack = *stack;
    QVERIFY(!m_stack.userPoolId().isEmpty());
}

void TestPools::runCliJson(const QStringList &arguments, QJsonObject *response)
{
    const auto result = test::runProcess(
        test::cliPath(),
        QStringList{QStringLiteral("--endpoint-url"), m_stack.endpoint.toString()} + arguments,
        m_stack.environment());
    QVERIFY2(result.finished, "cognito-desk-cli did not finish");
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonDocument document = QJsonDocument::fromJson(result.out);
    QVERIFY2(document.isObject(), result.out.constData());
    *response = document.object();
}

void TestPools::cliListsSeededPool()
{
    QJsonObject response;
    runCliJson({QStringLiteral("pool"), QStringLiteral("list")}, &response);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(response.contains(QLatin1String("UserPools")));
    bool found = false;
    for (const QJsonValue &pool : response.value(QLatin1String("UserPools")).toArray()) {
        if (pool.toObject().value(QLatin1String("Id")).toString() == m_stack.userPoolId()) {
            found = true;
            QCOMPARE(pool.toObject().value(QLatin1String("Name")).toString(), m_stack.poolName());
        }
    }
    QVERIFY2(found, "the seeded pool is not in `pool list`");
}

namespace {

QSet<QString> poolIds(const QJsonObject &response)
{
    QSet<QString> out;
    for (const QJsonValue &pool : response.value(QLatin1String("UserPools")).toArray())
        out.insert(pool.toObject().value(QLatin1String("Id")).toString());
    return out;
}

// Other tests create and delete pools on the same server while this one runs, so a
// listing is compared with one taken just before and one just after: it must hold every
// pool both of those hold, and nothing neither of them holds.
QString disagreement(const QSet<QString> &listed, const QSet<QString> &before,
                     const QSet<QString> &after)
{
    const QSet<QString> missing = (before & after) - listed;
    const QSet<QString> unknown = listed - (before | after);
    if (missing.isEmpty() && unknown.isEmpty())
        return {};
    return QStringLiteral("missing: %1; unknown: %2")
        .arg(QStringList(missing.cbegin(), missing.cend()).join(u','),
             QStringList(unknown.cbegin(), unknown.cend()).join(u','));
}

} // namespace

void TestPools::cliAllPagesHoldEveryPool()
{
    QJsonObject before;
    QJsonObject all;
    QJsonObject after;
    runCliJson({QStringLiteral("pool"), QStringLiteral("list")}, &before);
    runCliJson({QStringLiteral("pool"), QStringLiteral("list"), QStringLiteral("--all"),
                QStringLiteral("--max-results"), QStringLiteral("1")},
               &all);
    runCliJson({QStringLiteral("pool"), QStringLiteral("list")}, &after);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!all.contains(QLatin1String("NextToken")));
    const QString problem = disagreement(poolIds(all), poolIds(before), poolIds(after));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(poolIds(all).contains(m_stack.userPoolId()));
}

void TestPools::cliTableIsReadable()
{
    const auto result = test::runProcess(
        test::cliPath(),
        {QStringLiteral("--endpoint-url"), m_stack.endpoint.toString(), QStringLiteral("--output"),
         QStringLiteral("table"), QStringLiteral("pool"), QStringLiteral("list")},
        m_stack.environment());
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.startsWith(QLatin1String("Id")), qPrintable(text));
    QVERIFY(text.contains(m_stack.userPoolId()));
    QVERIFY(text.contains(m_stack.poolName()));
}

void TestPools::cliAgreesWithAwsCli()
{
    QJsonObject before;
    QJsonObject after;
    runCliJson({QStringLiteral("pool"), QStringLiteral("list"), QStringLiteral("--all")}, &before);
    const auto aws = test::runProcess(
        QStringLiteral("/usr/bin/aws"),
        {QStringLiteral("cognito-idp"), QStringLiteral("list-user-pools"),
         QStringLiteral("--max-results"), QStringLiteral("60"), QStringLiteral("--endpoint-url"),
         m_stack.endpoint.toString(), QStringLiteral("--output"), QStringLiteral("json")},
        m_stack.environment());
    runCliJson({QStringLiteral("pool"), QStringLiteral("list"), QStringLiteral("--all")}, &after);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(aws.exitCode == 0, aws.err.constData());
    // What the AWS CLI saw must be what ours saw around it.
    const QSet<QString> theirs = poolIds(QJsonDocument::fromJson(aws.out).object());
    const QString problem = disagreement(theirs, poolIds(before), poolIds(after));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(theirs.contains(m_stack.userPoolId()));
}

void TestPools::modelListsSeededPool()
{
    auto connection = m_stack.connect();
    QVERIFY(connection);

    std::unique_ptr<models::PagedListModel> owner(models::createPoolsModel(nullptr));
    models::PagedListModel &model = *owner;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFetcher(
        models::makeFetcher(connection.value()->identityProvider(), models::listUserPools(), {}));
    // The tester itself may have asked for the first page on the reset.
    if (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.state(), models::PagedListModel::State::Loading);
    QTRY_VERIFY_WITH_TIMEOUT(model.state() != models::PagedListModel::State::Loading, 20000);
    QVERIFY2(model.state() == models::PagedListModel::State::Complete,
             qPrintable(model.lastError().toString()));
    const QModelIndexList matches =
        model.match(model.index(0, 0), models::IdRole, m_stack.userPoolId(), 1, Qt::MatchExactly);
    QCOMPARE(matches.size(), 1);
    QCOMPARE(model.data(matches.first().siblingAtColumn(models::PoolsColumn::Name)).toString(),
             m_stack.poolName());

    // A reload while a page is on its way drops the stale reply instead of appending it.
    model.reload();
    if (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.state(), models::PagedListModel::State::Loading);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    if (model.canFetchMore({}))
        model.fetchMore({});
    QTRY_VERIFY_WITH_TIMEOUT(model.state() == models::PagedListModel::State::Complete, 20000);
    QCOMPARE(
        model.match(model.index(0, 0), models::IdRole, m_stack.userPoolId(), -1, Qt::MatchExactly)
            .size(),
        1);
}

QTEST_GUILESS_MAIN(TestPools)
#include "tst_pools.moc"
