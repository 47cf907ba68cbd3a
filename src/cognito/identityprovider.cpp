#include "identityprovider.h"

#include "aws/http.h"
#include "cognito/paging.h"
#include "cognito/srp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPromise>
#include <QRegularExpression>
#include <QScopedPointer>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace cdesk::cognito {

// Quiet unless asked for (--verbose turns the cdesk.* categories on).
Q_LOGGING_CATEGORY(lcCognito, "cdesk.cognito", QtWarningMsg)

IdentityProvider::IdentityProvider(aws::AwsJsonClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

bool IdentityProvider::isPublicOperation(const QString &operation)
{
    // The operations the Cognito API reference lists as not needing IAM credentials.
    static const QSet<QString> publicOperations = {
        QStringLiteral("AssociateSoftwareToken"),
        QStringLiteral("ChangePassword"),
        QStringLiteral("ConfirmDevice"),
        QStringLiteral("ConfirmForgotPassword"),
        QStringLiteral("ConfirmSignUp"),
        QStringLiteral("DeleteUser"),
        QStringLiteral("DeleteUserAttributes"),
        QStringLiteral("ForgetDevice"),
        QStringLiteral("ForgotPassword"),
        QStringLiteral("GetDevice"),
        QStringLiteral("GetUser"),
        QStringLiteral("GetUserAttributeVerificationCode"),
        QStringLiteral("GlobalSignOut"),
        QStringLiteral("InitiateAuth"),
        QStringLiteral("ListDevices"),
        QStringLiteral("ResendConfirmationCode"),
        QStringLiteral("RespondToAuthChallenge"),
        QStringLiteral("RevokeToken"),
        QStringLiteral("SetUserMFAPreference"),
        QStringLiteral("SignUp"),
        QStringLiteral("UpdateDeviceStatus"),
        QStringLiteral("UpdateUserAttributes"),
        QStringLiteral("VerifySoftwareToken"),
        QStringLiteral("VerifyUserAttribute"),
    };
    return publicOperations.contains(operation);
}

void IdentityProvider::setAuditLog(std::shared_ptr<AuditLog> log, const QString &profile)
{
    m_audit = std::move(log);
    m_auditProfile = profile;
}

QString credentialSourceOf(aws::AwsJsonClient *client)
{
    auto *provider = client->credentialsProvider();
    auto *chain = dynamic_cast<aws::CredentialsChain *>(provider);
    if (chain && !chain->lastSource().isEmpty())
        return chain->lastSource();
    // Not asked yet (the first call): ask now, as the transport is about to; links cache.
    if (!provider)
        return {};
    const auto credentials = provider->credentials();
    return credentials ? credentials.value().source : QString();
}

QString IdentityProvider::credentialSource() const
{
    return credentialSourceOf(m_client);
}

QFuture<aws::Result<QJsonObject>> auditedCall(aws::AwsJsonClient *client,
                                              const std::shared_ptr<AuditLog> &log,
                                              const QString &profile, const QString &operation,
                                              const QJsonObject &payload, aws::CallOptions options,
                                              const QJsonObject &known)
{
    if (!log || !AuditLog::isAuditedOperation(operation, payload))
        return client->call(operation, payload, options);

    AuditLog::Entry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.phase = QStringLiteral("Sending");
    entry.profile = profile;
    entry.credentialSource = credentialSourceOf(client);
    entry.operation = operation;
    entry.target = AuditLog::targetOf(payload);
    entry.changes = AuditLog::redacted(payload);
    entry.before = AuditLog::beforeValues(operation, payload, known);
    if (const auto written = log->append(entry); !written)
        qCWarning(lcCognito).noquote() << written.error().message;
    auto requestId = std::make_shared<QString>();
    options.onSuccessRequestId = [requestId](const QString &id) {
        *requestId = id;
    };
    return client->call(operation, payload, options)
        .then([log, entry, requestId, sender = QPointer<aws::AwsJsonClient>(client)](
                  aws::Result<QJsonObject> result) mutable {
            entry.time = QDateTime::currentDateTimeUtc();
            entry.phase = QStringLiteral("Done");
            if (sender)
                entry.credentialSource = credentialSourceOf(sender);
            if (result) {
                entry.outcome = QStringLiteral("Success");
                entry.requestId = *requestId;
            } else {
                const aws::AwsError &error = result.error();
                entry.outcome = error.type.isEmpty() ? QStringLiteral("Error") : error.type;
                entry.message = error.message;
                entry.requestId = error.requestId;
            }
            if (const auto written = log->append(entry); !written)
                qCWarning(lcCognito).noquote() << written.error().message;
            return result;
        });
}

QFuture<aws::Result<QJsonObject>> IdentityProvider::call(const QString &operation,
                                                         const QJsonObject &payload,
                                                         aws::CallOptions options,
                                                         const QJsonObject &known)
{
    options.signing = isPublicOperation(operation) ? aws::Signing::Unsigned : aws::Signing::Signed;
    return auditedCall(m_client, m_audit, m_auditProfile, operation, payload, options, known);
}

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

template <typename T>
Page<T> pageFromJson(const QJsonObject &json, const Paging &keys)
{
    Page<T> page;
    const QJsonArray items = json.value(QLatin1String(keys.itemsKey)).toArray();
    for (const QJsonValue &item : items)
        page.items.append(T::fromJson(item.toObject()));
    page.nextToken = json.value(QLatin1String(keys.tokenKey)).toString();
    page.json = json;
    return page;
}

QJsonObject poolAnd(const QString &userPoolId,
                    std::initializer_list<std::pair<const char *, QJsonValue>> fields)
{
    QJsonObject object{{QStringLiteral("UserPoolId"), userPoolId}};
    for (const auto &[key, value] : fields)
        object.insert(QLatin1String(key), value);
    return object;
}

void insertToken(QJsonObject &payload, const char *key, const QString &token)
{
    if (!token.isEmpty())
        payload.insert(QLatin1String(key), token);
}

// `payload` with the page size and, past the first page, the token, in `keys`' fields.
QJsonObject pageRequest(const Paging &keys, QJsonObject payload, int pageSize, const QString &token)
{
    payload.insert(QLatin1String(keys.pageSizeKey), pageSize);
    insertToken(payload, keys.tokenKey, token);
    return payload;
}

} // namespace

