#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "mirror/mirror.h"
#include "mirror/mirrorsync.h"
#include "support/localstack.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace cdesk;
using test::uniqueName;
using test::why;

// The local mirror against the server of this run: a pool this test makes, with unicode,
// empty and custom attribute values, groups and disabled users (and, on cognito-sim, 1,500
// seeded users so that every partition and group listing takes several pages), synced, then
// searched; every search is checked against a filter the test computes itself over what
// ListUsers and ListUsersInGroup answer.
class TestMirror : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void syncMirrorsEveryUserAndMembership();
    void searchEqualsBruteForce_data();
    void searchEqualsBruteForce();
    void sortIsStableAndByValue();
    void fileIsOwnerOnly();
    void canceledSyncLeavesThePreviousMirror();
    void corruptMirrorIsRebuilt();
    void oldSchemaVersionIsRebuilt();
    void writeThroughShowsAtOnce();
    void killedSyncsPartialFileIsRemovedWhenStale();
    void onePartitionGivesTheSameMirror();
    void syncStaysWithinTheUserListQuota_simOnly_cognitoLocalHasNoQuotas();

private:
    struct Truth
    {
        QJsonObject json;
        QStringList groups;
    };
    bool isSim() const { return m_stack.kind == QLatin1String("cognito-sim"); }
    QJsonObject simControl(const QByteArray &verb, const QString &path,
                           const QJsonObject &body = {});
    aws::Result<mirror::SyncSummary> syncInto(const QString &path, int partitions = 16);
    // Every user (ListUsers) and membership (ListUsersInGroup) as the server has them now.
    QMap<QString, Truth> truth();
    static QStringList bruteForce(const QMap<QString, Truth> &users, const mirror::Query &query);
    void createUser(const QString &username, const QList<cognito::Attribute> &attributes);

    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    cognito::IdentityProvider *m_idp = nullptr;
    QString m_pool;
    QString m_suffix;
    QTemporaryDir m_dir;
    QString m_path;
    QString m_simStateFile; // a cognito-sim of this test's own, when the fixture is cognito-sim
    QMap<QString, Truth> m_truth;
};

Q_DECLARE_METATYPE(mirror::Query)

namespace {

QString attributeOf(const QJsonObject &user, const QString &name, bool *found = nullptr)
{
    if (found)
        *found = false;
    const QJsonArray attributes = user.value(QLatin1String("Attributes")).toArray();
    for (const QJsonValue &attribute : attributes) {
        if (attribute.toObject().value(QLatin1String("Name")).toString() == name) {
            if (found)
                *found = true;
            return attribute.toObject().value(QLatin1String("Value")).toString();
        }
    }
    return {};
}

QStringList usernames(const QList<mirror::MirroredUser> &users)
{
    QStringList names;
    for (const auto &user : users)
        names.append(user.username());
    return names;
}

mirror::Query query(const QString &text)
{
    mirror::Query q;
    q.text = text;
    return q;
}

} // namespace

