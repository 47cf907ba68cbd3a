// profile: named connections (endpoint, pool, client, credentials) shared with the app.
#include "secrets/profile.h"

#include "aws/future.h"
#include "cli/command.h"
#include "cli/context.h"
#include "cli/text.h"
#include "mirror/mirror.h"
#include "secrets/keychainstore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cdesk::cli {

namespace {

const TableSpec profileTable{QStringLiteral("Profiles"),
                             {{QStringLiteral("Name"), QStringLiteral("Name")},
                              {QStringLiteral("Region"), QStringLiteral("Region")},
                              {QStringLiteral("Pool"), QStringLiteral("UserPoolId")},
                              {QStringLiteral("Client"), QStringLiteral("ClientId")},
                              {QStringLiteral("Endpoint"), QStringLiteral("EndpointUrl")}}};

int writeSecret(Context &context, secrets::KeychainStore &store, const QString &entry,
                const QString &secret)
{
    const secrets::SecretResult result = aws::await(store.write(entry, secret));
    if (!result.ok())
        return context.localError(secrets::describe(result));
    return Success;
}

int addProfile(Context &context, const ParsedArguments &arguments)
{
    secrets::Profile profile;
    profile.name = arguments.positional.value(0);
    if (!secrets::Profile::isValidName(profile.name))
        return context.usageError(
            tr("A profile name has letters, digits, '.', '_' and '-' only, not \"%1\".")
                .arg(profile.name));
    if (arguments.isSet(QStringLiteral("aws-profile")) &&
        arguments.isSet(QStringLiteral("access-key-id")))
        return context.usageError(tr("Give --aws-profile or --access-key-id, not both."));
    if (arguments.isSet(QStringLiteral("access-key-id")) !=
        arguments.isSet(QStringLiteral("secret-access-key-stdin")))
        return context.usageError(tr("--access-key-id and --secret-access-key-stdin go together."));
    // The connection settings are global options; a profile keeps only those given here,
    // never what the environment happens to hold.
    const GlobalOptions &globals = context.globals();
    const auto given = [&globals](const char *name, const QString &value) {
        return globals.given.contains(QLatin1String(name)) ? value : QString();
    };
    profile.region = given("region", globals.region);
    profile.endpointUrl = given("endpoint-url", globals.endpointUrl);
    profile.userPoolId = given("user-pool-id", globals.userPoolId);
    profile.clientId = given("client-id", globals.clientId);
    profile.hostedUiDomain = arguments.value(QStringLiteral("hosted-ui-domain"));
    profile.callbackUrl = arguments.value(QStringLiteral("callback-url"));
    profile.awsProfile = arguments.value(QStringLiteral("aws-profile"));
    profile.accessKeyId = arguments.value(QStringLiteral("access-key-id"));

    int exitCode = Success;
    std::optional<QString> secretAccessKey;
    std::optional<QString> clientSecret;
    if (arguments.isSet(QStringLiteral("secret-access-key-stdin"))) {
        secretAccessKey =
            context.stdinSecret(arguments, QStringLiteral("secret-access-key-stdin"), &exitCode);
        if (!secretAccessKey)
            return exitCode;
    }
    if (arguments.isSet(QStringLiteral("client-secret-stdin"))) {
        clientSecret =
            context.stdinSecret(arguments, QStringLiteral("client-secret-stdin"), &exitCode);
        if (!clientSecret)
            return exitCode;
    }
    if (secretAccessKey || clientSecret) {
        secrets::KeychainStore store;
        if (secretAccessKey) {
            if (const int code =
                    writeSecret(context, store, profile.secretAccessKeyEntry(), *secretAccessKey))
                return code;
            profile.secretAccessKeyStored = true;
        }
        if (clientSecret) {
            if (const int code =
                    writeSecret(context, store, profile.clientSecretEntry(), *clientSecret))
                return code;
            profile.clientSecretStored = true;
        }
    }
    secrets::ProfileStore profiles;
    profiles.save(profile);
    QString error;
    if (!profiles.sync(&error))
        return context.localError(error);
    return context.print(profile.toJson());
}

int listProfiles(Context &context, const ParsedArguments &)
{
    secrets::ProfileStore profiles;
    QJsonArray list;
    for (const QString &name : profiles.names())
        if (const auto profile = profiles.load(name))
            list.append(profile->toJson());
    return context.print(QJsonObject{{QStringLiteral("Profiles"), list}}, profileTable);
}

int showProfile(Context &context, const ParsedArguments &arguments)
{
    secrets::ProfileStore profiles;
    const auto profile = profiles.load(arguments.positional.value(0));
    if (!profile)
        return context.usageError(tr("There is no profile \"%1\" (see profile list).")
                                      .arg(arguments.positional.value(0)));
    return context.print(profile->toJson());
}

int removeProfile(Context &context, const ParsedArguments &arguments)
{
    secrets::ProfileStore profiles;
    const auto profile = profiles.load(arguments.positional.value(0));
    if (!profile)
        return context.usageError(tr("There is no profile \"%1\" (see profile list).")
                                      .arg(arguments.positional.value(0)));
    // Its secrets go first: a profile that is gone must not leave keys behind.
    if (profile->secretAccessKeyStored || profile->clientSecretStored) {
        secrets::KeychainStore store;
        for (const QString &entry :
             {profile->secretAccessKeyEntry(), profile->clientSecretEntry()}) {
            const secrets::SecretResult result = aws::await(store.remove(entry));
            if (!result.ok() && result.status != secrets::SecretStatus::NotFound)
                return context.localError(secrets::describe(result));
        }
    }
    profiles.remove(profile->name);
    QString error;
    if (!profiles.sync(&error))
        return context.localError(error);
    // Its pools' local mirrors hold personal data: they go with it.
    mirror::forgetProfile(mirror::defaultFolder(), *profile, profiles.loadAll());
    return context.printEmpty();
}

} // namespace