template <typename T, typename Parse>
IdentityProvider::Future<T> IdentityProvider::invoke(const QString &operation,
                                                     const QJsonObject &payload, Parse parse,
                                                     const QJsonObject &known)
{
    return call(operation, payload, {}, known)
        .then([parse](aws::Result<QJsonObject> result) -> aws::Result<T> {
            if (!result)
                return result.template forwardError<T>();
            return parse(result.value());
        });
}

template <typename T>
IdentityProvider::Future<T> IdentityProvider::checkedCreate(CreateSpec<T> spec)
{
    auto promise = std::make_shared<QPromise<aws::Result<T>>>();
    promise->start();
    Future<T> future = promise->future();
    // As many sends as the transport would make of a read; each after the object was found
    // absent.
    const int resends = std::max(0, m_client->transport()->retryPolicy().maxAttempts - 1);
    runCreate(std::make_shared<const CreateSpec<T>>(std::move(spec)), promise, resends);
    return future;
}

template <typename T>
void IdentityProvider::runCreate(std::shared_ptr<const CreateSpec<T>> spec,
                                 std::shared_ptr<QPromise<aws::Result<T>>> promise, int resendsLeft)
{
    const QPointer<IdentityProvider> self(this);
    const auto deliver = [promise](aws::Result<T> result) {
        promise->addResult(std::move(result));
        promise->finish();
    };
    call(spec->operation, spec->payload)
        .then([self, spec, promise, resendsLeft, deliver](aws::Result<QJsonObject> sent) {
            if (sent) {
                deliver(spec->parse(sent.value()));
                return;
            }
            const aws::AwsError failure = sent.error();
            if (!failure.outcomeUnknown || !self) {
                deliver(failure);
                return;
            }
            qCInfo(lcCognito).nospace().noquote()
                << spec->operation << ' ' << spec->name << ": " << failure.type
                << " left the outcome unknown; checking the service";
            spec->lookup().then([self, spec, promise, resendsLeft, deliver,
                                 failure](aws::Result<std::optional<T>> found) {
                if (!found) {
                    aws::AwsError error = failure;
                    error.message +=
                        QLatin1Char(' ') + QCoreApplication::translate(
                                               "cdesk::cognito",
                                               "Whether %1 was created is unknown: checking failed "
                                               "(%2). Check before trying again.")
                                               .arg(spec->name, found.error().toString());
                    deliver(error);
                    return;
                }
                const auto report = [self, spec](CreateCheck check, const char *what) {
                    qCInfo(lcCognito).nospace().noquote()
                        << spec->operation << ' ' << spec->name << ": " << what;
                    if (self)
                        Q_EMIT self->createChecked(spec->operation, spec->name, check);
                };
                if (found.value()) {
                    if (spec->matches(*found.value())) {
                        report(CreateCheck::Created, "created (found as sent)");
                        deliver(*found.value());
                    } else {
                        report(CreateCheck::Conflict, "conflict (found, but not as sent)");
                        aws::AwsError conflict;
                        conflict.kind = aws::ErrorKind::Service;
                        conflict.type = QStringLiteral("CreateConflict");
                        conflict.message =
                            QCoreApplication::translate(
                                "cdesk::cognito",
                                "%1 exists but differs from what was sent; the answer to %2 was "
                                "lost (%3), so it is not known whether it was created now.")
                                .arg(spec->name, spec->operation, failure.type);
                        conflict.attempts = failure.attempts;
                        conflict.requestId = failure.requestId;
                        deliver(conflict);
                    }
                    return;
                }
                if (resendsLeft > 0 && self) {
                    report(CreateCheck::Absent, "absent, sending again");
                    self->runCreate(spec, promise, resendsLeft - 1);
                    return;
                }
                report(CreateCheck::Absent, "absent; no sends left");
                aws::AwsError absent = failure;
                absent.message += QLatin1Char(' ') +
                                  QCoreApplication::translate(
                                      "cdesk::cognito", "(Checked afterwards: %1 does not exist.)")
                                      .arg(spec->name);
                deliver(absent);
            });
        });
}

IdentityProvider::Future<aws::Empty> IdentityProvider::invokeEmpty(const QString &operation,
                                                                   const QJsonObject &payload,
                                                                   const QJsonObject &known)
{
    return invoke<aws::Empty>(
        operation, payload, [](const QJsonObject &) { return aws::Empty{}; }, known);
}

IdentityProvider::Future<AuthResponse> IdentityProvider::invokeAuth(const QString &operation,
                                                                    const QJsonObject &payload)
{
    return invoke<AuthResponse>(operation, payload, &AuthResponse::fromJson);
}

// --- user pools

IdentityProvider::Future<Page<UserPoolDescription>>
IdentityProvider::listUserPools(int maxResults, const QString &nextToken)
{
    return invoke<Page<UserPoolDescription>>(
        str(paging::listUserPools.operation),
        pageRequest(paging::listUserPools, {}, maxResults, nextToken), [](const QJsonObject &json) {
            return pageFromJson<UserPoolDescription>(json, paging::listUserPools);
        });
}