QJsonObject TestMirror::simControl(const QByteArray &verb, const QString &path,
                                   const QJsonObject &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_stack.endpoint.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply =
        verb == "GET" ? network.get(request) : network.post(request, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(60000))
        return {};
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

void TestMirror::createUser(const QString &username, const QList<cognito::Attribute> &attributes)
{
    cognito::CreateUserRequest request;
    request.username = username;
    request.attributes = attributes;
    request.messageAction = cognito::MessageAction::Suppress;
    request.temporaryPassword = QStringLiteral("Temp0rary!pass");
    const auto created = aws::await(m_idp->adminCreateUser(m_pool, request));
    QVERIFY2(created.ok(), qPrintable(why(created)));
}

void TestMirror::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    if (stack->kind == QLatin1String("cognito-sim")) {
        // The quota knobs, the stats and the 1,500 seeded users are the whole server's:
        // on the shared server they would throttle and slow the tests running beside this one.
        m_simStateFile = QDir(m_dir.path()).filePath(QStringLiteral("sim.json"));
        stack = test::startPrivateSim(m_simStateFile, &error);
        QVERIFY2(stack, qPrintable(error));
    }
    m_stack = *stack;
    auto connection = m_stack.connect();
    QVERIFY2(connection.ok(), qPrintable(why(connection)));
    m_connection = connection.value();
    m_idp = m_connection->identityProvider();
    m_suffix = uniqueName(QString()).left(6).toLower();

    cognito::CreateUserPoolRequest request;
    request.name = uniqueName(QStringLiteral("mirror-"));
    request.extra.insert(
        QStringLiteral("Schema"),
        QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("department")},
                               {QStringLiteral("AttributeDataType"), QStringLiteral("String")},
                               {QStringLiteral("Mutable"), true}}});
    const auto pool = aws::await(m_idp->createUserPool(request));
    QVERIFY2(pool.ok(), qPrintable(why(pool)));
    m_pool = pool.value().id;
    m_path = mirror::mirrorPath(m_dir.path(),
                                mirror::MirrorKey{m_stack.endpoint, m_stack.region, m_pool});

    using A = cognito::Attribute;
    const QString dept = QStringLiteral("custom:department");
    struct Seed
    {
        QString name;
        QList<A> attributes;
    };
    const QList<Seed> seeds = {
        {QStringLiteral("anna-") + m_suffix,
         {{QStringLiteral("email"), QStringLiteral("anna.kowalski@example.com")},
          {QStringLiteral("given_name"), QStringLiteral("Anna")},
          {QStringLiteral("family_name"), QStringLiteral("Kowalski")},
          {dept, QStringLiteral("Finance")}}},
        {QStringLiteral("jurgen-") + m_suffix,
         {{QStringLiteral("email"), QStringLiteral("jurgen@example.de")},
          {QStringLiteral("given_name"), QStringLiteral("Jürgen")},
          {QStringLiteral("family_name"), QStringLiteral("MÜLLER")},
          {dept, QStringLiteral("Engineering")}}},
        {QStringLiteral("taro-") + m_suffix,
         {{QStringLiteral("email"), QStringLiteral("taro@example.jp")},
          {QStringLiteral("family_name"), QStringLiteral("田中")},
          {QStringLiteral("given_name"), QStringLiteral("太郎")},
          {dept, QStringLiteral("Sales")}}},
        {QStringLiteral("lukasz-") + m_suffix,
         {{QStringLiteral("email"), QStringLiteral("lukasz@example.pl")},
          {QStringLiteral("given_name"), QStringLiteral("Łukasz")},
          {QStringLiteral("family_name"), QStringLiteral("Żółć")},
          {dept, QStringLiteral("engineering ops")}}},
        {QStringLiteral("empty-") + m_suffix,
         {{QStringLiteral("email"), QStringLiteral("empty@example.com")},
          {QStringLiteral("given_name"), QString()},
          {dept, QString()}}},
        {QStringLiteral("quote-") + m_suffix,
         {{QStringLiteral("email"), QStringLiteral("quote@example.com")},
          {QStringLiteral("family_name"), QStringLiteral("O\"Brien, Jr")},
          {dept, QStringLiteral("Legal")}}},
        {QStringLiteral("plain-") + m_suffix,
         {{QStringLiteral("email"), QStringLiteral("plain@example.com")}}},
    };
    for (const Seed &seed : seeds) {
        createUser(seed.name, seed.attributes);
        if (QTest::currentTestFailed())
            return;
    }
    for (int i = 0; i < 24; ++i) {
        createUser(QStringLiteral("bulk%1-").arg(i, 2, 10, QLatin1Char('0')) + m_suffix,
                   {{QStringLiteral("email"), QStringLiteral("bulk%1@example.org").arg(i)},
                    {dept, i % 3 == 0 ? QStringLiteral("Finance") : QStringLiteral("Support")}});
        if (QTest::currentTestFailed())
            return;
    }
    for (const QString &group : {QStringLiteral("admins"), QStringLiteral("readers")}) {
        cognito::CreateGroupRequest create;
        create.name = group;
        const auto made = aws::await(m_idp->createGroup(m_pool, create));
        QVERIFY2(made.ok(), qPrintable(why(made)));
    }
    const QList<QPair<QString, QString>> memberships = {
        {QStringLiteral("anna-"), QStringLiteral("admins")},
        {QStringLiteral("anna-"), QStringLiteral("readers")},
        {QStringLiteral("jurgen-"), QStringLiteral("readers")},
        {QStringLiteral("taro-"), QStringLiteral("admins")},
        {QStringLiteral("bulk03-"), QStringLiteral("readers")}};
    for (const auto &[user, group] : memberships) {
        const auto added = aws::await(m_idp->adminAddUserToGroup(m_pool, user + m_suffix, group));
        QVERIFY2(added.ok(), qPrintable(why(added)));
    }
    for (const QString &user : {QStringLiteral("jurgen-"), QStringLiteral("bulk05-")}) {
        const auto disabled = aws::await(m_idp->adminDisableUser(m_pool, user + m_suffix));
        QVERIFY2(disabled.ok(), qPrintable(why(disabled)));
    }
    if (isSim()) {
        const QJsonObject seeded = simControl("POST", QStringLiteral("_sim/seed-users"),
                                              {{QStringLiteral("UserPoolId"), m_pool},
                                               {QStringLiteral("count"), 1500},
                                               {QStringLiteral("varied"), true}});
        QVERIFY2(!seeded.isEmpty(), "seeding through /_sim/seed-users failed");
    }
    m_truth = truth();
    QVERIFY(m_truth.size() >= 31);
}

