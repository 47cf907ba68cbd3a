#include "aws/future.h"
#include "clirunner.h"
#include "cognito/bulkjob.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "support/localstack.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;
using test::Run;

// The app's multi-select deletes (groups, app clients, pools) run on the same engine: every
// delete answered by a fault after the service did it is checked, not sent again, and counted
// as done.
// R1 and R2 (faults; SIGKILL, then resume) on a cognito-sim of its own (fault knobs are global):
// a 300-user bulk create through every fault at once ends with each user there exactly once
// and a report equal to the server's state; a job SIGKILLed three times at points picked at
// random (by its progress on stderr) and resumed each time ends the same way, with each user
// sent to the service once and its password written once.
class TestCliBulkFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void createThroughFaults();
    void killedThreeTimesAndResumed();
    void deletesGroupsClientsAndPoolsOnceThroughFaults();

private:
    QJsonObject knobs(const QJsonObject &settings, const char *path = "/_sim/knobs");
    QString newPoolWithGroup(const QString &group);
    QSet<QString> usernames(const QString &poolId);
    QSet<QString> members(const QString &poolId, const QString &group);
    QString writeCsv(const QString &name, const QString &prefix, int count,
                     const QString &group) const;
    QStringList cliArguments(const QStringList &arguments) const;
    QProcessEnvironment environment(const QString &poolId) const;
    QStringList passwordUsers(const QString &path) const;

    QTemporaryDir m_dir;
    QString m_stateFile;
    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    cognito::IdentityProvider *m_idp = nullptr;
};

namespace {
QString str(const char *text)
{
    return QString::fromUtf8(text);
}
constexpr int kUsers = 300;
} // namespace

void TestCliBulkFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_stateFile = m_dir.filePath(str("sim.json"));
    QString error;
    const auto loaded = test::startPrivateSim(m_stateFile, &error);
    QVERIFY2(loaded, qPrintable(error));
    m_stack = *loaded;
    auto connection = m_stack.connect();
    QVERIFY(connection.ok());
    m_connection = connection.value();
    m_idp = m_connection->identityProvider();
}

void TestCliBulkFaults::cleanupTestCase()
{
    test::stopPrivateSim(m_stateFile);
}

void TestCliBulkFaults::init()
{
    knobs(QJsonObject{{str("faults"), QJsonObject{{str("5xx"), 0},
                                                  {str("throttle"), 0},
                                                  {str("reset"), 0},
                                                  {str("hang"), 0},
                                                  {str("commitThenFail"), 0},
                                                  {str("commitThenHang"), 0}}},
                      {str("faultOps"), QJsonArray()},
                      {str("hangMs"), 300}});
    knobs({}, "/_sim/stats/reset");
}

