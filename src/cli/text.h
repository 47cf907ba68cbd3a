#pragma once

#include <QCoreApplication>
#include <QString>

namespace cdesk::cli {

// The command line's user-visible text, in the one translation context of the CLI.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::cli", text);
}

// A Latin-1 literal (a JSON key, an option's name) as a QString.
inline QString str(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace cdesk::cli