void TestMirror::cleanupTestCase()
{
    if (isSim())
        simControl("POST", QStringLiteral("_sim/knobs/reset"));
    if (m_idp && !m_pool.isEmpty())
        aws::await(m_idp->deleteUserPool(m_pool));
    m_idp = nullptr;
    m_connection.reset();
    test::stopPrivateSim(m_simStateFile);
}

QMap<QString, TestMirror::Truth> TestMirror::truth()
{
    QMap<QString, Truth> users;
    QString token;
    do {
        cognito::ListUsersQuery query;
        const auto page = aws::await(m_idp->listUsers(m_pool, query, token));
        if (!page.ok()) {
            qWarning() << why(page);
            return {};
        }
        for (const auto &user : page.value().items)
            users.insert(user.username, Truth{user.json, {}});
        token = page.value().nextToken;
    } while (!token.isEmpty());
    QStringList groups;
    do {
        const auto page = aws::await(m_idp->listGroups(m_pool, 60, token));
        if (!page.ok())
            return {};
        for (const auto &group : page.value().items)
            groups.append(group.name);
        token = page.value().nextToken;
    } while (!token.isEmpty());
    for (const QString &group : groups) {
        do {
            const auto page = aws::await(m_idp->listUsersInGroup(m_pool, group, 60, token));
            if (!page.ok())
                return {};
            for (const auto &user : page.value().items)
                users[user.username].groups.append(group);
            token = page.value().nextToken;
        } while (!token.isEmpty());
    }
    for (Truth &user : users)
        std::sort(user.groups.begin(), user.groups.end());
    return users;
}

// The expected answer, by a plain loop over every user: usernames in username order.
QStringList TestMirror::bruteForce(const QMap<QString, Truth> &users, const mirror::Query &query)
{
    QStringList names;
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        const QJsonObject &json = it->json;
        if (!query.text.isEmpty()) {
            bool hit = it.key().contains(query.text, Qt::CaseInsensitive);
            for (const QJsonValue &attribute : json.value(QLatin1String("Attributes")).toArray())
                hit = hit || attribute.toObject()
                                 .value(QLatin1String("Value"))
                                 .toString()
                                 .contains(query.text, Qt::CaseInsensitive);
            if (!hit)
                continue;
        }
        bool all = true;
        for (const mirror::Condition &condition : query.conditions) {
            bool found = false;
            const QString value = attributeOf(json, condition.name, &found);
            all = all && found &&
                  (condition.substring ? value.contains(condition.value, Qt::CaseInsensitive)
                                       : value == condition.value);
        }
        if (!all)
            continue;
        if (!query.status.isEmpty() &&
            json.value(QLatin1String("UserStatus")).toString() != query.status)
            continue;
        if (query.enabled && json.value(QLatin1String("Enabled")).toBool() != *query.enabled)
            continue;
        if (!query.group.isEmpty() && !it->groups.contains(query.group))
            continue;
        names.append(it.key());
    }
    if (query.limit >= 0)
        names = names.mid(0, query.limit);
    return names;
}

aws::Result<mirror::SyncSummary> TestMirror::syncInto(const QString &path, int partitions)
{
    mirror::MirrorSync sync(m_idp, path);
    sync.setPartitions(partitions);
    return aws::await(sync.run(m_pool));
}

