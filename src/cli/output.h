#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

class QTextStream;

namespace cdesk::cli {

enum class OutputFormat
{
    Json,
    Table,
};

// How a listing is shown as a table for people: which array, which fields.
struct TableSpec
{
    struct Column
    {
        QString header;
        // A key of each item; "a.b" reaches into nested objects, "Attributes/email" takes
        // the Value of the {"Name": "email"} entry of a Name/Value list.
        QString field;
    };
    TableSpec() = default;
    TableSpec(QString array, QList<Column> shownColumns)
        : arrayKey(std::move(array))
        , columns(std::move(shownColumns))
    {}
    // The fields of one member object (e.g. "UserPool") as name/value rows.
    static TableSpec details(const QString &objectKey)
    {
        TableSpec spec;
        spec.objectKey = objectKey;
        return spec;
    }

    QString arrayKey; // empty: show the object's fields as name/value rows
    QList<Column> columns;
    // Without arrayKey: show the fields of this member (e.g. "UserPool") instead of the
    // top-level object's.
    QString objectKey;
};

// The response exactly as the service shaped it, indented like the AWS CLI's.
void writeJson(QTextStream &out, const QJsonObject &object);
void writeTable(QTextStream &out, const QJsonObject &object, const TableSpec &spec);
// A cell as people read it: epoch seconds in fields named *Date as ISO 8601 UTC.
QString cellText(const QString &field, const QJsonValue &value);

} // namespace cdesk::cli
