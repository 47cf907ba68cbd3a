#include "cli/application.h"
#include "cli/command.h"
#include "cli/reference.h"

#include <QtTest>

using namespace cdesk::cli;

// What people read about the command line: per-command help, did-you-mean, completions,
// the manual pages and docs/cli.md, all drawn from the command table.
class TestCliReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCommandHasItsOwnHelp();
    void everyGroupListsItsCommands();
    void topLevelHelpListsEverything();
    void everyOptionIsDocumented();
    void examplesParse();
    void didYouMean_data();
    void didYouMean();
    void completionsMentionEverything();
    void bashCompletionCompletes_data();
    void bashCompletionCompletes();
    void manPagesAreWellFormed_data();
    void manPagesAreWellFormed();
    void cliManPageCoversEveryCommand();
    void appManPageCoversEveryAppOption();
    void docsAreCurrent();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Result runCli(const QStringList &arguments);
    static QList<Command> visible();
    static QString readGzip(const QString &path);
    static QPair<int, QString> runProgram(const QString &program, const QStringList &arguments,
                                          const QByteArray &input = {});

    CommandList m_commands;
};

TestCliReference::Result TestCliReference::runCli(const QStringList &arguments)
{
    Result result;
    QBuffer input;
    input.open(QIODevice::ReadOnly);
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = run(arguments, &input, out, err, false);
    out.flush();
    err.flush();
    return result;
}

QList<Command> TestCliReference::visible()
{
    QList<Command> out;
    for (const Command &command : allCommands())
        if (!command.hidden)
            out.append(command);
    return out;
}

QPair<int, QString> TestCliReference::runProgram(const QString &program,
                                                 const QStringList &arguments,
                                                 const QByteArray &input)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {-1, QStringLiteral("cannot start %1").arg(program)};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()) +
                QString::fromUtf8(process.readAllStandardError())};
}

