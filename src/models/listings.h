#pragma once

#include "models/pagedlistmodel.h"

namespace cdesk::cognito {
class IdentityProvider;
}

namespace cdesk::models {

// The Cognito listings as PagedListModels: columns (in the order of roles.h) and the
// operation that pages them in. Each model is empty until setFetcher().
PagedListModel *createPoolsModel(QObject *parent);
PagedListModel *createUsersModel(QObject *parent);
PagedListModel *createGroupsModel(QObject *parent);
PagedListModel *createClientsModel(QObject *parent);
PagedListModel *createImportJobsModel(QObject *parent);

// How a listing operation pages: its items key, its token key (ListUsers says
// PaginationToken) and its page-size key and ceiling.
struct ListingOperation
{
    QString operation;
    QString itemsKey;
    QString tokenKey;
    QString pageSizeKey;
    int pageSize;
};

ListingOperation listUserPools();
ListingOperation listUsers();
ListingOperation listGroups();
ListingOperation listUsersInGroup();
ListingOperation listUserPoolClients();
ListingOperation listUserImportJobs();
// AdminListGroupsForUser (the request names the user): the groups of one user.
ListingOperation listGroupsForUser();

// A fetcher calling `listing` with `request` (pool id, filter, …) plus paging fields.
PagedListModel::Fetcher makeFetcher(cognito::IdentityProvider *provider,
                                    const ListingOperation &listing, QJsonObject request);

// The value of a user attribute in a ListUsers/AdminGetUser item ("Attributes" or
// "UserAttributes": [{"Name", "Value"}]).
QString userAttribute(const QJsonObject &user, const QString &name);

} // namespace cdesk::models
