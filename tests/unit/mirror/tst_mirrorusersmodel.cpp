#include "gui/users/mirrorusersmodel.h"
#include "mirror/mirror.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace cdesk;
using gui::MirrorUsersColumn::Groups;
namespace UsersColumn = models::UsersColumn;

// The Users view's model over a mirror search: the Users list's columns and Groups, the
// query's results, its sort through the mirror (username as the tie-break), a refresh
// that keeps the rows in place when the same users come back, and a pool of more users than
// the model keeps read a block of rows at a time.
class TestMirrorUsersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsTheQuerysUsersWithTheirGroups();
    void sortsEveryColumnThroughTheMirror();
    void sortKeepsTheSelectedUser();
    void refreshShowsAWriteThroughInPlace();
    void refreshResetsWhenTheUsersChange();
    void readsThousandsOfUsersABlockAtATime();

private:
    QStringList column(int column) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<mirror::Mirror> m_mirror;
    std::unique_ptr<gui::MirrorUsersModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

namespace {

QJsonObject user(const QString &name, const QString &email, const QString &status, bool enabled,
                 const QString &created)
{
    return {{QStringLiteral("Username"), name},
            {QStringLiteral("UserStatus"), status},
            {QStringLiteral("Enabled"), enabled},
            {QStringLiteral("UserCreateDate"), created},
            {QStringLiteral("UserLastModifiedDate"), created},
            {QStringLiteral("Attributes"),
             QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("email")},
                                    {QStringLiteral("Value"), email}}}}};
}

} // namespace

void TestMirrorUsersModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("pool.sqlite"));
    auto writer = mirror::MirrorWriter::create(path, QStringLiteral("eu-west-1_model"));
    if (!writer)
        QFAIL(qPrintable(writer.error().toString()));
    // Two users share an email so that a sort by email needs the username tie-break.
    const QList<QJsonObject> users = {
        user(QStringLiteral("carol"), QStringLiteral("c@example.com"), QStringLiteral("CONFIRMED"),
             true, QStringLiteral("2024-03-01T00:00:00Z")),
        user(QStringLiteral("alice"), QStringLiteral("same@example.com"),
             QStringLiteral("FORCE_CHANGE_PASSWORD"), false,
             QStringLiteral("2024-01-01T00:00:00Z")),
        user(QStringLiteral("bob"), QStringLiteral("same@example.com"), QStringLiteral("CONFIRMED"),
             true, QStringLiteral("2024-02-01T00:00:00Z")),
        user(QStringLiteral("dave"), QStringLiteral("a@example.com"), QStringLiteral("UNCONFIRMED"),
             true, QStringLiteral("2023-12-01T00:00:00Z"))};
    QList<cognito::User> parsed;
    for (const QJsonObject &json : users)
        parsed.append(cognito::User::fromJson(json));
    QVERIFY(writer.value()->addUsers(parsed).ok());
    for (const QString &group : {QStringLiteral("admins"), QStringLiteral("staff")})
        QVERIFY(writer.value()->addGroup(group).ok());
    QVERIFY(
        writer.value()
            ->addMembers(QStringLiteral("staff"), {QStringLiteral("alice"), QStringLiteral("bob")})
            .ok());
    QVERIFY(writer.value()->addMembers(QStringLiteral("admins"), {QStringLiteral("alice")}).ok());
    QVERIFY(writer.value()->commit().ok());
    writer.value().reset();
    auto opened = mirror::Mirror::open(path);
    if (!opened)
        QFAIL(qPrintable(opened.error().toString()));
    m_mirror = std::move(opened.value());
    m_model = std::make_unique<gui::MirrorUsersModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setMirror(m_mirror.get());
}

void TestMirrorUsersModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_mirror.reset();
    m_dir.reset();
}

QStringList TestMirrorUsersModel::column(int column) const
{
    QStringList values;
    for (int row = 0; row < m_model->rowCount(); ++row)
        values.append(m_model->index(row, column).data().toString());
    return values;
}

