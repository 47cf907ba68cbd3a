// user: users of a pool (admin operations).
#include "cli/command.h"
#include "cli/support.h"
#include "cli/text.h"
#include "cognito/identityprovider.h"
#include "cognito/userfilter.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace cdesk::cli {

namespace {

const TableSpec userTable{QStringLiteral("Users"),
                          {{QStringLiteral("Username"), QStringLiteral("Username")},
                           {QStringLiteral("Status"), QStringLiteral("UserStatus")},
                           {QStringLiteral("Enabled"), QStringLiteral("Enabled")},
                           {QStringLiteral("Email"), QStringLiteral("Attributes/email")},
                           {QStringLiteral("Created"), QStringLiteral("UserCreateDate")}}};
const TableSpec groupTable{QStringLiteral("Groups"),
                           {{QStringLiteral("Group"), QStringLiteral("GroupName")},
                            {QStringLiteral("Precedence"), QStringLiteral("Precedence")},
                            {QStringLiteral("Description"), QStringLiteral("Description")}}};

// --filter as written, or one built (and escaped) from --where/--starts-with NAME=VALUE.
std::optional<QString> listFilter(Context &context, const ParsedArguments &arguments, int *exitCode)
{
    const QStringList kinds = {QStringLiteral("filter"), QStringLiteral("where"),
                               QStringLiteral("starts-with")};
    int given = 0;
    for (const QString &kind : kinds)
        given += arguments.isSet(kind) ? 1 : 0;
    if (given > 1) {
        *exitCode = context.usageError(
            tr("Give one of --filter, --where and --starts-with: ListUsers takes one condition."));
        return std::nullopt;
    }
    if (arguments.isSet(QStringLiteral("filter")))
        return arguments.value(QStringLiteral("filter"));
    const bool prefix = arguments.isSet(QStringLiteral("starts-with"));
    const QString condition =
        arguments.value(prefix ? QStringLiteral("starts-with") : QStringLiteral("where"));
    if (condition.isEmpty())
        return QString();
    const auto attribute = cognito::parseAttribute(condition);
    QString error = tr("\"%1\" is not NAME=VALUE.").arg(condition);
    const auto filter = attribute
                            ? cognito::UserFilter::build(attribute->name,
                                                         prefix ? cognito::UserFilter::Match::Prefix
                                                                : cognito::UserFilter::Match::Exact,
                                                         attribute->value, &error)
                            : std::nullopt;
    if (!filter) {
        *exitCode = context.usageError(error);
        return std::nullopt;
    }
    return *filter;
}

int listUsers(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto filter = listFilter(context, arguments, &exitCode);
    if (!filter)
        return exitCode;
    const auto limit = pageSize(context, arguments, QStringLiteral("limit"), 60, &exitCode);
    if (!limit)
        return exitCode;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    cognito::ListUsersQuery query;
    query.filter = *filter;
    query.limit = *limit;
    query.attributesToGet = commaList(arguments, QStringLiteral("attributes"));
    const PageFetch<cognito::User> fetch = [&](const QString &token) {
        return to->provider->listUsers(to->poolId, query, token);
    };
    const auto result =
        collectPages(fetch, arguments.value(QStringLiteral("next-token")), QStringLiteral("Users"),
                     arguments.isSet(QStringLiteral("all")));
    if (!result)
        return context.fail(result.error());
    return context.print(result.value(), userTable);
}

int getUser(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    const auto user = awaitOr(
        context, to->provider->adminGetUser(to->poolId, arguments.positional.value(0)), &exitCode);
    return user ? context.print(user->json) : exitCode;
}

// A password that satisfies the pool's policy (length and the four character classes
// it may require), drawn from the system's CSPRNG.
QString generatePassword(const QJsonObject &policy)
{
    const QString lower = QStringLiteral("abcdefghijkmnopqrstuvwxyz");
    const QString upper = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ");
    const QString digits = QStringLiteral("23456789");
    const QString symbols = QStringLiteral("!#%&*+-=?@^_~");
    auto *random = QRandomGenerator::system();
    const auto pick = [random](const QString &set) {
        return set.at(random->bounded(static_cast<int>(set.size())));
    };
    const int length = std::max(16, policy.value(QLatin1String("MinimumLength")).toInt(8));
    // Every class, always: a policy that does not require symbols still accepts them.
    QString password;
    password += pick(lower);
    password += pick(upper);
    password += pick(digits);
    password += pick(symbols);
    const QString all = lower + upper + digits + symbols;
    while (password.size() < length)
        password += pick(all);
    for (qsizetype i = password.size() - 1; i > 0; --i)
        std::swap(password[i], password[random->bounded(static_cast<int>(i + 1))]);
    return password;
}

int createUser(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    if (arguments.isSet(QStringLiteral("suppress-message")) &&
        arguments.isSet(QStringLiteral("resend")))
        return context.usageError(tr("--suppress-message and --resend exclude each other."));
    if (arguments.isSet(QStringLiteral("temporary-password-stdin")) &&
        arguments.isSet(QStringLiteral("generate-password")))
        return context.usageError(
            tr("--temporary-password-stdin and --generate-password exclude each other."));
    const auto attributes =
        parseAttributes(context, arguments.values(QStringLiteral("attribute")), &exitCode);
    if (!attributes)
        return exitCode;
    cognito::CreateUserRequest request;
    request.username = arguments.positional.value(0);
    request.attributes = *attributes;
    if (arguments.isSet(QStringLiteral("suppress-message")))
        request.messageAction = cognito::MessageAction::Suppress;
    if (arguments.isSet(QStringLiteral("resend")))
        request.messageAction = cognito::MessageAction::Resend;
    request.desiredDeliveryMediums = commaList(arguments, QStringLiteral("delivery-medium"));
    request.forceAliasCreation = arguments.isSet(QStringLiteral("force-alias-creation"));
    if (arguments.isSet(QStringLiteral("temporary-password-stdin"))) {
        const auto password =
            context.stdinSecret(arguments, QStringLiteral("temporary-password-stdin"), &exitCode);
        if (!password)
            return exitCode;
        request.temporaryPassword = *password;
    }
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    if (arguments.isSet(QStringLiteral("generate-password"))) {
        const auto pool = awaitOr(context, to->provider->describeUserPool(to->poolId), &exitCode);
        if (!pool)
            return exitCode;
        request.temporaryPassword = generatePassword(pool->json.value(QLatin1String("Policies"))
                                                         .toObject()
                                                         .value(QLatin1String("PasswordPolicy"))
                                                         .toObject());
    }
    const auto user =
        awaitOr(context, to->provider->adminCreateUser(to->poolId, request), &exitCode);
    if (!user)
        return exitCode;
    if (arguments.isSet(QStringLiteral("generate-password"))) {
        // Shown once, on stderr, so that stdout stays the service's JSON.
        context.err() << tr("Temporary password: %1").arg(request.temporaryPassword) << '\n';
        context.err().flush();
    }
    return context.print(QJsonObject{{QStringLiteral("User"), user->json}},
                         TableSpec::details(QStringLiteral("User")));
}

using UserAction = cognito::IdentityProvider::Future<aws::Empty> (cognito::IdentityProvider::*)(
    const QString &, const QString &);

int runUserAction(Context &context, const ParsedArguments &arguments, UserAction action)
{
    int exitCode = Success;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    if (!awaitOr(context, (to->provider->*action)(to->poolId, arguments.positional.value(0)),
                 &exitCode))
        return exitCode;
    return context.printEmpty();
}

int setPassword(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto password =
        context.stdinSecret(arguments, QStringLiteral("password-stdin"), &exitCode);
    if (!password)
        return exitCode;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    if (!awaitOr(context,
                 to->provider->adminSetUserPassword(to->poolId, arguments.positional.value(0),
                                                    *password,
                                                    arguments.isSet(QStringLiteral("permanent"))),
                 &exitCode))
        return exitCode;
    return context.printEmpty();
}

int updateAttributes(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto attributes = parseAttributes(context, arguments.positional.mid(1), &exitCode);
    if (!attributes)
        return exitCode;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    if (!awaitOr(context,
                 to->provider->adminUpdateUserAttributes(to->poolId, arguments.positional.value(0),
                                                         *attributes),
                 &exitCode))
        return exitCode;
    return context.printEmpty();
}

int deleteAttributes(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    if (!awaitOr(context,
                 to->provider->adminDeleteUserAttributes(to->poolId, arguments.positional.value(0),
                                                         arguments.positional.mid(1)),
                 &exitCode))
        return exitCode;
    return context.printEmpty();
}

int userGroups(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto limit = pageSize(context, arguments, QStringLiteral("limit"), 60, &exitCode);
    if (!limit)
        return exitCode;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    const QString username = arguments.positional.value(0);
    const PageFetch<cognito::Group> fetch = [&](const QString &token) {
        return to->provider->adminListGroupsForUser(to->poolId, username, *limit, token);
    };
    const auto result =
        collectPages(fetch, arguments.value(QStringLiteral("next-token")), QStringLiteral("Groups"),
                     arguments.isSet(QStringLiteral("all")));
    if (!result)
        return context.fail(result.error());
    return context.print(result.value(), groupTable);
}

constexpr int unlimited = 1000;

} // namespace

