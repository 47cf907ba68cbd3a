#include "reference.h"

#include "cli/text.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

namespace cdesk::cli::reference {

namespace {

const QString programName = QStringLiteral("cognito-desk-cli");

struct GroupText
{
    const char *name;
    const char *summary; // one line, for --help
    const char *output;  // what its commands print, for the manual and docs/cli.md
};

// The prose of each group; the commands themselves come from the table.
const GroupText groupTexts[] = {
    {"profile",
     QT_TRANSLATE_NOOP("cdesk::cli", "Saved connections: endpoint, pool, client and credentials."),
     QT_TRANSLATE_NOOP("cdesk::cli",
                       "A profile is printed as an object of its fields (`Name`, `Region`, "
                       "`UserPoolId`, ...); its secrets only as \"stored in keychain\". "
                       "`profile list` prints `{\"Profiles\": [...]}`; `profile remove` "
                       "prints `{}`.")},
    {"pool", QT_TRANSLATE_NOOP("cdesk::cli", "User pools of the account and region."),
     QT_TRANSLATE_NOOP("cdesk::cli",
                       "`pool list` prints ListUserPools' `{\"UserPools\": [...]}`; "
                       "`pool describe` and `pool create` print `{\"UserPool\": {...}}`; "
                       "`pool delete` prints `{}`. `pool diff` prints `{\"Differences\": "
                       "[{\"Path\", \"A\", \"B\"}]}`, sorted by `Path` (e.g. "
                       "`Pool.Policies.PasswordPolicy.MinimumLength`, "
                       "`Clients[\"web\"].CallbackURLs`, `Groups[\"admins\"].Precedence`, "
                       "`Domain.Status`), `null` on the side that lacks the setting. Left out "
                       "as they differ between any two pools: ids, names, dates, the user count "
                       "and the domain's name; the region and account in ARNs read `{region}` "
                       "and `{account}`. Client secrets are never read out, only "
                       "`HasClientSecret`. Sets (auth flows, URLs, scopes, ...) compare in any "
                       "order. With `--exit-code`, exit 1 when there are differences. It "
                       "only reads.")},
    {"domain", QT_TRANSLATE_NOOP("cdesk::cli", "The hosted UI's domain of a pool."),
     QT_TRANSLATE_NOOP("cdesk::cli",
                       "`domain create` prints CreateUserPoolDomain's answer (for a custom "
                       "domain, its `CloudFrontDomain`); `domain describe` prints "
                       "`{\"DomainDescription\": {...}}`; `domain delete` prints `{}`.")},
    {"client", QT_TRANSLATE_NOOP("cdesk::cli", "App clients of a pool."),
     QT_TRANSLATE_NOOP("cdesk::cli",
                       "`client list` prints `{\"UserPoolClients\": [...]}`; `client describe`, "
                       "`client create` and `client update` print `{\"UserPoolClient\": {...}}`; "
                       "`client delete` prints `{}`.")},
    {"user", QT_TRANSLATE_NOOP("cdesk::cli", "Users of a pool (admin operations)."),
     QT_TRANSLATE_NOOP("cdesk::cli",
                       "`user list` prints `{\"Users\": [...]}` with `Username`, `Attributes`, "
                       "`UserStatus`, `Enabled`, `UserCreateDate`; `user get` prints "
                       "AdminGetUser's answer (`Username`, `UserAttributes`, `UserStatus`, ...); "
                       "`user create` prints `{\"User\": {...}}`; `user groups` prints "
                       "`{\"Groups\": [...]}`; the other commands print `{}`.")},
    {"group", QT_TRANSLATE_NOOP("cdesk::cli", "Groups of a pool and their members."),
     QT_TRANSLATE_NOOP("cdesk::cli",
                       "`group list` prints `{\"Groups\": [...]}`; `group get` and `group create` "
                       "print `{\"Group\": {...}}`; `group members` prints `{\"Users\": [...]}`; "
                       "`group delete`, `group add-user` and `group remove-user` print `{}`.")},
    {"auth",
     QT_TRANSLATE_NOOP("cdesk::cli", "Sign-up, sign-in, challenges and refresh, as a user."),
     QT_TRANSLATE_NOOP("cdesk::cli",
                       "`auth login`, `auth respond` and `auth refresh` print the response with "
                       "its `AuthenticationResult` (`AccessToken`, `IdToken`, `RefreshToken`, "
                       "`ExpiresIn`, `TokenType`); on a challenge they print `{\"ChallengeName\", "
                       "\"Session\", \"ChallengeParameters\"}` and exit 3. `auth sign-up` prints "
                       "SignUp's answer (`UserConfirmed`, `UserSub`, `CodeDeliveryDetails`). "
                       "`auth hosted-ui` prints the OAuth tokens (`access_token`, `id_token`, "
                       "`token_type`, `expires_in`, and `refresh_token` for the code grant).")},
    {"token",
     QT_TRANSLATE_NOOP("cdesk::cli", "JSON Web Tokens: decode, verify, and get a fresh one."),
     QT_TRANSLATE_NOOP(
         "cdesk::cli",
         "`token decode` and `token verify` print `{\"header\": {...}, \"claims\": {...}}`; "
         "`token verify` exits 5 and says why on stderr when the token fails a check. "
         "`token get` prints the token alone on one line, so that `$(cognito-desk-cli token get "
         "alice)` is the token, and exits 5 when the saved session cannot be refreshed.")},
    {"identity",
     QT_TRANSLATE_NOOP("cdesk::cli", "AWS credentials from an identity pool for a signed-in user."),
     QT_TRANSLATE_NOOP(
         "cdesk::cli",
         "`identity credentials` prints `{\"Version\": 1, \"AccessKeyId\", \"SecretAccessKey\", "
         "\"SessionToken\", \"Expiration\"}`, what a `credential_process` of `~/.aws/config` "
         "prints, whatever `--output` says; exit 5 when the saved session cannot be refreshed, "
         "1 with Cognito Identity's error (`ResourceNotFoundException: ...`).")},
    {"import", QT_TRANSLATE_NOOP("cdesk::cli", "CSV user import jobs and their IAM role."),
     QT_TRANSLATE_NOOP("cdesk::cli",
                       "`import csv-header` prints `{\"UserPoolId\", \"CSVHeader\": [...]}`; "
                       "`import list` prints `{\"UserImportJobs\": [...]}`; `import describe`, "
                       "`start`, `stop`, `create-job` and `run` print `{\"UserImportJob\": "
                       "{...}}` (`run` reports its steps on stderr); `import upload` prints `{}`; "
                       "`import create-role` prints `{\"RoleArn\": ...}`.")},
    {"support", QT_TRANSLATE_NOOP("cdesk::cli", "Why a user cannot sign in."),
     QT_TRANSLATE_NOOP(
         "cdesk::cli",
         "`support check-login` prints `{\"Username\", \"CanSignIn\", \"Findings\": [{\"Code\", "
         "\"Severity\", \"Message\", \"Fix\"}]}` (`Severity` is `blocker`, `warning` or "
         "`info`) and exits 1 when a finding is a blocker. It only reads: AdminGetUser, "
         "DescribeUserPool, DescribeUserPoolClient and, in pools with advanced security, "
         "AdminListUserAuthEvents.")},
    {"audit", QT_TRANSLATE_NOOP("cdesk::cli", "The local log of every write."),
     QT_TRANSLATE_NOOP("cdesk::cli",
                       "Every write made through the CLI or the app is appended, before it is "
                       "sent and when it is done, to `audit.jsonl` in the app's data folder "
                       "(owner-only; `COGNITO_DESK_AUDIT_LOG` names another file). `audit list` "
                       "prints its entries as JSON lines, oldest first: `Time`, `Id`, `Phase` "
                       "(`Sending`, `Done`), `Profile`, `CredentialSource`, `Operation`, "
                       "`Target`, `Changes` (secrets as `(set)`), and for `Done` the `Outcome` "
                       "and `RequestId`. A damaged line is skipped with a warning on stderr.")},
    {"bulk",
     QT_TRANSLATE_NOOP("cdesk::cli",
                       "Jobs over many users: journaled, resumable, each user exactly once."),
     QT_TRANSLATE_NOOP(
         "cdesk::cli",
         "`bulk create`, `bulk run` and `bulk resume` print progress on stderr and "
         "`{\"JobId\", \"Succeeded\": n, \"Skipped\": n, \"Failed\": [{\"Username\", "
         "\"Error\"}]}` on stdout, exit 0 when nothing failed and 1 otherwise; a refused CSV "
         "prints `FILE:LINE: problem` for each bad line and exits 2 with nothing sent. `bulk "
         "list` prints `{\"Jobs\": [{\"JobId\", \"Operation\", \"State\", \"Total\", "
         "\"Succeeded\", \"Failed\", \"Created\"}]}`, newest last; `bulk show` one job "
         "with `\"Items\": [{\"Username\", \"Outcome\", \"Error\"}]`.")},
    {"backup",
     QT_TRANSLATE_NOOP("cdesk::cli", "A pool's configuration, clients, groups and users in one "
                                     "file, and back."),
     QT_TRANSLATE_NOOP(
         "cdesk::cli",
         "`backup create` writes `{\"Format\": \"cognito-desk-backup\", \"Version\": 1, "
         "\"Created\", \"Source\": {\"Region\", \"UserPoolId\"}, \"Pool\", \"Clients\", "
         "\"Groups\", \"Domain\", \"Users\"}` (owner-only, replacing FILE atomically; no "
         "passwords, no client secrets) and prints `{\"File\", \"UserPoolId\", \"Clients\": "
         "n, \"Groups\": n, \"Users\": n}`. `backup restore` creates the groups (an existing "
         "one is kept), then the users as a bulk job (`bulk resume JOB_ID` finishes an "
         "interrupted one; users already in the pool are skipped) and prints the bulk report, "
         "with `--new-pool` plus `\"NewPoolId\"` and `\"ClientIds\": {\"old\": \"new\"}`. "
         "The domain is not recreated (domain names are global). A file that is not a backup "
         "of this version is refused with nothing sent.")},
    {"api", QT_TRANSLATE_NOOP("cdesk::cli", "Call an HTTP API with a user's token."),
     QT_TRANSLATE_NOOP("cdesk::cli",
                       "`api call` prints the response body as it came; with `--verbose`, the "
                       "status line and headers go to stderr. A status outside 2xx exits 1.")},
    {"fixtures", QT_TRANSLATE_NOOP("cdesk::cli", "Test users kept the same in every pool."),
     QT_TRANSLATE_NOOP("cdesk::cli",
                       "`fixtures apply` prints `{\"Created\": [...], \"Updated\": [...], "
                       "\"Unchanged\": [...]}` (usernames), with `\"Failed\": [{\"Username\", "
                       "\"Error\"}]` and exit 1 when a user could not be made to match; "
                       "`fixtures remove` prints `{\"Deleted\": [...], \"Absent\": [...]}`. "
                       "Passwords and TOTP secrets go to the keychain only. A file with a "
                       "mistake is refused (exit 2) before anything is sent.")},
    {"mfa", QT_TRANSLATE_NOOP("cdesk::cli", "TOTP for test users."),
     QT_TRANSLATE_NOOP("cdesk::cli",
                       "`mfa enrol` prints `{\"Status\": \"SUCCESS\"}` and keeps the secret in "
                       "the keychain only; `mfa code` prints the six-digit code alone on one "
                       "line and exits 4 when the keychain holds no secret for the user. "
                       "`auth login --auto-mfa` answers SOFTWARE_TOKEN_MFA with it.")},
    {"exec", QT_TRANSLATE_NOOP("cdesk::cli", "Run a program with a user's token."),
     QT_TRANSLATE_NOOP("cdesk::cli",
                       "Prints nothing of its own: COMMAND's output is its output and COMMAND's "
                       "exit code is its exit code. Exit 5 when the user has no saved session "
                       "or it cannot be refreshed, 127 when COMMAND cannot be run.")},
    {"completion", QT_TRANSLATE_NOOP("cdesk::cli", "Shell completion scripts."),
     QT_TRANSLATE_NOOP("cdesk::cli",
                       "Prints a completion script for the shell. Packages install them "
                       "already; by hand: `source <(cognito-desk-cli completion bash)`.")},
};

const GroupText *groupText(const QString &group)
{
    for (const GroupText &text : groupTexts)
        if (group == QLatin1String(text.name))
            return &text;
    return nullptr;
}

struct EnvironmentText
{
    const char *name;
    const char *meaning;
};

const EnvironmentText environmentTexts[] = {
    {"COGNITO_DESK_PROFILE", QT_TRANSLATE_NOOP("cdesk::cli", "The profile, as --profile.")},
    {"AWS_PROFILE",
     QT_TRANSLATE_NOOP("cdesk::cli", "The profile when COGNITO_DESK_PROFILE is not set; also "
                                     "the AWS CLI profile the credentials come from.")},
    {"AWS_REGION, AWS_DEFAULT_REGION", QT_TRANSLATE_NOOP("cdesk::cli", "The region, as --region.")},
    {"COGNITO_DESK_ENDPOINT_URL",
     QT_TRANSLATE_NOOP("cdesk::cli", "The Cognito endpoint, as --endpoint-url.")},
    {"AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER, AWS_ENDPOINT_URL",
     QT_TRANSLATE_NOOP("cdesk::cli", "The Cognito endpoint when neither of the above is given.")},
    {"AWS_ENDPOINT_URL_IAM, AWS_ENDPOINT_URL_STS",
     QT_TRANSLATE_NOOP("cdesk::cli", "The IAM and STS endpoints of import create-role.")},
    {"COGNITO_DESK_USER_POOL_ID", QT_TRANSLATE_NOOP("cdesk::cli", "The pool, as --user-pool-id.")},
    {"COGNITO_DESK_CLIENT_ID", QT_TRANSLATE_NOOP("cdesk::cli", "The app client, as --client-id.")},
    {"AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN",
     QT_TRANSLATE_NOOP("cdesk::cli", "AWS credentials, when the profile has none.")},
    {"AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE",
     QT_TRANSLATE_NOOP("cdesk::cli",
                       "Where the AWS CLI's credentials and config files are (default "
                       "~/.aws/credentials and ~/.aws/config).")},
};

struct ExitText
{
    int code;
    const char *meaning;
};

const ExitText exitTexts[] = {
    {0, QT_TRANSLATE_NOOP("cdesk::cli", "Success.")},
    {1,
     QT_TRANSLATE_NOOP("cdesk::cli", "The service refused: stderr has `<__type>: <message>` (e.g. "
                                     "`UsernameExistsException: User already exists`).")},
    {2, QT_TRANSLATE_NOOP("cdesk::cli",
                          "Usage error: an unknown command or option, a missing argument, a "
                          "secret given on the command line.")},
    {3, QT_TRANSLATE_NOOP("cdesk::cli",
                          "An authentication challenge is pending: stdout has `{\"ChallengeName\", "
                          "\"Session\", \"ChallengeParameters\"}`.")},
    {4, QT_TRANSLATE_NOOP("cdesk::cli",
                          "A local problem: keychain unavailable or locked, file unreadable, "
                          "network unreachable.")},
    {5, QT_TRANSLATE_NOOP("cdesk::cli",
                          "A token failed verification (`token verify`): stderr says why.")},
};

// The contract's rules, as sections of the reference.
struct Section
{
    const char *title;
    const char *text;
};

const Section ruleSections[] = {
    {QT_TRANSLATE_NOOP("cdesk::cli", "Secrets"),
     QT_TRANSLATE_NOOP("cdesk::cli",
                       "Passwords, secret keys, client secrets and refresh tokens are never "
                       "taken on the command line, where other processes can read them: "
                       "they come from standard input (`--password-stdin`, "
                       "`--new-password-stdin`, `--secret-access-key-stdin`, "
                       "`--client-secret-stdin`, `--refresh-token-stdin`, ...: one line each, in "
                       "the order the options are given) or from the system keychain. "
                       "`--password` and the like are refused (exit 2). Confirmation codes and "
                       "usernames are ordinary arguments.")},
    {QT_TRANSLATE_NOOP("cdesk::cli", "Output"),
     QT_TRANSLATE_NOOP("cdesk::cli",
                       "`--output json` (the default when stdout is not a terminal) prints "
                       "exactly the JSON shape of the Cognito API response, with the same field "
                       "names (`Users`, `Username`, `UserStatus`, `Attributes`, "
                       "`AuthenticationResult`, `ChallengeName`, ...). Listing commands print one "
                       "page and its `NextToken` (or `PaginationToken`); with `--all` they print "
                       "one object holding every page's items (`{\"Users\": [...]}`). Commands "
                       "whose API response is empty print `{}`. `--output table` (the default "
                       "on a terminal) shows listings as columns and single objects as FIELD / "
                       "VALUE rows: nested objects as `Parent.Child` rows, Name/Value lists (such "
                       "as `UserAttributes`) one row per name, lists of values joined with "
                       "\", \", and dates in ISO 8601.")},
    {QT_TRANSLATE_NOOP("cdesk::cli", "Configuration"),
     QT_TRANSLATE_NOOP("cdesk::cli",
                       "A value given on the command line wins; then the profile's (`--profile` "
                       "or `COGNITO_DESK_PROFILE`); then the environment. A profile's region and "
                       "endpoint beat `AWS_REGION` and the endpoint variables, because its pool "
                       "and client only exist there. AWS credentials come from the profile "
                       "(keychain), else `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` / "
                       "`AWS_SESSION_TOKEN`, else `~/.aws/credentials` and `~/.aws/config` "
                       "(including `credential_process`). Plain `http://` endpoints are refused "
                       "for anything but localhost, 127.0.0.1 and [::1].")},
    {QT_TRANSLATE_NOOP("cdesk::cli", "Help and completion"),
     QT_TRANSLATE_NOOP("cdesk::cli",
                       "`cognito-desk-cli --help` lists every command; `cognito-desk-cli GROUP "
                       "--help` the commands of a group; `cognito-desk-cli GROUP COMMAND --help` "
                       "one command's usage, arguments, options and an example (exit 0). A "
                       "mistyped group or command gets the nearest one suggested (exit 2). "
                       "`cognito-desk-cli completion bash` and `completion zsh` print completion "
                       "scripts for groups, commands, options and profile names.")},
};

QStringList globalEnvironment(const QString &option)
{
    if (option == QLatin1String("profile"))
        return {QStringLiteral("COGNITO_DESK_PROFILE"), QStringLiteral("AWS_PROFILE")};
    if (option == QLatin1String("region"))
        return {QStringLiteral("AWS_REGION"), QStringLiteral("AWS_DEFAULT_REGION")};
    if (option == QLatin1String("endpoint-url"))
        return {QStringLiteral("COGNITO_DESK_ENDPOINT_URL"),
                QStringLiteral("AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER"),
                QStringLiteral("AWS_ENDPOINT_URL")};
    if (option == QLatin1String("user-pool-id"))
        return {QStringLiteral("COGNITO_DESK_USER_POOL_ID")};
    if (option == QLatin1String("client-id"))
        return {QStringLiteral("COGNITO_DESK_CLIENT_ID")};
    return {};
}

QList<const Command *> visibleCommands(const CommandList &commands, const QString &group = {})
{
    QList<const Command *> out;
    for (const Command &command : commands)
        if (!command.hidden && (group.isEmpty() || command.group == group))
            out.append(&command);
    return out;
}

QString usage(const Command &command)
{
    QString line = programName + QLatin1Char(' ') + commandTitle(command);
    if (!command.synopsis.isEmpty())
        line += QLatin1Char(' ') + command.synopsis;
    return line;
}

// Two columns: labels padded to the widest (capped, longer labels get their own line).
void writeColumns(QTextStream &out, const QList<QPair<QString, QString>> &rows)
{
    constexpr qsizetype maxWidth = 30;
    qsizetype width = 0;
    for (const auto &row : rows)
        if (row.first.size() <= maxWidth)
            width = std::max(width, row.first.size());
    for (const auto &row : rows) {
        if (row.first.size() > width)
            out << "  " << row.first << '\n'
                << QString(width + 4, QLatin1Char(' ')) << row.second << '\n';
        else
            out << "  " << row.first.leftJustified(width) << "  " << row.second << '\n';
    }
}

// --- markdown ---

QString mdCell(QString text)
{
    return text.replace(QLatin1Char('|'), QLatin1String("\\|"));
}

QString mdCode(const QString &text)
{
    return QLatin1Char('`') + text + QLatin1Char('`');
}

// --- roff ---

// Text for a roff line: backslashes and minus signs escaped, a leading control character
// neutralised.
QString roff(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\e");
        else if (c == QLatin1Char('-'))
            out += QLatin1String("\\-");
        else if (c == QLatin1Char('`'))
            out += QLatin1String("\\(ga");
        else if (c == QLatin1Char('\''))
            out += QLatin1String("\\(aq");
        else
            out += c;
    }
    if (out.startsWith(QLatin1Char('.')))
        out.prepend(QLatin1String("\\&"));
    return out;
}

// Markdown-ish prose (with `code`) as roff: code in bold.
QString roffProse(const QString &text)
{
    QString out;
    const QStringList parts = text.split(QLatin1Char('`'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = roff(parts.at(i));
        out += i % 2 == 1 ? QLatin1String("\\fB") + part + QLatin1String("\\fR") : part;
    }
    if (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('\'')))
        out.prepend(QLatin1String("\\&"));
    return out;
}

QString manHeader(const QString &name, const QString &version)
{
    // No hyphenation, ragged right: option names and ids must stay whole.
    return QStringLiteral(".TH %1 1 \"\" \"Cognito Desk %2\" \"User Commands\"\n.nh\n.ad l\n")
        .arg(name.toUpper(), version);
}

// --- shell ---

QString shellWords(const QStringList &words)
{
    return words.join(QLatin1Char(' '));
}

// For single-quoted shell strings.
QString shellQuote(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("'\\''")) +
           QLatin1Char('\'');
}

