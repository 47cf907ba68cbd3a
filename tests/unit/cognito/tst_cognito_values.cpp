#include "cognito/secrethash.h"
#include "cognito/types.h"
#include "cognito/userfilter.h"

#include <QProcess>
#include <QtTest>

using namespace cdesk::cognito;

// The small pure pieces of the domain layer: SECRET_HASH, the ListUsers filter builder,
// the typed values read from and written to the wire.
class TestCognitoValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretHashAgreesWithPython_data();
    void secretHashAgreesWithPython();
    void publicClientSendsNoHash();
    void filterBuilder_data();
    void filterBuilder();
    void filterRefusesUnsearchableAndLong();
    void clientUpdateSendsWholeConfiguration();
    void createPoolEmailConfiguration();
    void sesIdentityArns();
    void poolUpdateSendsWholeConfiguration();
    void poolUpdateChangesOnlyWhatItIsAsked();
    void userReadsBothShapes();
    void attributesParse();
    void authResponseChallenge();
};

void TestCognitoValues::secretHashAgreesWithPython_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::newRow("plain") << QStringLiteral("alice") << QStringLiteral("7abc123client")
                           << QStringLiteral("s3cr3t-value");
    QTest::newRow("sub-as-username") << QStringLiteral("639fb052-9f58-4696-816e-2594d7518398")
                                     << QStringLiteral("zt5r9dwcvede32o1an9frl30g5")
                                     << QStringLiteral("5ir3sey0s5f2rd6s599gezgk6dyz8j8ezocna95x");
    QTest::newRow("unicode") << QStringLiteral("jürgen@example.com") << QStringLiteral("c")
                             << QStringLiteral("ключ");
}

void TestCognitoValues::secretHashAgreesWithPython()
{
    QFETCH(QString, username);
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    // Python's hmac, as botocore users compute it, is the independent reference.
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys,hmac,hashlib,base64;"
                                 "u,c,s=sys.argv[1:4];"
                                 "print(base64.b64encode(hmac.new(s.encode(),(u+c).encode(),"
                                 "hashlib.sha256).digest()).decode())"),
                  username, clientId, secret});
    QVERIFY(python.waitForFinished(30000));
    const QString expected = QString::fromUtf8(python.readAllStandardOutput()).trimmed();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(secretHash(username, clientId, secret), expected);
    QCOMPARE((AppClient{clientId, secret}.secretHashFor(username)), expected);
}

void TestCognitoValues::publicClientSendsNoHash()
{
    const AppClient client{QStringLiteral("id"), {}};
    QVERIFY(!client.hasSecret());
    QVERIFY(client.secretHashFor(QStringLiteral("alice")).isEmpty());
}

void TestCognitoValues::filterBuilder_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<bool>("prefix");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exact") << QStringLiteral("email") << false << QStringLiteral("a@example.com")
                           << QStringLiteral("email = \"a@example.com\"");
    QTest::newRow("prefix") << QStringLiteral("username") << true << QStringLiteral("ali")
                            << QStringLiteral("username ^= \"ali\"");
    QTest::newRow("quote-escaped") << QStringLiteral("name") << false << QStringLiteral("O\"Brien")
                                   << QStringLiteral("name = \"O\\\"Brien\"");
    QTest::newRow("backslash-escaped") << QStringLiteral("name") << false << QStringLiteral("a\\b")
                                       << QStringLiteral("name = \"a\\\\b\"");
    QTest::newRow("injection-stays-a-value")
        << QStringLiteral("email") << true << QStringLiteral("x\" or email ^= \"")
        << QStringLiteral("email ^= \"x\\\" or email ^= \\\"\"");
    QTest::newRow("status-attribute")
        << QStringLiteral("cognito:user_status") << false << QStringLiteral("FORCE_CHANGE_PASSWORD")
        << QStringLiteral("cognito:user_status = \"FORCE_CHANGE_PASSWORD\"");
}

void TestCognitoValues::filterBuilder()
{
    QFETCH(QString, attribute);
    QFETCH(bool, prefix);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const auto filter = UserFilter::build(
        attribute, prefix ? UserFilter::Match::Prefix : UserFilter::Match::Exact, value);
    QVERIFY(filter);
    QCOMPARE(*filter, expected);
}

void TestCognitoValues::filterRefusesUnsearchableAndLong()
{
    QString error;
    QVERIFY(!UserFilter::build(QStringLiteral("custom:department"), UserFilter::Match::Exact,
                               QStringLiteral("IT"), &error));
    QVERIFY2(error.contains(QLatin1String("custom:department")), qPrintable(error));
    QVERIFY(!UserFilter::equals(QStringLiteral("email"), QString(250, QLatin1Char('a'))));
    QVERIFY(UserFilter::equals(QStringLiteral("email"), QString(240, QLatin1Char('a'))));
}

