#include "cognito/backup.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace cdesk;
using cognito::Backup;

// The backup document: what backup create writes reads back the same; anything else (another
// format or version, garbage, a field of the wrong shape) is refused; the requests a restore
// sends carry only what CreateUserPool and CreateUserPoolClient accept (botocore's model),
// never a user's sub or a client's secret.
class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void refusals_data();
    void refusals();
    void subIsDropped();
    void fieldListsAreBotocores();
    void createUserPoolRequestHasOnlyAcceptedFields();
    void createUserPoolClientRequestHasOnlyAcceptedFields();
    void groupRequest();
    void restoreItems();
    void fileIsOwnerOnlyAndReplacedAtomically();
};

namespace {

const char *const modelPath =
    "/usr/lib/python3/dist-packages/botocore/data/cognito-idp/2016-04-18/service-2.json";

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// DescribeUserPool's UserPool as the service answers it, every read-only field included.
QJsonObject describedPool()
{
    return json(R"({
        "Id": "us-east-1_AbC", "Name": "acme", "Arn": "arn:aws:cognito-idp:us-east-1:1:userpool/us-east-1_AbC",
        "Status": "Enabled", "CreationDate": 1700000000, "LastModifiedDate": 1700000001,
        "EstimatedNumberOfUsers": 8, "Domain": "acme-login", "CustomDomain": "auth.acme.example",
        "SmsConfigurationFailure": "x", "EmailConfigurationFailure": "y",
        "Policies": {"PasswordPolicy": {"MinimumLength": 10, "TemporaryPasswordValidityDays": 3}},
        "DeletionProtection": "INACTIVE", "LambdaConfig": {},
        "AutoVerifiedAttributes": ["email"], "MfaConfiguration": "OFF",
        "EmailConfiguration": {"EmailSendingAccount": "COGNITO_DEFAULT"},
        "AdminCreateUserConfig": {"AllowAdminCreateUserOnly": true, "UnusedAccountValidityDays": 7},
        "UserPoolTags": {"team": "id"},
        "UsernameConfiguration": {"CaseSensitive": false},
        "SchemaAttributes": [
            {"Name": "sub", "AttributeDataType": "String", "Mutable": false, "Required": true},
            {"Name": "email", "AttributeDataType": "String", "Mutable": true, "Required": true,
             "StringAttributeConstraints": {"MinLength": "0", "MaxLength": "2048"}},
            {"Name": "name", "AttributeDataType": "String", "Mutable": true, "Required": false},
            {"Name": "custom:dept", "AttributeDataType": "String", "DeveloperOnlyAttribute": false,
             "Mutable": true, "Required": false, "StringAttributeConstraints": {"MaxLength": "64"}},
            {"Name": "dev:custom:secretish", "AttributeDataType": "Number",
             "DeveloperOnlyAttribute": true, "Mutable": true, "Required": false}
        ]
    })");
}

Backup sampleBackup()
{
    Backup backup;
    backup.created = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    backup.region = QStringLiteral("us-east-1");
    backup.userPoolId = QStringLiteral("us-east-1_AbC");
    backup.setPool(describedPool());
    backup.addClient(json(R"({"ClientId": "c1", "ClientName": "web", "ClientSecret": "s3cr3t",
                              "UserPoolId": "us-east-1_AbC", "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH"]})"));
    backup.addClient(json(R"({"ClientId": "c2", "ClientName": "cli"})"));
    backup.addGroup(json(R"({"GroupName": "staff", "UserPoolId": "us-east-1_AbC",
                             "Description": "All staff", "Precedence": 5, "CreationDate": 1})"));
    backup.addGroup(json(R"({"GroupName": "admins"})"));
    cognito::BackupUser alice;
    alice.username = QStringLiteral("alice");
    alice.attributes = {{QStringLiteral("email"), QStringLiteral("alice@example.com")},
                        {QStringLiteral("custom:dept"), QStringLiteral("ops")}};
    alice.status = QStringLiteral("CONFIRMED");
    cognito::BackupUser bob;
    bob.username = QStringLiteral("bob");
    bob.attributes = {{QStringLiteral("email"), QStringLiteral("bob@example.com")}};
    bob.enabled = false;
    bob.status = QStringLiteral("FORCE_CHANGE_PASSWORD");
    backup.users = {alice, bob};
    backup.addMembers(QStringLiteral("staff"), {QStringLiteral("alice"), QStringLiteral("bob"),
                                                QStringLiteral("someone-not-backed-up")});
    backup.addMembers(QStringLiteral("admins"), {QStringLiteral("alice")});
    return backup;
}