void addProfileCommands(CommandList &commands)
{
    const QString group = QStringLiteral("profile");
    const ArgumentSpec nameArgument{QStringLiteral("NAME"), tr("The profile's name.")};
    commands.append(
        {group,
         QStringLiteral("add"),
         QStringLiteral("NAME [--region R] [--endpoint-url U] [--user-pool-id P] [--client-id C] "
                        "[--hosted-ui-domain URL] [--callback-url URL] [--aws-profile P | "
                        "--access-key-id K --secret-access-key-stdin] [--client-secret-stdin]"),
         tr("Save a profile; its secrets go to the system keychain."),
         {{QStringLiteral("hosted-ui-domain"), true, false,
           tr("The hosted UI's domain, for auth hosted-ui."), QStringLiteral("URL")},
          {QStringLiteral("callback-url"), true, false,
           tr("The redirect URI auth hosted-ui listens on."), QStringLiteral("URL")},
          {QStringLiteral("aws-profile"), true, false,
           tr("Take the AWS keys from this profile of the AWS CLI's files."),
           QStringLiteral("PROFILE")},
          {QStringLiteral("access-key-id"), true, false,
           tr("The AWS access key id (its secret with --secret-access-key-stdin)."),
           QStringLiteral("KEY_ID")},
          {QStringLiteral("secret-access-key-stdin"), false, false,
           tr("Read the AWS secret access key from standard input into the keychain.")},
          {QStringLiteral("client-secret-stdin"), false, false,
           tr("Read the app client's secret from standard input into the keychain.")}},
         1,
         1,
         addProfile,
         {nameArgument},
         QStringLiteral("profile add prod --region eu-west-1 --user-pool-id eu-west-1_AbCdEf123 "
                        "--client-id 4k2example --aws-profile prod-admin")});
    commands.append({group,
                     QStringLiteral("list"),
                     QString(),
                     tr("List the profiles."),
                     {},
                     0,
                     0,
                     listProfiles,
                     {},
                     QStringLiteral("profile list --output table")});
    commands.append({group,
                     QStringLiteral("show"),
                     QStringLiteral("NAME"),
                     tr("Show a profile (secrets only as \"stored in keychain\")."),
                     {},
                     1,
                     1,
                     showProfile,
                     {nameArgument},
                     QStringLiteral("profile show prod")});
    commands.append({group,
                     QStringLiteral("remove"),
                     QStringLiteral("NAME"),
                     tr("Remove a profile and its keychain entries."),
                     {},
                     1,
                     1,
                     removeProfile,
                     {nameArgument},
                     QStringLiteral("profile remove prod")});
}

} // namespace cdesk::cli
