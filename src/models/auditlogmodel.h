#pragma once

#include "cognito/auditlog.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSortFilterProxyModel>

namespace cdesk::models {

// Columns of the audit log.
namespace AuditColumn {
enum : int
{
    Time,
    Operation,
    Target,
    Changes,
    Outcome,
    Profile,
    CredentialSource,
    RequestId,
    Count
};
} // namespace AuditColumn

// The writes of the local audit log, one row each (cognito::auditRecords), oldest first.
// SortRole gives the time as a QDateTime; IdRole the record's Id. A write without an answer
// shows "Unknown" as its outcome; a failed one its error's message as the tooltip.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    explicit AuditLogModel(QObject *parent = nullptr);
    ~AuditLogModel() override;

    void setRecords(QList<cognito::AuditRecord> records);
    const QList<cognito::AuditRecord> &records() const { return m_records; }
    const cognito::AuditRecord &record(int row) const { return m_records.at(row); }
    // The operations the records name, sorted, each once.
    QStringList operations() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<cognito::AuditRecord> m_records;
};

// The audit log's rows that match: the user (a substring of the target's Username, any
// case), the operation (exactly) and the time (at or after `since`); an empty condition
// matches every row. Sorts by SortRole.
class AuditLogFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogFilter)

public:
    explicit AuditLogFilter(QObject *parent = nullptr);
    ~AuditLogFilter() override;

    void setUser(const QString &user);
    void setOperation(const QString &operation);
    void setSince(const QDateTime &since); // invalid: any time

    // The records of the rows shown, in the order shown.
    QList<cognito::AuditRecord> shownRecords() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_user;
    QString m_operation;
    QDateTime m_since;
};

} // namespace cdesk::models
