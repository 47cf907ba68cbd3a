#include "aws/awsjsonclient.h"
#include "aws/awsqueryclient.h"
#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/importrole.h"
#include "support/localstack.h"

#include <QJsonDocument>
#include <QUuid>
#include <QtTest>

using namespace cdesk;

// ImportRoleService against cognito-sim's IAM and STS, reached the way a session against a
// local server reaches them: through the Cognito endpoint override (loopback), over the
// connection's one transport.
class TestImportRole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsOnceThenFindsEverything();
    void reattachesADetachedPolicy();
    void refusesARoleWithAnotherTrustPolicy();
    void acceptsTheSameTrustWrittenDifferently();
    void refusesABadRoleNameBeforeSending();

private:
    // A role name no other test (or earlier run against the same server) uses.
    static QString uniqueRoleName(const char *purpose);
    aws::Result<aws::XmlElement> iam(const QString &operation, const aws::QueryParameters &params);
    QStringList attachedPolicies(const QString &roleName);

    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    cognito::ImportRoleService *m_roles = nullptr;
};

QString TestImportRole::uniqueRoleName(const char *purpose)
{
    return QStringLiteral("tst-%1-%2")
        .arg(QString::fromLatin1(purpose), QUuid::createUuid().toString(QUuid::Id128).left(12));
}

void TestImportRole::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_stack = *stack;
    auto connection = m_stack.connect();
    QVERIFY(connection.ok());
    m_connection = connection.value();
    // No AWS_ENDPOINT_URL_IAM/_STS in a test's environment: the loopback Cognito endpoint
    // is where IAM and STS go.
    QVERIFY(qEnvironmentVariableIsEmpty("AWS_ENDPOINT_URL_IAM"));
    auto roles = m_connection->importRoles();
    QVERIFY(roles.ok());
    m_roles = roles.value();
    QCOMPARE(m_roles->iam()->endpoint().url, m_stack.endpoint);
    QCOMPARE(m_roles->sts()->endpoint().url, m_stack.endpoint);
    QCOMPARE(m_roles->iam()->transport(), m_connection->client()->transport());
}

aws::Result<aws::XmlElement> TestImportRole::iam(const QString &operation,
                                                 const aws::QueryParameters &params)
{
    return aws::await(m_roles->iam()->call(operation, params));
}

QStringList TestImportRole::attachedPolicies(const QString &roleName)
{
    const auto listed =
        iam(QStringLiteral("ListAttachedRolePolicies"), {{QStringLiteral("RoleName"), roleName}});
    if (!listed.ok())
        return {QStringLiteral("error: ") + listed.error().toString()};
    QStringList arns;
    for (const auto &member : listed.value()
                                  .child(QStringLiteral("AttachedPolicies"))
                                  .childrenNamed(QStringLiteral("member")))
        arns.append(member.textAt(QStringLiteral("PolicyArn")));
    return arns;
}

void TestImportRole::createsOnceThenFindsEverything()
{
    const QString name = uniqueRoleName("twice");
    const auto first = aws::await(m_roles->ensureRole(name));
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
    const cognito::ImportRole &made = first.value();
    QCOMPARE(made.roleArn, QStringLiteral("arn:aws:iam::123456789012:role/") + name);
    QCOMPARE(made.accountId, QStringLiteral("123456789012"));
    QCOMPARE(made.policyArn, QStringLiteral("arn:aws:iam::123456789012:policy/%1-CloudWatchLogs-%2")
                                 .arg(name, m_stack.region));
    QVERIFY(made.roleCreated);
    QVERIFY(made.policyCreated);
    QVERIFY(made.policyAttached);

    // What IAM now holds, read back independently of ensureRole.
    const auto role = iam(QStringLiteral("GetRole"), {{QStringLiteral("RoleName"), name}});
    QVERIFY(role.ok());
    const QJsonObject trust =
        QJsonDocument::fromJson(
            QByteArray::fromPercentEncoding(
                role.value().textAt(QStringLiteral("Role/AssumeRolePolicyDocument")).toUtf8()))
            .object();
    QCOMPARE(trust, cognito::importRoleTrustPolicy());
    QCOMPARE(attachedPolicies(name), QStringList{made.policyArn});

    const auto second = aws::await(m_roles->ensureRole(name));
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().toString()));
    QCOMPARE(second.value().roleArn, made.roleArn);
    QCOMPARE(second.value().policyArn, made.policyArn);
    QVERIFY(!second.value().changedAnything());
    QCOMPARE(attachedPolicies(name), QStringList{made.policyArn});
}

