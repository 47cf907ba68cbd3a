// support: why a user cannot sign in, the support desk's actions on a user, and the audit log.
#include "cli/support.h"

#include "cli/command.h"
#include "cli/text.h"
#include "cognito/auditlog.h"
#include "cognito/identityprovider.h"
#include "cognito/logincheck.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cdesk::cli {

namespace {

const TableSpec findingTable{QStringLiteral("Findings"),
                             {{QStringLiteral("Code"), QStringLiteral("Code")},
                              {QStringLiteral("Severity"), QStringLiteral("Severity")},
                              {QStringLiteral("Message"), QStringLiteral("Message")},
                              {QStringLiteral("Fix"), QStringLiteral("Fix")}}};
const TableSpec eventTable{QStringLiteral("AuthEvents"),
                           {{QStringLiteral("Date"), QStringLiteral("CreationDate")},
                            {QStringLiteral("Event"), QStringLiteral("EventType")},
                            {QStringLiteral("Response"), QStringLiteral("EventResponse")},
                            {QStringLiteral("Risk"), QStringLiteral("EventRisk.RiskDecision")}}};
const TableSpec deviceTable{
    QStringLiteral("Devices"),
    {{QStringLiteral("Device key"), QStringLiteral("DeviceKey")},
     {QStringLiteral("Name"), QStringLiteral("DeviceAttributes/device_name")},
     {QStringLiteral("Last used"), QStringLiteral("DeviceLastAuthenticatedDate")}}};

int checkLogin(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const QString flowName = arguments.value(QStringLiteral("flow"), QStringLiteral("password"));
    const auto flow = cognito::loginFlowFromString(flowName);
    if (!flow)
        return context.usageError(
            tr("--flow takes password, srp, admin or hosted-ui, not \"%1\".").arg(flowName));
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    cognito::LoginCheckRequest request;
    request.userPoolId = to->poolId;
    request.username = arguments.positional.value(0);
    request.clientId = context.globals().clientId;
    request.flow = *flow;
    request.redirectUri = arguments.value(QStringLiteral("redirect-uri"));
    const auto report = awaitOr(context, cognito::checkLogin(to->provider, request), &exitCode);
    if (!report)
        return exitCode;
    context.print(report->toJson(), findingTable);
    return report->canSignIn() ? Success : ServiceError;
}

// A listing as the service sends it; with --all, every page merged (docs/cli.md).
using JsonPageFetch = std::function<QFuture<aws::Result<QJsonObject>>(const QString &token)>;

int listJsonPages(Context &context, const ParsedArguments &arguments, const JsonPageFetch &fetch,
                  const QString &itemsKey, const QString &tokenKey, const TableSpec &table)
{
    QString token = arguments.value(QStringLiteral("next-token"));
    const bool all = arguments.isSet(QStringLiteral("all"));
    QJsonArray items;
    QJsonObject last;
    for (;;) {
        auto page = aws::await(fetch(token));
        if (!page)
            return context.fail(page.error());
        last = page.value();
        if (!all)
            return context.print(last, table);
        for (const QJsonValue &item : last.value(itemsKey).toArray())
            items.append(item);
        token = last.value(tokenKey).toString();
        if (token.isEmpty())
            break;
    }
    last.remove(tokenKey);
    last.insert(itemsKey, items);
    return context.print(last, table);
}

int authEvents(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto limit = pageSize(context, arguments, QStringLiteral("limit"), 60, &exitCode);
    if (!limit)
        return exitCode;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    const QString username = arguments.positional.value(0);
    return listJsonPages(
        context, arguments,
        [&](const QString &token) {
            return to->provider->adminListUserAuthEvents(to->poolId, username, *limit, token);
        },
        QStringLiteral("AuthEvents"), QStringLiteral("NextToken"), eventTable);
}

int devices(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto limit = pageSize(context, arguments, QStringLiteral("limit"), 60, &exitCode);
    if (!limit)
        return exitCode;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    const QString username = arguments.positional.value(0);
    return listJsonPages(
        context, arguments,
        [&](const QString &token) {
            return to->provider->adminListDevices(to->poolId, username, *limit, token);
        },
        QStringLiteral("Devices"), QStringLiteral("PaginationToken"), deviceTable);
}

int forgetDevice(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    if (!awaitOr(context,
                 to->provider->adminForgetDevice(to->poolId, arguments.positional.value(0),
                                                 arguments.positional.value(1)),
                 &exitCode))
        return exitCode;
    return context.printEmpty();
}

int mfa(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    if (!arguments.isSet(QStringLiteral("disable")))
        return context.usageError(
            tr("Say what to do: --disable turns every MFA factor of the user off."));
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return exitCode;
    if (!awaitOr(context,
                 to->provider->adminSetUserMfaPreference(to->poolId, arguments.positional.value(0),
                                                         false, false),
                 &exitCode))
        return exitCode;
    return context.printEmpty();
}

int auditList(Context &context, const ParsedArguments &arguments)
{
    QDateTime since;
    if (arguments.isSet(QStringLiteral("since"))) {
        since = QDateTime::fromString(arguments.value(QStringLiteral("since")), Qt::ISODateWithMs);
        if (!since.isValid())
            return context.usageError(tr("--since takes an ISO-8601 time such as "
                                         "2026-01-31T09:00:00Z, not \"%1\".")
                                          .arg(arguments.value(QStringLiteral("since"))));
    }
    const QString user = arguments.value(QStringLiteral("user"));
    const QString operation = arguments.value(QStringLiteral("operation"));
    const cognito::AuditLog log(cognito::AuditLog::defaultPath());
    const auto contents = log.read();
    for (const QString &warning : contents.warnings)
        context.warnAfterward(warning);
    for (const auto &entry : contents.entries) {
        if (since.isValid() && entry.time < since)
            continue;
        if (!user.isEmpty() && entry.target.value(QLatin1String("Username")).toString() != user)
            continue;
        if (!operation.isEmpty() && entry.operation != operation)
            continue;
        context.out() << QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) << '\n';
    }
    context.out().flush();
    return Success;
}

} // namespace

