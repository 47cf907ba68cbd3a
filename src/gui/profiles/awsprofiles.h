#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace cdesk::gui {

// The profile names of the AWS CLI's files, to choose from: `[name]` sections of the
// credentials file and `[profile name]` / `[default]` sections of the config file, at
// ~/.aws or where AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE say. Sorted, no repeats;
// unreadable files give nothing (the credential chain reports them when used).
QStringList
awsProfileNames(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

} // namespace cdesk::gui
