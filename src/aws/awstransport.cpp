#include "awstransport.h"

#include "ratelimiter.h"
#include "sigv4.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QScopedPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cdesk::aws {

// Quiet unless asked for (--verbose, QT_LOGGING_RULES="cdesk.aws.info=true"): the CLI's stderr
// belongs to its error lines.
Q_LOGGING_CATEGORY(lcAws, "cdesk.aws", QtWarningMsg)

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::aws", text);
}

bool isTransientStatus(int status)
{
    return status == 500 || status == 502 || status == 503 || status == 504;
}

AwsError networkError(QNetworkReply::NetworkError code, const QString &detail, const QUrl &url)
{
    AwsError error;
    error.kind = ErrorKind::Network;
    error.retryable = true;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        error.type = QStringLiteral("ConnectionRefused");
        error.message =
            tr("Could not connect to %1: connection refused.").arg(url.toDisplayString());
        break;
    case QNetworkReply::HostNotFoundError:
        // A misspelt host does not heal by waiting.
        error.type = QStringLiteral("HostNotFound");
        error.message = tr("Could not resolve host %1.").arg(url.host());
        error.retryable = false;
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.type = QStringLiteral("ConnectionClosed");
        error.message = tr("%1 closed the connection before answering.").arg(url.toDisplayString());
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        error.type = QStringLiteral("TlsError");
        error.message = tr("TLS with %1 failed: %2").arg(url.host(), detail);
        error.retryable = false;
        break;
    default:
        error.type = QStringLiteral("NetworkError");
        error.message = tr("Network error talking to %1: %2").arg(url.toDisplayString(), detail);
        break;
    }
    return error;
}

AwsError timeoutError(const QUrl &url, int timeoutMs)
{
    AwsError error;
    error.kind = ErrorKind::Timeout;
    error.type = QStringLiteral("RequestTimeout");
    error.message = tr("%1 did not answer within %2 ms.").arg(url.toDisplayString()).arg(timeoutMs);
    error.retryable = true;
    return error;
}

// RFC 7231 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
QDateTime parseHttpDate(const QByteArray &value)
{
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (date.isValid())
        date.setTimeSpec(Qt::UTC);
    return date;
}

} // namespace

