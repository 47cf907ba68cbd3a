// api: call an API with a token.
#include "cli/command.h"

namespace cdesk::cli {

void addApiCommands(CommandList &commands)
{
    Q_UNUSED(commands)
}

} // namespace cdesk::cli
