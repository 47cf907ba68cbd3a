// auth: sign-up, login flows, challenges, refresh, hosted UI.
#include "cli/command.h"

namespace cdesk::cli {

void addAuthCommands(CommandList &commands)
{
    Q_UNUSED(commands)
}

} // namespace cdesk::cli
