#include "application.h"

#include "aws/credentialsprovider.h"
#include "cli/command.h"
#include "cli/context.h"
#include "cli/mirrorupdate.h"
#include "cli/reference.h"
#include "cli/text.h"
#include "cognito/connection.h"
#include "secrets/profile.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcessEnvironment>

#include <optional>

namespace cdesk::cli {

namespace {

// --verbose: the transport's log (request ids, retries, clock-skew corrections; it never
// holds secrets) goes to the command's stderr while the command runs.
class VerboseLog final
{
public:
    explicit VerboseLog(QTextStream &err)
    {
        s_err = &err;
        s_previous = qInstallMessageHandler(&VerboseLog::handle);
        QLoggingCategory::setFilterRules(QStringLiteral("cdesk.*.debug=true\ncdesk.*.info=true"));
    }
    ~VerboseLog()
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(s_previous);
        s_previous = nullptr;
        s_err = nullptr;
    }
    Q_DISABLE_COPY_MOVE(VerboseLog)

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (s_err && context.category &&
            QLatin1String(context.category).startsWith(QLatin1String("cdesk."))) {
            *s_err << message << '\n';
            s_err->flush();
            return;
        }
        if (s_previous)
            s_previous(type, context, message);
    }

    static inline QTextStream *s_err = nullptr;
    static inline QtMessageHandler s_previous = nullptr;
};

// Options that would put a secret into argv, where every process of the machine can
// read it; each has a -stdin twin.
const QStringList &secretOptions()
{
    static const QStringList names = {
        QStringLiteral("password"),
        QStringLiteral("new-password"),
        QStringLiteral("temporary-password"),
        QStringLiteral("secret-access-key"),
        QStringLiteral("client-secret"),
        QStringLiteral("refresh-token"),
        QStringLiteral("token"),
    };
    return names;
}

