#pragma once

#include "mirror/mirror.h"
#include "models/roles.h"

#include <QAbstractTableModel>
#include <QHash>
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
//
// A search keeps only the ids of the users it found, in order (Mirror::ids); the users
// themselves are read a block of rows at a time as they are shown, and only the blocks last
// shown are kept (kBlockRows, kKeptBlocks), so a pool of 100,000 users costs a keystroke one
// query of ids and the memory of a few screenfuls.
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

    // The user of a row (read from the mirror unless its block is kept); empty when the
    // mirror could not be read.
    mirror::MirroredUser user(int row) const;
    int rowOf(const QString &username) const;
    // The error of the last search (its message), empty when it worked.
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // An exact, case-sensitive match of a username (models::IdRole) is answered by the
    // mirror, without reading every row; anything else as QAbstractItemModel does.
    QModelIndexList match(const QModelIndex &start, int role, const QVariant &value, int hits = 1,
                          Qt::MatchFlags flags = Qt::MatchFlags(Qt::MatchStartsWith |
                                                                Qt::MatchWrap)) const override;

    static constexpr int kBlockRows = 100;
    static constexpr int kKeptBlocks = 40;

Q_SIGNALS:
    // The rows were searched again (setQuery, setMirror, refresh, sort).
    void searched();

private:
    QList<qint64> search();
    void reset();
    void forgetBlocks();
    // The row's user, its block read if it is not kept; null when the mirror failed.
    const mirror::MirroredUser *cached(int row) const;

    mirror::Mirror *m_mirror = nullptr;
    mirror::Query m_query;
    QList<qint64> m_ids;
    // Blocks of rows read (block number -> its users), and the order they were last used in.
    mutable QHash<int, QList<mirror::MirroredUser>> m_blocks;
    mutable QList<int> m_recentBlocks;
    mutable QString m_error;
};

} // namespace cdesk::gui
