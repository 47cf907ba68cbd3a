// The AWS JSON 1.1 protocol's answers: errors (aws::parseErrorReply, which ends in the
// transport's aws::completeErrorReply) and 2xx bodies (AwsJsonClient::decodeReply).
// Input: line 1 the HTTP status, line 2 the x-amzn-ErrorType header, the rest the body.
#include "aws/awsjsonclient.h"
#include "fuzzsupport.h"

using namespace cdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray body = fuzz::bytes(data, size);
    const int status = fuzz::takeLine(&body).trimmed().toInt();
    const QByteArray errorType = fuzz::takeLine(&body);

    const aws::AwsError error = aws::parseErrorReply(status, body, errorType, "req-1");
    FUZZ_CHECK(!error.type.isEmpty());
    FUZZ_CHECK(error.httpStatus == status);
    FUZZ_CHECK(!error.toString().isEmpty());
    // The namespace and the ":http://..." suffix are always stripped.
    FUZZ_CHECK(!error.type.contains(QLatin1Char('#')) && !error.type.contains(QLatin1Char(':')));
    if (status == 500 || status == 502 || status == 503 || status == 504)
        FUZZ_CHECK(error.retryable);

    aws::WireReply reply;
    reply.httpStatus = status;
    reply.body = body;
    reply.headers = {{"x-amzn-ErrorType", errorType}, {"X-Amzn-RequestId", "req-1"}};
    reply.attempts = 1;
    FUZZ_CHECK(reply.requestId() == "req-1");
    const aws::Result<QJsonObject> decoded =
        aws::AwsJsonClient::decodeReply(QStringLiteral("ListUsers"), reply);
    if (!decoded) {
        FUZZ_CHECK(decoded.error().kind == aws::ErrorKind::Protocol);
        FUZZ_CHECK(decoded.error().requestId == QLatin1String("req-1"));
    }
    return 0;
}
