#include "support.h"

#include <QCoreApplication>

namespace cdesk::cli {

std::optional<PoolTarget> poolTarget(Context &context, int *exitCode)
{
    const auto poolId = context.userPoolId(exitCode);
    if (!poolId)
        return std::nullopt;
    auto *provider = context.identityProvider(exitCode);
    if (!provider)
        return std::nullopt;
    return PoolTarget{provider, *poolId};
}

std::optional<int> pageSize(Context &context, const ParsedArguments &arguments,
                            const QString &option, int max, int *exitCode)
{
    if (!arguments.isSet(option))
        return max;
    bool ok = false;
    const int size = arguments.value(option).toInt(&ok);
    if (!ok || size < 1 || size > max) {
        *exitCode = context.usageError(
            QCoreApplication::translate("cdesk::cli", "--%1 takes a number from 1 to %2.")
                .arg(option)
                .arg(max));
        return std::nullopt;
    }
    return size;
}

QList<OptionSpec> pagingOptions(const QString &sizeOption)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("cdesk::cli", text);
    };
    return {
        {sizeOption, true, false, tr("Items per page, 1 to 60 (default 60)."), QStringLiteral("N")},
        {QStringLiteral("next-token"), true, false,
         tr("Continue a listing from the token a previous page printed."), QStringLiteral("TOKEN")},
        {QStringLiteral("all"), false, false,
         tr("Fetch every page and print one object holding all the items.")}};
}

std::optional<QList<cognito::Attribute>> parseAttributes(Context &context, const QStringList &texts,
                                                         int *exitCode)
{
    QList<cognito::Attribute> attributes;
    for (const QString &text : texts) {
        const auto attribute = cognito::parseAttribute(text);
        if (!attribute) {
            *exitCode = context.usageError(
                QCoreApplication::translate("cdesk::cli",
                                            "\"%1\" is not NAME=VALUE (e.g. email=a@example.com).")
                    .arg(text));
            return std::nullopt;
        }
        attributes.append(*attribute);
    }
    return attributes;
}

QStringList commaList(const ParsedArguments &arguments, const QString &option)
{
    QStringList list;
    for (const QString &value : arguments.values(option))
        for (const QString &item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            list.append(item.trimmed());
    return list;
}

} // namespace cdesk::cli
