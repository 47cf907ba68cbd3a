#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cdesk::cognito {

// Cognito answers times as epoch seconds, fractional on AWS and whole on cognito-local.
QDateTime dateFromJson(const QJsonValue &value);

// Each typed value keeps the JSON it was read from, so that the CLI prints exactly
// what the service said and no field is lost on the way through.
struct UserPoolDescription
{
    QString id;
    QString name;
    QDateTime creationDate;
    QDateTime lastModifiedDate;
    QJsonObject json;

    static UserPoolDescription fromJson(const QJsonObject &object);
};

// One page of a listing, with the token for the next one (empty at the end).
template <typename T>
struct Page
{
    QList<T> items;
    QString nextToken;
};

} // namespace cdesk::cognito
