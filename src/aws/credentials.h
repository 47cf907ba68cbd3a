#pragma once

#include <QDateTime>
#include <QString>

namespace cdesk::aws {

struct Credentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;
    QDateTime expiration; // invalid when the credentials do not expire
    // Which link of the chain produced them, for the status bar and --verbose.
    QString source;

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
};

} // namespace cdesk::aws