void TestMirror::syncMirrorsEveryUserAndMembership()
{
    mirror::MirrorSync sync(m_idp, m_path);
    QList<mirror::SyncProgress> reports;
    connect(&sync, &mirror::MirrorSync::progress, this,
            [&reports](const mirror::SyncProgress &progress) { reports.append(progress); });
    const auto summary = aws::await(sync.run(m_pool));
    QVERIFY2(summary.ok(), qPrintable(why(summary)));
    // One report per answered call, counting up to the summary.
    QCOMPARE(qint64(reports.size()), summary.value().calls);
    for (qsizetype i = 1; i < reports.size(); ++i) {
        QVERIFY(reports.at(i).users >= reports.at(i - 1).users);
        QCOMPARE(reports.at(i).calls, reports.at(i - 1).calls + 1);
    }
    QCOMPARE(reports.last().users, summary.value().users);
    QVERIFY2(summary.ok(), qPrintable(why(summary)));
    QCOMPARE(summary.value().userPoolId, m_pool);
    QCOMPARE(summary.value().users, qint64(m_truth.size()));
    auto opened = mirror::Mirror::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    const auto &mirror = opened.value();
    QCOMPARE(mirror->userCount(), qint64(m_truth.size()));
    QCOMPARE(mirror->userPoolId(), m_pool);
    QVERIFY(mirror->syncedAt().secsTo(QDateTime::currentDateTimeUtc()) < 600);
    QStringList groups = mirror->groupNames();
    QVERIFY(groups.contains(QStringLiteral("admins")));
    QCOMPARE(summary.value().groups, qint64(groups.size()));
    // Every user as ListUsers answers it, with its groups.
    const auto all = mirror->search({});
    QVERIFY2(all.ok(), qPrintable(why(all)));
    QCOMPARE(all.value().size(), m_truth.size());
    for (const auto &user : all.value()) {
        const Truth expected = m_truth.value(user.username());
        QCOMPARE(user.json, expected.json);
        QCOMPARE(user.groups, expected.groups);
    }
    QCOMPARE(usernames(all.value()), QStringList(m_truth.keys()));
    // At least one call per partition, and no AdminListGroupsForUser (one call per user).
    QVERIFY(summary.value().calls >= 16 + 1 + groups.size());
    if (isSim()) {
        // 1,500 seeded users: several pages in every partition.
        QVERIFY(summary.value().calls > 16 * 2);
    }
}

void TestMirror::searchEqualsBruteForce_data()
{
    QTest::addColumn<mirror::Query>("query");
    const auto where = [](const QString &text) {
        mirror::Query q;
        q.conditions.append(*mirror::Condition::parse(text));
        return q;
    };
    QTest::newRow("everyone") << mirror::Query{};
    QTest::newRow("text ascii") << query(QStringLiteral("kowalski"));
    QTest::newRow("text other case") << query(QStringLiteral("KOWAL"));
    QTest::newRow("text umlaut folded") << query(QStringLiteral("müller"));
    QTest::newRow("text umlaut upper") << query(QStringLiteral("ÜLL"));
    QTest::newRow("text polish") << query(QStringLiteral("żÓŁ"));
    QTest::newRow("text cjk two") << query(QStringLiteral("田中"));
    QTest::newRow("text cjk one") << query(QStringLiteral("郎"));
    QTest::newRow("text two letters") << query(QStringLiteral("ki"));
    QTest::newRow("text one letter") << query(QStringLiteral("z"));
    QTest::newRow("text quote and comma") << query(QStringLiteral("\"brien, j"));
    QTest::newRow("text username part") << query(QStringLiteral("bulk1"));
    QTest::newRow("text domain") << query(QStringLiteral("@example.de"));
    QTest::newRow("text nowhere") << query(QStringLiteral("no-such-text-anywhere"));
    QTest::newRow("text fts syntax") << query(QStringLiteral("a OR b*"));
    QTest::newRow("custom substring") << where(QStringLiteral("custom:department~ENG"));
    QTest::newRow("custom exact") << where(QStringLiteral("custom:department=Finance"));
    QTest::newRow("custom exact is case-sensitive")
        << where(QStringLiteral("custom:department=finance"));
    QTest::newRow("custom empty") << where(QStringLiteral("custom:department="));
    QTest::newRow("email exact") << where(QStringLiteral("email=jurgen@example.de"));
    QTest::newRow("given_name short substring") << where(QStringLiteral("given_name~Ł"));
    {
        mirror::Query q;
        q.status = QStringLiteral("FORCE_CHANGE_PASSWORD");
        QTest::newRow("status") << q;
    }
    {
        mirror::Query q;
        q.enabled = false;
        QTest::newRow("disabled") << q;
    }
    {
        mirror::Query q;
        q.group = QStringLiteral("readers");
        QTest::newRow("group") << q;
    }
    {
        mirror::Query q = where(QStringLiteral("custom:department~fin"));
        q.group = QStringLiteral("admins");
        q.enabled = true;
        q.text = QStringLiteral("anna");
        QTest::newRow("everything at once") << q;
    }
    {
        mirror::Query q = query(QStringLiteral("example"));
        q.limit = 5;
        QTest::newRow("limit") << q;
    }
    {
        // The sim's seeded users: departments, statuses and groups by rule.
        mirror::Query q = where(QStringLiteral("custom:department=Finance"));
        q.group = QStringLiteral("staff");
        q.status = QStringLiteral("CONFIRMED");
        QTest::newRow("seeded facets") << q;
    }
}

