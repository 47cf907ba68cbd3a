#pragma once

namespace cdesk::secrets {

// Keeps secrets out of crash dumps: no core files, and no ptrace attach by other
// processes of the same user. Call first thing in main() of every executable.
// False, after a warning on stderr naming the step, when the system refused either: the
// program still runs, but the user is told that its memory is not protected.
bool hardenProcess();

} // namespace cdesk::secrets
