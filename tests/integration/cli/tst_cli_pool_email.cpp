#include "aws/future.h"
#include "clirunner.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace cdesk;

// Pool email settings end to end on cognito-sim: `pool create` with an SES identity, a
// reply-to address, email as username and auto-verified email, checked with the AWS CLI's
// describe-user-pool on the same server; an unverified identity and malformed input refused
// clearly; IdentityProvider::updateUserPool changing one setting while the others survive
// (the update sends the whole configuration back, as the service resets what it leaves out).
class TestCliPoolEmail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createWithEmailSettingsIsDescribedByAws();
    void unverifiedIdentityIsRefusedClearly();
    void badInputIsRefusedBeforeAnyCall_data();
    void badInputIsRefusedBeforeAnyCall();
    void updateKeepsEverythingElse();

private:
    QString createPool(const QString &role, const QStringList &options);
    QJsonObject awsDescribe(const QString &poolId) const;

    test::CliRunner m_cli;
    std::shared_ptr<cognito::Connection> m_connection;
    QString m_tag; // unique per run: the sim is shared with other tests
    QStringList m_pools;
};

namespace {
// cognito-sim takes identities at example.com and below as verified (tools/local-stack/README.md).
const QString verifiedArn =
    QStringLiteral("arn:aws:ses:us-east-1:123456789012:identity/no-reply@example.com");
const QString unverifiedArn =
    QStringLiteral("arn:aws:ses:us-east-1:123456789012:identity/no-reply@unverified.test");
} // namespace

void TestCliPoolEmail::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_cli = test::CliRunner(*stack);
    auto connection = stack->connect();
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().toString()));
    m_connection = connection.value();
    m_tag = QString::number(QRandomGenerator::global()->generate64(), 16).left(10);
}

void TestCliPoolEmail::cleanupTestCase()
{
    for (const QString &pool : std::as_const(m_pools))
        m_cli.cli({QStringLiteral("pool"), QStringLiteral("delete"), pool});
}

QString TestCliPoolEmail::createPool(const QString &role, const QStringList &options)
{
    const auto run = m_cli.cli(QStringList{QStringLiteral("pool"), QStringLiteral("create"),
                                           QStringLiteral("email-%1-%2").arg(role, m_tag)} +
                               options);
    const QString id =
        run.json.value(QLatin1String("UserPool")).toObject().value(QLatin1String("Id")).toString();
    if (!id.isEmpty())
        m_pools.append(id);
    else
        qWarning() << run.describe();
    return id;
}

QJsonObject TestCliPoolEmail::awsDescribe(const QString &poolId) const
{
    const auto described = m_cli.aws(QStringLiteral("describe-user-pool"),
                                     {QStringLiteral("--user-pool-id"), poolId}, false);
    if (described.exitCode != 0)
        qWarning() << described.describe();
    return described.json.value(QLatin1String("UserPool")).toObject();
}

void TestCliPoolEmail::createWithEmailSettingsIsDescribedByAws()
{
    const QString id =
        createPool(QStringLiteral("ses"),
                   {QStringLiteral("--username-attributes"), QStringLiteral("email"),
                    QStringLiteral("--auto-verified-attributes"), QStringLiteral("email"),
                    QStringLiteral("--email-source-arn"), verifiedArn, QStringLiteral("--reply-to"),
                    QStringLiteral("help@example.org")});
    QVERIFY(!id.isEmpty());
    const QJsonObject pool = awsDescribe(id);
    QCOMPARE(
        pool.value(QLatin1String("EmailConfiguration")).toObject(),
        (QJsonObject{{QStringLiteral("EmailSendingAccount"), QStringLiteral("DEVELOPER")},
                     {QStringLiteral("SourceArn"), verifiedArn},
                     {QStringLiteral("ReplyToEmailAddress"), QStringLiteral("help@example.org")}}));
    QCOMPARE(pool.value(QLatin1String("UsernameAttributes")).toArray(),
             QJsonArray{QStringLiteral("email")});
    QCOMPARE(pool.value(QLatin1String("AutoVerifiedAttributes")).toArray(),
             QJsonArray{QStringLiteral("email")});

    // `pool describe` shows the same.
    const auto ours = m_cli.cli({QStringLiteral("pool"), QStringLiteral("describe"), id});
    QVERIFY2(ours.exitCode == 0, ours.describe().constData());
    const QJsonObject ourPool = ours.json.value(QLatin1String("UserPool")).toObject();
    for (const char *key : {"EmailConfiguration", "UsernameAttributes", "AutoVerifiedAttributes"})
        QCOMPARE(ourPool.value(QLatin1String(key)), pool.value(QLatin1String(key)));

    // A reply-to address alone keeps Cognito's own mailer.
    const QString plain = createPool(
        QStringLiteral("reply"), {QStringLiteral("--reply-to"), QStringLiteral("a@example.org")});
    QVERIFY(!plain.isEmpty());
    QCOMPARE(
        awsDescribe(plain).value(QLatin1String("EmailConfiguration")).toObject(),
        (QJsonObject{{QStringLiteral("EmailSendingAccount"), QStringLiteral("COGNITO_DEFAULT")},
                     {QStringLiteral("ReplyToEmailAddress"), QStringLiteral("a@example.org")}}));
}

