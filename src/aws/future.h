#pragma once

#include "result.h"

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <type_traits>

// The project's one async idiom: operations return QFuture<Result<T>>. Core code chains
// with .then(fn) (no context). QObjects consume results with whenFinished(), never with
// Qt 6.4's .then(context, fn), which asserts when the context is destroyed before the
// future finishes (a model closed while its page is loading).

namespace cdesk::aws {

namespace detail {
template <typename T>
struct ResultValue;
template <typename T>
struct ResultValue<Result<T>>
{
    using type = T;
};
} // namespace detail

// Calls `callback(result)` in `context`'s thread once `future` finishes, unless `context`
// is gone by then. A future that ends without a result (its producer was destroyed)
// arrives as a Canceled error.
template <typename R, typename Callback>
void whenFinished(const QFuture<R> &future, QObject *context, Callback &&callback)
{
    auto *watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcher<R>::finished, context,
                     [watcher, callback = std::forward<Callback>(callback)]() mutable {
                         watcher->deleteLater();
                         const QFuture<R> done = watcher->future();
                         if (done.resultCount() > 0) {
                             callback(done.result());
                             return;
                         }
                         AwsError error;
                         error.kind = ErrorKind::Canceled;
                         error.type = QStringLiteral("Canceled");
                         error.message = QObject::tr("The operation was canceled.");
                         callback(R(error));
                     });
    watcher->setFuture(future);
}

// Runs an event loop until `future` finishes and returns its result. For the CLI's
// main flow and for tests; the GUI never waits.
template <typename R>
R await(const QFuture<R> &future)
{
    if (!future.isFinished()) {
        QFutureWatcher<R> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcher<R>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    if constexpr (std::is_constructible_v<R, AwsError>) {
        if (future.resultCount() == 0) {
            AwsError error;
            error.kind = ErrorKind::Canceled;
            error.type = QStringLiteral("Canceled");
            error.message = QObject::tr("The operation was canceled.");
            return R(error);
        }
    }
    return future.result();
}

} // namespace cdesk::aws
