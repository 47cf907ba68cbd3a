#include "awsqueryclient.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QXmlStreamReader>

namespace cdesk::aws {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::aws", text);
}

const XmlElement &nullElement()
{
    static const XmlElement empty;
    return empty;
}

// The first element called `name` at any depth, breadth first; null if none.
const XmlElement &findDescendant(const XmlElement &root, const QString &name)
{
    QList<const XmlElement *> queue{&root};
    for (qsizetype i = 0; i < queue.size(); ++i) {
        if (queue[i]->name == name)
            return *queue[i];
        for (const XmlElement &child : queue[i]->children)
            queue.append(&child);
    }
    return nullElement();
}

} // namespace

const XmlElement &XmlElement::child(const QString &childName) const
{
    for (const XmlElement &element : children)
        if (element.name == childName)
            return element;
    return nullElement();
}

QList<XmlElement> XmlElement::childrenNamed(const QString &childName) const
{
    QList<XmlElement> found;
    for (const XmlElement &element : children)
        if (element.name == childName)
            found.append(element);
    return found;
}

const XmlElement &XmlElement::at(const QString &path) const
{
    const XmlElement *element = this;
    for (const QString &step : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        element = &element->child(step);
        if (element->isNull())
            break;
    }
    return *element;
}

QString XmlElement::textAt(const QString &path) const
{
    return at(path).text;
}

Result<XmlElement> parseXml(const QByteArray &document)
{
    QXmlStreamReader reader(document);
    // Entities other than the five predefined ones are never expanded (no DTD support),
    // so an answer cannot make us fetch or inflate anything.
    QList<XmlElement> stack;
    XmlElement root;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            XmlElement element;
            element.name = reader.name().toString();
            stack.append(element);
            break;
        }
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty())
                stack.last().text += reader.text();
            break;
        case QXmlStreamReader::EndElement: {
            XmlElement element = stack.takeLast();
            if (!element.children.isEmpty())
                element.text = element.text.trimmed();
            if (stack.isEmpty())
                root = std::move(element);
            else
                stack.last().children.append(std::move(element));
            break;
        }
        case QXmlStreamReader::DTD: {
            AwsError error;
            error.kind = ErrorKind::Protocol;
            error.type = QStringLiteral("MalformedResponse");
            error.message = tr("The server's XML answer declares a DTD, which AWS never sends.");
            return error;
        }
        default:
            break;
        }
    }
    if (reader.hasError() || root.isNull()) {
        AwsError error;
        error.kind = ErrorKind::Protocol;
        error.type = QStringLiteral("MalformedResponse");
        error.message = tr("The server's answer is not well-formed XML (line %1, column %2: %3).")
                            .arg(reader.lineNumber())
                            .arg(reader.columnNumber())
                            .arg(reader.errorString());
        return error;
    }
    return root;
}

AwsError parseQueryErrorReply(int httpStatus, const QByteArray &body,
                              const QByteArray &requestIdHeader)
{
    AwsError error;
    error.kind = ErrorKind::Service;
    error.httpStatus = httpStatus;
    error.requestId = QString::fromLatin1(requestIdHeader);

    const QByteArray trimmed = body.trimmed();
    const Result<XmlElement> document =
        trimmed.isEmpty() ? Result<XmlElement>(XmlElement()) : parseXml(trimmed);
    if (document) {
        const XmlElement &errorElement = findDescendant(document.value(), QStringLiteral("Error"));
        error.type = errorElement.textAt(QStringLiteral("Code")).trimmed();
        error.message = errorElement.textAt(QStringLiteral("Message")).trimmed();
        const QString requestId =
            findDescendant(document.value(), QStringLiteral("RequestId")).text.trimmed();
        if (error.requestId.isEmpty())
            error.requestId = requestId;
    }
    return completeErrorReply(error, body);
}

AwsQueryClient::AwsQueryClient(ServiceEndpoint endpoint, QString apiVersion,
                               AwsTransport *transport, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_apiVersion(std::move(apiVersion))
    , m_transport(transport)
{}

AwsQueryClient::~AwsQueryClient() = default;

QByteArray AwsQueryClient::formBody(const QString &operation,
                                    const QueryParameters &parameters) const
{
    QByteArray body = "Action=" + QUrl::toPercentEncoding(operation) +
                      "&Version=" + QUrl::toPercentEncoding(m_apiVersion);
    for (const auto &[name, value] : parameters)
        body += '&' + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    return body;
}

QFuture<Result<XmlElement>> AwsQueryClient::call(const QString &operation,
                                                 const QueryParameters &parameters,
                                                 const CallOptions &options)
{
    WireRequest request;
    request.operation = operation;
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded; charset=utf-8");
    request.body = formBody(operation, parameters);
    const auto parseError = [](const WireReply &reply) {
        return parseQueryErrorReply(reply.httpStatus, reply.body, reply.requestId());
    };
    const auto decode = [operation](const WireReply &reply) {
        return decodeReply(operation, reply);
    };
    return m_transport->call<XmlElement>(m_endpoint, std::move(request), options, parseError,
                                         decode);
}

Result<XmlElement> AwsQueryClient::decodeReply(const QString &operation, const WireReply &reply)
{
    Result<XmlElement> document = parseXml(reply.body.trimmed());
    const QString responseName = operation + QLatin1String("Response");
    if (document && document.value().name != responseName) {
        AwsError error;
        error.kind = ErrorKind::Protocol;
        error.type = QStringLiteral("MalformedResponse");
        // The file's tr(), not QObject's: the same context as the other messages here.
        error.message = aws::tr("The server answered %1 with <%2>, not <%3>.")
                            .arg(operation, document.value().name, responseName);
        document = error;
    }
    if (!document) {
        AwsError error = document.error();
        error.httpStatus = reply.httpStatus;
        error.requestId = QString::fromLatin1(reply.requestId());
        error.attempts = reply.attempts;
        return error;
    }
    XmlElement result = document.value().child(operation + QLatin1String("Result"));
    return result;
}

} // namespace cdesk::aws
