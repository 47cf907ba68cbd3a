// profile: Cognito Desk profiles (region, endpoint, pool, client, credentials).
#include "cli/command.h"

namespace cdesk::cli {

void addProfileCommands(CommandList &commands)
{
    Q_UNUSED(commands)
}

} // namespace cdesk::cli
