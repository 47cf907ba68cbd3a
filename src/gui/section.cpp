#include "section.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>

namespace cdesk::gui {

QString sectionTitle(Section section)
{
    // The context is the main window's, where these titles were first translated.
    switch (section) {
    case Section::Pools:
        return QCoreApplication::translate("cdesk::gui::MainWindow", "User pools");
    case Section::Users:
        return QCoreApplication::translate("cdesk::gui::MainWindow", "Users");
    case Section::Groups:
        return QCoreApplication::translate("cdesk::gui::MainWindow", "Groups");
    case Section::Clients:
        return QCoreApplication::translate("cdesk::gui::MainWindow", "App clients");
    case Section::ImportJobs:
        return QCoreApplication::translate("cdesk::gui::MainWindow", "Import jobs");
    case Section::Tokens:
        return QCoreApplication::translate("cdesk::gui::MainWindow", "Tokens");
    }
    return {};
}

QIcon sectionIcon(Section section)
{
    switch (section) {
    case Section::Pools:
        return cachedIcon(QStringLiteral(":/icons/pool.svg"));
    case Section::Users:
        return cachedIcon(QStringLiteral(":/icons/profile.svg"));
    case Section::Groups:
        return cachedIcon(QStringLiteral(":/icons/group.svg"));
    case Section::Clients:
        return cachedIcon(QStringLiteral(":/icons/client.svg"));
    case Section::ImportJobs:
        return cachedIcon(QStringLiteral(":/icons/import.svg"));
    case Section::Tokens:
        return cachedIcon(QStringLiteral(":/icons/token.svg"));
    }
    return {};
}

QIcon cachedIcon(const QString &path)
{
    // Held by an object of the application, so the icons (and the SVG engine's code, which
    // lives in a plugin) go with it, not among the static destructors after it.
    struct Cache final : QObject
    {
        using QObject::QObject;
        QHash<QString, QIcon> icons;
    };
    static QPointer<Cache> cache; // the GUI thread only, like every QIcon of the window
    if (!qApp)
        return QIcon(path);
    if (!cache)
        cache = new Cache(qApp);
    auto found = cache->icons.constFind(path);
    if (found == cache->icons.constEnd())
        found = cache->icons.insert(path, QIcon(path));
    return *found;
}

} // namespace cdesk::gui