OperationClass operationClassOf(const QString &operation)
{
    // Every operation of the core, by what a second send does. Deletes count as idempotent
    // writes: a resend after a delete that was done fails with "not found", which leaves the
    // state as asked.
    static const QSet<QString> reads = {
        QStringLiteral("AdminGetUser"),
        QStringLiteral("AdminListGroupsForUser"),
        QStringLiteral("AdminListDevices"),
        QStringLiteral("AdminListUserAuthEvents"),
        QStringLiteral("AdminGetDevice"),
        QStringLiteral("DescribeIdentityPool"),
        QStringLiteral("DescribeUserImportJob"),
        QStringLiteral("DescribeUserPool"),
        QStringLiteral("DescribeUserPoolClient"),
        QStringLiteral("DescribeUserPoolDomain"),
        QStringLiteral("GetCSVHeader"),
        QStringLiteral("GetCallerIdentity"),
        // New temporary credentials each time, but nothing left behind.
        QStringLiteral("GetCredentialsForIdentity"),
        QStringLiteral("GetDevice"),
        QStringLiteral("GetGroup"),
        QStringLiteral("GetIdentityPoolRoles"),
        QStringLiteral("GetPolicy"),
        QStringLiteral("GetRole"),
        QStringLiteral("GetUser"),
        QStringLiteral("GetUserPoolMfaConfig"),
        QStringLiteral("ListAttachedRolePolicies"),
        QStringLiteral("ListDevices"),
        QStringLiteral("ListGroups"),
        QStringLiteral("ListIdentityPools"),
        QStringLiteral("ListPolicies"),
        QStringLiteral("ListRoles"),
        QStringLiteral("ListUserImportJobs"),
        QStringLiteral("ListUserPoolClients"),
        QStringLiteral("ListUserPools"),
        QStringLiteral("ListUsers"),
        QStringLiteral("ListUsersInGroup"),
    };
    static const QSet<QString> idempotentWrites = {
        // Sign-in steps: a second send makes another session or fails on a used session;
        // it never leaves a second object behind.
        QStringLiteral("InitiateAuth"),
        QStringLiteral("AdminInitiateAuth"),
        QStringLiteral("RespondToAuthChallenge"),
        QStringLiteral("AdminRespondToAuthChallenge"),
        QStringLiteral("AssumeRole"),
        // A login's identity is the same identity however often it is asked for.
        QStringLiteral("GetId"),
        QStringLiteral("AdminAddUserToGroup"),
        QStringLiteral("AdminConfirmSignUp"),
        QStringLiteral("AdminDeleteUser"),
        QStringLiteral("AdminDeleteUserAttributes"),
        QStringLiteral("AdminDisableUser"),
        QStringLiteral("AdminEnableUser"),
        QStringLiteral("AdminForgetDevice"),
        QStringLiteral("AdminRemoveUserFromGroup"),
        QStringLiteral("AdminResetUserPassword"),
        QStringLiteral("AdminSetUserMFAPreference"),
        QStringLiteral("AdminSetUserPassword"),
        QStringLiteral("AdminUpdateDeviceStatus"),
        QStringLiteral("AdminUpdateUserAttributes"),
        QStringLiteral("AdminUserGlobalSignOut"),
        QStringLiteral("AssociateSoftwareToken"),
        QStringLiteral("AttachRolePolicy"),
        QStringLiteral("ChangePassword"),
        QStringLiteral("ConfirmDevice"),
        QStringLiteral("ConfirmForgotPassword"),
        QStringLiteral("ConfirmSignUp"),
        QStringLiteral("DeleteGroup"),
        QStringLiteral("DeleteIdentityPool"),
        QStringLiteral("DeleteUser"),
        QStringLiteral("DeleteUserAttributes"),
        QStringLiteral("DeleteUserPool"),
        QStringLiteral("DeleteUserPoolClient"),
        QStringLiteral("DeleteUserPoolDomain"),
        QStringLiteral("ForgetDevice"),
        QStringLiteral("ForgotPassword"),
        QStringLiteral("GetUserAttributeVerificationCode"),
        QStringLiteral("GlobalSignOut"),
        QStringLiteral("PutRolePolicy"),
        QStringLiteral("ResendConfirmationCode"),
        QStringLiteral("RevokeToken"),
        QStringLiteral("SetIdentityPoolRoles"),
        QStringLiteral("SetUserMFAPreference"),
        QStringLiteral("SetUserPoolMfaConfig"),
        QStringLiteral("StartUserImportJob"),
        QStringLiteral("StopUserImportJob"),
        QStringLiteral("UpdateAssumeRolePolicy"),
        QStringLiteral("UpdateDeviceStatus"),
        QStringLiteral("UpdateGroup"),
        QStringLiteral("UpdateUserAttributes"),
        QStringLiteral("UpdateUserPool"),
        QStringLiteral("UpdateUserPoolClient"),
        QStringLiteral("VerifySoftwareToken"),
        QStringLiteral("VerifyUserAttribute"),
    };
    // Creates (AdminCreateUser, SignUp, CreateUserPoolClient, CreateGroup, CreateUserPool,
    // CreateUserImportJob, CreateUserPoolDomain, CreateRole, CreatePolicy, ...) and anything
    // not listed.
    if (reads.contains(operation))
        return OperationClass::Read;
    if (idempotentWrites.contains(operation))
        return OperationClass::IdempotentWrite;
    return OperationClass::Create;
}

const char *operationClassName(OperationClass operationClass)
{
    switch (operationClass) {
    case OperationClass::Read:
        return "read";
    case OperationClass::IdempotentWrite:
        return "idempotent write";
    case OperationClass::Create:
        return "create";
    }
    return "create";
}

int backoffDelayMs(int failures, const RetryPolicy &policy, double random)
{
    const double ceiling =
        std::min(double(policy.maxBackoffMs),
                 double(policy.baseDelayMs) * std::pow(2.0, std::max(0, failures - 1)));
    return int(std::clamp(random, 0.0, 1.0) * ceiling);
}

bool isThrottlingError(const QString &type)
{
    static const QStringList throttles = {
        QStringLiteral("TooManyRequestsException"),
        QStringLiteral("ThrottlingException"),
        QStringLiteral("Throttling"),
        QStringLiteral("ThrottledException"),
        QStringLiteral("RequestThrottledException"),
        QStringLiteral("RequestThrottled"),
        QStringLiteral("RequestLimitExceeded"),
        QStringLiteral("LimitExceededException"),
        QStringLiteral("SlowDown"),
        QStringLiteral("PriorRequestNotComplete"),
    };
    return throttles.contains(type);
}

