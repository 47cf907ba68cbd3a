#pragma once

#include "aws/credentials.h"
#include "aws/result.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <optional>

namespace cdesk::cognito {
class Connection;
}

namespace cdesk::test {

// The audit log of this test process (a temporary file): LocalStack::load() points the
// process at it and environment() its children, so no test writes to the developer's log.
QString testAuditLogPath();

// The private server a ctest fixture started for this run, as its state file describes it
// (tools/local-stack/start-server). Fails the test, never skips it, when there is none.
struct LocalStack
{
    QString kind; // cognito-local or cognito-sim
    QUrl endpoint;
    QString region;
    aws::Credentials credentials;
    QJsonObject seed;

    QString userPoolId() const;
    QString poolName() const;
    QString clientId(const QString &clientName) const;
    QString clientSecret(const QString &clientName) const;
    QString password(const QString &username) const;

    // A connection to this server with its keys, as the app and the CLI open one.
    aws::Result<std::shared_ptr<cognito::Connection>> connect() const;

    // Reads $COGNITO_DESK_TEST_STATE; on failure returns nothing and says why in *error.
    static std::optional<LocalStack> load(QString *error);

    // An environment for child processes that talk to this server (AWS_* set, the
    // caller's AWS_PROFILE and config files out of the way).
    QProcessEnvironment environment() const;
};

// Tests share the fixture's server with other tests running at the same time: every
// user, group or pool a test makes has a name no other run will use.
inline QString uniqueName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// Writes `content` to `path` (replacing it): `path`, or empty when it could not be written
// whole, so that a test's QVERIFY(!path.isEmpty()) or the command it feeds fails.
QString writeFile(const QString &path, const QByteArray &content);

// What went wrong, for a failed check's message (an ok result has no error to show).
template <typename T>
QString why(const aws::Result<T> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

// main() for a test run against either server. Against cognito-local, the test functions whose
// name holds "_simOnly_" test what that server lacks (tools/local-stack/README.md lists the
// gaps) and are left out of the run: not run, not skipped, not counted. Against cognito-sim,
// or when functions are named on the command line, everything runs as QTest::qExec would.
int execForServer(QObject *test, int argc, char **argv);

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

// Runs `program` with `arguments`, feeding `input` to its stdin; waits at most `timeoutMs`.
ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment, const QByteArray &input = {},
                         int timeoutMs = 60000);

// The cognito-desk-cli built with this test ($COGNITO_DESK_CLI).
QString cliPath();

// A cognito-sim of the test's own, unseeded, for tests that move its clock or turn its fault
// knobs (both global to a server): started with its state in `stateFile`, which
// COGNITO_DESK_TEST_STATE then names, so LocalStack::load (the stack returned) finds it.
// `simArguments` go to cognito-sim itself (e.g. --region eu-west-1).
std::optional<LocalStack> startPrivateSim(const QString &stateFile, QString *error,
                                          const QStringList &simArguments = {});
// Stops what startPrivateSim started; nothing when `stateFile` is empty or names no server.
void stopPrivateSim(const QString &stateFile);

} // namespace cdesk::test