void addSupportCommands(CommandList &commands)
{
    const ArgumentSpec userArgument{QStringLiteral("USERNAME"),
                                    tr("The user's username (or an alias: email, phone).")};
    commands.append(
        {QStringLiteral("support"),
         QStringLiteral("check-login"),
         QStringLiteral("USERNAME [--client-id C] [--flow password|srp|admin|hosted-ui] "
                        "[--redirect-uri URL]"),
         tr("Explain why a user cannot sign in, without signing in or changing anything; exit "
            "1 when a finding is a blocker."),
         {{QStringLiteral("flow"), true, false,
           tr("The sign-in flow the app uses (default: password)."),
           QStringLiteral("password|srp|admin|hosted-ui")},
          {QStringLiteral("redirect-uri"), true, false,
           tr("The redirect URI the app sends to the hosted UI, checked against the client's "
              "callback URLs."),
           QStringLiteral("URL")}},
         1,
         1,
         checkLogin,
         {userArgument},
         QStringLiteral("support check-login grace --client-id 1example23456789 --flow "
                        "hosted-ui --redirect-uri https://app.example.com/callback")});

    const QString user = QStringLiteral("user");
    commands.append({user,
                     QStringLiteral("auth-events"),
                     QStringLiteral("USERNAME [--limit N] [--next-token T] [--all]"),
                     tr("A user's sign-in history (AdminListUserAuthEvents; pools with advanced "
                        "security only)."),
                     pagingOptions(),
                     1,
                     1,
                     authEvents,
                     {userArgument},
                     QStringLiteral("user auth-events grace --output table")});
    commands.append({user,
                     QStringLiteral("mfa"),
                     QStringLiteral("USERNAME --disable"),
                     tr("Turn a user's MFA off (AdminSetUserMFAPreference)."),
                     {{QStringLiteral("disable"), false, false,
                       tr("Turn off SMS and authenticator-app MFA for the user.")}},
                     1,
                     1,
                     mfa,
                     {userArgument},
                     QStringLiteral("user mfa grace --disable")});
    commands.append({user,
                     QStringLiteral("devices"),
                     QStringLiteral("USERNAME [--limit N] [--next-token T] [--all]"),
                     tr("The devices a user's sign-ins remembered (AdminListDevices)."),
                     pagingOptions(),
                     1,
                     1,
                     devices,
                     {userArgument},
                     QStringLiteral("user devices grace --output table")});
    commands.append(
        {user,
         QStringLiteral("forget-device"),
         QStringLiteral("USERNAME DEVICE_KEY"),
         tr("Forget one of a user's remembered devices (AdminForgetDevice)."),
         {},
         2,
         2,
         forgetDevice,
         {userArgument,
          {QStringLiteral("DEVICE_KEY"), tr("The device's key, as user devices lists it.")}},
         QStringLiteral(
             "user forget-device grace us-east-1_0c5ee3b6-5f2a-4c1b-9d0e-1f2a3b4c5d6e")});

    commands.append(
        {QStringLiteral("audit"),
         QStringLiteral("list"),
         QStringLiteral("[--since ISO-8601] [--user USERNAME] [--operation OP]"),
         tr("The writes made through the CLI and the app, as JSON lines, oldest first."),
         {{QStringLiteral("since"), true, false, tr("Only entries at or after this time."),
           QStringLiteral("ISO-8601")},
          {QStringLiteral("user"), true, false, tr("Only writes to this user."),
           QStringLiteral("USERNAME")},
          {QStringLiteral("operation"), true, false,
           tr("Only this operation, e.g. AdminDisableUser."), QStringLiteral("OP")}},
         0,
         0,
         auditList,
         {},
         QStringLiteral("audit list --since 2026-01-31T09:00:00Z --user grace")});
}

} // namespace cdesk::cli
