#include "cognito/fixtures.h"

#include <QtTest>

using namespace cdesk;
using cognito::FixturePlan;

// Fixtures files: YAML and JSON read alike, every mistake named by its line; and the plan
// that makes one user match, which is empty when the user already does (so a second apply
// writes nothing) and puts back exactly what drifted.
class TestFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yamlAndJsonReadAlike();
    void refusals_data();
    void refusals();
    void newUserIsCreatedWithEverything();
    void matchingUserIsUnchanged();
    void driftIsPutBack();
    void groupsLeftOutAreLeftAlone();
    void passwordIsSetWhenNotKnownToMatch_data();
    void passwordIsSetWhenNotKnownToMatch();
    void totpIsEnrolledAgainWhenTheSecretIsLost();
};

namespace {

const QByteArray yaml = R"(# test users
users:
  - username: alice
    password: "Alice-Pa55!"
    attributes:
      email: alice@example.com
      "custom:team": qa
    groups: [testers, admins]
    mfa: totp
  - username: bob
    enabled: false
)";

const QByteArray json = R"({"users": [
  {"username": "alice", "password": "Alice-Pa55!",
   "attributes": {"email": "alice@example.com", "custom:team": "qa"},
   "groups": ["testers", "admins"], "mfa": "totp"},
  {"username": "bob", "enabled": false}
]})";

cognito::FixtureUser alice()
{
    const auto users = cognito::parseFixtures(yaml);
    return users ? users.value().first() : cognito::FixtureUser();
}

cognito::FixtureState matching()
{
    cognito::FixtureState state;
    state.status = QStringLiteral("CONFIRMED");
    state.attributes = {{QStringLiteral("email"), QStringLiteral("alice@example.com")},
                        {QStringLiteral("custom:team"), QStringLiteral("qa")},
                        {QStringLiteral("sub"), QStringLiteral("0f0e")}};
    state.groups = {QStringLiteral("admins"), QStringLiteral("testers")};
    state.mfaSettings = {QStringLiteral("SOFTWARE_TOKEN_MFA")};
    return state;
}

cognito::FixtureSecrets known()
{
    return {QStringLiteral("Alice-Pa55!"), true};
}

} // namespace

void TestFixtures::yamlAndJsonReadAlike()
{
    const auto fromYaml = cognito::parseFixtures(yaml);
    const auto fromJson = cognito::parseFixtures(json);
    QVERIFY2(fromYaml, qPrintable(fromYaml ? QString() : fromYaml.error().message));
    QVERIFY(fromJson);
    for (const auto *users : {&fromYaml.value(), &fromJson.value()}) {
        QCOMPARE(users->size(), 2);
        const cognito::FixtureUser &a = users->at(0);
        QCOMPARE(a.username, QStringLiteral("alice"));
        QCOMPARE(a.password.value_or(QString()), QStringLiteral("Alice-Pa55!"));
        QCOMPARE(a.attributes.size(), 2);
        QCOMPARE(a.attributes.at(1).first, QStringLiteral("custom:team"));
        QCOMPARE(a.groups.value_or(QStringList()),
                 QStringList({QStringLiteral("testers"), QStringLiteral("admins")}));
        QVERIFY(a.totp);
        QVERIFY(a.enabled);
        const cognito::FixtureUser &b = users->at(1);
        QVERIFY(!b.enabled);
        QVERIFY(!b.password);
        QVERIFY(!b.groups);
        QVERIFY(!b.totp);
    }
    QCOMPARE(fromYaml.value().at(0).line, 3);
    QCOMPARE(fromYaml.value().at(1).line, 10);
}

void TestFixtures::refusals_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("not yaml") << QByteArray("users: [a, b\n") << QStringLiteral("Line 2:");
    QTest::newRow("no users") << QByteArray("people: []\n") << QStringLiteral("\"users\"");
    QTest::newRow("users not a list")
        << QByteArray("users: alice\n") << QStringLiteral("users is a list");
    QTest::newRow("no username") << QByteArray("users:\n  - password: x\n")
                                 << QStringLiteral("Line 2: a user needs a username");
    QTest::newRow("unknown field") << QByteArray("users:\n  - username: a\n    grups: [x]\n")
                                   << QStringLiteral("Line 3: unknown field \"grups\"");
    QTest::newRow("duplicate") << QByteArray("users:\n  - username: a\n  - username: a\n")
                               << QStringLiteral("Line 3: a is already listed on line 2");
    QTest::newRow("groups not a list")
        << QByteArray("users:\n  - username: a\n    groups: admins\n")
        << QStringLiteral("Line 3: groups is a list");
    QTest::newRow("attribute value a list")
        << QByteArray("users:\n  - username: a\n    attributes:\n      email: [x]\n")
        << QStringLiteral("Line 4: the value of attribute \"email\"");
    QTest::newRow("sub") << QByteArray("users:\n  - username: a\n    attributes: {sub: x}\n")
                         << QStringLiteral("sub is the service's");
    QTest::newRow("enabled not boolean")
        << QByteArray("users:\n  - username: a\n    enabled: maybe\n")
        << QStringLiteral("Line 3: enabled is true or false");
    QTest::newRow("unconfirmed") << QByteArray("users:\n  - username: a\n    confirmed: false\n")
                                 << QStringLiteral("confirmed can only be true");
    QTest::newRow("sms mfa") << QByteArray("users:\n  - username: a\n    mfa: sms\n")
                             << QStringLiteral("mfa is totp or none");
    QTest::newRow("empty password") << QByteArray("users:\n  - username: a\n    password: \"\"\n")
                                    << QStringLiteral("password is a non-empty string");
}

