#include "listings.h"

#include "cognito/identityprovider.h"
#include "cognito/paging.h"
#include "cognito/types.h"
#include "models/roles.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>

namespace cdesk::models {

namespace {

QVariant text(const QJsonObject &item, const char *field)
{
    return item.value(QLatin1String(field)).toString();
}

QVariant dateText(const QJsonObject &item, const char *field)
{
    const QDateTime date = cognito::dateFromJson(item.value(QLatin1String(field)));
    return date.isValid() ? QLocale().toString(date.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

QVariant dateKey(const QJsonObject &item, const char *field)
{
    return cognito::dateFromJson(item.value(QLatin1String(field)));
}

QVariant number(const QJsonObject &item, const char *field)
{
    const QJsonValue value = item.value(QLatin1String(field));
    return value.isDouble() ? QVariant(value.toInteger()) : QVariant();
}

} // namespace

QString userAttribute(const QJsonObject &user, const QString &name)
{
    QJsonArray attributes = user.value(QLatin1String("Attributes")).toArray();
    if (attributes.isEmpty())
        attributes = user.value(QLatin1String("UserAttributes")).toArray();
    for (const QJsonValue &attribute : std::as_const(attributes)) {
        const QJsonObject object = attribute.toObject();
        if (object.value(QLatin1String("Name")).toString() == name)
            return object.value(QLatin1String("Value")).toString();
    }
    return {};
}

PagedListModel *createPoolsModel(QObject *parent)
{
    return new PagedListModel(
        {
            {QT_TRANSLATE_NOOP("cdesk::models", "Name"),
             [](auto &i) {
                 return text(i, "Name");
             }},
            {QT_TRANSLATE_NOOP("cdesk::models", "Pool ID"),
             [](auto &i) {
                 return text(i, "Id");
             }},
            {QT_TRANSLATE_NOOP("cdesk::models", "Created"),
             [](auto &i) { return dateText(i, "CreationDate"); },
             [](auto &i) {
                 return dateKey(i, "CreationDate");
             }},
            {QT_TRANSLATE_NOOP("cdesk::models", "Modified"),
             [](auto &i) { return dateText(i, "LastModifiedDate"); },
             [](auto &i) {
                 return dateKey(i, "LastModifiedDate");
             }},
        },
        QStringLiteral("Id"), parent);
}

PagedListModel *createUsersModel(QObject *parent)
{
    return new PagedListModel(
        {
            {QT_TRANSLATE_NOOP("cdesk::models", "Username"),
             [](auto &i) {
                 return text(i, "Username");
             }},
            {QT_TRANSLATE_NOOP("cdesk::models", "Email"),
             [](auto &i) {
                 return QVariant(userAttribute(i, QStringLiteral("email")));
             }},
            {QT_TRANSLATE_NOOP("cdesk::models", "Status"),
             [](auto &i) {
                 return text(i, "UserStatus");
             }},
            {QT_TRANSLATE_NOOP("cdesk::models", "Enabled"),
             [](auto &i) {
                 return QVariant(i.value(QLatin1String("Enabled")).toBool(true)
                                     ? QCoreApplication::translate("cdesk::models", "Yes")
                                     : QCoreApplication::translate("cdesk::models", "No"));
             },
             [](auto &i) {
                 return QVariant(i.value(QLatin1String("Enabled")).toBool(true));
             }},
            {QT_TRANSLATE_NOOP("cdesk::models", "Created"),
             [](auto &i) { return dateText(i, "UserCreateDate"); },
             [](auto &i) {
                 return dateKey(i, "UserCreateDate");
             }},
            {QT_TRANSLATE_NOOP("cdesk::models", "Modified"),
             [](auto &i) { return dateText(i, "UserLastModifiedDate"); },
             [](auto &i) {
                 return dateKey(i, "UserLastModifiedDate");
             }},
        },
        QStringLiteral("Username"), parent);
}

PagedListModel *createGroupsModel(QObject *parent)
{
    return new PagedListModel(
        {
            {QT_TRANSLATE_NOOP("cdesk::models", "Name"),
             [](auto &i) {
                 return text(i, "GroupName");
             }},
            {QT_TRANSLATE_NOOP("cdesk::models", "Description"),
             [](auto &i) {
                 return text(i, "Description");
             }},
            {QT_TRANSLATE_NOOP("cdesk::models", "Precedence"),
             [](auto &i) {
                 return number(i, "Precedence");
             }},
            {QT_TRANSLATE_NOOP("cdesk::models", "Created"),
             [](auto &i) { return dateText(i, "CreationDate"); },
             [](auto &i) {
                 return dateKey(i, "CreationDate");
             }},
        },
        QStringLiteral("GroupName"), parent);
}

PagedListModel *createClientsModel(QObject *parent)
{
    return new PagedListModel(
        {
            {QT_TRANSLATE_NOOP("cdesk::models", "Name"),
             [](auto &i) {
                 return text(i, "ClientName");
             }},
            {QT_TRANSLATE_NOOP("cdesk::models", "Client ID"),
             [](auto &i) {
                 return text(i, "ClientId");
             }},
        },
        QStringLiteral("ClientId"), parent);
}

PagedListModel *createImportJobsModel(QObject *parent)
{
    return new PagedListModel(
        {
            {QT_TRANSLATE_NOOP("cdesk::models", "Name"),
             [](auto &i) {
                 return text(i, "JobName");
             }},
            {QT_TRANSLATE_NOOP("cdesk::models", "Job ID"),
             [](auto &i) {
                 return text(i, "JobId");
             }},
            {QT_TRANSLATE_NOOP("cdesk::models", "Status"),
             [](auto &i) {
                 return text(i, "Status");
             }},
            {QT_TRANSLATE_NOOP("cdesk::models", "Imported"),
             [](auto &i) {
                 return number(i, "ImportedUsers");
             }},
            {QT_TRANSLATE_NOOP("cdesk::models", "Skipped"),
             [](auto &i) {
                 return number(i, "SkippedUsers");
             }},
            {QT_TRANSLATE_NOOP("cdesk::models", "Failed"),
             [](auto &i) {
                 return number(i, "FailedUsers");
             }},
            {QT_TRANSLATE_NOOP("cdesk::models", "Created"),
             [](auto &i) { return dateText(i, "CreationDate"); },
             [](auto &i) {
                 return dateKey(i, "CreationDate");
             }},
        },
        QStringLiteral("JobId"), parent);
}

namespace {

// The core's paging table, with pages as large as the operation allows.
ListingOperation listing(const cognito::Paging &keys)
{
    return {QString::fromLatin1(keys.operation), QString::fromLatin1(keys.itemsKey),
            QString::fromLatin1(keys.tokenKey), QString::fromLatin1(keys.pageSizeKey),
            keys.maxPageSize};
}

} // namespace

ListingOperation listUserPools()
{
    return listing(cognito::paging::listUserPools);
}

ListingOperation listUsers()
{
    return listing(cognito::paging::listUsers);
}

ListingOperation listGroups()
{
    return listing(cognito::paging::listGroups);
}

ListingOperation listUsersInGroup()
{
    return listing(cognito::paging::listUsersInGroup);
}

ListingOperation listUserPoolClients()
{
    return listing(cognito::paging::listUserPoolClients);
}

ListingOperation listUserImportJobs()
{
    return listing(cognito::paging::listUserImportJobs);
}

ListingOperation listGroupsForUser()
{
    return listing(cognito::paging::adminListGroupsForUser);
}

PagedListModel::Fetcher makeFetcher(cognito::IdentityProvider *provider,
                                    const ListingOperation &listing, QJsonObject request)
{
    QPointer<cognito::IdentityProvider> guarded(provider);
    return [guarded, listing, request](const QString &token) -> QFuture<aws::Result<JsonPage>> {
        if (!guarded) {
            aws::AwsError error;
            error.kind = aws::ErrorKind::Canceled;
            error.type = QStringLiteral("Disconnected");
            error.message =
                QCoreApplication::translate("cdesk::models", "The connection was closed.");
            return QtFuture::makeReadyFuture(aws::Result<JsonPage>(error));
        }
        QJsonObject payload = request;
        payload.insert(listing.pageSizeKey, listing.pageSize);
        if (!token.isEmpty())
            payload.insert(listing.tokenKey, token);
        return guarded->call(listing.operation, payload)
            .then([listing](const aws::Result<QJsonObject> &result) -> aws::Result<JsonPage> {
                if (!result)
                    return result.forwardError<JsonPage>();
                JsonPage page;
                page.items = result.value().value(listing.itemsKey).toArray();
                page.nextToken = result.value().value(listing.tokenKey).toString();
                return page;
            });
    };
}

} // namespace cdesk::models