// zsh's _describe takes "name:description"; a colon in the name must be escaped.
QString zshItem(QString name, QString description)
{
    name.replace(QLatin1Char(':'), QLatin1String("\\:"));
    description.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return shellQuote(name + QLatin1Char(':') + description);
}

QStringList valuedOptionNames(const CommandList &commands)
{
    QStringList names;
    for (const OptionSpec &option : globalOptionSpecs())
        if (option.takesValue)
            names.append(QLatin1String("--") + option.name);
    for (const Command *command : visibleCommands(commands))
        for (const OptionSpec &option : command->options)
            if (option.takesValue && !names.contains(QLatin1String("--") + option.name))
                names.append(QLatin1String("--") + option.name);
    return names;
}

// Options whose values are one of a few words, by name (the same name means the same
// choices in every command).
QList<QPair<QString, QStringList>> choiceOptions(const CommandList &commands)
{
    QList<QPair<QString, QStringList>> out;
    QStringList seen;
    const auto add = [&](const OptionSpec &option) {
        const QStringList choices = optionChoices(option);
        if (choices.isEmpty() || seen.contains(option.name))
            return;
        seen.append(option.name);
        out.append({QLatin1String("--") + option.name, choices});
    };
    for (const OptionSpec &option : globalOptionSpecs())
        add(option);
    for (const Command *command : visibleCommands(commands))
        for (const OptionSpec &option : command->options)
            add(option);
    return out;
}

