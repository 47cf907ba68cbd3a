#pragma once

#include <QStringList>

class QIODevice;
class QTextStream;

namespace cdesk::cli {

// Runs one cognito-desk-cli invocation; returns its exit code. `arguments` excludes argv[0].
int run(const QStringList &arguments, QIODevice *input, QTextStream &out, QTextStream &err,
        bool outputIsTerminal);

} // namespace cdesk::cli