QStringList modelMembers(const QString &shape)
{
    QFile file(QString::fromLatin1(modelPath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QLatin1String("shapes"))
        .toObject()
        .value(shape)
        .toObject()
        .value(QLatin1String("members"))
        .toObject()
        .keys();
}

} // namespace

void TestBackup::roundTrip()
{
    const Backup backup = sampleBackup();
    const QByteArray bytes = backup.toBytes();
    QVERIFY(!bytes.contains("s3cr3t"));
    const auto read = Backup::fromBytes(bytes);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    const Backup &back = read.value();
    QCOMPARE(back.toJson(), backup.toJson());
    QCOMPARE(back.created, backup.created);
    QCOMPARE(back.region, QStringLiteral("us-east-1"));
    QCOMPARE(back.userPoolId, QStringLiteral("us-east-1_AbC"));
    QCOMPARE(back.pool.value(QLatin1String("Name")).toString(), QStringLiteral("acme"));
    QCOMPARE(back.clients.size(), 2);
    QCOMPARE(back.clients.at(0).toObject().value(QLatin1String("HasSecret")).toBool(), true);
    QVERIFY(!back.clients.at(0).toObject().contains(QLatin1String("ClientSecret")));
    QCOMPARE(back.clients.at(1).toObject().value(QLatin1String("HasSecret")).toBool(), false);
    QCOMPARE(back.groups.size(), 2);
    QCOMPARE(back.groups.at(0).toObject(),
             json(R"({"GroupName": "staff", "Description": "All staff", "Precedence": 5})"));
    QCOMPARE(back.domain.toObject(),
             json(R"({"Domain": "acme-login", "CustomDomain": "auth.acme.example"})"));
    QCOMPARE(back.users.size(), 2);
    QCOMPARE(back.users.at(0).groups,
             (QStringList{QStringLiteral("staff"), QStringLiteral("admins")}));
    QCOMPARE(back.users.at(1).groups, QStringList{QStringLiteral("staff")});
    QCOMPARE(back.users.at(1).enabled, false);
    QCOMPARE(back.users.at(1).status, QStringLiteral("FORCE_CHANGE_PASSWORD"));
    QCOMPARE(back.users.at(0).attributes, backup.users.at(0).attributes);

    const QJsonObject top = backup.toJson();
    QCOMPARE(top.value(QLatin1String("Format")).toString(), QStringLiteral("cognito-desk-backup"));
    QCOMPARE(top.value(QLatin1String("Version")).toInt(), 1);
    QCOMPARE(top.value(QLatin1String("Created")).toString(),
             QStringLiteral("2026-12-03T10:00:00Z"));

    // A pool without a domain: "Domain": null.
    Backup plain;
    plain.created = backup.created;
    plain.setPool(json(R"({"Id": "p", "Name": "n"})"));
    QVERIFY(plain.toJson().value(QLatin1String("Domain")).isNull());
    const auto plainBack = Backup::fromBytes(plain.toBytes());
    QVERIFY(plainBack);
    QVERIFY(plainBack.value().domain.isNull());
    QVERIFY(plainBack.value().users.isEmpty());
}

