#pragma once

#include "cli/arguments.h"

#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace cdesk::cli {

class Context;

// A positional argument, for --help, the manual page and docs/cli.md.
struct ArgumentSpec
{
    QString name; // as in the synopsis, e.g. "USERNAME"
    QString help; // one line
};

struct Command
{
    using Run = std::function<int(Context &, const ParsedArguments &)>;

    Command() = default;
    // Table entries list the fields in this order; the trailing ones may be left out.
    Command(QString commandGroup, QString commandName, QString commandSynopsis,
            QString commandSummary, QList<OptionSpec> commandOptions = {}, int minimum = 0,
            int maximum = 0, Run handler = {}, QList<ArgumentSpec> commandArguments = {},
            QString commandExample = {}, bool isHidden = false)
        : group(std::move(commandGroup))
        , name(std::move(commandName))
        , synopsis(std::move(commandSynopsis))
        , summary(std::move(commandSummary))
        , options(std::move(commandOptions))
        , minPositional(minimum)
        , maxPositional(maximum)
        , run(std::move(handler))
        , arguments(std::move(commandArguments))
        , example(std::move(commandExample))
        , hidden(isHidden)
    {}

    QString group;    // e.g. "pool"
    QString name;     // e.g. "list"
    QString synopsis; // arguments and options, for --help
    QString summary;  // one line
    QList<OptionSpec> options;
    int minPositional = 0;
    int maxPositional = 0;
    Run run;
    // The positional arguments explained, for --help, the manual page and docs/cli.md.
    QList<ArgumentSpec> arguments;
    QString example; // one command line, without the leading "cognito-desk-cli "
    // Left out of the help, the completions and the reference (tools for the build).
    bool hidden = false;
};

using CommandList = QList<Command>;

// Each command group adds its commands here; see commands/*.cpp.
void addPoolCommands(CommandList &commands);
// pool diff (commands/pooldiff.cpp), listed with the pool commands.
void addPoolDiffCommand(CommandList &commands);
void addProfileCommands(CommandList &commands);
void addDomainCommands(CommandList &commands);
void addClientCommands(CommandList &commands);
void addUserCommands(CommandList &commands);
void addUserMirrorCommands(CommandList &commands);
void addGroupCommands(CommandList &commands);
void addAuthCommands(CommandList &commands);
void addHostedUiCommands(CommandList &commands);
void addTokenCommands(CommandList &commands);
// identity credentials: a user's identity-pool credentials (commands/identity.cpp).
void addIdentityCommands(CommandList &commands);
void addImportCommands(CommandList &commands);
void addBulkCommands(CommandList &commands);
void addBackupCommands(CommandList &commands);
void addApiCommands(CommandList &commands);
void addCompletionCommands(CommandList &commands);
// support check-login, the support desk's user commands and audit (commands/support.cpp).
void addSupportCommands(CommandList &commands);
void addExecCommands(CommandList &commands);
void addMfaCommands(CommandList &commands);
void addFixturesCommands(CommandList &commands);

// Every command of cognito-desk-cli, in the order --help lists them.
CommandList allCommands();
// The options that stand before or after any command (--profile, --output, ...).
const QList<OptionSpec> &globalOptionSpecs();

} // namespace cdesk::cli
