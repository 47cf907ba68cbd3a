// pool: the user pools of the account and region.
#include "cli/command.h"
#include "cli/support.h"
#include "cli/text.h"
#include "cognito/identityprovider.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cdesk::cli {

namespace {

const TableSpec poolTable{QStringLiteral("UserPools"),
                          {{QStringLiteral("Id"), QStringLiteral("Id")},
                           {QStringLiteral("Name"), QStringLiteral("Name")},
                           {QStringLiteral("Created"), QStringLiteral("CreationDate")}}};
const TableSpec poolDetails = TableSpec::details(QStringLiteral("UserPool"));

int listPools(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    auto *provider = context.identityProvider(&exitCode);
    if (!provider)
        return exitCode;
    const auto maxResults =
        pageSize(context, arguments, QStringLiteral("max-results"), 60, &exitCode);
    if (!maxResults)
        return exitCode;
    const PageFetch<cognito::UserPoolDescription> fetch = [&](const QString &token) {
        return provider->listUserPools(*maxResults, token);
    };
    const auto result =
        collectPages(fetch, arguments.value(QStringLiteral("next-token")),
                     QStringLiteral("UserPools"), arguments.isSet(QStringLiteral("all")));
    if (!result)
        return context.fail(result.error());
    return context.print(result.value(), poolTable);
}

int describePool(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    QString poolId = arguments.positional.value(0);
    if (poolId.isEmpty()) {
        const auto fromGlobals = context.userPoolId(&exitCode);
        if (!fromGlobals)
            return exitCode;
        poolId = *fromGlobals;
    }
    auto *provider = context.identityProvider(&exitCode);
    if (!provider)
        return exitCode;
    const auto pool = awaitOr(context, provider->describeUserPool(poolId), &exitCode);
    if (!pool)
        return exitCode;
    return context.print(QJsonObject{{QStringLiteral("UserPool"), pool->json}}, poolDetails);
}

bool isEmailOrPhone(const QString &attribute)
{
    return attribute == QLatin1String("email") || attribute == QLatin1String("phone_number");
}

bool looksLikeEmailAddress(const QString &text)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return address.match(text).hasMatch();
}

// What to do about the service's refusal of a pool's email settings, in a second line under
// its own.
QString emailHint(const aws::AwsError &error, const QString &sourceArn)
{
    if (sourceArn.isEmpty())
        return {};
    if (error.message.contains(QLatin1String("not verified")))
        return tr("Verify %1 in Amazon SES (in the region the ARN names) before a pool sends "
                  "email through it, or leave out --email-source-arn to use Cognito's own mailer.")
            .arg(sourceArn);
    if (error.message.contains(QLatin1String("does not belong to your account")))
        return tr("The SES identity must be in the pool's own AWS account: check the account "
                  "number in %1.")
            .arg(sourceArn);
    return {};
}

int createPool(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    cognito::CreateUserPoolRequest request;
    request.name = arguments.positional.value(0);
    request.usernameAttributes = commaList(arguments, QStringLiteral("username-attributes"));
    request.autoVerifiedAttributes =
        commaList(arguments, QStringLiteral("auto-verified-attributes"));
    request.adminCreateUserOnly = arguments.isSet(QStringLiteral("admin-create-user-only"));
    request.emailSourceArn = arguments.value(QStringLiteral("email-source-arn")).trimmed();
    request.replyTo = arguments.value(QStringLiteral("reply-to")).trimmed();
    for (const QString &attribute : std::as_const(request.usernameAttributes))
        if (!isEmailOrPhone(attribute))
            return context.usageError(
                tr("--username-attributes takes email and/or phone_number, not \"%1\".")
                    .arg(attribute));
    for (const QString &attribute : std::as_const(request.autoVerifiedAttributes))
        if (!isEmailOrPhone(attribute))
            return context.usageError(
                tr("--auto-verified-attributes takes email and/or phone_number, not \"%1\".")
                    .arg(attribute));
    if (arguments.isSet(QStringLiteral("email-source-arn")) &&
        !cognito::isSesIdentityArn(request.emailSourceArn))
        return context.usageError(
            tr("--email-source-arn takes the ARN of an Amazon SES identity, "
               "arn:aws:ses:REGION:ACCOUNT:identity/ADDRESS-OR-DOMAIN, not \"%1\".")
                .arg(request.emailSourceArn));
    if (arguments.isSet(QStringLiteral("reply-to")) && !looksLikeEmailAddress(request.replyTo))
        return context.usageError(
            tr("--reply-to takes an email address, not \"%1\".").arg(request.replyTo));
    auto *provider = context.identityProvider(&exitCode);
    if (!provider)
        return exitCode;
    const auto pool = aws::await(provider->createUserPool(request));
    if (!pool) {
        exitCode = context.fail(pool.error());
        const QString hint = emailHint(pool.error(), request.emailSourceArn);
        if (!hint.isEmpty()) {
            context.err() << hint << '\n';
            context.err().flush();
        }
        return exitCode;
    }
    return context.print(QJsonObject{{QStringLiteral("UserPool"), pool.value().json}}, poolDetails);
}

