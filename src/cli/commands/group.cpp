// group: groups and their members.
#include "cli/command.h"

namespace cdesk::cli {

void addGroupCommands(CommandList &commands)
{
    Q_UNUSED(commands)
}

} // namespace cdesk::cli