bool isClockSkewError(const QString &type)
{
    static const QStringList skews = {
        QStringLiteral("RequestTimeTooSkewed"),
        QStringLiteral("RequestExpired"),
        QStringLiteral("InvalidSignatureException"),
        QStringLiteral("SignatureDoesNotMatch"),
        QStringLiteral("AuthFailure"),
        QStringLiteral("RequestInTheFuture"),
    };
    return skews.contains(type);
}

// 408: the server gave up waiting for the request before it had all of it (RFC 9110
// §15.5.9), so nothing was done and any request may be sent again. Node's HTTP server, for
// one, answers it on a kept-alive connection it was about to close.
bool isRequestTimeoutStatus(int httpStatus)
{
    return httpStatus == 408;
}

bool isRetryableServiceError(int httpStatus, const QString &type)
{
    static const QStringList internal = {
        QStringLiteral("InternalErrorException"), // Cognito
        QStringLiteral("InternalFailure"),        // Query services (IAM, STS)
        QStringLiteral("ServiceFailure"),         // IAM
        QStringLiteral("ServiceUnavailable"),
    };
    return isTransientStatus(httpStatus) || isRequestTimeoutStatus(httpStatus) ||
           isThrottlingError(type) || internal.contains(type);
}

AwsError completeErrorReply(AwsError parsed, const QByteArray &body)
{
    AwsError error = std::move(parsed);
    const int httpStatus = error.httpStatus;
    if (error.type.isEmpty()) {
        error.kind = ErrorKind::Protocol;
        error.type = QStringLiteral("HttpError%1").arg(httpStatus);
        const QByteArray trimmed = body.trimmed();
        if (trimmed.isEmpty())
            error.message = tr("The server answered HTTP %1 with an empty body.").arg(httpStatus);
        else if (trimmed.startsWith('<'))
            error.message = tr("The server answered HTTP %1 with an HTML page instead of an AWS "
                               "error; is the endpoint URL right?")
                                .arg(httpStatus);
        else
            error.message = tr("The server answered HTTP %1 with a body that is not an AWS error.")
                                .arg(httpStatus);
    }
    error.retryable = isRetryableServiceError(httpStatus, error.type);
    return error;
}

QByteArray WireReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QByteArray WireReply::requestId() const
{
    return header("x-amzn-RequestId");
}

struct AwsTransport::PendingCall
{
    ServiceEndpoint endpoint;
    WireRequest request;
    QString category;
    CallOptions options;
    ErrorParser parseError;
    Completion complete;
    OperationClass operationClass = OperationClass::Create;
    int maxAttempts = 3;
    int attempts = 0;     // requests sent
    int freeAttempts = 0; // keep-alive and clock-skew resends, outside the retry budget
    bool keepAliveRetried = false;
    bool skewRetried = false;
    bool timedOut = false;
    bool tooLarge = false;
    QByteArray body; // of the attempt in flight, read as it arrives
    bool canceled = false;
    bool done = false;
    QElapsedTimer started;
    QPointer<QNetworkReply> reply;
    QPointer<QTimer> timer; // backoff / rate-limit wait, or the attempt's timeout
};