QJsonObject TestCliBulkFaults::knobs(const QJsonObject &settings, const char *path)
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_stack.endpoint.resolved(QUrl(str(path))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = network.post(request, QJsonDocument(settings).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(30000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QString TestCliBulkFaults::newPoolWithGroup(const QString &group)
{
    cognito::CreateUserPoolRequest request;
    request.name = test::uniqueName(str("bulk"));
    const auto pool = aws::await(m_idp->createUserPool(request));
    if (!pool.ok())
        return {};
    cognito::CreateGroupRequest groupRequest;
    groupRequest.name = group;
    if (!aws::await(m_idp->createGroup(pool.value().id, groupRequest)).ok())
        return {};
    return pool.value().id;
}

QSet<QString> TestCliBulkFaults::usernames(const QString &poolId)
{
    QSet<QString> names;
    QString token;
    do {
        const auto page = aws::await(m_idp->listUsers(poolId, cognito::ListUsersQuery(), token));
        if (!page.ok())
            return {};
        for (const auto &user : page.value().items)
            names.insert(user.username);
        token = page.value().nextToken;
    } while (!token.isEmpty());
    return names;
}

QSet<QString> TestCliBulkFaults::members(const QString &poolId, const QString &group)
{
    QSet<QString> names;
    QString token;
    do {
        const auto page = aws::await(m_idp->listUsersInGroup(poolId, group, 60, token));
        if (!page.ok())
            return {};
        for (const auto &user : page.value().items)
            names.insert(user.username);
        token = page.value().nextToken;
    } while (!token.isEmpty());
    return names;
}

// `count` users PREFIX000..., each with an email; every third one in `group`.
QString TestCliBulkFaults::writeCsv(const QString &name, const QString &prefix, int count,
                                    const QString &group) const
{
    QByteArray csv = "username,email,groups\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray user =
            (prefix + QString::number(i).rightJustified(3, QLatin1Char('0'))).toUtf8();
        csv += user + ',' + user + "@example.com," + (i % 3 == 0 ? group.toUtf8() : "") + '\n';
    }
    return test::writeFile(m_dir.filePath(name), csv);
}

QProcessEnvironment TestCliBulkFaults::environment(const QString &poolId) const
{
    QProcessEnvironment environment = m_stack.environment();
    environment.insert(str("COGNITO_DESK_ENDPOINT_URL"), m_stack.endpoint.toString());
    environment.insert(str("COGNITO_DESK_USER_POOL_ID"), poolId);
    environment.insert(str("XDG_DATA_HOME"), m_dir.filePath(str("data")));
    return environment;
}

QStringList TestCliBulkFaults::passwordUsers(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList users;
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        users.append(QString::fromUtf8(lines.at(i).split(',').first()).remove(QLatin1Char('"')));
    return users;
}

void TestCliBulkFaults::createThroughFaults()
{
    const QString group = str("cohort");
    const QString poolId = newPoolWithGroup(group);
    QVERIFY(!poolId.isEmpty());
    const QString csv = writeCsv(str("r1.csv"), str("r1-"), kUsers, group);
    const QString passwords = m_dir.filePath(str("r1-passwords.csv"));
    knobs(QJsonObject{{str("faults"), QJsonObject{{str("5xx"), 0.05},
                                                  {str("throttle"), 0.05},
                                                  {str("reset"), 0.02},
                                                  {str("commitThenHang"), 0.01}}},
                      {str("seed"), 14}});
    const auto run =
        test::runProcess(test::cliPath(),
                         {str("bulk"), str("create"), csv, str("--generate-passwords"),
                          str("--passwords-out"), passwords, str("--suppress-message")},
                         environment(poolId), {}, 500000);
    const QJsonObject faulted = knobs({})
                                    .value(QLatin1String("stats"))
                                    .toObject()
                                    .value(QLatin1String("faults"))
                                    .toObject();
    init(); // faults off for the audit
    QVERIFY2(run.finished, run.err.right(2000).constData());
    qInfo().noquote() << "R1: faults" << QJsonDocument(faulted).toJson(QJsonDocument::Compact);
    // The faults happened, each kind of them.
    for (const char *kind : {"5xx", "throttle", "reset", "commitThenHang"})
        QVERIFY2(faulted.value(QLatin1String(kind)).toInt() > 0, kind);
    if (run.exitCode != 0)
        qInfo().noquote() << "R1: stdout" << run.out.left(4000) << "stderr" << run.err.right(600);
    QVERIFY2(run.exitCode == 0, "the job did not succeed (report above)");
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QLatin1String("Succeeded")).toInt(), kUsers);
    QCOMPARE(report.value(QLatin1String("Failed")).toArray().size(), 0);
    QCOMPARE(report.value(QLatin1String("Skipped")).toInt(), 0);

    // The server holds exactly the users and memberships the file asked for.
    QSet<QString> expected;
    QSet<QString> expectedMembers;
    for (int i = 0; i < kUsers; ++i) {
        const QString user = str("r1-") + QString::number(i).rightJustified(3, QLatin1Char('0'));
        expected.insert(user);
        if (i % 3 == 0)
            expectedMembers.insert(user);
    }
    QCOMPARE(usernames(poolId), expected);
    QCOMPARE(members(poolId, group), expectedMembers);
    // One password per user, each written once.
    const QStringList written = passwordUsers(passwords);
    QCOMPARE(written.size(), kUsers);
    QCOMPARE(QSet<QString>(written.cbegin(), written.cend()), expected);
}

