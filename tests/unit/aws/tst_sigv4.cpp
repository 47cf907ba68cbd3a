#include "aws/sigv4.h"
#include "support/localstack.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cdesk::aws;

// The SigV4 signer against the published AWS test vectors (every case, including the
// four botocore skips) and against botocore itself on random requests.
class TestSigV4 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data();
    void vectors();
    void agreesWithBotocore();
    void canonicalUriEncodesTwiceForAwsServices_data();
    void canonicalUriEncodesTwiceForAwsServices();
    void amzDateFormatsUtc_data();
    void amzDateFormatsUtc();
    void signingKeyCacheFollowsTheSecret();
};

namespace {

QString suiteDir()
{
    return qEnvironmentVariable("COGNITO_DESK_SIGV4_SUITE");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

struct ParsedRequest
{
    SigningRequest request;
    bool ok = false;
};

// A .req file is a raw HTTP request: "METHOD target HTTP/1.1", headers (continuation
// lines start with whitespace), an empty line, the body. The target may hold spaces.
ParsedRequest parseRequest(const QByteArray &raw)
{
    ParsedRequest parsed;
    const qsizetype headerEnd = raw.indexOf("\n\n");
    const QByteArray head = headerEnd < 0 ? raw : raw.left(headerEnd);
    parsed.request.body = headerEnd < 0 ? QByteArray() : raw.mid(headerEnd + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.value(0);
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype versionAt = requestLine.lastIndexOf(" HTTP/");
    if (firstSpace <= 0 || versionAt <= firstSpace)
        return parsed;
    parsed.request.method = requestLine.left(firstSpace);
    const QByteArray target = requestLine.mid(firstSpace + 1, versionAt - firstSpace - 1);
    const qsizetype question = target.indexOf('?');
    parsed.request.path = question < 0 ? target : target.left(question);
    parsed.request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty() && i == lines.size() - 1)
            break; // the file's final newline
        if (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t')) {
            if (parsed.request.headers.isEmpty())
                return parsed;
            parsed.request.headers.last().second += '\n' + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return parsed;
        parsed.request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    parsed.ok = true;
    return parsed;
}

Credentials vectorCredentials()
{
    Credentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    credentials.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    return credentials;
}

QDateTime vectorTime()
{
    return QDateTime(QDate(2015, 8, 30), QTime(12, 36, 0), Qt::UTC);
}

} // namespace

void TestSigV4::vectors_data()
{
    QTest::addColumn<QString>("base"); // folder/name without extension
    const QString root = suiteDir();
    if (root.isEmpty() || !QDir(root).exists())
        QFAIL(qPrintable(QStringLiteral("SigV4 test suite not found at \"%1\"").arg(root)));
    QStringList cases;
    QDirIterator it(root, {QStringLiteral("*.req")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        cases.append(file.chopped(4));
    }
    cases.sort();
    QCOMPARE(cases.size(), 34); // the whole suite, the four botocore skips included
    for (const QString &base : std::as_const(cases))
        QTest::newRow(qPrintable(QDir(root).relativeFilePath(base))) << base;
}

void TestSigV4::vectors()
{
    QFETCH(QString, base);
    const ParsedRequest parsed = parseRequest(readAll(base + QLatin1String(".req")));
    QVERIFY(parsed.ok);
    const QByteArray expectedCreq = readAll(base + QLatin1String(".creq"));
    const QByteArray expectedSts = readAll(base + QLatin1String(".sts"));
    const QByteArray expectedAuthz = readAll(base + QLatin1String(".authz"));
    QVERIFY(!expectedCreq.isEmpty() && !expectedSts.isEmpty() && !expectedAuthz.isEmpty());

    Credentials credentials = vectorCredentials();
    // A token the vector signs without carrying it in the request comes from the creq.
    bool tokenInRequest = false;
    for (const auto &[name, value] : parsed.request.headers)
        tokenInRequest =
            tokenInRequest || name.compare("x-amz-security-token", Qt::CaseInsensitive) == 0;
    for (const QByteArray &line : expectedCreq.split('\n'))
        if (line.startsWith("x-amz-security-token:") && !tokenInRequest)
            credentials.sessionToken = QString::fromUtf8(line.mid(21));

    SigningOptions options;
    options.doubleEncodePath = false; // see SigningOptions: the vectors encode once
    const SignatureResult result =
        SigV4::sign(parsed.request, credentials,
                    SigningScope{QStringLiteral("us-east-1"), QStringLiteral("service")},
                    vectorTime(), options);
    QCOMPARE(result.canonicalRequest, expectedCreq);
    QCOMPARE(result.stringToSign, expectedSts);
    QCOMPARE(result.authorization, expectedAuthz);
    if (!credentials.sessionToken.isEmpty())
        QVERIFY(result.addedHeaders.contains(
            {QByteArrayLiteral("X-Amz-Security-Token"), credentials.sessionToken.toUtf8()}));
}

void TestSigV4::agreesWithBotocore()
{
    // Both sign at the same instant: now, handed to botocore.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString script = QFINDTESTDATA("botocore_sign.py");
    QVERIFY(!script.isEmpty());
    const int count = 600;
    const auto run = cdesk::test::runProcess(
        QStringLiteral("/usr/bin/python3"),
        {script, QStringLiteral("--count"), QString::number(count), QStringLiteral("--seed"),
         QString::number(now.toSecsSinceEpoch() % 100000), QStringLiteral("--time"),
         QString::number(now.toSecsSinceEpoch())},
        QProcessEnvironment::systemEnvironment());
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());

    int compared = 0;
    int withToken = 0;
    int withQuery = 0;
    int binaryBodies = 0;
    for (const QByteArray &line : run.out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject c = QJsonDocument::fromJson(line).object();
        QVERIFY(!c.isEmpty());
        SigningRequest request;
        request.method = c.value(QLatin1String("method")).toString().toUtf8();
        request.path = c.value(QLatin1String("path")).toString().toUtf8();
        request.query = c.value(QLatin1String("query")).toString().toUtf8();
        request.body = QByteArray::fromHex(c.value(QLatin1String("body")).toString().toLatin1());
        for (const QJsonValue &header : c.value(QLatin1String("headers")).toArray())
            request.headers.append({header[0].toString().toUtf8(), header[1].toString().toUtf8()});
        Credentials credentials;
        credentials.accessKeyId = c.value(QLatin1String("accessKey")).toString();
        credentials.secretAccessKey = c.value(QLatin1String("secret")).toString();
        credentials.sessionToken = c.value(QLatin1String("token")).toString();
        const SignatureResult ours =
            SigV4::sign(request, credentials,
                        SigningScope{c.value(QLatin1String("region")).toString(),
                                     QStringLiteral("cognito-idp")},
                        now);
        const QByteArray theirs = c.value(QLatin1String("authorization")).toString().toUtf8();
        if (ours.authorization != theirs) {
            const QByteArray botoCreq =
                c.value(QLatin1String("canonicalRequest")).toString().toUtf8();
            qWarning().noquote() << "case" << compared << "\nours:\n"
                                 << ours.canonicalRequest << "\nbotocore:\n"
                                 << botoCreq;
        }
        QCOMPARE(ours.authorization, theirs);
        ++compared;
        withToken += credentials.sessionToken.isEmpty() ? 0 : 1;
        withQuery += request.query.isEmpty() ? 0 : 1;
        binaryBodies += request.body.toStdString().find('\0') != std::string::npos ? 1 : 0;
    }
    QCOMPARE(compared, count);
    // The generator covered what it should (guards against a generator gone quiet).
    QVERIFY(withToken > count / 4 && withToken < count * 3 / 4);
    QVERIFY(withQuery > count / 4);
    QVERIFY(binaryBodies > 0);
}

void TestSigV4::canonicalUriEncodesTwiceForAwsServices_data()
{
    QTest::addColumn<QByteArray>("wirePath");
    QTest::addColumn<QByteArray>("aws");  // double encoding, normalised
    QTest::addColumn<QByteArray>("once"); // vectors / S3 encoding, normalised

    QTest::newRow("root") << QByteArray("/") << QByteArray("/") << QByteArray("/");
    QTest::newRow("empty") << QByteArray("") << QByteArray("/") << QByteArray("/");
    QTest::newRow("encoded-space")
        << QByteArray("/a%20b") << QByteArray("/a%2520b") << QByteArray("/a%20b");
    QTest::newRow("utf8") << QByteArray("/%E1%88%B4") << QByteArray("/%25E1%2588%25B4")
                          << QByteArray("/%E1%88%B4");
    QTest::newRow("dot-segments") << QByteArray("/a/./b/../c/") << QByteArray("/a/c/")
                                  << QByteArray("/a/c/");
    QTest::newRow("slashes") << QByteArray("//a//b") << QByteArray("/a/b") << QByteArray("/a/b");
    QTest::newRow("sub-delims") << QByteArray("/$x:@") << QByteArray("/%24x%3A%40")
                                << QByteArray("/%24x%3A%40");
    QTest::newRow("tilde-spellings")
        << QByteArray("/%7Ea") << QByteArray("/%257Ea") << QByteArray("/~a");
    QTest::newRow("above-root") << QByteArray("/../..") << QByteArray("/") << QByteArray("/");
}

void TestSigV4::canonicalUriEncodesTwiceForAwsServices()
{
    QFETCH(QByteArray, wirePath);
    QFETCH(QByteArray, aws);
    QFETCH(QByteArray, once);
    QCOMPARE(SigV4::canonicalUri(wirePath), aws);
    SigningOptions single;
    single.doubleEncodePath = false;
    QCOMPARE(SigV4::canonicalUri(wirePath, single), once);
    SigningOptions s3;
    s3.doubleEncodePath = false;
    s3.normalizePath = false;
    QCOMPARE(SigV4::canonicalUri("//a/./b", s3), QByteArray("//a/./b"));
}

void TestSigV4::amzDateFormatsUtc_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("vector") << vectorTime() << QByteArray("20150830T123600Z");
    QTest::newRow("epoch") << QDateTime::fromSecsSinceEpoch(0, Qt::UTC)
                           << QByteArray("19700101T000000Z");
    QTest::newRow("leap-day") << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC)
                              << QByteArray("20240229T235959Z");
    QTest::newRow("offset-zone") << QDateTime(QDate(2026, 1, 1), QTime(1, 30, 0),
                                              QTimeZone(3600 * 2))
                                 << QByteArray("20251231T233000Z");
    QTest::newRow("before-epoch") << QDateTime(QDate(1969, 12, 31), QTime(23, 0, 1), Qt::UTC)
                                  << QByteArray("19691231T230001Z");
}

void TestSigV4::amzDateFormatsUtc()
{
    QFETCH(QDateTime, time);
    QFETCH(QByteArray, expected);
    QCOMPARE(SigV4::amzDate(time), expected);
}

void TestSigV4::signingKeyCacheFollowsTheSecret()
{
    // The memoised signing key must never outlive a change of secret, day, region or service.
    SigningRequest request;
    request.headers = {{"host", "example.amazonaws.com"}};
    Credentials a = vectorCredentials();
    Credentials b = a;
    b.secretAccessKey += QLatin1Char('x');
    const SigningScope scope{QStringLiteral("us-east-1"), QStringLiteral("service")};
    const QByteArray first = SigV4::sign(request, a, scope, vectorTime()).signature;
    QVERIFY(SigV4::sign(request, b, scope, vectorTime()).signature != first);
    QVERIFY(SigV4::sign(request, a, scope, vectorTime().addDays(1)).signature != first);
    QVERIFY(SigV4::sign(request, a, {QStringLiteral("eu-west-1"), QStringLiteral("service")},
                        vectorTime())
                .signature != first);
    QCOMPARE(SigV4::sign(request, a, scope, vectorTime()).signature, first);
}

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