IdentityProvider::Future<UserPool> IdentityProvider::describeUserPool(const QString &userPoolId)
{
    return invoke<UserPool>(
        str("DescribeUserPool"), poolAnd(userPoolId, {}), [](const QJsonObject &json) {
            return UserPool::fromJson(json.value(QLatin1String("UserPool")).toObject());
        });
}

IdentityProvider::Future<UserPool>
IdentityProvider::createUserPool(const CreateUserPoolRequest &request)
{
    return invoke<UserPool>(str("CreateUserPool"), request.toJson(), [](const QJsonObject &json) {
        return UserPool::fromJson(json.value(QLatin1String("UserPool")).toObject());
    });
}

IdentityProvider::Future<aws::Empty>
IdentityProvider::updateUserPool(const UserPool &pool, const UserPoolChanges &changes)
{
    // The described pool is what the settings were: the audit log's values before.
    return invokeEmpty(str("UpdateUserPool"), userPoolUpdateRequest(pool, changes), pool.json);
}

IdentityProvider::Future<aws::Empty> IdentityProvider::deleteUserPool(const QString &userPoolId)
{
    return invokeEmpty(str("DeleteUserPool"), poolAnd(userPoolId, {}));
}

// --- hosted-UI domains

IdentityProvider::Future<CreatedDomain>
IdentityProvider::createUserPoolDomain(const QString &userPoolId, const QString &domain,
                                       const QString &certificateArn)
{
    QJsonObject payload = poolAnd(userPoolId, {{"Domain", domain}});
    if (!certificateArn.isEmpty())
        payload.insert(QStringLiteral("CustomDomainConfig"),
                       QJsonObject{{QStringLiteral("CertificateArn"), certificateArn}});
    CreateSpec<CreatedDomain> spec;
    spec.operation = str("CreateUserPoolDomain");
    spec.name = domain;
    spec.payload = payload;
    spec.parse = [](const QJsonObject &json) -> aws::Result<CreatedDomain> {
        return CreatedDomain::fromJson(json);
    };
    const QPointer<IdentityProvider> self(this);
    spec.lookup = [self, domain] {
        return self->describeUserPoolDomain(domain).then(
            [](aws::Result<DomainDescription> found) -> aws::Result<std::optional<CreatedDomain>> {
                if (!found)
                    return found.error();
                // An unknown domain is described as an empty DomainDescription.
                if (found.value().userPoolId.isEmpty())
                    return std::optional<CreatedDomain>();
                CreatedDomain created;
                created.cloudFrontDomain = found.value().cloudFrontDistribution;
                created.json = found.value().json;
                created.json.insert(QStringLiteral("UserPoolId"), found.value().userPoolId);
                created.json.insert(QStringLiteral("CertificateArn"), found.value().certificateArn);
                return std::optional<CreatedDomain>(created);
            });
    };
    spec.matches = [userPoolId, certificateArn](const CreatedDomain &found) {
        return found.json.value(QLatin1String("UserPoolId")).toString() == userPoolId &&
               found.json.value(QLatin1String("CertificateArn")).toString() == certificateArn;
    };
    return checkedCreate(std::move(spec));
}

IdentityProvider::Future<DomainDescription>
IdentityProvider::describeUserPoolDomain(const QString &domain)
{
    return invoke<DomainDescription>(
        str("DescribeUserPoolDomain"), {{QStringLiteral("Domain"), domain}},
        [](const QJsonObject &json) {
            return DomainDescription::fromJson(
                json.value(QLatin1String("DomainDescription")).toObject());
        });
}

IdentityProvider::Future<aws::Empty>
IdentityProvider::deleteUserPoolDomain(const QString &userPoolId, const QString &domain)
{
    return invokeEmpty(str("DeleteUserPoolDomain"), poolAnd(userPoolId, {{"Domain", domain}}));
}

// --- app clients

IdentityProvider::Future<Page<UserPoolClientDescription>>
IdentityProvider::listUserPoolClients(const QString &userPoolId, int maxResults,
                                      const QString &nextToken)
{
    const QJsonObject payload =
        pageRequest(paging::listUserPoolClients, poolAnd(userPoolId, {}), maxResults, nextToken);
    return invoke<Page<UserPoolClientDescription>>(
        str(paging::listUserPoolClients.operation), payload, [](const QJsonObject &json) {
            return pageFromJson<UserPoolClientDescription>(json, paging::listUserPoolClients);
        });
}

namespace {
UserPoolClient clientFrom(const QJsonObject &json)
{
    return UserPoolClient::fromJson(json.value(QLatin1String("UserPoolClient")).toObject());
}
} // namespace

IdentityProvider::Future<UserPoolClient>
IdentityProvider::describeUserPoolClient(const QString &userPoolId, const QString &clientId)
{
    return invoke<UserPoolClient>(str("DescribeUserPoolClient"),
                                  poolAnd(userPoolId, {{"ClientId", clientId}}), &clientFrom);
}

IdentityProvider::Future<UserPoolClient>
IdentityProvider::createUserPoolClient(const QString &userPoolId,
                                       const CreateUserPoolClientRequest &request)
{
    CreateSpec<UserPoolClient> spec;
    spec.operation = str("CreateUserPoolClient");
    spec.name = request.clientName;
    spec.payload = request.toJson(userPoolId);
    spec.parse = [](const QJsonObject &json) -> aws::Result<UserPoolClient> {
        return clientFrom(json);
    };
    // Client names are not unique: only a client of that name made since the first send
    // (on the service's clock, with a margin) can be this create's.
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(m_client->clockOffsetSeconds() -
                                                                    ClientCreationMarginSeconds);
    const QPointer<IdentityProvider> self(this);
    spec.lookup = [self, userPoolId, name = request.clientName, since] {
        return self->findNewClient(userPoolId, name, since);
    };
    spec.matches = [request](const UserPoolClient &client) {
        const auto same = [](QStringList sent, QStringList found) {
            sent.sort();
            found.sort();
            return sent == found;
        };
        return client.clientSecret.isEmpty() != request.generateSecret &&
               (request.explicitAuthFlows.isEmpty() ||
                same(request.explicitAuthFlows, client.explicitAuthFlows)) &&
               same(request.callbackUrls, client.callbackUrls) &&
               same(request.logoutUrls, client.logoutUrls) &&
               same(request.allowedOAuthFlows, client.allowedOAuthFlows) &&
               same(request.allowedOAuthScopes, client.allowedOAuthScopes) &&
               (request.supportedIdentityProviders.isEmpty() ||
                same(request.supportedIdentityProviders, client.supportedIdentityProviders));
    };
    return checkedCreate(std::move(spec));
}

