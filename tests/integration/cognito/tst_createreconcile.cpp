#include "aws/awsjsonclient.h"
#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "support/localstack.h"

#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;
using cognito::CreateCheck;

// Retries that know what a write is, against a cognito-sim of the test's own (its fault knobs
// are global, so a shared server would fault other tests): per operation class and fault, and
// a soak of mixed writes under every fault at once that must leave each object exactly once.
class TestCreateReconcile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void perOperationClass_data();
    void perOperationClass();
    void conflictIsReported();
    void soak();

private:
    QJsonObject knobs(const QJsonObject &settings, const char *path = "/_sim/knobs");
    QJsonObject stats();
    QString newPool(const QString &name);
    QSet<QString> usernames(const QString &poolId);

    QTemporaryDir m_dir;
    QString m_stateFile;
    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    cognito::IdentityProvider *m_idp = nullptr;
    QString m_poolId;
    QList<std::tuple<QString, QString, CreateCheck>> m_checks;
};

namespace {
QString str(const char *text)
{
    return QString::fromUtf8(text);
}
QString describe(const aws::AwsError &error)
{
    return error.type + QLatin1String(": ") + error.message;
}
} // namespace

void TestCreateReconcile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_stateFile = m_dir.filePath(QStringLiteral("sim.json"));
    QString error;
    const auto loaded = test::startPrivateSim(m_stateFile, &error);
    QVERIFY2(loaded, qPrintable(error));
    m_stack = *loaded;
    auto connection = m_stack.connect();
    QVERIFY(connection.ok());
    m_connection = connection.value();
    m_idp = m_connection->identityProvider();
    // Fast retries, short timeouts (the sim's hangs last hangMs), no client-side rate limit:
    // the faults are the sim's.
    aws::RetryPolicy policy;
    policy.baseDelayMs = 5;
    policy.maxBackoffMs = 40;
    policy.attemptTimeoutMs = 1000;
    m_connection->client()->setRetryPolicy(policy);
    m_connection->client()->setRateLimiter(nullptr);
    connect(m_idp, &cognito::IdentityProvider::createChecked, this,
            [this](const QString &operation, const QString &name, CreateCheck check) {
                m_checks.append({operation, name, check});
            });
    m_poolId = newPool(str("reconcile"));
    QVERIFY(!m_poolId.isEmpty());
}

void TestCreateReconcile::cleanupTestCase()
{
    test::stopPrivateSim(m_stateFile);
}

void TestCreateReconcile::init()
{
    knobs(QJsonObject{{str("faults"), QJsonObject{{str("5xx"), 0},
                                                  {str("throttle"), 0},
                                                  {str("reset"), 0},
                                                  {str("hang"), 0},
                                                  {str("commitThenFail"), 0},
                                                  {str("commitThenHang"), 0}}},
                      {str("faultOps"), QJsonArray()},
                      {str("hangMs"), 1500}});
    m_checks.clear();
}

QJsonObject TestCreateReconcile::knobs(const QJsonObject &settings, const char *path)
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

QJsonObject TestCreateReconcile::stats()
{
    return knobs({}).value(QLatin1String("stats")).toObject();
}

QString TestCreateReconcile::newPool(const QString &name)
{
    cognito::CreateUserPoolRequest request;
    request.name = name;
    const auto pool = aws::await(m_idp->createUserPool(request));
    return pool.ok() ? pool.value().id : QString();
}

QSet<QString> TestCreateReconcile::usernames(const QString &poolId)
{
    QSet<QString> names;
    QString token;
    do {
        cognito::ListUsersQuery query;
        const auto page = aws::await(m_idp->listUsers(poolId, query, token));
        if (!page.ok())
            return {};
        for (const auto &user : page.value().items)
            names.insert(user.username);
        token = page.value().nextToken;
    } while (!token.isEmpty());
    return names;
}

