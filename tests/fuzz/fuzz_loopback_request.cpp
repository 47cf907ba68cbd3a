// The loopback receiver's HTTP request parser (auth::parseLoopbackRequest): input = the bytes
// a local process sends to the redirect port, which anyone on the machine can do.
#include "auth/loopbackrequest.h"
#include "fuzzsupport.h"

using namespace cdesk;

namespace {

bool isErrorStatus(int status)
{
    return status == 400 || status == 411 || status == 413 || status == 414 || status == 431;
}

void checkParse(const QByteArray &input, const auth::LoopbackRequestLimits &limits)
{
    using Status = auth::LoopbackParse::Status;
    const auth::LoopbackParse parsed = auth::parseLoopbackRequest(input, limits);
    switch (parsed.status) {
    case Status::NeedMore:
        // Waiting is only allowed while the bytes so far are within the limits.
        FUZZ_CHECK(input.size() <= limits.maxRequestBytes);
        FUZZ_CHECK(parsed.error == auth::LoopbackParse::Error::None);
        break;
    case Status::Error:
        FUZZ_CHECK(parsed.error != auth::LoopbackParse::Error::None);
        FUZZ_CHECK(isErrorStatus(parsed.httpStatus));
        break;
    case Status::Complete: {
        FUZZ_CHECK(parsed.error == auth::LoopbackParse::Error::None);
        FUZZ_CHECK(parsed.consumed > 0 && parsed.consumed <= input.size());
        FUZZ_CHECK(parsed.consumed <= limits.maxRequestBytes);
        FUZZ_CHECK(!parsed.request.method.isEmpty());
        FUZZ_CHECK(parsed.request.target.startsWith('/'));
        FUZZ_CHECK(parsed.request.body.size() <= parsed.consumed);
        FUZZ_CHECK(parsed.request.host == parsed.request.host.toLower());
        // A request is complete by its own bytes: what follows it changes nothing, and
        // exactly its bytes parse to the same request.
        const auth::LoopbackParse alone =
            auth::parseLoopbackRequest(input.left(parsed.consumed), limits);
        FUZZ_CHECK(alone.complete());
        FUZZ_CHECK(alone.consumed == parsed.consumed);
        FUZZ_CHECK(alone.request.method == parsed.request.method);
        FUZZ_CHECK(alone.request.target == parsed.request.target);
        FUZZ_CHECK(alone.request.body == parsed.request.body);
        // One byte fewer is never complete: it is a prefix that waits, or an error.
        FUZZ_CHECK(!auth::parseLoopbackRequest(input.left(parsed.consumed - 1), limits).complete());
        break;
    }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    checkParse(input, {});
    // Tight limits reach the size checks with short inputs.
    auth::LoopbackRequestLimits tight;
    tight.maxRequestBytes = 96;
    tight.maxRequestLineBytes = 48;
    tight.maxHeaderBytes = 80;
    tight.maxHeaderCount = 3;
    checkParse(input, tight);
    return 0;
}
