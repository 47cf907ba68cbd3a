#pragma once

#include "aws/awsjsonclient.h"
#include "aws/result.h"
#include "cognito/auditlog.h"
#include "cognito/secrethash.h"
#include "cognito/types.h"

#include <QFuture>
#include <QLoggingCategory>
#include <QObject>
#include <QPromise>

#include <functional>
#include <memory>
#include <optional>

namespace cdesk::cognito {

// "cdesk.cognito": what a create came to after an answer that left its outcome unknown.
Q_DECLARE_LOGGING_CATEGORY(lcCognito)

// What the check after a create with a lost answer found.
enum class CreateCheck
{
    Created,  // the object is there as sent: the create was done, and counts as success
    Conflict, // an object of that name is there but differs: error "CreateConflict"
    Absent,   // nothing is there: the create was sent again
};

// ListUsers' query; the filter stays the same across the pages of one listing.
struct ListUsersQuery
{
    QString filter; // see UserFilter
    int limit = 60; // 1-60
    QStringList attributesToGet;
};

enum class AdminAuthFlow
{
    UserPassword, // ADMIN_USER_PASSWORD_AUTH
    NoSrp,        // ADMIN_NO_SRP_AUTH (the older name of the same flow)
};

// Sends `operation` through `client` and, when it is a write (AuditLog::isAuditedOperation),
// appends its Sending and Done lines to `log` (none when null): the one path of every Cognito
// call, user pools (IdentityProvider::call) and identity pools (IdentityPools) alike.
QFuture<aws::Result<QJsonObject>>
auditedCall(aws::AwsJsonClient *client, const std::shared_ptr<AuditLog> &log,
            const QString &profile, const QString &operation, const QJsonObject &payload,
            aws::CallOptions options = {}, const QJsonObject &known = {});
// Which link of the credential chain `client` signs with (for the audit log).
QString credentialSourceOf(aws::AwsJsonClient *client);

// One method per Cognito user-pool operation. Public operations go unsigned,
// everything else SigV4-signed, as the service requires. Operations whose answer is
// empty return aws::Empty; the others a typed value that keeps the service's JSON.
class IdentityProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityProvider)

