#include "cognito/pooldiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace cdesk;
using cognito::PoolDifference;
using cognito::PoolSnapshot;

// pool diff's comparison (cognito/pooldiff.h): what is left out, sets in any order, things
// by name, ARNs across accounts and regions, the order of the output, and no secret in it.
class TestPoolDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalPoolsHaveNoDifferences();
    void ignoredFieldsAreIgnored_data();
    void ignoredFieldsAreIgnored();
    void settingsThatDifferAreFound();
    void setLikeArraysIgnoreOrder();
    void orderedArraysKeepOrder();
    void deprecatedTemporaryPasswordValidity();
    void schemaAttributesCompareByName();
    void clientOnOneSide();
    void groupsAndDomain();
    void arnsInOtherAccountsAndRegionsAreEqual();
    void outputIsSortedAndDeterministic();
    void secretNeverAppears();
    void sameNameTwiceKeyedByContent();
};

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

// A pool as DescribeUserPool and friends describe it in account 111111111111, us-east-1.
PoolSnapshot samplePool()
{
    PoolSnapshot snapshot;
    snapshot.pool = json(R"({
        "Id": "us-east-1_AAAAAAAAA", "Name": "staging",
        "Arn": "arn:aws:cognito-idp:us-east-1:111111111111:userpool/us-east-1_AAAAAAAAA",
        "CreationDate": 1700000000.0, "LastModifiedDate": 1700000100.0,
        "EstimatedNumberOfUsers": 12, "Domain": "staging-login",
        "Policies": {"PasswordPolicy": {"MinimumLength": 8, "RequireSymbols": true}},
        "AutoVerifiedAttributes": ["email", "phone_number"],
        "UsernameAttributes": ["email"],
        "MfaConfiguration": "OFF",
        "LambdaConfig": {"PreSignUp": "arn:aws:lambda:us-east-1:111111111111:function:pre"},
        "SchemaAttributes": [
            {"Name": "sub", "AttributeDataType": "String", "Required": true, "Mutable": false},
            {"Name": "email", "AttributeDataType": "String", "Required": true, "Mutable": true}
        ]
    })");
    snapshot.clients.insert(str("web"), json(R"({
        "UserPoolId": "us-east-1_AAAAAAAAA", "ClientName": "web", "ClientId": "1abcdefghijk",
        "ClientSecret": "s3cr3t-value-of-web-client",
        "CreationDate": 1700000000.0, "LastModifiedDate": 1700000000.0,
        "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        "CallbackURLs": ["https://a.example.com/cb", "https://b.example.com/cb"],
        "AllowedOAuthFlows": ["code"], "AllowedOAuthScopes": ["openid", "email"],
        "RefreshTokenValidity": 30
    })"));
    snapshot.groups.insert(str("admins"),
                           json(R"({"GroupName": "admins", "UserPoolId": "us-east-1_AAAAAAAAA",
                                    "Description": "Admins", "Precedence": 1,
                                    "RoleArn": "arn:aws:iam::111111111111:role/admins",
                                    "CreationDate": 1700000000.0,
                                    "LastModifiedDate": 1700000000.0})"));
    snapshot.domain = json(R"({"UserPoolId": "us-east-1_AAAAAAAAA",
        "AWSAccountId": "111111111111", "Domain": "staging-login",
        "S3Bucket": "aws-cognito-prod-iad-assets",
        "CloudFrontDistribution": "d111111abcdef8.cloudfront.net", "Version": "20231010",
        "Status": "ACTIVE"})");
    return snapshot;
}

QStringList paths(const QList<PoolDifference> &differences)
{
    QStringList list;
    for (const PoolDifference &difference : differences)
        list.append(difference.path);
    return list;
}

QByteArray describe(const QList<PoolDifference> &differences)
{
    return QJsonDocument(cognito::differencesToJson(differences)).toJson(QJsonDocument::Compact);
}

} // namespace

void TestPoolDiff::equalPoolsHaveNoDifferences()
{
    const QList<PoolDifference> differences = cognito::diffPools(samplePool(), samplePool());
    QVERIFY2(differences.isEmpty(), describe(differences).constData());
    QCOMPARE(cognito::differencesToJson(differences),
             QJsonObject({{str("Differences"), QJsonArray()}}));
    QVERIFY(cognito::diffPools(PoolSnapshot(), PoolSnapshot()).isEmpty());
}

