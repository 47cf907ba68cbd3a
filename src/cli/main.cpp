#include "cli/application.h"
#include "secrets/processhardening.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <unistd.h>

int main(int argc, char *argv[])
{
    cdesk::secrets::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cognito-desk"));
    QCoreApplication::setOrganizationName(QStringLiteral("cognito-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COGNITO_DESK_VERSION));

    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        input.close();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = cdesk::cli::run(QCoreApplication::arguments().mid(1), &input, out, err,
                                     isatty(STDOUT_FILENO) != 0);
    out.flush();
    err.flush();
    return code;
}
