#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace cdesk::app {

// For bench/startup: with COGNITO_DESK_FIRST_PAINT_EXIT=MS in the environment, the app (and
// the benchmark's bare window, which shares this so both are measured the same way) prints
// "first-paint" on stdout once the window has painted, idles MS ms (the benchmark reads the
// idle RSS meanwhile), then quits. Not an option: users have no use for it.
class FirstPaintReporter final : public QObject
{
public:
    FirstPaintReporter(QWidget *window, int exitAfterMs)
        : QObject(window)
        , m_exitAfterMs(exitAfterMs)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued: the paint this event starts, and its flush, are done by then.
            QTimer::singleShot(0, this, [this] { reportFirstPaint(m_exitAfterMs); });
        }
        return false;
    }

    // A named function that is never inlined, so that bench/compare_startup.py can count
    // the instructions up to it under callgrind (--dump-before=*reportFirstPaint*).
    Q_NEVER_INLINE static void reportFirstPaint(int exitAfterMs)
    {
        std::fputs("first-paint\n", stdout);
        std::fflush(stdout);
        QTimer::singleShot(exitAfterMs, qApp, &QCoreApplication::quit);
    }

private:
    int m_exitAfterMs;
};

} // namespace cdesk::app
