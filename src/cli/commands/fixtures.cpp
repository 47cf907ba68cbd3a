// fixtures: the same test users, with known passwords, groups and TOTP, in every pool.
#include "cognito/fixtures.h"

#include "auth/totp.h"
#include "aws/future.h"
#include "cli/command.h"
#include "cli/context.h"
#include "cli/sessions.h"
#include "cli/support.h"
#include "cli/text.h"
#include "cognito/identityprovider.h"
#include "cognito/passwordgenerator.h"
#include "secrets/keychainstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <variant>

namespace cdesk::cli {

namespace {

// A step that failed: what the report says for the user.
struct StepError
{
    QString message;
};

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

// Applies fixtures to one pool, one user after another; the keychain holds the passwords and
// TOTP secrets, and is written before the service is told a password, so none is ever lost.
class FixtureApplier
{
public:
    FixtureApplier(Context &context, cognito::IdentityProvider *provider, QString poolId)
        : m_context(context)
        , m_provider(provider)
        , m_poolId(std::move(poolId))
    {}

    // The plan's kind, or the reason the user could not be made to match.
    std::variant<cognito::FixturePlan::Kind, StepError> apply(const cognito::FixtureUser &user,
                                                              const ParsedArguments &arguments);

private:
    // The raw call; a refusal becomes the report's message.
    std::optional<QJsonObject> call(const char *operation, QJsonObject payload, QString *error);
    std::optional<std::optional<cognito::FixtureState>> state(const QString &username,
                                                              QString *error);
    std::optional<QString> generatedPassword(QString *error);

