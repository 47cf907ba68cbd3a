#pragma once

#include <Qt>

namespace cdesk::models {

// Item data roles shared by every model; views and tests use these, never numbers.
enum Role
{
    IdRole = Qt::UserRole + 1, // the item's stable id (pool id, username, group name)
    JsonRole,                  // the item's JSON as the service returned it (QJsonObject)
    SortRole,                  // a value to sort by (dates as QDateTime, not text)
};

// Columns of each listing; Count is the number of columns, never written as a literal.
namespace PoolsColumn {
enum : int
{
    Name,
    Id,
    Created,
    Modified,
    Count
};
} // namespace PoolsColumn

namespace UsersColumn {
enum : int
{
    Username,
    Email,
    Status,
    Enabled,
    Created,
    Modified,
    Count
};
} // namespace UsersColumn

namespace GroupsColumn {
enum : int
{
    Name,
    Description,
    Precedence,
    Created,
    Count
};
} // namespace GroupsColumn

namespace ClientsColumn {
enum : int
{
    Name,
    ClientId,
    Count
};
} // namespace ClientsColumn

namespace ImportJobsColumn {
enum : int
{
    Name,
    JobId,
    Status,
    Imported,
    Skipped,
    Failed,
    Created,
    Count
};
} // namespace ImportJobsColumn

namespace AttributesColumn {
enum : int
{
    Name,
    Value,
    Count
};
} // namespace AttributesColumn

} // namespace cdesk::models