public:
    template <typename T>
    using Future = QFuture<aws::Result<T>>;

    explicit IdentityProvider(aws::AwsJsonClient *client, QObject *parent = nullptr);

    aws::AwsJsonClient *client() const { return m_client; }

    // Operations the service accepts without a signature.
    static bool isPublicOperation(const QString &operation);

    // Every write (AuditLog::isAuditedOperation) is recorded in `log` before it is sent and
    // when it is done, under the profile's name. Connection::open sets the standard log.
    void setAuditLog(std::shared_ptr<AuditLog> log, const QString &profile);
    AuditLog *auditLog() const { return m_audit.get(); }

    // The raw call, for operations without a typed wrapper and for the CLI's JSON output.
    // Every operation, typed or not, passes through here: it is where writes are audited.
    // `known` is the target as the caller already has it (a listed user, a described pool),
    // for the audit log's values before the change (AuditLog::beforeValues); public
    // operations go unsigned whatever `options` says.
    Future<QJsonObject> call(const QString &operation, const QJsonObject &payload,
                             aws::CallOptions options = {}, const QJsonObject &known = {});

    // --- user pools
    // ListUserPools; maxResults must be 1-60.
    Future<Page<UserPoolDescription>> listUserPools(int maxResults, const QString &nextToken = {});
    Future<UserPool> describeUserPool(const QString &userPoolId);
    Future<UserPool> createUserPool(const CreateUserPoolRequest &request);
    // Sends the whole configuration (userPoolUpdateRequest): pass a freshly described pool
    // and what to change; every other setting goes back as the description has it.
    Future<aws::Empty> updateUserPool(const UserPool &pool, const UserPoolChanges &changes);
    Future<aws::Empty> deleteUserPool(const QString &userPoolId);

    // --- hosted-UI domains (one per pool; a new one is CREATING until it turns ACTIVE)
    // A prefix domain (PREFIX.auth.REGION.amazoncognito.com); with `certificateArn`, an ACM
    // certificate in us-east-1, a custom domain (auth.example.com).
    Future<CreatedDomain> createUserPoolDomain(const QString &userPoolId, const QString &domain,
                                               const QString &certificateArn = {});
    // An unknown domain is no error: its description is empty (DomainDescription::exists()).
    Future<DomainDescription> describeUserPoolDomain(const QString &domain);
    Future<aws::Empty> deleteUserPoolDomain(const QString &userPoolId, const QString &domain);

    // --- app clients
    Future<Page<UserPoolClientDescription>>
    listUserPoolClients(const QString &userPoolId, int maxResults, const QString &nextToken = {});
    Future<UserPoolClient> describeUserPoolClient(const QString &userPoolId,
                                                  const QString &clientId);
    Future<UserPoolClient> createUserPoolClient(const QString &userPoolId,
                                                const CreateUserPoolClientRequest &request);
    // Sends the whole configuration (UserPoolClient::toUpdateRequest): change a described
    // client and pass it back, never a partial one.
    Future<UserPoolClient> updateUserPoolClient(const UserPoolClient &client);
    Future<aws::Empty> deleteUserPoolClient(const QString &userPoolId, const QString &clientId);

    // --- sign-up
    Future<SignUpResult> signUp(const AppClient &client, const QString &username,
                                const QString &password, const QList<Attribute> &attributes = {});
    Future<aws::Empty> confirmSignUp(const AppClient &client, const QString &username,
                                     const QString &code);
    // The answer's CodeDeliveryDetails.
    Future<QJsonObject> resendConfirmationCode(const AppClient &client, const QString &username);
    Future<aws::Empty> adminConfirmSignUp(const QString &userPoolId, const QString &username);

    // --- users
    Future<User> adminCreateUser(const QString &userPoolId, const CreateUserRequest &request);
    Future<User> adminGetUser(const QString &userPoolId, const QString &username);
    Future<Page<User>> listUsers(const QString &userPoolId, const ListUsersQuery &query,
                                 const QString &paginationToken = {});
    Future<aws::Empty> adminSetUserPassword(const QString &userPoolId, const QString &username,
                                            const QString &password, bool permanent);
    // `known` (here and in the attribute writes): the user as the caller has it (its ListUsers
    // row or AdminGetUser answer), for the audit log's values before; empty when it has none.
    Future<aws::Empty> adminEnableUser(const QString &userPoolId, const QString &username,
                                       const QJsonObject &known);
    Future<aws::Empty> adminEnableUser(const QString &userPoolId, const QString &username)
    {
        return adminEnableUser(userPoolId, username, {});
    }
    Future<aws::Empty> adminDisableUser(const QString &userPoolId, const QString &username,
                                        const QJsonObject &known);
    Future<aws::Empty> adminDisableUser(const QString &userPoolId, const QString &username)
    {
        return adminDisableUser(userPoolId, username, {});
    }
    Future<aws::Empty> adminDeleteUser(const QString &userPoolId, const QString &username);
    Future<aws::Empty> adminUpdateUserAttributes(const QString &userPoolId, const QString &username,
                                                 const QList<Attribute> &attributes,
                                                 const QJsonObject &known = {});
    Future<aws::Empty> adminDeleteUserAttributes(const QString &userPoolId, const QString &username,
                                                 const QStringList &attributeNames,
                                                 const QJsonObject &known = {});
    Future<aws::Empty> adminResetUserPassword(const QString &userPoolId, const QString &username);
    Future<aws::Empty> adminUserGlobalSignOut(const QString &userPoolId, const QString &username);
    // AdminSetUserMFAPreference: each factor set as given (enabled, and preferred when
    // enabled); nullopt leaves that factor out of the request, as the API does.
    Future<aws::Empty> adminSetUserMfaPreference(const QString &userPoolId, const QString &username,
                                                 std::optional<bool> smsEnabled,
                                                 std::optional<bool> softwareTokenEnabled);
    // The answers as the service sends them: {"Devices", "PaginationToken"} and
    // {"AuthEvents", "NextToken"}. AdminListUserAuthEvents fails with
    // UserPoolAddOnNotEnabledException where the pool has no advanced security.
    Future<QJsonObject> adminListDevices(const QString &userPoolId, const QString &username,
                                         int limit = 60, const QString &paginationToken = {});
    Future<aws::Empty> adminForgetDevice(const QString &userPoolId, const QString &username,
                                         const QString &deviceKey);
    Future<QJsonObject> adminListUserAuthEvents(const QString &userPoolId, const QString &username,
                                                int maxResults = 60, const QString &nextToken = {});

    // --- groups
    Future<Group> createGroup(const QString &userPoolId, const CreateGroupRequest &request);
    Future<Group> getGroup(const QString &userPoolId, const QString &groupName);
    Future<Page<Group>> listGroups(const QString &userPoolId, int limit = 60,
                                   const QString &nextToken = {});
    Future<aws::Empty> deleteGroup(const QString &userPoolId, const QString &groupName);
    Future<aws::Empty> adminAddUserToGroup(const QString &userPoolId, const QString &username,
                                           const QString &groupName);
    Future<aws::Empty> adminRemoveUserFromGroup(const QString &userPoolId, const QString &username,
                                                const QString &groupName);
    Future<Page<User>> listUsersInGroup(const QString &userPoolId, const QString &groupName,
                                        int limit = 60, const QString &nextToken = {});
    Future<Page<Group>> adminListGroupsForUser(const QString &userPoolId, const QString &username,
                                               int limit = 60, const QString &nextToken = {});

    // --- authentication. `usernameForHash` feeds SECRET_HASH when the client has a secret.
    Future<AuthResponse> initiateAuth(const AppClient &client, const QString &authFlow,
                                      QJsonObject authParameters, const QString &usernameForHash);
    Future<AuthResponse> initiateUserPasswordAuth(const AppClient &client, const QString &username,
                                                  const QString &password);
    // REFRESH_TOKEN_AUTH; `username` is the internal one (the token's sub in email pools).
    Future<AuthResponse> initiateRefreshTokenAuth(const AppClient &client, const QString &username,
                                                  const QString &refreshToken);
    // USER_SRP_AUTH's first step; `srpA` is A in hex. Answers PASSWORD_VERIFIER.
    Future<AuthResponse> initiateSrpAuth(const AppClient &client, const QString &username,
                                         const QString &srpA);
    Future<AuthResponse> adminInitiateAuth(const QString &userPoolId, const AppClient &client,
                                           AdminAuthFlow flow, const QString &username,
                                           const QString &password);

    // RespondToAuthChallenge, or AdminRespondToAuthChallenge when `adminUserPoolId` is set.
    // SECRET_HASH uses `username`, which must be the internal one (USER_ID_FOR_SRP).
    Future<AuthResponse> respondToAuthChallenge(const AppClient &client,
                                                const QString &challengeName,
                                                const QString &session, QJsonObject responses,
                                                const QString &username,
                                                const std::optional<QString> &adminUserPoolId = {});
    // NEW_PASSWORD_REQUIRED; `attributes` are the required ones the challenge asked for,
    // sent as userAttributes.NAME.
    Future<AuthResponse>
    respondToNewPasswordRequired(const AppClient &client, const QString &session,
                                 const QString &username, const QString &newPassword,
                                 const QList<Attribute> &attributes = {},
                                 const std::optional<QString> &adminUserPoolId = {});
    // SOFTWARE_TOKEN_MFA or SMS_MFA.
    Future<AuthResponse> respondToMfa(const AppClient &client, const QString &challengeName,
                                      const QString &session, const QString &username,
                                      const QString &code,
                                      const std::optional<QString> &adminUserPoolId = {});

    // USER_SRP_AUTH from start to end: InitiateAuth with A, then the PASSWORD_VERIFIER
    // answer computed by Srp. The pool id names the pool in the SRP hashes. The answer is
    // the tokens or the next challenge (NEW_PASSWORD_REQUIRED, MFA).
    Future<AuthResponse> loginWithSrp(const QString &userPoolId, const AppClient &client,
                                      const QString &username, const QString &password);

    // --- CSV import
    Future<QStringList> getCsvHeader(const QString &userPoolId);
    Future<UserImportJob> createUserImportJob(const QString &userPoolId, const QString &jobName,
                                              const QString &cloudWatchLogsRoleArn);
    Future<UserImportJob> describeUserImportJob(const QString &userPoolId, const QString &jobId);
    Future<Page<UserImportJob>> listUserImportJobs(const QString &userPoolId, int maxResults = 60,
                                                   const QString &paginationToken = {});
    Future<UserImportJob> startUserImportJob(const QString &userPoolId, const QString &jobId);
    Future<UserImportJob> stopUserImportJob(const QString &userPoolId, const QString &jobId);
    // PUTs the CSV to the job's pre-signed S3 URL with exactly the one header the URL
    // was signed for, x-amz-server-side-encryption: aws:kms.
    Future<aws::Empty> uploadUserImportCsv(const QUrl &preSignedUrl, const QByteArray &csv);

