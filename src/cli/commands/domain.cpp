// domain: the hosted UI domain of a pool.
#include "cli/command.h"

namespace cdesk::cli {

void addDomainCommands(CommandList &commands)
{
    Q_UNUSED(commands)
}

} // namespace cdesk::cli