void TestBackup::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message"); // a part of the error

    const QJsonObject good = sampleBackup().toJson();
    const auto with = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject changed = good;
        if (value.isUndefined())
            changed.remove(key);
        else
            changed.insert(key, value);
        return QJsonDocument(changed).toJson();
    };
    const auto withUser = [&good](const QJsonObject &user) {
        QJsonObject changed = good;
        QJsonArray users = changed.value(QLatin1String("Users")).toArray();
        users.append(user);
        changed.insert(QStringLiteral("Users"), users);
        return QJsonDocument(changed).toJson();
    };
    QTest::newRow("garbage") << QByteArray("\x89PNG\r\n garbage {") << QStringLiteral("not a JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not a JSON");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("not a JSON");
    QTest::newRow("cut off") << QJsonDocument(good).toJson().left(200)
                             << QStringLiteral("not a JSON");
    QTest::newRow("other format") << with(QStringLiteral("Format"), QStringLiteral("aws-backup"))
                                  << QStringLiteral("Format");
    QTest::newRow("no format") << with(QStringLiteral("Format"), QJsonValue::Undefined)
                               << QStringLiteral("Format");
    QTest::newRow("version 2") << with(QStringLiteral("Version"), 2)
                               << QStringLiteral("version (2)");
    QTest::newRow("version as text")
        << with(QStringLiteral("Version"), QStringLiteral("1")) << QStringLiteral("version");
    QTest::newRow("no version") << with(QStringLiteral("Version"), QJsonValue::Undefined)
                                << QStringLiteral("version");
    QTest::newRow("bad time") << with(QStringLiteral("Created"), QStringLiteral("yesterday"))
                              << QStringLiteral("Created");
    QTest::newRow("pool not object") << with(QStringLiteral("Pool"), 3) << QStringLiteral("Pool");
    QTest::newRow("users not list")
        << with(QStringLiteral("Users"), QJsonObject{}) << QStringLiteral("Users");
    QTest::newRow("no groups") << with(QStringLiteral("Groups"), QJsonValue::Undefined)
                               << QStringLiteral("Groups");
    QTest::newRow("group without name")
        << with(QStringLiteral("Groups"), QJsonArray{QJsonObject{}}) << QStringLiteral("GroupName");
    QTest::newRow("client without name")
        << with(QStringLiteral("Clients"), QJsonArray{QJsonObject{{QStringLiteral("ClientId"), 1}}})
        << QStringLiteral("ClientName");
    QTest::newRow("domain a number")
        << with(QStringLiteral("Domain"), 7) << QStringLiteral("Domain");
    QTest::newRow("user without name")
        << withUser(json(R"({"Attributes": [], "Enabled": true})")) << QStringLiteral("Username");
    QTest::newRow("user twice")
        << withUser(json(R"({"Username": "alice", "Attributes": [], "Enabled": true})"))
        << QStringLiteral("twice");
    QTest::newRow("bad attribute")
        << withUser(
               json(R"({"Username": "x", "Attributes": [{"Name": "email"}], "Enabled": true})"))
        << QStringLiteral("attribute");
    QTest::newRow("no enabled") << withUser(json(R"({"Username": "x", "Attributes": []})"))
                                << QStringLiteral("Enabled");
    QTest::newRow("unknown group")
        << withUser(json(
               R"({"Username": "x", "Attributes": [], "Enabled": true, "Groups": ["ghosts"]})"))
        << QStringLiteral("ghosts");
    QTest::newRow("groups not names")
        << withUser(json(R"({"Username": "x", "Attributes": [], "Enabled": true, "Groups": [1]})"))
        << QStringLiteral("Groups");
}

void TestBackup::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const auto read = Backup::fromBytes(bytes);
    QVERIFY(!read);
    QCOMPARE(read.error().kind, aws::ErrorKind::Local);
    QCOMPARE(read.error().type, QStringLiteral("BackupInvalid"));
    QVERIFY2(read.error().message.contains(message, Qt::CaseInsensitive),
             qPrintable(read.error().message));
}

void TestBackup::subIsDropped()
{
    cognito::User user;
    user.username = QStringLiteral("carol");
    user.enabled = false;
    user.status = QStringLiteral("UNCONFIRMED");
    user.attributes = {{QStringLiteral("sub"), QStringLiteral("1234-abcd")},
                       {QStringLiteral("email"), QStringLiteral("carol@example.com")}};
    const cognito::BackupUser backed = cognito::BackupUser::fromUser(user);
    QCOMPARE(backed.attributes, (QList<cognito::Attribute>{{QStringLiteral("email"),
                                                            QStringLiteral("carol@example.com")}}));
    QCOMPARE(backed.enabled, false);
    QCOMPARE(backed.status, QStringLiteral("UNCONFIRMED"));

    // A file written by hand with a sub: read without it, so it is never sent.
    QJsonObject document = sampleBackup().toJson();
    QJsonArray users = document.value(QLatin1String("Users")).toArray();
    QJsonObject first = users.at(0).toObject();
    QJsonArray attributes = first.value(QLatin1String("Attributes")).toArray();
    attributes.append(QJsonObject{{QStringLiteral("Name"), QStringLiteral("sub")},
                                  {QStringLiteral("Value"), QStringLiteral("1234")}});
    first.insert(QStringLiteral("Attributes"), attributes);
    users[0] = first;
    document.insert(QStringLiteral("Users"), users);
    const auto read = Backup::fromBytes(QJsonDocument(document).toJson());
    QVERIFY(read);
    for (const cognito::Attribute &attribute : read.value().users.at(0).attributes)
        QVERIFY(attribute.name != QLatin1String("sub"));
    const auto items = cognito::restoreItems(read.value(), {}, {}, nullptr);
    for (const cognito::Attribute &attribute : items.at(0).attributes)
        QVERIFY(attribute.name != QLatin1String("sub"));
}