void TestMirror::searchEqualsBruteForce()
{
    QFETCH(mirror::Query, query);
    auto opened = mirror::Mirror::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    const auto found = opened.value()->search(query);
    QVERIFY2(found.ok(), qPrintable(why(found)));
    const QStringList expected = bruteForce(m_truth, query);
    QCOMPARE(usernames(found.value()), expected);
    // The same users, in the same order, as ids read back a user at a time (a view's way).
    const auto ids = opened.value()->ids(query);
    QVERIFY2(ids.ok(), qPrintable(why(ids)));
    const auto read = opened.value()->users(ids.value());
    QVERIFY2(read.ok(), qPrintable(why(read)));
    QCOMPARE(usernames(read.value()), expected);
    mirror::Query unlimited = query;
    unlimited.limit = -1;
    const auto count = opened.value()->count(unlimited);
    QVERIFY2(count.ok(), qPrintable(why(count)));
    QCOMPARE(count.value(), qint64(bruteForce(m_truth, unlimited).size()));
}

void TestMirror::sortIsStableAndByValue()
{
    auto opened = mirror::Mirror::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    const QString dept = QStringLiteral("custom:department");
    for (const bool descending : {false, true}) {
        mirror::Query q;
        q.sort = dept;
        q.descending = descending;
        const auto first = opened.value()->search(q);
        const auto second = opened.value()->search(q);
        QVERIFY2(first.ok() && second.ok(), qPrintable(why(first)));
        QCOMPARE(usernames(first.value()), usernames(second.value()));
        // Expected: by value (users without it first, as NULL), then by username.
        QStringList expected = m_truth.keys();
        const auto key = [&](const QString &name) {
            bool found = false;
            const QString value = attributeOf(m_truth.value(name).json, dept, &found);
            return std::make_tuple(found, value.toUtf8());
        };
        std::stable_sort(expected.begin(), expected.end(),
                         [&](const QString &a, const QString &b) { return key(a) < key(b); });
        if (descending) {
            // Ties too are ordered by username, descending.
            std::reverse(expected.begin(), expected.end());
        }
        QCOMPARE(usernames(first.value()), expected);
    }
    mirror::Query byDate;
    byDate.sort = QStringLiteral("UserCreateDate");
    const auto dated = opened.value()->search(byDate);
    QVERIFY2(dated.ok(), qPrintable(why(dated)));
    for (qsizetype i = 1; i < dated.value().size(); ++i) {
        const auto &a = dated.value().at(i - 1);
        const auto &b = dated.value().at(i);
        const double da = a.json.value(QLatin1String("UserCreateDate")).toDouble();
        const double db = b.json.value(QLatin1String("UserCreateDate")).toDouble();
        QVERIFY(da < db || (da == db && a.username() < b.username()));
    }
}

void TestMirror::fileIsOwnerOnly()
{
    QVERIFY(QFile::exists(m_path));
    const QFile::Permissions permissions = QFile::permissions(m_path);
    QCOMPARE(permissions & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                            QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
             QFile::Permissions(QFile::ReadOwner | QFile::WriteOwner));
}

