// import: CSV user import jobs.
#include "cli/command.h"

namespace cdesk::cli {

void addImportCommands(CommandList &commands)
{
    Q_UNUSED(commands)
}

} // namespace cdesk::cli
