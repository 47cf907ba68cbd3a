#include "cognito/connection.h"
#include "firstpaintreporter.h"
#include "gui/languageswitcher.h"
#include "gui/mainwindow.h"
#include "gui/profiles/profilescontroller.h"
#include "models/pagedlistmodel.h"
#include "secrets/processhardening.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

using namespace cdesk;

namespace {

// Saves a picture of `window` once its pools have loaded (or failed), then quits.
void screenshotWhenLoaded(gui::MainWindow &window, const QString &file)
{
    auto take = [&window, file] {
        const bool saved = window.grab().save(file, "PNG");
        if (!saved)
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QApplication::translate("main", "Could not write %1.").arg(file)));
        QApplication::exit(saved ? 0 : 4);
    };
    auto *model = window.poolsModel();
    const auto settled = [model] {
        return model->state() == models::PagedListModel::State::Complete ||
               model->state() == models::PagedListModel::State::Failed;
    };
    if (settled()) {
        QTimer::singleShot(0, &window, take);
        return;
    }
    QObject::connect(
        model, &models::PagedListModel::stateChanged, &window, [settled, take, &window] {
            if (settled())
                QTimer::singleShot(0, &window, take); // after the view has taken the rows in
        });
}

} // namespace

int main(int argc, char *argv[])
{
    secrets::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cognito-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Cognito Desk"));
    QApplication::setOrganizationName(QStringLiteral("cognito-desk"));
    QApplication::setApplicationVersion(QStringLiteral(COGNITO_DESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cognito-desk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Administer AWS Cognito user pools."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption endpointOption(
        QStringLiteral("endpoint-url"),
        QApplication::translate("main", "Cognito endpoint override, e.g. http://127.0.0.1:9229."),
        QStringLiteral("URL"));
    const QCommandLineOption regionOption(QStringLiteral("region"),
                                          QApplication::translate("main", "AWS region."),
                                          QStringLiteral("REGION"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Write a PNG of the main window once loaded, then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QApplication::translate("main", "Open this saved profile instead of the last used one."),
        QStringLiteral("NAME"));
    parser.addOptions({endpointOption, regionOption, screenshotOption, profileOption});
    parser.process(app);

    gui::MainWindow window;
    // Bulk jobs left interrupted (a crash, a cancel) are offered for resuming once connected.
    window.setOfferInterruptedJobs(true);
    if (qEnvironmentVariableIsSet("COGNITO_DESK_FIRST_PAINT_EXIT"))
        new app::FirstPaintReporter(&window,
                                    qEnvironmentVariableIntValue("COGNITO_DESK_FIRST_PAINT_EXIT"));
    // The language chosen in the View menu, else the system's if it is shipped.
    QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    if (language.isEmpty()) {
        const QStringList available = gui::LanguageSwitcher::availableLanguages();
        const QString system = QLocale().name();
        language =
            available.contains(system) ? system : QLocale().name().section(QLatin1Char('_'), 0, 0);
    }
    window.languageSwitcher()->setLanguage(language);

    // The command line wins; without it, the profile used last; without one, the
    // environment (AWS_REGION, AWS_* keys, AWS_PROFILE) as the CLI reads it. A screenshot
    // always takes the command line and environment, so it shows what it was asked to.
    const QString profileName =
        parser.isSet(profileOption) ? parser.value(profileOption) : window.profiles()->lastUsed();
    const bool commandLine = parser.isSet(endpointOption) || parser.isSet(regionOption) ||
                             parser.isSet(screenshotOption);
    if (parser.isSet(profileOption) ||
        (!commandLine && window.profiles()->names().contains(profileName))) {
        window.openProfile(profileName);
        window.show();
        return QApplication::exec();
    }

    cognito::ConnectionSettings settings;
    settings.region =
        parser.isSet(regionOption) ? parser.value(regionOption) : cognito::regionFromEnvironment();
    settings.endpointUrl = parser.isSet(endpointOption)
                               ? QUrl(parser.value(endpointOption), QUrl::StrictMode)
                               : cognito::endpointUrlFromEnvironment();
    settings.credentials = aws::defaultCredentialsChain();
    auto connection = cognito::Connection::open(settings);
    if (connection)
        window.setConnection(connection.value(), settings.credentials);
    else
        window.statusBar()->showMessage(connection.error().message);

    if (parser.isSet(screenshotOption)) {
        if (!connection) {
            std::fprintf(stderr, "%s\n", qPrintable(connection.error().toString()));
            return 2;
        }
        screenshotWhenLoaded(window, parser.value(screenshotOption));
    }
    window.show();
    return QApplication::exec();
}