void TestMirror::canceledSyncLeavesThePreviousMirror()
{
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("cancel.sqlite"));
    const auto first = syncInto(path);
    QVERIFY2(first.ok(), qPrintable(why(first)));
    const QString newcomer = QStringLiteral("newcomer-") + m_suffix;
    createUser(newcomer, {{QStringLiteral("email"), QStringLiteral("newcomer@example.com")}});
    if (QTest::currentTestFailed())
        return;

    mirror::MirrorSync sync(m_idp, path);
    sync.setPartitions(2);
    auto future = sync.run(m_pool);
    int pages = 0;
    // Cancel half-way: after the first answered page, with the other calls under way.
    connect(&sync, &mirror::MirrorSync::progress, this, [&](const mirror::SyncProgress &) {
        if (++pages == 1)
            future.cancel();
    });
    const auto canceled = aws::await(future);
    QVERIFY(!canceled.ok());
    QCOMPARE(canceled.error().kind, aws::ErrorKind::Canceled);
    QCOMPARE(pages, 1);

    auto opened = mirror::Mirror::open(path);
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    QCOMPARE(opened.value()->userCount(), first.value().users);
    const auto found = opened.value()->search(query(QStringLiteral("newcomer")));
    QVERIFY2(found.ok(), qPrintable(why(found)));
    QVERIFY(found.value().isEmpty());
    const auto anna = opened.value()->search(query(QStringLiteral("kowalski")));
    QVERIFY(anna.ok() && !anna.value().isEmpty());
    opened = aws::AwsError{};
    // No partial file is left behind.
    const QStringList left =
        QDir(m_dir.path()).entryList({QStringLiteral("cancel.sqlite*")}, QDir::Files);
    QCOMPARE(left, QStringList{QStringLiteral("cancel.sqlite")});

    // A complete sync then shows the newcomer.
    const auto again = syncInto(path);
    QVERIFY2(again.ok(), qPrintable(why(again)));
    QCOMPARE(again.value().users, first.value().users + 1);
    opened = mirror::Mirror::open(path);
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    QCOMPARE(usernames(opened.value()->search(query(QStringLiteral("newcomer"))).value()),
             QStringList{newcomer});
    const auto removed = aws::await(m_idp->adminDeleteUser(m_pool, newcomer));
    QVERIFY2(removed.ok(), qPrintable(why(removed)));
}

void TestMirror::corruptMirrorIsRebuilt()
{
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("corrupt.sqlite"));
    QVERIFY(syncInto(path).ok());
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // Overwrite the header and the first pages: no longer a database.
        QVERIFY(file.write(QByteArray(8192, '\x5a')) == 8192);
    }
    const auto opened = mirror::Mirror::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().type, QStringLiteral("MirrorMissing"));
    QVERIFY(!QFile::exists(path)); // never trusted: removed
    QVERIFY(syncInto(path).ok());
    const auto rebuilt = mirror::Mirror::open(path);
    QVERIFY2(rebuilt.ok(), qPrintable(why(rebuilt)));
    QCOMPARE(rebuilt.value()->userCount(), qint64(m_truth.size()));
}

