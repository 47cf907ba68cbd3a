#include "awsjsonclient.h"

#include "ratelimiter.h"
#include "sigv4.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPromise>
#include <QRandomGenerator>
#include <QScopedPointer>
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

QString stripNamespace(QString type)
{
    // "aws.cognito#UserNotFoundException" and "UserNotFoundException:http://..." both occur.
    const qsizetype hash = type.lastIndexOf(QLatin1Char('#'));
    if (hash >= 0)
        type = type.mid(hash + 1);
    const qsizetype colon = type.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        type = type.left(colon);
    return type.trimmed();
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

AwsError parseErrorReply(int httpStatus, const QByteArray &body, const QByteArray &errorTypeHeader,
                         const QByteArray &requestId)
{
    AwsError error;
    error.kind = ErrorKind::Service;
    error.httpStatus = httpStatus;
    error.requestId = QString::fromLatin1(requestId);

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.object();
    error.type = stripNamespace(object.value(QLatin1String("__type")).toString());
    if (error.type.isEmpty())
        error.type = stripNamespace(QString::fromLatin1(errorTypeHeader));
    error.message = object.value(QLatin1String("message")).toString();
    if (error.message.isEmpty())
        error.message = object.value(QLatin1String("Message")).toString();

    if (error.type.isEmpty()) {
        // Not an AWS error document: an HTML page from a proxy, an empty 500, ...
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
    error.retryable = isTransientStatus(httpStatus) || isThrottlingError(error.type) ||
                      error.type == QLatin1String("InternalErrorException");
    return error;
}

struct AwsJsonClient::PendingCall
{
    QString operation;
    QString category;
    QByteArray body;
    CallOptions options;
    QPromise<Result<QJsonObject>> promise;
    int maxAttempts = 3;
    int attempts = 0;     // requests sent
    int freeAttempts = 0; // keep-alive and clock-skew resends, outside the retry budget
    bool keepAliveRetried = false;
    bool skewRetried = false;
    bool timedOut = false;
    bool canceled = false;
    bool done = false;
    QElapsedTimer started;
    QPointer<QNetworkReply> reply;
    QPointer<QTimer> timer; // backoff / rate-limit wait, or the attempt's timeout
    QFutureWatcher<Result<QJsonObject>> *watcher = nullptr;
};

AwsJsonClient::AwsJsonClient(ServiceEndpoint endpoint,
                             std::shared_ptr<CredentialsProvider> credentials, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_credentials(std::move(credentials))
    , m_network(new QNetworkAccessManager(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
    , m_limiter(std::make_shared<RateLimiter>())
{
    // Redirects are not part of the AWS JSON protocol; following one could send a signed
    // request (or a password) somewhere else.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

AwsJsonClient::~AwsJsonClient() = default;

void AwsJsonClient::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void AwsJsonClient::setRandom(Random random)
{
    m_random = std::move(random);
}

void AwsJsonClient::setRateLimiter(std::shared_ptr<RateLimiter> limiter)
{
    m_limiter = std::move(limiter);
}

void AwsJsonClient::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCaCertificates = certificates;
}

QDateTime AwsJsonClient::now() const
{
    return m_clock().addSecs(m_clockOffsetSeconds);
}

QFuture<Result<QJsonObject>> AwsJsonClient::call(const QString &operation,
                                                 const QJsonObject &payload,
                                                 const CallOptions &options)
{
    auto pending = std::make_shared<PendingCall>();
    pending->operation = operation;
    pending->category = options.quotaCategory.isEmpty() ? RateLimiter::categoryOf(operation)
                                                        : options.quotaCategory;
    pending->body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    pending->options = options;
    pending->maxAttempts =
        std::max(1, options.maxAttempts > 0 ? options.maxAttempts : m_policy.maxAttempts);
    pending->started.start();
    pending->promise.start();
    QFuture<Result<QJsonObject>> future = pending->promise.future();

    // QFuture::cancel() reaches us through a watcher: abort what is in flight or waiting.
    pending->watcher = new QFutureWatcher<Result<QJsonObject>>(this);
    std::weak_ptr<PendingCall> weak = pending;
    connect(pending->watcher, &QFutureWatcherBase::canceled, this, [this, weak] {
        const auto canceled = weak.lock();
        if (!canceled || canceled->done)
            return;
        canceled->canceled = true;
        if (canceled->reply) {
            canceled->reply->abort(); // its finished() completes the call
            return;
        }
        finish(canceled, AwsError());
    });
    pending->watcher->setFuture(future);

    const Result<QUrl> url = validateEndpointUrl(m_endpoint.url);
    if (!url) {
        finish(pending, url.error());
        return future;
    }
    attempt(pending);
    return future;
}

void AwsJsonClient::schedule(const std::shared_ptr<PendingCall> &pending, qint64 delayMs)
{
    if (delayMs <= 0) {
        send(pending);
        return;
    }
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    pending->timer = timer;
    connect(timer, &QTimer::timeout, this, [this, pending, timer] {
        timer->deleteLater();
        if (!pending->done)
            send(pending);
    });
    timer->start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
}

void AwsJsonClient::attempt(const std::shared_ptr<PendingCall> &pending)
{
    const qint64 wait = m_limiter ? m_limiter->reserve(pending->category) : 0;
    if (wait > 0)
        qCDebug(lcAws).nospace().noquote() << pending->operation << ": rate limit of "
                                           << pending->category << ", waiting " << wait << " ms";
    schedule(pending, wait);
}

void AwsJsonClient::send(const std::shared_ptr<PendingCall> &pending)
{
    if (pending->done)
        return;
    ++pending->attempts;
    pending->timedOut = false;
    const QUrl &url = m_endpoint.url;
    const QByteArray target =
        (m_endpoint.targetPrefix + QLatin1Char('.') + pending->operation).toLatin1();

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-amz-json-1.1"));
    request.setRawHeader("X-Amz-Target", target);
    // AWS answers JSON over HTTP/1.1; HTTP/2 multiplexing buys nothing for one request at a time.
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
            finish(pending, credentials.error());
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
        signing.headers = {{"host", host},
                           {"content-type", "application/x-amz-json-1.1"},
                           {"x-amz-target", target}};
        signing.body = pending->body;
        const SignatureResult signature =
            SigV4::sign(signing, credentials.value(),
                        SigningScope{m_endpoint.region, m_endpoint.signingName}, now());
        for (const auto &[name, value] : signature.addedHeaders)
            request.setRawHeader(name, value);
        request.setRawHeader("Authorization", signature.authorization);
    }

    QNetworkReply *reply = m_network->post(request, pending->body);
    pending->reply = reply;
    auto *timeout = new QTimer(reply);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, reply, [pending, reply] {
        pending->timedOut = true;
        reply->abort();
    });
    timeout->start(pending->options.timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, pending] { onReply(pending); });
}

void AwsJsonClient::onReply(const std::shared_ptr<PendingCall> &pending)
{
    QScopedPointer<QNetworkReply, QScopedPointerDeleteLater> reply(pending->reply.data());
    pending->reply = nullptr;
    if (!reply || pending->done)
        return;
    if (pending->canceled) {
        finish(pending, AwsError());
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QByteArray requestId = reply->rawHeader("x-amzn-RequestId");

    AwsError error;
    if (pending->timedOut) {
        error = timeoutError(m_endpoint.url, pending->options.timeoutMs);
    } else if (status == 0) {
        error = networkError(reply->error(), reply->errorString(), m_endpoint.url);
        // Servers drop idle keep-alive connections; a request that met one that had just
        // been closed was never processed, so it is resent at once, once, outside the
        // retry budget.
        if (reply->error() == QNetworkReply::RemoteHostClosedError && !pending->keepAliveRetried &&
            body.isEmpty()) {
            pending->keepAliveRetried = true;
            ++pending->freeAttempts;
            qCDebug(lcAws).nospace().noquote()
                << pending->operation << ": connection closed by the server, resending";
            send(pending);
            return;
        }
    } else if (status >= 200 && status < 300) {
        if (m_limiter)
            m_limiter->onSuccess(pending->category);
        QJsonParseError parseError{};
        const QJsonDocument document = body.trimmed().isEmpty()
                                           ? QJsonDocument(QJsonObject())
                                           : QJsonDocument::fromJson(body, &parseError);
        if (parseError.error == QJsonParseError::NoError && document.isObject()) {
            qCInfo(lcAws).nospace().noquote()
                << pending->operation << ": HTTP " << status << ", " << pending->attempts
                << " attempt(s), " << pending->started.elapsed() << " ms, request id " << requestId;
            finish(pending, document.object());
            return;
        }
        error.kind = ErrorKind::Protocol;
        error.type = QStringLiteral("MalformedResponse");
        error.message =
            tr("The server's answer to %1 is not a JSON object.").arg(pending->operation);
        error.httpStatus = status;
        error.requestId = QString::fromLatin1(requestId);
    } else {
        error = parseErrorReply(status, body, reply->rawHeader("x-amzn-ErrorType"), requestId);
        if (pending->options.signing == Signing::Signed && isClockSkewError(error.type)) {
            const QDateTime serverDate = parseHttpDate(reply->rawHeader("Date"));
            const QDateTime ours = now();
            if (serverDate.isValid() &&
                std::abs(ours.secsTo(serverDate)) > m_policy.skewThresholdSeconds) {
                m_clockOffsetSeconds += ours.secsTo(serverDate);
                qCInfo(lcAws).nospace().noquote()
                    << pending->operation << ": clock skew of " << m_clockOffsetSeconds
                    << " s corrected from the "
                    << "server's Date";
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
    }

    error.attempts = pending->attempts;
    const int budgetUsed = pending->attempts - pending->freeAttempts;
    if (error.retryable && budgetUsed < pending->maxAttempts) {
        const int delay = backoffDelayMs(budgetUsed, m_policy, m_random());
        qCDebug(lcAws).nospace().noquote()
            << pending->operation << ": attempt " << pending->attempts << " failed (" << error.type
            << ", HTTP " << status << ", request id " << requestId << "), retrying in " << delay
            << " ms";
        if (delay <= 0) {
            attempt(pending);
            return;
        }
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        pending->timer = timer;
        connect(timer, &QTimer::timeout, this, [this, pending, timer] {
            timer->deleteLater();
            if (!pending->done)
                attempt(pending);
        });
        timer->start(delay);
        return;
    }
    qCInfo(lcAws).nospace().noquote()
        << pending->operation << ": " << error.type << ", HTTP " << status << ", "
        << pending->attempts << " attempt(s), " << pending->started.elapsed() << " ms, request id "
        << requestId;
    finish(pending, error);
}

void AwsJsonClient::finish(const std::shared_ptr<PendingCall> &pending, Result<QJsonObject> result)
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
            << pending->operation << ": canceled after " << pending->attempts << " attempt(s), "
            << pending->started.elapsed() << " ms";
    } else {
        if (!result.ok() && result.error().attempts == 0) {
            AwsError error = result.error();
            error.attempts = pending->attempts;
            result = error;
        }
        pending->promise.addResult(std::move(result));
    }
    pending->promise.finish();
    if (pending->watcher) {
        pending->watcher->disconnect(this);
        pending->watcher->deleteLater();
        pending->watcher = nullptr;
    }
}

} // namespace cdesk::aws