void TestMirrorUsersModel::listsTheQuerysUsersWithTheirGroups()
{
    QCOMPARE(m_model->columnCount(), UsersColumn::Count + 1);
    QCOMPARE(m_model->headerData(Groups, Qt::Horizontal).toString(), QStringLiteral("Groups"));
    QCOMPARE(m_model->headerData(UsersColumn::Email, Qt::Horizontal).toString(),
             QStringLiteral("Email"));
    QCOMPARE(column(UsersColumn::Username),
             (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
                          QStringLiteral("dave")}));
    QCOMPARE(column(Groups), (QStringList{QStringLiteral("admins, staff"), QStringLiteral("staff"),
                                          QString(), QString()}));
    QCOMPARE(column(UsersColumn::Enabled).first(), QStringLiteral("No"));
    QCOMPARE(m_model->index(0, UsersColumn::Email).data().toString(),
             QStringLiteral("same@example.com"));
    QCOMPARE(m_model->index(1, 0).data(models::IdRole).toString(), QStringLiteral("bob"));
    QCOMPARE(m_model->index(1, 0)
                 .data(models::JsonRole)
                 .toJsonObject()
                 .value(QLatin1String("UserStatus"))
                 .toString(),
             QStringLiteral("CONFIRMED"));

    mirror::Query query;
    query.text = QStringLiteral("SAME@");
    query.group = QStringLiteral("staff");
    m_model->setQuery(query);
    QCOMPARE(column(UsersColumn::Username),
             (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    query.enabled = true;
    m_model->setQuery(query);
    QCOMPARE(column(UsersColumn::Username), QStringList{QStringLiteral("bob")});
    QCOMPARE(m_model->rowOf(QStringLiteral("bob")), 0);
    QCOMPARE(m_model->rowOf(QStringLiteral("alice")), -1);
}

void TestMirrorUsersModel::sortsEveryColumnThroughTheMirror()
{
    const QStringList alphabetical = {QStringLiteral("alice"), QStringLiteral("bob"),
                                      QStringLiteral("carol"), QStringLiteral("dave")};
    m_model->sort(UsersColumn::Username, Qt::DescendingOrder);
    QCOMPARE(m_model->query().sort, QStringLiteral("Username"));
    QVERIFY(m_model->query().descending);
    QCOMPARE(column(UsersColumn::Username),
             (QStringList{alphabetical.rbegin(), alphabetical.rend()}));

    // a@ < c@ < same@ (twice: alice before bob by the tie-break).
    m_model->sort(UsersColumn::Email, Qt::AscendingOrder);
    QCOMPARE(m_model->query().sort, QStringLiteral("email"));
    QCOMPARE(column(UsersColumn::Username),
             (QStringList{QStringLiteral("dave"), QStringLiteral("carol"), QStringLiteral("alice"),
                          QStringLiteral("bob")}));

    m_model->sort(UsersColumn::Created, Qt::AscendingOrder);
    QCOMPARE(column(UsersColumn::Username),
             (QStringList{QStringLiteral("dave"), QStringLiteral("alice"), QStringLiteral("bob"),
                          QStringLiteral("carol")}));

    m_model->sort(UsersColumn::Status, Qt::AscendingOrder);
    QCOMPARE(column(UsersColumn::Username),
             (QStringList{QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("alice"),
                          QStringLiteral("dave")}));

    // Users in no group first, then "admins, staff" before "staff".
    m_model->sort(Groups, Qt::AscendingOrder);
    QCOMPARE(m_model->query().sort, QStringLiteral("Groups"));
    QCOMPARE(column(UsersColumn::Username),
             (QStringList{QStringLiteral("carol"), QStringLiteral("dave"), QStringLiteral("alice"),
                          QStringLiteral("bob")}));

    // A new search keeps the order chosen.
    mirror::Query query;
    query.text = QStringLiteral("example");
    m_model->setQuery(query);
    QCOMPARE(m_model->query().sort, QStringLiteral("Groups"));
    QCOMPARE(column(UsersColumn::Username).first(), QStringLiteral("carol"));
}

void TestMirrorUsersModel::sortKeepsTheSelectedUser()
{
    QSortFilterProxyModel view; // stands for a view holding a persistent index
    view.setSourceModel(m_model.get());
    const QPersistentModelIndex bob(m_model->index(1, UsersColumn::Email));
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(UsersColumn::Username, Qt::DescendingOrder);
    QCOMPARE(layout.size(), 1);
    QCOMPARE(reset.size(), 0);
    QVERIFY(bob.isValid());
    QCOMPARE(bob.row(), 2);
    QCOMPARE(bob.column(), int(UsersColumn::Email));
    QCOMPARE(bob.data(models::IdRole).toString(), QStringLiteral("bob"));
}

void TestMirrorUsersModel::refreshShowsAWriteThroughInPlace()
{
    QJsonObject carol = m_model->user(2).json;
    QCOMPARE(carol.value(QLatin1String("Username")).toString(), QStringLiteral("carol"));
    carol.insert(QStringLiteral("Enabled"), false);
    QVERIFY(m_mirror->upsertUser(carol).ok());
    QVERIFY(m_mirror->setMembership(QStringLiteral("carol"), QStringLiteral("admins"), true).ok());
    QCOMPARE(m_model->index(2, UsersColumn::Enabled).data().toString(), QStringLiteral("Yes"));

    const QPersistentModelIndex selected(m_model->index(2, 0));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->refresh();
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QVERIFY(selected.isValid());
    QCOMPARE(m_model->index(2, UsersColumn::Enabled).data().toString(), QStringLiteral("No"));
    QCOMPARE(m_model->index(2, Groups).data().toString(), QStringLiteral("admins"));
}

void TestMirrorUsersModel::refreshResetsWhenTheUsersChange()
{
    QVERIFY(m_mirror->removeUser(QStringLiteral("bob")).ok());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->refresh();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(
        column(UsersColumn::Username),
        (QStringList{QStringLiteral("alice"), QStringLiteral("carol"), QStringLiteral("dave")}));
    m_model->setMirror(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestMirrorUsersModel::readsThousandsOfUsersABlockAtATime()
{
    // More blocks than the model keeps, and a last block that is not full.
    const int count =
        gui::MirrorUsersModel::kBlockRows * (gui::MirrorUsersModel::kKeptBlocks + 3) + 21;
    const QString path = m_dir->filePath(QStringLiteral("big.sqlite"));
    auto writer = mirror::MirrorWriter::create(path, QStringLiteral("eu-west-1_big"));
    if (!writer)
        QFAIL(qPrintable(writer.error().toString()));
    QStringList usernames;
    QList<cognito::User> users;
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("u%1").arg(i, 5, 10, QLatin1Char('0'));
        usernames.append(name);
        // Email order is the reverse of username order.
        users.append(cognito::User::fromJson(
            user(name, QStringLiteral("%1@example.com").arg(99999 - i), QStringLiteral("CONFIRMED"),
                 true, QStringLiteral("2024-01-01T00:00:00Z"))));
    }
    QVERIFY(writer.value()->addUsers(users).ok());
    QVERIFY(writer.value()->commit().ok());
    writer.value().reset();
    auto opened = mirror::Mirror::open(path);
    if (!opened)
        QFAIL(qPrintable(opened.error().toString()));
    gui::MirrorUsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMirror(opened.value().get());
    QCOMPARE(model.rowCount(), count);

    const auto shownNames = [&model] {
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names.append(model.index(row, UsersColumn::Username).data().toString());
        return names;
    };
    QCOMPARE(shownNames(), usernames);
    // Backwards: the blocks read first were let go and are read again.
    for (int row = count - 1; row >= 0; --row)
        QCOMPARE(model.index(row, 0).data(models::IdRole).toString(), usernames.at(row));
    QCOMPARE(model.user(count - 1).username(), usernames.last());
    QCOMPARE(model.lastError(), QString());

    // A user is found by name without reading every row.
    const QString wanted = usernames.at(count - 7);
    QCOMPARE(model.rowOf(wanted), count - 7);
    const QModelIndexList found = model.match(model.index(0, UsersColumn::Email), models::IdRole,
                                              wanted, 1, Qt::MatchExactly | Qt::MatchCaseSensitive);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().row(), count - 7);
    QCOMPARE(found.first().column(), int(UsersColumn::Email));
    QCOMPARE(model.rowOf(QStringLiteral("nobody")), -1);

    // Sorted by email: every row, in the mirror's order.
    const QPersistentModelIndex first(model.index(0, 0));
    model.sort(UsersColumn::Email, Qt::AscendingOrder);
    QStringList reversed = usernames;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(shownNames(), reversed);
    QCOMPARE(first.row(), count - 1); // the selection follows its user

    // A search: the rows the brute-force filter finds, in the same order.
    mirror::Query query;
    query.text = QStringLiteral("U004");
    model.setQuery(query);
    QStringList expected;
    for (const QString &name : std::as_const(reversed))
        if (name.contains(QLatin1String("u004")))
            expected.append(name);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(shownNames(), expected);
}

QTEST_GUILESS_MAIN(TestMirrorUsersModel)
#include "tst_mirrorusersmodel.moc"
