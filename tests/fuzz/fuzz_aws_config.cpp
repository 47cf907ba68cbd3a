// The AWS CLI's shared files (~/.aws/credentials, ~/.aws/config: aws::parseAwsIni) and a
// credential_process's output (aws::parseCredentialProcessOutput): input = a file's text,
// or a process's JSON (each parser gets every input).
#include "aws/credentialsprovider.h"
#include "fuzzsupport.h"

using namespace cdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);

    const aws::Result<aws::IniFile> ini = aws::parseAwsIni(input, QStringLiteral("config"));
    if (ini) {
        for (auto section = ini.value().cbegin(); section != ini.value().cend(); ++section) {
            FUZZ_CHECK(!section.key().isEmpty());
            for (auto key = section->cbegin(); key != section->cend(); ++key)
                FUZZ_CHECK(!key.key().isEmpty() && key.key() == key.key().toLower());
        }
    } else {
        // Errors name the file and the line.
        FUZZ_CHECK(ini.error().message.startsWith(QLatin1String("config, line ")));
    }

    const QDateTime now = QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC);
    const aws::Result<aws::Credentials> credentials = aws::parseCredentialProcessOutput(
        input, QStringLiteral("helper"), QStringLiteral("credential-process:fuzz"), now);
    if (credentials) {
        FUZZ_CHECK(credentials.value().isValid());
        FUZZ_CHECK(!credentials.value().expiration.isValid() ||
                   now.secsTo(credentials.value().expiration) > 0);
    } else {
        FUZZ_CHECK(credentials.error().kind == aws::ErrorKind::Local);
    }
    return 0;
}