void TestCliPoolEmail::unverifiedIdentityIsRefusedClearly()
{
    const QString name = QStringLiteral("email-unverified-") + m_tag;
    const auto run = m_cli.cli({QStringLiteral("pool"), QStringLiteral("create"), name,
                                QStringLiteral("--email-source-arn"), unverifiedArn});
    QVERIFY2(run.exitCode != 0, run.describe().constData());
    QCOMPARE(run.out, QByteArray());
    const QString err = run.errText();
    // The service's words, then what to do about them.
    QVERIFY2(err.contains(QStringLiteral("InvalidParameterException: Cognito received the "
                                         "following error from Amazon SES when attempting to "
                                         "send email: Email address is not verified.")),
             run.describe().constData());
    QVERIFY2(err.contains(QStringLiteral("Verify %1 in Amazon SES").arg(unverifiedArn)),
             run.describe().constData());
    QVERIFY2(err.contains(QStringLiteral("leave out --email-source-arn")),
             run.describe().constData());
    // And no pool was made.
    const auto pools = m_cli.aws(QStringLiteral("list-user-pools"),
                                 {QStringLiteral("--max-results"), QStringLiteral("60")}, false);
    QVERIFY2(pools.exitCode == 0, pools.describe().constData());
    QVERIFY(!QString::fromUtf8(pools.out).contains(name));
}

void TestCliPoolEmail::badInputIsRefusedBeforeAnyCall_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("address, not an ARN")
        << QStringList{QStringLiteral("--email-source-arn"), QStringLiteral("no-reply@example.com")}
        << QStringLiteral("--email-source-arn takes the ARN of an Amazon SES identity");
    QTest::newRow("another service's ARN")
        << QStringList{QStringLiteral("--email-source-arn"),
                       QStringLiteral("arn:aws:sns:us-east-1:123456789012:identity/x")}
        << QStringLiteral("arn:aws:ses:REGION:ACCOUNT:identity/ADDRESS-OR-DOMAIN");
    QTest::newRow("reply-to") << QStringList{QStringLiteral("--reply-to"), QStringLiteral("help")}
                              << QStringLiteral("--reply-to takes an email address, not \"help\".");
    QTest::newRow("auto-verified")
        << QStringList{QStringLiteral("--auto-verified-attributes"), QStringLiteral("email,name")}
        << QStringLiteral("--auto-verified-attributes takes email and/or phone_number, not "
                          "\"name\".");
}

void TestCliPoolEmail::badInputIsRefusedBeforeAnyCall()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const auto run = m_cli.cli(QStringList{QStringLiteral("pool"), QStringLiteral("create"),
                                           QStringLiteral("email-bad-") + m_tag} +
                               options);
    QCOMPARE(run.exitCode, 2); // usage error
    QVERIFY2(run.errText().contains(message), run.describe().constData());
}

