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
        QString field; // a key of each item; "a.b" reaches into nested objects
    };
    QString arrayKey; // empty: show the object's fields as name/value rows
    QList<Column> columns;
};

// The response exactly as the service shaped it, indented like the AWS CLI's.
void writeJson(QTextStream &out, const QJsonObject &object);
void writeTable(QTextStream &out, const QJsonObject &object, const TableSpec &spec);

} // namespace cdesk::cli
