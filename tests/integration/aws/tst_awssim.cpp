#include "aws/awsjsonclient.h"
#include "aws/future.h"
#include "aws/ratelimiter.h"

#include <QNetworkReply>
#include <QProcess>
#include <QtTest>

using namespace cdesk;

// AwsJsonClient against a private cognito-sim (started here, not the shared fixture: these
// tests move the sim's clock and inject faults, which would disturb the other tests).
// cognito-sim only: cognito-local checks neither signatures, quotas nor time.
class TestAwsSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void signedCallsAreAccepted();
    void correctsClockSkewFromTheSimsDate();
    void retriesThroughInjectedFaults_data();
    void retriesThroughInjectedFaults();
    void rateLimiterKeepsUnderTheSimsQuota();

private:
    QJsonObject control(const QByteArray &method, const QString &path,
                        const QJsonObject &body = {});
    std::unique_ptr<aws::AwsJsonClient> client();

    QProcess m_sim;
    QUrl m_url;
    QNetworkAccessManager m_network;
};

namespace {
QString str(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

void TestAwsSim::initTestCase()
{
    const QString stack = qEnvironmentVariable("COGNITO_DESK_LOCAL_STACK");
    QVERIFY2(!stack.isEmpty(), "COGNITO_DESK_LOCAL_STACK is not set");
    m_sim.setProgram(stack + QStringLiteral("/cognito-sim"));
    m_sim.setArguments({str("--port"), str("0"), str("--seed"), str("demo"), str("--quiet")});
    m_sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_sim.start();
    QVERIFY(m_sim.waitForStarted(10000));
    QByteArray line;
    QTRY_VERIFY_WITH_TIMEOUT((line += m_sim.readAllStandardOutput()).contains('\n'), 30000);
    const qsizetype at = line.indexOf("listening ");
    QVERIFY2(at >= 0, line.constData());
    m_url = QUrl(QString::fromLatin1(line.mid(at + 10).trimmed().split('\n').value(0)) +
                 QLatin1Char('/'));
    QVERIFY(m_url.isValid());
}

void TestAwsSim::cleanupTestCase()
{
    m_sim.terminate();
    if (!m_sim.waitForFinished(10000))
        m_sim.kill();
}

void TestAwsSim::init()
{
    control("POST", str("_sim/knobs/reset"));
    control("POST", str("_sim/clock"), {{str("offsetSeconds"), 0}});
    control("POST", str("_sim/stats/reset"));
}

QJsonObject TestAwsSim::control(const QByteArray &method, const QString &path,
                                const QJsonObject &body)
{
    QNetworkRequest request(m_url.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply =
        m_network.sendCustomRequest(request, method, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10000))
        qWarning("control request to the sim timed out");
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

std::unique_ptr<aws::AwsJsonClient> TestAwsSim::client()
{
    aws::Credentials credentials;
    credentials.accessKeyId = str("AKIACOGNITODESKDEMO");
    credentials.secretAccessKey = str("cognito-desk-demo-secret-key");
    auto endpoint = aws::ServiceEndpoint::cognito(str("us-east-1"), m_url);
    auto client = std::make_unique<aws::AwsJsonClient>(
        endpoint.value(), std::make_shared<aws::StaticCredentialsProvider>(credentials));
    aws::RetryPolicy policy;
    policy.baseDelayMs = 5; // fast tests; the formula is unit-tested
    policy.maxBackoffMs = 40;
    client->setRetryPolicy(policy);
    return client;
}

void TestAwsSim::signedCallsAreAccepted()
{
    auto sim = client();
    const auto pools = aws::await(sim->call(str("ListUserPools"), {{str("MaxResults"), 60}}));
    QVERIFY2(pools.ok(), qPrintable(pools.ok() ? QString() : pools.error().toString()));
    QVERIFY(!pools.value().value(QLatin1String("UserPools")).toArray().isEmpty());

    // A wrong secret is refused by the sim's own SigV4 check.
    aws::Credentials wrong;
    wrong.accessKeyId = str("AKIACOGNITODESKDEMO");
    wrong.secretAccessKey = str("not-the-secret");
    aws::AwsJsonClient bad(sim->endpoint(),
                           std::make_shared<aws::StaticCredentialsProvider>(wrong));
    const auto refused = aws::await(bad.call(str("ListUserPools"), {{str("MaxResults"), 60}}));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, aws::ErrorKind::Service);
    QCOMPARE(refused.error().attempts, 1);
}

void TestAwsSim::correctsClockSkewFromTheSimsDate()
{
    control("POST", str("_sim/clock"), {{str("offsetSeconds"), 3590}});
    auto sim = client();
    const auto pools = aws::await(sim->call(str("ListUserPools"), {{str("MaxResults"), 60}}));
    QVERIFY2(pools.ok(), qPrintable(pools.ok() ? QString() : pools.error().toString()));
    QVERIFY2(qAbs(sim->clockOffsetSeconds() - 3590) < 5,
             qPrintable(QString::number(sim->clockOffsetSeconds())));
    // Without the correction the same call is refused as expired.
    auto uncorrected = client();
    aws::RetryPolicy noSkew = uncorrected->retryPolicy();
    noSkew.skewThresholdSeconds = 100000;
    uncorrected->setRetryPolicy(noSkew);
    const auto refused =
        aws::await(uncorrected->call(str("ListUserPools"), {{str("MaxResults"), 60}}));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.startsWith(QLatin1String("Signature expired")),
             qPrintable(refused.error().message));
}

void TestAwsSim::retriesThroughInjectedFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("throttle") << "throttle";
    QTest::newRow("5xx") << "5xx";
}

