#pragma once

#include "aws/future.h"
#include "cli/context.h"
#include "cognito/types.h"

#include <QJsonArray>

namespace cdesk::cognito {
class IdentityProvider;
}

#include <functional>
#include <optional>

namespace cdesk::cli {

// Waits for `future`; on failure reports the error and sets *exitCode.
template <typename T>
std::optional<T> awaitOr(Context &context, const QFuture<aws::Result<T>> &future, int *exitCode)
{
    aws::Result<T> result = aws::await(future);
    if (!result) {
        *exitCode = context.fail(result.error());
        return std::nullopt;
    }
    return std::move(result).value();
}

template <typename T>
using PageFetch = std::function<QFuture<aws::Result<cognito::Page<T>>>(const QString &token)>;

// One page as the service sent it; with `all`, every page from `token` on, merged into
// one object holding all the items and no token, as docs/cli.md specifies for --all.
template <typename T>
aws::Result<QJsonObject> collectPages(const PageFetch<T> &fetch, QString token,
                                      const QString &itemsKey, bool all)
{
    QJsonArray items;
    QJsonObject last;
    for (;;) {
        aws::Result<cognito::Page<T>> page = aws::await(fetch(token));
        if (!page)
            return page.error();
        if (!all)
            return page.value().json;
        last = page.value().json;
        for (const T &item : page.value().items)
            items.append(item.json);
        token = page.value().nextToken;
        if (token.isEmpty())
            break;
    }
    last.remove(QStringLiteral("NextToken"));
    last.remove(QStringLiteral("PaginationToken"));
    last.insert(itemsKey, items);
    return last;
}

// What most commands act on: the connection and the pool.
struct PoolTarget
{
    cognito::IdentityProvider *provider = nullptr;
    QString poolId;
};
// The pool from the global options and the connection; reports what is missing.
std::optional<PoolTarget> poolTarget(Context &context, int *exitCode);

// --limit/--max-results N within [1, max]; a usage error otherwise.
std::optional<int> pageSize(Context &context, const ParsedArguments &arguments,
                            const QString &option, int max, int *exitCode);
// The --limit, --next-token and --all options of a listing command.
QList<OptionSpec> pagingOptions(const QString &sizeOption = QStringLiteral("limit"));
// NAME=VALUE arguments as attributes; a usage error on one without '='.
std::optional<QList<cognito::Attribute>> parseAttributes(Context &context, const QStringList &texts,
                                                         int *exitCode);
// A comma-separated option value as a list ("a,b" -> {a, b}); repeated options add up.
QStringList commaList(const ParsedArguments &arguments, const QString &option);

} // namespace cdesk::cli
