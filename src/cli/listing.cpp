#include "listing.h"

#include "aws/future.h"
#include "cognito/identityprovider.h"

#include <QJsonArray>

namespace cdesk::cli {

aws::Result<QJsonObject> runListing(cognito::IdentityProvider *provider, const Listing &listing,
                                    QJsonObject payload, bool all)
{
    QJsonArray items;
    QJsonObject last;
    for (;;) {
        aws::Result<QJsonObject> page = aws::await(provider->call(listing.operation, payload));
        if (!page || !all)
            return page;
        last = page.value();
        const QJsonArray pageItems = last.value(listing.itemsKey).toArray();
        for (const QJsonValue &item : pageItems)
            items.append(item);
        const QString token = last.value(listing.tokenKey).toString();
        if (token.isEmpty())
            break;
        payload.insert(listing.tokenKey, token);
    }
    last.remove(listing.tokenKey);
    last.insert(listing.itemsKey, items);
    return last;
}

} // namespace cdesk::cli