void TestBackup::fieldListsAreBotocores()
{
    // botocore is part of the build's dependencies (./dev deps): its absence is a failure.
    QVERIFY2(QFile::exists(QString::fromLatin1(modelPath)), modelPath);
    QStringList pool = modelMembers(QStringLiteral("CreateUserPoolRequest"));
    pool.removeAll(QStringLiteral("PoolName"));
    QStringList ours = cognito::createUserPoolFields();
    pool.sort();
    ours.sort();
    QCOMPARE(ours, pool);
    QStringList client = modelMembers(QStringLiteral("CreateUserPoolClientRequest"));
    client.removeAll(QStringLiteral("UserPoolId"));
    QStringList oursClient = cognito::createUserPoolClientFields();
    client.sort();
    oursClient.sort();
    QCOMPARE(oursClient, client);
}

void TestBackup::createUserPoolRequestHasOnlyAcceptedFields()
{
    const QJsonObject request =
        cognito::createUserPoolRequestFrom(describedPool(), QStringLiteral("acme-restored"))
            .toJson();
    QStringList accepted = modelMembers(QStringLiteral("CreateUserPoolRequest"));
    QVERIFY(!accepted.isEmpty());
    for (const QString &key : request.keys())
        QVERIFY2(accepted.contains(key), qPrintable(key));
    QCOMPARE(request.value(QLatin1String("PoolName")).toString(), QStringLiteral("acme-restored"));
    for (const char *gone : {"Id", "Name", "Arn", "Status", "CreationDate", "LastModifiedDate",
                             "EstimatedNumberOfUsers", "Domain", "CustomDomain", "SchemaAttributes",
                             "SmsConfigurationFailure"})
        QVERIFY2(!request.contains(QLatin1String(gone)), gone);
    // What the pool was configured with goes along.
    QCOMPARE(request.value(QLatin1String("Policies")),
             describedPool().value(QLatin1String("Policies")));
    QCOMPARE(request.value(QLatin1String("AutoVerifiedAttributes")).toArray(),
             QJsonArray{QStringLiteral("email")});
    QCOMPARE(request.value(QLatin1String("UsernameConfiguration")).toObject(),
             json(R"({"CaseSensitive": false})"));
    // UnusedAccountValidityDays is refused next to TemporaryPasswordValidityDays.
    QCOMPARE(request.value(QLatin1String("AdminCreateUserConfig")).toObject(),
             json(R"({"AllowAdminCreateUserOnly": true})"));
    // Schema: sub left out, a standard attribute only when it differs from the default
    // (email is required), custom ones by their bare name.
    QStringList names;
    const QJsonArray schema = request.value(QLatin1String("Schema")).toArray();
    for (const QJsonValue &attribute : schema)
        names.append(attribute.toObject().value(QLatin1String("Name")).toString());
    QCOMPARE(names, (QStringList{QStringLiteral("email"), QStringLiteral("dept"),
                                 QStringLiteral("secretish")}));
    const QStringList schemaMembers = modelMembers(QStringLiteral("SchemaAttributeType"));
    for (const QJsonValue &attribute : schema)
        for (const QString &key : attribute.toObject().keys())
            QVERIFY2(schemaMembers.contains(key), qPrintable(key));
    QCOMPARE(schema.at(2).toObject().value(QLatin1String("DeveloperOnlyAttribute")).toBool(), true);
}

