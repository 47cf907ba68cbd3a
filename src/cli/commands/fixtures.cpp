// fixtures: the same test users, with known passwords, groups and TOTP, in every pool.
#include "cognito/fixtures.h"

#include "auth/fixturesrunner.h"
#include "aws/future.h"
#include "cli/command.h"
#include "cli/context.h"
#include "cli/sessions.h"
#include "cli/support.h"
#include "cli/text.h"
#include "cognito/identityprovider.h"
#include "secrets/keychainstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace cdesk::cli {

namespace {

std::optional<QList<cognito::FixtureUser>> readFixtures(Context &context, const QString &path,
                                                        int *exitCode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *exitCode = context.localError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    const auto users = cognito::parseFixtures(file.readAll());
    if (!users) {
        // Nothing is sent for a file with a mistake in it.
        *exitCode = context.usageError(tr("%1: %2").arg(path, users.error().message));
        return std::nullopt;
    }
    return users.value();
}

int applyFixtures(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto users = readFixtures(context, arguments.positional.value(0), &exitCode);
    if (!users)
        return exitCode;
    const auto poolId = context.userPoolId(&exitCode);
    if (!poolId)
        return exitCode;
    auto *provider = context.identityProvider(&exitCode);
    if (!provider)
        return exitCode;
    secrets::KeychainStore keychain;
    auth::FixturesRunner runner(provider, &keychain, *poolId, keychainEndpoint(context.globals()));
    // Asked for the first user enrolled in TOTP only (it may read the secret from stdin).
    runner.setClientSource([&context, &arguments]() -> aws::Result<cognito::AppClient> {
        int clientExit = Success;
        const auto client = context.appClient(arguments, &clientExit);
        if (client)
            return *client;
        aws::AwsError error;
        error.type = str("MissingClient");
        error.message = tr("TOTP enrolment signs in as the user: give --client-id "
                           "(an app client that allows ADMIN_USER_PASSWORD_AUTH).");
        return error;
    });
    const auto checks = aws::await(runner.plan(*users));
    if (!checks)
        return context.fail(checks.error());
    const auto outcomes = aws::await(runner.apply(checks.value()));
    if (!outcomes)
        return context.fail(outcomes.error());
    QJsonArray created, updated, unchanged, failed;
    for (const auth::FixtureOutcome &outcome : outcomes.value()) {
        switch (outcome.kind) {
        case auth::FixtureOutcome::Kind::Failed:
            failed.append(
                QJsonObject{{str("Username"), outcome.username}, {str("Error"), outcome.error}});
            break;
        case auth::FixtureOutcome::Kind::Created:
            created.append(outcome.username);
            break;
        case auth::FixtureOutcome::Kind::Updated:
            updated.append(outcome.username);
            break;
        case auth::FixtureOutcome::Kind::Unchanged:
            unchanged.append(outcome.username);
            break;
        }
    }
    QJsonObject report{
        {str("Created"), created}, {str("Updated"), updated}, {str("Unchanged"), unchanged}};
    if (!failed.isEmpty())
        report.insert(str("Failed"), failed);
    context.print(report);
    return failed.isEmpty() ? int(Success) : int(ServiceError);
}

int removeFixtures(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto users = readFixtures(context, arguments.positional.value(0), &exitCode);
    if (!users)
        return exitCode;
    const auto poolId = context.userPoolId(&exitCode);
    if (!poolId)
        return exitCode;
    auto *provider = context.identityProvider(&exitCode);
    if (!provider)
        return exitCode;
    secrets::KeychainStore keychain;
    QJsonArray deleted, absent, failed;
    for (const cognito::FixtureUser &user : *users) {
        const auto answer =
            aws::await(provider->call(str("AdminDeleteUser"), {{str("UserPoolId"), *poolId},
                                                               {str("Username"), user.username}}));
        if (!answer && answer.error().type != QLatin1String("UserNotFoundException")) {
            failed.append(QJsonObject{{str("Username"), user.username},
                                      {str("Error"), answer.error().toString()}});
            continue;
        }
        (answer ? deleted : absent).append(user.username);
        // The user is gone: so are the secrets fixtures kept for it.
        for (const QString &entry :
             {fixturePasswordEntry(context.globals(), *poolId, user.username),
              totpEntry(context.globals(), *poolId, user.username)}) {
            const secrets::SecretResult removed = aws::await(keychain.remove(entry));
            if (!removed.ok())
                context.warnAfterward(tr("Could not remove %1's secret from the keychain: %2")
                                          .arg(user.username, secrets::describe(removed)));
        }
    }
    QJsonObject report{{str("Deleted"), deleted}, {str("Absent"), absent}};
    if (!failed.isEmpty())
        report.insert(str("Failed"), failed);
    context.print(report);
    return failed.isEmpty() ? int(Success) : int(ServiceError);
}

} // namespace

void addFixturesCommands(CommandList &commands)
{
    const QString group = QStringLiteral("fixtures");
    const ArgumentSpec fileArgument{QStringLiteral("FILE"),
                                    tr("The fixtures file, YAML or JSON (docs/fixtures.md).")};
    commands.append(
        {group,
         QStringLiteral("apply"),
         QStringLiteral("FILE [--client-secret-stdin]"),
         tr("Make the pool's test users match FILE: create or update each, set its password "
            "permanent (kept in the keychain), groups, enabled, TOTP; a second run changes "
            "nothing."),
         {{QStringLiteral("client-secret-stdin"), false, false,
           tr("Read the app client's secret from standard input (TOTP enrolment signs in).")}},
         1,
         1,
         applyFixtures,
         {fileArgument},
         QStringLiteral("fixtures apply test-users.yaml")});
    commands.append({group,
                     QStringLiteral("remove"),
                     QStringLiteral("FILE"),
                     tr("Delete FILE's users from the pool, and their secrets from the keychain."),
                     {},
                     1,
                     1,
                     removeFixtures,
                     {fileArgument},
                     QStringLiteral("fixtures remove test-users.yaml")});
}

} // namespace cdesk::cli