    Context &m_context;
    cognito::IdentityProvider *m_provider;
    QString m_poolId;
    secrets::KeychainStore m_keychain;
    std::optional<cognito::PasswordPolicy> m_policy;
    std::optional<cognito::AppClient> m_client;
};

std::optional<QJsonObject> FixtureApplier::call(const char *operation, QJsonObject payload,
                                                QString *error)
{
    payload.insert(str("UserPoolId"), m_poolId);
    const auto answer = aws::await(m_provider->call(str(operation), payload));
    if (!answer) {
        *error = answer.error().toString();
        return std::nullopt;
    }
    return answer.value();
}

std::optional<std::optional<cognito::FixtureState>> FixtureApplier::state(const QString &username,
                                                                          QString *error)
{
    const auto user = aws::await(m_provider->call(
        str("AdminGetUser"), {{str("UserPoolId"), m_poolId}, {str("Username"), username}}));
    if (!user) {
        if (user.error().type == QLatin1String("UserNotFoundException"))
            return std::optional<cognito::FixtureState>();
        *error = user.error().toString();
        return std::nullopt;
    }
    cognito::FixtureState state;
    const QJsonObject &json = user.value();
    state.status = json.value(QLatin1String("UserStatus")).toString();
    state.enabled = json.value(QLatin1String("Enabled")).toBool(true);
    for (const QJsonValue &attribute : json.value(QLatin1String("UserAttributes")).toArray())
        state.attributes.insert(attribute.toObject().value(QLatin1String("Name")).toString(),
                                attribute.toObject().value(QLatin1String("Value")).toString());
    for (const QJsonValue &setting : json.value(QLatin1String("UserMFASettingList")).toArray())
        state.mfaSettings.append(setting.toString());
    QString token;
    do {
        QJsonObject request{{str("Username"), username}, {str("Limit"), 60}};
        if (!token.isEmpty())
            request.insert(str("NextToken"), token);
        const auto page = call("AdminListGroupsForUser", request, error);
        if (!page)
            return std::nullopt;
        for (const QJsonValue &group : page->value(QLatin1String("Groups")).toArray())
            state.groups.append(group.toObject().value(QLatin1String("GroupName")).toString());
        token = page->value(QLatin1String("NextToken")).toString();
    } while (!token.isEmpty());
    return std::optional<cognito::FixtureState>(state);
}

std::optional<QString> FixtureApplier::generatedPassword(QString *error)
{
    if (!m_policy) {
        const auto pool =
            aws::await(m_provider->call(str("DescribeUserPool"), {{str("UserPoolId"), m_poolId}}));
        if (!pool) {
            *error = pool.error().toString();
            return std::nullopt;
        }
        m_policy = cognito::PasswordPolicy::fromUserPoolJson(
            pool.value().value(QLatin1String("UserPool")).toObject());
    }
    return cognito::generatePassword(*m_policy);
}

std::variant<cognito::FixturePlan::Kind, StepError>
FixtureApplier::apply(const cognito::FixtureUser &user, const ParsedArguments &arguments)
{
    QString error;
    const auto current = state(user.username, &error);
    if (!current)
        return StepError{error};

    const GlobalOptions &globals = m_context.globals();
    const QString passwordEntry = fixturePasswordEntry(globals, m_poolId, user.username);
    const QString totpKey = totpEntry(globals, m_poolId, user.username);
    const auto readSecret = [this](const QString &key,
                                   QString *failure) -> std::optional<std::optional<QString>> {
        const secrets::SecretResult result = aws::await(m_keychain.read(key));
        if (result.ok())
            return std::optional<QString>(result.value);
        if (result.status == secrets::SecretStatus::NotFound)
            return std::optional<QString>();
        *failure = secrets::describe(result);
        return std::nullopt;
    };
    const auto savedPassword = readSecret(passwordEntry, &error);
    if (!savedPassword)
        return StepError{error};
    const auto savedTotp = readSecret(totpKey, &error);
    if (!savedTotp)
        return StepError{error};

    const cognito::FixturePlan plan =
        cognito::planFixture(user, *current, {*savedPassword, savedTotp->has_value()});
    if (plan.kind == cognito::FixturePlan::Kind::Unchanged)
        return plan.kind;

    // The password the user signs in with from now on.
    std::optional<QString> password = user.password ? user.password : *savedPassword;
    if (!password) {
        password = generatedPassword(&error);
        if (!password)
            return StepError{error};
    }
    if (plan.setPassword) {
        const secrets::SecretResult kept = aws::await(m_keychain.write(passwordEntry, *password));
        if (!kept.ok())
            return StepError{secrets::describe(kept)};
    }
    const auto attributeList = [](const QList<QPair<QString, QString>> &attributes) {
        QJsonArray list;
        for (const auto &[name, value] : attributes)
            list.append(QJsonObject{{str("Name"), name}, {str("Value"), value}});
        return list;
    };
    const QJsonObject who{{str("Username"), user.username}};
    const auto with = [&who](std::initializer_list<QPair<QString, QJsonValue>> more) {
        QJsonObject object = who;
        for (const auto &[key, value] : more)
            object.insert(key, value);
        return object;
    };

    if (plan.kind == cognito::FixturePlan::Kind::Create) {
        if (!call("AdminCreateUser",
                  with({{str("UserAttributes"), attributeList(plan.setAttributes)},
                        {str("MessageAction"), str("SUPPRESS")},
                        {str("TemporaryPassword"), *password}}),
                  &error))
            return StepError{error};
    } else if (!plan.setAttributes.isEmpty() &&
               !call("AdminUpdateUserAttributes",
                     with({{str("UserAttributes"), attributeList(plan.setAttributes)}}), &error)) {
        return StepError{error};
    }
    if (plan.setPassword &&
        !call("AdminSetUserPassword",
              with({{str("Password"), *password}, {str("Permanent"), true}}), &error))
        return StepError{error};
    for (const QString &group : plan.addGroups)
        if (!call("AdminAddUserToGroup", with({{str("GroupName"), group}}), &error))
            return StepError{error};
    for (const QString &group : plan.removeGroups)
        if (!call("AdminRemoveUserFromGroup", with({{str("GroupName"), group}}), &error))
            return StepError{error};
    if (plan.enable && !call("AdminEnableUser", who, &error))
        return StepError{error};
    if (plan.disableTotp &&
        !call("AdminSetUserMFAPreference",
              with({{str("SoftwareTokenMfaSettings"),
                     QJsonObject{{str("Enabled"), false}, {str("PreferredMfa"), false}}}}),
              &error))
        return StepError{error};
    if (plan.enrolTotp) {
        // Enrolment is the user's own act: sign in as the user (before a disable below).
        if (!m_client) {
            int exitCode = Success;
            m_client = m_context.appClient(arguments, &exitCode);
            if (!m_client)
                return StepError{tr("TOTP enrolment signs in as the user: give --client-id "
                                    "(an app client that allows ADMIN_USER_PASSWORD_AUTH).")};
        }
        const auto signedIn = aws::await(m_provider->adminInitiateAuth(
            m_poolId, *m_client, cognito::AdminAuthFlow::UserPassword, user.username, *password));
        if (!signedIn)
            return StepError{signedIn.error().toString()};
        if (!signedIn.value().result)
            return StepError{tr("TOTP enrolment: signing in as %1 answered %2 instead of tokens.")
                                 .arg(user.username, signedIn.value().challengeName)};
        const auto enrolled = aws::await(
            auth::enrolSoftwareToken(m_provider, &m_keychain, totpKey,
                                     signedIn.value().result->accessToken, str("cognito-desk")));
        if (!enrolled)
            return StepError{enrolled.error().toString()};
    }
    if (plan.disable && !call("AdminDisableUser", who, &error))
        return StepError{error};
    return plan.kind;
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
    FixtureApplier applier(context, provider, *poolId);
    QJsonArray created, updated, unchanged, failed;
    for (const cognito::FixtureUser &user : *users) {
        const auto outcome = applier.apply(user, arguments);
        if (const auto *problem = std::get_if<StepError>(&outcome)) {
            failed.append(
                QJsonObject{{str("Username"), user.username}, {str("Error"), problem->message}});
            continue;
        }
        switch (std::get<cognito::FixturePlan::Kind>(outcome)) {
        case cognito::FixturePlan::Kind::Create:
            created.append(user.username);
            break;
        case cognito::FixturePlan::Kind::Update:
            updated.append(user.username);
            break;
        case cognito::FixturePlan::Kind::Unchanged:
            unchanged.append(user.username);
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
