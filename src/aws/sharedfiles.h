#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cdesk::aws {

// The AWS CLI's shared files, ~/.aws/credentials and ~/.aws/config, read by one set of rules
// for the credential chain (loadSharedProfile) and the app's list of profiles.

// section -> key -> value, as the AWS CLI reads its INI files: '#' and ';' start
// comments, indented lines continue the previous key (nested settings such as "s3 ="),
// keys are case-insensitive.
using IniFile = QHash<QString, QHash<QString, QString>>;

// Parses the text of ~/.aws/credentials or ~/.aws/config; `path` only names the file in
// errors ("<path>, line <n>: ..."). Pure, for tests and fuzzing.
Result<IniFile> parseAwsIni(const QByteArray &content, const QString &path);

// Reads and parses one of the files. A file that does not exist is an empty one (and
// `*exists` false); an unreadable or malformed one is an error naming it.
Result<IniFile> readAwsIni(const QString &path, bool *exists = nullptr);

// Where the files are: AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE (a leading ~/ is
// HOME), else HOME/.aws/credentials and HOME/.aws/config.
struct SharedFiles
{
    QString credentialsFile;
    QString configFile;
};
SharedFiles sharedFileLocations(
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// The config file's section of a profile: [default], else [profile NAME] (the credentials
// file's is [NAME]).
QString configSectionOf(const QString &profileName);
// The profile a config file's section is about ("default", or NAME of "profile NAME"); empty
// for the sections that are not profiles (sso-session NAME, services NAME).
QString profileOfConfigSection(const QString &section);

// The profile names of both files, to choose from: the credentials file's sections and the
// config file's profile sections. Sorted, no repeats; a missing, unreadable or malformed file
// gives none (loadSharedProfile reports it when one of its profiles is used).
QStringList sharedProfileNames(
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

} // namespace cdesk::aws
