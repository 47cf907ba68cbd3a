#include "attributesmodel.h"

#include "models/roles.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cdesk::models {

AttributesModel::AttributesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AttributesModel::setAttributes(const QJsonArray &attributes)
{
    beginResetModel();
    m_attributes.clear();
    for (const QJsonValue &attribute : attributes) {
        const QJsonObject object = attribute.toObject();
        m_attributes.append({object.value(QLatin1String("Name")).toString(),
                             object.value(QLatin1String("Value")).toString()});
    }
    // By name, so the same user always reads the same way whatever order the service used.
    std::sort(m_attributes.begin(), m_attributes.end(),
              [](const Attribute &a, const Attribute &b) { return a.name < b.name; });
    endResetModel();
}

QString AttributesModel::value(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? QString() : m_attributes.at(row).value;
}

int AttributesModel::rowOf(const QString &name) const
{
    for (qsizetype row = 0; row < m_attributes.size(); ++row)
        if (m_attributes.at(row).name == name)
            return static_cast<int>(row);
    return -1;
}

int AttributesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_attributes.size());
}

int AttributesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : AttributesColumn::Count;
}

QVariant AttributesModel::data(const QModelIndex &index, int role) const
{
    // Views (QComboBox with no current item) ask with an invalid index: no data, no warning.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Attribute &attribute = m_attributes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
    case SortRole:
        return index.column() == AttributesColumn::Name ? attribute.name : attribute.value;
    case IdRole:
        return attribute.name;
    default:
        return {};
    }
}

QVariant AttributesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AttributesColumn::Name:
        return QCoreApplication::translate("cdesk::models", "Attribute");
    case AttributesColumn::Value:
        return QCoreApplication::translate("cdesk::models", "Value");
    default:
        return {};
    }
}

} // namespace cdesk::models
