#include "output.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace cdesk::cli {

namespace {

QString plainText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return QString::number(number, 'g', 16);
    }
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(
            value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QJsonValue lookup(const QJsonObject &object, const QString &path)
{
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString name = path.mid(slash + 1);
        const QJsonArray list = object.value(path.left(slash)).toArray();
        for (const QJsonValue &entry : list)
            if (entry.toObject().value(QLatin1String("Name")).toString() == name)
                return entry.toObject().value(QLatin1String("Value"));
        return {};
    }
    QJsonValue value = object;
    for (const QString &key : path.split(QLatin1Char('.')))
        value = value.toObject().value(key);
    return value;
}

void writeRows(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    const auto writeLine = [&out, &widths](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += QLatin1String("  ");
            line += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i)) : cells.at(i);
        }
        out << line << '\n';
    };
    writeLine(headers);
    QStringList rule;
    for (qsizetype width : widths)
        rule.append(QString(width, QLatin1Char('-')));
    writeLine(rule);
    for (const QStringList &row : rows)
        writeLine(row);
}

bool isDateField(const QString &field)
{
    return field.endsWith(QLatin1String("Date")) || field.endsWith(QLatin1String("Time"));
}

bool isScalar(const QJsonValue &value)
{
    return !value.isArray() && !value.isObject();
}

// A Name/Value list such as UserAttributes: [{"Name": "email", "Value": "a@x.org"}].
bool isNameValueList(const QJsonArray &list)
{
    for (const QJsonValue &item : list) {
        const QJsonObject object = item.toObject();
        if (!item.isObject() || object.size() != 2 ||
            !object.value(QLatin1String("Name")).isString() ||
            !object.contains(QLatin1String("Value")))
            return false;
    }
    return true;
}

// Objects that each carry a distinct Name (SchemaAttributes, ...): rows keyed by it.
bool isNamedObjectList(const QJsonArray &list)
{
    QStringList names;
    for (const QJsonValue &item : list) {
        const QString name = item.toObject().value(QLatin1String("Name")).toString();
        if (!item.isObject() || name.isEmpty() || names.contains(name))
            return false;
        names.append(name);
    }
    return true;
}

// One FIELD / VALUE row per scalar: nested objects as Parent.Child rows, lists of scalars
// joined, Name/Value lists one row per name. Nobody reads 200 columns of raw JSON.
void flattenRows(const QString &field, const QJsonValue &value, QList<QStringList> *rows)
{
    const auto child = [&field](const QString &key) {
        return field + QLatin1Char('.') + key;
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            rows->append({field, QString()});
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            flattenRows(child(it.key()), it.value(), rows);
        return;
    }
    if (!value.isArray()) {
        rows->append({field, cellText(field, value)});
        return;
    }
    const QJsonArray list = value.toArray();
    if (std::all_of(list.begin(), list.end(), isScalar)) {
        QStringList cells;
        for (const QJsonValue &item : list)
            cells.append(cellText(field, item));
        rows->append({field, cells.join(QLatin1String(", "))});
    } else if (isNameValueList(list)) {
        for (const QJsonValue &item : list) {
            const QJsonObject entry = item.toObject();
            flattenRows(child(entry.value(QLatin1String("Name")).toString()),
                        entry.value(QLatin1String("Value")), rows);
        }
    } else if (isNamedObjectList(list)) {
        for (const QJsonValue &item : list) {
            QJsonObject entry = item.toObject();
            const QString name = entry.take(QLatin1String("Name")).toString();
            flattenRows(child(name), entry, rows);
        }
    } else {
        for (qsizetype i = 0; i < list.size(); ++i)
            flattenRows(field + QStringLiteral("[%1]").arg(i), list.at(i), rows);
    }
}

} // namespace

QString cellText(const QString &field, const QJsonValue &value)
{
    // Cognito's dates are epoch seconds (fractional on AWS); nobody reads 1795010679. A
    // number past year 9999 is no date: shown as it is, never converted (that overflows).
    constexpr double Year9999 = 253402300799.0;
    if (value.isDouble() && isDateField(field.section(QLatin1Char('.'), -1)) &&
        std::abs(value.toDouble()) <= Year9999)
        return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble() * 1000.0), Qt::UTC)
            .toString(Qt::ISODate);
    return plainText(value);
}

void writeJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

void writeTable(QTextStream &out, const QJsonObject &object, const TableSpec &spec)
{
    if (spec.arrayKey.isEmpty()) {
        const QJsonObject shown =
            spec.objectKey.isEmpty() ? object : object.value(spec.objectKey).toObject();
        if (shown.isEmpty())
            return; // an operation that answers nothing: no table to draw
        QList<QStringList> rows;
        for (auto it = shown.constBegin(); it != shown.constEnd(); ++it)
            flattenRows(it.key(), it.value(), &rows);
        writeRows(out,
                  {QCoreApplication::translate("cdesk::cli", "Field"),
                   QCoreApplication::translate("cdesk::cli", "Value")},
                  rows);
        out.flush();
        return;
    }
    QStringList headers;
    for (const auto &column : spec.columns)
        headers.append(column.header);
    QList<QStringList> rows;
    const QJsonArray items = object.value(spec.arrayKey).toArray();
    for (const QJsonValue &item : items) {
        QStringList row;
        for (const auto &column : spec.columns)
            row.append(cellText(column.field, lookup(item.toObject(), column.field)));
        rows.append(row);
    }
    writeRows(out, headers, rows);
    QString nextToken = object.value(QLatin1String("NextToken")).toString();
    if (nextToken.isEmpty())
        nextToken = object.value(QLatin1String("PaginationToken")).toString();
    if (!nextToken.isEmpty())
        out << '\n'
            << QCoreApplication::translate("cdesk::cli", "More results: --next-token %1")
                   .arg(nextToken)
            << '\n';
    out.flush();
}

} // namespace cdesk::cli
