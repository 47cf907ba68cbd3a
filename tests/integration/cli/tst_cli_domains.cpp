#include "clirunner.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace cdesk;

// `domain create/describe/delete` against cognito-sim, each step checked with the AWS CLI
// (describe-user-pool-domain, describe-user-pool) on the same server.
class TestCliDomains : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void prefixDomainIsCreatedAndDescribed();
    void waitFollowsCreatingToActive();
    void takenPrefixIsRefusedClearly();
    void refusalsNameTheRule_data();
    void refusalsNameTheRule();
    void customDomainNeedsACertificate();
    void deleteFindsThePoolItself();

private:
    QString newPool(const QString &role);
    test::CliRunner runnerFor(const QString &poolId) const;

    test::CliRunner m_cli;
    QString m_tag; // unique per run: the sim is shared with other tests
    QString m_first;
    QString m_second;
    QString m_third;
    QStringList m_pools;
};

namespace {
const QString certificate = QStringLiteral(
    "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789");
}

void TestCliDomains::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_cli = test::CliRunner(*stack);
    // Hex digits only: no reserved word (aws, amazon, cognito) can appear by chance.
    m_tag = QString::number(QRandomGenerator::global()->generate64(), 16).left(10);
    m_first = newPool(QStringLiteral("first"));
    m_second = newPool(QStringLiteral("second"));
    m_third = newPool(QStringLiteral("third"));
    QVERIFY(!m_first.isEmpty() && !m_second.isEmpty() && !m_third.isEmpty());
}

void TestCliDomains::cleanupTestCase()
{
    for (const QString &pool : std::as_const(m_pools)) {
        const auto described = m_cli.aws(QStringLiteral("describe-user-pool"),
                                         {QStringLiteral("--user-pool-id"), pool}, false);
        const QJsonObject userPool = described.json.value(QLatin1String("UserPool")).toObject();
        for (const char *key : {"Domain", "CustomDomain"}) {
            const QString domain = userPool.value(QLatin1String(key)).toString();
            if (!domain.isEmpty())
                runnerFor(pool).cli({QStringLiteral("domain"), QStringLiteral("delete"), domain});
        }
        m_cli.cli({QStringLiteral("pool"), QStringLiteral("delete"), pool});
    }
}

QString TestCliDomains::newPool(const QString &role)
{
    const auto run = m_cli.cli({QStringLiteral("pool"), QStringLiteral("create"),
                                QStringLiteral("domains-%1-%2").arg(role, m_tag)});
    const QString id =
        run.json.value(QLatin1String("UserPool")).toObject().value(QLatin1String("Id")).toString();
    if (!id.isEmpty())
        m_pools.append(id);
    else
        qWarning() << run.describe();
    return id;
}

test::CliRunner TestCliDomains::runnerFor(const QString &poolId) const
{
    test::CliRunner runner = m_cli;
    runner.setPool(poolId);
    return runner;
}

