#include "importrole.h"

#include "aws/awsqueryclient.h"
#include "aws/endpoint.h"
#include "aws/future.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QRegularExpression>

#include <algorithm>

namespace cdesk::cognito {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::cognito", text);
}

const QString kNoSuchEntity = QStringLiteral("NoSuchEntity");
const QString kEntityAlreadyExists = QStringLiteral("EntityAlreadyExists");

// Keys whose value is one label, never a list.
bool isScalarKey(const QString &key)
{
    return key == QLatin1String("Version") || key == QLatin1String("Effect");
}

// A canonical form of a policy value: every list sorted and without duplicates, a lone
// value where IAM also takes a list made a one-element list, Sid labels dropped.
QJsonValue normalise(const QJsonValue &value, const QString &key)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("Sid"))
                continue;
            out.insert(it.key(), normalise(it.value(), it.key()));
        }
        // A statement (or a condition block) may stand alone where a list is allowed.
        if (key == QLatin1String("Statement"))
            return QJsonArray{out};
        return out;
    }
    if (value.isArray()) {
        QList<QByteArray> items;
        for (const QJsonValue &item : value.toArray()) {
            const QJsonValue canonical = normalise(item, QString());
            // Items are compared by their compact JSON; one-element lists of scalars
            // collapse back so that ["a"] and "a" meet.
            const QJsonValue single = canonical.isArray() && canonical.toArray().size() == 1
                                          ? canonical.toArray().first()
                                          : canonical;
            items.append(QJsonDocument(QJsonArray{single}).toJson(QJsonDocument::Compact));
        }
        std::sort(items.begin(), items.end());
        items.erase(std::unique(items.begin(), items.end()), items.end());
        QJsonArray out;
        for (const QByteArray &item : items)
            out.append(QJsonDocument::fromJson(item).array().first());
        return out;
    }
    if (key.isEmpty() || isScalarKey(key))
        return value;
    return QJsonArray{value};
}

QString compact(const QJsonObject &document)
{
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact));
}

aws::AwsError protocolError(const QString &message)
{
    aws::AwsError error;
    error.kind = aws::ErrorKind::Protocol;
    error.type = QStringLiteral("MalformedResponse");
    error.message = message;
    return error;
}

} // namespace

QJsonObject importRoleTrustPolicy()
{
    return QJsonObject{
        {QStringLiteral("Version"), QStringLiteral("2012-10-17")},
        {QStringLiteral("Statement"),
         QJsonArray{QJsonObject{{QStringLiteral("Effect"), QStringLiteral("Allow")},
                                {QStringLiteral("Principal"),
                                 QJsonObject{{QStringLiteral("Service"),
                                              QStringLiteral("cognito-idp.amazonaws.com")}}},
                                {QStringLiteral("Action"), QStringLiteral("sts:AssumeRole")}}}}};
}

QJsonObject importRoleLogsPolicy(const QString &partition, const QString &region,
                                 const QString &accountId)
{
    return QJsonObject{
        {QStringLiteral("Version"), QStringLiteral("2012-10-17")},
        {QStringLiteral("Statement"),
         QJsonArray{QJsonObject{
             {QStringLiteral("Effect"), QStringLiteral("Allow")},
             {QStringLiteral("Action"), QJsonArray{QStringLiteral("logs:CreateLogGroup"),
                                                   QStringLiteral("logs:CreateLogStream"),
                                                   QStringLiteral("logs:DescribeLogStreams"),
                                                   QStringLiteral("logs:PutLogEvents")}},
             {QStringLiteral("Resource"),
              QStringLiteral("arn:%1:logs:%2:%3:log-group:/aws/cognito/*")
                  .arg(partition, region, accountId)}}}}};
}

QString importRolePolicyName(const QString &roleName, const QString &region)
{
    // The policy names its region's log groups, so each region gets its own.
    return roleName + QLatin1String("-CloudWatchLogs-") + region;
}

bool samePolicyDocument(const QJsonObject &a, const QJsonObject &b)
{
    return normalise(a, QString()) == normalise(b, QString());
}

aws::Result<QString> checkRoleName(const QString &roleName)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9+=,.@_-]{1,64}$"));
    if (allowed.match(roleName).hasMatch())
        return roleName;
    return aws::AwsError::local(
        QString::fromLatin1(importroleerror::invalidParameter),
        tr("\"%1\" is not a valid IAM role name: use 1 to 64 letters, digits and + = , . @ _ -.")
            .arg(roleName));
}

QUrl importRoleEndpointUrl(const QString &serviceId, const QUrl &cognitoEndpointOverride,
                           const QProcessEnvironment &environment)
{
    const QUrl configured = aws::endpointUrlFromEnvironment(serviceId, environment);
    if (!configured.isEmpty())
        return configured;
    if (!cognitoEndpointOverride.isEmpty() && aws::isLoopbackHost(cognitoEndpointOverride.host()))
        return cognitoEndpointOverride;
    return {};
}

