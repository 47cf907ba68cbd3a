#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

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

// RFC 4180 records of `text` (a UTF-8 BOM dropped), each with the line it starts on; blank
// lines left out. Nothing when a quote is never closed (then *badLine says where).
struct CsvRecord
{
    QStringList fields;
    int line = 0;
};
std::optional<QList<CsvRecord>> parseCsv(const QByteArray &csv, int *badLine = nullptr);

// One user of a bulk create file: its line, username, attributes (in the file's column
// order, empty values left out) and groups (the `groups` column, ';'-separated).
struct BulkCreateRow
{
    int line = 0;
    QString username;
    QList<QPair<QString, QString>> attributes;
    QStringList groups;
};

// What checking a bulk create file found: every problem, each with its line (1-based; 1 is
// the header), or the rows when there is none. Nothing is sent before this is clean.
struct BulkCreateCheck
{
    struct Problem
    {
        int line = 0;
        QString message; // translated
    };
    QList<Problem> problems;
    QList<BulkCreateRow> rows;

    bool ok() const { return problems.isEmpty() && !rows.isEmpty(); }
};

// Checks a bulk create CSV (header: `username`, attribute columns, optionally `groups`)
// against the pool: `attributes` are the names the pool knows (DescribeUserPool's
// SchemaAttributes, custom ones as custom:NAME), `required` those it requires, `groups` the
// pool's groups. Reports, each with its line: an unknown or repeated column, no username
// column, a missing required attribute, a row with too few or too many fields, an empty or
// repeated username, an email or phone_number that is not well formed (phone numbers in
// E.164: +, then 2-15 digits), and an unknown group. `extraGroups` (the command line's
// --group) are checked against `groups` too, reported on line 0.
BulkCreateCheck checkBulkCreateCsv(const QByteArray &csv, const QStringList &attributes,
                                   const QStringList &required, const QStringList &groups,
                                   const QStringList &extraGroups = {});

} // namespace cdesk::cognito
