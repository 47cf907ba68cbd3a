#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "cognito/importrunner.h"
#include "support/localstack.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>
#include <QtTest>

using namespace cdesk;
using test::uniqueName;
using test::why;

// The CSV import workflow of the app and the CLI (cognito::ImportRunner) against cognito-sim,
// which runs import jobs (cognito-local has none).
class TestImportRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void runImportsTheUsers();
    void runWithoutFollowEndsStarted();
    void followsAFailedJobToItsEnd();
    void anErrorEndsTheRun();
    void stopPassesTheServiceRefusalOn();
    void cancelWhileWaitingEndsAtOnce();

private:
    struct Recorder
    {
        QList<cognito::ImportStep> started;
        QList<cognito::ImportStep> changed;
        QStringList statuses;
    };
    void record(cognito::ImportRunner *runner, Recorder *recorder);
    // The pool's header and one row per username.
    QByteArray csvFor(const QStringList &usernames);
    int describeCalls();

    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    cognito::IdentityProvider *m_idp = nullptr;
    QString m_pool; // this test's own: the calls it counts are its pool's alone
    QString m_role = QStringLiteral("arn:aws:iam::123456789012:role/Cognito-UserImport-Role");
};

void TestImportRunner::initTestCase()
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
    cognito::CreateUserPoolRequest pool;
    pool.name = uniqueName(QStringLiteral("import-runner-"));
    const auto created = aws::await(m_idp->createUserPool(pool));
    QVERIFY2(created.ok(), qPrintable(why(created)));
    m_pool = created.value().id;
}

void TestImportRunner::cleanupTestCase()
{
    if (m_idp && !m_pool.isEmpty())
        aws::await(m_idp->deleteUserPool(m_pool));
}

void TestImportRunner::record(cognito::ImportRunner *runner, Recorder *recorder)
{
    connect(runner, &cognito::ImportRunner::stepStarted, this,
            [recorder](cognito::ImportStep step, const cognito::UserImportJob &) {
                recorder->started.append(step);
            });
    connect(runner, &cognito::ImportRunner::jobChanged, this,
            [recorder](cognito::ImportStep step, const cognito::UserImportJob &job) {
                recorder->changed.append(step);
                recorder->statuses.append(job.status);
            });
}

QByteArray TestImportRunner::csvFor(const QStringList &usernames)
{
    const auto header = aws::await(m_idp->getCsvHeader(m_pool));
    if (!header.ok())
        return {};
    QByteArray csv = header.value().join(QLatin1Char(',')).toUtf8() + '\n';
    for (const QString &username : usernames) {
        QStringList row;
        for (const QString &column : header.value()) {
            if (column == QLatin1String("cognito:username"))
                row.append(username);
            else if (column == QLatin1String("email"))
                row.append(username + QLatin1String("@example.com"));
            else if (column == QLatin1String("email_verified"))
                row.append(QStringLiteral("true"));
            else if (column == QLatin1String("cognito:mfa_enabled"))
                row.append(QStringLiteral("false"));
            else
                row.append(QString());
        }
        csv += row.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return csv;
}

int TestImportRunner::describeCalls()
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_stack.endpoint.resolved(QUrl(QStringLiteral("_sim/knobs"))));
    QNetworkReply *reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10000))
        return -1;
    const QJsonObject knobs = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    const QJsonObject calls = knobs.value(QLatin1String("stats"))
                                  .toObject()
                                  .value(QLatin1String("poolOps"))
                                  .toObject()
                                  .value(m_pool)
                                  .toObject();
    return calls.value(QLatin1String("DescribeUserImportJob")).toInt();
}

void TestImportRunner::runImportsTheUsers()
{
    const QStringList users{uniqueName(QStringLiteral("runner-a-")),
                            uniqueName(QStringLiteral("runner-b-"))};
    const QByteArray csv = csvFor(users);
    QVERIFY(!csv.isEmpty());
    cognito::ImportRunner runner(m_idp);
    runner.setPollInterval(50);
    Recorder recorder;
    record(&runner, &recorder);

    const auto result =
        aws::await(runner.run(m_pool, uniqueName(QStringLiteral("runner-")), m_role, csv));
    QVERIFY2(result.ok(), qPrintable(why(result)));
    QCOMPARE(result.value().status, QStringLiteral("Succeeded"));
    QCOMPARE(result.value().importedUsers, 2);
    QVERIFY(!result.value().preSignedUrl.isEmpty()); // kept from the created job
    QVERIFY(!runner.isWaiting());

    // Create, upload, start, then one description per poll until the job ended.
    QVERIFY(recorder.started.size() >= 4);
    QCOMPARE(recorder.started.mid(0, 3),
             (QList{cognito::ImportStep::Create, cognito::ImportStep::Upload,
                    cognito::ImportStep::Start}));
    for (qsizetype i = 3; i < recorder.started.size(); ++i)
        QCOMPARE(recorder.started.at(i), cognito::ImportStep::Describe);
    QCOMPARE(recorder.changed.mid(0, 2),
             (QList{cognito::ImportStep::Create, cognito::ImportStep::Start}));
    QCOMPARE(recorder.statuses.first(), QStringLiteral("Created"));
    QCOMPARE(recorder.statuses.last(), QStringLiteral("Succeeded"));
    QCOMPARE(recorder.changed.size(), recorder.started.size() - 1); // the upload has no job

    for (const QString &username : users) {
        const auto user = aws::await(m_idp->adminGetUser(m_pool, username));
        QVERIFY2(user.ok(), qPrintable(username));
    }
}

