#include "types.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>

namespace cdesk::cognito {

namespace {

QString string(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonObject &object, const char *key)
{
    QStringList list;
    const QJsonArray array = object.value(QLatin1String(key)).toArray();
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

void insertList(QJsonObject &object, const char *key, const QStringList &list)
{
    if (!list.isEmpty())
        object.insert(QLatin1String(key), QJsonArray::fromStringList(list));
}

void insertString(QJsonObject &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

void merge(QJsonObject &object, const QJsonObject &extra)
{
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        object.insert(it.key(), it.value());
}

} // namespace

QDateTime dateFromJson(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    const double seconds = value.toDouble();
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::llround(seconds * 1000.0)),
                                          Qt::UTC);
}

QJsonArray attributesToJson(const QList<Attribute> &attributes)
{
    QJsonArray array;
    for (const Attribute &attribute : attributes)
        array.append(QJsonObject{{QStringLiteral("Name"), attribute.name},
                                 {QStringLiteral("Value"), attribute.value}});
    return array;
}

QList<Attribute> attributesFromJson(const QJsonArray &array)
{
    QList<Attribute> attributes;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        attributes.append({string(object, "Name"), string(object, "Value")});
    }
    return attributes;
}

std::optional<Attribute> parseAttribute(const QString &text)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return std::nullopt;
    return Attribute{text.left(equals), text.mid(equals + 1)};
}

UserPoolDescription UserPoolDescription::fromJson(const QJsonObject &object)
{
    UserPoolDescription pool;
    pool.id = string(object, "Id");
    pool.name = string(object, "Name");
    pool.creationDate = dateFromJson(object.value(QLatin1String("CreationDate")));
    pool.lastModifiedDate = dateFromJson(object.value(QLatin1String("LastModifiedDate")));
    pool.json = object;
    return pool;
}

UserPool UserPool::fromJson(const QJsonObject &object)
{
    UserPool pool;
    pool.id = string(object, "Id");
    pool.name = string(object, "Name");
    pool.arn = string(object, "Arn");
    pool.usernameAttributes = strings(object, "UsernameAttributes");
    pool.autoVerifiedAttributes = strings(object, "AutoVerifiedAttributes");
    pool.estimatedNumberOfUsers = object.value(QLatin1String("EstimatedNumberOfUsers")).toInt();
    pool.creationDate = dateFromJson(object.value(QLatin1String("CreationDate")));
    pool.domain = string(object, "Domain");
    pool.customDomain = string(object, "CustomDomain");
    pool.emailConfiguration =
        EmailConfiguration::fromJson(object.value(QLatin1String("EmailConfiguration")).toObject());
    pool.json = object;
    return pool;
}

