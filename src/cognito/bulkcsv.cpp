#include "cognito/bulkjob.h"
#include "cognito/csvwriter.h"

namespace cdesk::cognito {

QByteArray BulkJournal::toCsv() const
{
    QByteArray csv = "Username,Outcome,Error\r\n";
    for (qsizetype i = 0; i < results.size() && i < spec.items.size(); ++i)
        csv += csvRecord({spec.items.at(i).username, bulkItemStateName(results.at(i).state),
                          results.at(i).error});
    return csv;
}

} // namespace cdesk::cognito