void TestAwsSim::retriesThroughInjectedFaults()
{
    QFETCH(QString, fault);
    control("POST", str("_sim/knobs"),
            {{str("faults"), QJsonObject{{fault, 0.4}}},
             {str("faultOps"), QJsonArray{str("ListUserPools")}},
             {str("seed"), 7}});
    auto sim = client();
    aws::CallOptions options;
    options.maxAttempts = 12; // 0.4^12: never out of attempts
    for (int i = 0; i < 15; ++i) {
        const auto pools =
            aws::await(sim->call(str("ListUserPools"), {{str("MaxResults"), 60}}, options));
        QVERIFY2(pools.ok(), qPrintable(pools.ok() ? QString() : pools.error().toString()));
    }
    const QJsonObject stats =
        control("GET", str("_sim/knobs")).value(QLatin1String("stats")).toObject();
    QVERIFY2(stats.value(QLatin1String("requests")).toInt() > 15,
             QJsonDocument(stats).toJson().constData());
}

void TestAwsSim::rateLimiterKeepsUnderTheSimsQuota()
{
    control("POST", str("_sim/knobs"),
            {{str("quotasEnabled"), true}, {str("quotas"), QJsonObject{{str("UserPoolRead"), 5}}}});
    // Unlimited, a burst of 12 meets the quota.
    auto eager = client();
    aws::CallOptions once;
    once.maxAttempts = 1;
    QList<QFuture<aws::Result<QJsonObject>>> calls;
    for (int i = 0; i < 12; ++i)
        calls.append(eager->call(str("ListUserPools"), {{str("MaxResults"), 1}}, once));
    int throttled = 0;
    for (const auto &call : std::as_const(calls)) {
        const auto result = aws::await(call);
        throttled +=
            !result.ok() && result.error().type == QLatin1String("TooManyRequestsException");
    }
    QVERIFY(throttled > 0);

    // With our limiter at the same quota (a little under, for clock jitter) none is.
    // The sim's buckets refill on its clock: two seconds on, they are full again.
    control("POST", str("_sim/clock"), {{str("advanceSeconds"), 2}});
    control("POST", str("_sim/stats/reset"));
    auto polite = client();
    auto limiter = std::make_shared<aws::RateLimiter>();
    limiter->setLimit(str("UserPoolRead"), 4);
    polite->setRateLimiter(limiter);
    calls.clear();
    for (int i = 0; i < 12; ++i)
        calls.append(polite->call(str("ListUserPools"), {{str("MaxResults"), 1}}, once));
    for (const auto &call : std::as_const(calls)) {
        const auto result = aws::await(call);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    }
}

QTEST_GUILESS_MAIN(TestAwsSim)
#include "tst_awssim.moc"
