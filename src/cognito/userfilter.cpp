#include "userfilter.h"

#include <QCoreApplication>
#include <QStringList>

namespace cdesk::cognito {

bool UserFilter::isSearchable(const QString &attribute)
{
    static const QStringList searchable = {
        QStringLiteral("username"),
        QStringLiteral("email"),
        QStringLiteral("phone_number"),
        QStringLiteral("name"),
        QStringLiteral("given_name"),
        QStringLiteral("family_name"),
        QStringLiteral("preferred_username"),
        QStringLiteral("cognito:user_status"),
        QStringLiteral("status"),
        QStringLiteral("sub"),
    };
    return searchable.contains(attribute);
}

QString UserFilter::escape(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

std::optional<QString> UserFilter::build(const QString &attribute, Match match,
                                         const QString &value, QString *error)
{
    if (!isSearchable(attribute)) {
        if (error)
            *error =
                QCoreApplication::translate("cdesk::cognito", "ListUsers cannot search on \"%1\".")
                    .arg(attribute);
        return std::nullopt;
    }
    const QString filter =
        attribute + (match == Match::Exact ? QLatin1String(" = \"") : QLatin1String(" ^= \"")) +
        escape(value) + QLatin1Char('"');
    if (filter.size() > 256) {
        if (error)
            *error = QCoreApplication::translate("cdesk::cognito",
                                                 "A ListUsers filter is at most 256 characters.");
        return std::nullopt;
    }
    return filter;
}

} // namespace cdesk::cognito
