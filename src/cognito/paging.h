#pragma once

namespace cdesk::cognito {

// How a Cognito list operation pages, as the API reference and botocore's paginators
// (botocore/data/cognito-idp/*/paginators-1.json) say: where the items are, the field that
// carries the page token (the same name in the request and the answer: PaginationToken for
// ListUsers and ListUserImportJobs, NextToken elsewhere), and the page-size field (Limit or
// MaxResults) with its ceiling. The one table for IdentityProvider's typed listings and the
// models' JSON listings.
struct Paging
{
    const char *operation;
    const char *itemsKey;
    const char *tokenKey;
    const char *pageSizeKey;
    int maxPageSize;
};

namespace paging {
inline constexpr Paging listUserPools{"ListUserPools", "UserPools", "NextToken", "MaxResults", 60};
inline constexpr Paging listUsers{"ListUsers", "Users", "PaginationToken", "Limit", 60};
inline constexpr Paging listGroups{"ListGroups", "Groups", "NextToken", "Limit", 60};
inline constexpr Paging listUsersInGroup{"ListUsersInGroup", "Users", "NextToken", "Limit", 60};
inline constexpr Paging listUserPoolClients{"ListUserPoolClients", "UserPoolClients", "NextToken",
                                            "MaxResults", 60};
inline constexpr Paging listUserImportJobs{"ListUserImportJobs", "UserImportJobs",
                                           "PaginationToken", "MaxResults", 60};
inline constexpr Paging adminListGroupsForUser{"AdminListGroupsForUser", "Groups", "NextToken",
                                               "Limit", 60};

// Every entry above, for tests and look-ups.
inline constexpr Paging all[] = {listUserPools,         listUsers,           listGroups,
                                 listUsersInGroup,      listUserPoolClients, listUserImportJobs,
                                 adminListGroupsForUser};
} // namespace paging

} // namespace cdesk::cognito