QUrl UserPool::hostedUiUrl(const QString &region) const
{
    const QString host = !customDomain.isEmpty() ? customDomain
                         : !domain.isEmpty()     ? domainHostName(domain, region)
                                                 : QString();
    if (host.isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    return url;
}

bool isCustomDomain(const QString &domain)
{
    return domain.contains(QLatin1Char('.'));
}

QString domainHostName(const QString &domain, const QString &region)
{
    if (isCustomDomain(domain))
        return domain;
    return QStringLiteral("%1.auth.%2.amazoncognito.com").arg(domain, region);
}

DomainDescription DomainDescription::fromJson(const QJsonObject &object)
{
    DomainDescription description;
    description.domain = string(object, "Domain");
    description.userPoolId = string(object, "UserPoolId");
    description.status = string(object, "Status");
    description.cloudFrontDistribution = string(object, "CloudFrontDistribution");
    description.certificateArn = object.value(QLatin1String("CustomDomainConfig"))
                                     .toObject()
                                     .value(QLatin1String("CertificateArn"))
                                     .toString();
    description.json = object;
    return description;
}

CreatedDomain CreatedDomain::fromJson(const QJsonObject &object)
{
    return {string(object, "CloudFrontDomain"), object};
}

QJsonObject EmailConfiguration::toJson() const
{
    QJsonObject object{
        {QStringLiteral("EmailSendingAccount"), sendingAccount == EmailSendingAccount::Developer
                                                    ? QStringLiteral("DEVELOPER")
                                                    : QStringLiteral("COGNITO_DEFAULT")}};
    insertString(object, "SourceArn", sourceArn);
    insertString(object, "ReplyToEmailAddress", replyToEmailAddress);
    insertString(object, "From", from);
    insertString(object, "ConfigurationSet", configurationSet);
    return object;
}

EmailConfiguration EmailConfiguration::fromJson(const QJsonObject &object)
{
    EmailConfiguration email;
    if (string(object, "EmailSendingAccount") == QLatin1String("DEVELOPER"))
        email.sendingAccount = EmailSendingAccount::Developer;
    email.sourceArn = string(object, "SourceArn");
    email.replyToEmailAddress = string(object, "ReplyToEmailAddress");
    email.from = string(object, "From");
    email.configurationSet = string(object, "ConfigurationSet");
    return email;
}

bool isSesIdentityArn(const QString &arn)
{
    static const QRegularExpression pattern(
        QStringLiteral("^arn:aws[a-z-]*:ses:[a-z0-9-]+:\\d{12}:identity/[^\\s/]+$"));
    return pattern.match(arn).hasMatch();
}

std::optional<EmailConfiguration> CreateUserPoolRequest::emailConfiguration() const
{
    if (emailSourceArn.isEmpty() && replyTo.isEmpty() && emailFrom.isEmpty() &&
        !emailSendingAccount)
        return std::nullopt;
    EmailConfiguration email;
    email.sendingAccount =
        emailSendingAccount.value_or(emailSourceArn.isEmpty() ? EmailSendingAccount::CognitoDefault
                                                              : EmailSendingAccount::Developer);
    email.sourceArn = emailSourceArn;
    email.replyToEmailAddress = replyTo;
    email.from = emailFrom;
    return email;
}

QJsonObject CreateUserPoolRequest::toJson() const
{
    QJsonObject request{{QStringLiteral("PoolName"), name}};
    insertList(request, "UsernameAttributes", usernameAttributes);
    insertList(request, "AutoVerifiedAttributes", autoVerifiedAttributes);
    if (adminCreateUserOnly)
        request.insert(QStringLiteral("AdminCreateUserConfig"),
                       QJsonObject{{QStringLiteral("AllowAdminCreateUserOnly"), true}});
    if (const auto email = emailConfiguration())
        request.insert(QStringLiteral("EmailConfiguration"), email->toJson());
    merge(request, extra);
    return request;
}

QJsonObject userPoolUpdateRequest(const UserPool &pool, const UserPoolChanges &changes)
{
    // Every setting UpdateUserPool accepts, copied from the description as it is (so that
    // settings this code does not model survive); anything else DescribeUserPool shows is
    // read-only or create-only and would be refused or ignored.
    static const char *const updatable[] = {
        "Policies",
        "DeletionProtection",
        "LambdaConfig",
        "AutoVerifiedAttributes",
        "SmsVerificationMessage",
        "EmailVerificationMessage",
        "EmailVerificationSubject",
        "VerificationMessageTemplate",
        "SmsAuthenticationMessage",
        "UserAttributeUpdateSettings",
        "MfaConfiguration",
        "DeviceConfiguration",
        "EmailConfiguration",
        "SmsConfiguration",
        "UserPoolTags",
        "AdminCreateUserConfig",
        "UserPoolAddOns",
        "AccountRecoverySetting",
        "UserPoolTier",
    };
    QJsonObject request{{QStringLiteral("UserPoolId"), pool.id}};
    for (const char *key : updatable) {
        const QJsonValue value = pool.json.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull())
            request.insert(QLatin1String(key), value);
    }
    // DescribeUserPool shows the deprecated AdminCreateUserConfig.UnusedAccountValidityDays
    // next to PasswordPolicy.TemporaryPasswordValidityDays, and the service refuses an update
    // with both ("Please use TemporaryPasswordValidityDays in PasswordPolicy instead of
    // UnusedAccountValidityDays"): the password policy's value is the one in force.
    QJsonObject adminCreateUser = request.value(QLatin1String("AdminCreateUserConfig")).toObject();
    const QJsonObject passwordPolicy = request.value(QLatin1String("Policies"))
                                           .toObject()
                                           .value(QLatin1String("PasswordPolicy"))
                                           .toObject();
    if (passwordPolicy.contains(QLatin1String("TemporaryPasswordValidityDays")))
        adminCreateUser.remove(QStringLiteral("UnusedAccountValidityDays"));
    if (changes.adminCreateUserOnly)
        adminCreateUser.insert(QStringLiteral("AllowAdminCreateUserOnly"),
                               *changes.adminCreateUserOnly);
    if (!adminCreateUser.isEmpty())
        request.insert(QStringLiteral("AdminCreateUserConfig"), adminCreateUser);

    if (changes.emailConfiguration)
        request.insert(QStringLiteral("EmailConfiguration"), changes.emailConfiguration->toJson());
    if (changes.autoVerifiedAttributes) {
        if (changes.autoVerifiedAttributes->isEmpty())
            request.remove(QStringLiteral("AutoVerifiedAttributes"));
        else
            request.insert(QStringLiteral("AutoVerifiedAttributes"),
                           QJsonArray::fromStringList(*changes.autoVerifiedAttributes));
    }
    if (changes.deletionProtection)
        request.insert(QStringLiteral("DeletionProtection"), *changes.deletionProtection
                                                                 ? QStringLiteral("ACTIVE")
                                                                 : QStringLiteral("INACTIVE"));
    if (changes.mfaConfiguration)
        request.insert(QStringLiteral("MfaConfiguration"), *changes.mfaConfiguration);
    if (changes.passwordPolicy) {
        QJsonObject policies = request.value(QLatin1String("Policies")).toObject();
        policies.insert(QStringLiteral("PasswordPolicy"), *changes.passwordPolicy);
        request.insert(QStringLiteral("Policies"), policies);
    }
    merge(request, changes.extra);
    return request;
}

