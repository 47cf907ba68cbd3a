#include "arguments.h"

#include "cli/text.h"

#include <QCoreApplication>

namespace cdesk::cli {

namespace {

const OptionSpec *findSpec(const QList<OptionSpec> &specs, const QString &name)
{
    for (const OptionSpec &spec : specs)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

// Takes the option at arguments[*index]; advances *index past its value.
bool takeOption(const QStringList &arguments, qsizetype *index, const OptionSpec &spec,
                const QString &inlineValue, bool hasInlineValue, ParsedArguments *parsed,
                QString *error)
{
    ParsedArguments::Option option{spec.name, {}};
    if (spec.takesValue) {
        if (hasInlineValue) {
            option.value = inlineValue;
        } else if (*index + 1 < arguments.size()) {
            option.value = arguments.at(++*index);
        } else {
            *error = tr("--%1 needs a value.").arg(spec.name);
            return false;
        }
    } else if (hasInlineValue) {
        *error = tr("--%1 takes no value.").arg(spec.name);
        return false;
    }
    if (!spec.repeatable && parsed->isSet(spec.name)) {
        *error = tr("--%1 is given more than once.").arg(spec.name);
        return false;
    }
    parsed->options.append(option);
    return true;
}

void splitOption(const QString &argument, QString *name, QString *value, bool *hasValue)
{
    const qsizetype eq = argument.indexOf(QLatin1Char('='));
    *hasValue = eq >= 0;
    *name = argument.mid(2, *hasValue ? eq - 2 : -1);
    *value = *hasValue ? argument.mid(eq + 1) : QString();
}

} // namespace

bool ParsedArguments::isSet(const QString &name) const
{
    for (const Option &option : options)
        if (option.name == name)
            return true;
    return false;
}

QString ParsedArguments::value(const QString &name, const QString &fallback) const
{
    for (const Option &option : options)
        if (option.name == name)
            return option.value;
    return fallback;
}

QStringList ParsedArguments::values(const QString &name) const
{
    QStringList out;
    for (const Option &option : options)
        if (option.name == name)
            out.append(option.value);
    return out;
}

QStringList ParsedArguments::stdinOptions() const
{
    QStringList out;
    for (const Option &option : options)
        if (option.name.endsWith(QLatin1String("-stdin")))
            out.append(option.name);
    return out;
}

std::optional<ParsedArguments> parseArguments(const QStringList &arguments,
                                              const QList<OptionSpec> &specs, QString *error)
{
    ParsedArguments parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded || !argument.startsWith(QLatin1String("--")) ||
            argument == QLatin1String("-")) {
            parsed.positional.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        QString name;
        QString value;
        bool hasValue = false;
        splitOption(argument, &name, &value, &hasValue);
        const OptionSpec *spec = findSpec(specs, name);
        if (!spec) {
            *error = tr("Unknown option --%1.").arg(name);
            return std::nullopt;
        }
        if (!takeOption(arguments, &i, *spec, value, hasValue, &parsed, error))
            return std::nullopt;
    }
    return parsed;
}

std::optional<ParsedArguments> extractOptions(QStringList *arguments,
                                              const QList<OptionSpec> &specs, QString *error)
{
    ParsedArguments parsed;
    QStringList rest;
    for (qsizetype i = 0; i < arguments->size(); ++i) {
        const QString &argument = arguments->at(i);
        if (argument == QLatin1String("--")) {
            rest.append(arguments->mid(i));
            break;
        }
        QString name;
        QString value;
        bool hasValue = false;
        const OptionSpec *spec = nullptr;
        if (argument.startsWith(QLatin1String("--"))) {
            splitOption(argument, &name, &value, &hasValue);
            spec = findSpec(specs, name);
        }
        if (!spec) {
            rest.append(argument);
            continue;
        }
        if (!takeOption(*arguments, &i, *spec, value, hasValue, &parsed, error))
            return std::nullopt;
    }
    *arguments = rest;
    return parsed;
}

} // namespace cdesk::cli