void TestCognitoValues::clientUpdateSendsWholeConfiguration()
{
    const QJsonObject described = QJsonDocument::fromJson(R"({
        "UserPoolId": "us-east-1_P", "ClientId": "c1", "ClientName": "web",
        "ClientSecret": "never-sent-back", "CreationDate": 1795010679.5,
        "LastModifiedDate": 1795010679.5, "RefreshTokenValidity": 30,
        "TokenValidityUnits": {"RefreshToken": "days"},
        "ExplicitAuthFlows": ["ALLOW_USER_PASSWORD_AUTH"],
        "CallbackURLs": ["http://localhost:1/cb"], "AllowedOAuthFlows": ["code"],
        "AllowedOAuthScopes": ["openid"], "AllowedOAuthFlowsUserPoolClient": true,
        "SupportedIdentityProviders": ["COGNITO"]})")
                                      .object();
    UserPoolClient client = UserPoolClient::fromJson(described);
    QCOMPARE(client.clientSecret, QStringLiteral("never-sent-back"));
    client.clientName = QStringLiteral("renamed");
    client.logoutUrls = {QStringLiteral("http://localhost:1/out")};
    const QJsonObject update = client.toUpdateRequest();
    QCOMPARE(update.value(QLatin1String("ClientName")).toString(), QStringLiteral("renamed"));
    QCOMPARE(update.value(QLatin1String("LogoutURLs")).toArray(),
             QJsonArray{QStringLiteral("http://localhost:1/out")});
    // Everything else goes back as it was, including fields the struct does not model.
    QCOMPARE(update.value(QLatin1String("RefreshTokenValidity")).toInt(), 30);
    QCOMPARE(update.value(QLatin1String("TokenValidityUnits")).toObject(),
             described.value(QLatin1String("TokenValidityUnits")).toObject());
    QCOMPARE(update.value(QLatin1String("CallbackURLs")),
             described.value(QLatin1String("CallbackURLs")));
    QCOMPARE(update.value(QLatin1String("AllowedOAuthFlowsUserPoolClient")).toBool(), true);
    QCOMPARE(update.value(QLatin1String("UserPoolId")).toString(), QStringLiteral("us-east-1_P"));
    // ...but not what UpdateUserPoolClient refuses.
    QVERIFY(!update.contains(QLatin1String("ClientSecret")));
    QVERIFY(!update.contains(QLatin1String("CreationDate")));
    QVERIFY(!update.contains(QLatin1String("LastModifiedDate")));
}

void TestCognitoValues::createPoolEmailConfiguration()
{
    CreateUserPoolRequest request;
    request.name = QStringLiteral("p");
    QVERIFY(!request.toJson().contains(QLatin1String("EmailConfiguration")));

    // A SourceArn alone means SES (DEVELOPER).
    request.emailSourceArn =
        QStringLiteral("arn:aws:ses:us-east-1:123456789012:identity/example.com");
    request.replyTo = QStringLiteral("help@example.com");
    QCOMPARE(request.toJson().value(QLatin1String("EmailConfiguration")).toObject(),
             (QJsonObject{{QStringLiteral("EmailSendingAccount"), QStringLiteral("DEVELOPER")},
                          {QStringLiteral("SourceArn"), request.emailSourceArn},
                          {QStringLiteral("ReplyToEmailAddress"), request.replyTo}}));
    // ...unless asked otherwise: a custom From address for Cognito's own mailer.
    request.emailSendingAccount = EmailSendingAccount::CognitoDefault;
    QCOMPARE(request.toJson()
                 .value(QLatin1String("EmailConfiguration"))
                 .toObject()
                 .value(QLatin1String("EmailSendingAccount"))
                 .toString(),
             QStringLiteral("COGNITO_DEFAULT"));
    request.emailSendingAccount.reset();
    request.emailFrom = QStringLiteral("Desk <no-reply@example.com>");
    const EmailConfiguration email = EmailConfiguration::fromJson(
        request.toJson().value(QLatin1String("EmailConfiguration")).toObject());
    QCOMPARE(email, *request.emailConfiguration());
    QCOMPARE(email.from, QStringLiteral("Desk <no-reply@example.com>"));

    // A reply-to address alone keeps Cognito's mailer.
    CreateUserPoolRequest replyOnly;
    replyOnly.replyTo = QStringLiteral("help@example.com");
    QCOMPARE(
        replyOnly.toJson().value(QLatin1String("EmailConfiguration")).toObject(),
        (QJsonObject{{QStringLiteral("EmailSendingAccount"), QStringLiteral("COGNITO_DEFAULT")},
                     {QStringLiteral("ReplyToEmailAddress"), replyOnly.replyTo}}));
}