Q_SIGNALS:
    // A create (AdminCreateUser, CreateGroup, CreateUserPoolClient, CreateUserPoolDomain)
    // met a timeout, reset or 5xx after sending; the service was checked and showed `check`
    // for the object `name`. Also logged on cdesk.cognito.
    void createChecked(const QString &operation, const QString &name, CreateCheck check);

private:
    // A create never resent blind: after an error with outcomeUnknown, `lookup` asks the
    // service for the object (nullopt: absent) and `matches` says whether it is what was sent.
    template <typename T>
    struct CreateSpec
    {
        QString operation;
        QString name;
        QJsonObject payload;
        std::function<aws::Result<T>(const QJsonObject &)> parse;
        std::function<Future<std::optional<T>>()> lookup;
        std::function<bool(const T &)> matches;
    };
    template <typename T>
    Future<T> checkedCreate(CreateSpec<T> spec);
    template <typename T>
    void runCreate(std::shared_ptr<const CreateSpec<T>> spec,
                   std::shared_ptr<QPromise<aws::Result<T>>> promise, int resendsLeft);

    // A client named `clientName` created at or after `since`, or nullopt.
    Future<std::optional<UserPoolClient>> findNewClient(const QString &userPoolId,
                                                        const QString &clientName,
                                                        const QDateTime &since,
                                                        const QString &nextToken = {});
    static constexpr int ClientCreationMarginSeconds = 300;

    template <typename T, typename Parse>
    Future<T> invoke(const QString &operation, const QJsonObject &payload, Parse parse,
                     const QJsonObject &known = {});
    Future<aws::Empty> invokeEmpty(const QString &operation, const QJsonObject &payload,
                                   const QJsonObject &known = {});
    Future<AuthResponse> invokeAuth(const QString &operation, const QJsonObject &payload);

    QString credentialSource() const;

    aws::AwsJsonClient *m_client;
    std::shared_ptr<AuditLog> m_audit;
    QString m_auditProfile;
};

} // namespace cdesk::cognito