void TestCreateReconcile::perOperationClass_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<int>("sends");         // of `operation`, as the sim counted them
    QTest::addColumn<QList<int>>("checks"); // CreateCheck values reported, in order

    const auto created = QList<int>{int(CreateCheck::Created)};
    const auto absentThrice = QList<int>(3, int(CreateCheck::Absent));
    for (const char *op : {"AdminCreateUser", "CreateGroup", "CreateUserPoolClient"}) {
        const auto row = [op](const char *fault) -> QTestData & {
            return QTest::addRow("%s-%s", op, fault) << str(op) << str(fault);
        };
        // The write was done and the answer lost: found as sent, one send.
        row("commitThenFail") << true << 1 << created;
        row("reset") << true << 1 << created;
        row("commitThenHang") << true << 1 << created;
        // Nothing was done: checked, absent, sent again (every time: the budget runs out).
        row("5xx") << false << 3
                   << QList<int>{int(CreateCheck::Absent), int(CreateCheck::Absent),
                                 int(CreateCheck::Absent)};
        row("hang") << false << 3 << absentThrice;
        // Throttling: nothing was done, retried without a check.
        row("throttle") << false << 3 << QList<int>{};
    }
    // Reads and idempotent writes are retried whatever the fault; the budget is 3 sends.
    for (const char *op : {"AdminGetUser", "AdminUpdateUserAttributes", "AdminAddUserToGroup"}) {
        for (const char *fault :
             {"commitThenFail", "reset", "commitThenHang", "5xx", "hang", "throttle"})
            QTest::addRow("%s-%s", op, fault)
                << str(op) << str(fault) << false << 3 << QList<int>{};
    }
}