QString TestCliReference::readGzip(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestCliReference::initTestCase()
{
    // Help and completion never need a profile; keep the developer's out of the way.
    qunsetenv("COGNITO_DESK_PROFILE");
    qunsetenv("AWS_PROFILE");
    // Set by ctest (tests/unit/cli/CMakeLists.txt).
    for (const char *name :
         {"COGNITO_DESK_CLI", "COGNITO_DESK_SOURCE_DIR", "COGNITO_DESK_CLI_REFERENCE_DIR"})
        QVERIFY2(!qEnvironmentVariableIsEmpty(name),
                 qPrintable(QStringLiteral("%1 is not set: run this test through ctest")
                                .arg(QLatin1String(name))));
    m_commands = visible();
    QVERIFY(m_commands.size() > 40);
}

void TestCliReference::everyCommandHasItsOwnHelp()
{
    for (const Command &command : std::as_const(m_commands)) {
        const QString label = reference::commandTitle(command);
        // --help may stand anywhere, also before the command.
        for (const QStringList &arguments :
             {QStringList{command.group, command.name, QStringLiteral("--help")},
              QStringList{QStringLiteral("--help"), command.group, command.name}}) {
            const Result result = runCli(arguments);
            QVERIFY2(result.code == 0, qPrintable(label + QLatin1Char(' ') + result.err));
            QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
            QVERIFY2(result.out.startsWith(QStringLiteral("Usage: cognito-desk-cli %1").arg(label)),
                     qPrintable(result.out));
            QVERIFY2(result.out.contains(command.summary), qPrintable(label));
            for (const OptionSpec &option : command.options) {
                const QString line = reference::optionLabel(option);
                QVERIFY2(result.out.contains(line), qPrintable(label + QLatin1Char(' ') + line));
                QVERIFY2(result.out.contains(option.help),
                         qPrintable(label + QLatin1Char(' ') + line));
            }
            for (const ArgumentSpec &argument : command.arguments)
                QVERIFY2(result.out.contains(argument.help), qPrintable(label));
            QVERIFY2(result.out.contains(QStringLiteral("Example:\n  cognito-desk-cli ") +
                                         command.example),
                     qPrintable(result.out));
            // Only this command: no other command's usage.
            QVERIFY2(!result.out.contains(QLatin1String("Commands:")), qPrintable(result.out));
        }
    }
}

void TestCliReference::everyGroupListsItsCommands()
{
    const QStringList groups = reference::groups(allCommands());
    QVERIFY(groups.contains(QStringLiteral("user")));
    for (const QString &group : groups) {
        const Result result = runCli({group, QStringLiteral("--help")});
        QCOMPARE(result.code, 0);
        // A group that is one command (exec) shows that command's help.
        const auto itself =
            std::find_if(m_commands.cbegin(), m_commands.cend(), [&](const Command &command) {
                return command.group == group && command.name.isEmpty();
            });
        if (itself != m_commands.cend()) {
            QVERIFY2(
                result.out.startsWith(
                    QStringLiteral("Usage: cognito-desk-cli %1 %2").arg(group, itself->synopsis)),
                qPrintable(result.out));
            continue;
        }
        QVERIFY2(
            result.out.startsWith(QStringLiteral("Usage: cognito-desk-cli %1 COMMAND").arg(group)),
            qPrintable(result.out));
        for (const Command &command : std::as_const(m_commands)) {
            const bool listed = result.out.contains(
                QRegularExpression(QStringLiteral("\\n  %1 +%2\\n")
                                       .arg(QRegularExpression::escape(command.name),
                                            QRegularExpression::escape(command.summary))));
            if (command.group == group)
                QVERIFY2(listed, qPrintable(group + QLatin1Char(' ') + command.name +
                                            QLatin1Char('\n') + result.out));
            else
                QVERIFY2(!result.out.contains(command.summary) || listed,
                         qPrintable(command.group + QLatin1Char(' ') + command.name));
        }
    }
}

void TestCliReference::topLevelHelpListsEverything()
{
    const Result result = runCli({QStringLiteral("--help")});
    QCOMPARE(result.code, 0);
    for (const Command &command : std::as_const(m_commands))
        QVERIFY2(result.out.contains(QStringLiteral("  %1 ").arg(reference::commandTitle(command))),
                 qPrintable(reference::commandTitle(command)));
    for (const OptionSpec &option : globalOptionSpecs())
        QVERIFY2(result.out.contains(reference::optionLabel(option)), qPrintable(option.name));
    // Without arguments: the same list on stderr, and a usage error.
    const Result bare = runCli({});
    QCOMPARE(bare.code, 2);
    QVERIFY(bare.out.isEmpty());
    QVERIFY(bare.err.contains(QLatin1String("user create")));
    // Hidden build tools are not offered to people.
    QVERIFY(!result.out.contains(QLatin1String("docs generate")));
}

void TestCliReference::everyOptionIsDocumented()
{
    const auto checkLine = [](const QString &what, const QString &text) {
        QVERIFY2(!text.trimmed().isEmpty(), qPrintable(what + QLatin1String(": no help text")));
        QVERIFY2(!text.contains(QLatin1Char('\n')),
                 qPrintable(what + QLatin1String(": not one line")));
    };
    for (const OptionSpec &option : globalOptionSpecs())
        checkLine(QLatin1String("--") + option.name, option.help);
    QStringList groupsWithoutSummary;
    for (const Command &command : std::as_const(m_commands)) {
        const QString label = command.group + QLatin1Char(' ') + command.name;
        checkLine(label, command.summary);
        checkLine(label + QLatin1String(" example"), command.example);
        for (const OptionSpec &option : command.options) {
            checkLine(label + QLatin1String(" --") + option.name, option.help);
            QVERIFY2(option.takesValue || option.valueName.isEmpty(),
                     qPrintable(label + QLatin1String(" --") + option.name));
        }
        // Every positional argument is explained.
        QVERIFY2(command.maxPositional == 0 || !command.arguments.isEmpty(), qPrintable(label));
        for (const ArgumentSpec &argument : command.arguments) {
            checkLine(label + QLatin1Char(' ') + argument.name, argument.help);
            QVERIFY2(command.synopsis.contains(
                         argument.name.section(QRegularExpression(QStringLiteral("[ |]")), 0, 0)),
                     qPrintable(label + QLatin1Char(' ') + argument.name));
        }
        if (reference::groupSummary(command.group).isEmpty() &&
            !groupsWithoutSummary.contains(command.group))
            groupsWithoutSummary.append(command.group);
    }
    QVERIFY2(groupsWithoutSummary.isEmpty(),
             qPrintable(groupsWithoutSummary.join(QLatin1Char(' '))));
    // One name, one meaning: the completions skip an option's value by its name alone.
    QHash<QString, bool> takesValue;
    for (const Command &command : std::as_const(m_commands))
        for (const OptionSpec &option : command.options) {
            if (takesValue.contains(option.name))
                QVERIFY2(takesValue.value(option.name) == option.takesValue,
                         qPrintable(option.name));
            takesValue.insert(option.name, option.takesValue);
        }
}

// Splits an example like a shell would (quotes; stops at a redirection).
static QStringList shellSplit(const QString &line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (const QChar c : line) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else if ((c == QLatin1Char('<') || c == QLatin1Char('>')) && !inWord) {
            return words;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

void TestCliReference::examplesParse()
{
    for (const Command &command : std::as_const(m_commands)) {
        const QString label = reference::commandTitle(command);
        QStringList words = shellSplit(command.example);
        QString error;
        QVERIFY2(extractOptions(&words, globalOptionSpecs(), &error), qPrintable(error));
        const qsizetype titleWords = command.name.isEmpty() ? 1 : 2;
        QVERIFY2(words.size() >= titleWords && words.at(0) == command.group &&
                     (command.name.isEmpty() || words.at(1) == command.name),
                 qPrintable(label + QLatin1String(": ") + command.example));
        const auto parsed = parseArguments(words.mid(titleWords), command.options, &error);
        QVERIFY2(parsed, qPrintable(label + QLatin1String(": ") + error));
        QVERIFY2(parsed->positional.size() >= command.minPositional &&
                     parsed->positional.size() <= command.maxPositional,
                 qPrintable(label + QLatin1String(": ") + command.example));
    }
}

void TestCliReference::didYouMean_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("suggestion");
    QTest::newRow("command") << QStringList{QStringLiteral("user"), QStringLiteral("lst")}
                             << QStringLiteral("did you mean `user list`?");
    QTest::newRow("group") << QStringList{QStringLiteral("usr"), QStringLiteral("list")}
                           << QStringLiteral("did you mean `user list`?");
    QTest::newRow("both") << QStringList{QStringLiteral("grop"), QStringLiteral("add-usr")}
                          << QStringLiteral("did you mean `group add-user`?");
    QTest::newRow("swapped-letters")
        << QStringList{QStringLiteral("user"), QStringLiteral("craete"), QStringLiteral("x")}
        << QStringLiteral("did you mean `user create`?");
    QTest::newRow("abbreviation") << QStringList{QStringLiteral("pool"), QStringLiteral("desc")}
                                  << QStringLiteral("did you mean `pool describe`?");
    QTest::newRow("group-only") << QStringList{QStringLiteral("tokn")}
                                << QStringLiteral("did you mean `token`?");
    QTest::newRow("with-help") << QStringList{QStringLiteral("user"), QStringLiteral("lst"),
                                              QStringLiteral("--help")}
                               << QStringLiteral("did you mean `user list`?");
    QTest::newRow("nothing-near") << QStringList{QStringLiteral("user"), QStringLiteral("explode")}
                                  << QString();
    QTest::newRow("nothing-near-group")
        << QStringList{QStringLiteral("frobnicate"), QStringLiteral("list")} << QString();
}

void TestCliReference::didYouMean()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, suggestion);
    const Result result = runCli(arguments);
    QCOMPARE(result.code, 2);
    QVERIFY(result.out.isEmpty());
    if (suggestion.isEmpty())
        QVERIFY2(!result.err.contains(QLatin1String("did you mean"), Qt::CaseInsensitive),
                 qPrintable(result.err));
    else
        QVERIFY2(result.err.contains(suggestion, Qt::CaseInsensitive), qPrintable(result.err));
}