void TestFixtures::refusals()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const auto parsed = cognito::parseFixtures(text);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().type, QStringLiteral("InvalidFixtures"));
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
}

void TestFixtures::newUserIsCreatedWithEverything()
{
    const FixturePlan plan = cognito::planFixture(alice(), std::nullopt, {});
    QCOMPARE(plan.kind, FixturePlan::Kind::Create);
    QCOMPARE(plan.setAttributes, alice().attributes);
    QCOMPARE(plan.addGroups, QStringList({QStringLiteral("testers"), QStringLiteral("admins")}));
    QVERIFY(plan.setPassword);
    QVERIFY(plan.enrolTotp);
    QVERIFY(!plan.disable);
}

void TestFixtures::matchingUserIsUnchanged()
{
    const FixturePlan plan = cognito::planFixture(alice(), matching(), known());
    QCOMPARE(plan.kind, FixturePlan::Kind::Unchanged);
    QVERIFY(plan.setAttributes.isEmpty() && plan.addGroups.isEmpty() &&
            plan.removeGroups.isEmpty());
    QVERIFY(!plan.setPassword && !plan.enrolTotp && !plan.enable && !plan.disable);
}

void TestFixtures::driftIsPutBack()
{
    cognito::FixtureState drifted = matching();
    drifted.attributes.insert(QStringLiteral("custom:team"), QStringLiteral("dev"));
    drifted.groups = {QStringLiteral("testers"), QStringLiteral("finance")};
    drifted.enabled = false;
    const FixturePlan plan = cognito::planFixture(alice(), drifted, known());
    QCOMPARE(plan.kind, FixturePlan::Kind::Update);
    QCOMPARE(plan.setAttributes.size(), 1);
    QCOMPARE(plan.setAttributes.first().second, QStringLiteral("qa"));
    QCOMPARE(plan.addGroups, QStringList{QStringLiteral("admins")});
    QCOMPARE(plan.removeGroups, QStringList{QStringLiteral("finance")});
    QVERIFY(plan.enable);
    QVERIFY(!plan.setPassword);
}

void TestFixtures::groupsLeftOutAreLeftAlone()
{
    cognito::FixtureUser user = alice();
    user.groups.reset();
    cognito::FixtureState state = matching();
    state.groups = {QStringLiteral("finance")};
    const FixturePlan plan = cognito::planFixture(user, state, known());
    QCOMPARE(plan.kind, FixturePlan::Kind::Unchanged);
}

void TestFixtures::passwordIsSetWhenNotKnownToMatch_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("inKeychain");
    QTest::addColumn<bool>("set");
    QTest::newRow("known") << QStringLiteral("CONFIRMED") << QStringLiteral("Alice-Pa55!") << false;
    QTest::newRow("changed in the file")
        << QStringLiteral("CONFIRMED") << QStringLiteral("Old-Pa55!") << true;
    QTest::newRow("not in the keychain") << QStringLiteral("CONFIRMED") << QString() << true;
    QTest::newRow("temporary") << QStringLiteral("FORCE_CHANGE_PASSWORD")
                               << QStringLiteral("Alice-Pa55!") << true;
    QTest::newRow("reset") << QStringLiteral("RESET_REQUIRED") << QStringLiteral("Alice-Pa55!")
                           << true;
}

void TestFixtures::passwordIsSetWhenNotKnownToMatch()
{
    QFETCH(QString, status);
    QFETCH(QString, inKeychain);
    QFETCH(bool, set);
    cognito::FixtureState state = matching();
    state.status = status;
    cognito::FixtureSecrets secrets = known();
    secrets.password = inKeychain.isEmpty() ? std::nullopt : std::optional<QString>(inKeychain);
    const FixturePlan plan = cognito::planFixture(alice(), state, secrets);
    QCOMPARE(plan.setPassword, set);
    QCOMPARE(plan.kind, set ? FixturePlan::Kind::Update : FixturePlan::Kind::Unchanged);

    // A user without a password in the file keeps the one fixtures generated before.
    cognito::FixtureUser generated = alice();
    generated.password.reset();
    QCOMPARE(cognito::planFixture(generated, state, secrets).setPassword,
             inKeychain.isEmpty() || status != QLatin1String("CONFIRMED"));
}

void TestFixtures::totpIsEnrolledAgainWhenTheSecretIsLost()
{
    cognito::FixtureSecrets lost = known();
    lost.totpSecret = false;
    const FixturePlan plan = cognito::planFixture(alice(), matching(), lost);
    QVERIFY(plan.disableTotp);
    QVERIFY(plan.enrolTotp);
    cognito::FixtureState none = matching();
    none.mfaSettings.clear();
    const FixturePlan fresh = cognito::planFixture(alice(), none, lost);
    QVERIFY(!fresh.disableTotp);
    QVERIFY(fresh.enrolTotp);
}

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