void TestCliDomains::prefixDomainIsCreatedAndDescribed()
{
    const QString prefix = QStringLiteral("desk-") + m_tag;
    const test::CliRunner cli = runnerFor(m_first);
    const auto created = cli.cli({QStringLiteral("domain"), QStringLiteral("create"), prefix});
    QVERIFY2(created.exitCode == 0, created.describe().constData());
    QCOMPARE(created.json, QJsonObject());
    QVERIFY2(created.errText().contains(
                 QStringLiteral("https://%1.auth.us-east-1.amazoncognito.com is being created "
                                "(CREATING)")
                     .arg(prefix)),
             created.describe().constData());

    const auto described = cli.cli({QStringLiteral("domain"), QStringLiteral("describe"), prefix});
    QVERIFY2(described.exitCode == 0, described.describe().constData());
    const QJsonObject ours = described.json.value(QLatin1String("DomainDescription")).toObject();
    QCOMPARE(ours.value(QLatin1String("Status")).toString(), QStringLiteral("CREATING"));
    const auto theirs = cli.aws(QStringLiteral("describe-user-pool-domain"),
                                {QStringLiteral("--domain"), prefix}, false);
    QVERIFY2(theirs.exitCode == 0, theirs.describe().constData());
    const QJsonObject awsView = theirs.json.value(QLatin1String("DomainDescription")).toObject();
    QCOMPARE(awsView.value(QLatin1String("UserPoolId")).toString(), m_first);
    QCOMPARE(awsView.value(QLatin1String("Domain")).toString(), prefix);
    for (const char *key : {"UserPoolId", "Domain", "CloudFrontDistribution", "AWSAccountId"})
        QCOMPARE(ours.value(QLatin1String(key)), awsView.value(QLatin1String(key)));

    // The pool names its domain, for the hosted UI to find.
    const auto pool = cli.aws(QStringLiteral("describe-user-pool"), {});
    QCOMPARE(pool.json.value(QLatin1String("UserPool"))
                 .toObject()
                 .value(QLatin1String("Domain"))
                 .toString(),
             prefix);
    const auto ourPool = cli.cli({QStringLiteral("pool"), QStringLiteral("describe")});
    QCOMPARE(ourPool.json.value(QLatin1String("UserPool"))
                 .toObject()
                 .value(QLatin1String("Domain"))
                 .toString(),
             prefix);

    // A free domain: an empty description, as the service answers, and a word on stderr.
    const QString free = QStringLiteral("free-") + m_tag;
    const auto none = cli.cli({QStringLiteral("domain"), QStringLiteral("describe"), free});
    QVERIFY2(none.exitCode == 0, none.describe().constData());
    QCOMPARE(none.json, (QJsonObject{{QStringLiteral("DomainDescription"), QJsonObject()}}));
    QVERIFY(none.errText().contains(QStringLiteral("No user pool has the domain %1.").arg(free)));
}

void TestCliDomains::waitFollowsCreatingToActive()
{
    const QString prefix = QStringLiteral("wait-") + m_tag;
    const test::CliRunner cli = runnerFor(m_second);
    const auto created =
        cli.cli({QStringLiteral("domain"), QStringLiteral("create"), prefix,
                 QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("60")});
    QVERIFY2(created.exitCode == 0, created.describe().constData());
    const QString err = created.errText();
    const qsizetype creating = err.indexOf(prefix + QStringLiteral(": CREATING"));
    const qsizetype active = err.indexOf(prefix + QStringLiteral(": ACTIVE"));
    QVERIFY2(creating >= 0 && active > creating, created.describe().constData());
    const auto theirs = cli.aws(QStringLiteral("describe-user-pool-domain"),
                                {QStringLiteral("--domain"), prefix}, false);
    QCOMPARE(theirs.json.value(QLatin1String("DomainDescription"))
                 .toObject()
                 .value(QLatin1String("Status"))
                 .toString(),
             QStringLiteral("ACTIVE"));
}

void TestCliDomains::takenPrefixIsRefusedClearly()
{
    // m_first's prefix, asked for by another pool.
    const QString prefix = QStringLiteral("desk-") + m_tag;
    const auto refused =
        runnerFor(m_third).cli({QStringLiteral("domain"), QStringLiteral("create"), prefix});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.errText().contains(QStringLiteral(
                 "InvalidParameterException: Domain already associated with another user pool.")),
             refused.describe().constData());
    QVERIFY2(refused.errText().contains(QStringLiteral("\"%1\" is taken").arg(prefix)),
             refused.describe().constData());
    // The AWS CLI is refused the same way.
    const auto theirs = runnerFor(m_third).aws(QStringLiteral("create-user-pool-domain"),
                                               {QStringLiteral("--domain"), prefix});
    QVERIFY(theirs.exitCode != 0);
    QVERIFY(theirs.errText().contains(
        QStringLiteral("Domain already associated with another user pool.")));
}

void TestCliDomains::refusalsNameTheRule_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("reserved-word") << QStringLiteral("my-aws-") + m_tag << 1
                                   << QStringLiteral("Domain cannot contain reserved word: aws");
    QTest::newRow("upper-case") << QStringLiteral("Desk-") + m_tag << 1
                                << QStringLiteral("The domain name contains an invalid character.");
    QTest::newRow("custom-without-certificate")
        << QStringLiteral("auth.example.com") << 2 << QStringLiteral("give --certificate-arn ARN");
}