void TestCliReference::completionsMentionEverything()
{
    for (const QString &shell : {QStringLiteral("bash"), QStringLiteral("zsh")}) {
        const Result result = runCli({QStringLiteral("completion"), shell});
        QCOMPARE(result.code, 0);
        const QString &script = result.out;
        QVERIFY(script.contains(QLatin1String("profile list --output json")));
        for (const QString &group : reference::groups(allCommands()))
            QVERIFY2(script.contains(group), qPrintable(shell + QLatin1Char(' ') + group));
        for (const Command &command : std::as_const(m_commands)) {
            QVERIFY2(script.contains(QStringLiteral("'%1 %2'").arg(command.group, command.name)) ||
                         command.options.isEmpty(),
                     qPrintable(shell + QLatin1Char(' ') + command.group + QLatin1Char(' ') +
                                command.name));
            QVERIFY2(script.contains(command.name), qPrintable(command.name));
            for (const OptionSpec &option : command.options)
                QVERIFY2(script.contains(QLatin1String("--") + option.name),
                         qPrintable(shell + QLatin1String(" --") + option.name));
        }
        for (const OptionSpec &option : globalOptionSpecs())
            QVERIFY2(script.contains(QLatin1String("--") + option.name), qPrintable(option.name));
        // The files the build installs are these scripts.
        QFile built(qEnvironmentVariable("COGNITO_DESK_CLI_REFERENCE_DIR") +
                    (shell == QLatin1String("bash") ? QStringLiteral("/cognito-desk-cli.bash")
                                                    : QStringLiteral("/_cognito-desk-cli")));
        QVERIFY2(built.open(QIODevice::ReadOnly), qPrintable(built.fileName()));
        QCOMPARE(QString::fromUtf8(built.readAll()), script);
    }
    const auto [code, output] =
        runProgram(QStringLiteral("bash"),
                   {QStringLiteral("-n"), qEnvironmentVariable("COGNITO_DESK_CLI_REFERENCE_DIR") +
                                              QStringLiteral("/cognito-desk-cli.bash")});
    QVERIFY2(code == 0, qPrintable(output));
}

