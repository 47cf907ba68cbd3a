#pragma once

#include "aws/result.h"

#include <QJsonObject>
#include <QString>

namespace cdesk::cognito {
class IdentityProvider;
}

namespace cdesk::cli {

// A listing operation's paging vocabulary: ListUsers says PaginationToken where the
// others say NextToken.
struct Listing
{
    QString operation;
    QString itemsKey;
    QString tokenKey = QStringLiteral("NextToken");
};

// Calls a listing operation; with `all`, follows the tokens to the end and answers one
// object holding every page's items (and no token), as docs/cli.md specifies for --all.
aws::Result<QJsonObject> runListing(cognito::IdentityProvider *provider, const Listing &listing,
                                    QJsonObject payload, bool all);

} // namespace cdesk::cli