IdentityProvider::Future<std::optional<UserPoolClient>>
IdentityProvider::findNewClient(const QString &userPoolId, const QString &clientName,
                                const QDateTime &since, const QString &nextToken)
{
    using R = aws::Result<std::optional<UserPoolClient>>;
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    Future<std::optional<UserPoolClient>> future = promise->future();
    const auto deliver = [promise](R result) {
        promise->addResult(std::move(result));
        promise->finish();
    };
    const QPointer<IdentityProvider> self(this);
    listUserPoolClients(userPoolId, 60, nextToken)
        .then([self, userPoolId, clientName, since,
               deliver](aws::Result<Page<UserPoolClientDescription>> page) {
            if (!page || !self) {
                deliver(page ? R(std::optional<UserPoolClient>()) : R(page.error()));
                return;
            }
            // The newest candidate of that name is checked; older ones predate the create.
            QStringList ids;
            for (const UserPoolClientDescription &client : page.value().items)
                if (client.clientName == clientName)
                    ids.append(client.clientId);
            const QString next = page.value().nextToken;
            const auto further = [self, userPoolId, clientName, since, next, deliver] {
                if (next.isEmpty() || !self) {
                    deliver(R(std::optional<UserPoolClient>()));
                    return;
                }
                self->findNewClient(userPoolId, clientName, since, next).then([deliver](R result) {
                    deliver(std::move(result));
                });
            };
            if (ids.isEmpty()) {
                further();
                return;
            }
            auto remaining = std::make_shared<QStringList>(ids);
            auto step = std::make_shared<std::function<void()>>();
            *step = [self, userPoolId, since, remaining, step, further, deliver] {
                if (remaining->isEmpty() || !self) {
                    *step = nullptr; // breaks the cycle
                    further();
                    return;
                }
                const QString id = remaining->takeFirst();
                self->describeUserPoolClient(userPoolId, id)
                    .then([since, step, deliver](aws::Result<UserPoolClient> client) {
                        if (!client) {
                            *step = nullptr;
                            deliver(R(client.error()));
                            return;
                        }
                        const QJsonValue created =
                            client.value().json.value(QLatin1String("CreationDate"));
                        const QDateTime at = QDateTime::fromMSecsSinceEpoch(
                            qint64(created.toDouble() * 1000), Qt::UTC);
                        if (created.isDouble() && at >= since) {
                            *step = nullptr;
                            deliver(R(std::optional<UserPoolClient>(client.value())));
                            return;
                        }
                        (*step)();
                    });
            };
            (*step)();
        });
    return future;
}

IdentityProvider::Future<UserPoolClient>
IdentityProvider::updateUserPoolClient(const UserPoolClient &client)
{
    return invoke<UserPoolClient>(str("UpdateUserPoolClient"), client.toUpdateRequest(),
                                  &clientFrom);
}

IdentityProvider::Future<aws::Empty>
IdentityProvider::deleteUserPoolClient(const QString &userPoolId, const QString &clientId)
{
    return invokeEmpty(str("DeleteUserPoolClient"), poolAnd(userPoolId, {{"ClientId", clientId}}));
}

// --- sign-up

namespace {
QJsonObject clientPayload(const AppClient &client, const QString &username)
{
    QJsonObject payload{{QStringLiteral("ClientId"), client.clientId},
                        {QStringLiteral("Username"), username}};
    if (client.hasSecret())
        payload.insert(QStringLiteral("SecretHash"), client.secretHashFor(username));
    return payload;
}
} // namespace

IdentityProvider::Future<SignUpResult> IdentityProvider::signUp(const AppClient &client,
                                                                const QString &username,
                                                                const QString &password,
                                                                const QList<Attribute> &attributes)
{
    QJsonObject payload = clientPayload(client, username);
    payload.insert(QStringLiteral("Password"), password);
    if (!attributes.isEmpty())
        payload.insert(QStringLiteral("UserAttributes"), attributesToJson(attributes));
    return invoke<SignUpResult>(str("SignUp"), payload, &SignUpResult::fromJson);
}

IdentityProvider::Future<aws::Empty> IdentityProvider::confirmSignUp(const AppClient &client,
                                                                     const QString &username,
                                                                     const QString &code)
{
    QJsonObject payload = clientPayload(client, username);
    payload.insert(QStringLiteral("ConfirmationCode"), code);
    return invokeEmpty(str("ConfirmSignUp"), payload);
}

IdentityProvider::Future<QJsonObject>
IdentityProvider::resendConfirmationCode(const AppClient &client, const QString &username)
{
    return invoke<QJsonObject>(str("ResendConfirmationCode"), clientPayload(client, username),
                               [](const QJsonObject &json) { return json; });
}

IdentityProvider::Future<aws::Empty> IdentityProvider::adminConfirmSignUp(const QString &userPoolId,
                                                                          const QString &username)
{
    return invokeEmpty(str("AdminConfirmSignUp"), poolAnd(userPoolId, {{"Username", username}}));
}

