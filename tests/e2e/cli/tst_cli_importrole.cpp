#include "clirunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace cdesk;
using test::Run;

// `import create-role` and `import run` without --role-arn, end to end: cognito-desk-cli
// against cognito-sim, every step cross-checked with the AWS CLI's `aws iam` / `aws sts` on
// the same server; the endpoint variables; the refusals.
class TestCliImportRole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createRoleTwiceChangesNothing();
    void roleWithAnotherTrustPolicyIsRefused();
    void badRoleNameIsAUsageError();
    void endpointVariablesSteerIamAndSts();
    void runWithoutRoleArnUsesTheDefaultRole();

private:
    QString unique(const char *stem) const;
    // /usr/bin/aws SERVICE ARGS --endpoint-url <the sim> --output json
    Run aws(const QString &service, const QStringList &arguments) const;
    QProcessEnvironment cliEnvironment() const;
    Run cli(const QStringList &arguments, const QProcessEnvironment &environment) const;

    test::CliRunner m_runner;
    QString m_suffix;
};

namespace {

QJsonObject trustPolicy()
{
    return QJsonDocument::fromJson(
               R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"cognito-idp.amazonaws.com"},"Action":"sts:AssumeRole"}]})")
        .object();
}

} // namespace

// Runs `expression` once and checks it succeeded.
#define CHECK_OK(expression)                                                                       \
    do {                                                                                           \
        const Run checked_ = (expression);                                                         \
        QVERIFY2(checked_.finished &&checked_.exitCode == 0, checked_.describe().constData());     \
    } while (false)

void TestCliImportRole::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_runner = test::CliRunner(*stack);
    m_runner.setPool(stack->userPoolId());
    m_suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
}

QString TestCliImportRole::unique(const char *stem) const
{
    return QString::fromLatin1(stem) + QLatin1Char('-') + m_suffix;
}

QProcessEnvironment TestCliImportRole::cliEnvironment() const
{
    QProcessEnvironment environment = m_runner.cliEnvironment();
    for (const char *name :
         {"AWS_ENDPOINT_URL_IAM", "AWS_ENDPOINT_URL_STS", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

Run TestCliImportRole::cli(const QStringList &arguments,
                           const QProcessEnvironment &environment) const
{
    return m_runner.cli(arguments, environment);
}

Run TestCliImportRole::aws(const QString &service, const QStringList &arguments) const
{
    const QStringList all =
        QStringList{service} + arguments +
        QStringList{QStringLiteral("--endpoint-url"), m_runner.stack().endpoint.toString(),
                    QStringLiteral("--output"), QStringLiteral("json")};
    return test::CliRunner::run(QStringLiteral("/usr/bin/aws"), all, cliEnvironment());
}

void TestCliImportRole::createRoleTwiceChangesNothing()
{
    const QString name = unique("cli-role");
    const Run first = cli({QStringLiteral("import"), QStringLiteral("create-role"),
                           QStringLiteral("--role-name"), name, QStringLiteral("--verbose")},
                          cliEnvironment());
    CHECK_OK(first);
    const QString arn = first.json.value(QLatin1String("RoleArn")).toString();
    QCOMPARE(first.json.keys(), QStringList{QStringLiteral("RoleArn")});
    QVERIFY2(first.err.contains("Created the role"), first.err.constData());

    const Run account = aws(QStringLiteral("sts"), {QStringLiteral("get-caller-identity")});
    CHECK_OK(account);
    const QString accountId = account.json.value(QLatin1String("Account")).toString();
    QCOMPARE(arn, QStringLiteral("arn:aws:iam::%1:role/%2").arg(accountId, name));

    const Run role = aws(QStringLiteral("iam"),
                         {QStringLiteral("get-role"), QStringLiteral("--role-name"), name});
    CHECK_OK(role);
    const QJsonObject described = role.json.value(QLatin1String("Role")).toObject();
    QCOMPARE(described.value(QLatin1String("Arn")).toString(), arn);
    // The AWS CLI URL-decodes the document; it must be exactly the trust an import needs.
    QCOMPARE(described.value(QLatin1String("AssumeRolePolicyDocument")).toObject(), trustPolicy());

    const QString policyArn = QStringLiteral("arn:aws:iam::%1:policy/%2-CloudWatchLogs-%3")
                                  .arg(accountId, name, m_runner.stack().region);
    const QStringList listAttached{QStringLiteral("list-attached-role-policies"),
                                   QStringLiteral("--role-name"), name};
    const Run attached = aws(QStringLiteral("iam"), listAttached);
    CHECK_OK(attached);
    const QJsonArray policies = attached.json.value(QLatin1String("AttachedPolicies")).toArray();
    QCOMPARE(policies.size(), 1);
    QCOMPARE(policies.first().toObject().value(QLatin1String("PolicyArn")).toString(), policyArn);

    const Run second = cli({QStringLiteral("import"), QStringLiteral("create-role"),
                            QStringLiteral("--role-name"), name, QStringLiteral("--verbose")},
                           cliEnvironment());
    CHECK_OK(second);
    QCOMPARE(second.json, first.json);
    QVERIFY2(second.err.contains("Found the role") && second.err.contains("attached already"),
             second.err.constData());
    QCOMPARE(aws(QStringLiteral("iam"), listAttached).json, attached.json);
    const Run policy = aws(QStringLiteral("iam"), {QStringLiteral("get-policy"),
                                                   QStringLiteral("--policy-arn"), policyArn});
    CHECK_OK(policy);
    QCOMPARE(policy.json.value(QLatin1String("Policy"))
                 .toObject()
                 .value(QLatin1String("AttachmentCount"))
                 .toInt(),
             1);
}

void TestCliImportRole::roleWithAnotherTrustPolicyIsRefused()
{
    const QString name = unique("ec2-role");
    CHECK_OK(aws(QStringLiteral("iam"),
                 {QStringLiteral("create-role"), QStringLiteral("--role-name"), name,
                  QStringLiteral("--assume-role-policy-document"),
                  QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",)"
                                 R"("Principal":{"Service":"ec2.amazonaws.com"},)"
                                 R"("Action":"sts:AssumeRole"}]})")}));
    const Run refused = cli({QStringLiteral("import"), QStringLiteral("create-role"),
                             QStringLiteral("--role-name"), name},
                            cliEnvironment());
    QVERIFY(refused.finished);
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.out, QByteArray());
    QVERIFY2(refused.err.startsWith("RoleTrustPolicyMismatch: The role arn:aws:iam::"),
             refused.err.constData());
    QVERIFY2(refused.err.contains(name.toUtf8() + " already exists with a different trust policy"),
             refused.err.constData());
    QVERIFY2(refused.err.contains("ec2.amazonaws.com"), refused.err.constData());
    // Nothing was attached to it.
    const Run attached = aws(QStringLiteral("iam"), {QStringLiteral("list-attached-role-policies"),
                                                     QStringLiteral("--role-name"), name});
    CHECK_OK(attached);
    QCOMPARE(attached.json.value(QLatin1String("AttachedPolicies")).toArray().size(), 0);
}

void TestCliImportRole::badRoleNameIsAUsageError()
{
    const Run refused = cli({QStringLiteral("import"), QStringLiteral("create-role"),
                             QStringLiteral("--role-name"), QStringLiteral("has space")},
                            cliEnvironment());
    QVERIFY(refused.finished);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("is not a valid IAM role name"), refused.err.constData());
}

