// exec: run a program with a user's fresh token in its environment.
#include "cli/command.h"
#include "cli/context.h"
#include "cli/sessions.h"
#include "cli/text.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <limits>

namespace cdesk::cli {

namespace {

// What a shell answers when it cannot run a command.
constexpr int CommandNotRunnable = 127;

int execWithToken(Context &context, const ParsedArguments &arguments)
{
    const QString username = arguments.value(QStringLiteral("as"));
    if (username.isEmpty())
        return context.usageError(tr("exec needs --as USERNAME: whose saved session to use."));
    const QStringList command = arguments.positional;
    if (command.isEmpty())
        return context.usageError(
            tr("exec needs the command to run after --, e.g. exec --as alice -- ./e2e-tests"));
    const QString variable =
        arguments.value(QStringLiteral("env"), QStringLiteral("COGNITO_TOKEN"));
    static const QRegularExpression variableName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!variableName.match(variable).hasMatch())
        return context.usageError(
            tr("--env takes an environment variable's name, not \"%1\".").arg(variable));

    const bool awsCredentials = arguments.isSet(QStringLiteral("aws-credentials"));
    const QString identityPoolId = arguments.value(QStringLiteral("identity-pool-id"));
    if (awsCredentials && identityPoolId.isEmpty())
        return context.usageError(tr("--aws-credentials needs --identity-pool-id ID: the "
                                     "identity pool that gives the credentials."));
    if (!awsCredentials && !identityPoolId.isEmpty())
        return context.usageError(
            tr("--identity-pool-id goes with --aws-credentials (the credentials it gives)."));

    int exitCode = Success;
    const auto token = sessionToken(context, arguments, username, DefaultMinTtlSeconds, &exitCode);
    if (!token)
        return exitCode;

    // The token and the credentials go only into the child's environment, never onto its
    // command line.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(variable, *token);
    if (awsCredentials) {
        // The session is fresh now (sessionToken refreshed it when it had to).
        const auto credentials =
            userIdentityCredentials(context, arguments, username, identityPoolId,
                                    SessionFailure::VerificationFailed, &exitCode);
        if (!credentials)
            return exitCode;
        environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"),
                           credentials->credentials.accessKeyId);
        environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                           credentials->credentials.secretAccessKey);
        environment.insert(QStringLiteral("AWS_SESSION_TOKEN"),
                           credentials->credentials.sessionToken);
        // Else an SDK would take a profile's keys over these or pair them with its token.
        environment.remove(QStringLiteral("AWS_PROFILE"));
        environment.remove(QStringLiteral("AWS_DEFAULT_PROFILE"));
        environment.remove(QStringLiteral("AWS_SECURITY_TOKEN"));
    }
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.setInputChannelMode(QProcess::ForwardedInputChannel);
    child.setProgram(command.first());
    child.setArguments(command.mid(1));
    context.out().flush();
    context.err().flush();
    child.start();
    if (!child.waitForStarted(-1)) {
        context.err() << tr("Cannot run %1: %2").arg(command.first(), child.errorString()) << '\n';
        context.err().flush();
        return CommandNotRunnable;
    }
    child.waitForFinished(-1);
    if (child.exitStatus() != QProcess::NormalExit) {
        context.err()
            << tr("%1 did not exit normally: %2").arg(command.first(), child.errorString()) << '\n';
        context.err().flush();
        return LocalError;
    }
    return child.exitCode();
}

} // namespace

void addExecCommands(CommandList &commands)
{
    QList<OptionSpec> options{{QStringLiteral("as"), true, false,
                               tr("The user whose saved session gives the token (required)."),
                               QStringLiteral("USERNAME")},
                              {QStringLiteral("env"), true, false,
                               tr("The environment variable that holds the token (default "
                                  "COGNITO_TOKEN)."),
                               QStringLiteral("NAME")},
                              {QStringLiteral("aws-credentials"), false, false,
                               tr("Also put the user's identity-pool credentials in "
                                  "AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and "
                                  "AWS_SESSION_TOKEN (needs --identity-pool-id).")},
                              identityPoolIdOption()};
    options.append(sessionTokenOptions());
    commands.append(
        {QStringLiteral("exec"),
         QString(),
         QStringLiteral("--as USERNAME [--use id|access] [--env NAME] [--aws-credentials "
                        "--identity-pool-id ID] [--client-secret-stdin] -- COMMAND [ARGS]..."),
         tr("Run COMMAND with a fresh token of the user's saved session in its environment "
            "(never on its command line), and with --aws-credentials the user's identity-pool "
            "credentials; exits with COMMAND's exit code, 5 when there is no valid token."),
         options,
         1,
         std::numeric_limits<int>::max(),
         execWithToken,
         {{QStringLiteral("COMMAND [ARGS]..."), tr("The program to run and its arguments.")}},
         QStringLiteral("exec --as alice --use access -- ./run-e2e-tests")});
}

} // namespace cdesk::cli