QString firstEnvironment(std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

const QList<OptionSpec> &globalOptionSpecs()
{
    static const QList<OptionSpec> specs = {
        {QStringLiteral("profile"), true, false,
         tr("A Cognito Desk profile; if none has that name, the AWS CLI profile of that name."),
         QStringLiteral("NAME")},
        {QStringLiteral("region"), true, false, tr("The AWS region."), QStringLiteral("REGION")},
        {QStringLiteral("endpoint-url"), true, false,
         tr("Another Cognito endpoint, e.g. http://127.0.0.1:9229 for a local server."),
         QStringLiteral("URL")},
        {QStringLiteral("user-pool-id"), true, false, tr("The pool for commands that need one."),
         QStringLiteral("ID")},
        {QStringLiteral("client-id"), true, false, tr("The app client for auth commands."),
         QStringLiteral("ID")},
        {QStringLiteral("output"), true, false,
         tr("json (the default when piped) or table (the default on a terminal)."),
         QStringLiteral("json|table")},
        {QStringLiteral("verbose"), false, false,
         tr("Request ids, retries and clock corrections on stderr (never secrets).")},
        {QStringLiteral("help"), false, false,
         tr("Show the help: of everything, of a GROUP, or of a GROUP COMMAND.")},
        {QStringLiteral("version"), false, false, tr("Show the version and exit.")},
    };
    return specs;
}

CommandList allCommands()
{
    CommandList commands;
    addProfileCommands(commands);
    addPoolCommands(commands);
    addDomainCommands(commands);
    addClientCommands(commands);
    addUserCommands(commands);
    addUserMirrorCommands(commands);
    addGroupCommands(commands);
    addSupportCommands(commands);
    addAuthCommands(commands);
    addHostedUiCommands(commands);
    addTokenCommands(commands);
    addIdentityCommands(commands);
    addImportCommands(commands);
    addBulkCommands(commands);
    addBackupCommands(commands);
    addApiCommands(commands);
    addFixturesCommands(commands);
    addMfaCommands(commands);
    addExecCommands(commands);
    addCompletionCommands(commands);
    return commands;
}

int run(const QStringList &arguments, QIODevice *input, QTextStream &out, QTextStream &err,
        bool outputIsTerminal)
{
    const CommandList commands = allCommands();
    QStringList rest = arguments;
    QString error;
    const auto globals = extractOptions(&rest, globalOptionSpecs(), &error);
    GlobalOptions options;
    Context usageContext(options, input, out, err);
    if (!globals)
        return usageContext.usageError(error);
    if (globals->isSet(QStringLiteral("version"))) {
        out << "cognito-desk-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    if (rest.isEmpty()) {
        reference::writeOverview(globals->isSet(QStringLiteral("help")) ? out : err, commands);
        return globals->isSet(QStringLiteral("help")) ? Success : UsageError;
    }
    if (globals->isSet(QStringLiteral("help"))) {
        // GROUP --help and GROUP COMMAND --help: only what was asked about.
        const QString group = rest.value(0);
        const QString name = rest.value(1);
        for (const Command &command : commands)
            if (command.group == group && command.name.isEmpty()) {
                reference::writeCommandHelp(out, command);
                return Success;
            }
        if (name.isEmpty() && reference::groups(commands).contains(group)) {
            reference::writeGroupHelp(out, group, commands);
            return Success;
        }
        for (const Command &command : commands)
            if (command.group == group && command.name == name) {
                reference::writeCommandHelp(out, command);
                return Success;
            }
    }

    for (const auto &option : globals->options)
        options.given.append(option.name);
    options.profile = globals->value(QStringLiteral("profile"),
                                     firstEnvironment({"COGNITO_DESK_PROFILE", "AWS_PROFILE"}));
    const auto given = [&](const QString &name) -> std::optional<QString> {
        if (globals->isSet(name))
            return globals->value(name);
        return std::nullopt;
    };
    resolveConnection(&options, options.profile, given(QStringLiteral("region")),
                      given(QStringLiteral("endpoint-url")));
    // Then the pool and the client, in the same order: an option, the Cognito Desk profile's
    // (its pool id only makes sense in its own region), the environment.
    const auto pick = [&](const QString &name, QString secrets::Profile::*field,
                          const QString &fromEnvironment) {
        if (globals->isSet(name))
            return globals->value(name);
        if (options.cognitoProfile && !((*options.cognitoProfile).*field).isEmpty())
            return (*options.cognitoProfile).*field;
        return fromEnvironment;
    };
    options.userPoolId = pick(QStringLiteral("user-pool-id"), &secrets::Profile::userPoolId,
                              qEnvironmentVariable("COGNITO_DESK_USER_POOL_ID"));
    options.clientId = pick(QStringLiteral("client-id"), &secrets::Profile::clientId,
                            qEnvironmentVariable("COGNITO_DESK_CLIENT_ID"));
    options.verbose = globals->isSet(QStringLiteral("verbose"));
    std::optional<VerboseLog> verboseLog;
    if (options.verbose)
        verboseLog.emplace(err);
    const QString output = globals->value(QStringLiteral("output"));
    if (output == QLatin1String("json"))
        options.output = OutputFormat::Json;
    else if (output == QLatin1String("table"))
        options.output = OutputFormat::Table;
    else if (output.isEmpty())
        options.output = outputIsTerminal ? OutputFormat::Table : OutputFormat::Json;
    else
        return usageContext.usageError(tr("--output takes json or table, not \"%1\".").arg(output));

    const QString group = rest.value(0);
    QString name = rest.value(1);
    const Command *command = nullptr;
    bool groupKnown = false;
    for (const Command &candidate : commands) {
        groupKnown = groupKnown || candidate.group == group;
        if (candidate.group == group && candidate.name == name)
            command = &candidate;
    }
    // A command that is its group (`exec ...`) takes every word after the group.
    for (const Command &candidate : commands)
        if (!command && candidate.group == group && candidate.name.isEmpty()) {
            command = &candidate;
            name.clear();
            rest.insert(1, QString());
        }
    if (!command) {
        QString suggestion = reference::suggestCommand(group, name, commands);
        if (!suggestion.isEmpty())
            suggestion.prepend(QLatin1Char('\n'));
        if (!groupKnown)
            return usageContext.usageError(tr("Unknown command group \"%1\".").arg(group) +
                                           suggestion);
        QStringList known;
        for (const Command &candidate : commands)
            if (candidate.group == group && !candidate.hidden)
                known.append(candidate.name);
        return usageContext.usageError(
            (name.isEmpty()
                 ? tr("\"%1\" needs a command: %2.").arg(group, known.join(QLatin1String(", ")))
                 : tr("Unknown command \"%1 %2\"; %1 has: %3.")
                       .arg(group, name, known.join(QLatin1String(", ")))) +
            suggestion);
    }

    const QStringList commandArguments = rest.mid(2);
    for (const QString &argument : commandArguments) {
        if (argument == QLatin1String("--"))
            break; // what follows is another program's command line (exec)
        const QString optionName = argument.startsWith(QLatin1String("--"))
                                       ? argument.mid(2).section(QLatin1Char('='), 0, 0)
                                       : QString();
        if (secretOptions().contains(optionName))
            return usageContext.usageError(
                tr("Secrets are never taken on the command line, where other processes can "
                   "read them: use --%1-stdin and give the value on standard input.")
                    .arg(optionName));
    }
    const auto parsed = parseArguments(commandArguments, command->options, &error);
    if (!parsed)
        return usageContext.usageError(
            tr("%1 (usage: %2 %3)")
                .arg(error, (command->group + QLatin1Char(' ') + command->name).trimmed(),
                     command->synopsis));
    const auto positionalCount = parsed->positional.size();
    if (positionalCount < command->minPositional || positionalCount > command->maxPositional)
        return usageContext.usageError(
            tr("Wrong number of arguments (usage: %1 %2)")
                .arg((command->group + QLatin1Char(' ') + command->name).trimmed(),
                     command->synopsis));

    Context context(options, input, out, err);
    const int exitCode = command->run(context, *parsed);
    updateMirrorAfter(context, *command, *parsed, exitCode);
    return exitCode;
}

} // namespace cdesk::cli
