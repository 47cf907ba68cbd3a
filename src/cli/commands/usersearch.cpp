// The search options shared by user search, user export and bulk run: users selected from
// the pool's local mirror.
#include "cli/commands/usersearch.h"

#include "aws/awsjsonclient.h"
#include "cli/command.h"
#include "cli/support.h"
#include "cli/text.h"
#include "cognito/identityprovider.h"

#include <QElapsedTimer>

#include <limits>

namespace cdesk::cli {

namespace {

constexpr int defaultMaxAgeSeconds = 300;

} // namespace

QString mirrorPathFor(const PoolTarget &to)
{
    const aws::ServiceEndpoint &endpoint = to.provider->client()->endpoint();
    return mirror::mirrorPath(mirror::defaultFolder(),
                              mirror::MirrorKey{endpoint.url, endpoint.region, to.poolId});
}

std::optional<int> numberOption(Context &context, const ParsedArguments &arguments,
                                const QString &option, int minimum, int maximum, int fallback,
                                int *exitCode)
{
    if (!arguments.isSet(option))
        return fallback;
    bool ok = false;
    const int value = arguments.value(option).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        *exitCode = context.usageError(
            tr("--%1 takes a number from %2 to %3.").arg(option).arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return value;
}

std::optional<mirror::SyncSummary> syncMirror(Context &context, const PoolTarget &to,
                                              int partitions, int *exitCode)
{
    mirror::MirrorSync syncer(to.provider, mirrorPathFor(to));
    syncer.setPartitions(partitions);
    QElapsedTimer sinceLine;
    sinceLine.start();
    QObject::connect(&syncer, &mirror::MirrorSync::progress, &syncer,
                     [&context, &sinceLine](const mirror::SyncProgress &progress) {
                         if (sinceLine.elapsed() < 1000)
                             return;
                         sinceLine.restart();
                         QString line = tr("Synced %1 users in %2 calls (%3 users/s)")
                                            .arg(progress.users)
                                            .arg(progress.calls)
                                            .arg(progress.rate(), 0, 'f', 0);
                         if (progress.eta() >= 0)
                             line += tr(", about %1 s to go").arg(progress.eta(), 0, 'f', 0);
                         context.err() << line << '\n';
                         context.err().flush();
                     });
    auto result = aws::await(syncer.run(to.poolId));
    if (!result) {
        *exitCode = context.fail(result.error());
        return std::nullopt;
    }
    return result.value();
}

std::optional<mirror::Query> userSearchQuery(Context &context, const ParsedArguments &arguments,
                                             const QString &text, int *exitCode)
{
    mirror::Query query;
    query.text = text;
    for (const QString &where : arguments.values(QStringLiteral("where"))) {
        const auto condition = mirror::Condition::parse(where);
        if (!condition) {
            *exitCode = context.usageError(tr("\"%1\" is not NAME=VALUE or NAME~TEXT.").arg(where));
            return std::nullopt;
        }
        query.conditions.append(*condition);
    }
    query.status = arguments.value(QStringLiteral("status"));
    if (arguments.isSet(QStringLiteral("enabled"))) {
        const QString enabled = arguments.value(QStringLiteral("enabled"));
        if (enabled != QLatin1String("true") && enabled != QLatin1String("false")) {
            *exitCode = context.usageError(tr("--enabled takes true or false."));
            return std::nullopt;
        }
        query.enabled = enabled == QLatin1String("true");
    }
    query.group = arguments.value(QStringLiteral("group"));
    query.sort = arguments.value(QStringLiteral("sort"));
    if (arguments.isSet(QStringLiteral("limit"))) {
        const auto limit = numberOption(context, arguments, QStringLiteral("limit"), 1,
                                        std::numeric_limits<int>::max(), -1, exitCode);
        if (!limit)
            return std::nullopt;
        query.limit = *limit;
    }
    if (arguments.isSet(QStringLiteral("offline")) && arguments.isSet(QStringLiteral("max-age"))) {
        *exitCode = context.usageError(tr("--offline and --max-age exclude each other."));
        return std::nullopt;
    }
    return query;
}

std::optional<QList<mirror::MirroredUser>> selectMirroredUsers(Context &context,
                                                               const ParsedArguments &arguments,
                                                               const QString &text, int *exitCode)
{
    const auto query = userSearchQuery(context, arguments, text, exitCode);
    if (!query)
        return std::nullopt;
    const auto maxAge =
        numberOption(context, arguments, QStringLiteral("max-age"), 0,
                     std::numeric_limits<int>::max(), defaultMaxAgeSeconds, exitCode);
    if (!maxAge)
        return std::nullopt;
    const auto to = poolTarget(context, exitCode);
    if (!to)
        return std::nullopt;
    const QString path = mirrorPathFor(*to);
    auto opened = mirror::Mirror::open(path);
    const bool offline = arguments.isSet(QStringLiteral("offline"));
    const bool fresh =
        opened && opened.value()->syncedAt().secsTo(QDateTime::currentDateTimeUtc()) < *maxAge;
    if (!fresh && !offline) {
        if (opened)
            opened = aws::AwsError{}; // closed before the sync replaces the file
        if (!syncMirror(context, *to, mirror::MirrorSync::MaxPartitions, exitCode))
            return std::nullopt;
        opened = mirror::Mirror::open(path);
    }
    if (!opened) {
        *exitCode = context.localError(
            offline ? tr("There is no local mirror of this pool; run \"user sync\" first.")
                    : opened.error().message);
        return std::nullopt;
    }
    auto users = opened.value()->search(*query);
    if (!users) {
        *exitCode = context.fail(users.error());
        return std::nullopt;
    }
    return std::move(users).value();
}

QList<OptionSpec> userSearchOptions()
{
    return {
        {QStringLiteral("where"), true, true,
         tr("NAME=VALUE: attribute NAME is exactly VALUE; NAME~TEXT: it contains TEXT, in any "
            "case (repeatable; custom attributes too)."),
         QStringLiteral("NAME=VALUE|NAME~TEXT")},
        {QStringLiteral("status"), true, false,
         tr("Only users of this status (CONFIRMED, FORCE_CHANGE_PASSWORD, ...)."),
         QStringLiteral("S")},
        {QStringLiteral("enabled"), true, false,
         tr("Only enabled (true) or disabled (false) users."), QStringLiteral("true|false")},
        {QStringLiteral("group"), true, false, tr("Only members of this group."),
         QStringLiteral("G")},
        {QStringLiteral("sort"), true, false,
         tr("Sort by Username (the default), UserStatus, Enabled, UserCreateDate, "
            "UserLastModifiedDate or an attribute name; ties by username."),
         QStringLiteral("NAME")},
        {QStringLiteral("limit"), true, false, tr("At most N users."), QStringLiteral("N")},
        {QStringLiteral("max-age"), true, false,
         tr("Sync first when the mirror is older than this (default 300)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("offline"), false, false,
         tr("Never call the service: search the mirror as it is.")},
    };
}

QString userSearchSynopsis()
{
    return QStringLiteral("[--where NAME=VALUE | NAME~TEXT]... [--status S] "
                          "[--enabled true|false] [--group G] [--sort NAME] [--limit N] "
                          "[--max-age SECONDS | --offline]");
}

} // namespace cdesk::cli