void TestCognitoValues::sesIdentityArns()
{
    QVERIFY(
        isSesIdentityArn(QStringLiteral("arn:aws:ses:eu-west-2:123456789012:identity/a@b.com")));
    QVERIFY(isSesIdentityArn(QStringLiteral("arn:aws:ses:us-east-1:123456789012:identity/b.com")));
    QVERIFY(!isSesIdentityArn(QStringLiteral("arn:aws:sns:us-east-1:123456789012:identity/b.com")));
    QVERIFY(!isSesIdentityArn(QStringLiteral("arn:aws:ses:us-east-1:1234:identity/b.com")));
    QVERIFY(!isSesIdentityArn(QStringLiteral("arn:aws:ses:us-east-1:123456789012:identity/")));
    QVERIFY(!isSesIdentityArn(QStringLiteral("no-reply@example.com")));
}

namespace {
// A DescribeUserPool answer as AWS gives it, with settings this code does not model.
QJsonObject describedPool()
{
    return QJsonDocument::fromJson(R"({
        "Id": "us-east-1_P", "Name": "p", "Arn": "arn:aws:cognito-idp:us-east-1:1:userpool/us-east-1_P",
        "CreationDate": 1795010679.25, "LastModifiedDate": 1795010679.25,
        "EstimatedNumberOfUsers": 3, "Domain": "desk", "Status": "Enabled",
        "Policies": {"PasswordPolicy": {"MinimumLength": 12, "RequireUppercase": true,
                                        "TemporaryPasswordValidityDays": 3},
                     "SignInPolicy": {"AllowedFirstAuthFactors": ["PASSWORD"]}},
        "DeletionProtection": "INACTIVE",
        "LambdaConfig": {"PreSignUp": "arn:aws:lambda:us-east-1:1:function:f"},
        "SchemaAttributes": [{"Name": "sub", "AttributeDataType": "String"}],
        "UsernameAttributes": ["email"],
        "UsernameConfiguration": {"CaseSensitive": false},
        "AutoVerifiedAttributes": ["email"],
        "SmsVerificationMessage": "Code {####}",
        "EmailVerificationMessage": "Your code {####}",
        "EmailVerificationSubject": "Your code",
        "SmsAuthenticationMessage": "Sign-in code {####}",
        "VerificationMessageTemplate": {"DefaultEmailOption": "CONFIRM_WITH_CODE"},
        "UserAttributeUpdateSettings": {"AttributesRequireVerificationBeforeUpdate": ["email"]},
        "MfaConfiguration": "OPTIONAL",
        "DeviceConfiguration": {"ChallengeRequiredOnNewDevice": true},
        "EmailConfiguration": {"EmailSendingAccount": "DEVELOPER",
                               "SourceArn": "arn:aws:ses:us-east-1:1:identity/example.com",
                               "ReplyToEmailAddress": "help@example.com"},
        "EmailConfigurationFailure": "none",
        "SmsConfiguration": {"SnsCallerArn": "arn:aws:iam::1:role/sms", "ExternalId": "x", "SnsRegion": "us-east-1"},
        "SmsConfigurationFailure": "none",
        "UserPoolTags": {"team": "desk"},
        "AdminCreateUserConfig": {"AllowAdminCreateUserOnly": true, "UnusedAccountValidityDays": 3,
                                  "InviteMessageTemplate": {"EmailSubject": "Welcome"}},
        "UserPoolAddOns": {"AdvancedSecurityMode": "AUDIT"},
        "AccountRecoverySetting": {"RecoveryMechanisms": [{"Name": "verified_email", "Priority": 1}]},
        "UserPoolTier": "ESSENTIALS"})")
        .object();
}
} // namespace

