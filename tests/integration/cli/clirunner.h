#pragma once

#include "support/localstack.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

namespace cdesk::test {

// One run of a program: what it printed and, when stdout is a JSON object, that object.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json;
    bool finished = false;

    QString errText() const { return QString::fromUtf8(err); }
    // For QVERIFY2 messages.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + ": " + err + out;
    }
};

// Drives cognito-desk-cli and /usr/bin/aws against the same server, so that each step
// taken with one can be checked with the other.
class CliRunner
{
public:
    CliRunner() = default;
    explicit CliRunner(const LocalStack &stack);

    void setPool(const QString &userPoolId) { m_userPoolId = userPoolId; }
    void setClient(const QString &clientId) { m_clientId = clientId; }
    const QString &pool() const { return m_userPoolId; }
    const QString &client() const { return m_clientId; }
    const LocalStack &stack() const { return m_stack; }

    // cognito-desk-cli ARGS with the endpoint, pool and client in its environment.
    Run cli(const QStringList &arguments, const QByteArray &input = {}) const;
    // cognito-desk-cli ARGS in exactly `environment` (e.g. cliEnvironment() changed).
    Run cli(const QStringList &arguments, const QProcessEnvironment &environment) const;
    // Any program, its output read as a Run.
    static Run run(const QString &program, const QStringList &arguments,
                   const QProcessEnvironment &environment, const QByteArray &input = {});
    // aws cognito-idp OPERATION ARGS --endpoint-url ... --output json; adds --user-pool-id
    // when `withPool`.
    Run aws(const QString &operation, const QStringList &arguments, bool withPool = true) const;
    // A pool of the test's own, made with the AWS CLI (`create-user-pool --pool-name
    // PREFIX<unique> ARGS`): its id, or empty (and `*failed` holds the run) when it failed.
    QString createPool(const QString &prefix, const QStringList &arguments = {},
                       Run *failed = nullptr) const;

    QProcessEnvironment cliEnvironment() const;

private:
    LocalStack m_stack;
    QString m_userPoolId;
    QString m_clientId;
};

} // namespace cdesk::test