void TestCliReference::bashCompletionCompletes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("group") << QStringLiteral("cognito-desk-cli us") << QStringLiteral("user");
    QTest::newRow("command") << QStringLiteral("cognito-desk-cli user set-")
                             << QStringLiteral("set-password");
    QTest::newRow("option") << QStringLiteral("cognito-desk-cli user create grace --attr")
                            << QStringLiteral("--attribute");
    QTest::newRow("after-global-with-value")
        << QStringLiteral("cognito-desk-cli --region eu-west-1 user create grace --suppr")
        << QStringLiteral("--suppress-message");
    QTest::newRow("global-option")
        << QStringLiteral("cognito-desk-cli user list --outp") << QStringLiteral("--output");
    QTest::newRow("choices") << QStringLiteral("cognito-desk-cli auth login alice --flow s")
                             << QStringLiteral("srp");
    QTest::newRow("profile-names")
        << QStringLiteral("cognito-desk-cli --profile st") << QStringLiteral("staging");
}

void TestCliReference::bashCompletionCompletes()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    // --profile runs `cognito-desk-cli profile list --output json`: a stand-in prints what
    // the real one prints for two profiles.
    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    const QJsonObject profiles{
        {QStringLiteral("Profiles"),
         QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("prod")},
                                {QStringLiteral("Region"), QStringLiteral("eu-west-1")}},
                    QJsonObject{{QStringLiteral("Name"), QStringLiteral("staging")}}}}};
    QString json;
    {
        QTextStream out(&json);
        out << QString::fromUtf8(QJsonDocument(profiles).toJson(QJsonDocument::Indented));
    }
    QFile stub(bin.filePath(QStringLiteral("cognito-desk-cli")));
    QVERIFY(stub.open(QIODevice::WriteOnly));
    stub.write("#!/bin/sh\n[ \"$*\" = \"profile list --output json\" ] || exit 2\ncat <<'EOF'\n" +
               json.toUtf8() + "EOF\n");
    stub.close();
    stub.setPermissions(stub.permissions() | QFileDevice::ExeOwner);

    const QString script = qEnvironmentVariable("COGNITO_DESK_CLI_REFERENCE_DIR") +
                           QStringLiteral("/cognito-desk-cli.bash");
    const QString driver =
        QStringLiteral(
            "PATH=%1:$PATH; source %2; COMP_LINE=\"$1\"; read -ra COMP_WORDS <<< \"$1\"; "
            "[[ $1 == *' ' ]] && COMP_WORDS+=(''); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); "
            "_cognito_desk_cli; printf '%s\\n' \"${COMPREPLY[@]}\"")
            .arg(bin.path(), script);
    const auto [code, output] = runProgram(
        QStringLiteral("bash"), {QStringLiteral("-c"), driver, QStringLiteral("bash"), line});
    QVERIFY2(code == 0, qPrintable(output));
    QVERIFY2(output.split(QLatin1Char('\n')).contains(expected), qPrintable(output));
}

