#pragma once

#include "aws/result.h"
#include "cognito/bulkjob.h"

#include <QFuture>
#include <QJsonObject>

#include <functional>

namespace cdesk::cognito {
class IdentityProvider;
}

namespace cdesk::cli {

class Context;

// Runs (or resumes) a bulk job with its progress on stderr and prints its report on stdout,
// with `extra` (e.g. backup restore's NewPoolId and ClientIds) added to it: exit 0 when no
// item failed, 1 otherwise. The engine is cognito::BulkJob; bulk and backup restore share it.
int runBulkJob(
    Context &context, cognito::IdentityProvider *provider, double rps,
    const std::function<QFuture<aws::Result<cognito::BulkReport>>(cognito::BulkJob &)> &begin,
    const QJsonObject &extra = {});

} // namespace cdesk::cli
