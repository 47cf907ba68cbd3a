// token: decode and verify JWTs.
#include "cli/command.h"

namespace cdesk::cli {

void addTokenCommands(CommandList &commands)
{
    Q_UNUSED(commands)
}

} // namespace cdesk::cli