UserPoolClientDescription UserPoolClientDescription::fromJson(const QJsonObject &object)
{
    return {string(object, "ClientId"), string(object, "ClientName"), string(object, "UserPoolId"),
            object};
}

UserPoolClient UserPoolClient::fromJson(const QJsonObject &object)
{
    UserPoolClient client;
    client.clientId = string(object, "ClientId");
    client.clientName = string(object, "ClientName");
    client.userPoolId = string(object, "UserPoolId");
    client.clientSecret = string(object, "ClientSecret");
    client.explicitAuthFlows = strings(object, "ExplicitAuthFlows");
    client.callbackUrls = strings(object, "CallbackURLs");
    client.logoutUrls = strings(object, "LogoutURLs");
    client.allowedOAuthFlows = strings(object, "AllowedOAuthFlows");
    client.allowedOAuthScopes = strings(object, "AllowedOAuthScopes");
    client.supportedIdentityProviders = strings(object, "SupportedIdentityProviders");
    client.allowedOAuthFlowsUserPoolClient =
        object.value(QLatin1String("AllowedOAuthFlowsUserPoolClient")).toBool();
    client.json = object;
    return client;
}

QJsonObject UserPoolClient::toUpdateRequest() const
{
    // Start from everything the service described (so fields this struct does not model,
    // such as token validity or analytics, survive the update), drop what
    // UpdateUserPoolClient does not accept, then write the modelled fields over it.
    QJsonObject request = json;
    for (const char *readOnly : {"ClientSecret", "CreationDate", "LastModifiedDate"})
        request.remove(QLatin1String(readOnly));
    request.insert(QStringLiteral("UserPoolId"), userPoolId);
    request.insert(QStringLiteral("ClientId"), clientId);
    request.insert(QStringLiteral("ClientName"), clientName);
    const auto put = [&request](const char *key, const QStringList &list) {
        if (list.isEmpty())
            request.remove(QLatin1String(key));
        else
            request.insert(QLatin1String(key), QJsonArray::fromStringList(list));
    };
    put("ExplicitAuthFlows", explicitAuthFlows);
    put("CallbackURLs", callbackUrls);
    put("LogoutURLs", logoutUrls);
    put("AllowedOAuthFlows", allowedOAuthFlows);
    put("AllowedOAuthScopes", allowedOAuthScopes);
    put("SupportedIdentityProviders", supportedIdentityProviders);
    request.insert(QStringLiteral("AllowedOAuthFlowsUserPoolClient"),
                   allowedOAuthFlowsUserPoolClient);
    return request;
}

QJsonObject CreateUserPoolClientRequest::toJson(const QString &userPoolId) const
{
    QJsonObject request{{QStringLiteral("UserPoolId"), userPoolId},
                        {QStringLiteral("ClientName"), clientName}};
    if (generateSecret)
        request.insert(QStringLiteral("GenerateSecret"), true);
    insertList(request, "ExplicitAuthFlows", explicitAuthFlows);
    insertList(request, "CallbackURLs", callbackUrls);
    insertList(request, "LogoutURLs", logoutUrls);
    insertList(request, "AllowedOAuthFlows", allowedOAuthFlows);
    insertList(request, "AllowedOAuthScopes", allowedOAuthScopes);
    insertList(request, "SupportedIdentityProviders", supportedIdentityProviders);
    if (!allowedOAuthFlows.isEmpty())
        request.insert(QStringLiteral("AllowedOAuthFlowsUserPoolClient"), true);
    merge(request, extra);
    return request;
}

QString User::attribute(const QString &name) const
{
    for (const Attribute &attribute : attributes)
        if (attribute.name == name)
            return attribute.value;
    return {};
}

