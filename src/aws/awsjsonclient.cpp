#include "awsjsonclient.h"

#include <QJsonDocument>

namespace cdesk::aws {

namespace {

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

    return completeErrorReply(error, body);
}

AwsJsonClient::AwsJsonClient(ServiceEndpoint endpoint,
                             std::shared_ptr<CredentialsProvider> credentials, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_transport(new AwsTransport(std::move(credentials), this))
{}

AwsJsonClient::AwsJsonClient(ServiceEndpoint endpoint, AwsTransport *sharedTransport,
                             QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_transport(sharedTransport)
{}

AwsJsonClient::~AwsJsonClient() = default;

QFuture<Result<QJsonObject>> AwsJsonClient::call(const QString &operation,
                                                 const QJsonObject &payload,
                                                 const CallOptions &options)
{
    WireRequest request;
    request.operation = operation;
    request.contentType = QByteArrayLiteral("application/x-amz-json-1.1");
    request.headers = {
        {"X-Amz-Target", (m_endpoint.targetPrefix + QLatin1Char('.') + operation).toLatin1()}};
    request.body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const auto readError = [](const WireReply &reply) {
        return parseErrorReply(reply.httpStatus, reply.body, reply.header("x-amzn-ErrorType"),
                               reply.requestId());
    };
    const auto decode = [operation, tell = options.onSuccessRequestId](const WireReply &reply) {
        if (tell)
            tell(QString::fromLatin1(reply.requestId()));
        return decodeReply(operation, reply);
    };
    return m_transport->call<QJsonObject>(m_endpoint, std::move(request), options, readError,
                                          decode);
}

Result<QJsonObject> AwsJsonClient::decodeReply(const QString &operation, const WireReply &reply)
{
    QJsonParseError parseError{};
    const QJsonDocument document = reply.body.trimmed().isEmpty()
                                       ? QJsonDocument(QJsonObject())
                                       : QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject())
        return document.object();
    AwsError error;
    error.kind = ErrorKind::Protocol;
    error.type = QStringLiteral("MalformedResponse");
    error.message = tr("The server's answer to %1 is not a JSON object.").arg(operation);
    error.httpStatus = reply.httpStatus;
    error.requestId = QString::fromLatin1(reply.requestId());
    error.attempts = reply.attempts;
    return error;
}

} // namespace cdesk::aws
