// user: users of a pool (admin operations).
#include "cli/command.h"

namespace cdesk::cli {

void addUserCommands(CommandList &commands)
{
    Q_UNUSED(commands)
}

} // namespace cdesk::cli