void TestCliBulkFaults::killedThreeTimesAndResumed()
{
    const QString group = str("cohort");
    const QString poolId = newPoolWithGroup(group);
    QVERIFY(!poolId.isEmpty());
    const QString csv = writeCsv(str("r2.csv"), str("r2-"), kUsers, group);
    const QString passwords = m_dir.filePath(str("r2-passwords.csv"));
    knobs({}, "/_sim/stats/reset");

    static const QRegularExpression progressLine(QStringLiteral(R"(: (\d+)/(\d+) done)"));
    static const QRegularExpression jobLine(QStringLiteral(R"((bulk-\d{8}-\d{6}-[0-9a-f]{6}))"));
    QString jobId;
    int killedAt = 0;
    auto *random = QRandomGenerator::global();
    // Three runs killed at a random count of done items, each later than the last.
    for (int round = 0; round < 3; ++round) {
        const int target = killedAt + 10 + int(random->bounded(kUsers / 4));
        QProcess process;
        process.setProcessEnvironment(environment(poolId));
        const QStringList arguments =
            jobId.isEmpty()
                ? QStringList{str("bulk"),
                              str("create"),
                              csv,
                              str("--generate-passwords"),
                              str("--passwords-out"),
                              passwords,
                              str("--suppress-message"),
                              str("--max-rps"),
                              str("40")}
                : QStringList{str("bulk"), str("resume"), jobId, str("--max-rps"), str("40")};
        process.start(test::cliPath(), arguments);
        QVERIFY(process.waitForStarted());
        process.closeWriteChannel();
        QByteArray seen;
        int done = -1;
        while (done < target && process.state() == QProcess::Running) {
            process.setReadChannel(QProcess::StandardError);
            while (!process.canReadLine() && process.state() == QProcess::Running)
                process.waitForReadyRead(30000);
            while (process.canReadLine()) {
                const QByteArray line = process.readLine();
                seen += line;
                const QString text = QString::fromUtf8(line);
                if (jobId.isEmpty()) {
                    const auto match = jobLine.match(text);
                    if (match.hasMatch())
                        jobId = match.captured(1);
                }
                const auto match = progressLine.match(text);
                if (match.hasMatch())
                    done = match.captured(1).toInt();
            }
        }
        QVERIFY2(done >= target && done < kUsers,
                 qPrintable(str("round %1: killed at %2, wanted %3: %4")
                                .arg(round)
                                .arg(done)
                                .arg(target)
                                .arg(QString::fromUtf8(seen.right(1000)))));
        process.kill(); // SIGKILL
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        killedAt = done;
        qInfo().noquote() << "R2: round" << round << "killed after" << done << "done";
        QVERIFY(!jobId.isEmpty());
        // The interrupted job, as bulk list shows it.
        const auto list =
            test::runProcess(test::cliPath(), {str("bulk"), str("list")}, environment(poolId));
        const QJsonArray jobs =
            QJsonDocument::fromJson(list.out).object().value(str("Jobs")).toArray();
        QVERIFY(!jobs.isEmpty());
        QCOMPARE(jobs.last().toObject().value(str("JobId")).toString(), jobId);
        QCOMPARE(jobs.last().toObject().value(str("State")).toString(), str("interrupted"));
    }

    const auto finished = test::runProcess(test::cliPath(), {str("bulk"), str("resume"), jobId},
                                           environment(poolId), {}, 300000);
    QVERIFY2(finished.finished && finished.exitCode == 0,
             (finished.err.right(2000) + finished.out.left(2000)).constData());
    const QJsonObject report = QJsonDocument::fromJson(finished.out).object();
    QCOMPARE(report.value(QLatin1String("JobId")).toString(), jobId);
    QCOMPARE(report.value(QLatin1String("Succeeded")).toInt(), kUsers);
    QCOMPARE(report.value(QLatin1String("Failed")).toArray().size(), 0);

    QSet<QString> expected;
    QSet<QString> expectedMembers;
    for (int i = 0; i < kUsers; ++i) {
        const QString user = str("r2-") + QString::number(i).rightJustified(3, QLatin1Char('0'));
        expected.insert(user);
        if (i % 3 == 0)
            expectedMembers.insert(user);
    }
    QCOMPARE(usernames(poolId), expected);
    QCOMPARE(members(poolId, group), expectedMembers);
    // Each user reached the service once: no create was sent again after a kill.
    const QJsonObject ops =
        knobs({}).value(QLatin1String("stats")).toObject().value(QLatin1String("ops")).toObject();
    QCOMPARE(ops.value(QLatin1String("AdminCreateUser")).toInt(), kUsers);
    // Each password written once, for the user that has it.
    const QStringList written = passwordUsers(passwords);
    QCOMPARE(written.size(), kUsers);
    QCOMPARE(QSet<QString>(written.cbegin(), written.cend()), expected);
}

