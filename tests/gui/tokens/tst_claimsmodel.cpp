#include "models/claimsmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace cdesk;
using models::ClaimsModel;
namespace Column = models::ClaimsColumn;
namespace Role = models::ClaimsRole;

// The claims tree of the token workbench: sections, nesting, raw numbers, readable times.
class TestClaimsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sectionsAndClaims();
    void timesAreReadableBesideTheRawValue_data();
    void timesAreReadableBesideTheRawValue();
    void arraysAndObjectsOpen();
    void replacingAndClearing();

private:
    std::unique_ptr<ClaimsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

namespace {

const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                         {QStringLiteral("kid"), QStringLiteral("key-1")}};

QJsonObject claims()
{
    return {{QStringLiteral("sub"), QStringLiteral("0f1e")},
            {QStringLiteral("exp"), 1795000000},
            {QStringLiteral("iat"), 1794996400},
            {QStringLiteral("auth_time"), 1794996400},
            // Past any date and past qint64: shown as numbers, never converted.
            {QStringLiteral("nbf"), 1e300},
            {QStringLiteral("counter"), 1e20},
            {QStringLiteral("email_verified"), true},
            {QStringLiteral("cognito:groups"),
             QJsonArray{QStringLiteral("admins"), QStringLiteral("testers")}},
            {QStringLiteral("address"),
             QJsonObject{{QStringLiteral("country"), QStringLiteral("TW")}}}};
}

} // namespace

void TestClaimsModel::init()
{
    m_model = std::make_unique<ClaimsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setToken(header, claims());
}

void TestClaimsModel::sectionsAndClaims()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(Column::Count));
    const QModelIndex headerSection = m_model->index(0, Column::Name);
    const QModelIndex payloadSection = m_model->index(1, Column::Name);
    QCOMPARE(headerSection.data().toString(), QStringLiteral("Header"));
    QCOMPARE(payloadSection.data().toString(), QStringLiteral("Payload"));
    QCOMPARE(m_model->rowCount(headerSection), 2);
    QCOMPARE(m_model->rowCount(payloadSection), claims().size());
    QCOMPARE(m_model->indexForPath(QStringLiteral("header/alg"), Column::Value).data().toString(),
             QStringLiteral("RS256"));
    QCOMPARE(m_model->indexForPath(QStringLiteral("payload/email_verified"), Column::Value)
                 .data()
                 .toString(),
             QStringLiteral("true"));
    const QModelIndex sub = m_model->indexForPath(QStringLiteral("payload/sub"));
    QCOMPARE(sub.parent(), payloadSection);
    QCOMPARE(sub.data(Role::PathRole).toString(), QStringLiteral("payload/sub"));
    QCOMPARE(sub.data(Role::RawValueRole).value<QJsonValue>(), QJsonValue(QStringLiteral("0f1e")));
    QVERIFY(!m_model->indexForPath(QStringLiteral("payload/nope")).isValid());
    QCOMPARE(m_model->headerData(Column::Readable, Qt::Horizontal).toString(),
             QStringLiteral("Time"));
}

void TestClaimsModel::timesAreReadableBesideTheRawValue_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("readable");
    QTest::newRow("exp") << QStringLiteral("payload/exp") << QStringLiteral("1795000000")
                         << QStringLiteral("2026-11-18 11:06:40 UTC");
    QTest::newRow("iat") << QStringLiteral("payload/iat") << QStringLiteral("1794996400")
                         << QStringLiteral("2026-11-18 10:06:40 UTC");
    QTest::newRow("auth_time") << QStringLiteral("payload/auth_time")
                               << QStringLiteral("1794996400")
                               << QStringLiteral("2026-11-18 10:06:40 UTC");
    QTest::newRow("time-past-year-9999")
        << QStringLiteral("payload/nbf") << QStringLiteral("1.0000000000000001e+300") << QString();
    QTest::newRow("number-past-qint64")
        << QStringLiteral("payload/counter") << QStringLiteral("1e+20") << QString();
    QTest::newRow("not-a-time") << QStringLiteral("payload/sub") << QStringLiteral("0f1e")
                                << QString();
    QTest::newRow("header") << QStringLiteral("header/kid") << QStringLiteral("key-1") << QString();
}

void TestClaimsModel::timesAreReadableBesideTheRawValue()
{
    QFETCH(QString, path);
    QFETCH(QString, raw);
    QFETCH(QString, readable);
    QCOMPARE(m_model->indexForPath(path, Column::Value).data().toString(), raw);
    QCOMPARE(m_model->indexForPath(path, Column::Readable).data().toString(), readable);
    const QVariant time = m_model->indexForPath(path).data(Role::TimeRole);
    QCOMPARE(time.isValid(), !readable.isEmpty());
    if (time.isValid())
        QCOMPARE(time.toDateTime().toSecsSinceEpoch(), raw.toLongLong());
}

void TestClaimsModel::arraysAndObjectsOpen()
{
    const QModelIndex groups = m_model->indexForPath(QStringLiteral("payload/cognito:groups"));
    QCOMPARE(m_model->rowCount(groups), 2);
    QCOMPARE(m_model->index(1, Column::Name, groups).data().toString(), QStringLiteral("[1]"));
    QCOMPARE(m_model->index(1, Column::Value, groups).data().toString(), QStringLiteral("testers"));
    QCOMPARE(m_model->indexForPath(QStringLiteral("payload/cognito:groups/0"), Column::Value)
                 .data()
                 .toString(),
             QStringLiteral("admins"));
    QCOMPARE(groups.siblingAtColumn(Column::Value).data().toString(), QStringLiteral("2 item(s)"));
    QCOMPARE(m_model->indexForPath(QStringLiteral("payload/address/country"), Column::Value)
                 .data()
                 .toString(),
             QStringLiteral("TW"));
    // A leaf has no children, whatever column it is asked for.
    QCOMPARE(m_model->rowCount(m_model->indexForPath(QStringLiteral("payload/sub"))), 0);
    QCOMPARE(m_model->rowCount(groups.siblingAtColumn(Column::Value)), 0);
}

void TestClaimsModel::replacingAndClearing()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setToken(header, {{QStringLiteral("token_use"), QStringLiteral("access")}});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(m_model->index(1, 0)), 1);
    QVERIFY(!m_model->indexForPath(QStringLiteral("payload/exp")).isValid());
    m_model->clear();
    QVERIFY(m_model->isEmpty());
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestClaimsModel)
#include "tst_claimsmodel.moc"
