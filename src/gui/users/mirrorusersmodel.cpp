#include "mirrorusersmodel.h"

#include "cognito/types.h"
#include "models/listings.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace cdesk::gui {

namespace {

// The Users list's headers (models/listings.cpp), in its translation context.
const char *const headers[] = {
    QT_TRANSLATE_NOOP("cdesk::models", "Username"), QT_TRANSLATE_NOOP("cdesk::models", "Email"),
    QT_TRANSLATE_NOOP("cdesk::models", "Status"),   QT_TRANSLATE_NOOP("cdesk::models", "Enabled"),
    QT_TRANSLATE_NOOP("cdesk::models", "Created"),  QT_TRANSLATE_NOOP("cdesk::models", "Modified"),
    QT_TRANSLATE_NOOP("cdesk::models", "Groups")};
static_assert(std::size(headers) == MirrorUsersColumn::Count);

QString dateText(const QJsonObject &user, const char *field)
{
    const QDateTime date = cognito::dateFromJson(user.value(QLatin1String(field)));
    return date.isValid() ? QLocale().toString(date.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

} // namespace

MirrorUsersModel::MirrorUsersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

MirrorUsersModel::~MirrorUsersModel() = default;

QString MirrorUsersModel::sortKey(int column)
{
    using namespace models;
    switch (column) {
    case UsersColumn::Email:
        return QStringLiteral("email");
    case UsersColumn::Status:
        return QStringLiteral("UserStatus");
    case UsersColumn::Enabled:
        return QStringLiteral("Enabled");
    case UsersColumn::Created:
        return QStringLiteral("UserCreateDate");
    case UsersColumn::Modified:
        return QStringLiteral("UserLastModifiedDate");
    case MirrorUsersColumn::Groups:
        return QStringLiteral("Groups");
    default:
        return QStringLiteral("Username");
    }
}

void MirrorUsersModel::setMirror(mirror::Mirror *mirror)
{
    m_mirror = mirror;
    reset();
}

void MirrorUsersModel::setQuery(const mirror::Query &query)
{
    const QString sort = m_query.sort;
    const bool descending = m_query.descending;
    m_query = query;
    m_query.sort = sort;
    m_query.descending = descending;
    reset();
}

QList<qint64> MirrorUsersModel::search()
{
    m_error.clear();
    if (!m_mirror)
        return {};
    auto found = m_mirror->ids(m_query);
    if (!found) {
        m_error = found.error().message;
        return {};
    }
    return found.value();
}

void MirrorUsersModel::forgetBlocks()
{
    m_blocks.clear();
    m_recentBlocks.clear();
}

void MirrorUsersModel::reset()
{
    beginResetModel();
    m_ids = search();
    forgetBlocks();
    endResetModel();
    Q_EMIT searched();
}

void MirrorUsersModel::refresh()
{
    QList<qint64> ids = search();
    if (ids != m_ids) {
        beginResetModel();
        m_ids = std::move(ids);
        forgetBlocks();
        endResetModel();
    } else {
        forgetBlocks();
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
    Q_EMIT searched();
}

void MirrorUsersModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= MirrorUsersColumn::Count)
        return;
    m_query.sort = sortKey(column);
    m_query.descending = order == Qt::DescendingOrder;
    QList<qint64> ids = search();
    QList<qint64> oldIds = m_ids;
    QList<qint64> newIds = ids;
    std::sort(oldIds.begin(), oldIds.end());
    std::sort(newIds.begin(), newIds.end());
    if (oldIds != newIds) {
        // The mirror changed under the model: start over.
        beginResetModel();
        m_ids = std::move(ids);
        forgetBlocks();
        endResetModel();
        Q_EMIT searched();
        return;
    }
    // The same users in another order: the views' persistent indexes follow their user.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> idsBefore;
    idsBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        idsBefore.append(m_ids.at(index.row()));
    m_ids = std::move(ids);
    forgetBlocks();
    QHash<qint64, int> rows;
    if (!before.isEmpty()) {
        rows.reserve(m_ids.size());
        for (qsizetype row = 0; row < m_ids.size(); ++row)
            rows.insert(m_ids.at(row), int(row));
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rows.value(idsBefore.at(i), -1);
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT searched();
}

const mirror::MirroredUser *MirrorUsersModel::cached(int row) const
{
    if (!m_mirror || row < 0 || row >= m_ids.size())
        return nullptr;
    const int block = row / kBlockRows;
    auto at = m_blocks.find(block);
    if (at == m_blocks.end()) {
        const auto read = m_mirror->users(m_ids.mid(qsizetype(block) * kBlockRows, kBlockRows));
        if (!read) {
            m_error = read.error().message;
            return nullptr;
        }
        if (m_recentBlocks.size() >= kKeptBlocks)
            m_blocks.remove(m_recentBlocks.takeFirst());
        at = m_blocks.insert(block, read.value());
        m_recentBlocks.append(block);
    } else if (m_recentBlocks.constLast() != block) {
        m_recentBlocks.removeOne(block);
        m_recentBlocks.append(block);
    }
    // A user removed from the mirror since the search leaves its block short: its row, and
    // the rows after it in the block, show empty until the next refresh().
    const qsizetype within = row % kBlockRows;
    return within < at.value().size() ? &at.value().at(within) : nullptr;
}

mirror::MirroredUser MirrorUsersModel::user(int row) const
{
    const mirror::MirroredUser *user = cached(row);
    return user ? *user : mirror::MirroredUser();
}

int MirrorUsersModel::rowOf(const QString &username) const
{
    if (!m_mirror || username.isEmpty())
        return -1;
    const auto id = m_mirror->idOf(username);
    return id && id.value() >= 0 ? int(m_ids.indexOf(id.value())) : -1;
}

QModelIndexList MirrorUsersModel::match(const QModelIndex &start, int role, const QVariant &value,
                                        int hits, Qt::MatchFlags flags) const
{
    if (role != models::IdRole || (flags & ~Qt::MatchCaseSensitive) != Qt::MatchExactly)
        return QAbstractTableModel::match(start, role, value, hits, flags);
    const int row = rowOf(value.toString());
    if (row < 0 || hits == 0)
        return {};
    return {index(row, start.isValid() ? start.column() : 0)};
}

int MirrorUsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int MirrorUsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : MirrorUsersColumn::Count;
}

QVariant MirrorUsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case models::IdRole:
    case models::JsonRole:
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case models::SortRole:
        break;
    default:
        return {};
    }
    const mirror::MirroredUser *cachedUser = cached(index.row());
    if (!cachedUser)
        return {};
    const mirror::MirroredUser &user = *cachedUser;
    const QJsonObject &json = user.json;
    if (role == models::IdRole)
        return user.username();
    if (role == models::JsonRole)
        return json;
    using namespace models;
    const bool sortRole = role == SortRole;
    switch (index.column()) {
    case UsersColumn::Username:
        return user.username();
    case UsersColumn::Email:
        return userAttribute(json, QStringLiteral("email"));
    case UsersColumn::Status:
        return json.value(QLatin1String("UserStatus")).toString();
    case UsersColumn::Enabled: {
        const bool enabled = json.value(QLatin1String("Enabled")).toBool(true);
        if (sortRole)
            return enabled;
        return enabled ? QCoreApplication::translate("cdesk::models", "Yes")
                       : QCoreApplication::translate("cdesk::models", "No");
    }
    case UsersColumn::Created:
        return sortRole
                   ? QVariant(cognito::dateFromJson(json.value(QLatin1String("UserCreateDate"))))
                   : QVariant(dateText(json, "UserCreateDate"));
    case UsersColumn::Modified:
        return sortRole ? QVariant(cognito::dateFromJson(
                              json.value(QLatin1String("UserLastModifiedDate"))))
                        : QVariant(dateText(json, "UserLastModifiedDate"));
    case MirrorUsersColumn::Groups:
        return user.groups.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant MirrorUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= MirrorUsersColumn::Count)
        return QAbstractTableModel::headerData(section, orientation, role);
    return QCoreApplication::translate("cdesk::models", headers[section]);
}

} // namespace cdesk::gui
