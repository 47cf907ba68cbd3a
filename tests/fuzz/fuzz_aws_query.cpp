// The AWS Query protocol's XML answers (IAM, STS): aws::parseXml, the XmlElement
// accessors, errors (aws::parseQueryErrorReply) and 2xx bodies
// (AwsQueryClient::decodeReply). Input: line 1 the HTTP status, line 2 the operation
// (e.g. GetRole), the rest the body.
#include "aws/awsqueryclient.h"
#include "fuzzsupport.h"

using namespace cdesk;

namespace {

// Walks every element once, as a caller reading lists and paths would.
void walk(const aws::XmlElement &root)
{
    QList<const aws::XmlElement *> queue{&root};
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const aws::XmlElement &element = *queue[i];
        FUZZ_CHECK(!element.isNull());
        for (const aws::XmlElement &child : element.children)
            queue.append(&child);
        if (!element.children.isEmpty()) {
            const QString first = element.children.first().name;
            FUZZ_CHECK(element.child(first).name == first);
            FUZZ_CHECK(!element.childrenNamed(first).isEmpty());
            FUZZ_CHECK(element.at(first).name == first);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray body = fuzz::bytes(data, size);
    const int status = fuzz::takeLine(&body).trimmed().toInt();
    const QString operation = QString::fromUtf8(fuzz::takeLine(&body)).trimmed();

    const aws::Result<aws::XmlElement> document = aws::parseXml(body);
    if (document) {
        walk(document.value());
        (void)document.value().textAt(QStringLiteral("Error/Code"));
        (void)document.value().at(QStringLiteral("/a//b/"));
    } else {
        FUZZ_CHECK(document.error().kind == aws::ErrorKind::Protocol);
    }

    const aws::AwsError error = aws::parseQueryErrorReply(status, body, QByteArray());
    FUZZ_CHECK(!error.type.isEmpty());
    FUZZ_CHECK(error.httpStatus == status);

    aws::WireReply reply;
    reply.httpStatus = status;
    reply.body = body;
    const aws::Result<aws::XmlElement> decoded = aws::AwsQueryClient::decodeReply(operation, reply);
    if (decoded && !decoded.value().isNull())
        FUZZ_CHECK(decoded.value().name == operation + QLatin1String("Result"));
    return 0;
}