struct ImportRoleService::Run
{
    enum class Stage
    {
        CallerIdentity,
        GetRole,
        CreateRole,
        GetPolicy,
        CreatePolicy,
        ListAttachedPolicies,
        AttachPolicy,
    };
    Stage stage = Stage::CallerIdentity;
    QPromise<aws::Result<ImportRole>> promise;
    ImportRole role;
    QString partition = QStringLiteral("aws");
    QString marker;           // ListAttachedRolePolicies paging
    bool createRaced = false; // CreateRole met a role made meanwhile: look again, once
};

ImportRoleService::ImportRoleService(aws::AwsQueryClient *iam, aws::AwsQueryClient *sts,
                                     QString region, QObject *parent)
    : QObject(parent)
    , m_iam(iam)
    , m_sts(sts)
    , m_region(std::move(region))
{}

ImportRoleService::~ImportRoleService() = default;

QFuture<aws::Result<ImportRole>> ImportRoleService::ensureRole(const QString &roleName)
{
    auto run = std::make_shared<Run>();
    run->promise.start();
    QFuture<aws::Result<ImportRole>> future = run->promise.future();
    const auto checked = checkRoleName(roleName);
    if (!checked) {
        fail(run, checked.error());
        return future;
    }
    run->role.roleName = roleName;
    step(run);
    return future;
}

void ImportRoleService::fail(const std::shared_ptr<Run> &run, const aws::AwsError &error)
{
    run->promise.addResult(aws::Result<ImportRole>(error));
    run->promise.finish();
}

