#include "aws/future.h"
#include "cognito/bulkjob.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "support/localstack.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;

// The bulk engine's controls, in process, against both servers: pause sends nothing new
// (the journal shows no item in flight while paused) and unpause finishes the job; cancel
// leaves an interrupted job that resume finishes, each item once.
class TestBulkJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pauseAndUnpause();
    void cancelThenResume();

private:
    QStringList makeUsers(int count);
    bool allDisabled(const QStringList &users);
    cognito::BulkJobSpec disableSpec(const QStringList &users) const;

    QTemporaryDir m_dir;
    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    cognito::IdentityProvider *m_idp = nullptr;
    QString m_poolId;
};

void TestBulkJob::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_stack = *stack;
    auto connection = m_stack.connect();
    QVERIFY2(connection.ok(), qPrintable(test::why(connection)));
    m_connection = connection.value();
    m_idp = m_connection->identityProvider();
    // A pool of this test's own: its users would otherwise fill the seeded pool that the
    // window tests list.
    cognito::CreateUserPoolRequest pool;
    pool.name = test::uniqueName(QStringLiteral("bulkjob-"));
    const auto created = aws::await(m_idp->createUserPool(pool));
    QVERIFY2(created.ok(), qPrintable(test::why(created)));
    m_poolId = created.value().id;
}

void TestBulkJob::cleanupTestCase()
{
    if (m_idp && !m_poolId.isEmpty())
        aws::await(m_idp->deleteUserPool(m_poolId));
}

QStringList TestBulkJob::makeUsers(int count)
{
    QStringList users;
    for (int i = 0; i < count; ++i) {
        cognito::CreateUserRequest request;
        request.username = test::uniqueName(QStringLiteral("bj"));
        request.messageAction = cognito::MessageAction::Suppress;
        request.attributes = {
            {QStringLiteral("email"), request.username + QStringLiteral("@example.com")}};
        if (!aws::await(m_idp->adminCreateUser(m_poolId, request)).ok())
            return {};
        users.append(request.username);
    }
    return users;
}

bool TestBulkJob::allDisabled(const QStringList &users)
{
    for (const QString &username : users) {
        const auto user = aws::await(m_idp->adminGetUser(m_poolId, username));
        if (!user.ok() || user.value().enabled)
            return false;
    }
    return true;
}

cognito::BulkJobSpec TestBulkJob::disableSpec(const QStringList &users) const
{
    cognito::BulkJobSpec spec;
    spec.operation = cognito::BulkOperation::Disable;
    spec.userPoolId = m_poolId;
    for (const QString &username : users)
        spec.items.append({username, {}, {}});
    return spec;
}

void TestBulkJob::pauseAndUnpause()
{
    const QStringList users = makeUsers(6);
    QCOMPARE(users.size(), 6);
    const QString directory = m_dir.filePath(QStringLiteral("pause"));
    cognito::BulkJob job(m_idp, directory);
    job.setConcurrency(1);
    int finishedWhenPaused = -1;
    connect(&job, &cognito::BulkJob::itemFinished, this, [&](int index) {
        if (index == 1) {
            job.pause();
            finishedWhenPaused = index + 1;
        }
    });
    auto future = job.start(disableSpec(users));
    // Until the pause: two items done, the rest not sent.
    QTRY_VERIFY(finishedWhenPaused == 2);
    QVERIFY(job.isPaused());
    // Everything queued in the event loop runs: a pump while paused sends nothing.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const auto journal = cognito::BulkJournal::read(directory, job.spec().jobId);
    QVERIFY2(journal.ok(), qPrintable(test::why(journal)));
    QCOMPARE(journal.value().state(), QStringLiteral("running"));
    QCOMPARE(journal.value().count(cognito::BulkItemState::Succeeded), 2);
    QCOMPARE(journal.value().count(cognito::BulkItemState::Unknown), 0);
    QCOMPARE(journal.value().count(cognito::BulkItemState::Pending), 4);
    QVERIFY(!future.isFinished());

    job.unpause();
    const auto report = aws::await(future);
    QVERIFY2(report.ok(), qPrintable(test::why(report)));
    QVERIFY(report.value().finished);
    QCOMPARE(report.value().succeeded, 6);
    QVERIFY(report.value().failed.isEmpty());
    QVERIFY(allDisabled(users));
    const auto done = cognito::BulkJournal::read(directory, job.spec().jobId);
    QVERIFY(done.ok());
    QCOMPARE(done.value().state(), QStringLiteral("done"));
}

void TestBulkJob::cancelThenResume()
{
    const QStringList users = makeUsers(8);
    QCOMPARE(users.size(), 8);
    const QString directory = m_dir.filePath(QStringLiteral("cancel"));
    QString jobId;
    {
        cognito::BulkJob job(m_idp, directory);
        job.setConcurrency(2);
        connect(&job, &cognito::BulkJob::itemFinished, this, [&job](int) { job.cancel(); });
        const auto report = aws::await(job.start(disableSpec(users)));
        QVERIFY2(report.ok(), qPrintable(test::why(report)));
        QVERIFY(!report.value().finished);
        QVERIFY(report.value().succeeded >= 1 && report.value().succeeded <= 2);
        jobId = job.spec().jobId;
    }
    const auto interrupted = cognito::BulkJournal::read(directory, jobId);
    QVERIFY(interrupted.ok());
    QCOMPARE(interrupted.value().state(), QStringLiteral("interrupted"));
    QVERIFY(interrupted.value().count(cognito::BulkItemState::Pending) >= 6);

    cognito::BulkJob resumed(m_idp, directory);
    QSet<int> finishedNow;
    connect(&resumed, &cognito::BulkJob::itemFinished, this,
            [&finishedNow](int index) { finishedNow.insert(index); });
    const auto report = aws::await(resumed.resume(jobId));
    QVERIFY2(report.ok(), qPrintable(test::why(report)));
    QVERIFY(report.value().finished);
    QCOMPARE(report.value().succeeded, 8);
    QVERIFY(report.value().failed.isEmpty());
    // Only the items the first run left were done again.
    QCOMPARE(finishedNow.size(), 8 - interrupted.value().count(cognito::BulkItemState::Succeeded));
    QVERIFY(allDisabled(users));

    // A second resume of a finished job sends nothing and reports the whole job.
    cognito::BulkJob again(m_idp, directory);
    int sentAgain = 0;
    connect(&again, &cognito::BulkJob::itemFinished, this, [&sentAgain] { ++sentAgain; });
    const auto same = aws::await(again.resume(jobId));
    QVERIFY(same.ok());
    QCOMPARE(same.value().succeeded, 8);
    QCOMPARE(sentAgain, 0);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestBulkJob test;
    return test::execForServer(&test, argc, argv);
}

#include "tst_bulkjob.moc"
