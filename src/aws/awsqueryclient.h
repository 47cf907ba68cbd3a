#pragma once

#include "awstransport.h"
#include "endpoint.h"
#include "result.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

namespace cdesk::aws {

// An element of an XML answer: its local name (namespaces dropped), its text and its
// child elements in document order. Enough for the AWS Query protocol, whose answers are
// plain element trees.
struct XmlElement
{
    QString name;
    QString text; // the element's own character data, trimmed only when it has children
    QList<XmlElement> children;

    bool isNull() const { return name.isEmpty(); }
    // The first child called `name`, or a null element.
    const XmlElement &child(const QString &name) const;
    // The children called `name` (e.g. the <member> items of a list).
    QList<XmlElement> childrenNamed(const QString &name) const;
    // The text of the descendant at `path` ("Role/Arn"), empty if there is none.
    QString textAt(const QString &path) const;
    // The element at `path`, or a null element.
    const XmlElement &at(const QString &path) const;
};

// Parses a whole document; an error message (line and column) when it is not
// well-formed XML.
Result<XmlElement> parseXml(const QByteArray &document);

// Reads a Query-protocol error answer:
// <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>
// (or EC2's <Response><Errors><Error>…). Tolerates empty, HTML and other non-AWS bodies,
// which become Protocol errors naming the HTTP status.
AwsError parseQueryErrorReply(int httpStatus, const QByteArray &body,
                              const QByteArray &requestIdHeader);

// The parameters of one Query call, in order (Action and Version are added).
using QueryParameters = QList<QPair<QString, QString>>;

// The AWS Query protocol, as IAM and STS speak it: a form-encoded POST of
// Action=<Operation>&Version=<api version>&..., SigV4-signed with the endpoint's signing
// name and region; the answer is XML. Shares the transport (QNAM, credentials, signer,
// retries, rate limiter) of the connection's AwsJsonClient.
class AwsQueryClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsQueryClient)

public:
    AwsQueryClient(ServiceEndpoint endpoint, QString apiVersion, AwsTransport *transport,
                   QObject *parent = nullptr);
    ~AwsQueryClient() override;

    const ServiceEndpoint &endpoint() const { return m_endpoint; }
    const QString &apiVersion() const { return m_apiVersion; }
    AwsTransport *transport() const { return m_transport; }

    // The form body of a call: Action, Version, then `parameters`, each percent-encoded
    // as RFC 3986 unreserved characters.
    QByteArray formBody(const QString &operation, const QueryParameters &parameters) const;

    // Calls `operation`; the future finishes with the answer's <OperationResult> element
    // (a null element for operations that answer only ResponseMetadata) or an AwsError.
    QFuture<Result<XmlElement>> call(const QString &operation, const QueryParameters &parameters,
                                     const CallOptions &options = {});

    // Reads a 2xx answer to `operation`: its <OperationResult> (null when absent), or a
    // Protocol error for malformed XML or another root than <OperationResponse>. Pure, for
    // tests and fuzzing.
    static Result<XmlElement> decodeReply(const QString &operation, const WireReply &reply);

private:
    ServiceEndpoint m_endpoint;
    QString m_apiVersion;
    AwsTransport *m_transport;
};

} // namespace cdesk::aws
