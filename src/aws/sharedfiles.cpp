#include "sharedfiles.h"

#include "awserror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace cdesk::aws {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::aws", text);
}

AwsError invalidConfig(const QString &message)
{
    return AwsError::local(QStringLiteral("InvalidCredentialsConfig"), message);
}

QString homePath(const QProcessEnvironment &environment, const QString &relative)
{
    const QString home = environment.value(QStringLiteral("HOME"), QDir::homePath());
    return home + QLatin1Char('/') + relative;
}

QString fileFrom(const QProcessEnvironment &environment, const QString &variable,
                 const QString &defaultRelative)
{
    QString path = environment.value(variable);
    if (path.isEmpty())
        return homePath(environment, defaultRelative);
    if (path.startsWith(QLatin1String("~/")))
        path = homePath(environment, path.mid(2));
    return path;
}

} // namespace

Result<IniFile> parseAwsIni(const QByteArray &content, const QString &path)
{
    IniFile ini;
    QString section;
    bool haveSection = false;
    QString lastKey;
    int lineNumber = 0;
    for (qsizetype start = 0; start < content.size();) {
        ++lineNumber;
        const qsizetype newline = content.indexOf('\n', start);
        const qsizetype end = newline < 0 ? content.size() : newline + 1;
        const QString raw =
            QString::fromUtf8(content.mid(start, end - start)).remove(QLatin1Char('\r'));
        start = end;
        QString line = raw;
        if (line.endsWith(QLatin1Char('\n')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) ||
            trimmed.startsWith(QLatin1Char(';')))
            continue;
        const auto fail = [&](const QString &why) {
            return invalidConfig(tr("%1, line %2: %3").arg(path).arg(lineNumber).arg(why));
        };
        if (line.front().isSpace()) {
            // A continuation of a nested setting; meaningless outside one.
            if (!haveSection || lastKey.isEmpty())
                return fail(tr("an indented line outside any setting"));
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('['))) {
            if (!trimmed.endsWith(QLatin1Char(']')) || trimmed.size() < 3)
                return fail(tr("a section header must look like [name]"));
            section = trimmed.mid(1, trimmed.size() - 2).trimmed();
            if (section.isEmpty())
                return fail(tr("a section header must look like [name]"));
            haveSection = true;
            lastKey.clear();
            ini[section]; // an empty profile exists too
            continue;
        }
        const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
        if (equals < 0)
            return fail(tr("expected \"key = value\" or a [section]"));
        const QString key = trimmed.left(equals).trimmed().toLower();
        if (key.isEmpty())
            return fail(tr("a setting without a name"));
        if (!haveSection)
            return fail(tr("the setting \"%1\" comes before any [section]").arg(key));
        QString value = trimmed.mid(equals + 1).trimmed();
        // Inline comments need a space before them, as in the AWS CLI.
        for (const QLatin1String marker : {QLatin1String(" #"), QLatin1String(" ;")}) {
            const qsizetype at = value.indexOf(marker);
            if (at >= 0)
                value = value.left(at).trimmed();
        }
        ini[section][key] = value;
        lastKey = key;
    }
    return ini;
}

Result<IniFile> readAwsIni(const QString &path, bool *exists)
{
    if (exists)
        *exists = false;
    QFile file(path);
    if (!file.exists())
        return IniFile();
    if (!file.open(QIODevice::ReadOnly))
        return invalidConfig(tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (exists)
        *exists = true;
    return parseAwsIni(file.readAll(), path);
}

SharedFiles sharedFileLocations(const QProcessEnvironment &environment)
{
    return {
        fileFrom(environment, QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                 QStringLiteral(".aws/credentials")),
        fileFrom(environment, QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral(".aws/config"))};
}

QString configSectionOf(const QString &profileName)
{
    return profileName == QLatin1String("default") ? profileName
                                                   : QStringLiteral("profile ") + profileName;
}

QString profileOfConfigSection(const QString &section)
{
    if (section == QLatin1String("default"))
        return section;
    if (section.startsWith(QLatin1String("profile ")))
        return section.mid(8).trimmed();
    return {};
}

QStringList sharedProfileNames(const QProcessEnvironment &environment)
{
    const SharedFiles files = sharedFileLocations(environment);
    QStringList names;
    if (const auto credentials = readAwsIni(files.credentialsFile); credentials.ok())
        names = credentials.value().keys();
    if (const auto config = readAwsIni(files.configFile); config.ok()) {
        for (auto it = config.value().cbegin(); it != config.value().cend(); ++it) {
            const QString profile = profileOfConfigSection(it.key());
            if (!profile.isEmpty())
                names.append(profile);
        }
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

} // namespace cdesk::aws
