#include "pagedlistmodel.h"

#include "aws/future.h"
#include "models/roles.h"

#include <QCoreApplication>

namespace cdesk::models {

PagedListModel::PagedListModel(QList<Column> columns, QString idField, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
    , m_idField(std::move(idField))
{}

void PagedListModel::setFetcher(Fetcher fetcher)
{
    m_fetcher = std::move(fetcher);
    reload();
}

void PagedListModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_items.clear();
    m_nextToken.clear();
    m_lastError = {};
    m_state = State::Idle;
    endResetModel();
    Q_EMIT stateChanged(m_state);
}

QJsonObject PagedListModel::item(int row) const
{
    return m_items.value(row);
}

QString PagedListModel::idOf(const QJsonObject &item) const
{
    return item.value(m_idField).toString();
}

int PagedListModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row)
        if (idOf(m_items.at(row)) == id)
            return static_cast<int>(row);
    return -1;
}

void PagedListModel::updateItem(const QString &id, const QJsonObject &item)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_items[row] = item;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void PagedListModel::removeItem(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

void PagedListModel::prependItem(const QJsonObject &item)
{
    beginInsertRows({}, 0, 0);
    m_items.prepend(item);
    endInsertRows();
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int PagedListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant PagedListModel::data(const QModelIndex &index, int role) const
{
    // Views (QComboBox with no current item) ask with an invalid index: no data, no warning.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &item = m_items.at(index.row());
    const Column &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: // an editable QComboBox reads its items' text with EditRole
    case Qt::ToolTipRole:
        return column.display(item);
    case SortRole:
        return column.sortKey ? column.sortKey(item) : column.display(item);
    case IdRole:
        return idOf(item);
    case JsonRole:
        return item;
    default:
        return {};
    }
}

QVariant PagedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_columns.size())
        return QCoreApplication::translate("cdesk::models", m_columns.at(section).header);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetcher && m_state == State::Idle;
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setState(State::Loading);
    ++m_pagesRequested;
    const quint64 generation = m_generation;
    aws::whenFinished(
        m_fetcher(m_nextToken), this, [this, generation](const aws::Result<JsonPage> &result) {
            if (generation != m_generation)
                return; // a reply for rows that have since been reset
            if (!result) {
                m_lastError = result.error();
                setState(State::Failed);
                return;
            }
            const JsonPage &page = result.value();
            if (!page.items.isEmpty()) {
                const int first = static_cast<int>(m_items.size());
                beginInsertRows({}, first, first + static_cast<int>(page.items.size()) - 1);
                for (const QJsonValue &item : page.items)
                    m_items.append(item.toObject());
                endInsertRows();
            }
            m_nextToken = page.nextToken;
            setState(m_nextToken.isEmpty() ? State::Complete : State::Idle);
        });
}

void PagedListModel::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace cdesk::models