// --- users

IdentityProvider::Future<User> IdentityProvider::adminCreateUser(const QString &userPoolId,
                                                                 const CreateUserRequest &request)
{
    CreateSpec<User> spec;
    spec.operation = str("AdminCreateUser");
    spec.name = request.username;
    spec.payload = request.toJson(userPoolId);
    spec.parse = [](const QJsonObject &json) -> aws::Result<User> {
        return User::fromJson(json.value(QLatin1String("User")).toObject());
    };
    const QPointer<IdentityProvider> self(this);
    spec.lookup = [self, userPoolId, username = request.username] {
        return self->adminGetUser(userPoolId, username)
            .then([](aws::Result<User> user) -> aws::Result<std::optional<User>> {
                if (user)
                    return std::optional<User>(user.value());
                if (user.error().type == QLatin1String("UserNotFoundException"))
                    return std::optional<User>();
                return user.error();
            });
    };
    // A user AdminCreateUser made waits for its first password change and holds every
    // attribute that was sent (Cognito adds sub and may add more).
    spec.matches = [attributes = request.attributes](const User &user) {
        if (user.status != QLatin1String("FORCE_CHANGE_PASSWORD"))
            return false;
        return std::all_of(attributes.cbegin(), attributes.cend(), [&user](const Attribute &a) {
            return user.attribute(a.name) == a.value;
        });
    };
    return checkedCreate(std::move(spec));
}

IdentityProvider::Future<User> IdentityProvider::adminGetUser(const QString &userPoolId,
                                                              const QString &username)
{
    return invoke<User>(str("AdminGetUser"), poolAnd(userPoolId, {{"Username", username}}),
                        &User::fromJson);
}

IdentityProvider::Future<Page<User>> IdentityProvider::listUsers(const QString &userPoolId,
                                                                 const ListUsersQuery &query,
                                                                 const QString &paginationToken)
{
    QJsonObject payload =
        pageRequest(paging::listUsers, poolAnd(userPoolId, {}), query.limit, paginationToken);
    insertToken(payload, "Filter", query.filter);
    if (!query.attributesToGet.isEmpty())
        payload.insert(QStringLiteral("AttributesToGet"),
                       QJsonArray::fromStringList(query.attributesToGet));
    return invoke<Page<User>>(
        str(paging::listUsers.operation), payload,
        [](const QJsonObject &json) { return pageFromJson<User>(json, paging::listUsers); });
}

IdentityProvider::Future<aws::Empty>
IdentityProvider::adminSetUserPassword(const QString &userPoolId, const QString &username,
                                       const QString &password, bool permanent)
{
    return invokeEmpty(
        str("AdminSetUserPassword"),
        poolAnd(userPoolId,
                {{"Username", username}, {"Password", password}, {"Permanent", permanent}}));
}

IdentityProvider::Future<aws::Empty> IdentityProvider::adminEnableUser(const QString &userPoolId,
                                                                       const QString &username,
                                                                       const QJsonObject &known)
{
    return invokeEmpty(str("AdminEnableUser"), poolAnd(userPoolId, {{"Username", username}}),
                       known);
}

IdentityProvider::Future<aws::Empty> IdentityProvider::adminDisableUser(const QString &userPoolId,
                                                                        const QString &username,
                                                                        const QJsonObject &known)
{
    return invokeEmpty(str("AdminDisableUser"), poolAnd(userPoolId, {{"Username", username}}),
                       known);
}

IdentityProvider::Future<aws::Empty> IdentityProvider::adminDeleteUser(const QString &userPoolId,
                                                                       const QString &username)
{
    return invokeEmpty(str("AdminDeleteUser"), poolAnd(userPoolId, {{"Username", username}}));
}

IdentityProvider::Future<aws::Empty>
IdentityProvider::adminUpdateUserAttributes(const QString &userPoolId, const QString &username,
                                            const QList<Attribute> &attributes,
                                            const QJsonObject &known)
{
    return invokeEmpty(str("AdminUpdateUserAttributes"),
                       poolAnd(userPoolId, {{"Username", username},
                                            {"UserAttributes", attributesToJson(attributes)}}),
                       known);
}

IdentityProvider::Future<aws::Empty>
IdentityProvider::adminDeleteUserAttributes(const QString &userPoolId, const QString &username,
                                            const QStringList &attributeNames,
                                            const QJsonObject &known)
{
    return invokeEmpty(
        str("AdminDeleteUserAttributes"),
        poolAnd(userPoolId, {{"Username", username},
                             {"UserAttributeNames", QJsonArray::fromStringList(attributeNames)}}),
        known);
}

IdentityProvider::Future<aws::Empty>
IdentityProvider::adminResetUserPassword(const QString &userPoolId, const QString &username)
{
    return invokeEmpty(str("AdminResetUserPassword"),
                       poolAnd(userPoolId, {{"Username", username}}));
}

IdentityProvider::Future<aws::Empty>
IdentityProvider::adminUserGlobalSignOut(const QString &userPoolId, const QString &username)
{
    return invokeEmpty(str("AdminUserGlobalSignOut"),
                       poolAnd(userPoolId, {{"Username", username}}));
}

IdentityProvider::Future<aws::Empty>
IdentityProvider::adminSetUserMfaPreference(const QString &userPoolId, const QString &username,
                                            std::optional<bool> smsEnabled,
                                            std::optional<bool> softwareTokenEnabled)
{
    QJsonObject payload = poolAnd(userPoolId, {{"Username", username}});
    const auto setting = [](bool enabled) {
        return QJsonObject{{QStringLiteral("Enabled"), enabled},
                           {QStringLiteral("PreferredMfa"), false}};
    };
    if (smsEnabled)
        payload.insert(QStringLiteral("SMSMfaSettings"), setting(*smsEnabled));
    if (softwareTokenEnabled)
        payload.insert(QStringLiteral("SoftwareTokenMfaSettings"), setting(*softwareTokenEnabled));
    return invokeEmpty(str("AdminSetUserMFAPreference"), payload);
}

