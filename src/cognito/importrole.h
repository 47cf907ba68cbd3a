#pragma once

#include "aws/result.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <memory>

namespace cdesk::aws {
class AwsQueryClient;
struct XmlElement;
} // namespace cdesk::aws

namespace cdesk::cognito {

// The role a CSV import job writes its CloudWatch Logs with (CreateUserImportJob's
// CloudWatchLogsRoleArn), as the console's "Create a new IAM role" makes it:
// - role ROLE_NAME, trusted by the service principal cognito-idp.amazonaws.com
//   (sts:AssumeRole);
// - a customer-managed policy ROLE_NAME-CloudWatchLogs-REGION allowing
//   logs:CreateLogGroup, CreateLogStream, DescribeLogStreams and PutLogEvents on
//   arn:PARTITION:logs:REGION:ACCOUNT:log-group:/aws/cognito/*;
// - the policy attached to the role.
inline constexpr char kDefaultImportRoleName[] = "Cognito-UserImport-Role";

// What ImportRoleService::ensureRole found or made.
struct ImportRole
{
    QString roleName;
    QString roleArn; // pass this to CreateUserImportJob
    QString policyArn;
    QString accountId;
    bool roleCreated = false;    // false: the role existed (with the right trust policy)
    bool policyCreated = false;  // false: the policy existed
    bool policyAttached = false; // false: it was attached already

    bool changedAnything() const { return roleCreated || policyCreated || policyAttached; }
};

// Error types of ImportRoleService beyond the services' own (NoSuchEntity, AccessDenied, ...).
namespace importroleerror {
// The role exists but does not trust exactly cognito-idp.amazonaws.com with sts:AssumeRole
// (ErrorKind::Service; the message names the role and shows its trust policy).
inline constexpr char trustPolicyMismatch[] = "RoleTrustPolicyMismatch";
// The role name breaks IAM's rules (ErrorKind::Local, type InvalidParameter).
inline constexpr char invalidParameter[] = "InvalidParameter";
} // namespace importroleerror

// The documents, exposed for tests and for showing the user what will be created.
QJsonObject importRoleTrustPolicy();
QJsonObject importRoleLogsPolicy(const QString &partition, const QString &region,
                                 const QString &accountId);
QString importRolePolicyName(const QString &roleName, const QString &region);
// Two IAM policy documents mean the same: key order, single values vs one-element lists,
// list order, duplicates and Sid labels do not matter.
bool samePolicyDocument(const QJsonObject &a, const QJsonObject &b);
// IAM's rule for role names: 1-64 of [A-Za-z0-9+=,.@_-]; an error saying why otherwise.
aws::Result<QString> checkRoleName(const QString &roleName);

// Where IAM or STS (aws::serviceid::iam / sts) calls go: AWS_ENDPOINT_URL_<SERVICE>, else
// AWS_ENDPOINT_URL (aws::endpointUrlFromEnvironment); else, when the Cognito endpoint was
// overridden with a loopback URL (a local server such as cognito-sim, which serves IAM and
// STS too), that URL — so that a session against a local server never creates roles in a
// real AWS account; else empty (the service's AWS endpoint).
QUrl importRoleEndpointUrl(
    const QString &serviceId, const QUrl &cognitoEndpointOverride,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// Finds or creates the import role through IAM, with the account id from STS
// GetCallerIdentity. Idempotent: running it twice changes nothing the second time.
// Get one from cognito::Connection::importRoles(); lives in the GUI/CLI thread.
class ImportRoleService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRoleService)

public:
    // `region`: the Cognito pool's region (the logs policy names it).
    ImportRoleService(aws::AwsQueryClient *iam, aws::AwsQueryClient *sts, QString region,
                      QObject *parent = nullptr);
    ~ImportRoleService() override;

    aws::AwsQueryClient *iam() const { return m_iam; }
    aws::AwsQueryClient *sts() const { return m_sts; }

    // GetCallerIdentity; GetRole (NoSuchEntity: CreateRole; found: its trust policy must
    // be importRoleTrustPolicy(), else a RoleTrustPolicyMismatch error and nothing is
    // changed); GetPolicy (NoSuchEntity: CreatePolicy); ListAttachedRolePolicies (missing:
    // AttachRolePolicy). Finishes with the role's ARN, or the first error.
    QFuture<aws::Result<ImportRole>>
    ensureRole(const QString &roleName = QString::fromLatin1(kDefaultImportRoleName));

private:
    struct Run;
    void step(const std::shared_ptr<Run> &run);
    void fail(const std::shared_ptr<Run> &run, const aws::AwsError &error);
    void finishRun(const std::shared_ptr<Run> &run);

    aws::AwsQueryClient *m_iam;
    aws::AwsQueryClient *m_sts;
    QString m_region;
};

} // namespace cdesk::cognito