void TestImportRole::reattachesADetachedPolicy()
{
    const QString name = uniqueRoleName("detached");
    const auto first = aws::await(m_roles->ensureRole(name));
    QVERIFY(first.ok());
    QVERIFY(iam(QStringLiteral("DetachRolePolicy"),
                {{QStringLiteral("RoleName"), name},
                 {QStringLiteral("PolicyArn"), first.value().policyArn}})
                .ok());
    QCOMPARE(attachedPolicies(name), QStringList());

    const auto again = aws::await(m_roles->ensureRole(name));
    QVERIFY(again.ok());
    QVERIFY(!again.value().roleCreated);
    QVERIFY(!again.value().policyCreated);
    QVERIFY(again.value().policyAttached);
    QCOMPARE(attachedPolicies(name), QStringList{first.value().policyArn});
}

void TestImportRole::refusesARoleWithAnotherTrustPolicy()
{
    const QString name = uniqueRoleName("lambda");
    const QByteArray lambdaTrust =
        R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]})";
    QVERIFY(iam(QStringLiteral("CreateRole"),
                {{QStringLiteral("RoleName"), name},
                 {QStringLiteral("AssumeRolePolicyDocument"), QString::fromUtf8(lambdaTrust)}})
                .ok());

    const auto refused = aws::await(m_roles->ensureRole(name));
    QVERIFY(!refused.ok());
    const aws::AwsError &error = refused.error();
    QCOMPARE(error.type, QString::fromLatin1(cognito::importroleerror::trustPolicyMismatch));
    QCOMPARE(error.kind, aws::ErrorKind::Service);
    QVERIFY2(error.message.contains(QStringLiteral("arn:aws:iam::123456789012:role/") + name),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("lambda.amazonaws.com")),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("cognito-idp.amazonaws.com")),
             qPrintable(error.message));
    // Nothing changed: no policy made, none attached.
    QCOMPARE(attachedPolicies(name), QStringList());
    const auto policy =
        iam(QStringLiteral("GetPolicy"),
            {{QStringLiteral("PolicyArn"),
              QStringLiteral("arn:aws:iam::123456789012:policy/%1-CloudWatchLogs-%2")
                  .arg(name, m_stack.region)}});
    QVERIFY(!policy.ok());
    QCOMPARE(policy.error().type, QStringLiteral("NoSuchEntity"));
}

void TestImportRole::acceptsTheSameTrustWrittenDifferently()
{
    const QString name = uniqueRoleName("console");
    // The console's spelling: a lone statement with an empty Sid, lists where we write values.
    const QByteArray consoleTrust =
        R"({"Version":"2012-10-17","Statement":{"Sid":"","Effect":"Allow","Principal":{"Service":["cognito-idp.amazonaws.com"]},"Action":["sts:AssumeRole"]}})";
    const auto created =
        iam(QStringLiteral("CreateRole"),
            {{QStringLiteral("RoleName"), name},
             {QStringLiteral("AssumeRolePolicyDocument"), QString::fromUtf8(consoleTrust)}});
    QVERIFY(created.ok());
    const auto found = aws::await(m_roles->ensureRole(name));
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
    QVERIFY(!found.value().roleCreated);
    QVERIFY(found.value().policyAttached);
    QCOMPARE(found.value().roleArn, created.value().textAt(QStringLiteral("Role/Arn")));
}

void TestImportRole::refusesABadRoleNameBeforeSending()
{
    const auto refused = aws::await(m_roles->ensureRole(QStringLiteral("no spaces allowed")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, aws::ErrorKind::Local);
    QCOMPARE(refused.error().type, QStringLiteral("InvalidParameter"));
    QCOMPARE(refused.error().attempts, 0);
}

QTEST_GUILESS_MAIN(TestImportRole)
#include "tst_importrole.moc"
