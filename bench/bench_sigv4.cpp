// Times SigV4::sign on a typical Cognito request (ListUsers with a filter, session
// credentials) and prints one JSON object: the median µs per signature and the
// Authorization header at a given instant, so that compare_sigv4.py can check it signs
// the very request botocore signs.
//
//   bench_sigv4 --time EPOCH_SECONDS [--batches N] [--per-batch M]

#include "aws/sigv4.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace cdesk::aws;

namespace {

SigningRequest typicalRequest()
{
    SigningRequest request;
    request.method = "POST";
    request.path = "/";
    request.headers = {{"Host", "cognito-idp.eu-west-1.amazonaws.com"},
                       {"Content-Type", "application/x-amz-json-1.1"},
                       {"X-Amz-Target", "AWSCognitoIdentityProviderService.ListUsers"}};
    request.body = R"({"UserPoolId":"eu-west-1_AbCdEfGhI","Limit":60,"Filter":"email ^= \"ali\""})";
    return request;
}

Credentials typicalCredentials()
{
    Credentials credentials;
    credentials.accessKeyId = QStringLiteral("ASIAEXAMPLEEXAMPLE12");
    credentials.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    credentials.sessionToken = QStringLiteral(
        "IQoJb3JpZ2luX2VjEXAMPLETOKENaCXVzLWVhc3QtMSJHMEUCIQDexampleexampleexampleexample"
        "exampleexampleexampleAiBexampleexampleexampleexampleexampleexampleKq8CCBAQABoMMTIz");
    return credentials;
}

qint64 threadCpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const char *name, qint64 fallback) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toLongLong() : fallback;
    };
    const qint64 time = option("--time", QDateTime::currentSecsSinceEpoch());
    const int batches = int(option("--batches", 101));
    const int perBatch = int(option("--per-batch", 500));

    const SigningRequest request = typicalRequest();
    const Credentials credentials = typicalCredentials();
    const SigningScope scope{QStringLiteral("eu-west-1"), QStringLiteral("cognito-idp")};

    // Each signature reads the clock, as a real request does (botocore does too). Batches
    // are timed in thread CPU time (compare_sigv4.py does the same for botocore): the
    // machines this runs on are shared, and being descheduled is not signing.
    std::vector<double> microseconds;
    QByteArray sink;
    for (int batch = 0; batch < batches; ++batch) {
        const qint64 start = threadCpuNanoseconds();
        for (int i = 0; i < perBatch; ++i) {
            const SignatureResult result =
                SigV4::sign(request, credentials, scope, QDateTime::currentDateTimeUtc());
            sink = result.authorization;
        }
        microseconds.push_back(double(threadCpuNanoseconds() - start) / 1000.0 / perBatch);
    }
    std::sort(microseconds.begin(), microseconds.end());

    const SignatureResult fixed =
        SigV4::sign(request, credentials, scope, QDateTime::fromSecsSinceEpoch(time, Qt::UTC));
    QJsonObject out;
    out.insert(QLatin1String("medianMicroseconds"), microseconds[microseconds.size() / 2]);
    out.insert(QLatin1String("minMicroseconds"), microseconds.front());
    out.insert(QLatin1String("authorization"), QString::fromLatin1(fixed.authorization));
    out.insert(QLatin1String("sink"), sink.size());
    std::puts(QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