AwsTransport::AwsTransport(std::shared_ptr<CredentialsProvider> credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(std::move(credentials))
    , m_network(new QNetworkAccessManager(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
    , m_limiter(std::make_shared<RateLimiter>())
{
    // Redirects are not part of the AWS protocols; following one could send a signed
    // request (or a password) somewhere else.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_lanes.push_back({m_network, 0});
}

int AwsTransport::pickLane()
{
    int leastBusy = 0;
    for (int i = 0; i < int(m_lanes.size()); ++i) {
        if (m_lanes[i].inFlight < kConnectionsPerLane)
            return i;
        if (m_lanes[i].inFlight < m_lanes[leastBusy].inFlight)
            leastBusy = i;
    }
    if (int(m_lanes.size()) >= kMaxLanes)
        return leastBusy;
    auto *network = new QNetworkAccessManager(this);
    network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_lanes.push_back({network, 0});
    return int(m_lanes.size()) - 1;
}

AwsTransport::~AwsTransport() = default;

void AwsTransport::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void AwsTransport::setRandom(Random random)
{
    m_random = std::move(random);
}

void AwsTransport::setRateLimiter(std::shared_ptr<RateLimiter> limiter)
{
    m_limiter = std::move(limiter);
}

void AwsTransport::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCaCertificates = certificates;
}

QDateTime AwsTransport::now() const
{
    return m_clock().addSecs(m_clockOffsetSeconds);
}

std::shared_ptr<AwsTransport::PendingCall>
AwsTransport::start(const ServiceEndpoint &endpoint, WireRequest request,
                    const CallOptions &options, ErrorParser parseError, Completion complete)
{
    auto pending = std::make_shared<PendingCall>();
    pending->endpoint = endpoint;
    pending->category = options.quotaCategory.isEmpty() ? RateLimiter::categoryOf(request.operation)
                                                        : options.quotaCategory;
    pending->request = std::move(request);
    pending->options = options;
    if (pending->options.timeoutMs <= 0)
        pending->options.timeoutMs = m_policy.attemptTimeoutMs;
    pending->operationClass =
        options.operationClass.value_or(operationClassOf(pending->request.operation));
    pending->parseError = std::move(parseError);
    pending->complete = std::move(complete);
    pending->maxAttempts =
        std::max(1, options.maxAttempts > 0 ? options.maxAttempts : m_policy.maxAttempts);
    pending->started.start();

    const Result<QUrl> url = validateEndpointUrl(endpoint.url);
    if (!url) {
        finish(pending, Result<WireReply>(url.error()));
        return pending;
    }
    attempt(pending);
    return pending;
}

void AwsTransport::cancel(const std::weak_ptr<PendingCall> &call)
{
    const auto canceled = call.lock();
    if (!canceled || canceled->done)
        return;
    canceled->canceled = true;
    if (canceled->reply) {
        canceled->reply->abort(); // its finished() completes the call
        return;
    }
    finish(canceled, std::nullopt);
}

void AwsTransport::schedule(const std::shared_ptr<PendingCall> &pending, qint64 delayMs,
                            void (AwsTransport::*next)(const std::shared_ptr<PendingCall> &))
{
    if (delayMs <= 0) {
        (this->*next)(pending);
        return;
    }
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    pending->timer = timer;
    connect(timer, &QTimer::timeout, this, [this, pending, timer, next] {
        timer->deleteLater();
        if (!pending->done)
            (this->*next)(pending);
    });
    timer->start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
}

void AwsTransport::attempt(const std::shared_ptr<PendingCall> &pending)
{
    const qint64 wait = m_limiter ? m_limiter->reserve(pending->category) : 0;
    if (wait > 0)
        qCDebug(lcAws).nospace().noquote() << pending->request.operation << ": rate limit of "
                                           << pending->category << ", waiting " << wait << " ms";
    schedule(pending, wait, &AwsTransport::send);
}

void AwsTransport::send(const std::shared_ptr<PendingCall> &pending)
{
    if (pending->done)
        return;
    ++pending->attempts;
    pending->timedOut = false;
    pending->tooLarge = false;
    pending->body.clear();
    const QUrl &url = pending->endpoint.url;
    const WireRequest &wire = pending->request;

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, wire.contentType);
    for (const auto &[name, value] : wire.headers)
        request.setRawHeader(name, value);
    // AWS answers over HTTP/1.1; HTTP/2 multiplexing buys nothing for one request at a time.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_extraCaCertificates.isEmpty())
            tls.addCaCertificates(m_extraCaCertificates);
        request.setSslConfiguration(tls);
    }

    if (pending->options.signing == Signing::Signed) {
        Result<Credentials> credentials =
            m_credentials
                ? m_credentials->credentials()
                : Result<Credentials>(AwsError::local(QStringLiteral("MissingCredentials"),
                                                      tr("No AWS credentials configured.")));
        if (!credentials) {
            finish(pending, Result<WireReply>(credentials.error()));
            return;
        }
        SigningRequest signing;
        signing.path = url.path(QUrl::FullyEncoded).toLatin1();
        signing.query = url.query(QUrl::FullyEncoded).toLatin1();
        QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
        if (url.host().contains(QLatin1Char(':')))
            host = '[' + host + ']';
        if (url.port() != -1)
            host += ':' + QByteArray::number(url.port());
        signing.headers = {{"host", host}, {"content-type", wire.contentType}};
        for (const auto &[name, value] : wire.headers)
            signing.headers.append({name.toLower(), value});
        signing.body = wire.body;
        const SignatureResult signature = SigV4::sign(
            signing, credentials.value(),
            SigningScope{pending->endpoint.region, pending->endpoint.signingName}, now());
        for (const auto &[name, value] : signature.addedHeaders)
            request.setRawHeader(name, value);
        request.setRawHeader("Authorization", signature.authorization);
    }

    const int lane = pickLane();
    QNetworkReply *reply = m_lanes[lane].network->post(request, wire.body);
    ++m_lanes[lane].inFlight;
    // First, so that a resend from onReply already sees the lane's connection free.
    connect(reply, &QNetworkReply::finished, this, [this, lane] { --m_lanes[lane].inFlight; });
    pending->reply = reply;
    auto *timeout = new QTimer(reply);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, reply, [pending, reply] {
        pending->timedOut = true;
        reply->abort();
    });
    timeout->start(pending->options.timeoutMs);
    connect(reply, &QNetworkReply::metaDataChanged, this, [pending, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > pending->options.maxBodyBytes) {
            pending->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this,
            [this, pending, reply] { onReadyRead(pending, reply); });
    connect(reply, &QNetworkReply::finished, this, [this, pending] { onReply(pending); });
}

