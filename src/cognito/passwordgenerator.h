#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cdesk::cognito {

// A pool's Policies.PasswordPolicy as DescribeUserPool answers it. Missing fields take the
// service's defaults (8 characters, every class required).
struct PasswordPolicy
{
    int minimumLength = 8;
    bool requireUppercase = true;
    bool requireLowercase = true;
    bool requireNumbers = true;
    bool requireSymbols = true;
    int temporaryPasswordValidityDays = 7;

    // From a PasswordPolicy object (not the whole pool).
    static PasswordPolicy fromJson(const QJsonObject &object);
    // From DescribeUserPool's UserPool object.
    static PasswordPolicy fromUserPoolJson(const QJsonObject &userPool);
};

// The special characters Cognito counts for RequireSymbols (developer guide, "Password
// requirements"), without the space, which it accepts only inside a password.
QString passwordSymbols();

// What `password` lacks for `policy`, one translated sentence per rule it breaks; empty when
// it conforms. The service has the last word; this lets a form say so before sending.
QStringList passwordPolicyViolations(const PasswordPolicy &policy, const QString &password);

// A password that satisfies `policy`: at least max(minimumLength, minimumGeneratedLength)
// characters, one of each required class, the rest from every class, in random order.
// Uses QRandomGenerator::system() (the operating system's cryptographic source).
QString generatePassword(const PasswordPolicy &policy, int minimumGeneratedLength = 16);

} // namespace cdesk::cognito