void TestMirror::oldSchemaVersionIsRebuilt()
{
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("old.sqlite"));
    QVERIFY(syncInto(path).ok());
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery update(db);
        QVERIFY(update.exec(
            QStringLiteral("UPDATE meta SET value = '0' WHERE key = 'schema_version'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    const auto opened = mirror::Mirror::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().type, QStringLiteral("MirrorMissing"));
    QVERIFY(!QFile::exists(path));
}

void TestMirror::writeThroughShowsAtOnce()
{
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("write.sqlite"));
    QVERIFY(syncInto(path).ok());
    auto opened = mirror::Mirror::open(path);
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    auto &mirror = opened.value();
    QJsonObject anna = m_truth.value(QStringLiteral("anna-") + m_suffix).json;
    QJsonArray attributes = anna.value(QLatin1String("Attributes")).toArray();
    attributes.append(QJsonObject{{QStringLiteral("Name"), QStringLiteral("nickname")},
                                  {QStringLiteral("Value"), QStringLiteral("Zebrafish")}});
    anna.insert(QStringLiteral("Attributes"), attributes);
    const QString annaName = anna.value(QLatin1String("Username")).toString();
    const qint64 annaId = mirror->idOf(annaName).value();
    QVERIFY(annaId >= 0);
    QVERIFY(mirror->upsertUser(anna).ok());
    // A change keeps the user's id, so a view holding ids reads the change.
    QCOMPARE(mirror->idOf(annaName).value(), annaId);
    QCOMPARE(usernames(mirror->users({annaId}).value()), QStringList{annaName});
    QVERIFY(mirror->users({annaId})
                .value()
                .first()
                .toJson()
                .value(QLatin1String("Attributes"))
                .toArray()
                .contains(attributes.last()));
    QCOMPARE(usernames(mirror->search(query(QStringLiteral("zebraf"))).value()),
             QStringList{anna.value(QLatin1String("Username")).toString()});
    QVERIFY(mirror
                ->setMembership(anna.value(QLatin1String("Username")).toString(),
                                QStringLiteral("newgroup"), true)
                .ok());
    mirror::Query inGroup;
    inGroup.group = QStringLiteral("newgroup");
    QCOMPARE(mirror->search(inGroup).value().size(), 1);
    QVERIFY(mirror->removeUser(anna.value(QLatin1String("Username")).toString()).ok());
    QVERIFY(mirror->search(query(QStringLiteral("zebraf"))).value().isEmpty());
    // Gone: its id is left out of what is read, and the name has none.
    QVERIFY(mirror->users({annaId}).value().isEmpty());
    QCOMPARE(mirror->idOf(annaName).value(), qint64(-1));
    QVERIFY(mirror->search(inGroup).value().isEmpty());
    QCOMPARE(mirror->userCount(), qint64(m_truth.size() - 1));
}

void TestMirror::killedSyncsPartialFileIsRemovedWhenStale()
{
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("killed.sqlite"));
    // As a sync killed with SIGKILL leaves them: one long ago, one of a sync under way.
    const QString stale = path + QStringLiteral(".partial-dead0001");
    const QString running = path + QStringLiteral(".partial-live0001");
    for (const QString &file : {stale, running}) {
        QFile partial(file);
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write("partial");
    }
    {
        QFile old(stale);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(QDateTime::currentDateTimeUtc().addSecs(
                                    -mirror::MirrorWriter::StalePartialSeconds - 60),
                                QFileDevice::FileModificationTime));
    }
    QVERIFY(syncInto(path).ok());
    QVERIFY(!QFile::exists(stale));
    QVERIFY(QFile::exists(running));
    QVERIFY(mirror::Mirror::open(path).ok());
}

void TestMirror::onePartitionGivesTheSameMirror()
{
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("one.sqlite"));
    const auto summary = syncInto(path, 1);
    QVERIFY2(summary.ok(), qPrintable(why(summary)));
    auto opened = mirror::Mirror::open(path);
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    const auto all = opened.value()->search({});
    QVERIFY(all.ok());
    QCOMPARE(usernames(all.value()), QStringList(m_truth.keys()));
}

void TestMirror::syncStaysWithinTheUserListQuota_simOnly_cognitoLocalHasNoQuotas()
{
    // AWS's UserList quota (30 per second) with throttling past it: the sync's parallel
    // partitions share the transport's limiter, so they stay under it.
    simControl("POST", QStringLiteral("_sim/knobs"),
               {{QStringLiteral("quotasEnabled"), true},
                {QStringLiteral("quotas"), QJsonObject{{QStringLiteral("UserList"), 30}}}});
    simControl("POST", QStringLiteral("_sim/stats/reset"));
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("quota.sqlite"));
    const auto summary = syncInto(path);
    const QJsonObject stats =
        simControl("GET", QStringLiteral("_sim/knobs")).value(QLatin1String("stats")).toObject();
    simControl("POST", QStringLiteral("_sim/knobs/reset"));
    QVERIFY2(summary.ok(), qPrintable(why(summary)));
    QCOMPARE(summary.value().users, qint64(m_truth.size()));
    qInfo() << "quota stats" << stats;
    const int throttled = stats.value(QLatin1String("throttled")).toInt();
    // A burst of at most the bucket's size may meet the server's own window edge.
    QVERIFY2(throttled <= 2, qPrintable(QString::number(throttled)));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestMirror test;
    return test::execForServer(&test, argc, argv);
}

#include "tst_mirror.moc"
