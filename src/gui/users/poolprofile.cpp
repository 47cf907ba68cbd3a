#include "poolprofile.h"

#include <QJsonArray>

namespace cdesk::gui {

SchemaAttribute PoolProfile::attribute(const QString &name) const
{
    for (const SchemaAttribute &attribute : schema)
        if (attribute.name == name)
            return attribute;
    return {};
}

QStringList PoolProfile::requiredAttributes() const
{
    QStringList out;
    for (const SchemaAttribute &attribute : schema)
        if (attribute.required)
            out << attribute.name;
    return out;
}

bool PoolProfile::signsInWithEmail() const
{
    return pool.usernameAttributes.contains(QLatin1String("email"));
}

bool PoolProfile::signsInWithPhone() const
{
    return pool.usernameAttributes.contains(QLatin1String("phone_number"));
}

PoolProfile PoolProfile::fromUserPool(const cognito::UserPool &pool)
{
    PoolProfile profile;
    profile.pool = pool;
    profile.passwordPolicy = cognito::PasswordPolicy::fromUserPoolJson(pool.json);
    const QJsonArray schema = pool.json.value(QLatin1String("SchemaAttributes")).toArray();
    for (const QJsonValue &value : schema) {
        const QJsonObject object = value.toObject();
        SchemaAttribute attribute;
        attribute.name = object.value(QLatin1String("Name")).toString();
        // sub is the service's; developer-only attributes cannot be set by these calls.
        if (attribute.name.isEmpty() || attribute.name == QLatin1String("sub") ||
            object.value(QLatin1String("DeveloperOnlyAttribute")).toBool())
            continue;
        attribute.dataType =
            object.value(QLatin1String("AttributeDataType")).toString(QStringLiteral("String"));
        attribute.required = object.value(QLatin1String("Required")).toBool();
        attribute.isMutable = object.value(QLatin1String("Mutable")).toBool(true);
        profile.schema << attribute;
    }
    return profile;
}

} // namespace cdesk::gui
