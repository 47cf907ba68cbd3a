#include "awsjsonclient.h"

#include "sigv4.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QScopedPointer>

namespace cdesk::aws {

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

bool isThrottle(const QString &type)
{
    return type == QLatin1String("TooManyRequestsException") ||
           type == QLatin1String("ThrottlingException") || type == QLatin1String("Throttling") ||
           type == QLatin1String("LimitExceededException");
}

AwsError networkError(QNetworkReply::NetworkError code, const QString &detail, const QUrl &url)
{
    AwsError error;
    error.kind = ErrorKind::Network;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        error.type = QStringLiteral("ConnectionRefused");
        error.message =
            tr("Could not connect to %1: connection refused.").arg(url.toDisplayString());
        break;
    case QNetworkReply::HostNotFoundError:
        error.type = QStringLiteral("HostNotFound");
        error.message = tr("Could not resolve host %1.").arg(url.host());
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        error.kind = ErrorKind::Timeout;
        error.type = QStringLiteral("RequestTimeout");
        error.message = tr("%1 did not answer in time.").arg(url.toDisplayString());
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.type = QStringLiteral("TlsError");
        error.message = tr("TLS handshake with %1 failed: %2").arg(url.host(), detail);
        break;
    default:
        error.type = QStringLiteral("NetworkError");
        error.message = tr("Network error talking to %1: %2").arg(url.toDisplayString(), detail);
        break;
    }
    error.retryable = true;
    return error;
}

} // namespace

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
    error.retryable = httpStatus >= 500 || isThrottle(error.type);
    return error;
}

struct AwsJsonClient::PendingCall
{
    QString operation;
    QByteArray body;
    CallOptions options;
    QPromise<Result<QJsonObject>> promise;
    int attempts = 0;
};

AwsJsonClient::AwsJsonClient(ServiceEndpoint endpoint,
                             std::shared_ptr<CredentialsProvider> credentials, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_credentials(std::move(credentials))
    , m_network(new QNetworkAccessManager(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

AwsJsonClient::~AwsJsonClient() = default;

void AwsJsonClient::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QFuture<Result<QJsonObject>> AwsJsonClient::call(const QString &operation,
                                                 const QJsonObject &payload,
                                                 const CallOptions &options)
{
    auto pending = std::make_shared<PendingCall>();
    pending->operation = operation;
    pending->body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    pending->options = options;
    pending->promise.start();
    QFuture<Result<QJsonObject>> future = pending->promise.future();
    send(pending);
    return future;
}

void AwsJsonClient::send(std::shared_ptr<PendingCall> pending)
{
    const auto finish = [pending](Result<QJsonObject> result) {
        pending->promise.addResult(std::move(result));
        pending->promise.finish();
    };

    ++pending->attempts;
    const QUrl &url = m_endpoint.url;
    const QByteArray target =
        (m_endpoint.targetPrefix + QLatin1Char('.') + pending->operation).toLatin1();

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-amz-json-1.1"));
    request.setRawHeader("X-Amz-Target", target);
    request.setTransferTimeout(pending->options.timeoutMs);
    // AWS answers JSON over HTTP/1.1; HTTP/2 multiplexing buys nothing for one request at a time.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    if (pending->options.signing == Signing::Signed) {
        Result<Credentials> credentials =
            m_credentials
                ? m_credentials->credentials()
                : Result<Credentials>(AwsError::local(QStringLiteral("MissingCredentials"),
                                                      tr("No AWS credentials configured.")));
        if (!credentials) {
            AwsError error = credentials.error();
            error.attempts = pending->attempts;
            finish(error);
            return;
        }
        SigningRequest signing;
        signing.path = url.path(QUrl::FullyEncoded).toLatin1();
        signing.query = url.query(QUrl::FullyEncoded).toLatin1();
        QByteArray host = url.host().toLatin1();
        if (url.port() != -1)
            host += ':' + QByteArray::number(url.port());
        signing.headers = {{"host", host},
                           {"content-type", "application/x-amz-json-1.1"},
                           {"x-amz-target", target}};
        signing.body = pending->body;
        const SignatureResult signature =
            SigV4::sign(signing, credentials.value(),
                        SigningScope{m_endpoint.region, m_endpoint.signingName}, m_clock());
        for (const auto &[name, value] : signature.addedHeaders)
            request.setRawHeader(name, value);
        request.setRawHeader("Authorization", signature.authorization);
    }

    QNetworkReply *rawReply = m_network->post(request, pending->body);
    connect(rawReply, &QNetworkReply::finished, this, [this, pending, finish, rawReply] {
        QScopedPointer<QNetworkReply, QScopedPointerDeleteLater> reply(rawReply);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();

        if (status == 0) {
            // cognito-local and other servers drop idle keep-alive connections; a request that
            // met such a closed connection was never processed, so one immediate retry is safe.
            if (reply->error() == QNetworkReply::RemoteHostClosedError && pending->attempts == 1) {
                send(pending);
                return;
            }
            AwsError error = networkError(reply->error(), reply->errorString(), m_endpoint.url);
            error.attempts = pending->attempts;
            finish(error);
            return;
        }
        if (status >= 200 && status < 300) {
            if (body.trimmed().isEmpty()) {
                finish(QJsonObject());
                return;
            }
            QJsonParseError parseError{};
            const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                AwsError error;
                error.kind = ErrorKind::Protocol;
                error.type = QStringLiteral("MalformedResponse");
                error.message =
                    tr("The server's answer to %1 is not a JSON object.").arg(pending->operation);
                error.httpStatus = status;
                error.requestId = QString::fromLatin1(reply->rawHeader("x-amzn-RequestId"));
                error.attempts = pending->attempts;
                finish(error);
                return;
            }
            finish(document.object());
            return;
        }
        AwsError error = parseErrorReply(status, body, reply->rawHeader("x-amzn-ErrorType"),
                                         reply->rawHeader("x-amzn-RequestId"));
        error.attempts = pending->attempts;
        finish(error);
    });
}

} // namespace cdesk::aws
