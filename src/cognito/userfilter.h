#pragma once

#include <QString>

#include <optional>

namespace cdesk::cognito {

// Builds ListUsers filters: `attribute = "value"` or `attribute ^= "value"`. Values are
// quoted and their quotes and backslashes escaped, so that a search for `a"b` finds
// `a"b` instead of breaking (or changing) the expression.
class UserFilter final
{
public:
    enum class Match
    {
        Exact,  // =
        Prefix, // ^=
    };

    // The attributes ListUsers can search on.
    static bool isSearchable(const QString &attribute);
    static QString escape(const QString &value);

    // Nothing when the attribute is not searchable or the filter exceeds 256 characters.
    static std::optional<QString> build(const QString &attribute, Match match, const QString &value,
                                        QString *error = nullptr);
    static std::optional<QString> equals(const QString &attribute, const QString &value)
    {
        return build(attribute, Match::Exact, value);
    }
    static std::optional<QString> startsWith(const QString &attribute, const QString &value)
    {
        return build(attribute, Match::Prefix, value);
    }
};

} // namespace cdesk::cognito
