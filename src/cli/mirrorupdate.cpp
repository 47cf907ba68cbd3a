#include "mirrorupdate.h"

#include "aws/awsjsonclient.h"
#include "cli/command.h"
#include "cli/context.h"
#include "cli/support.h"
#include "cognito/identityprovider.h"
#include "mirror/mirror.h"

#include <QFile>

namespace cdesk::cli {

namespace {

enum class Change
{
    None,
    User,    // read the user back
    Deleted, // remove its row
    Joined,  // group add-user NAME USERNAME
    Left,    // group remove-user NAME USERNAME
    Many,    // bulk and fixtures: too many rows to read back; the mirror is dropped
};

Change changeOf(const Command &command)
{
    static const QStringList userWrites = {QStringLiteral("create"),
                                           QStringLiteral("enable"),
                                           QStringLiteral("disable"),
                                           QStringLiteral("set-password"),
                                           QStringLiteral("update-attributes"),
                                           QStringLiteral("delete-attributes"),
                                           QStringLiteral("confirm"),
                                           QStringLiteral("reset-password")};
    if (command.group == QLatin1String("user")) {
        if (command.name == QLatin1String("delete"))
            return Change::Deleted;
        return userWrites.contains(command.name) ? Change::User : Change::None;
    }
    if (command.group == QLatin1String("group")) {
        if (command.name == QLatin1String("add-user"))
            return Change::Joined;
        if (command.name == QLatin1String("remove-user"))
            return Change::Left;
    }
    if ((command.group == QLatin1String("bulk") &&
         (command.name == QLatin1String("create") || command.name == QLatin1String("run") ||
          command.name == QLatin1String("resume"))) ||
        (command.group == QLatin1String("fixtures") &&
         (command.name == QLatin1String("apply") || command.name == QLatin1String("remove"))))
        return Change::Many;
    return Change::None;
}

// AdminGetUser's answer in ListUsers' shape (UserAttributes -> Attributes).
QJsonObject asListedUser(const QJsonObject &user)
{
    QJsonObject listed;
    for (const char *key : {"Username", "UserCreateDate", "UserLastModifiedDate", "Enabled",
                            "UserStatus", "MFAOptions"}) {
        const QString name = QString::fromLatin1(key);
        if (user.contains(name))
            listed.insert(name, user.value(name));
    }
    listed.insert(QStringLiteral("Attributes"), user.value(QLatin1String("UserAttributes")));
    return listed;
}

bool hasUser(mirror::Mirror &mirror, const QString &username)
{
    mirror::Query query;
    query.conditions = {{QStringLiteral("username"), username, false}};
    const auto count = mirror.count(query);
    return count && count.value() > 0;
}

// backup restore --into-pool ID changed many users of ID (a new pool has no mirror yet):
// that pool's mirror is dropped, as after a bulk job.
void dropRestoredPoolMirror(Context &context, const ParsedArguments &arguments, int exitCode)
{
    const QString poolId = arguments.value(QStringLiteral("into-pool"));
    if (poolId.isEmpty() || (exitCode != Success && exitCode != ServiceError))
        return;
    auto *provider = context.identityProvider(&exitCode);
    if (!provider)
        return;
    const aws::ServiceEndpoint &endpoint = provider->client()->endpoint();
    QFile::remove(mirror::mirrorPath(mirror::defaultFolder(),
                                     mirror::MirrorKey{endpoint.url, endpoint.region, poolId}));
}

} // namespace

void updateMirrorAfter(Context &context, const Command &command, const ParsedArguments &arguments,
                       int exitCode)
{
    if (command.group == QLatin1String("backup") && command.name == QLatin1String("restore")) {
        dropRestoredPoolMirror(context, arguments, exitCode);
        return;
    }
    const Change change = changeOf(command);
    if (change == Change::None || context.globals().userPoolId.isEmpty())
        return;
    // A single write that failed changed nothing; a bulk job or fixtures run that failed for
    // some users still changed the others.
    if (exitCode != Success && !(change == Change::Many && exitCode == ServiceError))
        return;
    exitCode = Success;
    const auto to = poolTarget(context, &exitCode);
    if (!to)
        return;
    const aws::ServiceEndpoint &endpoint = to->provider->client()->endpoint();
    const QString path = mirror::mirrorPath(
        mirror::defaultFolder(), mirror::MirrorKey{endpoint.url, endpoint.region, to->poolId});
    if (!QFile::exists(path))
        return;
    auto opened = mirror::Mirror::open(path);
    if (!opened)
        return; // an unreadable mirror is gone already
    mirror::Mirror &mirror = *opened.value();
    const bool membership = change == Change::Joined || change == Change::Left;
    const QString username = arguments.positional.value(membership ? 1 : 0);
    bool upToDate = false;
    switch (change) {
    case Change::Deleted:
        // An alias (an email address) names no row: then the row cannot be found to remove.
        upToDate = hasUser(mirror, username) && mirror.removeUser(username).ok();
        break;
    case Change::Joined:
    case Change::Left:
        upToDate =
            hasUser(mirror, username) &&
            mirror.setMembership(username, arguments.positional.value(0), change == Change::Joined)
                .ok();
        break;
    case Change::User: {
        const auto user = aws::await(to->provider->adminGetUser(to->poolId, username));
        if (user)
            upToDate = mirror.upsertUser(asListedUser(user.value().json)).ok();
        else if (user.error().type == QLatin1String("UserNotFoundException"))
            upToDate = mirror.removeUser(username).ok();
        break;
    }
    case Change::Many:
    case Change::None:
        break;
    }
    if (!upToDate) {
        opened = aws::AwsError{};
        QFile::remove(path);
    }
}

} // namespace cdesk::cli
