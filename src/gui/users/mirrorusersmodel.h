#pragma once

#include "mirror/mirror.h"
#include "models/roles.h"

#include <QAbstractTableModel>
#include <QList>

namespace cdesk::gui {

// The mirror's users list adds a column to the Users list's: the groups a user is in.
namespace MirrorUsersColumn {
enum : int
{
    Groups = models::UsersColumn::Count,
    Count
};
} // namespace MirrorUsersColumn

// The result of a search of a pool's local mirror, as a table: the columns of the Users list
// (models::UsersColumn) and then the user's groups, comma-separated. It sorts through the
// mirror's query (any column, username as the tie-break), so a sort orders every user the
// query matches, not just those on screen. Reads the mirror it is given; writes nothing.
// The rows are those of the last setQuery() or refresh(); refresh() after a change written
// through to the mirror.
class MirrorUsersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MirrorUsersModel)

public:
    explicit MirrorUsersModel(QObject *parent = nullptr);
    ~MirrorUsersModel() override;

    // The mirror searched (not owned; null: an empty model). Runs the current query on it.
    void setMirror(mirror::Mirror *mirror);
    mirror::Mirror *mirror() const { return m_mirror; }
    // Everything but the sort, which stays as the view chose it.
    void setQuery(const mirror::Query &query);
    const mirror::Query &query() const { return m_query; }
    // Runs the query again: the same users in the same order update in place (the selection
    // stays), another result resets the model.
    void refresh();

    // The mirror's sort key of a column (Username, email, UserStatus, …, Groups).
    static QString sortKey(int column);

    const mirror::MirroredUser &user(int row) const { return m_users.at(row); }
    int rowOf(const QString &username) const;
    // The error of the last search (its message), empty when it worked.
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The rows were searched again (setQuery, setMirror, refresh, sort).
    void searched();

private:
    QList<mirror::MirroredUser> search();
    void reset();

    mirror::Mirror *m_mirror = nullptr;
    mirror::Query m_query;
    QList<mirror::MirroredUser> m_users;
    QString m_error;
};

} // namespace cdesk::gui
