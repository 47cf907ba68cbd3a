#pragma once

#include "aws/result.h"
#include "cli/arguments.h"
#include "cli/exitcode.h"
#include "cli/output.h"
#include "secrets/profile.h"

#include <QHash>
#include <QTextStream>

#include <memory>
#include <optional>
#include <vector>

class QIODevice;

namespace cdesk::cognito {
class Connection;
class IdentityPools;
class IdentityProvider;
class ImportRoleService;
struct AppClient;
struct AuthResponse;
} // namespace cdesk::cognito

namespace cdesk::cli {

struct GlobalOptions
{
    QString profile;
    QString region;
    QString endpointUrl;
    QString userPoolId;
    QString clientId;
    OutputFormat output = OutputFormat::Json;
    bool verbose = false;
    // The global options given on the command line (not from the environment or a profile).
    QStringList given;
    // --profile resolved: a Cognito Desk profile of that name, else the AWS CLI profile.
    std::optional<secrets::Profile> cognitoProfile;
    QString awsProfile;
};

// Resolves `profile` (a Cognito Desk profile of that name, else the AWS CLI profile) into
// *options with the region and endpoint: an option given (`region`, `endpointUrl`) wins, then
// that Cognito Desk profile's value, then the environment, then for the region the AWS CLI
// profile's config. What --profile, --region and --endpoint-url do; pool diff's --profile-b
// and --region-b do the same for its second pool.
void resolveConnection(GlobalOptions *options, const QString &profile,
                       const std::optional<QString> &region,
                       const std::optional<QString> &endpointUrl);

// What a command runs with: resolved global options, the connection, the streams.
class Context
{
public:
    Context(GlobalOptions globals, QIODevice *input, QTextStream &out, QTextStream &err);
    ~Context();

    const GlobalOptions &globals() const { return m_globals; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // Standard input (null when there is none), for commands that read data from it.
    QIODevice *input() const { return m_input; }

    // The Cognito connection, opened on first use. On failure the error has been
    // reported and *exitCode set.
    cognito::IdentityProvider *identityProvider(int *exitCode);
    // A further connection, with other options (resolveConnection), e.g. to a second
    // account or region; it lives as long as the context.
    cognito::IdentityProvider *identityProvider(const GlobalOptions &options, int *exitCode);
    // IAM and STS for the CSV import role, over the same connection (its credentials and
    // transport); reports an unacceptable IAM/STS endpoint.
    cognito::ImportRoleService *importRoles(int *exitCode);
    // Cognito Identity (identity pools) in `region`, over the same connection; reports an
    // unacceptable endpoint.
    cognito::IdentityPools *identityPools(const QString &region, int *exitCode);
    // The pool from --user-pool-id / COGNITO_DESK_USER_POOL_ID; reports a usage error if none.
    std::optional<QString> userPoolId(int *exitCode);

    // The line given on stdin for `option` (e.g. "password-stdin"): lines are matched to the
    // -stdin options in the order the command line names them.
    std::optional<QString> stdinSecret(const ParsedArguments &arguments, const QString &option,
                                       int *exitCode);

    // The app client from --client-id / COGNITO_DESK_CLIENT_ID (or the profile), with its
    // secret from --client-secret-stdin (or the profile's keychain entry) when it has one.
    std::optional<cognito::AppClient> appClient(const ParsedArguments &arguments, int *exitCode);

    // A secret from the system keychain; reports a locked or missing keychain (exit 4).
    std::optional<QString> keychainSecret(const QString &entry, int *exitCode);

    // Prints a response in the chosen format and returns Success.
    int print(const QJsonObject &response, const TableSpec &table = {});
    // For operations whose response is empty: prints {} (docs/cli.md).
    int printEmpty();
    // Tokens: prints the response, Success. A challenge: prints ChallengeName, Session
    // and ChallengeParameters, ChallengePending.
    int printAuth(const cognito::AuthResponse &response);
    // Reports an error on stderr and returns its exit code.
    int fail(const aws::AwsError &error);
    int usageError(const QString &message);
    int localError(const QString &message);

    // A warning for the person at the terminal, written to stderr when the command is done,
    // after its own output: a script that reads stderr's first line still finds the
    // service's `<__type>: <message>` there.
    void warnAfterward(const QString &message);

private:
    std::shared_ptr<cognito::Connection> openConnection(const GlobalOptions &options,
                                                        int *exitCode);

    GlobalOptions m_globals;
    QIODevice *m_input;
    QTextStream &m_out;
    QTextStream &m_err;
    std::shared_ptr<cognito::Connection> m_connection;
    std::vector<std::shared_ptr<cognito::Connection>> m_otherConnections;
    std::optional<QStringList> m_stdinLines;
    QStringList m_warnings;
};

} // namespace cdesk::cli
