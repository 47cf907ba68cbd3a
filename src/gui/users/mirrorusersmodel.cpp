#include "mirrorusersmodel.h"

#include "cognito/types.h"
#include "models/listings.h"

#include <QCoreApplication>
#include <QLocale>

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

QStringList usernamesOf(const QList<mirror::MirroredUser> &users)
{
    QStringList names;
    names.reserve(users.size());
    for (const mirror::MirroredUser &user : users)
        names.append(user.username());
    return names;
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

QList<mirror::MirroredUser> MirrorUsersModel::search()
{
    m_error.clear();
    if (!m_mirror)
        return {};
    auto found = m_mirror->search(m_query);
    if (!found) {
        m_error = found.error().message;
        return {};
    }
    return found.value();
}

void MirrorUsersModel::reset()
{
    beginResetModel();
    m_users = search();
    endResetModel();
    Q_EMIT searched();
}

void MirrorUsersModel::refresh()
{
    QList<mirror::MirroredUser> users = search();
    if (usernamesOf(users) != usernamesOf(m_users)) {
        beginResetModel();
        m_users = std::move(users);
        endResetModel();
    } else {
        m_users = std::move(users);
        if (!m_users.isEmpty())
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
    QList<mirror::MirroredUser> users = search();
    QStringList oldNames = usernamesOf(m_users);
    QStringList newNames = usernamesOf(users);
    oldNames.sort();
    newNames.sort();
    if (oldNames != newNames) {
        // The mirror changed under the model: start over.
        beginResetModel();
        m_users = std::move(users);
        endResetModel();
        Q_EMIT searched();
        return;
    }
    // The same users in another order: the views' persistent indexes follow their user.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList names;
    for (const QModelIndex &index : before)
        names.append(m_users.at(index.row()).username());
    m_users = std::move(users);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf(names.at(i));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT searched();
}

int MirrorUsersModel::rowOf(const QString &username) const
{
    for (qsizetype row = 0; row < m_users.size(); ++row)
        if (m_users.at(row).username() == username)
            return static_cast<int>(row);
    return -1;
}

int MirrorUsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int MirrorUsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : MirrorUsersColumn::Count;
}

QVariant MirrorUsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const mirror::MirroredUser &user = m_users.at(index.row());
    const QJsonObject &json = user.json;
    switch (role) {
    case models::IdRole:
        return user.username();
    case models::JsonRole:
        return json;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case models::SortRole:
        break;
    default:
        return {};
    }
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