void addUserCommands(CommandList &commands)
{
    const QString group = QStringLiteral("user");
    const ArgumentSpec userArgument{QStringLiteral("USERNAME"),
                                    tr("The user's username (or an alias: email, phone).")};
    QList<OptionSpec> listOptions = pagingOptions();
    listOptions.append({QStringLiteral("filter"), true, false,
                        tr("A ListUsers filter as Cognito writes it, e.g. 'email ^= \"a\"'."),
                        QStringLiteral("FILTER")});
    listOptions.append({QStringLiteral("where"), true, false,
                        tr("Users whose attribute NAME is exactly VALUE (quoted for you)."),
                        QStringLiteral("NAME=VALUE")});
    listOptions.append({QStringLiteral("starts-with"), true, false,
                        tr("Users whose attribute NAME starts with VALUE (quoted for you)."),
                        QStringLiteral("NAME=VALUE")});
    listOptions.append({QStringLiteral("attributes"), true, true,
                        tr("Return only these attributes (comma-separated)."),
                        QStringLiteral("a,b")});
    commands.append(
        {group,
         QStringLiteral("list"),
         QStringLiteral("[--filter 'email ^= \"a\"' | --where NAME=VALUE | --starts-with "
                        "NAME=VALUE] [--attributes a,b] [--limit N] [--next-token T] [--all]"),
         tr("List users (ListUsers); --where/--starts-with quote and escape the value for you."),
         listOptions,
         0,
         0,
         listUsers,
         {},
         QStringLiteral("user list --starts-with email=g --output table")});
    commands.append({group,
                     QStringLiteral("get"),
                     QStringLiteral("USERNAME"),
                     tr("Show one user (AdminGetUser)."),
                     {},
                     1,
                     1,
                     getUser,
                     {userArgument},
                     QStringLiteral("user get alice --output table")});
    commands.append(
        {group,
         QStringLiteral("create"),
         QStringLiteral("USERNAME [--temporary-password-stdin | --generate-password] "
                        "[--attribute NAME=VALUE]... [--suppress-message | --resend] "
                        "[--delivery-medium EMAIL,SMS] [--force-alias-creation]"),
         tr("Create a user with a temporary password (AdminCreateUser)."),
         {{QStringLiteral("temporary-password-stdin"), false, false,
           tr("Read the temporary password from standard input.")},
          {QStringLiteral("generate-password"), false, false,
           tr("Make a password that satisfies the pool's policy; printed once, on stderr.")},
          {QStringLiteral("attribute"), true, true, tr("Set an attribute (repeatable)."),
           QStringLiteral("NAME=VALUE")},
          {QStringLiteral("suppress-message"), false, false,
           tr("Send the user no invitation message.")},
          {QStringLiteral("resend"), false, false,
           tr("Send the invitation again to an existing user.")},
          {QStringLiteral("delivery-medium"), true, true,
           tr("How the invitation is sent: EMAIL, SMS or both."), QStringLiteral("EMAIL,SMS")},
          {QStringLiteral("force-alias-creation"), false, false,
           tr("Move an email or phone alias from another user to this one.")}},
         1,
         1,
         createUser,
         {userArgument},
         QStringLiteral("user create grace --generate-password --attribute "
                        "email=grace@example.com --attribute email_verified=true "
                        "--suppress-message")});
    const auto action = [&commands, &group, &userArgument](const char *name, const QString &summary,
                                                           UserAction call) {
        commands.append({group,
                         QString::fromLatin1(name),
                         QStringLiteral("USERNAME"),
                         summary,
                         {},
                         1,
                         1,
                         [call](Context &context, const ParsedArguments &arguments) {
                             return runUserAction(context, arguments, call);
                         },
                         {userArgument},
                         QStringLiteral("user %1 grace").arg(QString::fromLatin1(name))});
    };
    action("delete", tr("Delete a user (AdminDeleteUser)."),
           &cognito::IdentityProvider::adminDeleteUser);
    action("enable", tr("Enable a user (AdminEnableUser)."),
           &cognito::IdentityProvider::adminEnableUser);
    action("disable", tr("Disable a user (AdminDisableUser)."),
           &cognito::IdentityProvider::adminDisableUser);
    action("confirm", tr("Confirm a user's sign-up (AdminConfirmSignUp)."),
           &cognito::IdentityProvider::adminConfirmSignUp);
    action("reset-password", tr("Make a user reset their password (AdminResetUserPassword)."),
           &cognito::IdentityProvider::adminResetUserPassword);
    action("sign-out", tr("Sign a user out everywhere (AdminUserGlobalSignOut)."),
           &cognito::IdentityProvider::adminUserGlobalSignOut);
    commands.append(
        {group,
         QStringLiteral("set-password"),
         QStringLiteral("USERNAME --password-stdin [--permanent]"),
         tr("Set a user's password, temporary unless --permanent "
            "(AdminSetUserPassword)."),
         {{QStringLiteral("password-stdin"), false, false,
           tr("Read the new password from standard input.")},
          {QStringLiteral("permanent"), false, false,
           tr("The password is final: the user is not asked to change it.")}},
         1,
         1,
         setPassword,
         {userArgument},
         QStringLiteral("user set-password bob --password-stdin --permanent < password.txt")});
    commands.append(
        {group,
         QStringLiteral("update-attributes"),
         QStringLiteral("USERNAME NAME=VALUE..."),
         tr("Set attributes of a user (AdminUpdateUserAttributes)."),
         {},
         2,
         unlimited,
         updateAttributes,
         {userArgument, {QStringLiteral("NAME=VALUE..."), tr("The attributes to set.")}},
         QStringLiteral("user update-attributes frank custom:department=IT "
                        "email_verified=true")});
    commands.append(
        {group,
         QStringLiteral("delete-attributes"),
         QStringLiteral("USERNAME NAME..."),
         tr("Remove attributes from a user (AdminDeleteUserAttributes)."),
         {},
         2,
         unlimited,
         deleteAttributes,
         {userArgument, {QStringLiteral("NAME..."), tr("The names of the attributes to remove.")}},
         QStringLiteral("user delete-attributes frank custom:department")});
    commands.append({group,
                     QStringLiteral("groups"),
                     QStringLiteral("USERNAME [--limit N] [--next-token T] [--all]"),
                     tr("The groups a user belongs to (AdminListGroupsForUser)."),
                     pagingOptions(),
                     1,
                     1,
                     userGroups,
                     {userArgument},
                     QStringLiteral("user groups grace --output table")});
}

} // namespace cdesk::cli
