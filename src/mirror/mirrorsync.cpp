#include "mirrorsync.h"

#include "aws/awsjsonclient.h"
#include "aws/future.h"
#include "aws/ratelimiter.h"
#include "cognito/identityprovider.h"
#include "cognito/paging.h"
#include "mirror/mirror.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QTimer>

#include <functional>

namespace cdesk::mirror {

using SyncResult = aws::Result<SyncSummary>;

struct MirrorSync::Run
{
    QPromise<SyncResult> promise;
    QString poolId;
    std::unique_ptr<MirrorWriter> writer;
    QElapsedTimer clock;
    SyncProgress progress;
    QFutureWatcher<SyncResult> *watcher = nullptr;
    // The calls under way, by lane, so that a cancel or a failure stops them.
    QHash<int, std::function<void()>> cancels;
    int partitions = MaxPartitions;

    // Users: each lane's prefixes still to list and the token of the one under way.
    struct UserLane
    {
        QList<int> prefixes;
        QString token;
    };
    QList<UserLane> userLanes;
    int userLanesLeft = 0;

    // Groups: listed first, then their members, a few at a time.
    QStringList groups;
    qsizetype nextGroup = 0;
    struct GroupLane
    {
        QString group;
        QString token;
    };
    QList<GroupLane> groupLanes;
    int groupLanesLeft = 0;
    // The gate in front of the transport's limiter (see gate()).
    struct Waiting
    {
        int key;
        int pages; // of its listing so far: the longest chains go first
        std::function<void()> issue;
    };
    QList<Waiting> waiting;
    QHash<int, int> pages;
    QTimer *gateTimer = nullptr;
    QElapsedTimer gateClock;
    double tokens = 1;
    qint64 lastRefill = 0;
    bool usersDone = false;
    bool groupsDone = false;
    bool done = false;