void TestCliReference::manPagesAreWellFormed_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("name");
    QTest::newRow("cli") << QStringLiteral("cognito-desk-cli.1.gz")
                         << QStringLiteral("cognito-desk-cli");
    QTest::newRow("app") << QStringLiteral("cognito-desk.1.gz") << QStringLiteral("cognito-desk");
}

void TestCliReference::manPagesAreWellFormed()
{
    QFETCH(QString, page);
    QFETCH(QString, name);
    const QString path =
        qEnvironmentVariable("COGNITO_DESK_CLI_REFERENCE_DIR") + QLatin1Char('/') + page;
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    const QString text = readGzip(path);
    QVERIFY2(text.startsWith(QStringLiteral(".TH %1 1 ").arg(name.toUpper())),
             qPrintable(text.left(80)));
    // As lintian checks them: groff warnings, and lexgrog must find the NAME section.
    {
        QProcess groff;
        groff.start(QStringLiteral("groff"),
                    {QStringLiteral("-man"), QStringLiteral("-ww"), QStringLiteral("-z")});
        QVERIFY2(groff.waitForStarted(), "groff is missing (apt-get install groff-base)");
        groff.write(text.toUtf8());
        groff.closeWriteChannel();
        QVERIFY(groff.waitForFinished(60000));
        const QByteArray warnings = groff.readAllStandardError();
        QVERIFY2(groff.exitCode() == 0 && warnings.isEmpty(), warnings.constData());
    }
    const auto [lexCode, lexOutput] = runProgram(QStringLiteral("lexgrog"), {path});
    QVERIFY2(lexCode == 0, qPrintable(lexOutput));
    QVERIFY2(lexOutput.contains(QStringLiteral("\"%1 - ").arg(name)), qPrintable(lexOutput));
    // gzip -9n: no file name or time stamp in the header (reproducible builds).
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(10);
    QCOMPARE(header.size(), 10);
    QCOMPARE(quint8(header.at(3)) & 0x08, 0); // FNAME
    QCOMPARE(header.mid(4, 4), QByteArray(4, '\0'));
}

