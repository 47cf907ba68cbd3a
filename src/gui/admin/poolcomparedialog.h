#pragma once

#include "cognito/pooldiff.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PoolCompareDialog;
}

namespace cdesk::cognito {
class Connection;
}

namespace cdesk::gui {
class ProfilesController;
}

namespace cdesk::gui::admin {

// "Compare with…": a pool (A) beside another (B) of the same connection or of another
// profile (another account or region): the pools' settings, app clients by name, groups and
// domain, only what differs, side by side (cognito::diffPools: ids, dates and the account in
// ARNs left out). Reads only.
class PoolCompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolCompareDialog)

public:
    // `profileName` names `connection`'s profile (shown; may be empty); `profiles` opens
    // another profile's connection for pool B (may be null: the same connection only).
    PoolCompareDialog(std::shared_ptr<cognito::Connection> connection, QString profileName,
                      QString poolId, ProfilesController *profiles, QWidget *parent = nullptr);
    ~PoolCompareDialog() override;

    // Pool B: `poolId` of the connection chosen (poolsListed() tells when the choice of pools
    // of that connection is filled).
    void setPoolB(const QString &poolId);
    void compare();
    const QList<cognito::PoolDifference> &differences() const { return m_differences; }

Q_SIGNALS:
    // The pools of pool B's connection are in the pool list.
    void poolsListed();
    // The differences are shown.
    void compared();
    // Reading a pool failed; the message is shown.
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void useProfile(int index);
    void listPools();
    void showDifferences();
    void fail(const QString &message);
    QString poolB() const;
    static QString valueText(const QJsonValue &value);

    std::unique_ptr<Ui::PoolCompareDialog> m_ui;
    std::shared_ptr<cognito::Connection> m_connection;
    std::shared_ptr<cognito::Connection> m_connectionB;
    QString m_profileName;
    QString m_poolId;
    ProfilesController *m_profiles;
    QList<cognito::PoolDifference> m_differences;
    // Answers to an older choice of pool B's profile, or to an older comparison, are dropped.
    quint64 m_listGeneration = 0;
    quint64 m_compareGeneration = 0;
    QString m_comparedB;
};

} // namespace cdesk::gui::admin
