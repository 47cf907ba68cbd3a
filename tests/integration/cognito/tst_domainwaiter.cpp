#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/domainwaiter.h"
#include "cognito/identityprovider.h"
#include "support/localstack.h"

#include <QUuid>
#include <QtTest>

using namespace cdesk;
using test::uniqueName;
using test::why;

// The hosted-UI domain wait of the app and the CLI (cognito::DomainWaiter) against
// cognito-sim, whose new domains stay CREATING for 10 s (cognito-local has no domains). The
// sim's clock is not moved to shorten that: other tests on the same server expect their new
// domains to be CREATING.
class TestDomainWaiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void settledStatuses();
    void followsCreatingToActive();
    void aFreeDomainSettlesAtOnce();
    void givesUpAfterItsTimeout();
    void cancelWhileWaitingEndsAtOnce();

private:
    // A new pool with a new prefix domain (CREATING); empty on failure.
    QString createDomain();

    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    cognito::IdentityProvider *m_idp = nullptr;
    QList<QPair<QString, QString>> m_created; // pool, domain
};

void TestDomainWaiter::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_stack = *stack;
    QCOMPARE(m_stack.kind, QStringLiteral("cognito-sim"));
    auto connection = m_stack.connect();
    QVERIFY(connection.ok());
    m_connection = connection.value();
    m_idp = m_connection->identityProvider();
}

void TestDomainWaiter::cleanupTestCase()
{
    for (const auto &[pool, domain] : std::as_const(m_created)) {
        aws::await(m_idp->deleteUserPoolDomain(pool, domain));
        aws::await(m_idp->deleteUserPool(pool));
    }
}

QString TestDomainWaiter::createDomain()
{
    cognito::CreateUserPoolRequest request;
    request.name = uniqueName(QStringLiteral("domainwaiter-"));
    const auto pool = aws::await(m_idp->createUserPool(request));
    if (!pool.ok())
        return {};
    const QString domain = uniqueName(QStringLiteral("waiter-"));
    const auto created = aws::await(m_idp->createUserPoolDomain(pool.value().id, domain, {}));
    if (!created.ok())
        return {};
    m_created.append({pool.value().id, domain});
    return domain;
}

void TestDomainWaiter::settledStatuses()
{
    QVERIFY(cognito::isSettledDomainStatus(QStringLiteral("ACTIVE")));
    QVERIFY(cognito::isSettledDomainStatus(QStringLiteral("FAILED")));
    QVERIFY(cognito::isSettledDomainStatus(QString())); // gone
    QVERIFY(!cognito::isSettledDomainStatus(QStringLiteral("CREATING")));
    QVERIFY(!cognito::isSettledDomainStatus(QStringLiteral("UPDATING")));
    QVERIFY(!cognito::isSettledDomainStatus(QStringLiteral("DELETING")));
}

void TestDomainWaiter::followsCreatingToActive()
{
    const QString domain = createDomain();
    QVERIFY(!domain.isEmpty());
    cognito::DomainWaiter waiter(m_idp);
    waiter.setPollInterval(500);
    QStringList statuses;
    int describing = 0;
    connect(&waiter, &cognito::DomainWaiter::describing, this, [&](const QString &which) {
        QCOMPARE(which, domain);
        ++describing;
    });
    connect(&waiter, &cognito::DomainWaiter::described, this,
            [&statuses](const cognito::DomainDescription &description) {
                statuses.append(description.status);
            });
    const auto result = aws::await(waiter.wait(domain, 60 * 1000));
    QVERIFY2(result.ok(), qPrintable(why(result)));
    QCOMPARE(result.value().status, QStringLiteral("ACTIVE"));
    QCOMPARE(result.value().domain, domain);
    QCOMPARE(statuses.first(), QStringLiteral("CREATING"));
    QCOMPARE(statuses.last(), QStringLiteral("ACTIVE"));
    QCOMPARE(statuses.count(QStringLiteral("ACTIVE")), 1);
    QCOMPARE(describing, statuses.size());
    QVERIFY(!waiter.isWaiting());
}

void TestDomainWaiter::aFreeDomainSettlesAtOnce()
{
    cognito::DomainWaiter waiter(m_idp);
    QSignalSpy describing(&waiter, &cognito::DomainWaiter::describing);
    const auto result = aws::await(waiter.wait(uniqueName(QStringLiteral("free-"))));
    QVERIFY2(result.ok(), qPrintable(why(result)));
    QVERIFY(!result.value().exists());
    QCOMPARE(describing.count(), 1);
}

void TestDomainWaiter::givesUpAfterItsTimeout()
{
    const QString domain = createDomain();
    QVERIFY(!domain.isEmpty());
    cognito::DomainWaiter waiter(m_idp);
    waiter.setPollInterval(20);
    const auto result = aws::await(waiter.wait(domain, 1));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().type, QString::fromLatin1(cognito::domainwaiterror::timedOut));
    QCOMPARE(result.error().kind, aws::ErrorKind::Timeout);
    QVERIFY2(result.error().message.contains(QLatin1String("CREATING")),
             qPrintable(result.error().message));
    QVERIFY(!waiter.isWaiting());
}

void TestDomainWaiter::cancelWhileWaitingEndsAtOnce()
{
    const QString domain = createDomain();
    QVERIFY(!domain.isEmpty());
    cognito::DomainWaiter waiter(m_idp);
    waiter.setPollInterval(3600 * 1000); // only a cancel can end this wait in a test's time
    QSignalSpy described(&waiter, &cognito::DomainWaiter::described);
    auto future = waiter.wait(domain);
    QVERIFY(described.wait(10000));
    QVERIFY(waiter.isWaiting()); // CREATING: the next look is an hour away
    future.cancel();
    const auto result = aws::await(future);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, aws::ErrorKind::Canceled);
    QVERIFY(!waiter.isWaiting());
    QCOMPARE(described.count(), 1);
}

QTEST_GUILESS_MAIN(TestDomainWaiter)
#include "tst_domainwaiter.moc"