void TestCliImportRole::endpointVariablesSteerIamAndSts()
{
    const QString endpoint = m_runner.stack().endpoint.toString();
    // No Cognito override at all: IAM and STS come from their own variables only.
    QProcessEnvironment variables = cliEnvironment();
    variables.remove(QStringLiteral("COGNITO_DESK_ENDPOINT_URL"));
    variables.insert(QStringLiteral("AWS_ENDPOINT_URL_IAM"), endpoint);
    variables.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), endpoint);
    const QString name = unique("env-role");
    const Run created = cli({QStringLiteral("import"), QStringLiteral("create-role"),
                             QStringLiteral("--role-name"), name},
                            variables);
    CHECK_OK(created);
    CHECK_OK(aws(QStringLiteral("iam"),
                 {QStringLiteral("get-role"), QStringLiteral("--role-name"), name}));

    // A variable wins over the loopback Cognito override: STS sent to a closed port fails.
    QProcessEnvironment closed = cliEnvironment();
    closed.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), QStringLiteral("http://127.0.0.1:1"));
    const Run refused = cli({QStringLiteral("import"), QStringLiteral("create-role"),
                             QStringLiteral("--role-name"), name},
                            closed);
    QVERIFY(refused.finished);
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains("127.0.0.1:1"), refused.err.constData());

    // Plain http to a remote host is refused for IAM as for Cognito.
    QProcessEnvironment insecure = cliEnvironment();
    insecure.insert(QStringLiteral("AWS_ENDPOINT_URL_IAM"),
                    QStringLiteral("http://iam.example.com"));
    const Run refusedInsecure = cli({QStringLiteral("import"), QStringLiteral("create-role"),
                                     QStringLiteral("--role-name"), name},
                                    insecure);
    QCOMPARE(refusedInsecure.exitCode, 2);
    QVERIFY2(refusedInsecure.err.contains("InsecureEndpoint"), refusedInsecure.err.constData());
}

void TestCliImportRole::runWithoutRoleArnUsesTheDefaultRole()
{
    const Run header =
        cli({QStringLiteral("import"), QStringLiteral("csv-header")}, cliEnvironment());
    CHECK_OK(header);
    QStringList columns;
    for (const QJsonValue &column : header.json.value(QLatin1String("CSVHeader")).toArray())
        columns.append(column.toString());
    // The pool's header and no rows: the job still runs, and names its role.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(columns.join(QLatin1Char(',')).toUtf8() + '\n');
    file.close();

    const Run run =
        cli({QStringLiteral("import"), QStringLiteral("run"), path, QStringLiteral("--job-name"),
             unique("role-job"), QStringLiteral("--wait")},
            cliEnvironment());
    CHECK_OK(run);
    QVERIFY2(run.err.contains("Cognito-UserImport-Role"), run.err.constData());
    const QJsonObject job = run.json.value(QLatin1String("UserImportJob")).toObject();
    QCOMPARE(job.value(QLatin1String("Status")).toString(), QStringLiteral("Succeeded"));

    // The job names the role that IAM now holds, as the AWS CLI sees both.
    const Run role =
        aws(QStringLiteral("iam"), {QStringLiteral("get-role"), QStringLiteral("--role-name"),
                                    QStringLiteral("Cognito-UserImport-Role")});
    CHECK_OK(role);
    const QString roleArn =
        role.json.value(QLatin1String("Role")).toObject().value(QLatin1String("Arn")).toString();
    const Run described =
        m_runner.aws(QStringLiteral("describe-user-import-job"),
                     {QStringLiteral("--job-id"), job.value(QLatin1String("JobId")).toString()});
    CHECK_OK(described);
    QCOMPARE(described.json.value(QLatin1String("UserImportJob"))
                 .toObject()
                 .value(QLatin1String("CloudWatchLogsRoleArn"))
                 .toString(),
             roleArn);
}

QTEST_GUILESS_MAIN(TestCliImportRole)
#include "tst_cli_importrole.moc"