IdentityProvider::Future<QJsonObject>
IdentityProvider::adminListDevices(const QString &userPoolId, const QString &username, int limit,
                                   const QString &paginationToken)
{
    QJsonObject payload = poolAnd(userPoolId, {{"Username", username}, {"Limit", limit}});
    insertToken(payload, "PaginationToken", paginationToken);
    return invoke<QJsonObject>(str("AdminListDevices"), payload,
                               [](const QJsonObject &json) { return json; });
}

IdentityProvider::Future<aws::Empty> IdentityProvider::adminForgetDevice(const QString &userPoolId,
                                                                         const QString &username,
                                                                         const QString &deviceKey)
{
    return invokeEmpty(str("AdminForgetDevice"),
                       poolAnd(userPoolId, {{"Username", username}, {"DeviceKey", deviceKey}}));
}

IdentityProvider::Future<QJsonObject>
IdentityProvider::adminListUserAuthEvents(const QString &userPoolId, const QString &username,
                                          int maxResults, const QString &nextToken)
{
    QJsonObject payload = poolAnd(userPoolId, {{"Username", username}, {"MaxResults", maxResults}});
    insertToken(payload, "NextToken", nextToken);
    return invoke<QJsonObject>(str("AdminListUserAuthEvents"), payload,
                               [](const QJsonObject &json) { return json; });
}

// --- groups

namespace {
Group groupFrom(const QJsonObject &json)
{
    return Group::fromJson(json.value(QLatin1String("Group")).toObject());
}
} // namespace

IdentityProvider::Future<Group> IdentityProvider::createGroup(const QString &userPoolId,
                                                              const CreateGroupRequest &request)
{
    CreateSpec<Group> spec;
    spec.operation = str("CreateGroup");
    spec.name = request.name;
    spec.payload = request.toJson(userPoolId);
    spec.parse = [](const QJsonObject &json) -> aws::Result<Group> {
        return groupFrom(json);
    };
    const QPointer<IdentityProvider> self(this);
    spec.lookup = [self, userPoolId, name = request.name] {
        return self->getGroup(userPoolId, name)
            .then([](aws::Result<Group> group) -> aws::Result<std::optional<Group>> {
                if (group)
                    return std::optional<Group>(group.value());
                if (group.error().type == QLatin1String("ResourceNotFoundException"))
                    return std::optional<Group>();
                return group.error();
            });
    };
    spec.matches = [request](const Group &group) {
        return group.description == request.description && group.precedence == request.precedence &&
               group.roleArn == request.roleArn;
    };
    return checkedCreate(std::move(spec));
}

IdentityProvider::Future<Group> IdentityProvider::getGroup(const QString &userPoolId,
                                                           const QString &groupName)
{
    return invoke<Group>(str("GetGroup"), poolAnd(userPoolId, {{"GroupName", groupName}}),
                         &groupFrom);
}

IdentityProvider::Future<Page<Group>>
IdentityProvider::listGroups(const QString &userPoolId, int limit, const QString &nextToken)
{
    return invoke<Page<Group>>(
        str(paging::listGroups.operation),
        pageRequest(paging::listGroups, poolAnd(userPoolId, {}), limit, nextToken),
        [](const QJsonObject &json) { return pageFromJson<Group>(json, paging::listGroups); });
}

IdentityProvider::Future<aws::Empty> IdentityProvider::deleteGroup(const QString &userPoolId,
                                                                   const QString &groupName)
{
    return invokeEmpty(str("DeleteGroup"), poolAnd(userPoolId, {{"GroupName", groupName}}));
}

IdentityProvider::Future<aws::Empty>
IdentityProvider::adminAddUserToGroup(const QString &userPoolId, const QString &username,
                                      const QString &groupName)
{
    return invokeEmpty(str("AdminAddUserToGroup"),
                       poolAnd(userPoolId, {{"Username", username}, {"GroupName", groupName}}));
}

IdentityProvider::Future<aws::Empty>
IdentityProvider::adminRemoveUserFromGroup(const QString &userPoolId, const QString &username,
                                           const QString &groupName)
{
    return invokeEmpty(str("AdminRemoveUserFromGroup"),
                       poolAnd(userPoolId, {{"Username", username}, {"GroupName", groupName}}));
}

IdentityProvider::Future<Page<User>> IdentityProvider::listUsersInGroup(const QString &userPoolId,
                                                                        const QString &groupName,
                                                                        int limit,
                                                                        const QString &nextToken)
{
    return invoke<Page<User>>(
        str(paging::listUsersInGroup.operation),
        pageRequest(paging::listUsersInGroup, poolAnd(userPoolId, {{"GroupName", groupName}}),
                    limit, nextToken),
        [](const QJsonObject &json) { return pageFromJson<User>(json, paging::listUsersInGroup); });
}

IdentityProvider::Future<Page<Group>>
IdentityProvider::adminListGroupsForUser(const QString &userPoolId, const QString &username,
                                         int limit, const QString &nextToken)
{
    return invoke<Page<Group>>(str(paging::adminListGroupsForUser.operation),
                               pageRequest(paging::adminListGroupsForUser,
                                           poolAnd(userPoolId, {{"Username", username}}), limit,
                                           nextToken),
                               [](const QJsonObject &json) {
                                   return pageFromJson<Group>(json, paging::adminListGroupsForUser);
                               });
}

// --- authentication

