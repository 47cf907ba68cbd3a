#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace cdesk::cli {

struct OptionSpec
{
    // A constructor rather than an aggregate, so that a table entry may leave out the
    // trailing fields ({name, takesValue}) without a missing-initializer warning.
    OptionSpec(QString optionName = {}, bool optionTakesValue = false,
               bool optionRepeatable = false, QString optionHelp = {}, QString optionValueName = {})
        : name(std::move(optionName))
        , takesValue(optionTakesValue)
        , repeatable(optionRepeatable)
        , help(std::move(optionHelp))
        , valueName(std::move(optionValueName))
    {}

    QString name; // without the leading dashes
    bool takesValue = false;
    bool repeatable = false;
    QString help;      // one line on what it does, for --help and the reference
    QString valueName; // e.g. "URL" in "--endpoint-url URL"; empty: "VALUE"
};

// A command line split by a list of OptionSpec. Options keep their order, because
// secrets read from stdin are matched to their options in the order they were given.
class ParsedArguments
{
public:
    struct Option
    {
        QString name;
        QString value;
    };

    QStringList positional;
    QList<Option> options;

    bool isSet(const QString &name) const;
    QString value(const QString &name, const QString &fallback = {}) const;
    QStringList values(const QString &name) const;
    // The names of the set options ending in "-stdin", in command-line order.
    QStringList stdinOptions() const;
};

// Parses `arguments` against `specs`. On a usage error returns nothing and sets `error`.
// "--name=value" and "--name value" are both accepted; "--" ends the options.
std::optional<ParsedArguments> parseArguments(const QStringList &arguments,
                                              const QList<OptionSpec> &specs, QString *error);

// Splits off the options in `specs` wherever they stand, leaving the rest in order.
// Used for global options, which may come before or after the command.
std::optional<ParsedArguments> extractOptions(QStringList *arguments,
                                              const QList<OptionSpec> &specs, QString *error);

} // namespace cdesk::cli
