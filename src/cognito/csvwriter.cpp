#include "csvwriter.h"

namespace cdesk::cognito {

QByteArray csvCell(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    QByteArray quoted = utf8;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QByteArray csvRecord(const QStringList &cells)
{
    QByteArray record;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            record += ',';
        record += csvCell(cells.at(i));
    }
    return record + "\r\n";
}

} // namespace cdesk::cognito