User User::fromJson(const QJsonObject &object)
{
    User user;
    user.username = string(object, "Username");
    user.status = string(object, "UserStatus");
    user.enabled = object.value(QLatin1String("Enabled")).toBool(true);
    user.created = dateFromJson(object.value(QLatin1String("UserCreateDate")));
    user.lastModified = dateFromJson(object.value(QLatin1String("UserLastModifiedDate")));
    const QJsonValue attributes = object.contains(QLatin1String("Attributes"))
                                      ? object.value(QLatin1String("Attributes"))
                                      : object.value(QLatin1String("UserAttributes"));
    user.attributes = attributesFromJson(attributes.toArray());
    user.json = object;
    return user;
}

QJsonObject CreateUserRequest::toJson(const QString &userPoolId) const
{
    QJsonObject request{{QStringLiteral("UserPoolId"), userPoolId},
                        {QStringLiteral("Username"), username}};
    insertString(request, "TemporaryPassword", temporaryPassword);
    if (!attributes.isEmpty())
        request.insert(QStringLiteral("UserAttributes"), attributesToJson(attributes));
    if (messageAction == MessageAction::Suppress)
        request.insert(QStringLiteral("MessageAction"), QStringLiteral("SUPPRESS"));
    else if (messageAction == MessageAction::Resend)
        request.insert(QStringLiteral("MessageAction"), QStringLiteral("RESEND"));
    insertList(request, "DesiredDeliveryMediums", desiredDeliveryMediums);
    if (forceAliasCreation)
        request.insert(QStringLiteral("ForceAliasCreation"), true);
    return request;
}

Group Group::fromJson(const QJsonObject &object)
{
    Group group;
    group.name = string(object, "GroupName");
    group.userPoolId = string(object, "UserPoolId");
    group.description = string(object, "Description");
    if (object.contains(QLatin1String("Precedence")))
        group.precedence = object.value(QLatin1String("Precedence")).toInt();
    group.roleArn = string(object, "RoleArn");
    group.creationDate = dateFromJson(object.value(QLatin1String("CreationDate")));
    group.json = object;
    return group;
}

QJsonObject CreateGroupRequest::toJson(const QString &userPoolId) const
{
    QJsonObject request{{QStringLiteral("UserPoolId"), userPoolId},
                        {QStringLiteral("GroupName"), name}};
    insertString(request, "Description", description);
    if (precedence)
        request.insert(QStringLiteral("Precedence"), *precedence);
    insertString(request, "RoleArn", roleArn);
    return request;
}

SignUpResult SignUpResult::fromJson(const QJsonObject &object)
{
    return {object.value(QLatin1String("UserConfirmed")).toBool(), string(object, "UserSub"),
            object};
}

AuthenticationResult AuthenticationResult::fromJson(const QJsonObject &object)
{
    AuthenticationResult result;
    result.accessToken = string(object, "AccessToken");
    result.idToken = string(object, "IdToken");
    result.refreshToken = string(object, "RefreshToken");
    result.tokenType = string(object, "TokenType");
    result.expiresIn = object.value(QLatin1String("ExpiresIn")).toInt();
    return result;
}

QString AuthResponse::challengeUsername() const
{
    return challengeParameters.value(QLatin1String("USER_ID_FOR_SRP")).toString();
}

AuthResponse AuthResponse::fromJson(const QJsonObject &object)
{
    AuthResponse response;
    if (object.contains(QLatin1String("AuthenticationResult")))
        response.result = AuthenticationResult::fromJson(
            object.value(QLatin1String("AuthenticationResult")).toObject());
    response.challengeName = string(object, "ChallengeName");
    response.session = string(object, "Session");
    response.challengeParameters = object.value(QLatin1String("ChallengeParameters")).toObject();
    response.json = object;
    return response;
}

bool UserImportJob::isFinished() const
{
    return status == QLatin1String("Succeeded") || status == QLatin1String("Failed") ||
           status == QLatin1String("Stopped") || status == QLatin1String("Expired");
}

UserImportJob UserImportJob::fromJson(const QJsonObject &object)
{
    UserImportJob job;
    job.jobId = string(object, "JobId");
    job.jobName = string(object, "JobName");
    job.userPoolId = string(object, "UserPoolId");
    job.preSignedUrl = string(object, "PreSignedUrl");
    job.status = string(object, "Status");
    job.cloudWatchLogsRoleArn = string(object, "CloudWatchLogsRoleArn");
    job.importedUsers = object.value(QLatin1String("ImportedUsers")).toInteger();
    job.skippedUsers = object.value(QLatin1String("SkippedUsers")).toInteger();
    job.failedUsers = object.value(QLatin1String("FailedUsers")).toInteger();
    job.completionMessage = string(object, "CompletionMessage");
    job.json = object;
    return job;
}

} // namespace cdesk::cognito
