#include "csvcheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace cdesk::cognito {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::cognito::CsvCheck", text);
}

struct Record
{
    QStringList fields;
    int line = 0; // where the record starts
};

// Reads one RFC 4180 record from `text` at `*pos`; `*line` counts the line breaks passed.
// False on an unterminated quote.
bool readRecord(const QString &text, qsizetype *pos, int *line, Record *record)
{
    record->fields.clear();
    record->line = *line;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = *pos; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++*line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record->fields.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            record->fields.append(field);
            ++*line;
            *pos = i + 1;
            return true;
        } else {
            field.append(c);
        }
    }
    if (quoted)
        return false;
    record->fields.append(field);
    *pos = text.size();
    return true;
}

bool isBoolean(const QString &value)
{
    return value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
           value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
}

} // namespace

CsvCheck checkImportCsv(const QByteArray &csv, const QStringList &header,
                        const QStringList &requiredAttributes)
{
    CsvCheck check;
    const auto fail = [&check](int line, const QString &problem) {
        check.ok = false;
        check.badLine = line;
        check.problem = problem;
        return check;
    };
    if (csv.size() > CsvCheck::maxBytes)
        return fail(0, tr("The file is larger than the 100 MB an import job takes."));
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.trimmed().isEmpty())
        return fail(1, tr("The file is empty: the first line must be the CSV header."));

    qsizetype pos = 0;
    int line = 1;
    Record record;
    readRecord(text, &pos, &line, &record);
    check.columns = record.fields;

    QSet<QString> seen;
    QStringList unknown;
    for (const QString &column : std::as_const(check.columns)) {
        if (seen.contains(column))
            return fail(1, tr("Column %1 appears twice in the header.").arg(column));
        seen.insert(column);
        if (!header.contains(column))
            unknown.append(column.isEmpty() ? tr("(empty)") : column);
    }
    if (!unknown.isEmpty())
        return fail(1, tr("The pool has no column %1 (compare with the downloaded header).")
                           .arg(unknown.join(QLatin1String(", "))));
    QStringList required{QStringLiteral("cognito:username"), QStringLiteral("cognito:mfa_enabled")};
    for (const QString &attribute : requiredAttributes)
        if (!required.contains(attribute))
            required.append(attribute);
    QStringList missing;
    for (const QString &column : std::as_const(required))
        if (!seen.contains(column))
            missing.append(column);
    if (!missing.isEmpty())
        return fail(1, tr("The header lacks the required column(s) %1.")
                           .arg(missing.join(QLatin1String(", "))));

    QHash<QString, int> index;
    for (int i = 0; i < check.columns.size(); ++i)
        index.insert(check.columns.at(i), i);
    const int username = index.value(QStringLiteral("cognito:username"));
    const int mfa = index.value(QStringLiteral("cognito:mfa_enabled"));
    QList<int> booleans;
    for (const char *name : {"email_verified", "phone_number_verified"})
        if (index.contains(QLatin1String(name)))
            booleans.append(index.value(QLatin1String(name)));

    QHash<QString, int> usernames;
    while (pos < text.size()) {
        if (!readRecord(text, &pos, &line, &record))
            return fail(record.line,
                        tr("Line %1 opens a quote that is never closed.").arg(record.line));
        if (record.fields.size() == 1 && record.fields.first().trimmed().isEmpty())
            continue; // blank lines, such as the one a final line break leaves
        const int at = record.line;
        if (record.fields.size() != check.columns.size())
            return fail(at, tr("Line %1 has %2 field(s); the header has %3.")
                                .arg(at)
                                .arg(record.fields.size())
                                .arg(check.columns.size()));
        const QString name = record.fields.at(username);
        if (name.isEmpty())
            return fail(at, tr("Line %1 has no cognito:username.").arg(at));
        if (usernames.contains(name))
            return fail(at, tr("Line %1 repeats user %2 of line %3.")
                                .arg(at)
                                .arg(name)
                                .arg(usernames.value(name)));
        usernames.insert(name, at);
        if (!isBoolean(record.fields.at(mfa)))
            return fail(at, tr("Line %1: cognito:mfa_enabled must be true or false, not \"%2\".")
                                .arg(at)
                                .arg(record.fields.at(mfa)));
        for (int column : std::as_const(booleans)) {
            const QString value = record.fields.at(column);
            if (!value.isEmpty() && !isBoolean(value))
                return fail(at, tr("Line %1: %2 must be true or false, not \"%3\".")
                                    .arg(at)
                                    .arg(check.columns.at(column), value));
        }
        for (const QString &attribute : requiredAttributes)
            if (record.fields.at(index.value(attribute)).isEmpty())
                return fail(
                    at, tr("Line %1 has no %2, which the pool requires.").arg(at).arg(attribute));
        ++check.rows;
        if (check.rows > CsvCheck::maxRows)
            return fail(at, tr("The file has more than %1 users, the most one import job takes.")
                                .arg(CsvCheck::maxRows));
    }
    if (check.rows == 0)
        return fail(2, tr("The file has a header but no users."));
    check.ok = true;
    return check;
}