void TestCognitoValues::poolUpdateSendsWholeConfiguration()
{
    const QJsonObject described = describedPool();
    const QJsonObject request = userPoolUpdateRequest(UserPool::fromJson(described), {});
    QCOMPARE(request.value(QLatin1String("UserPoolId")).toString(), QStringLiteral("us-east-1_P"));
    // Every updatable setting goes back as described...
    for (const char *key :
         {"Policies", "DeletionProtection", "LambdaConfig", "AutoVerifiedAttributes",
          "SmsVerificationMessage", "EmailVerificationMessage", "EmailVerificationSubject",
          "VerificationMessageTemplate", "SmsAuthenticationMessage", "UserAttributeUpdateSettings",
          "MfaConfiguration", "DeviceConfiguration", "EmailConfiguration", "SmsConfiguration",
          "UserPoolTags", "UserPoolAddOns", "AccountRecoverySetting", "UserPoolTier"})
        QVERIFY2(request.value(QLatin1String(key)) == described.value(QLatin1String(key)), key);
    // ...except the deprecated UnusedAccountValidityDays, which the service refuses next to
    // the password policy's TemporaryPasswordValidityDays.
    QCOMPARE(
        request.value(QLatin1String("AdminCreateUserConfig")).toObject(),
        (QJsonObject{{QStringLiteral("AllowAdminCreateUserOnly"), true},
                     {QStringLiteral("InviteMessageTemplate"),
                      QJsonObject{{QStringLiteral("EmailSubject"), QStringLiteral("Welcome")}}}}));
    // Nothing read-only or create-only goes.
    for (const char *key :
         {"Id", "Name", "Arn", "CreationDate", "LastModifiedDate", "EstimatedNumberOfUsers",
          "Domain", "Status", "SchemaAttributes", "UsernameAttributes", "UsernameConfiguration",
          "EmailConfigurationFailure", "SmsConfigurationFailure"})
        QVERIFY2(!request.contains(QLatin1String(key)), key);
    QCOMPARE(request.size(), 20); // UserPoolId + 19 settings

    // A pool described before TemporaryPasswordValidityDays existed keeps its old field.
    QJsonObject old = described;
    old.insert(QStringLiteral("Policies"),
               QJsonObject{{QStringLiteral("PasswordPolicy"),
                            QJsonObject{{QStringLiteral("MinimumLength"), 8}}}});
    QCOMPARE(userPoolUpdateRequest(UserPool::fromJson(old), {})
                 .value(QLatin1String("AdminCreateUserConfig"))
                 .toObject()
                 .value(QLatin1String("UnusedAccountValidityDays"))
                 .toInt(),
             3);
}

void TestCognitoValues::poolUpdateChangesOnlyWhatItIsAsked()
{
    const QJsonObject described = describedPool();
    const UserPool pool = UserPool::fromJson(described);
    QCOMPARE(pool.emailConfiguration.sendingAccount, EmailSendingAccount::Developer);
    QCOMPARE(pool.emailConfiguration.replyToEmailAddress, QStringLiteral("help@example.com"));

    UserPoolChanges changes;
    EmailConfiguration email = pool.emailConfiguration;
    email.replyToEmailAddress = QStringLiteral("support@example.com");
    changes.emailConfiguration = email;
    changes.deletionProtection = true;
    changes.adminCreateUserOnly = false;
    changes.extra.insert(QStringLiteral("SmsAuthenticationMessage"), QStringLiteral("{####}!"));
    const QJsonObject request = userPoolUpdateRequest(pool, changes);
    QCOMPARE(request.value(QLatin1String("EmailConfiguration")).toObject(),
             (QJsonObject{
                 {QStringLiteral("EmailSendingAccount"), QStringLiteral("DEVELOPER")},
                 {QStringLiteral("SourceArn"),
                  QStringLiteral("arn:aws:ses:us-east-1:1:identity/example.com")},
                 {QStringLiteral("ReplyToEmailAddress"), QStringLiteral("support@example.com")}}));
    QCOMPARE(request.value(QLatin1String("DeletionProtection")).toString(),
             QStringLiteral("ACTIVE"));
    QCOMPARE(request.value(QLatin1String("AdminCreateUserConfig"))
                 .toObject()
                 .value(QLatin1String("AllowAdminCreateUserOnly")),
             QJsonValue(false));
    QCOMPARE(request.value(QLatin1String("AdminCreateUserConfig"))
                 .toObject()
                 .value(QLatin1String("InviteMessageTemplate")),
             described.value(QLatin1String("AdminCreateUserConfig"))
                 .toObject()
                 .value(QLatin1String("InviteMessageTemplate")));
    QCOMPARE(request.value(QLatin1String("SmsAuthenticationMessage")).toString(),
             QStringLiteral("{####}!"));
    // Untouched settings are as described.
    QCOMPARE(request.value(QLatin1String("Policies")), described.value(QLatin1String("Policies")));
    QCOMPARE(request.value(QLatin1String("AutoVerifiedAttributes")),
             described.value(QLatin1String("AutoVerifiedAttributes")));

    // No auto-verified attributes: the field goes, which is how the service turns them off.
    UserPoolChanges none;
    none.autoVerifiedAttributes = QStringList();
    none.mfaConfiguration = QStringLiteral("OFF");
    const QJsonObject cleared = userPoolUpdateRequest(pool, none);
    QVERIFY(!cleared.contains(QLatin1String("AutoVerifiedAttributes")));
    QCOMPARE(cleared.value(QLatin1String("MfaConfiguration")).toString(), QStringLiteral("OFF"));

    // A new password policy replaces the pool's whole; the pool's other policies stay.
    UserPoolChanges stricter;
    const QJsonObject policy{{QStringLiteral("MinimumLength"), 14},
                             {QStringLiteral("RequireSymbols"), false},
                             {QStringLiteral("TemporaryPasswordValidityDays"), 2}};
    stricter.passwordPolicy = policy;
    QJsonObject withSignIn = described;
    QJsonObject policies = withSignIn.value(QLatin1String("Policies")).toObject();
    const QJsonObject signIn{
        {QStringLiteral("AllowedFirstAuthFactors"), QJsonArray{QStringLiteral("PASSWORD")}}};
    policies.insert(QStringLiteral("SignInPolicy"), signIn);
    withSignIn.insert(QStringLiteral("Policies"), policies);
    const QJsonObject updated = userPoolUpdateRequest(UserPool::fromJson(withSignIn), stricter);
    QCOMPARE(updated.value(QLatin1String("Policies")).toObject(),
             (QJsonObject{{QStringLiteral("PasswordPolicy"), policy},
                          {QStringLiteral("SignInPolicy"), signIn}}));
}

