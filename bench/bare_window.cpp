// The floor for bench/compare_startup.py: a bare Qt Widgets main window, built like the app
// and reporting its first paint the same way (COGNITO_DESK_FIRST_PAINT_EXIT=MS: prints
// "first-paint" once painted, idles MS ms, quits).

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {

class FirstPaintReporter : public QObject
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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bare"));
    window.resize(1024, 700);
    new FirstPaintReporter(&window, qEnvironmentVariableIntValue("COGNITO_DESK_FIRST_PAINT_EXIT"));
    window.show();
    return QApplication::exec();
}
