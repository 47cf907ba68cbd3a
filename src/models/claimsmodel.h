#pragma once

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace cdesk::models {

// Columns of the claims tree.
namespace ClaimsColumn {
enum : int
{
    Name,     // the claim's name ("exp"), an array index ("[0]") or a section title
    Value,    // the raw value as the token carries it (numbers unformatted)
    Readable, // times (exp, iat, nbf, auth_time) as a UTC date; empty otherwise
    Count
};
} // namespace ClaimsColumn

// Roles of the claims tree, beyond roles.h's shared ones (kept here: they mean something
// only for JWT claims).
namespace ClaimsRole {
enum : int
{
    RawValueRole = Qt::UserRole + 64, // the QJsonValue itself
    TimeRole,                         // a time claim's QDateTime (UTC); invalid for others
    PathRole,                         // "payload/cognito:groups/0", stable for tests and copying
};
} // namespace ClaimsRole

// A decoded JWT as a tree: two sections, "Header" and "Payload", each claim a row; objects
// and arrays (cognito:groups, address) open into their members. Read-only: the token is
// replaced whole with setToken().
class ClaimsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimsModel)

public:
    explicit ClaimsModel(QObject *parent = nullptr);
    ~ClaimsModel() override;

    void setToken(const QJsonObject &header, const QJsonObject &claims);
    void clear();
    bool isEmpty() const { return m_root->children.empty(); }

    // The row of `path` ("payload/exp", "header/kid"), or an invalid index.
    QModelIndex indexForPath(const QString &path, int column = ClaimsColumn::Name) const;
    // Claims whose numbers are seconds since the epoch.
    static bool isTimeClaim(const QString &name);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node
    {
        QString key; // the path segment: claim name, array index, "header" / "payload"
        QJsonValue value;
        bool section = false;
        bool timeClaim = false;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

    static void addChildren(Node *node, bool timeClaims);
    Node *nodeFor(const QModelIndex &index) const;
    QString pathOf(const Node *node) const;

    std::unique_ptr<Node> m_root;
};

} // namespace cdesk::models
