// completion: shell completion scripts; and, hidden, the reference documents the build
// generates (manual pages, completions, docs/cli.md), all from the command table.
#include "cli/command.h"
#include "cli/context.h"
#include "cli/reference.h"
#include "cli/text.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace cdesk::cli {

namespace {

int printText(Context &context, const QString &text)
{
    context.out() << text;
    context.out().flush();
    return Success;
}

bool writeFile(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

int generateDocuments(Context &context, const ParsedArguments &arguments)
{
    const QDir directory(arguments.positional.value(0));
    if (!directory.exists())
        return context.localError(tr("No such directory: %1").arg(directory.path()));
    const CommandList commands = allCommands();
    const QString version = QCoreApplication::applicationVersion();
    const QList<QPair<QString, QString>> documents = {
        {QStringLiteral("cognito-desk-cli.1"), reference::cliManPage(commands, version)},
        {QStringLiteral("cognito-desk.1"), reference::appManPage(version)},
        {QStringLiteral("cognito-desk-cli.bash"), reference::bashCompletion(commands)},
        {QStringLiteral("_cognito-desk-cli"), reference::zshCompletion(commands)},
        {QStringLiteral("cli.md"), reference::markdown(commands)},
    };
    for (const auto &[name, text] : documents) {
        QString error;
        if (!writeFile(directory.filePath(name), text, &error))
            return context.localError(error);
    }
    return Success;
}

} // namespace

void addCompletionCommands(CommandList &commands)
{
    const QString group = QStringLiteral("completion");
    commands.append({group,
                     QStringLiteral("bash"),
                     QString(),
                     tr("Print the bash completion script."),
                     {},
                     0,
                     0,
                     [](Context &context, const ParsedArguments &) {
                         return printText(context, reference::bashCompletion(allCommands()));
                     },
                     {},
                     QStringLiteral("completion bash > ~/.local/share/bash-completion/"
                                    "completions/cognito-desk-cli")});
    commands.append({group,
                     QStringLiteral("zsh"),
                     QString(),
                     tr("Print the zsh completion script."),
                     {},
                     0,
                     0,
                     [](Context &context, const ParsedArguments &) {
                         return printText(context, reference::zshCompletion(allCommands()));
                     },
                     {},
                     QStringLiteral("completion zsh > \"${fpath[1]}/_cognito-desk-cli\"")});

    // For the build and ./dev docs; not part of the command line people use.
    commands.append({QStringLiteral("docs"),
                     QStringLiteral("markdown"),
                     QString(),
                     tr("Print docs/cli.md."),
                     {},
                     0,
                     0,
                     [](Context &context, const ParsedArguments &) {
                         return printText(context, reference::markdown(allCommands()));
                     },
                     {},
                     QStringLiteral("docs markdown > docs/cli.md"),
                     true});
    commands.append({QStringLiteral("docs"),
                     QStringLiteral("generate"),
                     QStringLiteral("DIRECTORY"),
                     tr("Write the manual pages, the completions and cli.md into DIRECTORY."),
                     {},
                     1,
                     1,
                     generateDocuments,
                     {{QStringLiteral("DIRECTORY"), tr("Where the files go.")}},
                     QStringLiteral("docs generate build/docs"),
                     true});
}

} // namespace cdesk::cli
