#include "fuzzsupport.h"

#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace cdesk::fuzz {

void invariantBroken(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "fuzz: invariant broken at %s:%d: %s\n", file, line, condition);
    std::abort();
}

namespace {

// Qt's default handler prints a warning and goes on, and a failed Q_ASSERT or qFatal ends
// in abort() only after Qt's own output. For a parser, any Qt warning (an out-of-range
// QString::arg, a QList index...) is a bug: print it and abort, so that libFuzzer keeps the
// input and reports a crash instead of the message scrolling by.
void abortOnMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    std::fprintf(stderr, "fuzz: Qt message (%s:%d): %s\n", context.file ? context.file : "?",
                 context.line, message.toLocal8Bit().constData());
    std::abort();
}

} // namespace

} // namespace cdesk::fuzz

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(cdesk::fuzz::abortOnMessage);
    return 0;
}