int deletePool(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    auto *provider = context.identityProvider(&exitCode);
    if (!provider)
        return exitCode;
    if (!awaitOr(context, provider->deleteUserPool(arguments.positional.value(0)), &exitCode))
        return exitCode;
    return context.printEmpty();
}

} // namespace

void addPoolCommands(CommandList &commands)
{
    const QString group = QStringLiteral("pool");
    commands.append({group,
                     QStringLiteral("list"),
                     QStringLiteral("[--max-results N] [--next-token T] [--all]"),
                     tr("List the user pools of the account and region."),
                     pagingOptions(QStringLiteral("max-results")),
                     0,
                     0,
                     listPools,
                     {},
                     QStringLiteral("pool list --all --output table")});
    commands.append({group,
                     QStringLiteral("describe"),
                     QStringLiteral("[ID]"),
                     tr("Describe a user pool (default: --user-pool-id)."),
                     {},
                     0,
                     1,
                     describePool,
                     {{QStringLiteral("ID"), tr("The pool's id; default: --user-pool-id.")}},
                     QStringLiteral("pool describe eu-west-1_AbCdEf123")});
    commands.append(
        {group,
         QStringLiteral("create"),
         QStringLiteral("NAME [--username-attributes email,phone_number] "
                        "[--auto-verified-attributes email] [--admin-create-user-only] "
                        "[--email-source-arn ARN] [--reply-to ADDRESS]"),
         tr("Create a user pool."),
         {{QStringLiteral("username-attributes"), true, true,
           tr("Attributes users may sign in with instead of a username (comma-separated)."),
           QStringLiteral("email,phone_number")},
          {QStringLiteral("auto-verified-attributes"), true, true,
           tr("Attributes Cognito verifies by sending a code (comma-separated)."),
           QStringLiteral("email")},
          {QStringLiteral("admin-create-user-only"), false, false,
           tr("Only administrators create users: sign-up is turned off.")},
          {QStringLiteral("email-source-arn"), true, false,
           tr("The SES identity that sends the pool's email."), QStringLiteral("ARN")},
          {QStringLiteral("reply-to"), true, false, tr("The Reply-To address of that email."),
           QStringLiteral("ADDRESS")}},
         1,
         1,
         createPool,
         {{QStringLiteral("NAME"), tr("The new pool's name.")}},
         QStringLiteral("pool create staff --username-attributes email "
                        "--auto-verified-attributes email --admin-create-user-only")});
    commands.append({group,
                     QStringLiteral("delete"),
                     QStringLiteral("ID"),
                     tr("Delete a user pool and everything in it."),
                     {},
                     1,
                     1,
                     deletePool,
                     {{QStringLiteral("ID"), tr("The pool's id.")}},
                     QStringLiteral("pool delete eu-west-1_AbCdEf123")});
    addPoolDiffCommand(commands);
}

} // namespace cdesk::cli
