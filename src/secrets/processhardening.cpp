#include "processhardening.h"

#include <QtGlobal>

#include <cerrno>
#include <cstring>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace cdesk::secrets {

bool hardenProcess()
{
    bool hardened = true;
#if defined(Q_OS_LINUX)
    const rlimit noCore{0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0) {
        qWarning("Warning: could not turn core dumps off (setrlimit: %s); a crash may write "
                 "secrets to disk.",
                 std::strerror(errno));
        hardened = false;
    }
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        qWarning("Warning: could not make the process non-dumpable (prctl: %s); other "
                 "processes of this user may read its memory.",
                 std::strerror(errno));
        hardened = false;
    }
#endif
    return hardened;
}

} // namespace cdesk::secrets
