#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cdesk::cognito {

// What checking a user-import CSV against the pool's header found. Cognito only reports a
// bad file after the job ran (and then per line in CloudWatch), so the wizard checks first.
struct CsvCheck
{
    bool ok = false;
    QStringList columns; // the file's header line
    int rows = 0;        // user lines (records), without the header
    int badLine = 0;     // the first bad line of the file, 1-based; 0 when none
    QString problem;     // translated; empty when ok

    // The service's limits for one import file.
    static constexpr int maxRows = 500000;
    static constexpr qint64 maxBytes = 100 * 1024 * 1024;
};

// Checks `csv` against GetCSVHeader's `header`: every column is one of the pool's and none is
// repeated; cognito:username, cognito:mfa_enabled and the pool's `requiredAttributes` are
// present; each record has as many fields as the header, a username (unique in the file),
// true/false in cognito:mfa_enabled and the *_verified columns, and a value for each required
// attribute; there is at least one user and no more than the service takes. Fields follow
// RFC 4180 (quotes, doubled quotes, line breaks inside quotes); CRLF and a UTF-8 BOM are fine.
CsvCheck checkImportCsv(const QByteArray &csv, const QStringList &header,
                        const QStringList &requiredAttributes);

} // namespace cdesk::cognito
