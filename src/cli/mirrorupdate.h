#pragma once

#include "cli/arguments.h"

namespace cdesk::cli {

class Context;
struct Command;

// After a command that changed a user or a group membership has succeeded, the pool's local
// mirror (when there is one) gets the change at once, so that `user search --offline` never
// shows what the admin just changed as it was: the user is read back (AdminGetUser) and its
// row replaced, a deleted user's row removed, a membership set. When the row cannot be brought
// up to date, or a bulk job or fixtures run changed many users (even if it failed for some:
// `exitCode` is the command's), the mirror is deleted rather than left stale (the next search
// syncs).
void updateMirrorAfter(Context &context, const Command &command, const ParsedArguments &arguments,
                       int exitCode);

} // namespace cdesk::cli