void TestCreateReconcile::perOperationClass()
{
    QFETCH(QString, operation);
    QFETCH(QString, fault);
    QFETCH(bool, succeeds);
    QFETCH(int, sends);
    QFETCH(QList<int>, checks);

    static int serial = 0;
    const QString name = QStringLiteral("r%1-%2").arg(++serial).arg(fault.toLower());
    // What the non-create rows work on.
    QVERIFY(aws::await(m_idp->createGroup(m_poolId, {name + str("-g"), {}, {}, {}})).ok());
    cognito::CreateUserRequest user;
    user.username = name + str("-u");
    user.attributes = {{str("email"), user.username + str("@example.com")}};
    user.messageAction = cognito::MessageAction::Suppress;
    QVERIFY(aws::await(m_idp->adminCreateUser(m_poolId, user)).ok());

    // Every send of the operation meets the fault.
    knobs(QJsonObject{{str("faults"), QJsonObject{{fault, 1}}},
                      {str("faultOps"), QJsonArray{operation}}});
    const int before = stats().value(QLatin1String("ops")).toObject().value(operation).toInt();
    m_checks.clear();

    aws::AwsError error;
    bool ok = false;
    int objects = -1; // how many objects of that name the service holds afterwards
    if (operation == QLatin1String("AdminCreateUser")) {
        cognito::CreateUserRequest request;
        request.username = name;
        request.attributes = {{str("email"), name + str("@example.com")}};
        request.messageAction = cognito::MessageAction::Suppress;
        const auto result = aws::await(m_idp->adminCreateUser(m_poolId, request));
        ok = result.ok();
        if (!ok)
            error = result.error();
        else
            QCOMPARE(result.value().attribute(str("email")), name + str("@example.com"));
        knobs(QJsonObject{{str("faultOps"), QJsonArray{str("none")}}});
        objects = usernames(m_poolId).contains(name) ? 1 : 0;
    } else if (operation == QLatin1String("CreateGroup")) {
        const auto result = aws::await(m_idp->createGroup(m_poolId, {name, str("as sent"), 3, {}}));
        ok = result.ok();
        if (!ok)
            error = result.error();
        else
            QCOMPARE(result.value().description, str("as sent"));
        knobs(QJsonObject{{str("faultOps"), QJsonArray{str("none")}}});
        objects = aws::await(m_idp->getGroup(m_poolId, name)).ok() ? 1 : 0;
    } else if (operation == QLatin1String("CreateUserPoolClient")) {
        cognito::CreateUserPoolClientRequest request;
        request.clientName = name;
        request.generateSecret = true;
        const auto result = aws::await(m_idp->createUserPoolClient(m_poolId, request));
        ok = result.ok();
        if (!ok)
            error = result.error();
        else
            QVERIFY(!result.value().clientSecret.isEmpty()); // the secret is not lost
        knobs(QJsonObject{{str("faultOps"), QJsonArray{str("none")}}});
        objects = 0;
        const auto page = aws::await(m_idp->listUserPoolClients(m_poolId, 60));
        QVERIFY(page.ok());
        for (const auto &client : page.value().items)
            objects += client.clientName == name ? 1 : 0;
    } else if (operation == QLatin1String("AdminGetUser")) {
        const auto result = aws::await(m_idp->adminGetUser(m_poolId, user.username));
        ok = result.ok();
        if (!ok)
            error = result.error();
    } else if (operation == QLatin1String("AdminUpdateUserAttributes")) {
        const auto result = aws::await(m_idp->adminUpdateUserAttributes(
            m_poolId, user.username, {{str("name"), str("Updated")}}));
        ok = result.ok();
        if (!ok)
            error = result.error();
    } else if (operation == QLatin1String("AdminAddUserToGroup")) {
        const auto result =
            aws::await(m_idp->adminAddUserToGroup(m_poolId, user.username, name + str("-g")));
        ok = result.ok();
        if (!ok)
            error = result.error();
    }
    const int after = stats().value(QLatin1String("ops")).toObject().value(operation).toInt();

    QCOMPARE(ok, succeeds);
    QCOMPARE(after - before, sends);
    QList<int> reported;
    for (const auto &[op, object, check] : std::as_const(m_checks))
        if (op == operation && object == name)
            reported.append(int(check));
    QCOMPARE(reported, checks);
    if (objects >= 0) // a create: never twice, and there exactly when reported done
        QCOMPARE(objects, ok ? 1 : 0);
    if (!ok && (fault == QLatin1String("5xx") || fault == QLatin1String("hang")) &&
        checks.size() > 0)
        QVERIFY2(error.outcomeUnknown, qPrintable(describe(error)));
}

void TestCreateReconcile::conflictIsReported()
{
    // A group of that name already there, but not as sent; the create's answer is lost
    // before it ran: "conflict", never "created".
    const QString name = str("conflicting");
    QVERIFY(aws::await(m_idp->createGroup(m_poolId, {name, str("someone else's"), {}, {}})).ok());
    knobs(QJsonObject{{str("faults"), QJsonObject{{str("5xx"), 1}}},
                      {str("faultOps"), QJsonArray{str("CreateGroup")}}});
    const auto result = aws::await(m_idp->createGroup(m_poolId, {name, str("mine"), {}, {}}));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().type, str("CreateConflict"));
    QCOMPARE(m_checks.size(), 1);
    QCOMPARE(std::get<2>(m_checks.first()), CreateCheck::Conflict);
}

