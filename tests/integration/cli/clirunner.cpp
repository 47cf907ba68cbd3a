#include "clirunner.h"

#include <QJsonDocument>

namespace cdesk::test {

namespace {
Run toRun(const ProcessResult &result)
{
    Run run;
    run.exitCode = result.exitCode;
    run.out = result.out;
    run.err = result.err;
    run.finished = result.finished;
    run.json = QJsonDocument::fromJson(result.out).object();
    return run;
}
} // namespace

CliRunner::CliRunner(const LocalStack &stack)
    : m_stack(stack)
{}

QProcessEnvironment CliRunner::cliEnvironment() const
{
    QProcessEnvironment environment = m_stack.environment();
    environment.insert(QStringLiteral("COGNITO_DESK_ENDPOINT_URL"), m_stack.endpoint.toString());
    if (!m_userPoolId.isEmpty())
        environment.insert(QStringLiteral("COGNITO_DESK_USER_POOL_ID"), m_userPoolId);
    if (!m_clientId.isEmpty())
        environment.insert(QStringLiteral("COGNITO_DESK_CLIENT_ID"), m_clientId);
    return environment;
}

Run CliRunner::cli(const QStringList &arguments, const QByteArray &input) const
{
    return toRun(runProcess(cliPath(), arguments, cliEnvironment(), input));
}

Run CliRunner::cli(const QStringList &arguments, const QProcessEnvironment &environment) const
{
    return run(cliPath(), arguments, environment);
}

Run CliRunner::run(const QString &program, const QStringList &arguments,
                   const QProcessEnvironment &environment, const QByteArray &input)
{
    return toRun(runProcess(program, arguments, environment, input));
}

Run CliRunner::aws(const QString &operation, const QStringList &arguments, bool withPool) const
{
    QStringList all{QStringLiteral("cognito-idp"), operation};
    if (withPool)
        all << QStringLiteral("--user-pool-id") << m_userPoolId;
    all << arguments << QStringLiteral("--endpoint-url") << m_stack.endpoint.toString()
        << QStringLiteral("--output") << QStringLiteral("json");
    return toRun(runProcess(QStringLiteral("/usr/bin/aws"), all, m_stack.environment()));
}

QString CliRunner::createPool(const QString &prefix, const QStringList &arguments,
                              Run *failed) const
{
    const Run made =
        aws(QStringLiteral("create-user-pool"),
            QStringList{QStringLiteral("--pool-name"), uniqueName(prefix)} + arguments, false);
    const QString id =
        made.json.value(QLatin1String("UserPool")).toObject().value(QLatin1String("Id")).toString();
    if ((made.exitCode != 0 || id.isEmpty()) && failed)
        *failed = made;
    return made.exitCode == 0 ? id : QString();
}

} // namespace cdesk::test