const char profileNamesScript[] = "cognito-desk-cli profile list --output json 2>/dev/null"
                                  " | sed -n 's/^ *\"Name\": \"\\(.*\\)\",\\{0,1\\}$/\\1/p'";

} // namespace

QStringList groups(const CommandList &commands)
{
    QStringList out;
    for (const Command *command : visibleCommands(commands))
        if (!out.contains(command->group))
            out.append(command->group);
    return out;
}

QString commandTitle(const Command &command)
{
    return command.name.isEmpty() ? command.group : command.group + QLatin1Char(' ') + command.name;
}

QString groupSummary(const QString &group)
{
    const GroupText *text = groupText(group);
    return text ? QCoreApplication::translate("cdesk::cli", text->summary) : QString();
}

QString optionLabel(const OptionSpec &option)
{
    const QString name = QLatin1String("--") + option.name;
    if (!option.takesValue)
        return name;
    return name + QLatin1Char(' ') +
           (option.valueName.isEmpty() ? QStringLiteral("VALUE") : option.valueName);
}

QStringList optionChoices(const OptionSpec &option)
{
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!option.takesValue || !option.valueName.contains(QLatin1Char('|')))
        return {};
    const QStringList parts = option.valueName.split(QLatin1Char('|'));
    for (const QString &part : parts)
        if (!word.match(part).hasMatch())
            return {};
    return parts;
}