void ImportRoleService::step(const std::shared_ptr<Run> &run)
{
    using Stage = Run::Stage;
    using Answer = aws::Result<aws::XmlElement>;
    ImportRole &role = run->role;
    const aws::QueryParameters byRole{{QStringLiteral("RoleName"), role.roleName}};
    // Runs `next` with the answer's result element, or ends the run with its error unless
    // `onError` takes it (returns true).
    const auto then = [this, run](QFuture<Answer> future, auto next, auto onError) {
        aws::whenFinished(future, this, [this, run, next, onError](const Answer &answer) {
            if (answer.ok()) {
                next(answer.value());
            } else if (!onError(answer.error())) {
                fail(run, answer.error());
                return;
            }
            if (run->promise.future().isFinished())
                return;
            step(run);
        });
    };
    const auto noErrorHandler = [](const aws::AwsError &) {
        return false;
    };
    const auto onNoSuchEntity = [run](Stage create) {
        return [run, create](const aws::AwsError &error) {
            if (error.type != kNoSuchEntity)
                return false;
            run->stage = create;
            return true;
        };
    };

    switch (run->stage) {
    case Stage::CallerIdentity:
        then(
            m_sts->call(QStringLiteral("GetCallerIdentity"), {}),
            [this, run](const aws::XmlElement &result) {
                run->role.accountId = result.textAt(QStringLiteral("Account")).trimmed();
                const QStringList arn =
                    result.textAt(QStringLiteral("Arn")).split(QLatin1Char(':'));
                if (arn.size() > 1 && !arn.at(1).isEmpty())
                    run->partition = arn.at(1);
                if (run->role.accountId.isEmpty()) {
                    fail(run, protocolError(tr("STS GetCallerIdentity answered without an "
                                               "account id.")));
                    return;
                }
                run->role.policyArn = QStringLiteral("arn:%1:iam::%2:policy/%3")
                                          .arg(run->partition, run->role.accountId,
                                               importRolePolicyName(run->role.roleName, m_region));
                run->stage = Stage::GetRole;
            },
            noErrorHandler);
        return;
    case Stage::GetRole:
        then(
            m_iam->call(QStringLiteral("GetRole"), byRole),
            [this, run](const aws::XmlElement &result) {
                ImportRole &found = run->role;
                found.roleArn = result.textAt(QStringLiteral("Role/Arn"));
                // GetRole sends the document URL-encoded (the API reference says so).
                const QByteArray encoded =
                    result.textAt(QStringLiteral("Role/AssumeRolePolicyDocument")).toUtf8();
                const QByteArray document = QByteArray::fromPercentEncoding(encoded);
                const QJsonObject trust = QJsonDocument::fromJson(document).object();
                if (found.roleArn.isEmpty()) {
                    fail(run, protocolError(tr("IAM GetRole answered without the role's ARN.")));
                    return;
                }
                if (!samePolicyDocument(trust, importRoleTrustPolicy())) {
                    aws::AwsError error;
                    error.kind = aws::ErrorKind::Service;
                    error.type = QString::fromLatin1(importroleerror::trustPolicyMismatch);
                    error.message =
                        tr("The role %1 already exists with a different trust policy, so Amazon "
                           "Cognito could not use it for import jobs. Nothing was changed. "
                           "Choose another role name, or make the role's trust policy %2 "
                           "(it is %3).")
                            .arg(found.roleArn, compact(importRoleTrustPolicy()),
                                 document.isEmpty() ? tr("empty")
                                                    : QString::fromUtf8(document).simplified());
                    fail(run, error);
                    return;
                }
                run->stage = Stage::GetPolicy;
            },
            onNoSuchEntity(Stage::CreateRole));
        return;
    case Stage::CreateRole:
        then(
            m_iam->call(QStringLiteral("CreateRole"),
                        byRole +
                            aws::QueryParameters{
                                {QStringLiteral("AssumeRolePolicyDocument"),
                                 compact(importRoleTrustPolicy())},
                                {QStringLiteral("Description"),
                                 tr("Lets Amazon Cognito write the CloudWatch logs of user "
                                    "import jobs (made by Cognito Desk).")}}),
            [run](const aws::XmlElement &result) {
                run->role.roleArn = result.textAt(QStringLiteral("Role/Arn"));
                run->role.roleCreated = true;
                run->stage = Stage::GetPolicy;
            },
            [run](const aws::AwsError &error) {
                // Made by someone else meanwhile: check its trust policy like any other.
                if (error.type != kEntityAlreadyExists || run->createRaced)
                    return false;
                run->createRaced = true;
                run->stage = Stage::GetRole;
                return true;
            });
        return;
    case Stage::GetPolicy:
        then(
            m_iam->call(QStringLiteral("GetPolicy"),
                        {{QStringLiteral("PolicyArn"), role.policyArn}}),
            [run](const aws::XmlElement &) { run->stage = Stage::ListAttachedPolicies; },
            onNoSuchEntity(Stage::CreatePolicy));
        return;
    case Stage::CreatePolicy:
        then(
            m_iam->call(
                QStringLiteral("CreatePolicy"),
                {{QStringLiteral("PolicyName"), importRolePolicyName(role.roleName, m_region)},
                 {QStringLiteral("PolicyDocument"),
                  compact(importRoleLogsPolicy(run->partition, m_region, role.accountId))},
                 {QStringLiteral("Description"),
                  tr("CloudWatch Logs for Amazon Cognito user import jobs in %1 (made by Cognito "
                     "Desk).")
                      .arg(m_region)}}),
            [run](const aws::XmlElement &result) {
                const QString arn = result.textAt(QStringLiteral("Policy/Arn"));
                if (!arn.isEmpty())
                    run->role.policyArn = arn;
                run->role.policyCreated = true;
                run->stage = Stage::ListAttachedPolicies;
            },
            [run](const aws::AwsError &error) {
                if (error.type != kEntityAlreadyExists)
                    return false;
                run->stage = Stage::ListAttachedPolicies;
                return true;
            });
        return;
    case Stage::ListAttachedPolicies: {
        aws::QueryParameters parameters = byRole;
        if (!run->marker.isEmpty())
            parameters.append({QStringLiteral("Marker"), run->marker});
        then(
            m_iam->call(QStringLiteral("ListAttachedRolePolicies"), parameters),
            [this, run](const aws::XmlElement &result) {
                const auto members = result.at(QStringLiteral("AttachedPolicies"))
                                         .childrenNamed(QStringLiteral("member"));
                const bool attached =
                    std::any_of(members.cbegin(), members.cend(), [&run](const aws::XmlElement &m) {
                        return m.textAt(QStringLiteral("PolicyArn")) == run->role.policyArn;
                    });
                if (attached) {
                    finishRun(run);
                    return;
                }
                const bool truncated =
                    result.textAt(QStringLiteral("IsTruncated")).trimmed() == QLatin1String("true");
                run->marker = truncated ? result.textAt(QStringLiteral("Marker")) : QString();
                if (run->marker.isEmpty())
                    run->stage = Stage::AttachPolicy;
            },
            noErrorHandler);
        return;
    }
    case Stage::AttachPolicy:
        then(
            m_iam->call(QStringLiteral("AttachRolePolicy"),
                        byRole +
                            aws::QueryParameters{{QStringLiteral("PolicyArn"), role.policyArn}}),
            [this, run](const aws::XmlElement &) {
                run->role.policyAttached = true;
                finishRun(run);
            },
            noErrorHandler);
        return;
    }
}

void ImportRoleService::finishRun(const std::shared_ptr<Run> &run)
{
    run->promise.addResult(aws::Result<ImportRole>(run->role));
    run->promise.finish();
}

} // namespace cdesk::cognito
