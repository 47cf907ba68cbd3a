#pragma once

#include <QIcon>
#include <QString>

namespace cdesk::gui {

// What the main window shows: the pools, or one area of the pool chosen in the tree.
enum class Section
{
    Pools,
    Users,
    Groups,
    Clients,
    ImportJobs,
    Tokens,
};

// The sections listed under each pool in the tree, in their order.
inline constexpr Section poolSections[] = {Section::Users, Section::Groups, Section::Clients,
                                           Section::ImportJobs, Section::Tokens};
// The sections shown as a listing (a ListPage), in the order of Section.
inline constexpr Section listSections[] = {Section::Pools, Section::Users, Section::Groups,
                                           Section::Clients, Section::ImportJobs};

// The section's title in the current language ("Users", "App clients"…).
QString sectionTitle(Section section);
// The section's icon (the tree, New).
QIcon sectionIcon(Section section);

// The icon of the resource `path` (":/icons/x.svg"), made once: every QIcon made from an SVG
// file reads and parses it, so a window that asks for the same icon many times (each pool in
// the tree has five) parses it once.
QIcon cachedIcon(const QString &path);

} // namespace cdesk::gui