    bool stopped() const { return done || promise.isCanceled(); }
};

MirrorSync::MirrorSync(cognito::IdentityProvider *provider, QString path, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_path(std::move(path))
{}

MirrorSync::~MirrorSync() = default;

void MirrorSync::setPartitions(int partitions)
{
    m_partitions = std::clamp(partitions, 1, MaxPartitions);
}

QFuture<SyncResult> MirrorSync::run(const QString &userPoolId)
{
    auto run = std::make_shared<Run>();
    run->poolId = userPoolId;
    run->partitions = m_partitions;
    run->promise.start();
    run->clock.start();
    QFuture<SyncResult> future = run->promise.future();
    auto writer = MirrorWriter::create(m_path, userPoolId);
    if (!writer) {
        run->promise.addResult(writer.error());
        run->promise.finish();
        return future;
    }
    run->writer = std::move(writer).value();
    run->watcher = new QFutureWatcher<SyncResult>(this);
    connect(run->watcher, &QFutureWatcherBase::canceled, this, [run] {
        if (run->done)
            return;
        run->done = true;
        for (const auto &cancel : std::as_const(run->cancels))
            cancel();
        run->cancels.clear();
        run->writer.reset(); // deletes the partial file; the old mirror stays
        run->waiting.clear();
        run->gateTimer->deleteLater();
        run->promise.finish();
        run->watcher->deleteLater();
    });
    run->watcher->setFuture(future);

    // For the ETA only: a failure here does not stop the sync.
    aws::whenFinished(
        m_provider->describeUserPool(userPoolId), this,
        [run](const aws::Result<cognito::UserPool> &pool) {
            if (pool)
                run->progress.estimatedUsers =
                    pool.value().json.value(QLatin1String("EstimatedNumberOfUsers")).toInteger();
        });
    run->gateTimer = new QTimer(this);
    run->gateTimer->setTimerType(Qt::PreciseTimer);
    run->gateTimer->setInterval(10);
    connect(run->gateTimer, &QTimer::timeout, this, [this, run] { dispatch(run); });
    run->gateClock.start();
    run->userLanes.resize(run->partitions);
    for (int prefix = 0; prefix < 16; ++prefix)
        run->userLanes[prefix % run->partitions].prefixes.append(prefix);
    run->userLanesLeft = run->partitions;
    for (int lane = 0; lane < run->partitions; ++lane)
        nextUserPage(run, lane);
    listGroups(run, {});
    return future;
}

void MirrorSync::nextUserPage(const std::shared_ptr<Run> &run, int lane)
{
    if (run->stopped())
        return;
    Run::UserLane &state = run->userLanes[lane];
    if (state.prefixes.isEmpty()) {
        if (--run->userLanesLeft == 0) {
            run->usersDone = true;
            finish(run);
        }
        return;
    }
    gate(run, lane, [this, run, lane] { listUserPage(run, lane); });
}

void MirrorSync::listUserPage(const std::shared_ptr<Run> &run, int lane)
{
    if (run->stopped())
        return;
    Run::UserLane &state = run->userLanes[lane];
    cognito::ListUsersQuery query;
    query.filter = QStringLiteral("sub ^= \"%1\"").arg(state.prefixes.first(), 1, 16);
    query.limit = cognito::paging::listUsers.maxPageSize;
    auto future = m_provider->listUsers(run->poolId, query, state.token);
    run->cancels.insert(lane, [future]() mutable { future.cancel(); });
    aws::whenFinished(
        future, this, [this, run, lane](const aws::Result<cognito::Page<cognito::User>> &page) {
            if (run->stopped())
                return;
            run->cancels.remove(lane);
            if (!page) {
                fail(run, page.error());
                return;
            }
            ++run->progress.calls;
            if (const auto written = run->writer->addUsers(page.value().items); !written) {
                fail(run, written.error());
                return;
            }
            run->progress.users += page.value().items.size();
            Run::UserLane &answered = run->userLanes[lane];
            answered.token = page.value().nextToken;
            ++run->pages[lane];
            if (answered.token.isEmpty()) {
                answered.prefixes.removeFirst();
                run->pages.remove(lane);
            }
            report(run);
            nextUserPage(run, lane);
        });
}

// Group lanes are numbered after the user lanes, so that both kinds of call can be canceled.
void MirrorSync::listGroups(const std::shared_ptr<Run> &run, const QString &token)
{
    if (run->stopped())
        return;
    const int lane = -1;
    auto future =
        m_provider->listGroups(run->poolId, cognito::paging::listGroups.maxPageSize, token);
    run->cancels.insert(lane, [future]() mutable { future.cancel(); });
    aws::whenFinished(
        future, this, [this, run, lane](const aws::Result<cognito::Page<cognito::Group>> &page) {
            if (run->stopped())
                return;
            run->cancels.remove(lane);
            if (!page) {
                fail(run, page.error());
                return;
            }
            ++run->progress.calls;
            for (const cognito::Group &group : page.value().items) {
                run->groups.append(group.name);
                if (const auto written = run->writer->addGroup(group.name); !written) {
                    fail(run, written.error());
                    return;
                }
            }
            report(run);
            if (!page.value().nextToken.isEmpty()) {
                listGroups(run, page.value().nextToken);
                return;
            }
            // One lane per group (up to 32): a group's pages can only come one after the
            // other, so every listing starts at once and the gate favours the long ones.
            const int lanes = std::max(1, std::min(2 * MaxPartitions, int(run->groups.size())));
            run->groupLanes.resize(lanes);
            run->groupLanesLeft = lanes;
            for (int groupLane = 0; groupLane < lanes; ++groupLane)
                nextGroupPage(run, groupLane);
        });
}

void MirrorSync::nextGroupPage(const std::shared_ptr<Run> &run, int lane)
{
    if (run->stopped())
        return;
    Run::GroupLane &state = run->groupLanes[lane];
    if (state.group.isEmpty()) {
        if (run->nextGroup >= run->groups.size()) {
            if (--run->groupLanesLeft == 0) {
                run->groupsDone = true;
                finish(run);
            }
            return;
        }
        state.group = run->groups.at(run->nextGroup++);
        state.token.clear();
    }
    const int key = MaxPartitions + lane;
    gate(run, key, [this, run, lane] { listGroupPage(run, lane); });
}

void MirrorSync::listGroupPage(const std::shared_ptr<Run> &run, int lane)
{
    if (run->stopped())
        return;
    Run::GroupLane &state = run->groupLanes[lane];
    const int key = MaxPartitions + lane;
    auto future = m_provider->listUsersInGroup(
        run->poolId, state.group, cognito::paging::listUsersInGroup.maxPageSize, state.token);
    run->cancels.insert(key, [future]() mutable { future.cancel(); });
    aws::whenFinished(
        future, this,
        [this, run, lane, key](const aws::Result<cognito::Page<cognito::User>> &page) {
            if (run->stopped())
                return;
            run->cancels.remove(key);
            if (!page) {
                fail(run, page.error());
                return;
            }
            ++run->progress.calls;
            Run::GroupLane &answered = run->groupLanes[lane];
            QStringList usernames;
            for (const cognito::User &user : page.value().items)
                usernames.append(user.username);
            if (const auto written = run->writer->addMembers(answered.group, usernames); !written) {
                fail(run, written.error());
                return;
            }
            answered.token = page.value().nextToken;
            ++run->pages[key];
            if (answered.token.isEmpty()) {
                answered.group.clear();
                ++run->progress.groups;
                run->pages.remove(key);
            }
            report(run);
            nextGroupPage(run, lane);
        });
}

// The UserList calls of a sync go out through a gate just below the transport's limiter
// (kGateShare of its current, adaptive rate), so that they seldom queue there: a queue in the
// limiter is first come, first served, and would hold each page of a large group's listing —
// pages that can only be fetched one after the other — behind a second of other calls. At the
// gate, group listings go first, the listing with the most pages so far first; the user
// partitions, which run side by side, take the rest of the rate.
void MirrorSync::gate(const std::shared_ptr<Run> &run, int key, std::function<void()> issue)
{
    aws::RateLimiter *limiter = m_provider->client()->transport()->rateLimiter();
    if (!limiter || limiter->limit(QStringLiteral("UserList")) <= 0) {
        issue(); // no quota to keep to
        return;
    }
    run->waiting.append({key, run->pages.value(key), std::move(issue)});
    dispatch(run);
}

void MirrorSync::dispatch(const std::shared_ptr<Run> &run)
{
    if (run->stopped())
        return;
    aws::RateLimiter *limiter = m_provider->client()->transport()->rateLimiter();
    const double rate = kGateShare * limiter->currentRate(QStringLiteral("UserList"));
    const qint64 now = run->gateClock.nsecsElapsed();
    // One call's token saved up, plus what comes due between two ticks of the gate's timer.
    // Capped at one, the part of a token that came due after the tick that found it just
    // short was thrown away at the next: about half a tick's worth per call, and the gate
    // ran some 15 % under its rate.
    const double capacity = 1.0 + rate * run->gateTimer->interval() / 1000.0;
    run->tokens = std::min(capacity, run->tokens + rate * double(now - run->lastRefill) / 1e9);
    run->lastRefill = now;
    while (run->tokens >= 1 && !run->waiting.isEmpty()) {
        const auto first = std::min_element(run->waiting.begin(), run->waiting.end(),
                                            [](const Run::Waiting &a, const Run::Waiting &b) {
                                                const bool aGroup = a.key >= MaxPartitions;
                                                const bool bGroup = b.key >= MaxPartitions;
                                                if (aGroup != bGroup)
                                                    return aGroup;
                                                return a.pages > b.pages;
                                            });
        const std::function<void()> issue = std::move(first->issue);
        run->waiting.erase(first);
        run->tokens -= 1;
        issue();
    }
    if (run->waiting.isEmpty())
        run->gateTimer->stop();
    else if (!run->gateTimer->isActive())
        run->gateTimer->start();
}

void MirrorSync::report(const std::shared_ptr<Run> &run)
{
    run->progress.seconds = run->clock.nsecsElapsed() / 1e9;
    Q_EMIT progress(run->progress);
}

void MirrorSync::fail(const std::shared_ptr<Run> &run, const aws::AwsError &error)
{
    if (run->done)
        return;
    run->done = true;
    for (const auto &cancel : std::as_const(run->cancels))
        cancel();
    run->cancels.clear();
    run->writer.reset();
    run->waiting.clear();
    run->gateTimer->deleteLater();
    run->promise.addResult(error);
    run->promise.finish();
    if (run->watcher)
        run->watcher->deleteLater();
}

void MirrorSync::finish(const std::shared_ptr<Run> &run)
{
    if (run->done || !run->usersDone || !run->groupsDone)
        return;
    if (const auto committed = run->writer->commit(); !committed) {
        fail(run, committed.error());
        return;
    }
    run->done = true;
    run->writer.reset();
    run->gateTimer->deleteLater();
    SyncSummary summary;
    summary.userPoolId = run->poolId;
    summary.users = run->progress.users;
    summary.groups = run->groups.size();
    summary.calls = run->progress.calls;
    summary.seconds = run->clock.nsecsElapsed() / 1e9;
    run->promise.addResult(summary);
    run->promise.finish();
    if (run->watcher)
        run->watcher->deleteLater();
}

} // namespace cdesk::mirror