IdentityProvider::Future<AuthResponse>
IdentityProvider::initiateAuth(const AppClient &client, const QString &authFlow,
                               QJsonObject authParameters, const QString &usernameForHash)
{
    if (client.hasSecret())
        authParameters.insert(QStringLiteral("SECRET_HASH"), client.secretHashFor(usernameForHash));
    return invokeAuth(str("InitiateAuth"),
                      QJsonObject{{QStringLiteral("ClientId"), client.clientId},
                                  {QStringLiteral("AuthFlow"), authFlow},
                                  {QStringLiteral("AuthParameters"), authParameters}});
}

IdentityProvider::Future<AuthResponse>
IdentityProvider::initiateUserPasswordAuth(const AppClient &client, const QString &username,
                                           const QString &password)
{
    return initiateAuth(
        client, str("USER_PASSWORD_AUTH"),
        {{QStringLiteral("USERNAME"), username}, {QStringLiteral("PASSWORD"), password}}, username);
}

IdentityProvider::Future<AuthResponse>
IdentityProvider::initiateRefreshTokenAuth(const AppClient &client, const QString &username,
                                           const QString &refreshToken)
{
    QJsonObject parameters{{QStringLiteral("REFRESH_TOKEN"), refreshToken}};
    if (client.hasSecret())
        parameters.insert(QStringLiteral("USERNAME"), username);
    return initiateAuth(client, str("REFRESH_TOKEN_AUTH"), parameters, username);
}

IdentityProvider::Future<AuthResponse> IdentityProvider::initiateSrpAuth(const AppClient &client,
                                                                         const QString &username,
                                                                         const QString &srpA)
{
    return initiateAuth(client, str("USER_SRP_AUTH"),
                        {{QStringLiteral("USERNAME"), username}, {QStringLiteral("SRP_A"), srpA}},
                        username);
}

IdentityProvider::Future<AuthResponse>
IdentityProvider::adminInitiateAuth(const QString &userPoolId, const AppClient &client,
                                    AdminAuthFlow flow, const QString &username,
                                    const QString &password)
{
    QJsonObject parameters{{QStringLiteral("USERNAME"), username},
                           {QStringLiteral("PASSWORD"), password}};
    if (client.hasSecret())
        parameters.insert(QStringLiteral("SECRET_HASH"), client.secretHashFor(username));
    return invokeAuth(str("AdminInitiateAuth"),
                      poolAnd(userPoolId, {{"ClientId", client.clientId},
                                           {"AuthFlow", flow == AdminAuthFlow::UserPassword
                                                            ? str("ADMIN_USER_PASSWORD_AUTH")
                                                            : str("ADMIN_NO_SRP_AUTH")},
                                           {"AuthParameters", parameters}}));
}

IdentityProvider::Future<AuthResponse> IdentityProvider::respondToAuthChallenge(
    const AppClient &client, const QString &challengeName, const QString &session,
    QJsonObject responses, const QString &username, const std::optional<QString> &adminUserPoolId)
{
    if (!responses.contains(QLatin1String("USERNAME")))
        responses.insert(QStringLiteral("USERNAME"), username);
    if (client.hasSecret())
        responses.insert(QStringLiteral("SECRET_HASH"), client.secretHashFor(username));
    QJsonObject payload{{QStringLiteral("ClientId"), client.clientId},
                        {QStringLiteral("ChallengeName"), challengeName},
                        {QStringLiteral("ChallengeResponses"), responses}};
    if (!session.isEmpty())
        payload.insert(QStringLiteral("Session"), session);
    if (adminUserPoolId) {
        payload.insert(QStringLiteral("UserPoolId"), *adminUserPoolId);
        return invokeAuth(str("AdminRespondToAuthChallenge"), payload);
    }
    return invokeAuth(str("RespondToAuthChallenge"), payload);
}

IdentityProvider::Future<AuthResponse>
IdentityProvider::respondToNewPasswordRequired(const AppClient &client, const QString &session,
                                               const QString &username, const QString &newPassword,
                                               const QList<Attribute> &attributes,
                                               const std::optional<QString> &adminUserPoolId)
{
    QJsonObject responses{{QStringLiteral("NEW_PASSWORD"), newPassword}};
    for (const Attribute &attribute : attributes)
        responses.insert(QStringLiteral("userAttributes.") + attribute.name, attribute.value);
    return respondToAuthChallenge(client, str("NEW_PASSWORD_REQUIRED"), session, responses,
                                  username, adminUserPoolId);
}

IdentityProvider::Future<AuthResponse>
IdentityProvider::respondToMfa(const AppClient &client, const QString &challengeName,
                               const QString &session, const QString &username, const QString &code,
                               const std::optional<QString> &adminUserPoolId)
{
    const QString codeKey = challengeName == QLatin1String("SMS_MFA")
                                ? str("SMS_MFA_CODE")
                                : str("SOFTWARE_TOKEN_MFA_CODE");
    return respondToAuthChallenge(client, challengeName, session, {{codeKey, code}}, username,
                                  adminUserPoolId);
}