void TestBackup::createUserPoolClientRequestHasOnlyAcceptedFields()
{
    const Backup backup = sampleBackup();
    const QJsonObject described = json(R"({
        "UserPoolId": "us-east-1_AbC", "ClientName": "web", "ClientId": "c1",
        "ClientSecret": "s3cr3t", "CreationDate": 1, "LastModifiedDate": 2,
        "RefreshTokenValidity": 30, "TokenValidityUnits": {"RefreshToken": "days"},
        "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        "CallbackURLs": ["https://app.example/cb"], "AllowedOAuthFlows": ["code"],
        "AllowedOAuthScopes": ["openid"], "AllowedOAuthFlowsUserPoolClient": true,
        "PreventUserExistenceErrors": "ENABLED", "EnableTokenRevocation": true})");
    Backup one;
    one.addClient(described);
    const QJsonObject client = one.clients.at(0).toObject();
    const QJsonObject request =
        cognito::createUserPoolClientRequestFrom(client).toJson(QStringLiteral("us-east-1_New"));
    const QStringList accepted = modelMembers(QStringLiteral("CreateUserPoolClientRequest"));
    QVERIFY(!accepted.isEmpty());
    for (const QString &key : request.keys())
        QVERIFY2(accepted.contains(key), qPrintable(key));
    QCOMPARE(request.value(QLatin1String("UserPoolId")).toString(),
             QStringLiteral("us-east-1_New"));
    QCOMPARE(request.value(QLatin1String("ClientName")).toString(), QStringLiteral("web"));
    QCOMPARE(request.value(QLatin1String("GenerateSecret")).toBool(), true);
    QVERIFY(!QJsonDocument(request).toJson().contains("s3cr3t"));
    QCOMPARE(request.value(QLatin1String("CallbackURLs")).toArray(),
             QJsonArray{QStringLiteral("https://app.example/cb")});
    QCOMPARE(request.value(QLatin1String("RefreshTokenValidity")).toInt(), 30);
    QCOMPARE(request.value(QLatin1String("PreventUserExistenceErrors")).toString(),
             QStringLiteral("ENABLED"));
    // A public client gets no secret.
    const QJsonObject cli =
        cognito::createUserPoolClientRequestFrom(backup.clients.at(1).toObject())
            .toJson(QStringLiteral("p"));
    QVERIFY(!cli.value(QLatin1String("GenerateSecret")).toBool());
}

void TestBackup::groupRequest()
{
    const Backup backup = sampleBackup();
    const cognito::CreateGroupRequest staff =
        cognito::createGroupRequestFrom(backup.groups.at(0).toObject());
    QCOMPARE(staff.name, QStringLiteral("staff"));
    QCOMPARE(staff.description, QStringLiteral("All staff"));
    QCOMPARE(staff.precedence, std::optional<int>(5));
    const cognito::CreateGroupRequest admins =
        cognito::createGroupRequestFrom(backup.groups.at(1).toObject());
    QCOMPARE(admins.precedence, std::optional<int>());
}

void TestBackup::restoreItems()
{
    const Backup backup = sampleBackup();
    int skipped = 0;
    QList<cognito::BulkItem> items = cognito::restoreItems(backup, {}, {}, &skipped);
    QCOMPARE(skipped, 0);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).username, QStringLiteral("alice"));
    QCOMPARE(items.at(0).groups, (QStringList{QStringLiteral("staff"), QStringLiteral("admins")}));
    QCOMPARE(items.at(0).disabled, false);
    QCOMPARE(items.at(1).disabled, true);
    QCOMPARE(items.at(1).attributes, backup.users.at(1).attributes);

    // Users already in the pool are skipped.
    items = cognito::restoreItems(backup, {}, {QStringLiteral("bob")}, &skipped);
    QCOMPARE(skipped, 1);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).username, QStringLiteral("alice"));

    // A pool whose usernames are email addresses: users are created by their email.
    skipped = 0;
    items = cognito::restoreItems(backup, {QStringLiteral("email")},
                                  {QStringLiteral("alice@example.com")}, &skipped);
    QCOMPARE(skipped, 1);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).username, QStringLiteral("bob@example.com"));

    // The disabled flag survives the bulk journal's spec.
    cognito::BulkJobSpec spec;
    spec.jobId = QStringLiteral("bulk-x");
    spec.operation = cognito::BulkOperation::Create;
    spec.items = cognito::restoreItems(backup, {}, {}, nullptr);
    const auto back = cognito::BulkJobSpec::fromJson(spec.toJson());
    QVERIFY(back);
    QCOMPARE(back->items.at(0).disabled, false);
    QCOMPARE(back->items.at(1).disabled, true);
}

void TestBackup::fileIsOwnerOnlyAndReplacedAtomically()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("pool.json"));
    QVERIFY(cognito::writeBackupFile(path, "first"));
    struct stat info
    {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 07777), 0600);
    // An existing file, even a readable one, is replaced by an owner-only one.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QVERIFY(cognito::writeBackupFile(path, "second"));
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 07777), 0600);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("second"));
    // No temporary file is left beside it.
    QCOMPARE(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("pool.json")});
    // A folder that does not exist: an error, no file.
    const auto failed =
        cognito::writeBackupFile(directory.filePath(QStringLiteral("no/such.json")), "x");
    QVERIFY(!failed);
    QCOMPARE(failed.error().type, QStringLiteral("BackupUnwritable"));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
