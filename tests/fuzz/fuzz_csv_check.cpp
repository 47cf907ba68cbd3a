// The user-import CSV check (cognito::checkImportCsv), which the import wizard and the CLI
// run on a file the user picked: input = the CSV, checked against a pool header without
// and with required attributes.
#include "cognito/csvcheck.h"
#include "fuzzsupport.h"

using namespace cdesk;

namespace {

void check(const QByteArray &csv, const QStringList &required)
{
    static const QStringList header{QStringLiteral("name"),
                                    QStringLiteral("given_name"),
                                    QStringLiteral("email"),
                                    QStringLiteral("email_verified"),
                                    QStringLiteral("phone_number"),
                                    QStringLiteral("phone_number_verified"),
                                    QStringLiteral("custom:team"),
                                    QStringLiteral("cognito:mfa_enabled"),
                                    QStringLiteral("cognito:username")};
    const cognito::CsvCheck result = cognito::checkImportCsv(csv, header, required);
    // Either a verdict with users and no problem, or a problem on a line of the file.
    if (result.ok) {
        FUZZ_CHECK(result.rows > 0 && result.badLine == 0 && result.problem.isEmpty());
        FUZZ_CHECK(result.columns.contains(QStringLiteral("cognito:username")));
    } else {
        FUZZ_CHECK(!result.problem.isEmpty());
        FUZZ_CHECK(result.badLine >= 0);
        FUZZ_CHECK(result.badLine <= csv.count('\n') + 2);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray csv = fuzz::bytes(data, size);
    check(csv, {});
    check(csv, {QStringLiteral("email"), QStringLiteral("custom:team")});
    return 0;
}
