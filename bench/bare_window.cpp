// The floor for bench/compare_startup.py: a bare Qt Widgets main window, built like the app
// and reporting its first paint the same way (COGNITO_DESK_FIRST_PAINT_EXIT=MS: prints
// "first-paint" once painted, idles MS ms, quits).

#include "app/firstpaintreporter.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bare"));
    window.resize(1024, 700);
    new cdesk::app::FirstPaintReporter(
        &window, qEnvironmentVariableIntValue("COGNITO_DESK_FIRST_PAINT_EXIT"));
    window.show();
    return QApplication::exec();
}
