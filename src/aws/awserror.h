#pragma once

#include <QMetaType>
#include <QString>

namespace cdesk::aws {

// Where a failure came from; decides the CLI's exit code and the GUI's wording.
enum class ErrorKind
{
    Service,  // the service answered with an error (__type)
    Network,  // no answer: refused, unreachable, reset, TLS failure
    Timeout,  // no answer in time
    Canceled, // the caller canceled
    Protocol, // an answer we could not understand (HTML, empty, malformed JSON)
    Local,    // refused before sending: bad endpoint, missing credentials, bad input
};

struct AwsError
{
    ErrorKind kind = ErrorKind::Service;
    QString type;    // the service's __type without its namespace, e.g. UserNotFoundException
    QString message; // human-readable; never contains secrets
    int httpStatus = 0;
    QString requestId;
    int attempts = 0;
    bool retryable = false;
    // The request reached the service and its effect is unknown (a timeout, reset or 5xx
    // after sending): a write may have been done. Never set for refusals before sending or
    // for throttling, which the service answers without doing anything.
    bool outcomeUnknown = false;

    // "<type>: <message>", the CLI's stderr line for a service error.
    QString toString() const;

    static AwsError local(const QString &type, const QString &message);
};

} // namespace cdesk::aws

Q_DECLARE_METATYPE(cdesk::aws::AwsError)
