#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace cdesk::cognito {

// Cognito answers times as epoch seconds, fractional on AWS and whole on cognito-local.
QDateTime dateFromJson(const QJsonValue &value);

// Each typed value keeps the JSON it was read from, so that the CLI prints exactly
// what the service said and no field is lost on the way through.

struct Attribute
{
    QString name;
    QString value;

    friend bool operator==(const Attribute &, const Attribute &) = default;
};

// [{"Name": ..., "Value": ...}], the shape of every attribute list on the wire.
QJsonArray attributesToJson(const QList<Attribute> &attributes);
QList<Attribute> attributesFromJson(const QJsonArray &array);
// "NAME=VALUE"; nothing when there is no '=' or no name.
std::optional<Attribute> parseAttribute(const QString &text);

struct UserPoolDescription
{
    QString id;
    QString name;
    QDateTime creationDate;
    QDateTime lastModifiedDate;
    QJsonObject json;

    static UserPoolDescription fromJson(const QJsonObject &object);
};

// How a pool sends email (EmailConfiguration): Cognito's own mailer (COGNITO_DEFAULT) or
// Amazon SES in the account (DEVELOPER), which needs `sourceArn`, the ARN of a verified SES
// identity (arn:aws:ses:REGION:ACCOUNT:identity/ADDRESS-OR-DOMAIN).
enum class EmailSendingAccount
{
    CognitoDefault,
    Developer,
};

struct EmailConfiguration
{
    EmailSendingAccount sendingAccount = EmailSendingAccount::CognitoDefault;
    QString sourceArn; // with COGNITO_DEFAULT, only the From address of Cognito's mailer
    QString replyToEmailAddress;
    QString from;             // "Name <address>"; DEVELOPER only
    QString configurationSet; // SES configuration set; DEVELOPER only

    QJsonObject toJson() const;
    static EmailConfiguration fromJson(const QJsonObject &object);
    friend bool operator==(const EmailConfiguration &, const EmailConfiguration &) = default;
};

// Whether `arn` has the shape of an SES identity ARN; the service checks that the identity
// exists and is verified.
bool isSesIdentityArn(const QString &arn);

// DescribeUserPool's UserPool.
struct UserPool
{
    QString id;
    QString name;
    QString arn;
    QStringList usernameAttributes;
    QStringList autoVerifiedAttributes;
    int estimatedNumberOfUsers = 0;
    QDateTime creationDate;
    QString domain;       // the hosted UI's prefix domain, if any
    QString customDomain; // the hosted UI's custom domain, if any
    EmailConfiguration emailConfiguration;
    QJsonObject json;

    static UserPool fromJson(const QJsonObject &object);
    // Where the pool's hosted UI is served on AWS: https://CUSTOM-DOMAIN, else
    // https://PREFIX.auth.REGION.amazoncognito.com; empty when the pool has no domain.
    QUrl hostedUiUrl(const QString &region) const;
};

// What CreateUserPool is asked for; `extra` carries any other request field as is.
struct CreateUserPoolRequest
{
    QString name;
    QStringList usernameAttributes;     // email, phone_number
    QStringList autoVerifiedAttributes; // email, phone_number
    bool adminCreateUserOnly = false;
    QString emailSourceArn; // SES identity; empty: Cognito's own mailer
    QString replyTo;
    QString emailFrom; // SES only
    // Unset: DEVELOPER (SES) when emailSourceArn is set, else COGNITO_DEFAULT.
    std::optional<EmailSendingAccount> emailSendingAccount;
    QJsonObject extra; // written over the rest (an EmailConfiguration here replaces the above)

    // The EmailConfiguration the fields above ask for; nothing when they are all unset.
    std::optional<EmailConfiguration> emailConfiguration() const;
    QJsonObject toJson() const;
};

// What an UpdateUserPool changes; an unset field keeps the pool's current value.
struct UserPoolChanges
{
    std::optional<EmailConfiguration> emailConfiguration;
    std::optional<QStringList> autoVerifiedAttributes;
    std::optional<bool> adminCreateUserOnly;
    std::optional<bool> deletionProtection;
    std::optional<QString> mfaConfiguration; // OFF, ON, OPTIONAL
    // Policies.PasswordPolicy whole (MinimumLength, Require*, TemporaryPasswordValidityDays,
    // ...), in place of the pool's; the pool's other policies stay.
    std::optional<QJsonObject> passwordPolicy;
    QJsonObject extra; // any other UpdateUserPool field, written over the rest
};

// The UpdateUserPool request for a pool as DescribeUserPool described it, with `changes`
// made. The service resets every setting an update leaves out, so the request carries each
// updatable setting of the pool (Policies, DeletionProtection, LambdaConfig,
// AutoVerifiedAttributes, the verification and authentication messages,
// VerificationMessageTemplate, UserAttributeUpdateSettings, MfaConfiguration,
// DeviceConfiguration, EmailConfiguration, SmsConfiguration, UserPoolTags,
// AdminCreateUserConfig, UserPoolAddOns, AccountRecoverySetting, UserPoolTier), never only
// the changed ones; what cannot be updated (UsernameAttributes, the schema, ...) stays out.
QJsonObject userPoolUpdateRequest(const UserPool &pool, const UserPoolChanges &changes);

// --- hosted-UI domains (CreateUserPoolDomain, DescribeUserPoolDomain, DeleteUserPoolDomain)

// A custom domain is a full host name (auth.example.com); a Cognito prefix domain has no dot.
bool isCustomDomain(const QString &domain);
// The host a domain serves the hosted UI on: a custom domain as is, a prefix as
// PREFIX.auth.REGION.amazoncognito.com.
QString domainHostName(const QString &domain, const QString &region);

