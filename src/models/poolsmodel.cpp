#include "poolsmodel.h"

#include "aws/future.h"
#include "cognito/identityprovider.h"
#include "models/roles.h"

#include <QLocale>

namespace cdesk::models {

namespace {
constexpr int kPageSize = 60; // ListUserPools' MaxResults ceiling
}

PoolsModel::PoolsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PoolsModel::setProvider(cognito::IdentityProvider *provider)
{
    m_provider = provider;
    reload();
}

void PoolsModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_pools.clear();
    m_nextToken.clear();
    m_lastError = {};
    m_state = State::Idle;
    endResetModel();
    Q_EMIT stateChanged(m_state);
}

int PoolsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_pools.size());
}

int PoolsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : PoolsColumn::Count;
}

QVariant PoolsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cognito::UserPoolDescription &pool = m_pools.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PoolsColumn::Name:
            return pool.name;
        case PoolsColumn::Id:
            return pool.id;
        case PoolsColumn::Created:
            return QLocale().toString(pool.creationDate.toLocalTime(), QLocale::ShortFormat);
        case PoolsColumn::Modified:
            return QLocale().toString(pool.lastModifiedDate.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case PoolsColumn::Created:
            return pool.creationDate;
        case PoolsColumn::Modified:
            return pool.lastModifiedDate;
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return pool.id;
    case JsonRole:
        return pool.json;
    default:
        break;
    }
    return {};
}

QVariant PoolsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PoolsColumn::Name:
        return tr("Name");
    case PoolsColumn::Id:
        return tr("Pool ID");
    case PoolsColumn::Created:
        return tr("Created");
    case PoolsColumn::Modified:
        return tr("Modified");
    }
    return {};
}

bool PoolsModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_provider)
        return false;
    return m_state == State::Idle;
}

void PoolsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setState(State::Loading);
    const quint64 generation = m_generation;
    aws::whenFinished(
        m_provider->listUserPools(kPageSize, m_nextToken), this,
        [this, generation](aws::Result<cognito::Page<cognito::UserPoolDescription>> result) {
            if (generation != m_generation)
                return; // a reply for rows that have since been reset
            if (!result) {
                m_lastError = result.error();
                setState(State::Failed);
                return;
            }
            auto &page = result.value();
            if (!page.items.isEmpty()) {
                const int first = static_cast<int>(m_pools.size());
                beginInsertRows({}, first, first + static_cast<int>(page.items.size()) - 1);
                m_pools.append(page.items);
                endInsertRows();
            }
            m_nextToken = page.nextToken;
            setState(m_nextToken.isEmpty() ? State::Complete : State::Idle);
        });
}

void PoolsModel::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace cdesk::models
