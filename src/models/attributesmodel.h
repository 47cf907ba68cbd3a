#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>

namespace cdesk::models {

// A user's attributes ([{"Name", "Value"}] as ListUsers returns them), one row each, in the
// columns of AttributesColumn. Read-only: edits go through the users controller, which
// calls the service and then hands the model the user's new attributes.
class AttributesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributesModel)

public:
    explicit AttributesModel(QObject *parent = nullptr);

    void setAttributes(const QJsonArray &attributes);
    QString value(const QString &name) const;
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Attribute
    {
        QString name;
        QString value;
    };
    QList<Attribute> m_attributes;
};

} // namespace cdesk::models