void TestCliDomains::refusalsNameTheRule()
{
    QFETCH(QString, domain);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const auto refused =
        runnerFor(m_third).cli({QStringLiteral("domain"), QStringLiteral("create"), domain});
    QCOMPARE(refused.exitCode, exitCode);
    QVERIFY2(refused.errText().contains(says), refused.describe().constData());
}

void TestCliDomains::customDomainNeedsACertificate()
{
    const QString domain = QStringLiteral("auth-%1.example.com").arg(m_tag);
    const test::CliRunner cli = runnerFor(m_third);
    QString elsewhere = certificate;
    elsewhere.replace(QStringLiteral("us-east-1"), QStringLiteral("eu-west-1"));
    const auto refused = cli.cli({QStringLiteral("domain"), QStringLiteral("create"), domain,
                                  QStringLiteral("--certificate-arn"), elsewhere});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.errText().contains(QStringLiteral("isn't in us-east-1 region")),
             refused.describe().constData());

    const auto created = cli.cli({QStringLiteral("domain"), QStringLiteral("create"), domain,
                                  QStringLiteral("--certificate-arn"), certificate});
    QVERIFY2(created.exitCode == 0, created.describe().constData());
    const QString cloudFront = created.json.value(QLatin1String("CloudFrontDomain")).toString();
    QVERIFY2(cloudFront.endsWith(QLatin1String(".cloudfront.net")), created.describe().constData());
    QVERIFY(created.errText().contains(QStringLiteral("Point %1 at %2").arg(domain, cloudFront)));

    const auto theirs = cli.aws(QStringLiteral("describe-user-pool-domain"),
                                {QStringLiteral("--domain"), domain}, false);
    const QJsonObject description =
        theirs.json.value(QLatin1String("DomainDescription")).toObject();
    QCOMPARE(description.value(QLatin1String("UserPoolId")).toString(), m_third);
    QCOMPARE(description.value(QLatin1String("CustomDomainConfig"))
                 .toObject()
                 .value(QLatin1String("CertificateArn"))
                 .toString(),
             certificate);
    const auto pool = cli.aws(QStringLiteral("describe-user-pool"), {});
    QCOMPARE(pool.json.value(QLatin1String("UserPool"))
                 .toObject()
                 .value(QLatin1String("CustomDomain"))
                 .toString(),
             domain);
}

void TestCliDomains::deleteFindsThePoolItself()
{
    const QString prefix = QStringLiteral("wait-") + m_tag; // m_second's
    const test::CliRunner noPool = runnerFor(QString());
    const auto deleted = noPool.cli({QStringLiteral("domain"), QStringLiteral("delete"), prefix});
    QVERIFY2(deleted.exitCode == 0, deleted.describe().constData());
    QCOMPARE(deleted.json, QJsonObject());
    const auto theirs = noPool.aws(QStringLiteral("describe-user-pool-domain"),
                                   {QStringLiteral("--domain"), prefix}, false);
    QCOMPARE(theirs.json, (QJsonObject{{QStringLiteral("DomainDescription"), QJsonObject()}}));
    const auto pool = noPool.aws(QStringLiteral("describe-user-pool"),
                                 {QStringLiteral("--user-pool-id"), m_second}, false);
    QVERIFY(
        !pool.json.value(QLatin1String("UserPool")).toObject().contains(QLatin1String("Domain")));

    const auto again = noPool.cli({QStringLiteral("domain"), QStringLiteral("delete"), prefix});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.errText().contains(
                 QStringLiteral("DomainNotFound: No user pool has the domain %1.").arg(prefix)),
             again.describe().constData());
    // With the wrong pool named, the service's own refusal.
    const auto wrongPool = runnerFor(m_third).cli(
        {QStringLiteral("domain"), QStringLiteral("delete"), QStringLiteral("desk-") + m_tag});
    QCOMPARE(wrongPool.exitCode, 1);
    QVERIFY2(wrongPool.errText().contains(QStringLiteral("No such domain or user pool exists.")),
             wrongPool.describe().constData());
}

QTEST_GUILESS_MAIN(TestCliDomains)
#include "tst_cli_domains.moc"