std::optional<QList<CsvRecord>> parseCsv(const QByteArray &csv, int *badLine)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<CsvRecord> records;
    qsizetype pos = 0;
    int line = 1;
    Record record;
    while (pos < text.size()) {
        if (!readRecord(text, &pos, &line, &record)) {
            if (badLine)
                *badLine = record.line;
            return std::nullopt;
        }
        if (record.fields.size() == 1 && record.fields.first().trimmed().isEmpty())
            continue;
        records.append({record.fields, record.line});
    }
    return records;
}

BulkCreateCheck checkBulkCreateCsv(const QByteArray &csv, const QStringList &attributes,
                                   const QStringList &required, const QStringList &groups,
                                   const QStringList &extraGroups)
{
    BulkCreateCheck check;
    const auto problem = [&check](int line, const QString &message) {
        check.problems.append({line, message});
    };
    for (const QString &group : extraGroups)
        if (!groups.contains(group))
            problem(0, tr("--group %1: the pool has no such group.").arg(group));
    int unclosed = 0;
    const auto records = parseCsv(csv, &unclosed);
    if (!records) {
        problem(unclosed, tr("Line %1 opens a quote that is never closed.").arg(unclosed));
        return check;
    }
    if (records->isEmpty()) {
        problem(1, tr("The file is empty: the first line must be the header (username, then "
                      "attribute names)."));
        return check;
    }
    const QStringList header = records->first().fields;
    const int headerLine = records->first().line;
    QHash<QString, int> index;
    for (int i = 0; i < header.size(); ++i) {
        const QString column = header.at(i).trimmed();
        if (index.contains(column)) {
            problem(headerLine,
                    tr("Line %1: column %2 appears twice.").arg(headerLine).arg(column));
            continue;
        }
        index.insert(column, i);
        if (column != QLatin1String("username") && column != QLatin1String("groups") &&
            (!attributes.contains(column) || column == QLatin1String("sub")))
            problem(headerLine, tr("Line %1: the pool has no attribute %2.")
                                    .arg(headerLine)
                                    .arg(column.isEmpty() ? tr("(empty)") : column));
    }
    if (!index.contains(QStringLiteral("username")))
        problem(headerLine, tr("Line %1: the header has no username column.").arg(headerLine));
    for (const QString &attribute : required)
        if (!index.contains(attribute))
            problem(headerLine, tr("Line %1: the header lacks %2, which the pool requires.")
                                    .arg(headerLine)
                                    .arg(attribute));
    if (records->size() == 1)
        problem(headerLine + 1, tr("The file has a header but no users."));
    if (!check.problems.isEmpty() && !index.contains(QStringLiteral("username")))
        return check;

    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    static const QRegularExpression phone(QStringLiteral(R"(^\+[1-9][0-9]{1,14}$)"));
    const int username = index.value(QStringLiteral("username"));
    const int groupsColumn = index.value(QStringLiteral("groups"), -1);
    QHash<QString, int> usernames;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &record = records->at(r);
        const int at = record.line;
        if (record.fields.size() != header.size()) {
            problem(at, tr("Line %1 has %2 field(s); the header has %3.")
                            .arg(at)
                            .arg(record.fields.size())
                            .arg(header.size()));
            continue;
        }
        BulkCreateRow row;
        row.line = at;
        row.username = record.fields.at(username).trimmed();
        if (row.username.isEmpty()) {
            problem(at, tr("Line %1 has no username.").arg(at));
        } else if (usernames.contains(row.username)) {
            problem(at, tr("Line %1 repeats user %2 of line %3.")
                            .arg(at)
                            .arg(row.username)
                            .arg(usernames.value(row.username)));
        } else {
            usernames.insert(row.username, at);
        }
        for (int i = 0; i < header.size(); ++i) {
            const QString column = header.at(i).trimmed();
            const QString value = record.fields.at(i).trimmed();
            if (i == username || i == groupsColumn)
                continue;
            if (value.isEmpty()) {
                if (required.contains(column))
                    problem(at,
                            tr("Line %1 has no %2, which the pool requires.").arg(at).arg(column));
                continue;
            }
            if (column == QLatin1String("email") && !email.match(value).hasMatch())
                problem(at, tr("Line %1: \"%2\" is not an email address.").arg(at).arg(value));
            if (column == QLatin1String("phone_number") && !phone.match(value).hasMatch())
                problem(at, tr("Line %1: \"%2\" is not a phone number in E.164 form "
                               "(+ and 2 to 15 digits).")
                                .arg(at)
                                .arg(value));
            row.attributes.append({column, value});
        }
        if (groupsColumn >= 0) {
            const QStringList named =
                record.fields.at(groupsColumn).split(QLatin1Char(';'), Qt::SkipEmptyParts);
            for (const QString &text : named) {
                const QString group = text.trimmed();
                if (group.isEmpty() || row.groups.contains(group))
                    continue;
                if (!groups.contains(group))
                    problem(at, tr("Line %1: the pool has no group %2.").arg(at).arg(group));
                row.groups.append(group);
            }
        }
        check.rows.append(row);
    }
    return check;
}

} // namespace cdesk::cognito