// DescribeUserPoolDomain's DomainDescription. The service answers a domain that nobody
// has with an empty description, not an error: exists() tells them apart.
struct DomainDescription
{
    QString domain;
    QString userPoolId;
    QString status; // CREATING, DELETING, UPDATING, ACTIVE, FAILED
    QString cloudFrontDistribution;
    QString certificateArn; // CustomDomainConfig.CertificateArn: custom domains only
    QJsonObject json;

    bool exists() const { return !domain.isEmpty(); }
    bool isActive() const { return status == QLatin1String("ACTIVE"); }
    static DomainDescription fromJson(const QJsonObject &object);
};

// CreateUserPoolDomain's answer: for a custom domain, the CloudFront host its DNS alias
// must point at.
struct CreatedDomain
{
    QString cloudFrontDomain;
    QJsonObject json;

    static CreatedDomain fromJson(const QJsonObject &object);
};

struct UserPoolClientDescription
{
    QString clientId;
    QString clientName;
    QString userPoolId;
    QJsonObject json;

    static UserPoolClientDescription fromJson(const QJsonObject &object);
};

// DescribeUserPoolClient's UserPoolClient.
struct UserPoolClient
{
    QString clientId;
    QString clientName;
    QString userPoolId;
    QString clientSecret; // empty for a public client
    QStringList explicitAuthFlows;
    QStringList callbackUrls;
    QStringList logoutUrls;
    QStringList allowedOAuthFlows;
    QStringList allowedOAuthScopes;
    QStringList supportedIdentityProviders;
    bool allowedOAuthFlowsUserPoolClient = false;
    QJsonObject json;

    static UserPoolClient fromJson(const QJsonObject &object);
    // The whole configuration as an UpdateUserPoolClient request: the service resets
    // every field an update leaves out, so an update always sends them all back.
    QJsonObject toUpdateRequest() const;
};

struct CreateUserPoolClientRequest
{
    QString clientName;
    bool generateSecret = false;
    QStringList explicitAuthFlows; // empty: the service's default (SRP, refresh, custom)
    QStringList callbackUrls;
    QStringList logoutUrls;
    QStringList allowedOAuthFlows; // code, implicit, client_credentials
    QStringList allowedOAuthScopes;
    QStringList supportedIdentityProviders;
    QJsonObject extra;

    QJsonObject toJson(const QString &userPoolId) const;
};

// ListUsers' UserType and AdminGetUser's answer, which spells the attributes
// UserAttributes and the dates UserCreateDate/UserLastModifiedDate alike.
struct User
{
    QString username;
    QString status; // UNCONFIRMED, CONFIRMED, FORCE_CHANGE_PASSWORD, RESET_REQUIRED, ...
    bool enabled = true;
    QDateTime created;
    QDateTime lastModified;
    QList<Attribute> attributes;
    QJsonObject json;

    QString attribute(const QString &name) const;
    static User fromJson(const QJsonObject &object);
};

enum class MessageAction
{
    Default,  // send the invitation
    Suppress, // send nothing
    Resend,   // send the invitation again to an existing user, with a new temporary password
};

struct CreateUserRequest
{
    QString username;
    QString temporaryPassword; // empty: the service generates one
    QList<Attribute> attributes;
    MessageAction messageAction = MessageAction::Default;
    QStringList desiredDeliveryMediums; // EMAIL, SMS
    bool forceAliasCreation = false;

    QJsonObject toJson(const QString &userPoolId) const;
};

struct Group
{
    QString name;
    QString userPoolId;
    QString description;
    std::optional<int> precedence;
    QString roleArn;
    QDateTime creationDate;
    QJsonObject json;

    static Group fromJson(const QJsonObject &object);
};

struct CreateGroupRequest
{
    QString name;
    QString description;
    std::optional<int> precedence;
    QString roleArn;

    QJsonObject toJson(const QString &userPoolId) const;
};

struct SignUpResult
{
    bool userConfirmed = false;
    QString userSub;
    QJsonObject json;

    static SignUpResult fromJson(const QJsonObject &object);
};

struct AuthenticationResult
{
    QString accessToken;
    QString idToken;
    QString refreshToken; // absent on a refresh
    QString tokenType;
    int expiresIn = 0;

    static AuthenticationResult fromJson(const QJsonObject &object);
};

// InitiateAuth's and RespondToAuthChallenge's answer: tokens or the next challenge.
struct AuthResponse
{
    std::optional<AuthenticationResult> result;
    QString challengeName; // NEW_PASSWORD_REQUIRED, PASSWORD_VERIFIER, SOFTWARE_TOKEN_MFA, ...
    QString session;
    QJsonObject challengeParameters;
    QJsonObject json;

    bool isChallenge() const { return !challengeName.isEmpty(); }
    // USER_ID_FOR_SRP: the internal username that SECRET_HASH must use from here on.
    QString challengeUsername() const;
    static AuthResponse fromJson(const QJsonObject &object);
};

struct UserImportJob
{
    QString jobId;
    QString jobName;
    QString userPoolId;
    QString preSignedUrl;
    QString status; // Created, Pending, InProgress, Stopping, Expired, Stopped, Failed, Succeeded
    QString cloudWatchLogsRoleArn;
    qint64 importedUsers = 0;
    qint64 skippedUsers = 0;
    qint64 failedUsers = 0;
    QString completionMessage;
    QJsonObject json;

    bool isFinished() const;
    static UserImportJob fromJson(const QJsonObject &object);
};

// One page of a listing, with the token for the next one (empty at the end) and the
// whole response as the service sent it.
template <typename T>
struct Page
{
    QList<T> items;
    QString nextToken;
    QJsonObject json;
};

} // namespace cdesk::cognito
