#pragma once

#include "aws/awserror.h"

namespace cdesk::cli {

// The exit codes of docs/cli.md; scripts depend on them.
enum ExitCode : int
{
    Success = 0,
    ServiceError = 1,     // the service refused: stderr has "<__type>: <message>"
    UsageError = 2,       // bad command line
    ChallengePending = 3, // an authentication challenge waits for an answer
    LocalError = 4,       // keychain, files, network
    VerificationFailed = 5,
    // pool diff --exit-code: the pools differ (as git diff --exit-code); same code as above.
    DifferencesFound = 1,
};

ExitCode exitCodeFor(const aws::AwsError &error);

} // namespace cdesk::cli