void writeOverview(QTextStream &out, const CommandList &commands)
{
    out << tr("Usage: cognito-desk-cli [GLOBAL OPTIONS] GROUP COMMAND [ARGS] [OPTIONS]") << "\n\n"
        << tr("Global options:") << '\n';
    QList<QPair<QString, QString>> rows;
    for (const OptionSpec &option : globalOptionSpecs())
        rows.append({optionLabel(option), option.help});
    writeColumns(out, rows);
    out << '\n' << tr("Commands:") << '\n';
    for (const Command *command : visibleCommands(commands))
        out << "  " << commandTitle(*command) << ' ' << command->synopsis << "\n      "
            << command->summary << '\n';
    out << '\n'
        << tr("Run 'cognito-desk-cli GROUP COMMAND --help' for a command's options and an "
              "example.")
        << '\n';
    out.flush();
}

void writeGroupHelp(QTextStream &out, const QString &group, const CommandList &commands)
{
    out << tr("Usage: cognito-desk-cli %1 COMMAND [ARGS] [OPTIONS]").arg(group) << "\n\n";
    const QString summary = groupSummary(group);
    if (!summary.isEmpty())
        out << summary << "\n\n";
    out << tr("Commands:") << '\n';
    QList<QPair<QString, QString>> rows;
    for (const Command *command : visibleCommands(commands, group))
        rows.append({command->name, command->summary});
    writeColumns(out, rows);
    out << '\n'
        << tr("Run 'cognito-desk-cli %1 COMMAND --help' for a command's options and an example.")
               .arg(group)
        << '\n';
    out.flush();
}

