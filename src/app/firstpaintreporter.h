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
            QTimer::singleShot(0, this, [this] {
                std::fputs("first-paint\n", stdout);
                std::fflush(stdout);
                QTimer::singleShot(m_exitAfterMs, qApp, &QCoreApplication::quit);
            });
        }
        return false;
    }

private:
    int m_exitAfterMs;
};

} // namespace cdesk::app
