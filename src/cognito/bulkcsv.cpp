#include "cognito/bulkjob.h"

namespace cdesk::cognito {

namespace {

// RFC 4180, 2.6-2.7: a field with a comma, a quote or a line break is quoted, its quotes
// doubled; any other is written as is.
QByteArray csvCell(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    QByteArray quoted = utf8;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

} // namespace

QByteArray BulkJournal::toCsv() const
{
    QByteArray csv = "Username,Outcome,Error\r\n";
    for (qsizetype i = 0; i < results.size() && i < spec.items.size(); ++i) {
        csv += csvCell(spec.items.at(i).username) + ',' +
               csvCell(bulkItemStateName(results.at(i).state)) + ',' +
               csvCell(results.at(i).error) + "\r\n";
    }
    return csv;
}

} // namespace cdesk::cognito
