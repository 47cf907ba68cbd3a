#include "auditlogmodel.h"

#include "models/roles.h"

#include <QLocale>

namespace cdesk::models {

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

AuditLogModel::~AuditLogModel() = default;

void AuditLogModel::setRecords(QList<cognito::AuditRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

QStringList AuditLogModel::operations() const
{
    QStringList names;
    for (const cognito::AuditRecord &record : m_records)
        names.append(record.sent.operation);
    names.sort();
    names.removeDuplicates();
    return names;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : AuditColumn::Count;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cognito::AuditRecord &record = m_records.at(index.row());
    if (role == IdRole)
        return record.sent.id;
    if (role == SortRole && index.column() == AuditColumn::Time)
        return record.sent.time;
    if (role == Qt::ToolTipRole) {
        if (index.column() == AuditColumn::Outcome && record.answered && !record.message.isEmpty())
            return record.message;
        if (index.column() == AuditColumn::Outcome && !record.answered)
            return tr("No answer was recorded: the program ended before it came, or the write "
                      "is still under way. Check the target on the service.");
        if (index.column() == AuditColumn::Time)
            return record.sent.time.toUTC().toString(Qt::ISODateWithMs);
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case AuditColumn::Time:
        return QLocale().toString(record.sent.time.toLocalTime(), QLocale::ShortFormat);
    case AuditColumn::Operation:
        return record.sent.operation;
    case AuditColumn::Target:
        return record.targetText();
    case AuditColumn::Changes:
        return record.changesText();
    case AuditColumn::Outcome:
        return record.answered ? record.outcome : tr("Unknown");
    case AuditColumn::Profile:
        return record.sent.profile;
    case AuditColumn::CredentialSource:
        return record.sent.credentialSource;
    case AuditColumn::RequestId:
        return record.requestId;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AuditColumn::Time:
        return tr("Time");
    case AuditColumn::Operation:
        return tr("Operation");
    case AuditColumn::Target:
        return tr("Target");
    case AuditColumn::Changes:
        return tr("Changes");
    case AuditColumn::Outcome:
        return tr("Outcome");
    case AuditColumn::Profile:
        return tr("Profile");
    case AuditColumn::CredentialSource:
        return tr("Credentials");
    case AuditColumn::RequestId:
        return tr("Request id");
    default:
        return {};
    }
}

AuditLogFilter::AuditLogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

AuditLogFilter::~AuditLogFilter() = default;

void AuditLogFilter::setUser(const QString &user)
{
    m_user = user.trimmed();
    invalidateFilter();
}

void AuditLogFilter::setOperation(const QString &operation)
{
    m_operation = operation;
    invalidateFilter();
}

void AuditLogFilter::setSince(const QDateTime &since)
{
    m_since = since;
    invalidateFilter();
}

QList<cognito::AuditRecord> AuditLogFilter::shownRecords() const
{
    QList<cognito::AuditRecord> shown;
    const auto *source = qobject_cast<const AuditLogModel *>(sourceModel());
    if (!source)
        return shown;
    for (int row = 0; row < rowCount(); ++row)
        shown.append(source->record(mapToSource(index(row, 0)).row()));
    return shown;
}

bool AuditLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *source = qobject_cast<const AuditLogModel *>(sourceModel());
    if (!source || sourceParent.isValid())
        return false;
    const cognito::AuditRecord &record = source->record(sourceRow);
    if (!m_user.isEmpty() && !record.sent.target.value(QLatin1String("Username"))
                                  .toString()
                                  .contains(m_user, Qt::CaseInsensitive))
        return false;
    if (!m_operation.isEmpty() && record.sent.operation != m_operation)
        return false;
    return !m_since.isValid() || record.sent.time >= m_since;
}

} // namespace cdesk::models
