#pragma once

#include "cli/command.h"

#include <QString>
#include <QStringList>

class QTextStream;

// Everything people read about the command line, drawn from the command table (and the
// prose below it in reference.cpp), so that --help, the manual pages, the completions and
// docs/cli.md cannot drift apart.
namespace cdesk::cli::reference {

// The visible groups, in the order of the command table.
QStringList groups(const CommandList &commands);
// One line on what a group is for.
QString groupSummary(const QString &group);
// "group command", or "group" alone for a command that is its group (exec).
QString commandTitle(const Command &command);
// "--name VALUE" (or "--name" for a flag).
QString optionLabel(const OptionSpec &option);
// The choices of an option whose value is one of a few words ("json|table"); else empty.
QStringList optionChoices(const OptionSpec &option);

void writeOverview(QTextStream &out, const CommandList &commands);
void writeGroupHelp(QTextStream &out, const QString &group, const CommandList &commands);
void writeCommandHelp(QTextStream &out, const Command &command);

// The nearest of `candidates` to a mistyped `word`, or empty when none is near enough.
QString nearest(const QString &word, const QStringList &candidates);
// "did you mean ..." for an unknown GROUP or GROUP COMMAND; empty when nothing is close.
QString suggestCommand(const QString &group, const QString &name, const CommandList &commands);

QString markdown(const CommandList &commands);
QString cliManPage(const CommandList &commands, const QString &version);
QString appManPage(const QString &version);
QString bashCompletion(const CommandList &commands);
QString zshCompletion(const CommandList &commands);

} // namespace cdesk::cli::reference
