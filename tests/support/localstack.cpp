#include "localstack.h"

#include "aws/credentialsprovider.h"
#include "cognito/connection.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QMetaMethod>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

namespace cdesk::test {

QString testAuditLogPath()
{
    // One per test process, removed with it; never the developer's own log.
    static QTemporaryDir folder;
    return folder.path() + QStringLiteral("/audit.jsonl");
}

QString LocalStack::userPoolId() const
{
    return seed.value(QLatin1String("userPoolId")).toString();
}

QString LocalStack::poolName() const
{
    return seed.value(QLatin1String("poolName")).toString();
}

QString LocalStack::clientId(const QString &clientName) const
{
    return seed.value(QLatin1String("clients"))
        .toObject()
        .value(clientName)
        .toObject()
        .value(QLatin1String("ClientId"))
        .toString();
}

QString LocalStack::clientSecret(const QString &clientName) const
{
    return seed.value(QLatin1String("clients"))
        .toObject()
        .value(clientName)
        .toObject()
        .value(QLatin1String("ClientSecret"))
        .toString();
}

aws::Result<std::shared_ptr<cognito::Connection>> LocalStack::connect() const
{
    cognito::ConnectionSettings settings;
    settings.region = region;
    settings.endpointUrl = endpoint;
    settings.credentials = std::make_shared<aws::StaticCredentialsProvider>(credentials);
    return cognito::Connection::open(settings);
}

QString LocalStack::password(const QString &username) const
{
    return seed.value(QLatin1String("users"))
        .toObject()
        .value(username)
        .toObject()
        .value(QLatin1String("Password"))
        .toString();
}

std::optional<LocalStack> LocalStack::load(QString *error)
{
    const QString path = qEnvironmentVariable("COGNITO_DESK_TEST_STATE");
    if (path.isEmpty()) {
        *error = QStringLiteral("COGNITO_DESK_TEST_STATE is not set: run this test through ctest, "
                                "which starts the server fixture.");
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the server state file %1: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    // Writes this process makes through a Connection are audited into the test's own log.
    qputenv("COGNITO_DESK_AUDIT_LOG", QFile::encodeName(testAuditLogPath()));
    LocalStack stack;
    stack.kind = state.value(QLatin1String("kind")).toString();
    stack.endpoint = QUrl(state.value(QLatin1String("endpoint")).toString());
    stack.region = state.value(QLatin1String("region")).toString();
    stack.credentials.accessKeyId = state.value(QLatin1String("accessKeyId")).toString();
    stack.credentials.secretAccessKey = state.value(QLatin1String("secretAccessKey")).toString();
    stack.credentials.source = QStringLiteral("test");
    stack.seed = state.value(QLatin1String("seed")).toObject();
    if (!stack.endpoint.isValid() || stack.region.isEmpty()) {
        *error = QStringLiteral("The server state file %1 has no endpoint or region.").arg(path);
        return std::nullopt;
    }
    return stack;
}

QProcessEnvironment LocalStack::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL",
          "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", "AWS_ENDPOINT_URL_COGNITO_IDENTITY",
          "COGNITO_DESK_PROFILE", "COGNITO_DESK_USER_POOL_ID", "COGNITO_DESK_CLIENT_ID",
          "COGNITO_DESK_ENDPOINT_URL"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), credentials.accessKeyId);
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), credentials.secretAccessKey);
    environment.insert(QStringLiteral("AWS_REGION"), region);
    environment.insert(QStringLiteral("AWS_DEFAULT_REGION"), region);
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/dev/null"));
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/dev/null"));
    environment.insert(QStringLiteral("AWS_PAGER"), QString());
    environment.insert(QStringLiteral("COGNITO_DESK_AUDIT_LOG"), testAuditLogPath());
    return environment;
}

ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment, const QByteArray &input,
                         int timeoutMs)
{
    // Waits in an event loop rather than blocking, so that servers living in this
    // process (FakeHttpServer) can answer the child.
    QProcess process;
    process.setProcessEnvironment(environment);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(timeoutMs))
        return result;
    process.write(input);
    process.closeWriteChannel();
    deadline.start(timeoutMs);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    result.finished = process.state() == QProcess::NotRunning;
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(content) != content.size() || !file.flush())
        return {};
    return path;
}

QString cliPath()
{
    return qEnvironmentVariable("COGNITO_DESK_CLI");
}

int execForServer(QObject *test, int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QString error;
    const std::optional<LocalStack> stack = LocalStack::load(&error);
    // A function named on the command line: a word that is no option, nor an option's value.
    static const QStringList optionsWithValue = {
        QStringLiteral("-o"),         QStringLiteral("-maxwarnings"), QStringLiteral("-seed"),
        QStringLiteral("-platform"),  QStringLiteral("-eventdelay"),  QStringLiteral("-keydelay"),
        QStringLiteral("-mousedelay")};
    bool namesFunctions = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (!arguments[i].startsWith(u'-') && !optionsWithValue.contains(arguments[i - 1]))
            namesFunctions = true;
    }
    if (stack && stack->kind == QLatin1String("cognito-local") && !namesFunctions) {
        const QMetaObject *meta = test->metaObject();
        for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
            const QMetaMethod method = meta->method(i);
            const QString name = QString::fromLatin1(method.name());
            if (method.access() != QMetaMethod::Private ||
                method.methodType() != QMetaMethod::Slot || method.parameterCount() != 0 ||
                name.endsWith(QLatin1String("_data")) || name == QLatin1String("initTestCase") ||
                name == QLatin1String("cleanupTestCase") || name == QLatin1String("init") ||
                name == QLatin1String("cleanup") || name.contains(QLatin1String("_simOnly_")))
                continue;
            arguments << name;
        }
    }
    return QTest::qExec(test, arguments);
}

std::optional<LocalStack> startPrivateSim(const QString &stateFile, QString *error,
                                          const QStringList &simArguments)
{
    const QString stack = qEnvironmentVariable("COGNITO_DESK_LOCAL_STACK");
    if (stack.isEmpty()) {
        *error = QStringLiteral("COGNITO_DESK_LOCAL_STACK is not set: run this test through ctest");
        return std::nullopt;
    }
    const QStringList arguments =
        QStringList{QStringLiteral("--kind"),       QStringLiteral("cognito-sim"),
                    QStringLiteral("--state-file"), stateFile,
                    QStringLiteral("--seed"),       QStringLiteral("none"),
                    QStringLiteral("--"),           QStringLiteral("--quiet")} +
        simArguments;
    const auto started = runProcess(stack + QStringLiteral("/start-server"), arguments,
                                    QProcessEnvironment::systemEnvironment(), {}, 120000);
    if (!started.finished || started.exitCode != 0) {
        *error = QString::fromLocal8Bit(started.err);
        return std::nullopt;
    }
    qputenv("COGNITO_DESK_TEST_STATE", stateFile.toLocal8Bit());
    return LocalStack::load(error);
}

void stopPrivateSim(const QString &stateFile)
{
    const QString stack = qEnvironmentVariable("COGNITO_DESK_LOCAL_STACK");
    if (!stateFile.isEmpty() && !stack.isEmpty())
        runProcess(stack + QStringLiteral("/stop-server"),
                   {QStringLiteral("--state-file"), stateFile},
                   QProcessEnvironment::systemEnvironment());
}

} // namespace cdesk::test