void TestCognitoValues::userReadsBothShapes()
{
    const User listed = User::fromJson(QJsonDocument::fromJson(R"({
        "Username": "alice", "UserStatus": "CONFIRMED", "Enabled": false,
        "UserCreateDate": 1795010679.25,
        "Attributes": [{"Name": "email", "Value": "a@example.com"}]})")
                                           .object());
    QCOMPARE(listed.attribute(QStringLiteral("email")), QStringLiteral("a@example.com"));
    QCOMPARE(listed.enabled, false);
    QCOMPARE(listed.created.toMSecsSinceEpoch(), qint64(1795010679250));
    const User got = User::fromJson(QJsonDocument::fromJson(R"({
        "Username": "bob", "UserStatus": "FORCE_CHANGE_PASSWORD", "Enabled": true,
        "UserAttributes": [{"Name": "sub", "Value": "123"}]})")
                                        .object());
    QCOMPARE(got.attribute(QStringLiteral("sub")), QStringLiteral("123"));
    QCOMPARE(got.status, QStringLiteral("FORCE_CHANGE_PASSWORD"));
    QCOMPARE(got.json.value(QLatin1String("Username")).toString(), QStringLiteral("bob"));
}

void TestCognitoValues::attributesParse()
{
    QCOMPARE(parseAttribute(QStringLiteral("name=A=B")),
             (Attribute{QStringLiteral("name"), QStringLiteral("A=B")}));
    QCOMPARE(parseAttribute(QStringLiteral("email=")),
             (Attribute{QStringLiteral("email"), QString()}));
    QVERIFY(!parseAttribute(QStringLiteral("=value")));
    QVERIFY(!parseAttribute(QStringLiteral("novalue")));
    const QList<Attribute> attributes{{QStringLiteral("a"), QStringLiteral("1")}};
    QCOMPARE(attributesFromJson(attributesToJson(attributes)), attributes);
}

void TestCognitoValues::authResponseChallenge()
{
    const AuthResponse challenge = AuthResponse::fromJson(QJsonDocument::fromJson(R"({
        "ChallengeName": "NEW_PASSWORD_REQUIRED", "Session": "s",
        "ChallengeParameters": {"USER_ID_FOR_SRP": "sub-1", "requiredAttributes": "[]"}})")
                                                              .object());
    QVERIFY(challenge.isChallenge());
    QVERIFY(!challenge.result);
    QCOMPARE(challenge.challengeUsername(), QStringLiteral("sub-1"));
    const AuthResponse tokens = AuthResponse::fromJson(QJsonDocument::fromJson(R"({
        "AuthenticationResult": {"AccessToken": "a", "IdToken": "i", "RefreshToken": "r",
                                 "TokenType": "Bearer", "ExpiresIn": 3600}, "ChallengeParameters": {}})")
                                                           .object());
    QVERIFY(!tokens.isChallenge());
    QVERIFY(tokens.result);
    QCOMPARE(tokens.result->expiresIn, 3600);
    QCOMPARE(tokens.result->refreshToken, QStringLiteral("r"));
}

QTEST_GUILESS_MAIN(TestCognitoValues)
#include "tst_cognito_values.moc"
