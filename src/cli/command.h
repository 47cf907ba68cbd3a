#pragma once

#include "cli/arguments.h"

#include <QList>
#include <QString>

#include <functional>

namespace cdesk::cli {

class Context;

struct Command
{
    QString group;    // e.g. "pool"
    QString name;     // e.g. "list"
    QString synopsis; // arguments and options, for --help
    QString summary;  // one line
    QList<OptionSpec> options;
    int minPositional = 0;
    int maxPositional = 0;
    std::function<int(Context &, const ParsedArguments &)> run;
};

using CommandList = QList<Command>;

// Each command group adds its commands here; see commands/*.cpp.
void addPoolCommands(CommandList &commands);
void addProfileCommands(CommandList &commands);
void addDomainCommands(CommandList &commands);
void addClientCommands(CommandList &commands);
void addUserCommands(CommandList &commands);
void addGroupCommands(CommandList &commands);
void addAuthCommands(CommandList &commands);
void addHostedUiCommands(CommandList &commands);
void addTokenCommands(CommandList &commands);
void addImportCommands(CommandList &commands);
void addApiCommands(CommandList &commands);

} // namespace cdesk::cli