void TestPoolDiff::ignoredFieldsAreIgnored_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    const auto row = [](const char *part, const char *key, const QJsonValue &value) {
        QTest::addRow("%s.%s", part, key) << str(part) << str(key) << value;
    };
    row("pool", "Id", str("eu-west-1_BBBBBBBBB"));
    row("pool", "Name", str("production"));
    row("pool", "Arn", str("arn:aws:cognito-idp:eu-west-1:222222222222:userpool/eu-west-1_B"));
    row("pool", "CreationDate", 1800000000.0);
    row("pool", "LastModifiedDate", 1800000000.0);
    row("pool", "EstimatedNumberOfUsers", 99999);
    row("pool", "Domain", str("production-login"));
    row("pool", "CustomDomain", str("auth.example.com"));
    row("client", "UserPoolId", str("eu-west-1_BBBBBBBBB"));
    row("client", "ClientId", str("2zyxwvutsrqp"));
    row("client", "ClientName", str("renamed"));
    row("client", "ClientSecret", str("another-secret"));
    row("client", "CreationDate", 1800000000.0);
    row("client", "LastModifiedDate", 1800000000.0);
    row("group", "GroupName", str("renamed"));
    row("group", "UserPoolId", str("eu-west-1_BBBBBBBBB"));
    row("group", "CreationDate", 1800000000.0);
    row("group", "LastModifiedDate", 1800000000.0);
    row("domain", "Domain", str("production-login"));
    row("domain", "UserPoolId", str("eu-west-1_BBBBBBBBB"));
    row("domain", "AWSAccountId", str("222222222222"));
    row("domain", "CloudFrontDistribution", str("d222222abcdef8.cloudfront.net"));
    row("domain", "S3Bucket", str("aws-cognito-prod-dub-assets"));
    row("domain", "Version", str("20240101"));
}

void TestPoolDiff::ignoredFieldsAreIgnored()
{
    QFETCH(QString, part);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    PoolSnapshot b = samplePool();
    if (part == QLatin1String("pool"))
        b.pool.insert(key, value);
    else if (part == QLatin1String("client"))
        b.clients[str("web")].insert(key, value);
    else if (part == QLatin1String("group"))
        b.groups[str("admins")].insert(key, value);
    else
        b.domain->insert(key, value);
    const QList<PoolDifference> differences = cognito::diffPools(samplePool(), b);
    QVERIFY2(differences.isEmpty(), describe(differences).constData());

    // And the field left out altogether makes no difference either.
    PoolSnapshot c = samplePool();
    if (part == QLatin1String("pool"))
        c.pool.remove(key);
    else if (part == QLatin1String("client"))
        c.clients[str("web")].remove(key == QLatin1String("ClientSecret") ? str("none") : key);
    else if (part == QLatin1String("group"))
        c.groups[str("admins")].remove(key);
    else
        c.domain->remove(key);
    QVERIFY2(cognito::diffPools(samplePool(), c).isEmpty(),
             describe(cognito::diffPools(samplePool(), c)).constData());
}

void TestPoolDiff::settingsThatDifferAreFound()
{
    PoolSnapshot b = samplePool();
    QJsonObject policies = b.pool.value(str("Policies")).toObject();
    QJsonObject password = policies.value(str("PasswordPolicy")).toObject();
    password.insert(str("MinimumLength"), 12);
    password.remove(str("RequireSymbols"));
    policies.insert(str("PasswordPolicy"), password);
    b.pool.insert(str("Policies"), policies);
    b.pool.insert(str("MfaConfiguration"), str("OPTIONAL"));
    const QList<PoolDifference> differences = cognito::diffPools(samplePool(), b);
    QCOMPARE(differences,
             (QList<PoolDifference>{
                 {str("Pool.MfaConfiguration"), str("OFF"), str("OPTIONAL")},
                 {str("Pool.Policies.PasswordPolicy.MinimumLength"), 8, 12},
                 {str("Pool.Policies.PasswordPolicy.RequireSymbols"), true, QJsonValue()},
             }));
    // A missing side is null in the JSON.
    const QJsonArray items =
        cognito::differencesToJson(differences).value(str("Differences")).toArray();
    QCOMPARE(items.at(2).toObject(),
             QJsonObject({{str("Path"), str("Pool.Policies.PasswordPolicy.RequireSymbols")},
                          {str("A"), true},
                          {str("B"), QJsonValue::Null}}));
}