void TestCliReference::cliManPageCoversEveryCommand()
{
    const QString text = readGzip(qEnvironmentVariable("COGNITO_DESK_CLI_REFERENCE_DIR") +
                                  QStringLiteral("/cognito-desk-cli.1.gz"));
    QVERIFY(!text.isEmpty());
    const auto roffed = [](QString s) {
        return s.replace(QLatin1Char('-'), QLatin1String("\\-"))
            .replace(QLatin1Char('\''), QLatin1String("\\(aq"));
    };
    for (const Command &command : std::as_const(m_commands)) {
        QVERIFY2(text.contains(
                     QStringLiteral("\\fB%1\\fR").arg(roffed(reference::commandTitle(command)))),
                 qPrintable(reference::commandTitle(command)));
        for (const OptionSpec &option : command.options)
            QVERIFY2(text.contains(roffed(reference::optionLabel(option))),
                     qPrintable(option.name));
    }
    for (const QString &section :
         {QStringLiteral(".SH EXIT STATUS"), QStringLiteral(".SH ENVIRONMENT"),
          QStringLiteral(".SH EXAMPLES"), QStringLiteral(".SH SEE ALSO")})
        QVERIFY2(text.contains(section), qPrintable(section));
    QVERIFY(text.contains(QLatin1String("\\fBcognito\\-desk\\fR(1)")));
}

void TestCliReference::appManPageCoversEveryAppOption()
{
    // The app's options are those src/app/main.cpp gives its QCommandLineParser.
    QFile main(qEnvironmentVariable("COGNITO_DESK_SOURCE_DIR") +
               QStringLiteral("/src/app/main.cpp"));
    QVERIFY2(main.open(QIODevice::ReadOnly), qPrintable(main.fileName()));
    const QString source = QString::fromUtf8(main.readAll());
    static const QRegularExpression option(
        QStringLiteral("QCommandLineOption\\s+\\w+\\(\\s*QStringLiteral\\(\"([a-z-]+)\"\\)"));
    QStringList names;
    for (auto it = option.globalMatch(source); it.hasNext();)
        names.append(it.next().captured(1));
    QVERIFY2(names.size() >= 4, qPrintable(names.join(QLatin1Char(' '))));
    const QString text = readGzip(qEnvironmentVariable("COGNITO_DESK_CLI_REFERENCE_DIR") +
                                  QStringLiteral("/cognito-desk.1.gz"));
    for (const QString &name : std::as_const(names))
        QVERIFY2(
            text.contains(QStringLiteral("\\fB\\-\\-%1")
                              .arg(QString(name).replace(QLatin1Char('-'), QLatin1String("\\-")))),
            qPrintable(name));
    QVERIFY(text.contains(QLatin1String(".SH ENVIRONMENT")));
    QVERIFY(text.contains(QLatin1String(".SH FILES")));
    QVERIFY(text.contains(QLatin1String("\\fBcognito\\-desk\\-cli\\fR(1)")));
}

void TestCliReference::docsAreCurrent()
{
    const auto [code, generated] = runProgram(qEnvironmentVariable("COGNITO_DESK_CLI"),
                                              {QStringLiteral("docs"), QStringLiteral("markdown")});
    QCOMPARE(code, 0);
    QFile committed(qEnvironmentVariable("COGNITO_DESK_SOURCE_DIR") +
                    QStringLiteral("/docs/cli.md"));
    QVERIFY2(committed.open(QIODevice::ReadOnly),
             "docs/cli.md is missing: run ./dev docs and commit it");
    const QString text = QString::fromUtf8(committed.readAll());
    if (text != generated) {
        const QStringList a = text.split(QLatin1Char('\n'));
        const QStringList b = generated.split(QLatin1Char('\n'));
        qsizetype line = 0;
        while (line < a.size() && line < b.size() && a.at(line) == b.at(line))
            ++line;
        QFAIL(qPrintable(QStringLiteral("docs/cli.md differs from the command table (first at line "
                                        "%1: \"%2\" vs \"%3\"): run ./dev docs and commit it")
                             .arg(line + 1)
                             .arg(a.value(line), b.value(line))));
    }
    // Every command is in it.
    for (const Command &command : std::as_const(m_commands))
        QVERIFY2(text.contains(QStringLiteral("#### `%1`").arg(reference::commandTitle(command))),
                 qPrintable(reference::commandTitle(command)));
}

QTEST_GUILESS_MAIN(TestCliReference)
#include "tst_clireference.moc"