void AwsTransport::onReadyRead(const std::shared_ptr<PendingCall> &pending, QNetworkReply *reply)
{
    if (!reply || pending->tooLarge)
        return;
    // Read as it comes so that the cap bounds what is held, not what was downloaded.
    const qint64 cap = pending->options.maxBodyBytes;
    pending->body += reply->read(cap + 1 - pending->body.size());
    if (pending->body.size() > cap) {
        pending->tooLarge = true;
        reply->abort();
    }
}

void AwsTransport::onReply(const std::shared_ptr<PendingCall> &pending)
{
    QScopedPointer<QNetworkReply, QScopedPointerDeleteLater> reply(pending->reply.data());
    pending->reply = nullptr;
    if (!reply || pending->done)
        return;
    if (pending->canceled) {
        finish(pending, std::nullopt);
        return;
    }
    const QString &operation = pending->request.operation;
    const QUrl &url = pending->endpoint.url;
    if (!pending->tooLarge && reply->bytesAvailable() > 0)
        onReadyRead(pending, reply.data());
    WireReply answer;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = std::move(pending->body);
    pending->body.clear();
    answer.headers = reply->rawHeaderPairs();
    answer.attempts = pending->attempts;
    const int status = answer.httpStatus;
    const QByteArray requestId = answer.requestId();
    const bool isCreate = pending->operationClass == OperationClass::Create;
    // A body shorter than its Content-Length, or a connection that failed after the status
    // line, is an answer cut off: never a success, whatever the status said.
    // (A compressed answer's Content-Length counts the compressed bytes: not comparable.)
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    const bool shortBody = declared.isValid() && (encoding.isEmpty() || encoding == "identity") &&
                           answer.body.size() < declared.toLongLong();
    const bool cutOff =
        status != 0 &&
        ((reply->error() != QNetworkReply::NoError && int(reply->error()) < 200) || shortBody);

    AwsError error;
    if (pending->tooLarge) {
        error.kind = ErrorKind::Protocol;
        error.type = QStringLiteral("ResponseTooLarge");
        error.message = tr("The answer to %1 is larger than %2 bytes; it was not read.")
                            .arg(operation)
                            .arg(pending->options.maxBodyBytes);
        error.httpStatus = status;
        error.outcomeUnknown = pending->operationClass != OperationClass::Read;
    } else if (pending->timedOut) {
        error = timeoutError(url, pending->options.timeoutMs);
        error.outcomeUnknown = true;
    } else if (cutOff) {
        error.kind = ErrorKind::Network;
        error.type = QStringLiteral("TruncatedResponse");
        error.message =
            tr("The answer to %1 (HTTP %2) was cut off before its end.").arg(operation).arg(status);
        error.httpStatus = status;
        error.retryable = true;
        error.outcomeUnknown = true;
    } else if (status == 0) {
        error = networkError(reply->error(), reply->errorString(), url);
        // Refused, unresolved and TLS failures happen before the request is sent.
        const QNetworkReply::NetworkError code = reply->error();
        error.outcomeUnknown = code != QNetworkReply::ConnectionRefusedError &&
                               code != QNetworkReply::HostNotFoundError &&
                               code != QNetworkReply::SslHandshakeFailedError;
        // Servers drop idle keep-alive connections; a request that met one that had just
        // been closed was usually never processed, so it is resent at once, once, outside
        // the retry budget. Not a create: "usually" is not enough for one.
        if (reply->error() == QNetworkReply::RemoteHostClosedError && !pending->keepAliveRetried &&
            answer.body.isEmpty() && !isCreate) {
            pending->keepAliveRetried = true;
            ++pending->freeAttempts;
            qCDebug(lcAws).nospace().noquote()
                << operation << ": connection closed by the server, resending";
            send(pending);
            return;
        }
    } else if (status >= 200 && status < 300) {
        if (m_limiter)
            m_limiter->onSuccess(pending->category);
        qCInfo(lcAws).nospace().noquote()
            << operation << ": HTTP " << status << ", " << pending->attempts << " attempt(s), "
            << pending->started.elapsed() << " ms, request id " << requestId;
        finish(pending, Result<WireReply>(std::move(answer)));
        return;
    } else {
        error = pending->parseError(answer);
        if (pending->options.signing == Signing::Signed && isClockSkewError(error.type)) {
            const QDateTime serverDate = parseHttpDate(reply->rawHeader("Date"));
            const QDateTime ours = now();
            if (serverDate.isValid() &&
                std::abs(ours.secsTo(serverDate)) > m_policy.skewThresholdSeconds) {
                m_clockOffsetSeconds += ours.secsTo(serverDate);
                qCInfo(lcAws).nospace().noquote()
                    << operation << ": clock skew of " << m_clockOffsetSeconds
                    << " s corrected from the server's Date";
                if (!pending->skewRetried) {
                    pending->skewRetried = true;
                    ++pending->freeAttempts;
                    send(pending);
                    return;
                }
            }
        }
        if (m_limiter && isThrottlingError(error.type))
            m_limiter->onThrottled(pending->category);
        // A 5xx or an internal failure may come after the work was done; a throttle or any
        // 4xx (a 408 too) is an answer that nothing was.
        error.outcomeUnknown = error.retryable && !isThrottlingError(error.type) &&
                               !isRequestTimeoutStatus(error.httpStatus);
    }

    if (error.outcomeUnknown && isCreate && error.retryable) {
        // Resending a create blind makes a second object (or fails on the first one); the
        // caller checks the service instead.
        error.attempts = pending->attempts;
        error.message += QLatin1Char(' ') +
                         tr("%1 may have been done: check before trying again.").arg(operation);
        qCInfo(lcAws).nospace().noquote()
            << operation << ": " << error.type << ", HTTP " << status
            << ", outcome unknown; a create is not resent blind (" << pending->attempts
            << " attempt(s), " << pending->started.elapsed() << " ms, request id " << requestId
            << ')';
        finish(pending, Result<WireReply>(error));
        return;
    }

    error.attempts = pending->attempts;
    const int budgetUsed = pending->attempts - pending->freeAttempts;
    if (error.retryable && budgetUsed < pending->maxAttempts) {
        const int delay = backoffDelayMs(budgetUsed, m_policy, m_random());
        qCDebug(lcAws).nospace().noquote()
            << operation << ": attempt " << pending->attempts << " failed (" << error.type
            << ", HTTP " << status << ", request id " << requestId << "), retrying in " << delay
            << " ms";
        schedule(pending, delay, &AwsTransport::attempt);
        return;
    }
    qCInfo(lcAws).nospace().noquote()
        << operation << ": " << error.type << ", HTTP " << status << ", " << pending->attempts
        << " attempt(s), " << pending->started.elapsed() << " ms, request id " << requestId;
    finish(pending, Result<WireReply>(error));
}

void AwsTransport::finish(const std::shared_ptr<PendingCall> &pending,
                          std::optional<Result<WireReply>> result)
{
    if (pending->done)
        return;
    pending->done = true;
    if (pending->timer) {
        pending->timer->stop();
        pending->timer->deleteLater();
    }
    if (pending->canceled) {
        qCInfo(lcAws).nospace().noquote()
            << pending->request.operation << ": canceled after " << pending->attempts
            << " attempt(s), " << pending->started.elapsed() << " ms";
        result.reset();
    } else if (result && !result->ok() && result->error().attempts == 0) {
        AwsError error = result->error();
        error.attempts = pending->attempts;
        result = Result<WireReply>(error);
    }
    // Moved out first: the completion may drop the last reference to `pending`.
    const Completion complete = std::move(pending->complete);
    complete(std::move(result));
}

} // namespace cdesk::aws
