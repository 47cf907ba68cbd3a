#include "awsprofiles.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace cdesk::gui {

namespace {

QString fileFrom(const QProcessEnvironment &environment, const QString &variable,
                 const QString &defaultName)
{
    const QString path = environment.value(variable);
    if (!path.isEmpty())
        return path.startsWith(QLatin1String("~/")) ? QDir::homePath() + path.mid(1) : path;
    const QString home = environment.value(QStringLiteral("HOME"), QDir::homePath());
    return home + QStringLiteral("/.aws/") + defaultName;
}

QStringList sections(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    static const QRegularExpression header(QStringLiteral(R"(^\s*\[\s*([^\]]+?)\s*\]\s*$)"));
    QStringList names;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine());
        const QRegularExpressionMatch match = header.match(line);
        if (match.hasMatch())
            names.append(match.captured(1));
    }
    return names;
}

} // namespace

QStringList awsProfileNames(const QProcessEnvironment &environment)
{
    QStringList names = sections(fileFrom(
        environment, QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("credentials")));
    const QStringList config = sections(
        fileFrom(environment, QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("config")));
    for (const QString &section : config) {
        if (section == QLatin1String("default"))
            names.append(section);
        else if (section.startsWith(QLatin1String("profile ")))
            names.append(section.mid(8).trimmed());
        // other sections (sso-session, services) are not profiles
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

} // namespace cdesk::gui
