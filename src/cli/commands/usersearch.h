#pragma once

#include "cli/arguments.h"
#include "mirror/mirror.h"
#include "mirror/mirrorsync.h"

#include <QList>
#include <QString>

#include <optional>

namespace cdesk::cli {

class Context;
struct PoolTarget;

// The search options that select users from the pool's local mirror (src/mirror/), shared
// by user search, user export and bulk run: --where, --status, --enabled, --group, --sort,
// --limit, --max-age and --offline. The free text is the caller's (user search takes it as
// its argument, bulk run as --text).
QList<OptionSpec> userSearchOptions();
// Their synopsis, for the command table (without the free text).
QString userSearchSynopsis();

// The mirror file of the pool `to` names, under the cache folder.
QString mirrorPathFor(const PoolTarget &to);

// A whole number within [minimum, maximum] from --option, `fallback` when it is not given;
// a usage error otherwise (nothing returned, *exitCode set).
std::optional<int> numberOption(Context &context, const ParsedArguments &arguments,
                                const QString &option, int minimum, int maximum, int fallback,
                                int *exitCode);

// Syncs the pool's mirror with progress on stderr; the summary, or nothing (reported,
// *exitCode set).
std::optional<mirror::SyncSummary> syncMirror(Context &context, const PoolTarget &to,
                                              int partitions, int *exitCode);

// The search options with free `text` as a query; a usage error on a bad one.
std::optional<mirror::Query> userSearchQuery(Context &context, const ParsedArguments &arguments,
                                             const QString &text, int *exitCode);

// The users the search options select, from the mirror of the pool the global options name,
// synced first when it is missing or older than --max-age (never with --offline).
std::optional<QList<mirror::MirroredUser>> selectMirroredUsers(Context &context,
                                                               const ParsedArguments &arguments,
                                                               const QString &text, int *exitCode);

} // namespace cdesk::cli
