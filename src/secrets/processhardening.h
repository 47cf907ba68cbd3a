#pragma once

namespace cdesk::secrets {

// Keeps secrets out of crash dumps: no core files, and no ptrace attach by other
// processes of the same user. Call first thing in main() of every executable.
void hardenProcess();

} // namespace cdesk::secrets
