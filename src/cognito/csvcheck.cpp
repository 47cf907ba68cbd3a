#include "csvcheck.h"

#include <QCoreApplication>
#include <QHash>
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

} // namespace cdesk::cognito