void TestPoolDiff::setLikeArraysIgnoreOrder()
{
    PoolSnapshot b = samplePool();
    b.pool.insert(str("AutoVerifiedAttributes"), QJsonArray{str("phone_number"), str("email")});
    QJsonObject &web = b.clients[str("web")];
    web.insert(str("ExplicitAuthFlows"),
               QJsonArray{str("ALLOW_REFRESH_TOKEN_AUTH"), str("ALLOW_USER_SRP_AUTH")});
    web.insert(str("CallbackURLs"),
               QJsonArray{str("https://b.example.com/cb"), str("https://a.example.com/cb")});
    web.insert(str("AllowedOAuthScopes"), QJsonArray{str("email"), str("openid")});
    QVERIFY2(cognito::diffPools(samplePool(), b).isEmpty(),
             describe(cognito::diffPools(samplePool(), b)).constData());

    // A member more is a difference, shown as the whole set, sorted.
    web.insert(str("AllowedOAuthScopes"), QJsonArray{str("profile"), str("email"), str("openid")});
    const QList<PoolDifference> differences = cognito::diffPools(samplePool(), b);
    QCOMPARE(differences,
             (QList<PoolDifference>{{str("Clients[\"web\"].AllowedOAuthScopes"),
                                     QJsonArray{str("email"), str("openid")},
                                     QJsonArray{str("email"), str("openid"), str("profile")}}}));
}

void TestPoolDiff::orderedArraysKeepOrder()
{
    // An array not known to be a set keeps its order.
    PoolSnapshot a = samplePool();
    PoolSnapshot b = samplePool();
    a.pool.insert(str("Ordered"), QJsonArray{1, 2});
    b.pool.insert(str("Ordered"), QJsonArray{2, 1});
    QCOMPARE(paths(cognito::diffPools(a, b)), QStringList{str("Pool.Ordered")});
}

void TestPoolDiff::deprecatedTemporaryPasswordValidity()
{
    // Beside PasswordPolicy.TemporaryPasswordValidityDays, the deprecated
    // AdminCreateUserConfig.UnusedAccountValidityDays is not compared (an update drops it).
    PoolSnapshot a = samplePool();
    a.pool.insert(str("Policies"), json(R"({"PasswordPolicy": {"MinimumLength": 8,
        "RequireSymbols": true, "TemporaryPasswordValidityDays": 7}})"));
    a.pool.insert(str("AdminCreateUserConfig"),
                  json(R"({"AllowAdminCreateUserOnly": false, "UnusedAccountValidityDays": 7})"));
    PoolSnapshot b = a;
    b.pool.insert(str("AdminCreateUserConfig"), json(R"({"AllowAdminCreateUserOnly": false})"));
    QVERIFY2(cognito::diffPools(a, b).isEmpty(), describe(cognito::diffPools(a, b)).constData());
    // Without the policy's value, the old field is the only one and counts.
    PoolSnapshot c = b;
    PoolSnapshot d = a;
    c.pool.insert(str("Policies"), samplePool().pool.value(str("Policies")));
    d.pool.insert(str("Policies"), samplePool().pool.value(str("Policies")));
    QCOMPARE(paths(cognito::diffPools(c, d)),
             QStringList{str("Pool.AdminCreateUserConfig.UnusedAccountValidityDays")});
}

void TestPoolDiff::schemaAttributesCompareByName()
{
    PoolSnapshot b = samplePool();
    QJsonArray schema = b.pool.value(str("SchemaAttributes")).toArray();
    // The same attributes in the other order: equal.
    b.pool.insert(str("SchemaAttributes"), QJsonArray{schema.at(1), schema.at(0)});
    QVERIFY(cognito::diffPools(samplePool(), b).isEmpty());
    // One changed, one added: by name.
    QJsonObject email = schema.at(1).toObject();
    email.insert(str("Mutable"), false);
    b.pool.insert(str("SchemaAttributes"),
                  QJsonArray{schema.at(0), email,
                             json(R"({"Name": "custom:dept", "AttributeDataType": "String"})")});
    const QList<PoolDifference> differences = cognito::diffPools(samplePool(), b);
    QCOMPARE(paths(differences), (QStringList{str("Pool.SchemaAttributes[\"custom:dept\"]"),
                                              str("Pool.SchemaAttributes[\"email\"].Mutable")}));
    QCOMPARE(differences.at(0).a, QJsonValue());
    QCOMPARE(differences.at(0).b, QJsonValue(json(R"({"AttributeDataType": "String"})")));
}

