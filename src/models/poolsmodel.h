#pragma once

#include "aws/awserror.h"
#include "cognito/types.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace cdesk::cognito {
class IdentityProvider;
}

namespace cdesk::models {

// The user pools of one account and region, paged in with fetchMore().
class PoolsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolsModel)

public:
    enum class State
    {
        Idle,     // more rows can be fetched
        Loading,  // a page is on its way
        Complete, // every row is loaded
        Failed    // the last fetch failed: lastError() says why; reload() to retry
    };
    Q_ENUM(State)

    explicit PoolsModel(QObject *parent = nullptr);

    // Drops the rows and starts over against `provider` (null: empty model).
    void setProvider(cognito::IdentityProvider *provider);
    void reload();

    State state() const { return m_state; }
    const aws::AwsError &lastError() const { return m_lastError; }
    const cognito::UserPoolDescription &pool(int row) const { return m_pools.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void stateChanged(cdesk::models::PoolsModel::State state);

private:
    void setState(State state);

    QPointer<cognito::IdentityProvider> m_provider;
    QList<cognito::UserPoolDescription> m_pools;
    QString m_nextToken;
    State m_state = State::Idle;
    aws::AwsError m_lastError;
    // Bumped on every reset: replies to an older generation are stale and dropped.
    quint64 m_generation = 0;
};

} // namespace cdesk::models