void TestCliBulkFaults::deletesGroupsClientsAndPoolsOnceThroughFaults()
{
    const QString poolId = newPoolWithGroup(str("g0"));
    QVERIFY(!poolId.isEmpty());
    QStringList groups{str("g0")};
    for (int i = 1; i < 4; ++i) {
        cognito::CreateGroupRequest group;
        group.name = str("g%1").arg(i);
        QVERIFY(aws::await(m_idp->createGroup(poolId, group)).ok());
        groups.append(group.name);
    }
    QStringList clients;
    for (int i = 0; i < 3; ++i) {
        cognito::CreateUserPoolClientRequest client;
        client.clientName = str("c%1").arg(i);
        const auto created = aws::await(m_idp->createUserPoolClient(poolId, client));
        QVERIFY2(created.ok(), qPrintable(test::why(created)));
        clients.append(created.value().clientId);
    }
    QStringList pools;
    for (int i = 0; i < 2; ++i) {
        cognito::CreateUserPoolRequest pool;
        pool.name = test::uniqueName(str("gone"));
        const auto created = aws::await(m_idp->createUserPool(pool));
        QVERIFY(created.ok());
        pools.append(created.value().id);
    }
    // Every delete is done by the service and then answered with an InternalErrorException.
    const QStringList deletes{str("DeleteGroup"), str("DeleteUserPoolClient"),
                              str("DeleteUserPool")};
    knobs(QJsonObject{{str("faults"), QJsonObject{{str("commitThenFail"), 1}}},
                      {str("faultOps"), QJsonArray::fromStringList(deletes)}});
    const auto run = [this](cognito::BulkOperation operation, const QString &pool,
                            const QStringList &items) {
        cognito::BulkJobSpec spec;
        spec.operation = operation;
        spec.userPoolId = pool;
        for (const QString &item : items)
            spec.items.append({item, {}, {}});
        cognito::BulkJob job(m_idp, m_dir.filePath(str("deletes")));
        return aws::await(job.start(spec));
    };
    for (const auto &[operation, pool, items] :
         {std::tuple{cognito::BulkOperation::DeleteGroup, poolId, groups},
          std::tuple{cognito::BulkOperation::DeleteAppClient, poolId, clients},
          std::tuple{cognito::BulkOperation::DeleteUserPool, QString(), pools}}) {
        const auto report = run(operation, pool, items);
        QVERIFY2(report.ok(), qPrintable(test::why(report)));
        QVERIFY(report.value().finished);
        QCOMPARE(report.value().succeeded, int(items.size()));
        QVERIFY2(report.value().failed.isEmpty(),
                 qPrintable(report.value().failed.value(0).second));
    }
    const QJsonObject stats = knobs({}).value(str("stats")).toObject();
    init(); // faults off for the checks
    // Each delete was sent once and answered with the fault; the engine checked, never resent.
    const QJsonObject ops = stats.value(str("ops")).toObject();
    QCOMPARE(ops.value(str("DeleteGroup")).toInt(), int(groups.size()));
    QCOMPARE(ops.value(str("DeleteUserPoolClient")).toInt(), int(clients.size()));
    QCOMPARE(ops.value(str("DeleteUserPool")).toInt(), int(pools.size()));
    QCOMPARE(stats.value(str("faults")).toObject().value(str("commitThenFail")).toInt(),
             int(groups.size() + clients.size() + pools.size()));
    for (const QString &group : groups)
        QVERIFY(!aws::await(m_idp->getGroup(poolId, group)).ok());
    for (const QString &client : clients)
        QVERIFY(!aws::await(m_idp->describeUserPoolClient(poolId, client)).ok());
    for (const QString &pool : pools)
        QVERIFY(!aws::await(m_idp->describeUserPool(pool)).ok());
    QVERIFY(aws::await(m_idp->describeUserPool(poolId)).ok());
}

QTEST_GUILESS_MAIN(TestCliBulkFaults)
#include "tst_cli_bulk_faults.moc"
