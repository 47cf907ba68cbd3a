#include "passwordgenerator.h"

#include <QObject>
#include <QRandomGenerator>

#include <algorithm>

namespace cdesk::cognito {

namespace {

const QString &upper()
{
    static const QString value = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    return value;
}

const QString &lower()
{
    static const QString value = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    return value;
}

const QString &digits()
{
    static const QString value = QStringLiteral("0123456789");
    return value;
}

QChar pick(const QString &alphabet, QRandomGenerator *random)
{
    return alphabet.at(
        static_cast<qsizetype>(random->bounded(static_cast<quint32>(alphabet.size()))));
}

bool containsAny(const QString &password, const QString &alphabet)
{
    return std::any_of(password.cbegin(), password.cend(),
                       [&alphabet](QChar c) { return alphabet.contains(c); });
}

} // namespace

PasswordPolicy PasswordPolicy::fromJson(const QJsonObject &object)
{
    PasswordPolicy policy;
    policy.minimumLength = object.value(QLatin1String("MinimumLength")).toInt(policy.minimumLength);
    policy.requireUppercase =
        object.value(QLatin1String("RequireUppercase")).toBool(policy.requireUppercase);
    policy.requireLowercase =
        object.value(QLatin1String("RequireLowercase")).toBool(policy.requireLowercase);
    policy.requireNumbers =
        object.value(QLatin1String("RequireNumbers")).toBool(policy.requireNumbers);
    policy.requireSymbols =
        object.value(QLatin1String("RequireSymbols")).toBool(policy.requireSymbols);
    policy.temporaryPasswordValidityDays =
        object.value(QLatin1String("TemporaryPasswordValidityDays"))
            .toInt(policy.temporaryPasswordValidityDays);
    return policy;
}

PasswordPolicy PasswordPolicy::fromUserPoolJson(const QJsonObject &userPool)
{
    return fromJson(userPool.value(QLatin1String("Policies"))
                        .toObject()
                        .value(QLatin1String("PasswordPolicy"))
                        .toObject());
}

QString passwordSymbols()
{
    return QStringLiteral(R"(^$*.[]{}()?"!@#%&/\,><':;|_~`=+-)");
}

QStringList passwordPolicyViolations(const PasswordPolicy &policy, const QString &password)
{
    QStringList out;
    if (password.size() < policy.minimumLength)
        out << QObject::tr("The password must have at least %n character(s).", nullptr,
                           policy.minimumLength);
    if (policy.requireLowercase && !containsAny(password, lower()))
        out << QObject::tr("The password must contain a lowercase letter.");
    if (policy.requireUppercase && !containsAny(password, upper()))
        out << QObject::tr("The password must contain an uppercase letter.");
    if (policy.requireNumbers && !containsAny(password, digits()))
        out << QObject::tr("The password must contain a number.");
    if (policy.requireSymbols && !containsAny(password, passwordSymbols()))
        out << QObject::tr("The password must contain a special character.");
    return out;
}

QString generatePassword(const PasswordPolicy &policy, int minimumGeneratedLength)
{
    QRandomGenerator *random = QRandomGenerator::system();
    // Every class is drawn from even when the policy does not require it: more entropy per
    // character, and a pool whose policy is tightened later still accepts the password.
    const QString all = upper() + lower() + digits() + passwordSymbols();
    const int length = std::max({policy.minimumLength, minimumGeneratedLength, 4});

    QString password;
    password.reserve(length);
    if (policy.requireUppercase)
        password += pick(upper(), random);
    if (policy.requireLowercase)
        password += pick(lower(), random);
    if (policy.requireNumbers)
        password += pick(digits(), random);
    if (policy.requireSymbols)
        password += pick(passwordSymbols(), random);
    while (password.size() < length)
        password += pick(all, random);

    // Fisher-Yates, so the required characters are not always in front.
    for (qsizetype i = password.size() - 1; i > 0; --i) {
        const auto j = static_cast<qsizetype>(random->bounded(static_cast<quint32>(i + 1)));
        std::swap(password[i], password[j]);
    }
    return password;
}

} // namespace cdesk::cognito
