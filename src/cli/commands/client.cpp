// client: app clients.
#include "cli/command.h"

namespace cdesk::cli {

void addClientCommands(CommandList &commands)
{
    Q_UNUSED(commands)
}

} // namespace cdesk::cli
