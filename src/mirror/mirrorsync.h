#pragma once

#include "aws/result.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QString>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace cdesk::cognito {
class IdentityProvider;
}

namespace cdesk::mirror {

// How far a sync has come, after each answered call.
struct SyncProgress
{
    qint64 users = 0;   // users written so far
    qint64 calls = 0;   // calls answered so far
    qint64 groups = 0;  // groups whose members are listed
    double seconds = 0; // since the start
    // DescribeUserPool's EstimatedNumberOfUsers; 0 until it is known.
    qint64 estimatedUsers = 0;
    // Users per second so far.
    double rate() const { return seconds > 0 ? users / seconds : 0; }
    // Seconds still to go at the rate so far; negative while unknown.
    double eta() const
    {
        const double perSecond = rate();
        if (estimatedUsers <= 0 || perSecond <= 0)
            return -1;
        return std::max<qint64>(0, estimatedUsers - users) / perSecond;
    }
};

// What a finished sync wrote.
struct SyncSummary
{
    QString userPoolId;
    qint64 users = 0;
    qint64 groups = 0;
    qint64 calls = 0;
    double seconds = 0;
};

// Mirrors a pool's users and group memberships into a new file and puts it in place of the
// old one only when everything is listed (MirrorWriter), so that a sync that fails or is
// canceled leaves the last complete mirror as it was.
//
// Users: ListUsers at 60 a page, in parallel partitions by `sub ^= "0"` … `"f"` (sub is a
// UUID, so the 16 prefixes split a pool evenly); with N partitions, each works through every
// N-th prefix. Every call goes through the connection's one transport and so through its one
// rate limiter, which holds all of them together to the account's UserList quota and slows
// down on throttling. Memberships: ListGroups, then ListUsersInGroup once per group (never
// one call per user), as many groups at a time as there are partitions.
//
// Lives in the GUI/CLI thread. Canceling the returned future stops the calls under way and
// ends it without a result (a Canceled error for whenFinished() and await()).
class MirrorSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MirrorSync)

public:
    static constexpr int MaxPartitions = 16;
    // The share of the transport's UserList rate that the sync's gate lets through.
    static constexpr double kGateShare = 0.97;

    MirrorSync(cognito::IdentityProvider *provider, QString path, QObject *parent = nullptr);
    ~MirrorSync() override;

    // 1-16 (clamped); 16 by default.
    void setPartitions(int partitions);
    int partitions() const { return m_partitions; }

    QFuture<aws::Result<SyncSummary>> run(const QString &userPoolId);

Q_SIGNALS:
    void progress(const cdesk::mirror::SyncProgress &progress);

private:
    struct Run;
    void nextUserPage(const std::shared_ptr<Run> &run, int lane);
    void listUserPage(const std::shared_ptr<Run> &run, int lane);
    void listGroupPage(const std::shared_ptr<Run> &run, int lane);
    void gate(const std::shared_ptr<Run> &run, int key, std::function<void()> issue);
    void dispatch(const std::shared_ptr<Run> &run);
    void listGroups(const std::shared_ptr<Run> &run, const QString &token);
    void nextGroupPage(const std::shared_ptr<Run> &run, int lane);
    void fail(const std::shared_ptr<Run> &run, const aws::AwsError &error);
    void finish(const std::shared_ptr<Run> &run);
    void report(const std::shared_ptr<Run> &run);

    cognito::IdentityProvider *m_provider;
    QString m_path;
    int m_partitions = MaxPartitions;
};

} // namespace cdesk::mirror

Q_DECLARE_METATYPE(cdesk::mirror::SyncProgress)
