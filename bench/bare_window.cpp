// The floor for bench/compare_startup.py: a bare Qt Widgets main window, built like the app
// and reporting its first paint the same way (COGNITO_DESK_FIRST_PAINT_EXIT=MS: prints
// "first-paint" once painted, idles MS ms, quits).
//
// It draws one line of text: a window that paints no text never loads the font database
// (fontconfig's scan and the first font are a large part of any Qt window's start-up), and
// a floor that skips what every real window has to do is not a fair floor.

#include "app/firstpaintreporter.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bare"));
    window.setCentralWidget(new QLabel(QStringLiteral("A bare Qt window"), &window));
    window.resize(1024, 700);
    new cdesk::app::FirstPaintReporter(
        &window, qEnvironmentVariableIntValue("COGNITO_DESK_FIRST_PAINT_EXIT"));
    window.show();
    return QApplication::exec();
}