IdentityProvider::Future<AuthResponse> IdentityProvider::loginWithSrp(const QString &userPoolId,
                                                                      const AppClient &client,
                                                                      const QString &username,
                                                                      const QString &password)
{
    auto srp = std::make_shared<Srp>();
    QPointer<IdentityProvider> self(this);
    return initiateSrpAuth(client, username, srp->largeAHex())
        .then([self, srp, userPoolId, client,
               password](aws::Result<AuthResponse> first) -> Future<AuthResponse> {
            const auto finished = [](aws::Result<AuthResponse> result) {
                return QtFuture::makeReadyFuture<aws::Result<AuthResponse>>(std::move(result));
            };
            if (!first || first.value().challengeName != QLatin1String("PASSWORD_VERIFIER"))
                return finished(std::move(first));
            if (!self)
                return finished(aws::AwsError::local(
                    QStringLiteral("Canceled"),
                    QCoreApplication::translate("cdesk::cognito", "The connection was closed.")));
            const AuthResponse &challenge = first.value();
            const auto parameter = [&challenge](const char *name) {
                return challenge.challengeParameters.value(QLatin1String(name)).toString();
            };
            const QString userId = challenge.challengeUsername();
            const auto claim = srp->passwordClaim(userPoolId, userId, password, parameter("SALT"),
                                                  parameter("SRP_B"), parameter("SECRET_BLOCK"),
                                                  QDateTime::currentDateTimeUtc());
            if (!claim)
                return finished(claim.error());
            return self->respondToAuthChallenge(
                client, QStringLiteral("PASSWORD_VERIFIER"), challenge.session,
                {{QStringLiteral("PASSWORD_CLAIM_SIGNATURE"), claim.value().signature},
                 {QStringLiteral("PASSWORD_CLAIM_SECRET_BLOCK"), claim.value().secretBlock},
                 {QStringLiteral("TIMESTAMP"), claim.value().timestamp}},
                userId);
        })
        .unwrap();
}

// --- CSV import

IdentityProvider::Future<QStringList> IdentityProvider::getCsvHeader(const QString &userPoolId)
{
    return invoke<QStringList>(
        str("GetCSVHeader"), poolAnd(userPoolId, {}), [](const QJsonObject &json) {
            QStringList header;
            const QJsonArray columns = json.value(QLatin1String("CSVHeader")).toArray();
            for (const QJsonValue &column : columns)
                header.append(column.toString());
            return header;
        });
}

namespace {
UserImportJob jobFrom(const QJsonObject &json)
{
    return UserImportJob::fromJson(json.value(QLatin1String("UserImportJob")).toObject());
}
} // namespace

IdentityProvider::Future<UserImportJob>
IdentityProvider::createUserImportJob(const QString &userPoolId, const QString &jobName,
                                      const QString &cloudWatchLogsRoleArn)
{
    return invoke<UserImportJob>(
        str("CreateUserImportJob"),
        poolAnd(userPoolId,
                {{"JobName", jobName}, {"CloudWatchLogsRoleArn", cloudWatchLogsRoleArn}}),
        &jobFrom);
}

IdentityProvider::Future<UserImportJob>
IdentityProvider::describeUserImportJob(const QString &userPoolId, const QString &jobId)
{
    return invoke<UserImportJob>(str("DescribeUserImportJob"),
                                 poolAnd(userPoolId, {{"JobId", jobId}}), &jobFrom);
}

IdentityProvider::Future<Page<UserImportJob>>
IdentityProvider::listUserImportJobs(const QString &userPoolId, int maxResults,
                                     const QString &paginationToken)
{
    return invoke<Page<UserImportJob>>(
        str(paging::listUserImportJobs.operation),
        pageRequest(paging::listUserImportJobs, poolAnd(userPoolId, {}), maxResults,
                    paginationToken),
        [](const QJsonObject &json) {
            return pageFromJson<UserImportJob>(json, paging::listUserImportJobs);
        });
}

IdentityProvider::Future<UserImportJob>
IdentityProvider::startUserImportJob(const QString &userPoolId, const QString &jobId)
{
    return invoke<UserImportJob>(str("StartUserImportJob"), poolAnd(userPoolId, {{"JobId", jobId}}),
                                 &jobFrom);
}

IdentityProvider::Future<UserImportJob>
IdentityProvider::stopUserImportJob(const QString &userPoolId, const QString &jobId)
{
    return invoke<UserImportJob>(str("StopUserImportJob"), poolAnd(userPoolId, {{"JobId", jobId}}),
                                 &jobFrom);
}

IdentityProvider::Future<aws::Empty> IdentityProvider::uploadUserImportCsv(const QUrl &preSignedUrl,
                                                                           const QByteArray &csv)
{
    aws::HttpRequest request;
    request.url = preSignedUrl;
    request.method = "PUT";
    request.body = csv;
    // The URL's signature covers host and this header: any other x-amz-* header, or a
    // different value, makes S3 refuse the upload.
    request.headers = {{"x-amz-server-side-encryption", "aws:kms"}, {"Content-Type", "text/csv"}};
    request.timeoutMs = 120000;
    aws::HttpLimits limits;
    limits.maxBodyBytes = 1024 * 1024; // S3's answers to a PUT are a few hundred bytes
    limits.maxRedirects = 0;           // a pre-signed URL is valid for its host only
    return aws::sendHttp(m_client->networkAccessManager(), request, limits)
        .then([](aws::Result<aws::HttpReply> sent) -> aws::Result<aws::Empty> {
            if (!sent)
                return sent.forwardError<aws::Empty>();
            const int status = sent.value().status;
            if (status >= 200 && status < 300)
                return aws::Empty{};
            // S3 answers errors as XML: <Error><Code>..</Code><Message>..</Message></Error>.
            static const QRegularExpression code(QStringLiteral("<Code>([^<]*)</Code>"));
            static const QRegularExpression message(QStringLiteral("<Message>([^<]*)</Message>"));
            const QString text = QString::fromUtf8(sent.value().body);
            aws::AwsError error;
            error.kind = aws::ErrorKind::Service;
            error.httpStatus = status;
            error.type = code.match(text).captured(1);
            if (error.type.isEmpty())
                error.type = QStringLiteral("HttpError%1").arg(status);
            error.message = message.match(text).captured(1);
            if (error.message.isEmpty())
                error.message =
                    QCoreApplication::translate("cdesk::cognito", "The upload answered HTTP %1.")
                        .arg(status);
            error.attempts = 1;
            return error;
        });
}

} // namespace cdesk::cognito