void TestCliPoolEmail::updateKeepsEverythingElse()
{
    const QString id = createPool(
        QStringLiteral("update"),
        {QStringLiteral("--username-attributes"), QStringLiteral("email"),
         QStringLiteral("--auto-verified-attributes"), QStringLiteral("email"),
         QStringLiteral("--admin-create-user-only"), QStringLiteral("--email-source-arn"),
         verifiedArn, QStringLiteral("--reply-to"), QStringLiteral("help@example.org")});
    QVERIFY(!id.isEmpty());
    // Settings the CLI does not set, given through the AWS CLI: they must survive too.
    const auto tuned = m_cli.aws(
        QStringLiteral("update-user-pool"),
        {QStringLiteral("--user-pool-id"), id, QStringLiteral("--auto-verified-attributes"),
         QStringLiteral("email"), QStringLiteral("--admin-create-user-config"),
         QStringLiteral("AllowAdminCreateUserOnly=true"), QStringLiteral("--email-configuration"),
         QStringLiteral("EmailSendingAccount=DEVELOPER,SourceArn=%1,"
                        "ReplyToEmailAddress=help@example.org")
             .arg(verifiedArn),
         QStringLiteral("--policies"),
         QStringLiteral("PasswordPolicy={MinimumLength=12,RequireUppercase=true,"
                        "RequireLowercase=true,RequireNumbers=false,RequireSymbols=false,"
                        "TemporaryPasswordValidityDays=5}"),
         QStringLiteral("--sms-authentication-message"), QStringLiteral("Code {####}"),
         QStringLiteral("--account-recovery-setting"),
         QStringLiteral("RecoveryMechanisms=[{Name=verified_email,Priority=1}]"),
         QStringLiteral("--user-pool-tags"), QStringLiteral("team=desk")},
        false);
    QVERIFY2(tuned.exitCode == 0, tuned.describe().constData());
    const QJsonObject before = awsDescribe(id);

    auto *provider = m_connection->identityProvider();
    const auto described = aws::await(provider->describeUserPool(id));
    QVERIFY2(described, qPrintable(described ? QString() : described.error().toString()));
    cognito::UserPoolChanges changes;
    cognito::EmailConfiguration email = described.value().emailConfiguration;
    email.replyToEmailAddress = QStringLiteral("support@example.org");
    changes.emailConfiguration = email;
    const auto updated = aws::await(provider->updateUserPool(described.value(), changes));
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().toString()));

    const QJsonObject after = awsDescribe(id);
    QCOMPARE(after.value(QLatin1String("EmailConfiguration"))
                 .toObject()
                 .value(QLatin1String("ReplyToEmailAddress"))
                 .toString(),
             QStringLiteral("support@example.org"));
    QCOMPARE(after.value(QLatin1String("EmailConfiguration"))
                 .toObject()
                 .value(QLatin1String("SourceArn"))
                 .toString(),
             verifiedArn);
    // Everything else is as it was: the update sent it all back.
    for (const char *key :
         {"Policies", "AutoVerifiedAttributes", "UsernameAttributes", "SmsAuthenticationMessage",
          "AccountRecoverySetting", "UserPoolTags", "AdminCreateUserConfig", "MfaConfiguration",
          "DeletionProtection", "VerificationMessageTemplate", "UserAttributeUpdateSettings",
          "LambdaConfig", "SchemaAttributes"})
        QVERIFY2(after.value(QLatin1String(key)) == before.value(QLatin1String(key)), key);
    QCOMPARE(after.value(QLatin1String("Policies"))
                 .toObject()
                 .value(QLatin1String("PasswordPolicy"))
                 .toObject()
                 .value(QLatin1String("MinimumLength"))
                 .toInt(),
             12);

    // An unverified identity is refused on update as well, and changes nothing.
    email.sourceArn = unverifiedArn;
    changes.emailConfiguration = email;
    const auto fresh = aws::await(provider->describeUserPool(id));
    QVERIFY(fresh);
    const auto refused = aws::await(provider->updateUserPool(fresh.value(), changes));
    QVERIFY(!refused);
    QCOMPARE(refused.error().type, QStringLiteral("InvalidParameterException"));
    QVERIFY(refused.error().message.contains(QLatin1String("Email address is not verified")));
    QCOMPARE(awsDescribe(id).value(QLatin1String("EmailConfiguration")),
             after.value(QLatin1String("EmailConfiguration")));
}

QTEST_GUILESS_MAIN(TestCliPoolEmail)
#include "tst_cli_pool_email.moc"
