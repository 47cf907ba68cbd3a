#include "types.h"

#include <QJsonValue>

#include <cmath>

namespace cdesk::cognito {

QDateTime dateFromJson(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    const double seconds = value.toDouble();
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::llround(seconds * 1000.0)),
                                          Qt::UTC);
}

UserPoolDescription UserPoolDescription::fromJson(const QJsonObject &object)
{
    UserPoolDescription pool;
    pool.id = object.value(QLatin1String("Id")).toString();
    pool.name = object.value(QLatin1String("Name")).toString();
    pool.creationDate = dateFromJson(object.value(QLatin1String("CreationDate")));
    pool.lastModifiedDate = dateFromJson(object.value(QLatin1String("LastModifiedDate")));
    pool.json = object;
    return pool;
}

} // namespace cdesk::cognito
