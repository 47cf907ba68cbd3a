#pragma once

#include "aws/awserror.h"
#include "aws/result.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace cdesk::models {

// One page of a Cognito listing in the service's own JSON shape.
struct JsonPage
{
    QJsonArray items;
    QString nextToken; // empty on the last page
};

// A Cognito listing (users, groups, members, app clients, pools, import jobs) shown as a
// table and paged in on demand: the view's scrolling calls fetchMore(), one page at a
// time, so a pool of 10,000 users loads only what is looked at.
//
// The model makes no network calls of its own: a Fetcher, given by the controller,
// returns the page for a token. Replies that arrive after a reset are dropped.
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedListModel)

public:
    enum class State
    {
        Idle,     // more rows can be fetched
        Loading,  // a page is on its way
        Complete, // every row is loaded
        Failed    // the last fetch failed: lastError() says why; reload() to retry
    };
    Q_ENUM(State)

    struct Column
    {
        const char *header; // translated at display time (QT_TRANSLATE_NOOP("cdesk::models", …))
        std::function<QVariant(const QJsonObject &)> display;
        // Sort key (dates as QDateTime, flags as bool); the display value when empty.
        std::function<QVariant(const QJsonObject &)> sortKey = {};
    };

    using Fetcher = std::function<QFuture<aws::Result<JsonPage>>(const QString &token)>;

    PagedListModel(QList<Column> columns, QString idField, QObject *parent = nullptr);

    // Drops every row and starts over with `fetcher` (empty: an empty model).
    void setFetcher(Fetcher fetcher);
    void reload();

    State state() const { return m_state; }
    // Pages asked of the fetcher since construction: what scrolling has cost, for tests and
    // benchmarks that check the view fetches only what is looked at.
    int pagesRequested() const { return m_pagesRequested; }
    const aws::AwsError &lastError() const { return m_lastError; }
    QJsonObject item(int row) const;
    int rowOf(const QString &id) const;

    // Keeps the rows in step with changes made through the service.
    void updateItem(const QString &id, const QJsonObject &item);
    void removeItem(const QString &id);
    void prependItem(const QJsonObject &item);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void stateChanged(cdesk::models::PagedListModel::State state);

private:
    void setState(State state);
    QString idOf(const QJsonObject &item) const;

    QList<Column> m_columns;
    QString m_idField;
    Fetcher m_fetcher;
    QList<QJsonObject> m_items;
    QString m_nextToken;
    State m_state = State::Idle;
    aws::AwsError m_lastError;
    // Bumped on every reset: replies for an older generation are stale and dropped.
    quint64 m_generation = 0;
    int m_pagesRequested = 0;
};

} // namespace cdesk::models
