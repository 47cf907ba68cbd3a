#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cdesk::cognito {

// RFC 4180, 2.6-2.7: a field with a comma, a quote or a line break is quoted, its quotes
// doubled; any other is written as is. UTF-8.
QByteArray csvCell(const QString &value);
// One record: its cells joined by commas, ended by CRLF (RFC 4180, 2.1).
QByteArray csvRecord(const QStringList &cells);

} // namespace cdesk::cognito