void TestCreateReconcile::soak()
{
    // 2,000 mixed writes under 5 % 5xx, 5 % throttling, 2 % resets and 1 % commit-then-timeout
    // at once; afterwards the service holds every object exactly once, and what the calls
    // reported matches the service's state exactly.
    const QString pool = newPool(str("soak"));
    QVERIFY(!pool.isEmpty());
    aws::RetryPolicy policy = m_connection->client()->retryPolicy();
    policy.maxAttempts = 6; // the faults are frequent; the test is about duplicates, not luck
    policy.attemptTimeoutMs = 800;
    m_connection->client()->setRetryPolicy(policy);
    const auto restore = qScopeGuard([this] {
        aws::RetryPolicy p = m_connection->client()->retryPolicy();
        p.maxAttempts = 3;
        p.attemptTimeoutMs = 1000;
        m_connection->client()->setRetryPolicy(p);
    });
    knobs(QJsonObject{{str("faults"), QJsonObject{{str("5xx"), 0.05},
                                                  {str("throttle"), 0.05},
                                                  {str("reset"), 0.02},
                                                  {str("commitThenHang"), 0.01}}},
                      {str("hangMs"), 1200},
                      {str("seed"), 20261202}});
    knobs({}, "/_sim/stats/reset"); // the faults counted below are the soak's

    constexpr int Users = 1000, Groups = 100, Clients = 50, Updates = 450, Memberships = 400;
    QStringList reportedUsers, reportedGroups, reportedClients;
    QSet<QString> updated;
    QSet<QPair<QString, QString>> joined;
    QStringList failures;
    const auto note = [&failures](const QString &what, const aws::AwsError &error) {
        failures.append(what + QLatin1String(": ") + describe(error));
    };
    // In waves of 25 at once: concurrency like the GUI's bulk actions, timeouts overlap.
    const auto wave = [](QList<std::function<QFuture<void>()>> &jobs) {
        for (qsizetype at = 0; at < jobs.size(); at += 25) {
            QList<QFuture<void>> running;
            for (qsizetype i = at; i < std::min<qsizetype>(at + 25, jobs.size()); ++i)
                running.append(jobs[i]());
            for (auto &future : running) {
                QFutureWatcher<void> watcher;
                QEventLoop loop;
                QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop,
                                 &QEventLoop::quit);
                watcher.setFuture(future);
                if (!future.isFinished())
                    loop.exec();
            }
        }
        jobs.clear();
    };

    QList<std::function<QFuture<void>()>> jobs;
    for (int i = 0; i < Groups; ++i)
        jobs.append([&, i] {
            const QString name = QStringLiteral("g%1").arg(i, 3, 10, QLatin1Char('0'));
            return m_idp->createGroup(pool, {name, str("soak"), i, {}})
                .then([&, name](aws::Result<cognito::Group> r) {
                    r ? void(reportedGroups.append(name)) : note(name, r.error());
                });
        });
    for (int i = 0; i < Clients; ++i)
        jobs.append([&, i] {
            cognito::CreateUserPoolClientRequest request;
            request.clientName = QStringLiteral("c%1").arg(i, 2, 10, QLatin1Char('0'));
            return m_idp->createUserPoolClient(pool, request)
                .then([&, name = request.clientName](aws::Result<cognito::UserPoolClient> r) {
                    r ? void(reportedClients.append(name)) : note(name, r.error());
                });
        });
    for (int i = 0; i < Users; ++i)
        jobs.append([&, i] {
            cognito::CreateUserRequest request;
            request.username = QStringLiteral("u%1").arg(i, 4, 10, QLatin1Char('0'));
            request.attributes = {{str("email"), request.username + str("@example.com")}};
            request.messageAction = cognito::MessageAction::Suppress;
            return m_idp->adminCreateUser(pool, request)
                .then([&, name = request.username](aws::Result<cognito::User> r) {
                    r ? void(reportedUsers.append(name)) : note(name, r.error());
                });
        });
    wave(jobs);
    for (int i = 0; i < Updates; ++i)
        jobs.append([&, i] {
            const QString name = QStringLiteral("u%1").arg(i * 2, 4, 10, QLatin1Char('0'));
            return m_idp
                ->adminUpdateUserAttributes(pool, name, {{str("name"), str("soaked ") + name}})
                .then([&, name](aws::Result<aws::Empty> r) {
                    r ? void(updated.insert(name)) : note(name, r.error());
                });
        });
    for (int i = 0; i < Memberships; ++i)
        jobs.append([&, i] {
            const QString name = QStringLiteral("u%1").arg(i * 2 + 1, 4, 10, QLatin1Char('0'));
            const QString group = QStringLiteral("g%1").arg(i % Groups, 3, 10, QLatin1Char('0'));
            return m_idp->adminAddUserToGroup(pool, name, group)
                .then([&, name, group](aws::Result<aws::Empty> r) {
                    r ? void(joined.insert({name, group})) : note(name + group, r.error());
                });
        });
    wave(jobs);

    const QJsonObject faulted = stats().value(QLatin1String("faults")).toObject();
    const auto checks = m_checks;
    init(); // faults off for the audit
    QMap<CreateCheck, int> byCheck;
    for (const auto &[op, name, check] : checks)
        ++byCheck[check];
    qInfo().noquote() << "soak: faults" << QJsonDocument(faulted).toJson(QJsonDocument::Compact)
                      << "checks: created" << byCheck.value(CreateCheck::Created) << "absent"
                      << byCheck.value(CreateCheck::Absent) << "conflict"
                      << byCheck.value(CreateCheck::Conflict) << "failures" << failures.size();
    for (const char *kind : {"5xx", "throttle", "reset", "commitThenHang"})
        QVERIFY2(faulted.value(QLatin1String(kind)).toInt() > 0, kind); // the soak was faulty
    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(QLatin1Char('\n'))));
    // Creates met lost answers both ways: done (found) and not done (absent, sent again).
    QVERIFY(byCheck.value(CreateCheck::Created) > 0);
    QVERIFY(byCheck.value(CreateCheck::Absent) > 0);
    QCOMPARE(byCheck.value(CreateCheck::Conflict), 0);

    // The service's state, exactly what was reported.
    const QSet<QString> users = usernames(pool);
    QCOMPARE(users.size(), Users);
    QCOMPARE(users, QSet<QString>(reportedUsers.cbegin(), reportedUsers.cend()));
    QCOMPARE(reportedUsers.size(), Users); // each reported once
    QSet<QString> groups;
    QString token;
    do {
        const auto page = aws::await(m_idp->listGroups(pool, 60, token));
        QVERIFY(page.ok());
        for (const auto &group : page.value().items)
            groups.insert(group.name);
        token = page.value().nextToken;
    } while (!token.isEmpty());
    QCOMPARE(groups, QSet<QString>(reportedGroups.cbegin(), reportedGroups.cend()));
    QCOMPARE(reportedGroups.size(), Groups);
    QStringList clients;
    token.clear();
    do {
        const auto page = aws::await(m_idp->listUserPoolClients(pool, 60, token));
        QVERIFY(page.ok());
        for (const auto &client : page.value().items)
            clients.append(client.clientName);
        token = page.value().nextToken;
    } while (!token.isEmpty());
    clients.sort();
    reportedClients.sort();
    QCOMPARE(clients, reportedClients); // a duplicate client would show twice here
    QCOMPARE(clients.size(), Clients);
    QCOMPARE(updated.size(), Updates);
    for (const QString &name : std::as_const(updated)) {
        const auto user = aws::await(m_idp->adminGetUser(pool, name));
        QVERIFY(user.ok());
        QCOMPARE(user.value().attribute(str("name")), str("soaked ") + name);
    }
    QCOMPARE(joined.size(), Memberships);
    int members = 0;
    for (int g = 0; g < Groups; ++g) {
        const QString group = QStringLiteral("g%1").arg(g, 3, 10, QLatin1Char('0'));
        const auto page = aws::await(m_idp->listUsersInGroup(pool, group, 60));
        QVERIFY(page.ok());
        for (const auto &user : page.value().items) {
            QVERIFY(joined.contains({user.username, group}));
            ++members;
        }
    }
    QCOMPARE(members, Memberships);
}

QTEST_MAIN(TestCreateReconcile)
#include "tst_createreconcile.moc"
