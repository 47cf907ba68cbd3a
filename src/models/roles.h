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

namespace PoolsColumn {
enum : int
{
    Name,
    Id,
    Created,
    Modified,
    Count // keep last
};
} // namespace PoolsColumn

} // namespace cdesk::models