void writeCommandHelp(QTextStream &out, const Command &command)
{
    out << tr("Usage: %1").arg(usage(command)) << "\n\n" << command.summary << '\n';
    if (!command.arguments.isEmpty()) {
        out << '\n' << tr("Arguments:") << '\n';
        QList<QPair<QString, QString>> rows;
        for (const ArgumentSpec &argument : command.arguments)
            rows.append({argument.name, argument.help});
        writeColumns(out, rows);
    }
    QList<QPair<QString, QString>> rows;
    for (const OptionSpec &option : command.options)
        rows.append({optionLabel(option), option.help});
    rows.append({QStringLiteral("--help"), tr("Show this help and exit.")});
    out << '\n' << tr("Options:") << '\n';
    writeColumns(out, rows);
    out << '\n'
        << tr("Global options (--profile, --region, --endpoint-url, --user-pool-id, --client-id, "
              "--output, --verbose) may stand anywhere; see cognito-desk-cli --help.")
        << '\n';
    if (!command.example.isEmpty())
        out << '\n'
            << tr("Example:") << '\n'
            << "  " << programName << ' ' << command.example << '\n';
    out.flush();
}

QString nearest(const QString &word, const QStringList &candidates)
{
    if (word.isEmpty())
        return {};
    const QString typed = word.toLower();
    // Optimal string alignment distance: a swapped pair of letters counts as one typo.
    const auto distance = [](const QString &a, const QString &b) {
        const qsizetype n = a.size();
        const qsizetype m = b.size();
        QList<QList<qsizetype>> d(n + 1, QList<qsizetype>(m + 1, 0));
        for (qsizetype i = 0; i <= n; ++i)
            d[i][0] = i;
        for (qsizetype j = 0; j <= m; ++j)
            d[0][j] = j;
        for (qsizetype i = 1; i <= n; ++i)
            for (qsizetype j = 1; j <= m; ++j) {
                const qsizetype cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
                d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
                if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                    d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        return d[n][m];
    };
    QString best;
    qsizetype bestDistance = std::max<qsizetype>(1, std::min<qsizetype>(3, (typed.size() + 1) / 3));
    bestDistance += 1; // the threshold is inclusive
    for (const QString &candidate : candidates) {
        const qsizetype d = distance(typed, candidate.toLower());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    if (!best.isEmpty())
        return best;
    // A unique abbreviation ("desc" for "describe").
    if (typed.size() >= 3) {
        QStringList prefixed;
        for (const QString &candidate : candidates)
            if (candidate.startsWith(typed, Qt::CaseInsensitive))
                prefixed.append(candidate);
        if (prefixed.size() == 1)
            return prefixed.first();
    }
    return {};
}

QString suggestCommand(const QString &group, const QString &name, const CommandList &commands)
{
    const QStringList known = groups(commands);
    const auto namesOf = [&commands](const QString &chosen) {
        QStringList names;
        for (const Command *command : visibleCommands(commands, chosen))
            names.append(command->name);
        return names;
    };
    if (known.contains(group)) {
        const QString chosenName = name.isEmpty() ? QString() : nearest(name, namesOf(group));
        return chosenName.isEmpty() ? QString()
                                    : tr("Did you mean `%1 %2`?").arg(group, chosenName);
    }
    const QString chosenGroup = nearest(group, known);
    if (chosenGroup.isEmpty())
        return {};
    const QStringList names = namesOf(chosenGroup);
    const QString chosenName =
        name.isEmpty() ? QString() : (names.contains(name) ? name : nearest(name, names));
    return chosenName.isEmpty() ? tr("Did you mean `%1`?").arg(chosenGroup)
                                : tr("Did you mean `%1 %2`?").arg(chosenGroup, chosenName);
}

QString markdown(const CommandList &commands)
{
    QString text;
    QTextStream out(&text);
    out << "# `cognito-desk-cli` command reference\n\n"
        << "<!-- Generated by `./dev docs` from the command table in src/cli/ (the prose: "
           "src/cli/reference.cpp). Do not edit by hand. -->\n\n"
        << tr("`cognito-desk-cli` is the scriptable twin of the Cognito Desk app: the same core, "
              "profiles and keychain. Every command maps to one Cognito operation (or a few, "
              "for the steps of `import run`) and prints its answer. Names, output shapes and "
              "exit codes are stable: scripts may rely on them.")
        << "\n\n## " << tr("Invocation") << "\n\n```\n"
        << "cognito-desk-cli [GLOBAL OPTIONS] GROUP COMMAND [ARGS] [OPTIONS]\n```\n\n"
        << tr("Global options may stand before or after the command. Each may also come from "
              "the environment, like the AWS CLI's:")
        << "\n\n| " << tr("option") << " | " << tr("environment") << " | " << tr("meaning")
        << " |\n|---|---|---|\n";
    for (const OptionSpec &option : globalOptionSpecs()) {
        QStringList environment;
        for (const QString &name : globalEnvironment(option.name))
            environment.append(mdCode(name));
        out << "| " << mdCell(mdCode(optionLabel(option))) << " | "
            << environment.join(QLatin1String(", ")) << " | " << mdCell(option.help) << " |\n";
    }
    for (const Section &section : ruleSections)
        out << "\n## " << tr(section.title) << "\n\n" << tr(section.text) << '\n';
    out << "\n## " << tr("Exit codes") << "\n\n| " << tr("code") << " | " << tr("meaning")
        << " |\n|---|---|\n";
    for (const ExitText &exit : exitTexts)
        out << "| " << exit.code << " | " << mdCell(tr(exit.meaning)) << " |\n";
    out << "\n## " << tr("Environment") << "\n\n";
    for (const EnvironmentText &variable : environmentTexts) {
        QStringList names;
        for (const QString &name : QString::fromLatin1(variable.name).split(QLatin1String(", ")))
            names.append(mdCode(name));
        out << "- " << names.join(QLatin1String(", ")) << ": " << tr(variable.meaning) << '\n';
    }
    out << "\n## " << tr("Commands") << "\n";
    for (const QString &group : groups(commands)) {
        out << "\n### " << group << "\n\n" << groupSummary(group) << '\n';
        if (const GroupText *prose = groupText(group))
            out << '\n' << tr(prose->output) << '\n';
        for (const Command *command : visibleCommands(commands, group)) {
            out << "\n#### `" << commandTitle(*command) << "`\n\n"
                << command->summary << "\n\n```\n"
                << usage(*command) << "\n```\n";
            if (!command->arguments.isEmpty() || !command->options.isEmpty()) {
                out << "\n| " << tr("argument or option") << " | " << tr("what it does")
                    << " |\n|---|---|\n";
                for (const ArgumentSpec &argument : command->arguments)
                    out << "| " << mdCell(mdCode(argument.name)) << " | " << mdCell(argument.help)
                        << " |\n";
                for (const OptionSpec &option : command->options)
                    out << "| " << mdCell(mdCode(optionLabel(option))) << " | "
                        << mdCell(option.help) << " |\n";
            }
            if (!command->example.isEmpty())
                out << '\n'
                    << tr("Example:") << "\n\n```sh\n"
                    << programName << ' ' << command->example << "\n```\n";
        }
    }
    out.flush();
    return text;
}

QString cliManPage(const CommandList &commands, const QString &version)
{
    QString text;
    QTextStream out(&text);
    out << manHeader(programName, version) << ".SH NAME\n"
        << "cognito\\-desk\\-cli \\- administer AWS Cognito user pools from the command line\n"
        << ".SH SYNOPSIS\n"
        << ".B cognito\\-desk\\-cli\n"
        << "[\\fIGLOBAL OPTIONS\\fR] \\fIGROUP COMMAND\\fR [\\fIARGS\\fR] [\\fIOPTIONS\\fR]\n"
        << ".br\n"
        << ".B cognito\\-desk\\-cli\n"
        << "[\\fIGROUP\\fR [\\fICOMMAND\\fR]] \\fB\\-\\-help\\fR\n"
        << ".SH DESCRIPTION\n"
        << roffProse(tr("`cognito-desk-cli` is the scriptable twin of the Cognito Desk app "
                        "(cognito-desk(1)): the same core, profiles and keychain. Every command "
                        "maps to one Cognito operation and prints its answer. Names, output "
                        "shapes and exit codes are stable: scripts may rely on them."))
        << '\n';
    out << ".SH GLOBAL OPTIONS\n"
        << roffProse(tr("Global options may stand before or after the command.")) << '\n';
    for (const OptionSpec &option : globalOptionSpecs()) {
        out << ".TP\n\\fB" << roff(optionLabel(option)) << "\\fR\n" << roffProse(option.help);
        const QStringList environment = globalEnvironment(option.name);
        if (!environment.isEmpty())
            out << ' '
                << roffProse(tr("Environment: %1.")
                                 .arg(QLatin1Char('`') + environment.join(QLatin1String("`, `")) +
                                      QLatin1Char('`')));
        out << '\n';
    }
    for (const Section &section : ruleSections)
        out << ".SH " << roff(tr(section.title).toUpper()) << '\n'
            << roffProse(tr(section.text)) << '\n';
    out << ".SH COMMANDS\n";
    for (const QString &group : groups(commands)) {
        out << ".SS " << roff(group) << '\n' << roffProse(groupSummary(group)) << '\n';
        if (const GroupText *prose = groupText(group))
            out << ".PP\n" << roffProse(tr(prose->output)) << '\n';
        for (const Command *command : visibleCommands(commands, group)) {
            out << ".TP\n\\fB" << roff(commandTitle(*command)) << "\\fR " << roff(command->synopsis)
                << '\n'
                << roffProse(command->summary) << '\n';
            if (!command->arguments.isEmpty() || !command->options.isEmpty()) {
                out << ".RS\n";
                for (const ArgumentSpec &argument : command->arguments)
                    out << ".TP\n\\fI" << roff(argument.name) << "\\fR\n"
                        << roffProse(argument.help) << '\n';
                for (const OptionSpec &option : command->options)
                    out << ".TP\n\\fB" << roff(optionLabel(option)) << "\\fR\n"
                        << roffProse(option.help) << '\n';
                out << ".RE\n";
            }
            if (!command->example.isEmpty())
                out << ".IP\n"
                    << roff(tr("Example:")) << "\n.nf\n.RS\n"
                    << roff(programName + QLatin1Char(' ') + command->example) << "\n.RE\n.fi\n";
        }
    }
    out << ".SH EXIT STATUS\n";
    for (const ExitText &exit : exitTexts)
        out << ".TP\n.B " << exit.code << '\n' << roffProse(tr(exit.meaning)) << '\n';
    out << ".SH ENVIRONMENT\n";
    for (const EnvironmentText &variable : environmentTexts)
        out << ".TP\n\\fB" << roff(QString::fromLatin1(variable.name)) << "\\fR\n"
            << roffProse(tr(variable.meaning)) << '\n';
    out << ".SH FILES\n"
        << ".TP\n\\fB~/.config/cognito\\-desk/cognito\\-desk.conf\\fR\n"
        << roffProse(tr("Profiles and saved sessions, without their secrets (those are in the "
                        "system keychain)."))
        << '\n'
        << ".TP\n\\fB~/.aws/credentials\\fR, \\fB~/.aws/config\\fR\n"
        << roffProse(tr("The AWS CLI's credentials and config, when no profile has keys.")) << '\n';
    out << ".SH EXAMPLES\n"
        << roffProse(tr("An admin creates a user and adds it to a group; a tester logs in and "
                        "calls an API:"))
        << '\n'
        << ".PP\n.nf\n.RS\n"
        << roff(QStringLiteral("export COGNITO_DESK_PROFILE=prod")) << '\n'
        << roff(QStringLiteral("cognito-desk-cli user create grace --generate-password "
                               "--attribute email=grace@example.com"))
        << '\n'
        << roff(QStringLiteral("cognito-desk-cli group add-user testers grace")) << '\n'
        << roff(QStringLiteral("printf '%s\\n' \"$PASSWORD\" | cognito-desk-cli auth login alice "
                               "--password-stdin --save"))
        << '\n'
        << roff(QStringLiteral("cognito-desk-cli api call https://api.example.com/orders --as "
                               "alice"))
        << "\n.RE\n.fi\n";
    out << ".SH SEE ALSO\n"
        << "\\fBcognito\\-desk\\fR(1), \\fBaws\\fR(1)\n";
    out.flush();
    return text;
}

QString appManPage(const QString &version)
{
    QString text;
    QTextStream out(&text);
    out << manHeader(QStringLiteral("cognito-desk"), version) << ".SH NAME\n"
        << "cognito\\-desk \\- administer AWS Cognito user pools\n"
        << ".SH SYNOPSIS\n"
        << ".B cognito\\-desk\n"
        << "[\\fB\\-\\-profile\\fR \\fINAME\\fR] [\\fB\\-\\-region\\fR \\fIREGION\\fR] "
           "[\\fB\\-\\-endpoint\\-url\\fR \\fIURL\\fR] [\\fB\\-\\-screenshot\\fR \\fIFILE\\fR]\n"
        << ".SH DESCRIPTION\n"
        << roffProse(tr("Cognito Desk is a desktop application for administering AWS Cognito "
                        "user pools: pools, app clients, users, attributes, groups, CSV "
                        "imports; passwords and sign-up confirmation for support staff; signing "
                        "in as a test user, inspecting, verifying and refreshing the tokens and "
                        "calling an API with them for testers. Its command-line twin is "
                        "cognito-desk-cli(1)."))
        << '\n';
    out << ".SH OPTIONS\n";
    const QList<QPair<QString, QString>> options = {
        {QStringLiteral("--profile NAME"),
         tr("Open this saved profile instead of the last used one.")},
        {QStringLiteral("--region REGION"), tr("AWS region.")},
        {QStringLiteral("--endpoint-url URL"),
         tr("Cognito endpoint override, e.g. http://127.0.0.1:9229.")},
        {QStringLiteral("--screenshot FILE"),
         tr("Write a PNG of the main window once loaded, then exit.")},
        {QStringLiteral("-h, --help"), tr("Show the options and exit.")},
        {QStringLiteral("-v, --version"), tr("Show the version and exit.")},
    };
    for (const auto &[label, help] : options)
        out << ".TP\n\\fB" << roff(label) << "\\fR\n" << roffProse(help) << '\n';
    out << ".PP\n"
        << roffProse(tr("Without options, the app opens the profile used last; without one, it "
                        "takes the region and credentials from the environment as "
                        "cognito-desk-cli does. Qt's own options (such as `-platform`) are "
                        "accepted too."))
        << '\n';
    out << ".SH ENVIRONMENT\n";
    for (const EnvironmentText &variable : environmentTexts) {
        const QString name = QString::fromLatin1(variable.name);
        if (name.startsWith(QLatin1String("COGNITO_DESK_USER_POOL")) ||
            name.startsWith(QLatin1String("COGNITO_DESK_CLIENT")) ||
            name.startsWith(QLatin1String("COGNITO_DESK_PROFILE")))
            continue; // the CLI's only
        out << ".TP\n\\fB" << roff(name) << "\\fR\n" << roffProse(tr(variable.meaning)) << '\n';
    }
    out << ".SH FILES\n"
        << ".TP\n\\fB~/.config/cognito\\-desk/cognito\\-desk.conf\\fR\n"
        << roffProse(tr("Profiles, saved sessions and the app's settings, without secrets "
                        "(those are in the system keychain)."))
        << '\n'
        << ".TP\n\\fB~/.aws/credentials\\fR, \\fB~/.aws/config\\fR\n"
        << roffProse(tr("The AWS CLI's credentials and config, when no profile has keys.")) << '\n';
    out << ".SH SEE ALSO\n"
        << "\\fBcognito\\-desk\\-cli\\fR(1), \\fBaws\\fR(1)\n";
    out.flush();
    return text;
}

QString bashCompletion(const CommandList &commands)
{
    QString text;
    QTextStream out(&text);
    QStringList globals;
    for (const OptionSpec &option : globalOptionSpecs())
        globals.append(QLatin1String("--") + option.name);
    out << "# bash completion for cognito-desk-cli; generated by `cognito-desk-cli completion "
           "bash`.\n\n"
        << "_cognito_desk_cli_profiles()\n{\n    " << profileNamesScript << "\n}\n\n"
        << "_cognito_desk_cli()\n{\n"
        << "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
        << "    local globals=" << shellQuote(shellWords(globals)) << '\n'
        << "    local valued=" << shellQuote(shellWords(valuedOptionNames(commands))) << '\n'
        << "    case $prev in\n"
        << "        --profile)\n"
        << "            COMPREPLY=($(compgen -W \"$(_cognito_desk_cli_profiles)\" -- \"$cur\"))\n"
        << "            return ;;\n";
    for (const auto &[name, choices] : choiceOptions(commands))
        out << "        " << name << ")\n"
            << "            COMPREPLY=($(compgen -W " << shellQuote(shellWords(choices))
            << " -- \"$cur\"))\n"
            << "            return ;;\n";
    out << "    esac\n"
        << "    # A value is being typed: leave it to the default (file names).\n"
        << "    case \" $valued \" in *\" $prev \"*) return ;; esac\n"
        << "    local i word group='' command=''\n"
        << "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
        << "        word=${COMP_WORDS[i]}\n"
        << "        case $word in\n"
        << "            --) break ;;\n"
        << "            --*=*) ;;\n"
        << "            --*) case \" $valued \" in *\" $word \"*) ((i++)) ;; esac ;;\n"
        << "            *) if [[ -z $group ]]; then group=$word;\n"
        << "               elif [[ -z $command ]]; then command=$word; fi ;;\n"
        << "        esac\n"
        << "    done\n"
        << "    local words=''\n"
        << "    if [[ -z $group ]]; then\n"
        << "        words=" << shellQuote(shellWords(groups(commands))) << "\n"
        << "        [[ $cur == -* ]] && words=$globals\n"
        << "    elif [[ -z $command ]]; then\n"
        << "        case $group in\n";
    for (const QString &group : groups(commands)) {
        QStringList names;
        for (const Command *command : visibleCommands(commands, group))
            names.append(command->name);
        out << "            " << group << ") words=" << shellQuote(shellWords(names)) << " ;;\n";
    }
    out << "        esac\n"
        << "        [[ $cur == -* ]] && words=$globals\n"
        << "    elif [[ $cur == -* ]]; then\n"
        << "        case \"$group $command\" in\n";
    for (const Command *command : visibleCommands(commands)) {
        QStringList names;
        for (const OptionSpec &option : command->options)
            names.append(QLatin1String("--") + option.name);
        out << "            " << shellQuote(command->group + QLatin1Char(' ') + command->name)
            << ") words=" << shellQuote(shellWords(names)) << " ;;\n";
    }
    out << "        esac\n"
        << "        words=\"$words $globals\"\n"
        << "    else\n"
        << "        return\n"
        << "    fi\n"
        << "    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
        << "}\n\n"
        << "complete -o default -F _cognito_desk_cli cognito-desk-cli\n";
    out.flush();
    return text;
}

QString zshCompletion(const CommandList &commands)
{
    QString text;
    QTextStream out(&text);
    QStringList globals;
    for (const OptionSpec &option : globalOptionSpecs())
        globals.append(zshItem(QLatin1String("--") + option.name, option.help));
    out << "#compdef cognito-desk-cli\n"
        << "# zsh completion for cognito-desk-cli; generated by `cognito-desk-cli completion "
           "zsh`.\n\n"
        << "_cognito_desk_cli() {\n"
        << "    local -a globals valued items\n"
        << "    globals=(" << globals.join(QLatin1Char(' ')) << ")\n"
        << "    valued=(" << shellWords(valuedOptionNames(commands)) << ")\n"
        << "    case ${words[CURRENT-1]} in\n"
        << "        --profile)\n"
        << "            items=(${(f)\"$(" << profileNamesScript << ")\"})\n"
        << "            compadd -a items\n"
        << "            return ;;\n";
    for (const auto &[name, choices] : choiceOptions(commands))
        out << "        " << name << ")\n"
            << "            compadd -- " << shellWords(choices) << "\n"
            << "            return ;;\n";
    out << "    esac\n"
        << "    if (( ${valued[(Ie)${words[CURRENT-1]}]} )); then\n"
        << "        _files\n"
        << "        return\n"
        << "    fi\n"
        << "    local i word group='' command=''\n"
        << "    for ((i = 2; i < CURRENT; i++)); do\n"
        << "        word=${words[i]}\n"
        << "        case $word in\n"
        << "            --) break ;;\n"
        << "            --*=*) ;;\n"
        << "            --*) (( ${valued[(Ie)$word]} )) && ((i++)) ;;\n"
        << "            *) if [[ -z $group ]]; then group=$word\n"
        << "               elif [[ -z $command ]]; then command=$word; fi ;;\n"
        << "        esac\n"
        << "    done\n"
        << "    if [[ $PREFIX == -* ]]; then\n"
        << "        items=(${globals[@]})\n"
        << "        case \"$group $command\" in\n";
    for (const Command *command : visibleCommands(commands)) {
        QStringList items;
        for (const OptionSpec &option : command->options)
            items.append(zshItem(QLatin1String("--") + option.name, option.help));
        if (items.isEmpty())
            continue;
        out << "            " << shellQuote(command->group + QLatin1Char(' ') + command->name)
            << ") items+=(" << items.join(QLatin1Char(' ')) << ") ;;\n";
    }
    out << "        esac\n"
        << "        _describe -t options 'option' items\n"
        << "    elif [[ -z $group ]]; then\n"
        << "        items=(";
    QStringList groupItems;
    for (const QString &group : groups(commands))
        groupItems.append(zshItem(group, groupSummary(group)));
    out << groupItems.join(QLatin1Char(' ')) << ")\n"
        << "        _describe -t groups 'command group' items\n"
        << "    elif [[ -z $command ]]; then\n"
        << "        case $group in\n";
    for (const QString &group : groups(commands)) {
        QStringList items;
        for (const Command *command : visibleCommands(commands, group))
            items.append(zshItem(command->name, command->summary));
        out << "            " << group << ") items=(" << items.join(QLatin1Char(' ')) << ") ;;\n";
    }
    out << "        esac\n"
        << "        _describe -t commands 'command' items\n"
        << "    else\n"
        << "        _files\n"
        << "    fi\n"
        << "}\n\n"
        << "if [[ $funcstack[1] == _cognito_desk_cli || $funcstack[1] == _cognito-desk-cli ]]; "
           "then\n"
        << "    _cognito_desk_cli \"$@\"\n"
        << "else\n"
        << "    compdef _cognito_desk_cli cognito-desk-cli\n"
        << "fi\n";
    out.flush();
    return text;
}

} // namespace cdesk::cli::reference
