#include "awserror.h"

namespace cdesk::aws {

QString AwsError::toString() const
{
    if (type.isEmpty())
        return message;
    if (message.isEmpty())
        return type;
    return type + QLatin1String(": ") + message;
}

AwsError AwsError::local(const QString &type, const QString &message)
{
    AwsError error;
    error.kind = ErrorKind::Local;
    error.type = type;
    error.message = message;
    return error;
}

} // namespace cdesk::aws