void TestImportRunner::runWithoutFollowEndsStarted()
{
    const QByteArray csv = csvFor({uniqueName(QStringLiteral("runner-c-"))});
    cognito::ImportRunner runner(m_idp);
    Recorder recorder;
    record(&runner, &recorder);
    const int describedBefore = describeCalls();
    QVERIFY(describedBefore >= 0);

    const auto result =
        aws::await(runner.run(m_pool, uniqueName(QStringLiteral("runner-")), m_role, csv,
                              /*follow=*/false));
    QVERIFY2(result.ok(), qPrintable(why(result)));
    QCOMPARE(result.value().status, QStringLiteral("Pending"));
    QCOMPARE(recorder.started, (QList{cognito::ImportStep::Create, cognito::ImportStep::Upload,
                                      cognito::ImportStep::Start}));
    QCOMPARE(describeCalls(), describedBefore);
}

void TestImportRunner::followsAFailedJobToItsEnd()
{
    // Started without its file: the service fails the job, and following it ends there.
    const auto created = aws::await(
        m_idp->createUserImportJob(m_pool, uniqueName(QStringLiteral("nofile-")), m_role));
    QVERIFY(created.ok());
    const auto started = aws::await(m_idp->startUserImportJob(m_pool, created.value().jobId));
    QVERIFY(started.ok());
    cognito::ImportRunner runner(m_idp);
    runner.setPollInterval(50);
    const auto result = aws::await(runner.follow(m_pool, started.value()));
    QVERIFY2(result.ok(), qPrintable(why(result)));
    QCOMPARE(result.value().status, QStringLiteral("Failed"));
    QVERIFY(!result.value().completionMessage.isEmpty());
}

void TestImportRunner::anErrorEndsTheRun()
{
    cognito::ImportRunner runner(m_idp);
    Recorder recorder;
    record(&runner, &recorder);
    const QString missingPool = m_stack.region + QStringLiteral("_Missing000");
    const auto result = aws::await(
        runner.run(missingPool, uniqueName(QStringLiteral("runner-")), m_role, QByteArray("x\n")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().type, QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(recorder.started, QList{cognito::ImportStep::Create});
    QVERIFY(recorder.changed.isEmpty());
}

void TestImportRunner::stopPassesTheServiceRefusalOn()
{
    // A job not started cannot be stopped: the service's refusal ends the run.
    const auto created = aws::await(
        m_idp->createUserImportJob(m_pool, uniqueName(QStringLiteral("notstarted-")), m_role));
    QVERIFY(created.ok());
    cognito::ImportRunner runner(m_idp);
    Recorder recorder;
    record(&runner, &recorder);
    const auto result = aws::await(runner.stop(m_pool, created.value()));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().type, QStringLiteral("PreconditionNotMetException"));
    QCOMPARE(recorder.started, QList{cognito::ImportStep::Stop});
}

void TestImportRunner::cancelWhileWaitingEndsAtOnce()
{
    cognito::ImportRunner runner(m_idp);
    runner.setPollInterval(3600 * 1000); // only a cancel can end this wait in a test's time
    cognito::UserImportJob job;
    job.jobId = QStringLiteral("import-neverdescribed");
    job.status = QStringLiteral("InProgress");
    const int describedBefore = describeCalls();
    auto future = runner.follow(m_pool, job);
    QVERIFY(runner.isWaiting());
    future.cancel();
    const auto result = aws::await(future);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, aws::ErrorKind::Canceled);
    QVERIFY(!runner.isWaiting());
    QCOMPARE(describeCalls(), describedBefore);
}

QTEST_GUILESS_MAIN(TestImportRunner)
#include "tst_importrunner.moc"