void TestPoolDiff::clientOnOneSide()
{
    PoolSnapshot b = samplePool();
    b.clients.insert(str("cli"), json(R"({"ClientName": "cli", "ClientId": "3abc",
        "UserPoolId": "x", "ExplicitAuthFlows": ["ALLOW_USER_PASSWORD_AUTH"]})"));
    const QList<PoolDifference> differences = cognito::diffPools(samplePool(), b);
    QCOMPARE(differences.size(), 1);
    QCOMPARE(differences.at(0).path, str("Clients[\"cli\"]"));
    QVERIFY(differences.at(0).a.isNull());
    QCOMPARE(differences.at(0).b,
             QJsonValue(json(R"({"ExplicitAuthFlows": ["ALLOW_USER_PASSWORD_AUTH"],
                                 "HasClientSecret": false})")));
    // The other way round, the client is on A's side.
    const QList<PoolDifference> reverse = cognito::diffPools(b, samplePool());
    QCOMPARE(reverse.at(0).a, differences.at(0).b);

    // Whether a client has a secret is compared; the secrets themselves are not.
    PoolSnapshot c = samplePool();
    c.clients[str("web")].remove(str("ClientSecret"));
    QCOMPARE(cognito::diffPools(samplePool(), c),
             (QList<PoolDifference>{{str("Clients[\"web\"].HasClientSecret"), true, false}}));
}

void TestPoolDiff::groupsAndDomain()
{
    PoolSnapshot b = samplePool();
    b.groups[str("admins")].insert(str("Precedence"), 5);
    b.groups.insert(str("readers"), json(R"({"GroupName": "readers", "Description": "R"})"));
    b.domain.reset();
    const QList<PoolDifference> differences = cognito::diffPools(samplePool(), b);
    QCOMPARE(paths(differences), (QStringList{str("Domain"), str("Groups[\"admins\"].Precedence"),
                                              str("Groups[\"readers\"]")}));
    QCOMPARE(differences.at(0).a, QJsonValue(json(R"({"Status": "ACTIVE"})")));
    QVERIFY(differences.at(0).b.isNull());
    QCOMPARE(differences.at(1).a, QJsonValue(1));
    QCOMPARE(differences.at(1).b, QJsonValue(5));
    QCOMPARE(differences.at(2).b, QJsonValue(json(R"({"Description": "R"})")));

    // A custom domain's certificate: its account and region do not count, its name does.
    PoolSnapshot c = samplePool();
    PoolSnapshot d = samplePool();
    c.domain->insert(str("CustomDomainConfig"), json(R"({"CertificateArn":
                         "arn:aws:acm:us-east-1:111111111111:certificate/abc"})"));
    d.domain->insert(str("CustomDomainConfig"), json(R"({"CertificateArn":
                         "arn:aws:acm:us-east-1:222222222222:certificate/abc"})"));
    QVERIFY(cognito::diffPools(c, d).isEmpty());
    d.domain->insert(str("CustomDomainConfig"), json(R"({"CertificateArn":
                         "arn:aws:acm:us-east-1:222222222222:certificate/def"})"));
    QCOMPARE(paths(cognito::diffPools(c, d)),
             QStringList{str("Domain.CustomDomainConfig.CertificateArn")});
    QCOMPARE(cognito::diffPools(c, d).at(0).a.toString(),
             str("arn:aws:acm:{region}:{account}:certificate/abc"));
}

void TestPoolDiff::arnsInOtherAccountsAndRegionsAreEqual()
{
    PoolSnapshot b = samplePool();
    b.pool.insert(str("LambdaConfig"),
                  json(R"({"PreSignUp": "arn:aws:lambda:eu-west-1:222222222222:function:pre"})"));
    b.groups[str("admins")].insert(str("RoleArn"), str("arn:aws:iam::222222222222:role/admins"));
    QVERIFY2(cognito::diffPools(samplePool(), b).isEmpty(),
             describe(cognito::diffPools(samplePool(), b)).constData());
    // Another function is a difference.
    b.pool.insert(str("LambdaConfig"),
                  json(R"({"PreSignUp": "arn:aws:lambda:eu-west-1:222222222222:function:other"})"));
    const QList<PoolDifference> differences = cognito::diffPools(samplePool(), b);
    QCOMPARE(differences,
             (QList<PoolDifference>{{str("Pool.LambdaConfig.PreSignUp"),
                                     str("arn:aws:lambda:{region}:{account}:function:pre"),
                                     str("arn:aws:lambda:{region}:{account}:function:other")}}));
}

void TestPoolDiff::outputIsSortedAndDeterministic()
{
    PoolSnapshot b = samplePool();
    b.pool.insert(str("MfaConfiguration"), str("ON"));
    b.pool.insert(str("DeletionProtection"), str("ACTIVE"));
    b.clients[str("web")].insert(str("RefreshTokenValidity"), 7);
    b.clients.insert(str("another"), json(R"({"ClientName": "another"})"));
    b.groups.insert(str("zeta"), json(R"({"GroupName": "zeta"})"));
    b.domain.reset();
    const QList<PoolDifference> first = cognito::diffPools(samplePool(), b);
    const QStringList list = paths(first);
    QStringList sorted = list;
    sorted.sort();
    QCOMPARE(list, sorted);
    QCOMPARE(list,
             (QStringList{str("Clients[\"another\"]"), str("Clients[\"web\"].RefreshTokenValidity"),
                          str("Domain"), str("Groups[\"zeta\"]"), str("Pool.DeletionProtection"),
                          str("Pool.MfaConfiguration")}));
    // The same input in another insertion order gives the same bytes.
    PoolSnapshot c;
    c.domain.reset();
    c.groups = b.groups;
    c.clients.insert(str("another"), b.clients.value(str("another")));
    c.clients.insert(str("web"), b.clients.value(str("web")));
    c.pool = b.pool;
    QCOMPARE(describe(cognito::diffPools(samplePool(), c)), describe(first));
}

void TestPoolDiff::secretNeverAppears()
{
    PoolSnapshot a = samplePool();
    PoolSnapshot b = samplePool();
    b.clients[str("web")].insert(str("ClientSecret"), str("other-secret-of-pool-b"));
    a.clients.insert(str("only-a"), json(R"({"ClientName": "only-a",
        "ClientSecret": "secret-of-a-client-only-in-a", "RefreshTokenValidity": 1})"));
    b.clients[str("web")].insert(str("RefreshTokenValidity"), 2);
    const QByteArray text = describe(cognito::diffPools(a, b)) + describe(cognito::diffPools(b, a));
    QVERIFY(text.contains("only-a"));
    for (const char *secret :
         {"s3cr3t-value-of-web-client", "other-secret-of-pool-b", "secret-of-a-client-only-in-a"})
        QVERIFY2(!text.contains(secret), text.constData());
    QVERIFY(!text.contains("\"ClientSecret\""));
    QVERIFY(text.contains("HasClientSecret"));
}

void TestPoolDiff::sameNameTwiceKeyedByContent()
{
    // Two clients named "web" (Cognito allows it): keyed "web" and "web (2)" by their
    // settings, whatever order the listing gave.
    const QJsonObject short_ =
        json(R"({"ClientName": "web", "ClientId": "b", "RefreshTokenValidity": 1})");
    const QJsonObject long_ =
        json(R"({"ClientName": "web", "ClientId": "a", "RefreshTokenValidity": 30})");
    const QJsonObject other = json(R"({"ClientName": "app", "ClientId": "c"})");
    const auto first =
        cognito::keyedByName({{str("web"), long_}, {str("app"), other}, {str("web"), short_}},
                             &cognito::normalizedClient);
    const auto second =
        cognito::keyedByName({{str("web"), short_}, {str("web"), long_}, {str("app"), other}},
                             &cognito::normalizedClient);
    QCOMPARE(first, second);
    QCOMPARE(first.keys(), (QStringList{str("app"), str("web"), str("web (2)")}));
    QCOMPARE(first.value(str("web")), short_);
    QCOMPARE(first.value(str("web (2)")), long_);
}

QTEST_GUILESS_MAIN(TestPoolDiff)
#include "tst_pooldiff.moc"
